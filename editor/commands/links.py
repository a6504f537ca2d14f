"""``integreat-desk links --data DIR --region SLUG [--online] [--json] [--all] [--page PATH]``.

Offline at once: links to the region's own pages resolved against the working copy, ``mailto:`` and
``tel:`` validated. ``--online`` also fetches every distinct external address not checked within
``--max-age`` days (results kept in the working copy). ``--page REGION/LANG/SLUG…`` lists one
translation's link problems with their offsets in its text, as the editor marks them. Exit codes:
0 no problem, 1 problems found, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from editor.cli import add_data_options
from editor.commands.inputs import InputError, data_dir, region_store
from editor.commands.output import pipe_safe, write_table
from editor.reports.gc_pause import gc_paused

HEADER = ("page", "title", "language", "address", "problem", "message", "use instead")


def register(subparsers: Any) -> None:
    """Add the ``links`` sub-command."""
    parser = subparsers.add_parser(
        "links",
        help="check every link of a region (own pages offline; external addresses with --online)",
        description="Link check of a region's working copy.",
    )
    add_data_options(parser)
    parser.add_argument("--online", action="store_true", help="also fetch external addresses")
    parser.add_argument(
        "--max-age",
        type=float,
        default=7.0,
        metavar="DAYS",
        help="with --online: re-fetch results older than this (default 7; 0 = all)",
    )
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="per request")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--all", action="store_true", help="list every link, not only problems")
    parser.add_argument("--page", metavar="PATH", help="only this page in this language (REGION/LANG/SLUG…)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit code."""
    try:
        if not args.region:
            raise InputError("--region SLUG is required")
        if args.max_age < 0 or args.timeout <= 0:
            raise InputError("--max-age must be ≥ 0 and --timeout > 0")
        return pipe_safe(lambda: _run(args))
    except InputError as exc:
        print(f"links: {exc}", file=sys.stderr)
        return 2


@gc_paused()  # a pass over a whole region (editor/reports/gc_pause.py)
def _run(args: argparse.Namespace) -> int:
    from editor.models.errors import StoreError

    data = data_dir(args.data)
    store = region_store(args.data, args.region)
    try:
        report, index = _check_page(store, args.page) if args.page else _check(store, args, data)
    except StoreError as exc:
        raise InputError(str(exc)) from None
    finally:
        store.close()
    findings = report.findings if args.all else report.problems
    if args.json:
        json.dump([f.to_json() for f in findings], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        rows = [
            (index.path(f.page_id, f.language), index.title(f.page_id, f.language), f.language, f.href,
             f.problem.value if f.problem else "", f.message, f.suggestion or "")
            for f in findings
        ]  # fmt: skip
        write_table(sys.stdout, HEADER, rows)
        print(f"{len(report.problems)} problem(s) in {len(report.findings)} link(s)", file=sys.stderr)
    return 1 if report.problems else 0


def _check(store: Any, args: argparse.Namespace, data: Any) -> tuple[Any, Any]:
    from editor.models.quality_store import link_results
    from editor.reports.links import check_region
    from editor.reports.pages import PageIndex

    index = PageIndex.build(store, context=False)
    report = check_region(store, link_results(store), index)
    if not args.online:
        return report, index
    _fetch(store, report.web_addresses(), args, data)
    return check_region(store, link_results(store), index), index


def _check_page(store: Any, path: str) -> tuple[Any, Any]:
    """The link problems of one translation (offline verdicts and stored online results)."""
    from editor.models.page_address import PageAddressError, find_page_by_path
    from editor.reports.links import LinkReport, PageLinkCheck

    try:
        match = find_page_by_path(store, path)
    except PageAddressError as exc:
        raise InputError(f"--page {exc}") from None
    check = PageLinkCheck(store)
    return LinkReport(check.problems(match.page_id, match.language)), check.index


def _fetch(store: Any, urls: list[str], args: argparse.Namespace, data: Any) -> None:
    from datetime import timedelta

    from editor.config import Config
    from editor.models.quality_store import link_results, save_link_results
    from editor.sync.link_check import LinkChecker, stale_addresses
    from editor.sync.network import CaFileError, check_ca_file
    from editor.sync.settings import network_from_config

    network = network_from_config(Config.load(data))
    try:
        check_ca_file(network.ca_file)
    except CaFileError as exc:
        raise InputError(str(exc)) from None
    todo = stale_addresses(urls, link_results(store), timedelta(days=args.max_age))
    print(f"checking {len(todo)} of {len(urls)} address(es) online", file=sys.stderr)
    save_link_results(store, LinkChecker(network, timeout=args.timeout).check(todo))
