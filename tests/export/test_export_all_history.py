"""``export --all``: each report compares with, and follows up, its own previous run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jamtui.cli import main
from jamtui.export.org_runs import OrgRuns
from jamtui.followup.actions import ActionStatus, FollowUp
from jamtui.followup.register import actions_of_run
from jamtui.storage import Store
from jamtui.storage.org_records import OrgRecords
from tests.export.conftest import STAMP, bundled, fill

# (date, unit): the Kultur runs follow each other; the Skola run has no earlier run.
RUNS = [
    ("2022-03-01", "Kultur"),
    ("2023-03-01", "Skola"),
    ("2024-03-01", "Kultur"),
    ("2025-03-01", "Kultur"),
    ("2026-03-01", "Kultur"),
]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Store, str]:
    data = tmp_path / "data"
    monkeypatch.setenv("JAMTUI_HOME", str(data))
    store = Store(data, now=lambda: STAMP)
    org = store.create_organisation("Lunds kommun", units=["Kultur", "Skola"])
    checklist = bundled("trappan")
    for seed, (date, unit) in enumerate(RUNS):
        run_id = fill(store, org.slug, checklist, date, seed=seed, finalize=False)
        with store.open_run(org.slug, run_id, checklist) as session:
            session.update_details(unit=unit)
    # The first Kultur run's first action was done later: later reports no longer carry it.
    first = store.load_run(org.slug, f"{RUNS[0][0]}-trappan")
    done = actions_of_run(first, OrgRecords(store).units(org.slug))[0]
    OrgRecords(store).set_followup(
        org.slug, FollowUp(done.id, ActionStatus.DONE, "Gjort i april", STAMP)
    )
    return store, org.slug


def test_each_exported_report_compares_with_its_own_previous_run(
    home: tuple[Store, str], tmp_path: Path
) -> None:
    _, slug = home
    assert main(["export", slug, "--all", "-o", str(tmp_path / "alla")]) == 0
    reports = {p.name[-13:-3]: p.read_text(encoding="utf-8") for p in (tmp_path / "alla").iterdir()}
    assert sorted(reports) == [date for date, _ in RUNS]
    previous = {"2024-03-01": "2022-03-01", "2025-03-01": "2024-03-01", "2026-03-01": "2025-03-01"}
    for date, text in reports.items():
        compared = re.findall(r"Förändring sedan (\d{4}-\d\d-\d\d)", text)
        assert compared == ([previous[date]] if date in previous else []), date
        followed = "Uppföljning av tidigare åtgärder" in text
        assert followed == (date in previous), date
    # The action done after the first run is reported done once, in the next report only.
    assert "Gjort i april" in reports["2024-03-01"]
    assert "Gjort i april" not in reports["2025-03-01"]
    # Each report is the one a single export of that run gives.
    for date, text in reports.items():
        one = ["export", slug, f"{date}-trappan", "-o", str(tmp_path / "en.md")]
        assert main(one) == 0
        assert (tmp_path / "en.md").read_text(encoding="utf-8") == text


def test_the_walk_through_earlier_runs_gives_what_the_follow_up_rule_gives(
    home: tuple[Store, str],
) -> None:
    store, slug = home
    runs = OrgRuns(store, slug)
    seen = 0
    for summary in runs.summaries:  # newest first: the walk is asked out of order
        run = runs.load(summary.id)
        assert runs.followed_up(run) == runs._followed_up_slowly(run)
        seen += bool(runs.followed_up(run))
    assert seen == 3
