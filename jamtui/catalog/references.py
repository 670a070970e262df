"""Check what conditions and outcomes refer to: known, earlier items and possible values."""

from __future__ import annotations

from collections.abc import Callable

from jamtui.catalog.structure import did_you_mean
from jamtui.core.model import Checklist, Condition, Item
from jamtui.i18n import t

Report = Callable[[str, str], None]


def check_references(
    checklist: Checklist,
    item_paths: dict[int, str],
    report: Report,
    broken: set[str] | frozenset[str] = frozenset(),
) -> int:
    """Report bad references in ``show_if``, outcomes and ``replaces``.

    ``item_paths`` maps ``id(item)`` to the item's dotted path in the source. ``broken``
    names items that exist in the file but could not be built (an unknown ``type``): that
    problem is reported once where it is, and a condition reading such an item is not
    reported again as "unknown item" (one typo must not read as a dozen mistakes).
    Returns how many such follow-on problems were left out.
    """
    skipped = [0]
    if broken:
        report = _skipping(report, broken, skipped)
    paths = {item.id: item_paths.get(id(item), "") for item in reversed(checklist.items)}
    order: dict[str, int] = {}
    for index, item in enumerate(checklist.items):
        order.setdefault(item.id, index)
    _check_cycles(checklist, paths, report)
    for section_index, section in enumerate(checklist.sections):
        if section.show_if is not None:
            first = section.items[0].id if section.items else None
            _check_condition(
                section.show_if,
                checklist,
                f"sections[{section_index}].show_if",
                order.get(first, len(order)) if first else len(order),
                report,
            )
    for position, item in enumerate(checklist.items):
        path = item_paths.get(id(item), "")
        if item.show_if is not None:
            _check_condition(item.show_if, checklist, f"{path}.show_if", position, report)
        for old in item.replaces:
            if old in checklist.items_by_id and old != item.id:
                report(f"{path}.replaces", t("problem.replaces_current", None, id=old))
    for index, outcome in enumerate(checklist.outcomes):
        _check_condition(outcome.when, checklist, f"outcomes[{index}].when", len(order), report)
    return skipped[0]


def _skipping(report: Report, broken: set[str] | frozenset[str], skipped: list[int]) -> Report:
    """``report``, minus "unknown item" problems about the ``broken`` items (counted)."""
    quiet = {t("problem.unknown_item", None, id=item_id) for item_id in broken}

    def filtered(path: str, message: str) -> None:
        if any(message.startswith(prefix) for prefix in quiet):
            skipped[0] += 1
        else:
            report(path, message)

    return filtered


def _check_condition(
    condition: Condition,
    checklist: Checklist,
    path: str,
    position: int,
    report: Report,
) -> None:
    forms = sum([condition.item is not None, bool(condition.all), bool(condition.any)])
    if forms != 1:
        report(path, t("problem.condition_form"))
        return
    if condition.all or condition.any:
        key = "all" if condition.all else "any"
        for index, sub in enumerate(condition.all or condition.any):
            _check_condition(sub, checklist, f"{path}.{key}[{index}]", position, report)
        return
    assert condition.item is not None
    target = checklist.item(condition.item)
    if target is None:
        report(
            f"{path}.item",
            t("problem.unknown_item", None, id=condition.item)
            + did_you_mean(condition.item, list(checklist.items_by_id)),
        )
        return
    index = next(i for i, item in enumerate(checklist.items) if item.id == target.id)
    if index >= position:
        report(f"{path}.item", t("problem.later_item", None, id=condition.item))
    tests = [
        ("equals", condition.equals),
        ("not_equals", condition.not_equals),
    ]
    compared = [value for _, value in tests if value is not None]
    if condition.in_ is not None:
        compared.extend(condition.in_)
    if not compared and condition.answered is None:
        report(path, t("problem.condition_no_test"))
    _check_values(target, compared, path, report)


def _check_values(target: Item, values: list[object], path: str, report: Report) -> None:
    possible = target.possible_values()
    for value in values:
        if possible is None:
            report(path, t("problem.condition_on_text", None, id=target.id, type=str(target.type)))
            return
        if value not in possible:
            shown = ", ".join(_show(v) for v in possible)
            report(
                path,
                t(
                    "problem.impossible_value",
                    None,
                    value=_show(value),
                    id=target.id,
                    options=shown,
                ),
            )


def _show(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)


def _check_cycles(checklist: Checklist, paths: dict[str, str], report: Report) -> None:
    graph: dict[str, list[str]] = {}
    for item in checklist.items:
        refs = list(item.show_if.referenced_items()) if item.show_if else []
        section = checklist.sections_by_id[item.section_id]
        if section.show_if is not None:
            refs += list(section.show_if.referenced_items())
        graph[item.id] = [ref for ref in refs if ref in checklist.items_by_id]
    reported: set[frozenset[str]] = set()
    state: dict[str, int] = {}
    for root in graph:
        if root in state:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        on_path: list[str] = [root]
        state[root] = 1
        while stack:
            node, next_index = stack[-1]
            targets = graph.get(node, [])
            if next_index >= len(targets):
                stack.pop()
                on_path.pop()
                state[node] = 2
                continue
            stack[-1] = (node, next_index + 1)
            nxt = targets[next_index]
            if state.get(nxt) == 1:
                cycle = [*on_path[on_path.index(nxt) :], nxt]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    report(
                        f"{paths.get(node, '')}.show_if",
                        t("problem.cycle", None, cycle=" → ".join(cycle)),
                    )
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, 0))
                on_path.append(nxt)
