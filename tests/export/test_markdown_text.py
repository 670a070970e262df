"""Hostile user text stays literal text in Markdown: no element is ever created from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from jamtui.core.sanitize import strip_controls
from jamtui.export.markdown_text import NBSP, escape_block, escape_cell, escape_inline

md = MarkdownIt("commonmark").enable("table").enable("strikethrough")

HOSTILE = [
    "# Rubrik",
    "## inte en rubrik",
    "- punkt",
    "* punkt",
    "+ punkt",
    "1. numrerad",
    "2) numrerad",
    "> citat",
    "    kodblock",
    "```\nkod\n```",
    "`kod`",
    "*fet* och _kursiv_ och **mycket**",
    "<script>alert(1)</script>",
    "<b>html</b> &amp; &lt;",
    "[länk](https://example.com) och ![bild](x.png)",
    "<https://example.com>",
    "a | b | c",
    "~~struken~~",
    "rad\n===",
    "rad\n---",
    "---",
    "\\ backslash \\",
    "[bold]rich[/bold] [link=x]y[/link]",
    "\x1b[31mröd\x1b[0m och \x1b]8;;https://x\x07länk\x1b]8;;\x07",
    "Åsa & Örjan: 100 % ✓ 🎉",
]


def inline_tokens(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from inline_tokens(token.children)


def only_text(markdown: str) -> str:
    """The document must be one paragraph holding only text and line breaks."""
    tokens = md.parse(markdown)
    types = [t.type for t in tokens]
    assert types in (["paragraph_open", "inline", "paragraph_close"], []), (markdown, types)
    text = []
    for token in inline_tokens(tokens[1:2]):
        if token.type == "inline":
            continue
        assert token.type in ("text", "softbreak", "hardbreak"), (markdown, token.type)
        text.append("\n" if token.type != "text" else token.content)
    return "".join(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_inline_text_is_literal(text: str) -> None:
    rendered = only_text(escape_inline(text))
    assert rendered == strip_controls(text, keep_newlines=False).strip().replace("    ", "    ")


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_block_text_keeps_lines_and_stays_literal(text: str) -> None:
    tokens = md.parse(escape_block(text))
    for token in inline_tokens(tokens):
        assert token.type in (
            "paragraph_open",
            "paragraph_close",
            "inline",
            "text",
            "softbreak",
            "hardbreak",
        ), (text, token.type)
    expected_lines = [line.strip() for line in strip_controls(text).split("\n") if line.strip()]
    rendered = "".join(
        ("\n" if t.type in ("hardbreak", "softbreak") else t.content.replace(NBSP, " "))
        for t in inline_tokens(tokens)
        if t.type in ("text", "hardbreak", "softbreak")
    )
    assert [line.strip() for line in rendered.split("\n") if line.strip()] == expected_lines


def test_multiline_note_keeps_its_line_breaks() -> None:
    note = "Första raden\nandra raden\n\nnytt stycke"
    tokens = md.parse(escape_block(note))
    assert [t.type for t in tokens].count("paragraph_open") == 2
    assert any(t.type == "hardbreak" for t in inline_tokens(tokens))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_cell_text_keeps_the_table_intact(text: str) -> None:
    table = f"| a | b |\n| --- | --- |\n| {escape_cell(text)} | x |\n"
    tokens = md.parse(table)
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2, (text, [t.type for t in tokens])


def test_terminal_escapes_are_removed() -> None:
    assert strip_controls("\x1b[2J\x1b[31mhej\x1b[0m\x07\x00") == "hej"
    assert strip_controls("a\r\nb\rc") == "a\nb\nc"
    assert strip_controls("rätt\u202eordning") == "rättordning"


@given(st.text())
def test_any_text_never_creates_markup(text: str) -> None:
    escaped = escape_inline(text)
    assert "\n" not in escaped
    tokens = md.parse(escaped)
    for token in inline_tokens(tokens):
        assert token.type in ("paragraph_open", "paragraph_close", "inline", "text", "softbreak"), (
            text,
            token.type,
        )


@given(st.text())
def test_any_text_in_a_cell_keeps_two_cells(text: str) -> None:
    table = f"| a | b |\n| --- | --- |\n| {escape_cell(text)} | x |\n"
    cells = [t for t in md.parse(table) if t.type == "td_open"]
    assert len(cells) == 2


@given(st.text())
def test_any_text_in_a_heading_stays_one_literal_heading(text: str) -> None:
    from jamtui.export.markdown_text import escape_heading

    tokens = md.parse(f"### 1.2 {escape_heading(text)}\n")
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    for token in inline_tokens(tokens[1:2]):
        assert token.type in ("inline", "text"), (text, token.type)


# Pieces of Markdown syntax, glued together at random: far likelier than st.text() to build
# a construct that only appears when an escape is missing.
PIECES = [
    *"\\`*_[]()<>|~&!#-+=.:;/?' \t\n",
    *"aZåÖ1é🎉",
    "&amp;",
    "&#35;",
    "&copy",
    "<b>",
    "</i>",
    "<!--",
    "<?x",
    "<a@b.se>",
    "<http://x>",
    "](x)",
    "![",
    "```",
    "~~~",
    "    ",
    "1.",
    "2)",
    "snake_case",
    "__",
    "**",
    "[^1]",
    "[x]: /u",
]
markupish = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def literal(markdown: str) -> str:
    """The text of ``markdown``, failing if any token other than text and breaks appears."""
    tokens = md.parse(markdown)
    parts = []
    for token in inline_tokens(tokens):
        assert token.type in (
            "paragraph_open",
            "paragraph_close",
            "inline",
            "text",
            "softbreak",
            "hardbreak",
        ), (markdown, token.type)
        if token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif token.type == "text":
            parts.append(token.content)
        elif token.type == "paragraph_open" and parts:
            parts.append("\n")
    return "".join(parts)


def squeeze(text: str) -> str:
    """Lines without surrounding blanks, no empty lines: what a paragraph can keep."""
    lines = [" ".join(line.split()) for line in text.replace(NBSP, " ").split("\n")]
    return "\n".join(line for line in lines if line)


@given(markupish)
def test_markdown_syntax_in_a_line_stays_literal_text(text: str) -> None:
    rendered = literal(escape_inline(text))
    assert squeeze(rendered) == squeeze(strip_controls(text, keep_newlines=False))


@given(markupish)
def test_markdown_syntax_in_a_block_keeps_its_lines_as_literal_text(text: str) -> None:
    rendered = literal(escape_block(text))
    assert squeeze(rendered) == squeeze(strip_controls(text).expandtabs(4))


@given(markupish, markupish)
def test_markdown_syntax_in_table_cells_stays_in_its_cell(left: str, right: str) -> None:
    table = f"| a | b |\n| --- | --- |\n| {escape_cell(left)} | {escape_cell(right)} |\n"
    tokens = md.parse(table)
    assert [t.type for t in tokens].count("td_open") == 2
    cells: list[list[str]] = []
    for token in tokens:
        if token.type == "td_open":
            cells.append([])
        elif token.type == "inline" and cells:
            for child in token.children or []:
                assert child.type == "text" or (
                    child.type == "html_inline" and child.content == "<br>"
                ), (table, child.type)
                cells[-1].append("\n" if child.type == "html_inline" else child.content)
    assert [squeeze("".join(c)) for c in cells[-2:]] == [
        squeeze(strip_controls(left).expandtabs(4)),
        squeeze(strip_controls(right).expandtabs(4)),
    ]


def test_plain_punctuation_is_not_escaped() -> None:
    """Text reads well as plain text too: only what could become markup gets a backslash."""
    text = "Åsa & Örjan: 100 % klart, a < b, snake_case, Hur?! (se bilaga) #1 > 0"
    assert escape_inline(text) == text
    assert escape_inline("*fet* _kursiv_ <b> &amp; [x](y)") == (
        "\\*fet\\* \\_kursiv\\_ \\<b> \\&amp; \\[x](y)"
    )
