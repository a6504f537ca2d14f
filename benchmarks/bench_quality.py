"""Quality report and offline link check on the synthetic large region (2,000 pages × 20 languages).

``python -m benchmarks.bench_quality [--pages N]`` prints the rows; ``python -m benchmarks`` includes them.
Every translation has its own text (the generator's default repeats 50 texts, which a per-text memo
would exploit). Each translation gets four links first (its overview page in another language and in
its own, a mailto: of 50 mailboxes and one of 400 external addresses on 40 hosts), so the link check has
real work.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

Row = tuple[str, float, str, str]


def _prepare(tmp: Path, pages: int) -> Path:
    from benchmarks.synthetic import generate
    from editor.models.store import open_store
    from editor.sync.bundled_client import BundledCmsClient
    from editor.sync.service import SyncService

    source, data = tmp / "large", tmp / "data"
    generate(source, pages=pages, distinct=pages * 20)  # every translation its own text (ADR 0031)
    _add_links(source)
    client = BundledCmsClient(source)
    slug = client.region_slug
    store = open_store(data, slug, create=True)
    SyncService(store, client, slug, "bench", lambda _u: "x").pull()
    store.close()
    return data


def _add_links(source: Path) -> None:
    """Four links at the end of every text of the generated region's files (before it is pulled, so the
    working copy keeps them as it keeps any pulled text's)."""
    import json

    files = sorted((source / "pages").glob("*.json"))
    items = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}
    # page number (the id's last five digits) → its path, per language; its parent's number
    paths = {code: {item["id"] % 100000: item["path"] for item in found} for code, found in items.items()}
    second = next(code for code in items if code != "de")  # German pages link to this language's pages
    for code, found in items.items():
        other = "de" if code != "de" else second
        for item in found:
            page = item["id"] % 100000
            parent = item["parent"]["id"]
            up = parent % 100000 + 1 if parent else page  # pages link to their overview page
            item["content"] += (
                f'<p><a href="https://integreat.app{paths[other][up]}">a</a> '
                f'<a href="https://integreat.app{paths[code][up]}">b</a> '
                f'<a href="mailto:amt{page % 50}@stadt.example">c</a> '
                f'<a href="https://www.host{page % 40}.example/seite/{page % 400}">d</a></p>'
            )
        (source / "pages" / f"{code}.json").write_text(
            json.dumps(found, ensure_ascii=False), encoding="utf-8"
        )


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the report's worker processes): on a
    machine shared with other work the wall time says little, the CPU time what the work costs."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measure(data: Path) -> list[Row]:
    from editor.models.store import open_store
    from editor.reports.links import check_region
    from editor.reports.quality import build_report

    store = open_store(data, "grossstadt")
    start, cpu = time.perf_counter(), _cpu()
    report = check_region(store)  # the page index built and the kept links read, as the command does
    links_s, links_cpu = time.perf_counter() - start, _cpu() - cpu
    first: list[float] = []
    start, cpu = time.perf_counter(), _cpu()
    full = build_report(store, data, on_rows=lambda rows: first.append(time.perf_counter()) if rows else None)
    complete_s, complete_cpu = time.perf_counter() - start, _cpu() - cpu
    first_s = (first[0] - start) if first else complete_s
    page = full.rows[0]
    current = store.translation(page.page_id, page.language)
    assert current is not None
    store.save_translation(
        page.page_id, page.language, title=current.title, content=current.content + "<p>x</p>"
    )
    from editor.reports.quality import update_rows
    from editor.reports.quality_kept import build_kept_report

    build_kept_report(store, data, findings=False)  # the first run of the command keeps the rows
    _edit(store, page.page_id, page.language, "<p>z</p>")
    start, cpu = time.perf_counter(), _cpu()
    build_kept_report(store, data, findings=False)  # as the command builds it
    again_s, again_cpu = time.perf_counter() - start, _cpu() - cpu

    window = build_report(store, data)  # the window's build (reads the link problems, off its GUI thread)
    edited = window.rows[1]
    current = store.translation(edited.page_id, edited.language)
    assert current is not None
    changes = store.save_translation(
        edited.page_id, edited.language, title=current.title, content=current.content + "<p>y</p>"
    )
    start, cpu = time.perf_counter(), _cpu()
    update_rows(window, store, data, changes.translations)
    follow_s, follow_cpu = time.perf_counter() - start, _cpu() - cpu
    store.close()
    n = len(full.rows)
    command = _command_rows(data)
    return [
        (f"offline link check ({len(report.findings):,} links)", links_s, "s", "< 2"),
        ("offline link check, CPU", links_cpu, "s", "info"),
        (f"quality report: first rows ({n:,} rows)", first_s, "s", "< 1"),
        ("quality report: complete, empty cache", complete_s, "s", "< 30"),
        ("quality report: complete, CPU of all processes", complete_cpu, "s", "info"),
        ("quality report: built again after one edit (command: kept rows)", again_s, "s", "< 1"),
        ("quality report: built again after one edit, CPU", again_cpu, "s", "info"),
        ("quality report: in the app, follows one edit", follow_s, "s", "< 1"),
        ("quality report: in the app, follows one edit, CPU", follow_cpu, "s", "info"),
        *command,
    ]


def _edit(store: object, page_id: int, language: str, extra: str) -> None:
    s = store  # type: ignore[assignment]
    current = s.translation(page_id, language)  # type: ignore[attr-defined]
    s.save_translation(page_id, language, title=current.title, content=current.content + extra)  # type: ignore[attr-defined]


#: Runs the command in a process (its modules imported first) and writes the run's wall and CPU seconds
#: to the file ``argv[1]``.
_TIMED = """
import json, resource, sys, time
from pathlib import Path
def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime
import editor.__main__, editor.commands.report, editor.reports.export, editor.reports.quality_kept
started, start_cpu = time.perf_counter(), cpu()
editor.__main__.main(sys.argv[2:])
sys.stdout.flush()
ran, ran_cpu = time.perf_counter() - started, cpu() - start_cpu
Path(sys.argv[1]).write_text(json.dumps([ran, ran_cpu]))
"""


def _process(args: list[str], timings: Path | None = None) -> tuple[float, float, float, float, float]:
    """One process ``python args`` (output thrown away): its wall and CPU seconds, and with ``timings``
    (a ``_TIMED`` run) the start apart: (whole wall, whole CPU, start wall, build and output wall,
    build and output CPU)."""
    import json
    import resource
    import subprocess

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if timings is None:
        return wall, cpu, 0.0, 0.0, 0.0
    ran, ran_cpu = json.loads(timings.read_text())
    return wall, cpu, wall - ran, ran, ran_cpu  # the start: the whole process less the run (and its exit)


def _command_rows(data: Path, rounds: int = 5) -> list[Row]:
    """``integreat-desk report`` as a process after one edit of a German text (its page's 20 rows are
    made again), for each output, best of ``rounds``: the whole process, and apart its start (the
    interpreter and the command's imports) and its build and output."""
    from editor.models.store import open_store

    timings = data / "timings.json"
    base = ["-c", _TIMED, str(timings), "report", "--data", str(data), "--region", "grossstadt"]
    outputs = {
        "table": [],
        "--csv": ["--csv", str(data / "report.csv"), "--lang", "de"],
        "--json": ["--json"],
    }
    _process(base)  # the kept rows are current
    rows: list[Row] = []
    store = open_store(data, "grossstadt")
    pages = [
        row[0] for row in store.query("SELECT page_id FROM translation WHERE language_code = 'de' LIMIT 50")
    ]
    store.close()
    for name, extra in outputs.items():
        best = [float("inf")] * 5
        for round_ in range(rounds):
            store = open_store(data, "grossstadt")
            _edit(store, pages[(round_ * 7 + len(name)) % len(pages)], "de", f"<p>{name} {round_}</p>")
            store.close()
            best = [min(b, v) for b, v in zip(best, _process(base + extra, timings), strict=True)]
        rows.append((f"report command after one edit ({name}): build and output", best[3], "s", "< 1"))
        rows.append((f"report command after one edit ({name}): build and output, CPU", best[4], "s", "info"))
        rows.append((f"report command after one edit ({name}): whole process", best[0], "s", "info"))
        rows.append((f"report command after one edit ({name}): whole process, CPU", best[1], "s", "info"))
        rows.append(
            (f"report command after one edit ({name}): process start and imports", best[2], "s", "info")
        )
    unchanged = min(_process(base, timings)[3] for _ in range(rounds))
    rows.append(("report command, nothing changed (table): build and output", unchanged, "s", "info"))
    start = min(_process(["-c", "pass"])[0] for _ in range(rounds))
    rows.append(("report command: bare interpreter start", start, "s", "info"))
    return rows


def run(pages: int = 2000) -> list[Row]:
    """Build the region, then measure."""
    with tempfile.TemporaryDirectory() as folder:
        data = _prepare(Path(folder), pages)
        return _measure(data)


def main() -> int:
    """Print the rows as a Markdown table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_quality")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument(
        "--command-only", metavar="DATA", help="only the command's rows, on a region built before"
    )
    args = parser.parse_args()
    print("| measure | value | unit | target |\n|---|---:|---|---|")
    measured = _command_rows(Path(args.command_only)) if args.command_only else run(args.pages)
    for name, value, unit, target in measured:
        print(f"| {name} | {value:,.2f} | {unit} | {target} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
