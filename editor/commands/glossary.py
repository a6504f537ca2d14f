"""``integreat-desk glossary``: the region's glossary, exchanged as TBX or CSV.

::

    integreat-desk glossary import --data DIR --region SLUG FILE.tbx|FILE.csv [--replace]
    integreat-desk glossary export --data DIR --region SLUG --out FILE.tbx|FILE.csv
    integreat-desk glossary list --data DIR --region SLUG

Import adds the file's terms (a term already there takes the file's entry; ``--replace`` drops the
rest). The glossary is kept in ``glossary.json`` beside the working copy. Exit codes: 0 done, 2 bad input.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from editor.cli import add_data_options
from editor.commands.tm import EXIT_BAD_INPUT, EXIT_OK, fail, open_region

_MAX_FILE = 20 * 1024 * 1024


def register(subparsers: Any) -> None:
    """Add the ``glossary`` sub-command."""
    parser = subparsers.add_parser("glossary", help="import, export or list the region's glossary")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="add the terms of a TBX or CSV file")
    add_data_options(imp)
    imp.add_argument("file", metavar="FILE", help=".tbx or .csv file")
    imp.add_argument("--replace", action="store_true", help="drop the terms that are not in the file")
    imp.set_defaults(func=run_import)
    export = actions.add_parser("export", help="write the glossary as TBX or CSV")
    add_data_options(export)
    export.add_argument("--out", required=True, metavar="FILE", help=".tbx or .csv file")
    export.set_defaults(func=run_export)
    listing = actions.add_parser("list", help="print the terms")
    add_data_options(listing)
    listing.set_defaults(func=run_list)


def run_import(args: argparse.Namespace) -> int:
    """Import; returns the exit code."""
    from editor.models.errors import StoreError
    from editor.models.glossary_store import load_glossary, save_glossary
    from editor.text.glossary import GlossaryError, from_csv, from_tbx

    path = Path(args.file)
    kind = path.suffix.lower()
    if kind not in (".tbx", ".csv", ".xml"):
        return fail(f"{path}: expected a .tbx or .csv file")
    try:
        if path.stat().st_size > _MAX_FILE:
            return fail(f"{path}: larger than {_MAX_FILE // 1024 // 1024} MB")
        data = path.read_bytes()
    except OSError as exc:
        return fail(f"{path}: cannot read ({exc.strerror or exc})")
    store = open_region(args)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        current = load_glossary(store)
        if kind == ".csv":
            found = from_csv(data.decode("utf-8"), str(path))
        else:
            found = from_tbx(data, str(path), current.source_language)
        if found.source_language != current.source_language:
            return fail(f"{path}: the terms are in {found.source_language}, the region's source is "
                        f"{current.source_language}")  # fmt: skip
        merged = found if args.replace else current.merged(found)
        save_glossary(store, merged)
    except UnicodeDecodeError as exc:
        return fail(f"{path}: invalid UTF-8 at byte offset {exc.start}")
    except (GlossaryError, StoreError, OSError) as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"{len(found.terms)} term(s) imported from {path}; the glossary has {len(merged.terms)}")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    """Export; returns the exit code."""
    from editor.models.errors import StoreError
    from editor.models.glossary_store import load_glossary
    from editor.text.glossary import to_csv, to_tbx

    out = Path(args.out)
    if out.suffix.lower() not in (".tbx", ".csv"):
        return fail(f"{out}: the name must end in .tbx or .csv")
    store = open_region(args)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        glossary = load_glossary(store)
        region = store.region()
    except StoreError as exc:
        return fail(str(exc))
    finally:
        store.close()
    title = f"Glossary of {region.name if region else args.region}"
    text = to_csv(glossary) if out.suffix.lower() == ".csv" else to_tbx(glossary, title)
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        return fail(f"{out}: cannot write ({exc.strerror or exc})")
    print(f"{len(glossary.terms)} term(s) written to {out}")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    """List the terms; returns the exit code."""
    from editor.models.errors import StoreError
    from editor.models.glossary_store import load_glossary

    store = open_region(args)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        glossary = load_glossary(store)
    except StoreError as exc:
        return fail(str(exc))
    finally:
        store.close()
    for term in glossary.terms:
        if term.do_not_translate:
            print(f"{term.term}\t(do not translate)")
        else:
            given = "; ".join(f"{code}: {' | '.join(words)}" for code, words in term.translations.items())
            print(f"{term.term}\t{given}")
    return EXIT_OK
