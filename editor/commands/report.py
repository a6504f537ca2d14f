"""``integreat-desk report --data DIR --region SLUG [--csv FILE] [--html FILE] [--json] [--all]``.

The region's quality report: one row per page × language (state, words, readability, spelling, link
problems, freshness). Without an output option, a tab-separated table of the rows with findings
(every row with ``--all``) goes to stdout. ``--stale`` lists instead the translations not changed or
confirmed for ``--months`` (default 12), oldest first, with the addresses, opening hours and phone
numbers in them. ``--confirm PAGE`` marks a page (``--confirm-lang CODE``: one language) still valid.
``--lang de`` (or a German locale) writes German headers, decimal commas and semicolon CSV.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from editor.cli import add_data_options
from editor.commands.inputs import InputError, data_dir, region_store
from editor.commands.output import is_german, pipe_safe, write_table
from editor.reports.gc_pause import gc_paused


def register(subparsers: Any) -> None:
    """Add the ``report`` sub-command."""
    parser = subparsers.add_parser(
        "report",
        help="the region's quality report (links, readability, spelling, freshness)",
        description="Quality report of a region's working copy, as a table, CSV, HTML or JSON.",
    )
    add_data_options(parser)
    parser.add_argument("--csv", metavar="FILE", help="write the report as CSV (German Excel with --lang de)")
    parser.add_argument("--html", metavar="FILE", help="write a printable HTML report with charts")
    parser.add_argument("--json", action="store_true", help="print every row as JSON")
    parser.add_argument("--all", action="store_true", help="every row, not only those with findings")
    parser.add_argument("--stale", action="store_true", help="list stale translations, oldest first")
    parser.add_argument("--months", type=float, default=12.0, help="stale after this many months (12)")
    parser.add_argument("--confirm", metavar="PAGE", help="confirm a page still valid (path or address)")
    parser.add_argument("--confirm-lang", metavar="CODE", help="with --confirm: only this language")
    parser.add_argument("--lang", dest="report_lang", metavar="CODE", help="report language (de, en)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit code (2 for bad input)."""
    try:
        if not args.region:
            raise InputError("--region SLUG is required")
        if args.months <= 0:
            raise InputError("--months must be more than 0")
        return pipe_safe(lambda: _run(args))
    except InputError as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2


@gc_paused()  # a pass over a whole region (editor/reports/gc_pause.py)
def _run(args: argparse.Namespace) -> int:
    from editor.models.errors import StoreError

    data = data_dir(args.data)
    store = region_store(args.data, args.region)
    try:
        if args.confirm:
            return _confirm(store, args)
        if args.stale:
            return _stale(store, args)
        return _report(store, data, args)
    except StoreError as exc:
        raise InputError(str(exc)) from None
    finally:
        store.close()


def _period(args: argparse.Namespace) -> timedelta:
    return timedelta(days=round(args.months * 365.25 / 12))


def _report(store: Any, data: Path, args: argparse.Namespace) -> int:
    from editor.reports.export import MARKUP_COLUMNS, json_text, table, to_csv, to_html
    from editor.reports.quality_kept import build_kept_report

    german = is_german(args.report_lang or getattr(args, "ui_lang", None))
    report = build_kept_report(store, data, period=_period(args), findings=False)
    outputs: list[tuple[str | None, Callable[[], str]]] = [
        (args.csv, lambda: to_csv(report, german=german, all_rows=True)),
        (args.html, lambda: to_html(report, german=german)),
    ]
    for option, render in outputs:
        if option:
            try:
                Path(option).write_text(render(), encoding="utf-8", newline="")
            except OSError as exc:
                raise InputError(f"{option}: cannot write ({exc.strerror or exc})") from None
    if args.json:
        sys.stdout.write(json_text(report))  # 20 MB for a large region: not copied to add the newline
        sys.stdout.write("\n")
    elif not (args.csv or args.html):
        header, rows = table(report, german=german, all_rows=args.all)
        write_table(sys.stdout, header, rows, clean=MARKUP_COLUMNS)
    problems = sum(row.link_problems for row in report.rows)  # the findings themselves are not read
    print(f"{len(report.rows)} row(s), {problems} link problem(s)", file=sys.stderr)
    return 0


def _stale(store: Any, args: argparse.Namespace) -> int:
    from editor.models.store import utcnow
    from editor.reports.freshness import stale_translations
    from editor.reports.pages import PageIndex

    index, now = PageIndex.build(store), utcnow()
    stale = stale_translations(store, _period(args), now=now)
    header = ("page", "title", "language", "last changed or confirmed", "age (days)", "check first")
    rows = []
    for item in stale:
        f = item.freshness
        facts = "; ".join(f"{fact.kind.value}: {fact.text}" for fact in item.facts)
        last = f.last.strftime("%Y-%m-%d") if f.last else ""
        age = f.age_days(now)
        rows.append((index.path(f.page_id, f.language), item.title, f.language, last, age, facts))
    if args.json:
        keys = ("path", "title", "language", "last", "age_days", "facts")
        json.dump([dict(zip(keys, r, strict=True)) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_table(sys.stdout, header, rows)
    print(f"{len(rows)} stale translation(s)", file=sys.stderr)
    return 0


def _confirm(store: Any, args: argparse.Namespace) -> int:
    from editor.models.page_address import PageAddressError, find_page_by_path
    from editor.models.quality_store import confirm_still_valid

    try:
        match = find_page_by_path(store, args.confirm)
    except PageAddressError as exc:
        raise InputError(f"--confirm {exc}") from None
    languages = [args.confirm_lang] if args.confirm_lang else None
    changes = confirm_still_valid(store, match.page_id, languages)
    codes = ", ".join(sorted(lang for _p, lang in changes.translations))
    print(f"confirmed still valid: {args.confirm} ({codes})", file=sys.stderr)
    return 0
