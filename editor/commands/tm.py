"""``integreat-desk tm``: the region's translation memory.

::

    integreat-desk tm export --data DIR --region SLUG --lang CODE --out FILE.tmx
    integreat-desk tm lookup --data DIR --region SLUG --lang CODE TEXT [--json]

``export`` writes every aligned block pair of the language (current texts and history) as TMX 1.4;
``lookup`` prints the memory's suggestions for a source text with their match percentage.
Exit codes: 0 done, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from editor import __version__
from editor.cli import add_data_options
from editor.commands.inputs import data_dir

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(subparsers: Any) -> None:
    """Add the ``tm`` sub-command with ``export`` and ``lookup``."""
    parser = subparsers.add_parser("tm", help="export or query the region's translation memory")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the memory of one language as TMX")
    add_data_options(export)
    export.add_argument("--lang", required=True, metavar="CODE", help="target language code")
    export.add_argument("--out", required=True, metavar="FILE.tmx", help="output file")
    export.set_defaults(func=run_export)
    lookup = actions.add_parser("lookup", help="suggestions for a source text")
    add_data_options(lookup)
    lookup.add_argument("--lang", required=True, metavar="CODE", help="target language code")
    lookup.add_argument("text", metavar="TEXT", help="the source text of one block")
    lookup.add_argument("--json", action="store_true", help="print machine-readable JSON")
    lookup.set_defaults(func=run_lookup)


def run_export(args: argparse.Namespace) -> int:
    """Export; returns the exit code."""
    from editor.models.memory_source import memory_entries
    from editor.text.memory import to_tmx

    store = open_region(args)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        infos = {lang.code: lang for lang in store.languages()}
        source = _source_language(infos, args.lang)
        if source is None:
            return EXIT_BAD_INPUT
        # the same pair from several pages or versions is one translation unit
        unique: dict[tuple[str, str], Any] = {}
        for entry in memory_entries(store, [args.lang]):
            unique.setdefault((entry.source, entry.target), entry)
        entries = list(unique.values())
    finally:
        store.close()
    tags = {code: info.bcp47_tag for code, info in infos.items()}
    text = to_tmx(entries, tags[source], tags, __version__)
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as exc:
        return fail(f"{args.out}: cannot write ({exc.strerror or exc})")
    print(f"{len(entries)} translation unit(s) written to {args.out}")
    return EXIT_OK


def run_lookup(args: argparse.Namespace) -> int:
    """Look up; returns the exit code."""
    from editor.models.memory_source import load_memory

    store = open_region(args)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        if _source_language({lang.code: lang for lang in store.languages()}, args.lang) is None:
            return EXIT_BAD_INPUT
        found = load_memory(store, [args.lang]).lookup(args.text, args.lang)
    finally:
        store.close()
    if args.json:
        rows = [
            {"score": s.score, "source": s.entry.source, "target": s.entry.target,
             "target_html": s.entry.target_html, "page": s.entry.page_id, "origin": s.entry.origin}
            for s in found
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for suggestion in found:
            print(f"{suggestion.score:3d}%  {suggestion.entry.target}")
            print(f"      (page {suggestion.entry.page_id}: {suggestion.entry.source})")
        if not found:
            print("no suggestion", file=sys.stderr)
    return EXIT_OK


def _source_language(infos: dict[str, Any], language: str) -> str | None:
    if language not in infos:
        fail(f"--lang {language}: the region has no such language (it has {', '.join(infos)})")
        return None
    if infos[language].parent_code is None:
        fail(f"--lang {language}: this is the region's source language; the memory holds translations")
        return None
    return str(infos[language].parent_code)


def open_region(args: argparse.Namespace) -> Any:
    """The working copy named by ``--data``/``--region``, or None after printing why not."""
    from editor.models.errors import StoreError
    from editor.models.store import open_store, working_copy_path

    if not args.region:
        fail(f"{args.command}: --region SLUG is required")
        return None
    folder = data_dir(args.data)
    try:
        if not working_copy_path(folder, args.region).exists():
            fail(f"{folder}: no working copy of region {args.region!r}")
            return None
        return open_store(folder, args.region)
    except (StoreError, OSError) as exc:
        fail(f"{folder}: cannot open region {args.region!r} ({exc})")
        return None


def fail(message: str) -> int:
    """Print ``message`` on stderr; the bad-input exit code."""
    print(message, file=sys.stderr)
    return EXIT_BAD_INPUT
