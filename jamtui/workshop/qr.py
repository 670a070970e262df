"""The join address as a QR code drawn with block characters (two modules per character cell)."""

from __future__ import annotations

import segno

QUIET = 2
"""Modules of white border around the code (phones read 2 fine on a bright screen)."""


def qr_lines(url: str) -> list[str]:
    """Rows of ``█ ▀ ▄`` and spaces: dark modules drawn light-on-dark terminals can scan.

    The code is drawn inverted (light modules as blocks), because most terminals show light
    text on a dark background and a scanner needs dark modules on a light ground.
    """
    code = segno.make(url, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    size = len(matrix)
    light = [[True] * (size + 2 * QUIET) for _ in range(QUIET)]
    rows = light + [[True] * QUIET + [not bool(m) for m in row] + [True] * QUIET for row in matrix]
    rows += [[True] * (size + 2 * QUIET) for _ in range(QUIET)]
    if len(rows) % 2:
        rows.append([True] * (size + 2 * QUIET))
    lines = []
    for top, bottom in zip(rows[0::2], rows[1::2], strict=True):
        chars = []
        for upper, lower in zip(top, bottom, strict=True):
            chars.append("█" if upper and lower else "▀" if upper else "▄" if lower else " ")
        lines.append("".join(chars))
    return lines
