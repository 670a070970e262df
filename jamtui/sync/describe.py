"""The commit message of a sync, in words: "Ljungby kommun: Lärande uppföljning …, 3 svar"."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from jamtui.fileio.json_cache import read_json_table
from jamtui.i18n import t

_MAX_PARTS = 4


def _toml(data: bytes | None) -> dict[str, Any]:
    if not data:
        return {}
    from jamtui.core.toml_reader import TOMLDecodeError, parse_toml

    try:
        return parse_toml(data.decode("utf-8", "replace"))
    except (TOMLDecodeError, RecursionError):
        return {}


def _answers_changed(old: dict[str, Any], new: dict[str, Any]) -> int:
    from jamtui.sync.values import same

    before = old.get("answers") if isinstance(old.get("answers"), dict) else {}
    after = new.get("answers") if isinstance(new.get("answers"), dict) else {}
    assert isinstance(before, dict) and isinstance(after, dict)
    return sum(1 for key in {*before, *after} if not same(before.get(key), after.get(key)))


def describe(
    root: Path,
    changes: list[tuple[str, bytes | None, bytes | None]],
    lang: str | None = None,
) -> str:
    """Words for a set of changed files: (path, old content, new content)."""
    titles = read_json_table(root / ".cache" / "checklist-titles.json", 1, "checklists")
    org_names: dict[str, str] = {}
    parts: list[str] = []
    others = 0
    for path, old, new in sorted(changes):
        if len(parts) >= _MAX_PARTS:
            others += 1  # big commits (a first sync) are not read file by file
            continue
        pieces = PurePosixPath(path).parts
        if len(pieces) < 3 or pieces[0] != "organisations":
            parts.append(path)
            continue
        slug = pieces[1]
        if slug not in org_names:
            org = _toml(_read(root / "organisations" / slug / "organisation.toml"))
            org_names[slug] = str(org.get("name") or slug)
        org_name = org_names[slug]
        if len(pieces) == 4 and pieces[2] == "runs" and path.endswith(".toml"):
            before, after = _toml(old), _toml(new)
            run = after or before
            checklist = str(run.get("checklist", ""))
            entry = titles.get(checklist)
            title = checklist
            if isinstance(entry, dict) and isinstance(entry.get("title"), dict):
                names = entry["title"]
                title = str(names.get(lang or "sv") or names.get("sv") or checklist)
            what = f"{title} {run.get('date', '')}".strip()
            if new is None:
                detail = t("sync.msg.deleted", lang)
            elif old is None:
                detail = t("sync.msg.new_run", lang)
            else:
                detail = t("sync.msg.answers", lang, count=_answers_changed(before, after))
            parts.append(f"{org_name}: {what}, {detail}")
        else:
            parts.append(f"{org_name}: {PurePosixPath(*pieces[2:]).as_posix()}")
    if not parts and not others:
        return t("sync.msg.nothing", lang)
    shown = parts[:_MAX_PARTS]
    rest = len(parts) - len(shown) + others
    text = "; ".join(shown)
    if rest:
        more = t("sync.msg.more", lang, count=rest)
        text = f"{text}; {more}" if text else more
    return text


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
