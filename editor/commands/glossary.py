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
    from editor.models.glossary_store import import_glossary_file
    from editor.text.glossary import GlossaryError

    path = Path(args.file)
    store = open_region(args)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        found, total = import_glossary_file(store, path, replace=args.replace)
    except (GlossaryError, StoreError) as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"{found} term(s) imported from {path}; the glossary has {total}")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    """Export; returns the exit code."""
    from editor.models.errors import StoreError
    from editor.models.glossary_store import export_glossary_file
    from editor.text.glossary import GlossaryError

    out = Path(args.out)
    store = open_region(args)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        region = store.region()
        count = export_glossary_file(store, out, f"Glossary of {region.name if region else args.region}")
    except (GlossaryError, StoreError) as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"{count} term(s) written to {out}")
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
