"""Fixtures for storage tests: a store in a temporary folder and a small checklist."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamtui.catalog.loader import load_checklist_text
from jamtui.core.model import Checklist
from jamtui.storage import Store

CHECKLIST = """format = 1
id = "prov"
version = "{version}"
title = "Provlista"

[scales.grad]
levels = [{{ value = 1, label = "Lite" }}, {{ value = 2, label = "Något" }}, {{ value = 3, label = "Mycket" }}]

[[sections]]
id = "s"
title = "Avsnitt"

[[sections.items]]
id = "fraga"
type = "yesno"
text = "Berör beslutet kvinnor och män?"

[[sections.items]]
id = "betyg"
type = "scale"
scale = "grad"
raters = true
text = "Hur långt har ni kommit?"

[[sections.items]]
id = "metoder"
type = "multichoice"
text = "Metoder"
choices = [{{ value = "a", label = "A" }}, {{ value = "b", label = "B" }}]

[[sections.items]]
id = "fritext"
type = "text"
text = "Beskriv"

[[sections.items]]
id = "plan"
type = "actions"
text = "Åtgärder"
{extra}
"""


def make_checklist(version: str = "1", extra: str = "") -> Checklist:
    result = load_checklist_text(CHECKLIST.format(version=version, extra=extra), "prov.toml")
    assert result.checklist is not None, [p.format() for p in result.problems]
    return result.checklist


@pytest.fixture
def checklist() -> Checklist:
    return make_checklist()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "data")
