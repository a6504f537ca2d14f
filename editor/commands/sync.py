"""``integreat-desk sync``: pull (and push) one region's working copy headless, for scripts.

``integreat-desk sync --data DIR --cms URL --region SLUG --user NAME [--pull-only | --send-kept] [--json]``

The first pull into an empty data directory logs in and reads the region first, and creates the
working copy only then (a failure leaves nothing behind); ``--cms`` is stored as the region's CMS
URL (later runs may omit it). ``--cms`` must be ``https://`` (plain ``http://`` only for this
computer) and may not hold a user name or password. The password comes from
``INTEGREAT_DESK_PASSWORD`` or the system keyring; proxy and CA file from the data dir's settings.
A summary goes to stderr (``--json``: the report as JSON on stdout). Exit code 0 only when nothing
failed or is in conflict; 1 when something did; 2 for bad input (a refused address, a CA file that
cannot be read, ``--send-kept`` with ``--pull-only``); 3 when the CMS cannot be reached or the login is
refused (one clear line on stderr).

Texts kept here whose language the CMS emptied (removed from the region and added again, which deletes its
texts there; docs/decisions/0043) are not sent by themselves. Every run names them and the option that
sends them (JSON: ``kept``); ``--send-kept`` queues them after the pull with the store method the window's
*Sync → Send kept texts again…* uses, and the push creates them where the CMS still holds no text.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.cli import add_data_options

if TYPE_CHECKING:
    from editor.models.store import Store
    from editor.sync.client import CmsClient
    from editor.sync.service import SyncService

#: The option that sends the kept texts, as the summary and ``--json`` name it.
SEND_KEPT = "--send-kept"


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
    parser.add_argument(
        SEND_KEPT,
        action="store_true",
        help=(
            "after the pull, send the texts kept here that the CMS deleted (their language was removed "
            "from the region and added again; the summary names them): each is created where the CMS "
            "still holds no text. The deletion may have been meant: use it on purpose, not in every "
            "scheduled run"
        ),
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    parser.set_defaults(func=run)


def _fail(message: str, code: int) -> int:
    print(f"sync: {message}", file=sys.stderr)
    return code


@dataclass
class _Target:
    """Where and as whom to sync, worked out before any working copy is opened for writing."""

    cms: str
    user: str
    client: CmsClient
    existing: bool


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit code."""
    from editor.commands.inputs import data_dir
    from editor.models.errors import StoreError
    from editor.models.store import working_copy_path

    if not args.region:
        return _fail("--region SLUG is required", 2)
    if args.send_kept and args.pull_only:
        return _fail(f"{SEND_KEPT} sends texts and --pull-only sends nothing: use one of them", 2)
    data = data_dir(args.data)
    try:
        path = working_copy_path(data, args.region)
        target = _target(args, data, path)
    except StoreError as exc:
        return _fail(str(exc), 2)
    if isinstance(target, int):
        return target
    if target.existing:
        return _sync_existing(args, data, target)
    return _sync_new(args, data, path, target)


def _target(args: argparse.Namespace, data: Path, path: Path) -> _Target | int:
    """Check the CMS address, user and CA file; build the client. An int is an exit code (bad input)."""
    from editor.config import Config
    from editor.models.db import has_content
    from editor.models.store import open_store
    from editor.sync.address import AddressRefused, check_cms_address
    from editor.sync.cms_client import HttpCmsClient
    from editor.sync.network import CaFileError, check_ca_file
    from editor.sync.redact import strip_userinfo
    from editor.sync.settings import migrate_proxy_secret, network_from_config

    existing = has_content(path)  # a 0-byte leftover is no working copy
    stored_url, stored_user = "", ""
    if existing:
        store = open_store(data, args.region)
        try:
            region = store.region()
            stored_url = strip_userinfo(region.cms_url) if region else ""
            stored_user = store.sync_meta().get("user") or ""
        finally:
            store.close()
    given = args.cms or stored_url
    if not given.strip():
        return _fail("--cms URL is required (https://...) for a new working copy", 2)
    try:
        cms = check_cms_address(given)
    except AddressRefused as exc:
        return _fail(f"--cms {exc}", 2)
    user = args.user or stored_user
    if not user:
        return _fail("--user NAME is required", 2)
    config = Config.load(data)
    notice = migrate_proxy_secret(config)
    if notice:
        print(f"sync: {notice}", file=sys.stderr)
    network = network_from_config(config)
    try:
        check_ca_file(network.ca_file)
    except CaFileError as exc:
        return _fail(f"{config.settings.path}: {exc}", 2)
    return _Target(cms, user, HttpCmsClient(cms, network), existing)


def _sync_existing(args: argparse.Namespace, data: Path, target: _Target) -> int:
    """Pull (and push) into a working copy that was there before this run."""
    from editor.models.errors import StoreError
    from editor.models.store import open_store

    try:
        store = open_store(data, args.region)
    except StoreError as exc:
        return _fail(str(exc), 2)
    try:
        if store.read_only:
            return _fail(f"{store.path}: the working copy is read-only; nothing can be synced", 2)
        return _sync(args, store, target, None)
    except StoreError as exc:
        return _fail(str(exc), 2)
    finally:
        store.close()


def _sync_new(args: argparse.Namespace, data: Path, path: Path, target: _Target) -> int:
    """Log in and read the region first; create the working copy only then, and remove it on failure."""
    from editor.models.errors import StoreError
    from editor.models.store import open_store
    from editor.sync import credentials
    from editor.sync.cms_types import MalformedResponse
    from editor.sync.engine import RemoteEmpty
    from editor.sync.network import NetworkError
    from editor.sync.service import first_contact

    try:
        region = first_contact(
            target.client, args.region, target.user, lambda name: credentials.get_password(target.cms, name)
        )
    except (NetworkError, RemoteEmpty, MalformedResponse) as exc:
        return _fail(f"{target.cms}: {exc}", 3)
    made = [folder for folder in (path.parent, path.parent.parent) if not folder.exists()]
    try:
        store = open_store(data, args.region, create=True)
    except StoreError as exc:
        _remove_new(path, made)
        return _fail(str(exc), 2)
    try:
        try:
            code = _sync(args, store, target, region)
            empty = store.region() is None
        finally:
            store.close()
    except BaseException:
        _remove_new(path, made)
        raise
    if empty or code == 3:  # nothing was pulled: leave no half-made working copy behind
        _remove_new(path, made)
    return code


def _remove_new(path: Path, folders: list[Path]) -> None:
    """Remove a working copy this run created (with its WAL and lock files) and the folders made for it."""
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", ".lock"))):
        leftover.unlink(missing_ok=True)
    for folder in folders:  # innermost first
        with contextlib.suppress(OSError):
            folder.rmdir()


def _sync(args: argparse.Namespace, store: Any, target: _Target, region: Any) -> int:
    """Pull (and push) with a ready store and client."""
    from editor.sync import credentials
    from editor.sync.service import SyncService

    cms = target.cms
    service = SyncService(
        store,
        target.client,
        args.region,
        target.user,
        lambda name: credentials.get_password(cms, name),
        region=region,
    )
    return sync_store(args, store, service, cms)


def sync_store(args: argparse.Namespace, store: Store, service: SyncService, where: str) -> int:
    """Pull, queue the kept texts (``--send-kept``), push; print the report; returns the exit code.

    ``where`` names the CMS in a failure's message. The report's ``requests`` are the client's whole
    count: on a first pull also the region read and login made before the working copy existed.
    """
    from editor.models.sync_reads import kept_unsent
    from editor.sync.cms_types import MalformedResponse
    from editor.sync.engine import RemoteEmpty
    from editor.sync.network import NetworkError

    queued: dict[str, int] = {}
    try:
        report = service.pull()
        if not args.pull_only and not report.cancelled:
            if args.send_kept:
                queued = _queue_kept(args.region, store)
            report = report.merge(service.push())
    except (NetworkError, RemoteEmpty, MalformedResponse) as exc:
        return _fail(f"{where}: {exc}", 3)
    report.requests = service.client.request_count
    unsent = kept_unsent(store)
    if args.json:
        out = report.as_json()
        out["kept"] = {"queued": queued, "unsent": unsent, "option": SEND_KEPT}
        print(json.dumps(out, ensure_ascii=False))
    pulled = ", ".join(f"{lang} {count}" for lang, count in report.pulled.items())
    print(
        f"sync {args.region}: pulled {pulled or 'nothing'}; pushed {report.pushed}; "
        f"{len(report.conflicts)} conflicts; {len(report.failed)} failed; {report.requests} requests",
        file=sys.stderr,
    )
    for issue in report.conflicts + report.failed:
        if issue.page_id is None and issue.cms_page_id is None:  # a language's pull, not a text
            print(f"  {issue.language}: {issue.message}", file=sys.stderr)
        else:
            print(
                f"  page {issue.cms_page_id} ({issue.language}) {issue.title}: {issue.message}",
                file=sys.stderr,
            )
    if unsent:
        print(
            f"  kept texts, not sent ({_counts(unsent)}): the CMS no longer holds them, their language was "
            f"removed from the region and added again; to send them as new texts, sync with {SEND_KEPT} "
            "(each is created only where the CMS still holds no text)",
            file=sys.stderr,
        )
    return 0 if report.ok else 1


def _queue_kept(region: str, store: Store) -> dict[str, int]:
    """Queue every kept text (``--send-kept``) as the window's *Send kept texts again…* does; returns how
    many per language, and says what it queued (or that there was nothing)."""
    from editor.models.sync_reads import kept_unsent

    counts = kept_unsent(store)
    if not counts:
        print(f"sync {region}: {SEND_KEPT}: no kept texts to send again", file=sys.stderr)
        return {}
    store.send_kept_again(list(counts))
    print(f"sync {region}: {SEND_KEPT}: kept texts queued to be sent ({_counts(counts)})", file=sys.stderr)
    return counts


def _counts(per_language: dict[str, int]) -> str:
    """``en: 9, fa: 2`` (as the window's question lists them)."""
    return ", ".join(f"{language}: {count}" for language, count in sorted(per_language.items()))
