"""What an item type is: the TOML keys it owns, its answers, its score and its report text.

A type is an ``ItemKind`` object registered under its ``name`` (the TOML ``type`` value)
through the plugin hook ``jamtui_register_item_types(register)``; the built-in types come
through the same hook. Every method has a sensible default, so a new type overrides only
what it changes. Messages are given as string keys translated by the caller (``reason``
keys for answers, problem text via ``BuildContext.tr`` for file problems).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from jamtui.core.model import Item, Scale


@dataclass(frozen=True)
class Key:
    """One key of a checklist table (see ``jamtui.catalog.spec`` for the kinds).

    ``kind`` is one of: ``str``, ``text`` (a string or an sv/en table), ``int``, ``number``,
    ``bool``, ``strlist``, ``value`` (a string, integer or boolean), ``valuelist``,
    ``table:NAME``, ``array:NAME`` (array of tables NAME), ``map:NAME`` (table of NAME tables
    keyed by id).
    """

    name: str
    kind: str
    doc: str
    required: bool = False
    enum: tuple[str, ...] = ()
    pattern: str = ""


class BuildContext(Protocol):
    """What a type's ``build`` may use while the loader reads one item."""

    scales: Mapping[str, Scale]
    """The checklist's named scales."""

    def report(self, key: str, message: str) -> None:
        """Report a problem at ``key`` of the item (``""``: the item itself)."""

    def tr(self, key: str, /, **values: object) -> str:
        """A translated message (the catalog's string tables), formatted with ``values``."""

    def suggest(self, word: str, options: list[str]) -> str:
        """`` – menade du "x"?`` when an option is close to ``word``, else ``""``."""


class ItemKind:
    """An item type. Subclass it, set ``name``, override what the type does differently."""

    name: str = ""
    """The value of ``type`` in checklist files; lower-case ASCII, digits, ``-``."""
    keys: tuple[Key, ...] = ()
    """TOML keys this type owns, beside the keys every item has."""
    tables: Mapping[str, tuple[Key, ...]] = {}
    """Named nested tables used by ``keys`` of kind ``array:NAME`` or ``table:NAME``."""
    takes_answer: bool = True
    """False for information that shows and reports but takes no answer (``notice``)."""
    can_score: bool = False
    """Whether ``scored = true`` makes sense for this type."""
    scored_by_default: bool = False
    """What ``scored`` is when the file does not say."""
    allows_raters: bool = False
    """Whether every participant may rate it (``raters = true``)."""
    na_capable: bool = True
    """Whether ``na`` (ej aktuellt) can be an answer at all."""

    def build(self, raw: Mapping[str, Any], ctx: BuildContext) -> dict[str, Any]:
        """Read this type's own keys from ``raw``; report problems; return the parsed options.

        ``"scale"`` and ``"choices"`` in the result fill the item's fields of those names;
        anything else is kept in ``item.options``.
        """
        return {}

    def possible_values(self, item: Item) -> tuple[object, ...] | None:
        """The values a condition may compare with; None when conditions cannot test values."""
        return None

    def value_error(self, item: Item, value: object) -> str | None:
        """Why ``value`` (never None or ``"na"``) is no answer to ``item``: a reason key."""
        return None

    def parse(self, item: Item, text: str) -> object:
        """What a user typed (CLI, a form) as the stored value; raise ValueError if it is none."""
        return text

    def is_answered(self, item: Item, value: object, has_rows: bool = False) -> bool:
        """Whether ``value`` answers ``item`` (``has_rows``: the item has action rows)."""
        from jamtui.core.answers import is_answered

        return is_answered(value)

    def bounds(self, item: Item) -> tuple[float, float] | None:
        """(lowest, highest) score the item can give; None when it gives none."""
        return None

    def score(self, item: Item, value: object) -> float | None:
        """The score ``value`` (answered, not ``"na"``) gives; None when it carries none."""
        return None

    def report_text(self, item: Item, value: object, lang: str) -> str:
        """The answer as a person reads it in a report or on screen; empty when unanswered."""
        return "" if value is None else str(value)
