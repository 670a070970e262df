"""CLI commands about checklists and plugins: checklists, check, plugins, locate, schema."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from jamtui.cli.common import add_command, print_json
from jamtui.i18n import t, tn
from jamtui.settings import Settings


def register(sub: Any) -> None:
    """Add the catalog commands to the ``jamtui`` parser."""
    parser = add_command(sub, "checklists", cmd_checklists, t("cli.checklists.help"))
    parser.add_argument("--json", action="store_true", help=t("cli.json.help"))
    parser = add_command(sub, "check", cmd_check, t("cli.check.help"))
    parser.add_argument("paths", nargs="+", metavar=t("cli.meta.path"), help=t("cli.check.paths"))
    parser.add_argument("--json", action="store_true", help=t("cli.json.help"))
    parser = add_command(sub, "plugins", cmd_plugins, t("cli.plugins.help"))
    parser.add_argument("--json", action="store_true", help=t("cli.json.help"))
    parser = add_command(sub, "locate", cmd_locate, t("cli.locate.help"))
    parser.add_argument("--json", action="store_true", help=t("cli.json.help"))
    parser = add_command(sub, "schema", cmd_schema, t("cli.schema.help"))


def cmd_checklists(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog.listing import list_checklists

    listing = list_checklists(settings)
    rows = listing.rows
    if args.json:
        print_json({"checklists": rows, "problems": listing.problems})
        return 0
    if not rows:
        print(t("cli.checklists.none"))
    width = max((len(row["id"]) for row in rows), default=0)
    for row in rows:
        print(f"{row['id']:<{width}}  {row['version']:<8}  {row['title']}  [{row['provider']}]")
    if listing.problems:
        print()
        print(t("cli.checklists.problems", None, count=len(listing.problems)))
        for problem in listing.problems:
            print(f"  {problem}")
    return 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog.item_types import load_item_types
    from jamtui.catalog.loader import load_checklist_file
    from jamtui.plugin.manager import create_host

    load_item_types(create_host(cache_dir=settings.data_dir / ".cache"))  # plugins' types too

    failures = 0
    files_json: list[dict[str, object]] = []
    for name in args.paths:  # in the order given, so each line is found next to its file
        path = Path(name)
        if path.is_dir():
            files = sorted(path.glob("*.toml"))
        elif path.exists():
            files = [path]
        else:
            failures += 1
            problem = t("cli.check.no_such_file")
            files_json.append({"path": name, "ok": False, "problems": [problem]})
            if not args.json:
                print(f"{name}: {problem}")
            continue
        for file in files:
            result = load_checklist_file(file)
            if result.ok and result.checklist is not None:
                items = len(result.checklist.items)
                warnings = [warning.format(settings.lang) for warning in result.warnings]
                files_json.append(
                    {
                        "path": str(file),
                        "ok": True,
                        "id": result.checklist.id,
                        "items": items,
                        "warnings": warnings,
                    }
                )
                if not args.json:
                    print(tn("cli.check.ok", items, None, path=file, id=result.checklist.id))
                    for warning in warnings:
                        print(f"{t('warning.prefix')}: {warning}")
            else:
                failures += 1
                lines = [problem.format(settings.lang) for problem in result.problems]
                files_json.append({"path": str(file), "ok": False, "problems": lines})
                if not args.json:
                    print("\n".join(lines))
    if args.json:
        print_json({"files": files_json})
    return 1 if failures else 0


def cmd_plugins(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog import load_catalog
    from jamtui.export.registry import load_exporters

    catalog = load_catalog(settings)
    assert catalog.host is not None
    load_exporters(catalog.host)
    counts: dict[str, int] = {}
    for entry in catalog.entries:
        counts[entry.provider] = counts.get(entry.provider, 0) + 1
    plugins: list[dict[str, Any]] = [
        {
            "name": info.name,
            "version": info.version,
            "distribution": info.distribution,
            "module": info.module,
            "hooks": info.hooks,
            "checklists": counts.get(info.name, 0),
            "disabled": info.disabled,
            "problems": info.problems,
        }
        for info in catalog.host.plugins.values()
    ]
    if args.json:
        print_json({"plugins": plugins})
        return 0
    if not plugins:
        print(t("cli.plugins.none"))
    for plugin in plugins:
        version = f" {plugin['version']}" if plugin["version"] else ""
        state = t("cli.plugins.disabled") if plugin["disabled"] else ""
        print(f"{plugin['name']}{version} ({plugin['module']}) {state}".rstrip())
        if plugin["hooks"]:
            print(f"  {t('cli.plugins.hooks')}: {', '.join(plugin['hooks'])}")
        print(f"  {t('cli.plugins.checklists')}: {plugin['checklists']}")
        for problem in plugin["problems"]:
            print(f"  {t('cli.plugins.problem')}: {problem}")
    return 0


def cmd_locate(args: argparse.Namespace, settings: Settings) -> int:
    places = {
        "data": str(settings.data_dir),
        "config": str(settings.config_dir),
        "settings": str(settings.settings_file),
        "checklists": [str(path) for path in settings.all_checklist_dirs],
    }
    if args.json:
        print_json(places)
        return 0
    print(f"{t('cli.locate.data')}: {places['data']}")
    print(f"{t('cli.locate.config')}: {places['config']}")
    print(f"{t('cli.locate.settings')}: {places['settings']}")
    for path in places["checklists"]:
        print(f"{t('cli.locate.checklists')}: {path}")
    return 0


def cmd_schema(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog.schema import build_schema

    print(json.dumps(build_schema(), ensure_ascii=False, indent=2))
    return 0
