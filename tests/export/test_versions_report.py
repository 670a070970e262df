"""A report across checklist versions: renamed, added and removed items, retired answers."""

from __future__ import annotations

from markdown_it import MarkdownIt

from jamtui.core.answers import ActionRow, AnswerValue
from jamtui.core.run import ItemAnswer, Run, RunStatus, carried_answers, retired_answers
from jamtui.export.context import ExportContext, PreviousRun
from jamtui.export.markdown import render_markdown
from tests.core.test_compare import V1, V2

md = MarkdownIt("commonmark").enable("table")


def run(version: str, date: str, values: dict[str, AnswerValue], **extra: ItemAnswer) -> Run:
    answers = {key: ItemAnswer(value=value) for key, value in values.items()}
    answers.update(extra)
    return Run(
        id=date,
        checklist_id=V1.id,
        checklist_version=version,
        organisation="lund",
        date=date,
        status=RunStatus.FINALIZED,
        answers=answers,
    )


def report() -> str:
    earlier = run("2023", "2025-11-20", {"mal.a": 2, "mal.b": 3, "mal.gammal": 1, "mal.bort": 3})
    later = run(
        "2023",
        "2026-11-20",
        {"mal.a": 2, "mal.b": 5, "mal.gammal": 3, "mal.extra": 1},
        **{
            "mal.bort": ItemAnswer(
                value=2,
                note="Sparad från förra versionen",
                ratings={"Åsa": 2, "Nils": 3},
                dissent="Nils | tvekar",
            ),
            "resurser.x": ItemAnswer(actions=[ActionRow("Ny rutin", "Åsa", "2027-01-31")]),
        },
    )
    shown = Run(**{**later.__dict__, "answers": carried_answers(V2, later)})
    context = ExportContext(
        checklist=V2,
        run=shown,
        organisation="Lund",
        previous=PreviousRun(V1, earlier),
        retired=retired_answers(V2, later),
    )
    return render_markdown(context)


def test_changes_list_renamed_added_and_removed_items() -> None:
    text = report()
    assert "### Förändring sedan 2025-11-20" in text
    changes = text.split("### Förändring sedan 2025-11-20", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in changes.splitlines() if line.startswith("| ")][2:]
    assert rows == [
        "| 1.2 b | 3 – Nivå 3 | 5 – Nivå 5 |",  # same id on a new scale: both values
        "| 1.3 ny (ersätter: gammal) | 1 – Nivå 1 | 3 – Nivå 3 |",  # matched through replaces
        "| 1.4 extra | ny fråga | 1 – Nivå 1 |",
        "| bort (tidigare fråga 1.4) | 3 – Nivå 3 | frågan finns inte längre |",
    ]  # 1.1 a is unchanged, so it is not listed


def test_retired_answers_are_in_an_appendix_with_ratings_dissent_and_actions() -> None:
    text = report()
    appendix = text.split("## Bilaga: svar på frågor som inte längre finns", 1)[1]
    assert "version 2023 av checklistan" in appendix
    assert (
        "| mal.bort | 2<br>Personliga bedömningar: Åsa: 2, Nils: 3<br>"
        "Avvikande mening: Nils \\| tvekar | Sparad från förra versionen |"
    ) in appendix
    assert "| resurser.x | Ny rutin · Åsa · 2027-01-31 |   |" in appendix
    tokens = md.parse(text)
    h2 = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h2"
    ]
    assert h2[-2:] == ["Handlingsplan", "Bilaga: svar på frågor som inte längre finns"]
