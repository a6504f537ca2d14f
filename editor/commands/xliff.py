"""``integreat-desk xliff export|import``: exchange translations with agencies in the CMS's layout.

::

    integreat-desk xliff export --data DIR --region SLUG --lang CODE [--pages IDS] [--version 1.2|2.0]
                                --out FILE|DIR
    integreat-desk xliff import --data DIR --region SLUG [--dry-run] FILE (.xliff, .xlf or .zip)

Export writes one ``.xliff`` for one page, a ``.zip`` of one file per page for several; when ``--out``
is a folder, the file is named as the CMS names it. Import prints what changes per page; an edited
target becomes a local edit waiting to be sent; an unchanged file changes nothing.
Exit codes: 0 done, 2 bad input (nothing written).
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path
from typing import Any

from editor.cli import add_data_options
from editor.commands.inputs import data_dir

EXIT_OK, EXIT_BAD_INPUT = 0, 2
_MAX_FILE = 50 * 1024 * 1024


def register(subparsers: Any) -> None:
    """Add the ``xliff`` sub-command with ``export`` and ``import``."""
    parser = subparsers.add_parser("xliff", help="export or import translations as XLIFF (CMS layout)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write pages for translation into one language")
    add_data_options(export)
    export.add_argument("--lang", required=True, metavar="CODE", help="target language code")
    export.add_argument(
        "--pages",
        metavar="IDS",
        help="comma-separated pages (default: all): 12 = the page id the qa, spellcheck and readability "
        "reports show; cms:1301 = a CMS page id",
    )
    export.add_argument("--version", dest="xliff_version", choices=("1.2", "2.0"), default="1.2")
    export.add_argument("--out", required=True, metavar="FILE", help="output file, or a folder")
    export.set_defaults(func=run_export)
    imp = actions.add_parser("import", help="take translated XLIFF files into the working copy")
    add_data_options(imp)
    imp.add_argument("file", metavar="FILE", help=".xliff/.xlf file or .zip of them")
    imp.add_argument("--dry-run", action="store_true", help="only print what would change")
    imp.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    """Export; returns the exit code."""
    from editor.models.xliff_exchange import ExchangeError, export_xliff

    try:
        pages = _page_ids(args.pages)
    except ValueError as exc:
        return _fail(str(exc))
    store = _open(args)
    if store is None:
        return EXIT_BAD_INPUT
    out = Path(args.out)
    try:
        target, count = export_xliff(
            store, args.lang, _cms_numbers(store, pages), out, version=args.xliff_version
        )
    except ExchangeError as exc:
        return _fail(f"xliff export: {exc}")
    except OSError as exc:
        return _fail(f"xliff export: {out} cannot be written: {exc.strerror or exc}")
    finally:
        store.close()
    print(f"{count} page(s) written to {target}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Import; returns the exit code."""
    from editor.models.xliff_exchange import ExchangeError, apply_import, plan_import
    from editor.text.xliff import XliffError, read_xliff

    try:
        files = _read_files(Path(args.file))
        pages = [(name, read_xliff(data, name)) for name, data in files]
    except (XliffError, OSError, zipfile.BadZipFile, ValueError) as exc:
        return _fail(f"xliff import: {exc}")
    store = _open(args)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        plan = [change for name, found in pages for change in plan_import(store, found, name)]
        titles = {row.id: row for row in store.page_tree({c.page_id for c in plan})}
        if not args.dry_run:
            apply_import(store, plan)
    except ExchangeError as exc:
        return _fail(f"xliff import: {exc}")
    finally:
        store.close()
    for change in plan:
        row = titles.get(change.page_id)
        title = row.title([change.language]) if row else ""
        print(f"page {change.page_id} “{title or change.title}” ({change.language}): {_what(change)}")
    changed = sum(1 for c in plan if c.changed)
    verb = "would change" if args.dry_run else "changed"
    print(f"{changed} translation(s) {verb}, {len(plan) - changed} unchanged")
    return EXIT_OK


def _what(change: Any) -> str:
    parts = []
    if change.new:
        parts.append("new translation")
    elif change.title_changed and change.content_changed:
        parts.append(f"title (now “{change.title}”) and content changed")
    elif change.title_changed:
        parts.append(f"title changed to “{change.title}”")
    elif change.content_changed:
        parts.append("content changed")
    else:
        parts.append("unchanged")
    if change.source_changed:
        parts.append("note: the source text here changed since this file was exported")
    return "; ".join(parts)


def _read_files(path: Path) -> list[tuple[str, bytes]]:
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    if path.stat().st_size > _MAX_FILE:
        raise ValueError(f"{path}: larger than {_MAX_FILE // 1024 // 1024} MB")
    if path.suffix.lower() != ".zip" and not zipfile.is_zipfile(path):  # export --out x.xlf may be a zip
        return [(str(path), path.read_bytes())]
    files = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.filename.lower().endswith((".xliff", ".xlf")) and not info.is_dir():
                if info.file_size > _MAX_FILE:
                    raise ValueError(f"{path}: {info.filename} is larger than {_MAX_FILE // 1024 // 1024} MB")
                files.append((f"{path}:{info.filename}", archive.read(info)))
    if not files:
        raise ValueError(f"{path}: the zip holds no .xliff file")
    return files


def _page_ids(text: str | None) -> list[tuple[bool, int]] | None:
    """``--pages``: (is a CMS id, number) per comma-separated part; ``cms:N`` names a CMS id."""
    if text is None:
        return None
    try:
        return [_page_ref(part.strip()) for part in text.split(",") if part.strip()]
    except ValueError:
        example = "e.g. 12,15 or cms:1301"
        raise ValueError(f"--pages {text}: expected comma-separated page ids, {example}") from None


def _page_ref(part: str) -> tuple[bool, int]:
    cms = part.lower().startswith("cms:")
    return cms, int(part[4:] if cms else part)


def _cms_numbers(store: Any, refs: list[tuple[bool, int]] | None) -> list[int] | None:
    """The numbers ``export_items`` takes (CMS id, or local id of a page not on the CMS) for
    ``refs``; raises ExchangeError naming an id that matches no page and the nearest valid ones."""
    from editor.models.xliff_exchange import ExchangeError

    if refs is None:
        return None
    cms_of = {row.id: row.cms_page_id for row in store.page_tree()}
    local_of = {cms: local for local, cms in cms_of.items() if cms is not None}
    numbers = []
    for is_cms, number in refs:
        if is_cms and number in local_of:
            numbers.append(number)
        elif not is_cms and cms_of.get(number, 0) is None and number in local_of:
            raise ExchangeError(f"--pages {number}: page {number} has no CMS id and {number} is page "
                                f"{local_of[number]}'s CMS id; they cannot be told apart")  # fmt: skip
        elif not is_cms and number in cms_of:
            numbers.append(cms_of[number] or number)
        elif is_cms:
            near = _nearest(number, local_of)
            raise ExchangeError(f"--pages cms:{number}: no page with CMS id {number} ({near})")
        else:
            hint = f"; cms:{number} is page {local_of[number]}" if number in local_of else ""
            near = _nearest(number, cms_of)
            raise ExchangeError(f"--pages {number}: no page with id {number} ({near}{hint})")
    return numbers


def _nearest(number: int, ids: Any) -> str:
    if not ids:
        return "the working copy has no such pages"
    near = sorted(sorted(ids, key=lambda known: (abs(known - number), known))[:3])
    return "nearest: " + ", ".join(str(known) for known in near)


def _open(args: argparse.Namespace) -> Any:
    from editor.models.errors import StoreError
    from editor.models.store import open_store, working_copy_path

    if not args.region:
        _fail("xliff: --region SLUG is required")
        return None
    try:
        if not working_copy_path(data_dir(args.data), args.region).exists():
            _fail(f"{data_dir(args.data)}: no working copy of region {args.region!r}")
            return None
        return open_store(data_dir(args.data), args.region)
    except (StoreError, OSError) as exc:
        _fail(f"{args.data}: cannot open region {args.region!r} ({exc})")
        return None


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_BAD_INPUT
