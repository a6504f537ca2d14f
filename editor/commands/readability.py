"""``integreat-desk readability``: readability of one text, or the readability report of a region.

* ``readability FILE --lang CODE [--json]`` (stdin when no FILE): the measures and findings of one text;
  offsets are Python ``str`` indices into the text as read (UTF-8, universal newlines).
* ``readability --data DIR --region SLUG [--lang CODE] [--csv]``: every page's score and worst finding.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from editor.cli import add_data_options
from editor.commands.inputs import InputError, language_option, note_if_empty, read_input, region_store
from editor.commands.output import is_german, number, page_paths, pipe_safe, write_csv, write_table
from editor.text.errors import ContentError
from editor.text.readability import Category, ReadabilityResult, analyse

#: Order in which a page's "worst" finding is chosen (first present category wins).
_SEVERITY = (
    Category.NESTED_SENTENCE,
    Category.LONG_SENTENCE,
    Category.PASSIVE_VOICE,
    Category.NOMINAL_STYLE,
    Category.BUREAUCRATIC_TERM,
    Category.LONG_WORD,
    Category.LONG_COMPOUND,
    Category.INFINITIVE_CONSTRUCTION,
    Category.FUTURE_TENSE,
    Category.ABBREVIATION,
    Category.NEGATION,
    Category.GENITIVE,
    Category.SUBJUNCTIVE,
)


def register(subparsers: Any) -> None:
    """Add the ``readability`` sub-command."""
    parser = subparsers.add_parser(
        "readability",
        help="readability scores and findings of a text or of a whole region",
        description="Offline readability analysis (HIX-like index, German formulas, findings).",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="Markdown or HTML file (stdin: -)")
    parser.add_argument("--lang", metavar="CODE", help="the text's CMS language code (de, de-si, en…)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the full result as JSON")
    output.add_argument("--csv", action="store_true", help="region report as CSV")
    parser.add_argument("--all", action="store_true", help="region report: every page, not only findings")
    add_data_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit code (2 for bad input)."""
    try:
        if args.lang is not None:
            language_option(args.lang)
        if args.region is not None:
            if args.file is not None:
                raise InputError(f"{args.file}: give either FILE or --region, not both")
            return _run_region(args)
        return _run_file(args)
    except InputError as exc:
        print(f"readability: {exc}", file=sys.stderr)
        return 2


# -- one text -----------------------------------------------------------------------------------------
def _run_file(args: argparse.Namespace) -> int:
    if not args.lang:
        raise InputError("--lang CODE is required (e.g. --lang de)")
    if args.csv:
        raise InputError("--csv is for the region report (--data DIR --region SLUG)")
    name, text = read_input(args.file, universal_newlines=True)
    note_if_empty(name, text, "nothing to score")
    result = analyse(text, args.lang)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_summary(result))
    return 0


def format_summary(result: ReadabilityResult) -> str:
    """A short human-readable summary of ``result``."""
    lines = [f"language: {result.language} ({result.profile.value}), status: {result.status.value}"]
    counts = result.counts
    lines.append(
        f"sentences {counts.sentences}, clauses {counts.clauses}, words {counts.words}, "
        f"syllables {counts.syllables if counts.syllables is not None else '-'}"
    )
    for label, value in (
        ("HIX-like (0-20)", result.hix_like),
        ("Flesch-Amstad", result.amstad),
        ("Wiener Sachtextformel 1", result.wiener_sachtextformel_1),
        ("SMOG (German)", result.smog_de),
        ("LIX", result.lix),
        ("Flesch Reading Ease", result.flesch_reading_ease),
        ("Flesch-Kincaid grade", result.flesch_kincaid_grade),
    ):
        if value is not None:
            lines.append(f"{label:<26}{value:8.2f}")
    if result.indicative:
        lines.append("(indicative only: language-independent measures)")
    for category, found in result.findings_by_category().items():
        lines.append(f"{category.value}: {len(found)}")
        lines.extend(f"  {f.start}-{f.end}: {_short(f.text)} ({f.hint})" for f in found[:5])
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- region report ------------------------------------------------------------------------------------
def _run_region(args: argparse.Namespace) -> int:
    if args.json:
        raise InputError("--json is for one text; use --csv for the region report")
    from editor.models.errors import StoreError

    store = region_store(args.data, args.region)
    if store.read_only:
        print(f"readability: {store.path}: read-only; the report only reads it", file=sys.stderr)
    unreadable: list[Any] = []  # the store's UnreadableErrors, in scan order
    try:
        rows = report_rows(store.iter_translations(args.lang, on_unreadable=unreadable.append), unreadable)
        paths = page_paths(store)
    except StoreError as exc:
        raise InputError(str(exc)) from None
    finally:
        store.close()
    for row in rows:
        row["path"] = paths.get((row["page_id"], row["language"]), str(row["page_id"]))
    rows.sort(key=lambda row: (row["path"], row["language"]))
    if not args.all:
        rows = [row for row in rows if row["findings"] or row["status"] == "unreadable"]
    german = is_german(getattr(args, "ui_lang", None))

    def write() -> int:
        write_report(rows, sys.stdout, as_csv=args.csv, german=german)
        return 0

    code = pipe_safe(write)
    for row in rows:
        if row["status"] == "unreadable":
            print(f"readability: unreadable, skipped: {row['worst_hint']}", file=sys.stderr)
    return code


def report_rows(translations: Iterable[Any], unreadable: list[Any] | None = None) -> list[dict[str, Any]]:
    """One row per translation: page, language, title, score, status and the worst finding.

    ``unreadable`` is the list the store's scan appends the rows it cannot read to; each becomes a row
    with status "unreadable" and the error as its hint, in page order.
    """
    rows: list[dict[str, Any]] = []
    pending = unreadable if unreadable is not None else []
    for item in translations:
        rows.extend(_unreadable_row(e.page_id, e.language, e.title, str(e)) for e in pending)
        pending.clear()
        try:
            text = getattr(item, "markdown", None)
        except ContentError as exc:
            rows.append(
                _unreadable_row(item.page_id, item.language, item.title, f"page {item.page_id}: {exc}")
            )
            continue
        if text is None:
            text = getattr(item, "content", "")
        result = analyse(text or "", item.language)
        worst = worst_finding(result)
        rows.append(
            {
                "page_id": item.page_id,
                "language": item.language,
                "title": item.title,
                "score": None if result.hix_like is None else round(result.hix_like, 2),
                "lix": None if result.lix is None else round(result.lix, 2),
                "status": result.status.value,
                "findings": len(result.findings),
                "worst_category": worst.category.value if worst else "",
                "worst_text": _short(worst.text) if worst else "",
                "worst_hint": worst.hint if worst else "",
            }
        )
    rows.extend(_unreadable_row(e.page_id, e.language, e.title, str(e)) for e in pending)
    return rows


def _unreadable_row(page_id: Any, language: str, title: str, error: str) -> dict[str, Any]:
    return {"page_id": page_id, "language": language, "title": title, "score": None, "lix": None,
            "status": "unreadable", "findings": 0, "worst_category": "", "worst_text": "",
            "worst_hint": error}  # fmt: skip


def worst_finding(result: ReadabilityResult) -> Any:
    """The finding that hurts most (by category severity, then length), or None."""
    groups = result.findings_by_category()
    for category in _SEVERITY:
        if category in groups:
            return max(groups[category], key=lambda f: f.end - f.start)
    return None


#: Columns of the region report: (key, header).
REPORT_COLUMNS = (
    ("path", "page"), ("title", "title"), ("language", "language"), ("score", "score"), ("lix", "lix"),
    ("status", "status"), ("findings", "findings"), ("worst_category", "worst finding"),
    ("worst_text", "text"), ("worst_hint", "hint"),
)  # fmt: skip


def write_report(rows: list[dict[str, Any]], out: TextIO, *, as_csv: bool, german: bool = False) -> None:
    """Write the region report as CSV (German Excel conventions when ``german``) or as a tab-separated
    table; both with a header row, page path and title, and no markup in any cell."""
    header = [name for _key, name in REPORT_COLUMNS]
    cells = [
        [number(row.get(key), decimal_comma=german, digits=2) if key in ("score", "lix") else row.get(key, "")
         for key, _name in REPORT_COLUMNS]
        for row in rows
    ]  # fmt: skip
    if as_csv:
        write_csv(out, header, cells, excel_de=german)
    else:
        write_table(out, header, cells)
