"""The hooks a jamtui plugin may implement (all names prefixed ``jamtui_``)."""

from __future__ import annotations

from jamtui.plugin.markers import hookspec
from jamtui.plugin.registry import ChecklistRegister, ExporterRegister, ItemTypeRegister


@hookspec
def jamtui_register_checklists(register: ChecklistRegister) -> None:
    """Provide checklists: call ``register`` once per TOML file, folder of TOML files or TOML text.

    Example::

        @hookimpl
        def jamtui_register_checklists(register):
            register(importlib.resources.files(__package__) / "checklists")
    """


@hookspec
def jamtui_register_exporters(register: ExporterRegister) -> None:
    """Provide report formats: call ``register`` once per exporter object.

    An exporter has ``name`` (used by ``--format``), ``title``, ``suffix`` (e.g. ``".md"``)
    and ``render(context) -> str``.
    """


@hookspec
def jamtui_register_item_types(register: ItemTypeRegister) -> None:
    """Provide item types: call ``register(kind)`` once per ``jamtui.core.items.ItemKind``.

    A type's ``name`` is what checklist files write as ``type``. The built-in types are
    registered by the same hook (``jamtui.plugin.builtin_types``), before any plugin's. See
    docs/writing-plugins.md for a complete ``likert5`` type.
    """
