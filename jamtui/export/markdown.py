"""The built-in Markdown report: the report model as CommonMark with GFM tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from jamtui.core.sanitize import strip_controls
from jamtui.export.context import as_report
from jamtui.export.markdown_text import (
    escape_block,
    escape_chars,
    escape_heading,
    escape_inline,
    text_table,
)
from jamtui.report.build import build_report
from jamtui.report.context import ExportContext
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
    from jamtui.plugin.registry import RenderContext


class MarkdownExporter:
    """Renders a report as CommonMark with GFM tables, UTF-8, LF line endings."""

    name = "markdown"
    title = "Markdown"
    suffix = ".md"
    model_version = MODEL_VERSION

    def render(self, report: Report | RenderContext) -> str:
        return markdown_text(as_report(report))


def render_markdown(context: ExportContext) -> str:
    """The Markdown report for ``context``; the same context always gives the same text."""
    return markdown_text(build_report(context))


def markdown_text(report: Report) -> str:
    """``report`` as Markdown: every text escaped so it reads literally."""
    mark = f" ({report.internal_mark})" if report.internal else ""
    parts = [_block(block, mark) for block in report.blocks()]
    text = "\n\n".join(part for part in parts if part) + "\n"
    return text.replace("\r\n", "\n")


def _block(block: Block, mark: str) -> str:
    if isinstance(block, Heading):
        suffix = mark if block.internal else ""
        return f"{'#' * block.level} {escape_heading(block.text + suffix)}"
    if isinstance(block, Paragraph):
        return _paragraph(block.spans)
    if isinstance(block, LabelledText):
        return f"**{escape_inline(block.label)}**\n{escape_block(block.text)}"
    if isinstance(block, BulletList):
        return "\n".join(f"- {_spans(item)}" for item in block.items)
    if isinstance(block, Table):
        return text_table(block.header, block.rows)
    if isinstance(block, Facts):
        return text_table(("", ""), block.rows)
    if isinstance(block, Rule):
        return "---"
    if isinstance(block, Figure):
        return ""  # its numbers are in the score table just above
    raise TypeError(f"unknown report block {type(block).__name__}")


def _paragraph(spans: Sequence[Span]) -> str:
    if len(spans) == 1 and not spans[0].strong and not spans[0].emphasis:
        return escape_block(spans[0].text)
    return _spans(spans)


def _spans(spans: Sequence[Span]) -> str:
    out: list[str] = []
    for index, span in enumerate(spans):
        if span.strong:
            out.append(f"**{escape_inline(span.text)}**")
        elif span.emphasis:
            out.append(f"*{escape_inline(span.text)}*")
        elif index == 0:
            out.append(escape_inline(span.text))
        else:
            flat = strip_controls(span.text, keep_newlines=False)
            core = flat.strip()
            lead = flat[: len(flat) - len(flat.lstrip())]
            trail = flat[len(flat.rstrip()) :]
            out.append(f"{lead}{escape_chars(core)}{trail}" if core else flat)
    return "".join(out)
