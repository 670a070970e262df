"""Score lines for the summary screen: per section, the total and its band."""

from __future__ import annotations

from rich.text import Text

from jamtui.core.answer_text import without_number
from jamtui.core.model import Checklist
from jamtui.core.run import Run


def score_lines(checklist: Checklist, run: Run, lang: str) -> list[Text]:
    """Nothing when the checklist does not score."""
    from jamtui.core.scoring import score_run
    from jamtui.ui.safe_text import line
    from jamtui.ui.widgets.bars import text_bar

    if not checklist.has_scoring:
        return []
    result = score_run(checklist, run.values(), run.with_actions())
    lines: list[Text] = []
    for index, section in enumerate(result.sections, start=1):
        if section.scored_items == 0:
            continue
        title = without_number(checklist.sections_by_id[section.section_id].title.get(lang))
        bar = (
            text_bar(section.score or 0, section.maximum or 1, 20)
            if section.score is not None
            else " " * 20
        )
        entry = Text(f"{index:>2}. {bar} {section.explain(lang):<28} ")
        entry.append_text(line(title))
        lines.append(entry)
    lines.append(Text(result.explain(lang), style="bold"))
    return lines
