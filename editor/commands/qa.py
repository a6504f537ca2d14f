"""``integreat-desk qa``: the QA warnings of a region's translations.

::

    integreat-desk qa --data DIR --region SLUG [--lang CODE] [--json]

Per translation (page, language): links not carried over or pointing to the source-language page,
numbers, e-mail addresses, phone numbers, dates and times missing, ``notranslate`` texts changed, empty
blocks, text left in the source language, headings/list items/table cells differing in count, and
glossary terms not translated as agreed. Exit codes: 0 checked (warnings or not), 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from editor.cli import add_data_options
from editor.commands.inputs import data_dir

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(subparsers: Any) -> None:
    """Add the ``qa`` sub-command."""
    parser = subparsers.add_parser("qa", help="check a region's translations against their source")
    add_data_options(parser)
    parser.add_argument("--lang", metavar="CODE", help="only this target language")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit code."""
    from editor.models.errors import StoreError
    from editor.models.glossary_store import load_glossary
    from editor.models.qa_report import region_qa
    from editor.models.store import open_store, working_copy_path
    from editor.text.spelling_service import SpellingService

    if not args.region:
        return _fail("qa: --region SLUG is required")
    folder = data_dir(args.data)
    try:
        if not working_copy_path(folder, args.region).exists():
            return _fail(f"{folder}: no working copy of region {args.region!r}")
        store = open_store(folder, args.region)
    except (StoreError, OSError) as exc:
        return _fail(f"{folder}: cannot open region {args.region!r} ({exc})")
    try:
        codes = [lang.code for lang in store.languages()]
        if args.lang is not None and args.lang not in codes:
            return _fail(f"--lang {args.lang}: the region has no such language (it has {', '.join(codes)})")
        spelling = SpellingService(folder)

        def words(language: str) -> Callable[[str], bool] | None:
            speller = spelling.speller(language)
            return speller.in_own_dictionary if speller.available else None

        glossary = load_glossary(store)
        report = region_qa(store, [args.lang] if args.lang else None, words=words, glossary=glossary.checker)
        region = store.region()
    except (StoreError, KeyError, ValueError) as exc:
        return _fail(f"qa: the working copy of {args.region!r} cannot be read ({exc})")
    finally:
        store.close()
    if args.json:
        print(json.dumps([_json(item) for item in report if item.issues], ensure_ascii=False, indent=1))
    else:
        _print(region.name if region else args.region, report)
    return EXIT_OK


def _json(item: Any) -> dict[str, Any]:
    return {
        "page": item.page_id,
        "language": item.language,
        "source_language": item.source_language,
        "title": item.title,
        "path": item.path,
        "issues": [_json_issue(issue) for issue in item.issues],
    }


def _json_issue(issue: Any) -> dict[str, Any]:
    return {
        "code": issue.code,
        "message": issue.message,
        "source_block": issue.source_index,
        "target_block": issue.target_index,
        "source_path": issue.source_path,
        "target_path": issue.target_path,
    }


def _print(region: str, report: list[Any]) -> None:
    flagged = [item for item in report if item.issues]
    total = sum(len(item.issues) for item in flagged)
    print(f"QA of {region}: {total} warning(s) in {len(flagged)} of {len(report)} translation(s)")
    for item in flagged:
        print()
        print(f"{item.language} · page {item.page_id} “{item.title}” ({item.path or 'no address yet'})")
        for issue in item.issues:
            where = f"block {issue.target_index + 1}: " if issue.target_index is not None else ""
            print(f"  {where}{issue.message} [{issue.code}]")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_BAD_INPUT
