"""``integreat-desk spellcheck``: check a Markdown/HTML file, or every page of a working copy.

File form::

    integreat-desk spellcheck [FILE] --lang CODE [--json]

reads FILE (stdin without one) and reports misspellings; ``--json`` prints a list of ``{"word",
"start", "end", "suggestions"}`` where ``start``/``end`` are character (code point) offsets into the
text exactly as read (universal newlines), markup included. With ``--data DIR --region SLUG`` the file
is also checked against that working copy's own vocabulary and local names (docs/spellcheck.md).

Region form::

    integreat-desk spellcheck --data DIR --region SLUG [--lang CODE] [--json]

reports every page translation of the working copy: page, language, count and the misspelled words.

Exit codes: 0 checked (misspellings or not), 1 no dictionary for the language, 2 bad input.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from typing import Any

from editor.cli import add_data_options
from editor.commands.inputs import InputError, data_dir, language_option, note_if_empty, read_input
from editor.commands.output import page_paths, pipe_safe, write_table
from editor.text.errors import ContentError
from editor.text.spelling import Misspelling, Speller
from editor.text.spelling_service import RegionCorpus, SpellingService

EXIT_OK = 0
EXIT_NO_DICTIONARY = 1
EXIT_BAD_INPUT = 2


def register(subparsers: Any) -> None:
    """Add the ``spellcheck`` sub-command."""
    parser = subparsers.add_parser(
        "spellcheck",
        help="check spelling of a Markdown/HTML file or of a region's working copy",
        description="Check spelling in the content language. Offsets are code-point offsets into "
        "the text as read.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="Markdown or HTML file (default: stdin)")
    parser.add_argument("--lang", metavar="CODE", help="content language: CMS code or BCP 47 tag")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--all", action="store_true", help="region report: every page, not only issues")
    add_data_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit code."""
    try:
        if args.lang is not None:
            language_option(args.lang)
    except InputError as exc:
        return _fail(str(exc))
    if args.region is not None and args.file is None:
        return _run_region(args)
    if args.lang is None:
        return _fail("spellcheck: --lang CODE is required when checking a file")
    if args.region is None:
        return _run_file(args, None)
    try:
        from editor.models.errors import StoreError
        from editor.models.store import open_store

        store = open_store(data_dir(args.data), args.region)
    except (ImportError, StoreError, OSError, LookupError, ValueError) as exc:
        return _fail(f"{args.data}: cannot open region {args.region!r} ({exc})")
    try:  # the file is checked with the region's own vocabulary and local names
        return _run_file(args, store)
    finally:
        store.close()


def _run_file(args: argparse.Namespace, region: RegionCorpus | None) -> int:
    try:
        name, text = read_input(args.file, universal_newlines=True)
    except InputError as exc:
        return _fail(str(exc))
    note_if_empty(name, text, "nothing to check")
    service = SpellingService(data_dir(args.data), region=region)
    speller = service.speller(args.lang)
    if not speller.available:
        _no_dictionary(args.lang, getattr(speller, "reason", ""))
        if args.json:
            print("[]")
        return EXIT_NO_DICTIONARY
    found = speller.check_text(text)
    if args.json:
        rows = [_json_row(speller, item) for item in found]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        lines = _LineIndex(text)
        for item in found:
            line, column = lines.line_column(item.start)
            hints = ", ".join(speller.suggest(item.word, limit=5))
            print(f"{name}:{line}:{column}: {item.word}" + (f" -> {hints}" if hints else ""))
        source = "the region's own vocabulary" if speller.source == "region" else speller.dictionary_tag
        print(f"{len(found)} spelling issue(s) in {name} ({source})", file=sys.stderr)
    return EXIT_OK


def _json_row(speller: Speller, item: Misspelling) -> dict[str, Any]:
    return {
        "word": item.word,
        "start": item.start,
        "end": item.end,
        "suggestions": speller.suggest(item.word, limit=8),
    }


class _LineIndex:
    """Line and column (both 1-based) of character offsets, by binary search over the line starts."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(match.end() for match in re.finditer("\n", text))]

    def line_column(self, index: int) -> tuple[int, int]:
        """The line and column of ``text[index]``."""
        line = bisect.bisect_right(self._starts, index)
        return line, index - self._starts[line - 1] + 1


def _run_region(args: argparse.Namespace) -> int:
    try:
        from editor.models.errors import StoreError
        from editor.models.store import open_store
    except ImportError:  # pragma: no cover - only in a build without the store
        return _fail("spellcheck --region: the working-copy store is not available in this build")
    try:
        store = open_store(data_dir(args.data), args.region)
    except (StoreError, OSError, LookupError, ValueError) as exc:
        return _fail(f"{args.data}: cannot open region {args.region!r} ({exc})")
    if store.read_only:
        print(f"{store.path}: read-only; the report only reads it", file=sys.stderr)
    service = SpellingService(
        data_dir(args.data), region=store if hasattr(store, "published_pages") else None
    )
    try:
        rows, missing = _region_rows(service, store, args.lang)
        paths = page_paths(store)
    except StoreError as exc:
        return _fail(str(exc))
    finally:
        store.close()
    for language in sorted(missing):
        _no_dictionary(language)
    for row in rows:
        row["path"] = paths.get((row["page"], row["language"]), str(row["page"]))
    shown = rows if args.all else [row for row in rows if row["count"] or "error" in row]
    code = pipe_safe(lambda: _print_region(shown, rows, as_json=args.json))
    _report_unreadable(rows)
    return code


def _print_region(shown: list[dict[str, Any]], rows: list[dict[str, Any]], *, as_json: bool) -> int:
    if as_json:
        print(json.dumps(shown, ensure_ascii=False, indent=1))
        return EXIT_OK
    cells = [
        (row["path"], row["title"], row["language"], "unreadable", row["error"])
        if "error" in row
        else (
            row["path"],
            row["title"],
            row["language"],
            row["count"],
            ", ".join(dict.fromkeys(row["words"])),
        )
        for row in shown
    ]
    write_table(sys.stdout, ("page", "title", "language", "issues", "words"), cells)
    total = sum(row["count"] for row in rows)
    print(f"{total} spelling issue(s) in {len(rows)} page translation(s)", file=sys.stderr)
    return EXIT_OK


def _region_rows(
    service: SpellingService, store: Any, language: str | None
) -> tuple[list[dict[str, Any]], set[str]]:
    """One row per translation; a row that cannot be read is listed with its error and skipped."""
    rows: list[dict[str, Any]] = []
    missing: set[str] = set()

    def unreadable(page: Any, lang: str, title: str, error: str) -> None:
        rows.append({"page": page, "title": title, "language": lang, "checked": False, "count": 0,
                     "words": [], "error": error})  # fmt: skip

    on_unreadable = lambda exc: unreadable(exc.page_id, exc.language, exc.title, str(exc))  # noqa: E731
    for translation in store.iter_translations(language, on_unreadable=on_unreadable):
        try:
            text = translation.markdown or ""
        except ContentError as exc:
            where = f"{store.path}: page {translation.page_id} ({translation.language})"
            unreadable(translation.page_id, translation.language, translation.title, f"{where}: {exc}")
            continue
        speller = service.speller(translation.language)
        if not speller.available:
            missing.add(translation.language)
        found = speller.check_text(text)
        rows.append(
            {
                "page": translation.page_id,
                "title": translation.title,
                "language": translation.language,
                "checked": speller.available,
                "count": len(found),
                "words": [item.word for item in found],
            }
        )
    return rows, missing


def _words(row: dict[str, Any]) -> str:
    return ", ".join(dict.fromkeys(row["words"]))


def _report_unreadable(rows: list[dict[str, Any]]) -> None:
    """One line per unreadable translation on stderr, naming the file, page and language."""
    for row in rows:
        if "error" in row:
            print(f"unreadable, skipped: {row['error']}", file=sys.stderr)


def _no_dictionary(language: str, reason: str = "") -> None:
    if reason == "no_word_spellcheck":
        print(
            f"{language}: written without spaces between words; there is no word spellcheck for it",
            file=sys.stderr,
        )
        return
    print(
        f"{language}: no spellcheck dictionary installed; add a .dic/.aff pair in Settings > "
        "Spelling > Add dictionary… (see docs/spellcheck.md)",
        file=sys.stderr,
    )


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_BAD_INPUT
