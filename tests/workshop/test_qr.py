"""The join QR code drawn in the terminal holds exactly the modules of the URL's QR code."""

from __future__ import annotations

import segno

from jamtui.workshop.qr import QUIET, qr_lines

URL = "http://192.168.43.17:8765/?token=AbCdEfGhIjKlMnOpQrStUvWxYz012345"


def test_each_character_cell_is_two_modules_light_drawn_as_block() -> None:
    lines = qr_lines(URL)
    matrix = [list(map(bool, row)) for row in segno.make(URL, error="m", micro=False).matrix]
    size = len(matrix)
    decoded: list[list[bool]] = []
    for text in lines:
        assert len(text) == size + 2 * QUIET
        decoded.append([ch in "█▀" for ch in text])  # upper half is light
        decoded.append([ch in "█▄" for ch in text])  # lower half is light
    inner = [row[QUIET : QUIET + size] for row in decoded[QUIET : QUIET + size]]
    assert inner == [[not dark for dark in row] for row in matrix]
    assert all(all(row) for row in decoded[:QUIET])  # the quiet zone is light
