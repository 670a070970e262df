"""The accessible PDF report: the report model as tagged PDF/UA-1, typeset with ``typst``.

The typst source is generated here. Every piece of text, the user's or ours, enters it as a
typst string literal (``#"…"``, only ``\\`` and ``"`` escaped), never as markup, so no text can
change the document's structure. typst tags headings, paragraphs, lists, tables with their
header rows and figures with alt text, and sets the document language (sv-SE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar

from jamtui.core.numbers import format_number
from jamtui.core.sanitize import strip_controls
from jamtui.export.errors import RenderError
from jamtui.i18n import t
from jamtui.report.model import (
    MODEL_VERSION,
    Block,
    BulletList,
    Facts,
    Figure,
    Heading,
    LabelledText,
    Paragraph,
    Report,
    Rule,
    Span,
    Table,
)

BAR_COLOUR = "#1f4e8c"  # 8.6:1 against white
TRACK_COLOUR = "#e4e8ee"


class PdfFailed(RenderError):
    """typst could not make the PDF (one line says why)."""


class PdfExporter:
    """Renders a report as tagged PDF/UA-1 (bytes)."""

    name = "pdf"
    title = "PDF"
    suffix = ".pdf"
    model_version = MODEL_VERSION

    def render(self, report: Report) -> bytes:
        return pdf_bytes(report)


_UNSHOWN = re.compile(r"the text `\"(.+?)\"` could not be displayed", re.DOTALL)
# Pictographs and emoji: no font typst carries has them, and PDF/UA forbids a missing glyph.
_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u200d\ufe0e\ufe0f\U000e0000-\U000e007f]")
_FONTS = '("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono")'


def pdf_bytes(report: Report) -> bytes:
    """``report`` as the bytes of a PDF/UA-1 file.

    A character none of typst's own fonts can show is written as its code point
    (``[U+2603]``): PDF/UA allows no missing glyph, and the reader still learns what was there.
    """
    import typst

    unshown: set[str] = set()
    for _attempt in range(40):
        source = typst_source(report, frozenset(unshown)).encode("utf-8")
        try:
            result = typst.compile(source, pdf_standards=["ua-1"], ignore_system_fonts=True)
        except typst.TypstError as error:
            message = str(error).strip()
            missing = _UNSHOWN.search(message)
            if missing is not None and missing.group(1) not in unshown:
                unshown.add(missing.group(1))
                continue
            first = message.splitlines()[0] if message else type(error).__name__
            raise PdfFailed(t("report.pdf_failed", report.lang, reason=first)) from error
        assert isinstance(result, bytes)
        return result
    raise PdfFailed(
        t("report.pdf_failed", report.lang, reason="too many characters without a font")
    )


def _code_point(match: re.Match[str]) -> str:
    char = match.group()
    return "" if char in "\u200d\ufe0e\ufe0f" else f"[U+{ord(char):04X}]"


_UNSHOWN_NOW: ContextVar[frozenset[str]] = ContextVar("unshown", default=frozenset())


def lit(text: str) -> str:
    """``text`` as a typst string literal: it is shown as is, whatever it holds."""
    clean = _PICTOGRAPHS.sub(_code_point, strip_controls(text, keep_newlines=False))
    for cluster in _UNSHOWN_NOW.get():
        if cluster in clean:
            clean = clean.replace(cluster, "".join(f"[U+{ord(c):04X}]" for c in cluster))
    return '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'


def content(text: str) -> str:
    """Markup that shows ``text`` literally, each ``\\n`` a line break."""
    lines = strip_controls(text).expandtabs(4).split("\n")
    return "#linebreak()".join(f"#{lit(line)}" for line in lines)


def _span(span: Span) -> str:
    body = content(span.text)
    if span.strong:
        return f"#strong[{body}]"
    if span.emphasis:
        return f"#emph[{body}]"
    return body


def _spans(spans: Sequence[Span]) -> str:
    return "".join(_span(span) for span in spans)


def typst_source(report: Report, unshown: frozenset[str] = frozenset()) -> str:
    """The typst document for ``report`` (``unshown``: text clusters no font can show)."""
    token = _UNSHOWN_NOW.set(unshown)
    try:
        return _source(report)
    finally:
        _UNSHOWN_NOW.reset(token)


def _source(report: Report) -> str:
    lang, _, region = report.language_tag.partition("-")
    mark = report.internal_mark if report.internal else ""
    author = report.meta.get("author", "")
    lines = [
        f"#set document(title: {lit(report.title)}"
        + (f", author: {lit(author)}" if author.strip() else "")
        + (f", keywords: ({lit(mark)},)" if mark else "")
        + ")",
        f'#set text(lang: "{lang}", region: "{region}", size: 10.5pt, font: {_FONTS})',
        "#set par(justify: false, leading: 0.6em)",
        '#set page(paper: "a4", margin: (x: 2.2cm, y: 2.4cm),',
        f"  header: {_header(mark)},",
        f"  footer: context align(center)[#{lit(t('report.page', report.lang))}"
        ' #counter(page).display("1")])',
        "#show heading.where(level: 1): set text(size: 17pt)",
        "#show heading.where(level: 2): set text(size: 13.5pt)",
        "#show heading.where(level: 3): set text(size: 11pt)",
        "#show heading: set block(above: 1.2em, below: 0.7em)",
        "#set table(stroke: 0.5pt + luma(150), inset: 5pt)",
        '#show table.cell.where(y: 0): set text(weight: "bold")',
        "",
    ]
    suffix = f" ({mark})" if mark else ""
    for block in report.blocks():
        lines.append(_block(block, suffix))
        lines.append("")
    return "\n".join(lines)


def _header(mark: str) -> str:
    if not mark:
        return "none"
    return f'align(center, text(weight: "bold", {lit(mark)}))'


def _block(block: Block, suffix: str) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3)
        text = strip_controls(block.text, keep_newlines=False) + (suffix if block.internal else "")
        return f"#heading(level: {level})[#{lit(text)}]"
    if isinstance(block, Paragraph):
        return _spans(block.spans)
    if isinstance(block, LabelledText):
        chunks = [c.strip("\n") for c in strip_controls(block.text).split("\n\n") if c.strip()]
        first = f"#strong[{content(block.label)}]"
        if not chunks:
            return first
        return "\n\n".join(
            [f"{first}#linebreak(){content(chunks[0])}", *(content(c) for c in chunks[1:])]
        )
    if isinstance(block, BulletList):
        items = ", ".join(f"[{_spans(item)}]" for item in block.items)
        return f"#list({items})"
    if isinstance(block, Table):
        return _table(block.header, block.rows)
    if isinstance(block, Facts):
        items = ", ".join(f"terms.item([{content(k)}], [{content(v)}])" for k, v in block.rows)
        return f"#terms(separator: [: ], {items})"
    if isinstance(block, Rule):
        return "#line(length: 100%, stroke: 0.5pt + luma(150))"
    if isinstance(block, Figure):
        return _figure(block)
    raise TypeError(f"unknown report block {type(block).__name__}")


def _widths(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Short columns as wide as their text; the rest share the width by their longest text."""
    parts = []
    for index, head in enumerate(header):
        longest = max([len(head), *(len(row[index]) for row in rows if index < len(row))])
        parts.append("auto" if longest <= 14 else f"{min(longest, 40)}fr")
    return "(" + ", ".join(parts) + ",)"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = ", ".join(f"[{content(h)}]" for h in header)
    body = ", ".join(f"[{content(cell)}]" for row in rows for cell in row)
    return (
        f"#table(columns: {_widths(header, rows)}, "
        f"table.header(repeat: true, {head}){', ' + body if body else ''})"
    )


def _figure(figure: Figure) -> str:
    cells = []
    for bar in figure.bars:
        share = 0.0 if bar.value is None or bar.maximum <= 0 else bar.value / bar.maximum
        share = min(max(share, 0.0), 1.0)
        percent = format_number(share * 100, lang="en").replace(",", "")
        filled = f'box(width: {percent}%, height: 100%, fill: rgb("{BAR_COLOUR}"))'
        track = f'box(width: 100%, height: 0.9em, fill: rgb("{TRACK_COLOUR}"), {filled})'
        cells.append(f"[{content(bar.label)}], {track}, [{content(bar.shown)}]")
    grid = (
        "grid(columns: (2fr, 3fr, auto), column-gutter: 8pt, row-gutter: 6pt, "
        "align: (left + horizon, left + horizon, right + horizon), " + ", ".join(cells) + ")"
    )
    return f"#figure({grid}, alt: {lit(figure.alt)}, caption: [{content(figure.caption)}])"
