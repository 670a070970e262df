"""The HTML exporter in docs/writing-plugins.md works as printed, in under 60 lines."""

from __future__ import annotations

import dataclasses
import re
import sys
import types
from html.parser import HTMLParser
from pathlib import Path

import pytest

from jamtui.export.registry import load_exporters
from jamtui.export.service import render
from jamtui.plugin.manager import create_host
from jamtui.report.context import ReportOptions
from jamtui.storage import Store
from tests.export.conftest import STAMP, finished_context
from tests.export.test_hostile_report import hostile_contexts

DOC = Path(__file__).resolve().parents[2] / "docs" / "writing-plugins.md"


def doc_plugin() -> types.ModuleType:
    text = DOC.read_text(encoding="utf-8")
    part = text.split("#### An HTML exporter in one file", 1)[1]
    source = re.search(r"```python\n(.*?)```", part, re.DOTALL)
    assert source is not None
    code = source.group(1)
    assert len(code.strip().splitlines()) < 60
    module = types.ModuleType("html_exporter_from_docs")
    exec(compile(code, "writing-plugins.md", "exec"), module.__dict__)
    sys.modules.pop(module.__name__, None)
    return module


@pytest.fixture
def report_store(tmp_path: Path) -> Store:
    return Store(tmp_path / "data", now=lambda: STAMP)


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def test_the_documented_html_exporter_renders_the_model(report_store: Store) -> None:
    host = create_host(entry_points=[], extra_plugins=[("html", doc_plugin())])
    exporter = load_exporters(host).get("html")
    assert exporter is not None and not host.plugins["html"].problems
    context = finished_context(report_store, "larande-uppfoljning", with_previous=True)
    page, name = render(context, exporter)
    assert isinstance(page, str) and name.endswith(".html")
    assert '<html lang="sv-SE">' in page
    parsed = Elements()
    parsed.feed(page)
    assert parsed.tags.count("h1") == 1
    assert parsed.tags.count("h2") == 2 + len(context.checklist.sections)
    assert "th" in parsed.tags and parsed.tags.count("li") == 2
    assert "<li>Åsa Lind (jämställdhetsstrateg)</li>" in page


def test_html_from_hostile_text_creates_no_element(tmp_path: Path) -> None:
    host = create_host(entry_points=[], extra_plugins=[("html", doc_plugin())])
    exporter = load_exporters(host).get("html")
    assert exporter is not None
    context = hostile_contexts(tmp_path)[0][0]
    page, _ = render(context, exporter)
    assert isinstance(page, str)
    assert "<script>" not in page and "<b>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("internal", [False, True])
def test_only_the_working_copy_is_marked(report_store: Store, internal: bool) -> None:
    host = create_host(entry_points=[], extra_plugins=[("html", doc_plugin())])
    exporter = load_exporters(host).get("html")
    assert exporter is not None
    context = finished_context(report_store, "mums")
    context = dataclasses.replace(context, options=ReportOptions(internal=internal))
    page, name = render(context, exporter)
    assert ("INTERNT – lämnas inte ut" in str(page)) is internal
    assert name.endswith("-internt.html") is internal
