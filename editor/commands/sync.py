"""``integreat-desk sync``: pull (and push) one region's working copy headless, for scripts.

``integreat-desk sync --data DIR --cms URL --region SLUG --user NAME [--pull-only] [--json]``

The first pull into an empty data directory creates the working copy; ``--cms`` is stored as the
region's CMS URL (later runs may omit it). The password comes from ``INTEGREAT_DESK_PASSWORD`` or
the system keyring. A summary goes to stderr (``--json``: the report as JSON on stdout). Exit code
0 only when nothing failed or is in conflict; 1 when something did; 2 for bad input; 3 when the
CMS cannot be reached or the login is refused (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from editor.cli import add_data_options


def register(subparsers: Any) -> None:
    """Add the ``sync`` sub-command."""
    parser = subparsers.add_parser(
        "sync",
        help="pull (and push) a region's working copy with its Integreat CMS",
        description="Synchronise a region's working copy with the Integreat CMS (headless).",
    )
    add_data_options(parser)
    parser.add_argument("--cms", metavar="URL", help="base URL of the Integreat CMS")
    parser.add_argument(
        "--user", metavar="NAME", help="CMS login (password: INTEGREAT_DESK_PASSWORD or keyring)"
    )
    parser.add_argument("--pull-only", action="store_true", help="only pull; push nothing")
    parser.add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    parser.set_defaults(func=run)


def _fail(message: str, code: int) -> int:
    print(f"sync: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit code."""
    from editor.commands.inputs import data_dir
    from editor.models.errors import StoreError
    from editor.models.store import open_store, working_copy_path

    if not args.region:
        return _fail("--region SLUG is required", 2)
    data = data_dir(args.data)
    try:
        path = working_copy_path(data, args.region)
        created = not path.exists()
        store = open_store(data, args.region, create=created)
    except StoreError as exc:
        return _fail(str(exc), 2)
    try:
        code = _sync(args, store, data)
        empty = store.region() is None
    finally:
        store.close()
    if created and empty:  # nothing was pulled: leave no empty working copy behind
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return code


def _sync(args: argparse.Namespace, store: Any, data: Path) -> int:
    """Pull (and push) with a ready store; proxy and CA file come from the data dir's settings."""
    from editor.config import Config
    from editor.models.sync_store import sync_meta
    from editor.sync import credentials
    from editor.sync.cms_client import HttpCmsClient
    from editor.sync.engine import RemoteEmpty
    from editor.sync.network import NetworkError
    from editor.sync.service import SyncService
    from editor.sync.settings import network_from_config

    region = store.region()
    cms = (args.cms or (region.cms_url if region else "")).strip().rstrip("/")
    if not cms.startswith(("http://", "https://")):
        return _fail("--cms URL is required (http:// or https://) for a new working copy", 2)
    user = args.user or sync_meta(store).get("user") or None
    if not user:
        return _fail("--user NAME is required", 2)
    service = SyncService(
        store,
        HttpCmsClient(cms, network_from_config(Config.load(data))),
        args.region,
        user,
        lambda name: credentials.get_password(cms, name),
    )
    try:
        report = service.pull()
        if not args.pull_only and not report.cancelled:
            report = report.merge(service.push())
    except (NetworkError, RemoteEmpty) as exc:
        return _fail(f"{cms}: {exc}", 3)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    pulled = ", ".join(f"{lang} {count}" for lang, count in report.pulled.items())
    print(
        f"sync {args.region}: pulled {pulled or 'nothing'}; pushed {report.pushed}; "
        f"{len(report.conflicts)} conflicts; {len(report.failed)} failed; {report.requests} requests",
        file=sys.stderr,
    )
    for issue in report.conflicts + report.failed:
        print(
            f"  page {issue.cms_page_id} ({issue.language}) {issue.title}: {issue.message}", file=sys.stderr
        )
    return 0 if report.ok else 1
