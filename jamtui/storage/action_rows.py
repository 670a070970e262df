"""Adding one action row to an item of a run (``jamtui action add``), through its session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.core.answers import ActionRow
from jamtui.core.model import ItemType
from jamtui.i18n import t
from jamtui.storage.errors import InvalidValueError, ReadOnlyError

if TYPE_CHECKING:
    from jamtui.core.model import Checklist
    from jamtui.storage.store import Store


def add_action_row(
    store: Store,
    org: str,
    run_id: str,
    checklist: Checklist,
    item_id: str,
    what: str,
    who: str,
    due: str,
) -> tuple[int, ActionRow]:
    """Append a row to an actions item; returns its index and the row as saved."""
    item = checklist.item(item_id)
    if item is None:
        raise InvalidValueError(t("storage.unknown_item", None, item=item_id))
    if item.type is not ItemType.ACTIONS and not item.action_plan:
        raise InvalidValueError(t("followup.action.not_actions_item", None, item=item_id))
    if not what.strip():
        raise InvalidValueError(t("followup.action.no_what"))
    with store.open_run(org, run_id, checklist) as session:
        if session.read_only:
            raise ReadOnlyError(t("storage.read_only", None, reason=session.read_only_reason))
        rows = list(session.answer(item_id).actions)
        rows.append(ActionRow(what.strip(), who.strip(), due))
        session.set_actions(item_id, rows)
        saved = session.answer(item_id).actions
        return len(saved) - 1, saved[-1]
