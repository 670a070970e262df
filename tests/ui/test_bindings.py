"""Every binding has an id and appears in the footer or the help screen."""

from __future__ import annotations

from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.actions import ActionsScreen
from jamtui.ui.screens.activity import ActivityScreen
from jamtui.ui.screens.compare import CompareScreen
from jamtui.ui.screens.help import HELP_GROUPS
from jamtui.ui.screens.organisation import OrganisationScreen
from jamtui.ui.screens.organisations import OrganisationsScreen
from jamtui.ui.screens.people import PeopleScreen
from jamtui.ui.screens.ratings_grid import RatingsGridScreen
from jamtui.ui.screens.run import RunScreen
from jamtui.ui.screens.summary import SummaryScreen
from jamtui.ui.screens.units import UnitsScreen


def test_every_binding_has_an_id_and_is_documented() -> None:
    documented = {label for _, keys in HELP_GROUPS for _, label in keys}
    from jamtui.i18n import t

    documented_text = {t(label) for label in documented}
    screens = (OrganisationsScreen, OrganisationScreen, RunScreen, SummaryScreen)
    followup = (ActionsScreen, ActivityScreen, PeopleScreen, UnitsScreen)
    for owner in (JamtuiApp, *screens, CompareScreen, RatingsGridScreen, *followup):
        for binding in owner.BINDINGS:
            assert not isinstance(binding, tuple)
            assert binding.id, f"{owner.__name__}: {binding.key} has no id"
            assert binding.show or binding.description in documented_text, binding
            assert binding.description in documented_text, (
                f"{binding.description} is not in the help"
            )


def test_no_run_binding_collides_with_text_area_keys() -> None:
    from textual.widgets import TextArea

    taken = {
        key
        for b in TextArea.BINDINGS
        for key in (b.key if not isinstance(b, tuple) else b[0]).split(",")
    }
    for binding in RunScreen.BINDINGS:
        for key in binding.key.split(","):
            assert key not in taken, f"{key} is used by TextArea"
