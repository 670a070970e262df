"""Turn checklist TOML into a validated Checklist, collecting every problem on the way."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jamtui.catalog import item_types, validated
from jamtui.catalog.cache import ChecklistCache
from jamtui.catalog.outcome_checks import check_outcome_paths, check_scoring
from jamtui.catalog.problems import Problem
from jamtui.catalog.references import check_references
from jamtui.catalog.structure import check_table, did_you_mean
from jamtui.core.items import BUILTIN_BY_NAME
from jamtui.core.model import (
    FORMAT_VERSIONS,
    NA_LABEL,
    Aggregation,
    Band,
    Checklist,
    Condition,
    CountRule,
    CountTest,
    Item,
    ItemType,
    Level,
    Outcome,
    Scale,
    Scoring,
    Section,
    Source,
    TotalFrom,
)
from jamtui.core.text import Text, text_of
from jamtui.core.toml_lines import LineMap
from jamtui.core.toml_reader import TOMLDecodeError, parse_toml
from jamtui.fileio.safe_files import CHECKLIST_LIMIT
from jamtui.i18n import t

MAX_FILE_BYTES = CHECKLIST_LIMIT
BUILTIN_NAMES = frozenset(ItemType)


@dataclass
class LoadResult:
    """A checklist (when valid) and every problem found."""

    origin: str
    checklist: Checklist | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    """Things that load but may mislead (``jamtui check`` shows them; they block nothing)."""

    @property
    def ok(self) -> bool:
        return self.checklist is not None and not self.problems


def load_checklist_file(
    path: Path, origin: str | None = None, cache: ChecklistCache | None = None
) -> LoadResult:
    """Load one checklist file; never raises for bad content."""
    from jamtui.fileio.safe_files import UnsafeFileError, read_regular

    name = origin or str(path)
    try:
        # A regular file (a link to one is fine) of bounded size: a FIFO or /dev/zero is
        # reported, never read.
        data = read_regular(path, MAX_FILE_BYTES, follow_links=True)
    except UnsafeFileError as error:
        return LoadResult(name, problems=[Problem(name, error.reason)])
    except OSError as error:
        return LoadResult(
            name,
            problems=[Problem(name, t("problem.unreadable", None, error=error.strerror or error))],
        )
    return load_checklist_bytes(data, name, cache)


def load_checklist_bytes(
    data: bytes,
    origin: str,
    cache: ChecklistCache | None = None,
    raw_sink: list[dict[str, Any]] | None = None,
) -> LoadResult:
    """Decode, parse and validate checklist TOML given as bytes (unless known already).

    Bytes validated before in this process, from the same place and with the same item types,
    give the same checklist again; ``cache`` skips the parser for bytes parsed in earlier runs.
    """
    if raw_sink is not None or len(data) > MAX_FILE_BYTES:
        return _parse_and_validate(data, origin, cache, raw_sink)
    content_key = ChecklistCache.key(data)
    recalled = validated.recall(content_key, origin)
    if recalled is not None:
        if cache is not None:
            cache.get(data)  # still in use: kept when the cache file is trimmed
        return recalled
    result = _parse_and_validate(data, origin, cache, None)
    validated.remember(content_key, origin, result)
    return result


def _parse_and_validate(
    data: bytes,
    origin: str,
    cache: ChecklistCache | None,
    raw_sink: list[dict[str, Any]] | None,
) -> LoadResult:
    """Parse (or take the parsed data from ``cache``) and validate, every time."""
    if cache is not None and len(data) <= MAX_FILE_BYTES:
        known = cache.get(data)
        if known is not None:
            # Parsed before and valid then: skip the parser; validation runs as always.
            result = validate(known, "", origin)
            if result.ok:
                return result
        sink: list[dict[str, Any]] = []
        result = _parse_and_validate(data, origin, None, sink)
        if result.ok and sink:
            cache.put(data, sink[0])
        return result
    if len(data) > MAX_FILE_BYTES:
        return LoadResult(
            origin, problems=[Problem(origin, t("problem.too_large", None, size=len(data)))]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        return LoadResult(
            origin,
            problems=[
                Problem(
                    origin,
                    t("problem.not_utf8", None, byte=f"0x{data[error.start]:02x}"),
                    line,
                    column,
                )
            ],
        )
    return load_checklist_text(text, origin, raw_sink)


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")


def load_checklist_text(
    text: str, origin: str, raw_sink: list[dict[str, Any]] | None = None
) -> LoadResult:
    """Parse and validate checklist TOML source text (the parsed data goes to ``raw_sink``)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        raw = parse_toml(text)
    except TOMLDecodeError as error:
        message = str(error)
        line: int | None = None
        column: int | None = None
        match = _TOML_POSITION.search(message)
        if match:
            line, column = int(match.group(1)), int(match.group(2))
            message = message[: match.start()]
        elif _TOML_END.search(message):
            line = text.count("\n") + 1
            message = _TOML_END.sub("", message)
        return LoadResult(
            origin,
            problems=[
                Problem(origin, t("problem.toml_syntax", None, detail=message), line, column)
            ],
        )
    except (RecursionError, MemoryError):
        return LoadResult(origin, problems=[Problem(origin, t("problem.too_deep"))])
    if raw_sink is not None:
        raw_sink.append(raw)
    return validate(raw, text, origin)


class _Collector:
    """Collects problems, locating each by its dotted path in the source."""

    def __init__(self, origin: str, text: str, raw: dict[str, Any]) -> None:
        self.origin = origin
        self.text = text
        self._lines: LineMap | None = None
        self.raw = raw
        self.problems: list[Problem] = []

    @property
    def lines(self) -> LineMap:
        """The line map, built only when a problem needs locating."""
        if self._lines is None:
            self._lines = LineMap(self.text)
        return self._lines

    def report(self, path: str, message: str) -> None:
        position = self.lines.find(path) if path else None
        line, column = position if position else (None, None)
        self.problems.append(
            Problem(self.origin, message, line, column, _display_path(path), self._item_id(path))
        )

    def _item_id(self, path: str) -> str:
        match = re.match(r"sections\[(\d+)\]\.items\[(\d+)\]", path)
        if not match:
            return ""
        sections = self.raw.get("sections")
        try:
            section = sections[int(match.group(1))]  # type: ignore[index]
            item = section["items"][int(match.group(2))]
            return f"{section.get('id', '?')}.{item.get('id', '?')}"
        except (TypeError, KeyError, IndexError, AttributeError):
            return ""


def unusable_numbers(data: object, where: str = "") -> list[tuple[str, str]]:
    """Numbers no report or run file can use: NaN, infinities, integers beyond 64 bits.

    Returned as (dotted path, reason) with reason ``nan``, ``infinite`` or ``too_large``.
    """
    import math

    found: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for name, value in data.items():
            found += unusable_numbers(value, f"{where}.{name}" if where else str(name))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += unusable_numbers(value, f"{where}[{index}]")
    elif isinstance(data, float) and math.isnan(data):
        found.append((where, "nan"))
    elif isinstance(data, float) and math.isinf(data):
        found.append((where, "infinite"))
    elif isinstance(data, int) and not isinstance(data, bool) and not -(2**63) <= data < 2**63:
        found.append((where, "too_large"))
    return found


def _display_path(path: str) -> str:
    return path


def validate(raw: dict[str, Any], text: str, origin: str) -> LoadResult:
    """Validate parsed TOML data and build the checklist when there is no problem."""
    collector = _Collector(origin, text, raw)
    check_table("checklist", raw, "", collector.report)
    for where, reason in unusable_numbers(raw):
        collector.report(where, t(f"safety.number.{reason}"))
    found = raw.get("format")
    known = isinstance(found, int | float) and not isinstance(found, bool)
    if known and found not in FORMAT_VERSIONS:
        collector.report("format", t("problem.format_version", None, found=found, supported="1.1"))
    item_paths: dict[int, str] = {}
    broken: dict[str, str] = {}
    checklist = _build(raw, origin, collector, item_paths, broken)
    skipped = check_references(checklist, item_paths, collector.report, set(broken))
    if skipped:
        first = next(iter(broken.values()))
        collector.report(f"{first}.type", t("problem.type_root_cause", None, count=skipped))
    check_scoring(checklist, collector.report)
    warnings = _Collector(origin, text, raw)
    check_outcome_paths(checklist, warnings.report)
    problems = _dedupe(collector.problems)
    problems.sort(key=lambda p: (p.line is None, p.line or 0, p.column or 0))
    result = LoadResult(origin, problems=problems, warnings=_dedupe(warnings.problems))
    if not result.problems:
        result.checklist = checklist
    return result


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[object, ...]] = set()
    unique: list[Problem] = []
    for problem in problems:
        key = (problem.line, problem.column, problem.path, problem.message)
        if key not in seen:
            seen.add(key)
            unique.append(problem)
    return unique


def _text(value: object) -> Text:
    return text_of(value)


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _build(
    raw: dict[str, Any],
    origin: str,
    collector: _Collector,
    item_paths: dict[int, str],
    broken: dict[str, str],
) -> Checklist:
    """Build the model tolerantly, reporting semantic problems; None when too broken."""
    report = collector.report
    scales = _build_scales(raw.get("scales"), report)
    sections: list[Section] = []
    section_ids: set[str] = set()
    raw_sections = raw.get("sections")
    if isinstance(raw_sections, list) and not raw_sections:
        report("sections", t("problem.no_sections"))
    for s_index, raw_section in enumerate(_dicts(raw_sections)):
        s_path = f"sections[{s_index}]"
        section_id = str(raw_section.get("id", f"?{s_index}"))
        if section_id in section_ids:
            report(f"{s_path}.id", t("problem.duplicate_section", None, id=section_id))
        section_ids.add(section_id)
        items: list[Item] = []
        local_ids: set[str] = set()
        raw_items = raw_section.get("items")
        if not _dicts(raw_items):
            report(s_path, t("problem.empty_section", None, id=section_id))
        for i_index, raw_item in enumerate(_dicts(raw_items)):
            i_path = f"{s_path}.items[{i_index}]"
            local_id = str(raw_item.get("id", f"?{i_index}"))
            if local_id in local_ids:
                report(
                    f"{i_path}.id", t("problem.duplicate_item", None, id=f"{section_id}.{local_id}")
                )
            local_ids.add(local_id)
            item = _build_item(raw_item, section_id, local_id, scales, i_path, report)
            if item is None:
                broken.setdefault(f"{section_id}.{local_id}", i_path)
            else:
                items.append(item)
                item_paths[id(item)] = i_path
        sections.append(
            Section(
                id=section_id,
                title=_text(raw_section.get("title")),
                items=tuple(items),
                description=_text(raw_section.get("description")),
                show_if=_condition(raw_section.get("show_if")),
                bands=_build_bands(raw_section.get("bands"), f"{s_path}.bands", report),
            )
        )
    outcomes: list[Outcome] = []
    outcome_ids: set[str] = set()
    for o_index, raw_outcome in enumerate(_dicts(raw.get("outcomes"))):
        outcome_id = str(raw_outcome.get("id", f"?{o_index}"))
        if outcome_id in outcome_ids:
            report(f"outcomes[{o_index}].id", t("problem.duplicate_outcome", None, id=outcome_id))
        outcome_ids.add(outcome_id)
        when = _condition(raw_outcome.get("when"))
        if when is None:
            continue
        outcomes.append(
            Outcome(
                id=outcome_id,
                title=_text(raw_outcome.get("title")),
                when=when,
                description=_text(raw_outcome.get("description")),
                kind=str(raw_outcome.get("kind", "stop")),
            )
        )
    return Checklist(
        id=str(raw.get("id", "")),
        version=str(raw.get("version", "")),
        title=_text(raw.get("title")),
        sections=tuple(sections),
        description=_text(raw.get("description")),
        intro=_text(raw.get("intro")),
        source=_build_source(raw.get("source")),
        scales=scales,
        outcomes=tuple(outcomes),
        scoring=_build_scoring(raw.get("scoring"), report),
        origin=origin,
    )


def _build_scales(raw: object, report: Any) -> dict[str, Scale]:
    scales: dict[str, Scale] = {}
    if not isinstance(raw, dict):
        return scales
    for name, raw_scale in raw.items():
        if not isinstance(raw_scale, dict):
            continue
        levels: list[Level] = []
        seen: set[int] = set()
        raw_levels = _dicts(raw_scale.get("levels"))
        if not raw_levels and "levels" in raw_scale:
            report(f"scales.{name}.levels", t("problem.empty_scale", None, scale=name))
        for index, raw_level in enumerate(raw_levels):
            value = raw_level.get("value")
            if not isinstance(value, int) or isinstance(value, bool):
                continue
            if value in seen:
                report(
                    f"scales.{name}.levels[{index}].value",
                    t("problem.duplicate_level", None, value=value, scale=name),
                )
            seen.add(value)
            levels.append(
                Level(value, _text(raw_level.get("label")), _text(raw_level.get("description")))
            )
        na_label = raw_scale.get("na_label")
        scales[name] = Scale(
            id=name,
            levels=tuple(levels),
            na=bool(raw_scale.get("na", True)),
            na_label=_text(na_label) if na_label is not None else NA_LABEL,
            note=_text(raw_scale.get("note")),
        )
    return scales


class _ItemContext:
    """What an item type's ``build`` sees: the scales, and problems located at the item."""

    def __init__(self, path: str, scales: Mapping[str, Scale], report: Any) -> None:
        self.path = path
        self.scales: Mapping[str, Scale] = scales
        self._report = report

    def report(self, key: str, message: str) -> None:
        self._report(f"{self.path}.{key}" if key else self.path, message)

    def tr(self, key: str, /, **values: object) -> str:
        return t(key, None, **values)

    def suggest(self, word: str, options: list[str]) -> str:
        return did_you_mean(word, options)


def _build_item(
    raw: dict[str, Any],
    section_id: str,
    local_id: str,
    scales: dict[str, Scale],
    path: str,
    report: Any,
) -> Item | None:
    """Build one item: the keys every item has here, its own keys by its type."""
    registry = item_types.active()
    type_name = raw.get("type")
    kind = registry.kinds.get(type_name) if isinstance(type_name, str) else None
    if kind is None:
        if isinstance(type_name, str):
            options = ", ".join(f'"{name}"' for name in registry.names)
            report(
                f"{path}.type",
                t("problem.not_in_enum", None, value=type_name, options=options)
                + did_you_mean(type_name, registry.names),
            )
        return None
    owned = {key.name for key in kind.keys}
    for key in raw:
        if key in registry.item_keys() and key not in owned:
            report(f"{path}.{key}", t("problem.key_not_for_type", None, type=kind.name, key=key))
    built = kind.build(raw, _ItemContext(path, scales, report))
    weight = raw.get("weight", 1.0)
    if isinstance(weight, int | float) and not isinstance(weight, bool) and weight < 0:
        report(f"{path}.weight", t("problem.negative_weight"))
    raters = bool(raw.get("raters", False))
    if raters and not kind.allows_raters:
        report(f"{path}.raters", t("problem.raters_not_allowed", None, type=kind.name))
    scored = raw.get("scored", kind.scored_by_default)
    if scored is True and not kind.can_score:
        report(f"{path}.scored", t("problem.scored_not_allowed", None, type=kind.name))
    replaces = raw.get("replaces", [])
    builtin = kind.name in BUILTIN_NAMES and BUILTIN_BY_NAME[kind.name] is kind
    scale = built.pop("scale", None)
    choices = built.pop("choices", ())
    return Item(
        id=f"{section_id}.{local_id}",
        local_id=local_id,
        section_id=section_id,
        type=ItemType(kind.name) if builtin else kind.name,
        text=_text(raw.get("text")),
        guidance=_text(raw.get("guidance")),
        required=bool(raw.get("required", False)) and kind.takes_answer,
        weight=float(weight)
        if isinstance(weight, int | float) and not isinstance(weight, bool)
        else 1.0,
        scale=scale,
        choices=choices,
        show_if=_condition(raw.get("show_if")),
        raters=raters,
        na=bool(raw.get("na", False)),
        scored=bool(scored) and kind.can_score,
        action_plan=bool(raw.get("action_plan", False)),
        replaces=tuple(r for r in replaces if isinstance(r, str))
        if isinstance(replaces, list)
        else (),
        group=_text(raw.get("group")),
        kind=None if builtin else kind,
        options=built,
    )


def _condition(raw: object) -> Condition | None:
    if not isinstance(raw, dict):
        return None
    in_ = raw.get("in")
    return Condition(
        item=raw.get("item") if isinstance(raw.get("item"), str) else None,
        equals=raw.get("equals"),
        not_equals=raw.get("not_equals"),
        in_=tuple(in_) if isinstance(in_, list) else None,
        answered=raw.get("answered") if isinstance(raw.get("answered"), bool) else None,
        all=tuple(c for c in (_condition(x) for x in raw.get("all", []) or []) if c is not None)
        if isinstance(raw.get("all"), list)
        else (),
        any=tuple(c for c in (_condition(x) for x in raw.get("any", []) or []) if c is not None)
        if isinstance(raw.get("any"), list)
        else (),
    )


def _build_source(raw: object) -> Source | None:
    if not isinstance(raw, dict):
        return None
    year = raw.get("year")
    return Source(
        publisher=str(raw.get("publisher", "")),
        title=str(raw.get("title", "")),
        year=year if isinstance(year, int) and not isinstance(year, bool) else None,
        url=str(raw.get("url", "")),
        adaptation=_text(raw.get("adaptation")),
    )


def _build_bands(raw: object, path: str, report: Any) -> tuple[Band, ...]:
    bands: list[Band] = []
    for index, raw_band in enumerate(_dicts(raw)):
        low, high = raw_band.get("min"), raw_band.get("max")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (low, high)):
            continue
        assert isinstance(low, int | float) and isinstance(high, int | float)
        if low > high:
            report(f"{path}[{index}]", t("problem.band_order", None, min=low, max=high))
        bands.append(
            Band(
                float(low),
                float(high),
                _text(raw_band.get("label")),
                _text(raw_band.get("description")),
            )
        )
    return tuple(bands)


def _build_rules(raw: object) -> tuple[CountRule, ...]:
    rules: list[CountRule] = []
    for raw_rule in _dicts(raw):
        tests = []
        for raw_test in _dicts(raw_rule.get("counts")):
            value = raw_test.get("value")
            if not isinstance(value, int) or isinstance(value, bool):
                continue
            share = raw_test.get("more_than_share")
            tests.append(
                CountTest(
                    value=value,
                    at_least=_int_or_none(raw_test.get("at_least")),
                    at_most=_int_or_none(raw_test.get("at_most")),
                    more_than_share=float(share)
                    if isinstance(share, int | float) and not isinstance(share, bool)
                    else None,
                )
            )
        rules.append(
            CountRule(
                id=str(raw_rule.get("id", "")),
                title=_text(raw_rule.get("title")),
                tests=tuple(tests),
                description=_text(raw_rule.get("description")),
                met=_text(raw_rule.get("met")),
                not_met=_text(raw_rule.get("not_met")),
            )
        )
    return tuple(rules)


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _build_scoring(raw: object, report: Any) -> Scoring | None:
    if not isinstance(raw, dict):
        return None
    bands = _build_bands(raw.get("bands"), "scoring.bands", report)
    try:
        return Scoring(
            section=Aggregation(raw.get("section", "mean")),
            total=Aggregation(raw.get("total", "mean")),
            total_from=TotalFrom(raw.get("total_from", "items")),
            bands=bands,
            profile=_text(raw.get("profile")),
            rules=_build_rules(raw.get("rules")),
        )
    except ValueError:
        return None
