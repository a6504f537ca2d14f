"""Kill -9 during saves and pushes, then check the working copy.

Run: ``.venv/bin/python -m benchmarks.crash_trials [--trials N]``.

Each trial starts a child process that saves edits (through ``Store.save_translation``) in a loop, or
saves and pushes them to the in-memory CMS (``MemoryCmsClient``); after a random moment the child is
killed with SIGKILL. The working copy is then opened again and checked:

* ``PRAGMA integrity_check`` and ``foreign_key_check``: no integrity error;
* every edit the child saw saved is there (the current text, or an older one of a later edit in the
  local history): no missing edit, no missing history entry;
* every translation whose text differs from what the CMS last had is in the outbox: no missing
  outbox entry;
* the search index holds each translation's current text: no missing index row.

Bounded by default (10 save and 10 push trials, about a minute); ``--trials N`` for more. Prints a
Markdown table of the counts. Figures go into docs/reliability.md and docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ROOT = Path(__file__).resolve().parent.parent
_MARK = "crash-trial-edit-"
_REGION = "testhausen"


# -- the child: saves (and pushes) until it is killed ----------------------------------------------
def _child_save(path: Path, log: Path) -> None:
    from editor.models.store import Store

    store = Store(path)
    pairs = [(t.page_id, t.language) for t in store.iter_translations() if t.language in ("de", "en")][:40]
    _edit_loop(store, pairs, log, push=None)


def _child_push(path: Path, log: Path) -> None:
    from editor.models.store import Store
    from editor.sync.memory_client import MemoryCmsClient
    from editor.sync.service import SyncService

    client = MemoryCmsClient(region=_REGION, languages=(("de", False), ("en", False)))
    for n in range(12):
        client.add_page({"de": (f"Seite {n}", f"<p>Text {n}</p>"), "en": (f"Page {n}", f"<p>Text {n}</p>")})
    store = Store(path, create=True)
    SyncService(store, client, _REGION, "editor", lambda _user: "secret").pull()
    pairs = [(t.page_id, t.language) for t in store.iter_translations()]
    service = SyncService(store, client, _REGION, "editor", lambda _user: "secret")
    _edit_loop(store, pairs, log, push=service.push)


def _edit_loop(store: object, pairs: list[tuple[int, str]], log: Path, push: object) -> None:
    rng = random.Random(os.getpid())
    with log.open("a", encoding="utf-8") as out:
        out.write("ready\n")
        out.flush()
        for n in range(10**9):
            page, lang = pairs[rng.randrange(len(pairs))]
            store.save_translation(page, lang, title=f"T{n}", content=f"<p>{_MARK}{n}</p>")  # type: ignore[attr-defined]
            out.write(f"saved {page} {lang} {n}\n")
            out.flush()
            if push is not None and n % 5 == 4:
                push()  # type: ignore[operator]
                out.write("pushed\n")
                out.flush()


# -- the parent: start, kill, check ---------------------------------------------------------------
def _trial(kind: str, pristine: Path, work: Path, rng: random.Random) -> Counter[str]:
    path = work / "working-copy.sqlite"
    log = work / "log.txt"
    for leftover in work.iterdir():
        leftover.unlink()
    if kind == "save":
        shutil.copyfile(pristine, path)
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.crash_trials", "--child", kind, str(path), str(log)],
        cwd=_ROOT,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not (log.exists() and log.read_text(encoding="utf-8").startswith("ready")):
        if child.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the {kind} child did not start")
        time.sleep(0.02)
    time.sleep(rng.uniform(0.2, 2.0))
    child.send_signal(signal.SIGKILL)
    child.wait()
    return _check(path, log)


def _check(path: Path, log: Path) -> Counter[str]:
    from editor.models.store import content_hash

    counts: Counter[str] = Counter(trials=1)
    saved: dict[tuple[int, str], list[int]] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts[:1] == ["saved"]:
            saved.setdefault((int(parts[1]), parts[2]), []).append(int(parts[3]))
            counts["saves"] += 1
        elif parts[:1] == ["pushed"]:
            counts["pushes"] += 1
    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            counts["integrity errors"] += 1
        counts["integrity errors"] += len(conn.execute("PRAGMA foreign_key_check").fetchall())
        for (page, lang), numbers in saved.items():
            tid, content, base_hash = conn.execute(
                "SELECT id, content, base_hash FROM translation WHERE page_id = ? AND language_code = ?",
                (page, lang),
            ).fetchone()
            current = _number(content)
            if current is None or current < numbers[-1]:
                counts["missing edits"] += 1
                continue
            history = {_number(c) for (c,) in conn.execute(
                "SELECT content FROM translation_version WHERE translation_id = ?", (tid,))}  # fmt: skip
            counts["missing history entries"] += sum(1 for n in numbers if n != current and n not in history)
            queued = conn.execute("SELECT 1 FROM operation WHERE translation_id = ?", (tid,)).fetchone()
            if queued is None and base_hash != content_hash(content):
                counts["missing outbox entries"] += 1
            body = conn.execute("SELECT body FROM search_index WHERE rowid = ?", (tid,)).fetchone()
            if body is None or f"{_MARK}{current}" not in body[0]:
                counts["missing index rows"] += 1
    finally:
        conn.close()
    return counts


def _number(content: str) -> int | None:
    at = content.find(_MARK)
    if at < 0:
        return None
    digits = content[at + len(_MARK) :].split("<", 1)[0]
    return int(digits) if digits.isdigit() else None


def run(trials: int, seed: int = 1) -> dict[str, Counter[str]]:
    """``trials`` killed save runs and as many killed push runs; their summed counts by kind."""
    from editor.models.demo import ensure_demo
    from editor.sync.bundled_client import fill_demo

    rng = random.Random(seed)
    results: dict[str, Counter[str]] = {}
    with tempfile.TemporaryDirectory(prefix="crash-trials-") as tmp:
        demo = ensure_demo(Path(tmp) / "demo", fill_demo)
        pristine = demo.path
        demo.close()
        for kind in ("save", "push"):
            work = Path(tmp) / kind
            work.mkdir()
            total: Counter[str] = Counter()
            for _ in range(trials):
                total.update(_trial(kind, pristine, work, rng))
            results[kind] = total
    return results


COLUMNS = ("trials", "saves", "pushes", "integrity errors", "missing edits", "missing history entries",
           "missing outbox entries", "missing index rows")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the trials and print the counts."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.crash_trials", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--trials", type=int, default=10, help="kill -9 trials per kind (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the kill moments")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "PATH", "LOG"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, path, log = args.child
        (_child_save if kind == "save" else _child_push)(Path(path), Path(log))
        return 0
    start = time.perf_counter()
    results = run(args.trials, args.seed)
    print("| kill -9 during | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for kind, counts in results.items():
        label = "a save" if kind == "save" else "a push"
        print(f"| {label} | " + " | ".join(f"{counts[c]:,}" for c in COLUMNS) + " |")
    print(f"\n{time.perf_counter() - start:.0f} s")
    failures = sum(counts[c] for counts in results.values() for c in COLUMNS[3:])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
