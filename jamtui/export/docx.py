"""The Word report: the report model as a .docx with Word's own styles, built with python-docx.

Headings use Heading 1–3, tables are real tables whose header row repeats on every page, the
document language is sv-SE (or en-GB), every page has a page number, and a working copy says
"INTERNT – lämnas inte ut" in the header of every page and after every heading. A reference
template (``--template FILE.docx``) brings a consultancy's styles, header and logo.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph as DocxParagraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class TemplateError(RenderError):
    """The reference template cannot be opened as a Word document."""


class DocxExporter:
    """Renders a report as a Word document (bytes)."""

    name = "docx"
    title = "Word"
    suffix = ".docx"
    model_version = MODEL_VERSION

    def __init__(self, template: Path | None = None) -> None:
        self.template = template

    def render(self, report: Report) -> bytes:
        return docx_bytes(report, self.template)


def _clean(text: str) -> str:
    """Text Word can hold: no control characters (XML 1.0 forbids most of them)."""
    return strip_controls(text).expandtabs(4)


def docx_bytes(report: Report, template: Path | None = None) -> bytes:
    """``report`` as the bytes of a .docx file."""
    document = _open(template)
    _set_language(document, report.language_tag)
    props = document.core_properties
    props.title = _clean(report.title)
    props.author = _clean(report.meta.get("author", ""))
    props.subject = _clean(report.meta.get("subject", ""))
    props.comments = _clean(report.meta.get("generator", ""))
    props.language = report.language_tag
    props.keywords = report.internal_mark
    _page_furniture(document, report)
    mark = f" ({report.internal_mark})" if report.internal else ""
    styles = _Styles(document)
    for block in report.blocks():
        _block(document, styles, block, mark)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _open(template: Path | None) -> DocxDocument:
    import docx

    if template is None:
        return docx.Document()
    try:
        document = docx.Document(str(template))
    except Exception as error:  # python-docx raises several kinds for a file that is no .docx
        reason = getattr(error, "strerror", None) or f"{type(error).__name__}: {error}"
        raise TemplateError(
            t("report.template_unreadable", None, path=template, reason=reason)
        ) from error
    body = document.element.body
    for child in list(body):
        if child.tag != f"{{{W_NS}}}sectPr":  # keep page set-up, headers and footers (logo)
            body.remove(child)
    return document


def _set_language(document: DocxDocument, tag: str) -> None:
    """The document language: in the defaults every style inherits, and in Normal."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    r_default = defaults.find(qn("w:rPrDefault"))
    if r_default is None:
        r_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_default)
    r_pr = r_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_default.append(r_pr)
    targets = [r_pr]
    for style in document.styles:
        element = getattr(style, "element", None)
        found = element.find(qn("w:rPr")) if element is not None else None
        if found is not None and found.find(qn("w:lang")) is not None:
            targets.append(found)
    for target in targets:
        lang = target.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            target.append(lang)
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
        lang.set(qn("w:bidi"), tag)


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    """A Word field (``PAGE``) in ``paragraph``; Word shows its value."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _page_furniture(document: DocxDocument, report: Report) -> None:
    """Page numbers in every footer; the internal mark in every header of a working copy."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for section in document.sections:
        footer = section.footer
        if "PAGE" not in footer._element.xml:
            empty = [p for p in footer.paragraphs if not p.text.strip()]
            paragraph = empty[0] if empty else footer.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(f"{t('report.page', report.lang)} ")
            _field(paragraph, "PAGE")
        if report.internal:
            header = section.header
            paragraph = header.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(_clean(report.internal_mark))
            run.bold = True


class _Styles:
    """Style ids looked up once per document (python-docx's lookup by name is slow)."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.ids: dict[str, str | None] = {}

    def paragraph(self, name: str) -> str | None:
        """The id of paragraph style ``name`` (a template may lack it: then None, Normal)."""
        if name not in self.ids:
            if name.startswith("Heading "):
                style = _heading_style(self.document, int(name.rsplit(" ", 1)[1]))
            else:
                try:
                    style = self.document.styles[name]
                except KeyError:
                    style = None
            self.ids[name] = style.style_id if style is not None else None
        return self.ids[name]

    def add(self, name: str) -> DocxParagraph:
        paragraph = self.document.add_paragraph()
        style_id = self.paragraph(name)
        if style_id is not None:
            paragraph._p.style = style_id
        return paragraph


def _heading_style(document: DocxDocument, level: int) -> Any:
    """Word's own ``Heading N``, added (with its outline level) when a template lacks it."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    name = f"Heading {level}"
    try:
        return document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.bold = True
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(level - 1))
        style.element.get_or_add_pPr().append(outline)
        return style


def _add_text(paragraph: DocxParagraph, text: str, **style: bool) -> None:
    """``text`` as runs, each ``\\n`` a line break."""
    for number, line in enumerate(_clean(text).split("\n")):
        run = paragraph.add_run(line)
        if number:
            run.add_break()  # the break belongs before the line
            run._r.insert(0, run._r[-1])
        run.bold = style.get("bold") or None
        run.italic = style.get("italic") or None


def _spans(paragraph: DocxParagraph, spans: Sequence[Span]) -> None:
    for span in spans:
        _add_text(paragraph, span.text, bold=span.strong, italic=span.emphasis)


def _block(document: DocxDocument, styles: _Styles, block: Block, mark: str) -> None:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3)
        text = _clean(block.text).replace("\n", " ") + (mark if block.internal else "")
        _add_text(styles.add(f"Heading {level}"), text)
    elif isinstance(block, Paragraph):
        _spans(document.add_paragraph(), block.spans)
    elif isinstance(block, LabelledText):
        first = document.add_paragraph()
        _add_text(first, block.label, bold=True)
        chunks = [c for c in _clean(block.text).strip("\n").split("\n\n") if c.strip()]
        for number, chunk in enumerate(chunks):
            target = first if number == 0 else document.add_paragraph()
            if number == 0:
                target.add_run().add_break()
            _add_text(target, chunk.strip("\n"))
    elif isinstance(block, BulletList):
        for item in block.items:
            _spans(styles.add("List Bullet"), item)
    elif isinstance(block, Table):
        _table(document, block.header, block.rows, header_row=True)
    elif isinstance(block, Facts):
        _table(document, None, [(k, v) for k, v in block.rows], header_row=False)
    elif isinstance(block, Rule):
        pass  # the footer line that follows stands apart as a paragraph of its own
    elif isinstance(block, Figure):
        pass  # the numbers are in the score table just above, read out like the alt text
    else:
        raise TypeError(f"unknown report block {type(block).__name__}")


def _table(
    document: DocxDocument,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    *,
    header_row: bool,
) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    columns = len(header) if header is not None else len(rows[0]) if rows else 2
    table = document.add_table(rows=0, cols=columns)
    with contextlib.suppress(KeyError):  # a template without it keeps its default table style
        table.style = document.styles["Table Grid"]
    if not header_row:  # label–value pairs: the labels are the first column, no header row
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is not None:
            look.set(qn("w:firstRow"), "0")
    if header is not None:
        cells = table.add_row().cells
        for cell, text in zip(cells, header, strict=False):
            _add_text(cell.paragraphs[0], text, bold=True)
        if header_row:
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            tr_pr.append(repeat)
    for row in rows:
        cells = table.add_row().cells
        for index, (cell, text) in enumerate(zip(cells, row, strict=False)):
            _add_text(cell.paragraphs[0], text, bold=not header_row and index == 0)
    document.add_paragraph()
