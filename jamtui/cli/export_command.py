"""``jamtui export``: write a run (or every run) of an organisation as a report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jamtui.cli.common import CommandError, add_command
from jamtui.i18n import t
from jamtui.settings import Settings

if TYPE_CHECKING:
    from jamtui.plugin.registry import Exporter


def register(sub: Any) -> None:
    parser = add_command(sub, "export", cmd_export, t("cli.export.help"))
    parser.add_argument("org", metavar="ORG")
    parser.add_argument("run", nargs="?", default="latest", metavar=t("cli.meta.run"))
    parser.add_argument("-o", "--output", metavar=t("cli.meta.path"), help=t("cli.export.output"))
    parser.add_argument("--all", action="store_true", help=t("cli.export.all"))
    parser.add_argument("--format", default="markdown", help=t("cli.export.format"))
    parser.add_argument("--template", metavar="FILE.docx", help=t("cli.export.template"))
    parser.add_argument("--internal", action="store_true", help=t("cli.export.internal"))
    parser.add_argument(
        "--skip-unanswered", action="store_true", help=t("cli.export.skip_unanswered")
    )
    parser.add_argument("--no-compare", action="store_true", help=t("cli.export.no_compare"))


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog import load_catalog
    from jamtui.export.registry import load_exporters
    from jamtui.export.service import (
        ExporterFailed,
        MissingChecklist,
        build_context,
        export_organisation,
        render,
    )
    from jamtui.report.context import ReportOptions
    from jamtui.storage import StorageError, Store

    if args.all and args.run != "latest":
        raise CommandError(t("export.cli.run_and_all", None))
    catalog = load_catalog(settings)
    assert catalog.host is not None
    exporters = load_exporters(catalog.host)
    exporter = exporters.get(args.format)
    if exporter is None:
        names = ", ".join(exporters.names()) or "–"
        raise CommandError(t("cli.export.no_format", None, name=args.format, names=names))
    setting = _setting_template(settings) if args.format == "docx" else None
    exporter = _with_template(exporter, args.template or setting)
    options = ReportOptions(
        internal=args.internal, skip_unanswered=args.skip_unanswered, compare=not args.no_compare
    )
    store = Store(settings.data_dir)
    try:
        slug = store.resolve_slug(args.org)
        if args.all:
            written = export_organisation(store, catalog, slug, settings.lang, options, exporter)
            if not written:
                raise CommandError(t("storage.no_runs", None, org=args.org))
        else:
            run = store.load_run(slug, store.resolve_run(slug, args.run))
            checklist = catalog.get(run.checklist_id)
            if checklist is None:
                raise MissingChecklist(run.checklist_id)
            context = build_context(store, catalog, slug, run, checklist, settings.lang, options)
            written = [render(context, exporter)]
    except MissingChecklist as missing:
        raise CommandError(t("storage.no_checklist", None, id=str(missing))) from None
    except (StorageError, OSError, ExporterFailed) as error:
        raise CommandError(str(error).splitlines()[0]) from None
    if args.output == "-":
        if any(isinstance(document, bytes) for document, _ in written):
            if len(written) > 1:
                raise CommandError(t("cli.export.binary_all", None, name=args.format))
            if sys.stdout.isatty():  # raw bytes would reach the terminal as escapes
                raise CommandError(t("cli.export.binary_tty", None, name=args.format))
            sys.stdout.flush()
            raw = getattr(sys.stdout, "inner", sys.stdout)  # past the terminal-safe wrapper
            document = written[0][0]
            raw.buffer.write(document if isinstance(document, bytes) else document.encode())
            raw.flush()
            return 0
        sys.stdout.write("\n".join(str(text) for text, _ in written))
        return 0
    if args.all:
        folder = Path(args.output or ".")
        if folder.exists() and not folder.is_dir():
            raise CommandError(t("export.cli.not_a_folder", None, path=folder))
        targets = [(folder / name, text) for name, text in _unique(written)]
    else:
        text, name = written[0]
        target = Path(args.output) if args.output else Path(name)
        if target.is_dir():
            target = target / name
        targets = [(target, text)]
    for path, text in targets:
        try:
            if args.all:
                path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(text, encoding="utf-8", newline="\n")
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise CommandError(
                t("export.cli.cannot_write", None, path=path, reason=reason)
            ) from None
        print(path)
    return 0


def _with_template(exporter: Exporter, template: str | None) -> Exporter:
    """The Word exporter with the consultancy's reference template (other formats take none)."""
    if not template:
        return exporter
    from jamtui.export.docx import DocxExporter

    if not isinstance(exporter, DocxExporter):
        raise CommandError(t("cli.export.template_not_docx", None, name=exporter.name))
    path = Path(template).expanduser()
    if not path.is_file():
        raise CommandError(t("cli.export.no_template", None, path=path))
    return DocxExporter(template=path)


def _setting_template(settings: Settings) -> str | None:
    """The settings file's ``report_template``; used only for --format docx."""
    return settings.setting("report_template")


def _unique(written: list[tuple[str | bytes, str]]) -> list[tuple[str, str | bytes]]:
    """(file name, text) pairs; a second run of a checklist on the same day gets ``-2``."""
    seen: set[str] = set()
    result = []
    for text, name in written:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        candidate, number = name, 1
        while candidate in seen:
            number += 1
            candidate = f"{stem}-{number}{dot}{suffix}"
        seen.add(candidate)
        result.append((candidate, text))
    return result
