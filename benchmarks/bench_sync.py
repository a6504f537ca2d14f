"""Benchmarks for sync against the local CMS peer (issue 5, point 8; not unit tests).

Needs the peer running: ``tests/cms_peer/peer.sh start`` (this script says so clearly when it is
not). It RESETS the peer's data (``peer.sh reset``) before it starts. Run standalone:
``.venv/bin/python benchmarks/bench_sync.py``. ``run()`` returns rows of
``(measure, value, unit, target)``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.models.store import open_store
from editor.sync.cms_client import HttpCmsClient
from editor.sync.service import SyncService

Row = tuple[str, float, str, str]
_PEER = Path(__file__).resolve().parent.parent / "tests" / "cms_peer" / "peer.sh"
BASE_URL = f"http://127.0.0.1:{os.environ.get('CMS_PEER_HTTP_PORT', '8765')}"
REGION, USER = "testhausen", "desk-editor"
PASSWORD = os.environ.get("CMS_PEER_PASSWORD", "desk-peer-1234")


class PeerNotRunningError(RuntimeError):
    """The local CMS peer does not answer."""


def _peer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(_PEER), *args], capture_output=True, text=True, check=False, timeout=300
    )


def run() -> list[Row]:
    """Full pull, no-op pull, and 50 queued edits pushed, against the running peer."""
    if _peer("status").returncode != 0:
        raise PeerNotRunningError(
            f"the local CMS peer at {BASE_URL} is not running: start it with `bash {_PEER} start`"
        )
    _peer("reset")
    rows: list[Row] = _parallel_against_sequential() + _budget_region()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp), REGION, create=True)
        client = HttpCmsClient(BASE_URL)
        service = SyncService(store, client, REGION, USER, lambda _u: PASSWORD)
        start = time.perf_counter()
        full = service.pull()
        rows += [
            ("full pull of the test region: requests", full.requests, "requests", "-"),
            ("full pull of the test region: time", time.perf_counter() - start, "s", "-"),
        ]
        languages = len(store.languages())
        service = SyncService(store, HttpCmsClient(BASE_URL), REGION, USER, lambda _u: PASSWORD)
        start = time.perf_counter()
        noop = service.pull()
        rows += [
            ("incremental pull, nothing changed: requests", noop.requests, "requests", f"<= {languages + 3}"),
            ("incremental pull, nothing changed: time", time.perf_counter() - start, "s", "-"),
        ]
        translations = list(store.iter_translations())
        for n in range(50):
            item = translations[n % len(translations)]
            store.save_translation(
                item.page_id, item.language, title=item.title, content=item.content + f"<p>Edit {n}</p>"
            )
        queued = store.outbox_count()
        start = time.perf_counter()
        pushed = service.push()
        elapsed = time.perf_counter() - start
        rows += [
            (f"50 queued edits ({queued} translations) pushed: requests", pushed.requests, "requests", "-"),
            (f"50 queued edits ({queued} translations) pushed: time", elapsed, "s", "-"),
            ("push failures + conflicts", len(pushed.failed) + len(pushed.conflicts), "items", "0"),
        ]
        store.close()
    _peer("reset")
    return rows


def _budget_region() -> list[Row]:
    """The request budget on ``hintertal`` (drafts, review, archive, a hidden language, no short URLs)."""
    region, user = "hintertal", "desk-budget"
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp), region, create=True)
        start = time.perf_counter()
        full = SyncService(store, HttpCmsClient(BASE_URL), region, user, lambda _u: PASSWORD).pull()
        elapsed = time.perf_counter() - start
        texts = list(store.iter_translations())
        languages = len(store.languages())
        drafts = sum(1 for t in texts if t.status.value != "PUBLIC")
        public = len({t.language for t in texts if t.status.value == "PUBLIC"})
        again = SyncService(store, HttpCmsClient(BASE_URL), region, user, lambda _u: PASSWORD).pull()
        store.close()
    return [
        (f"full pull of hintertal ({len(texts)} texts): requests after login", full.requests - 3, "requests",
         f"<= {languages + public + drafts} (languages + public languages + drafts; the issue's "
         f"languages + 1 + drafts = {languages + 1 + drafts} is out of reach, ADR 0029)"),
        ("full pull of hintertal: time", elapsed, "s", "-"),
        ("incremental pull of hintertal, nothing changed: requests", again.requests, "requests",
         f"<= {languages + 3}"),
    ]  # fmt: skip


def _full_pull(workers: int) -> tuple[float, int, int]:
    """One full pull into a new working copy with ``workers`` connections: seconds, requests, texts."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp), REGION, create=True)
        client = HttpCmsClient(BASE_URL)
        client.parallel_reads = workers
        start = time.perf_counter()
        report = SyncService(store, client, REGION, USER, lambda _u: PASSWORD).pull()
        elapsed = time.perf_counter() - start
        store.close()
    return elapsed, report.requests, sum(report.pulled.values())


def _parallel_against_sequential() -> list[Row]:
    """A full pull over the bounded pool (4 connections) against a plain sequential one, same run
    (best of three each, alternating, so a busy machine hurts both alike)."""
    times: dict[int, list[float]] = {1: [], 4: []}
    requests = texts = 0
    for _ in range(3):
        for workers in (1, 4):
            elapsed, requests, texts = _full_pull(workers)
            times[workers].append(elapsed)
    sequential, parallel = min(times[1]), min(times[4])
    return [
        (f"full pull, {texts} texts, sequential: time", sequential, "s", "-"),
        (f"full pull, {texts} texts, 4 connections: time", parallel, "s", "< sequential"),
        ("full pull: sequential / parallel", sequential / parallel, "x", "> 1"),
        ("full pull: requests", requests, "requests", "-"),
    ]


if __name__ == "__main__":
    try:
        for measure, value, unit, target in run():
            print(f"{measure:<55} {value:>10.2f} {unit:<9} target {target}")
    except PeerNotRunningError as exc:
        print(f"bench_sync: {exc}", file=sys.stderr)
        sys.exit(2)
