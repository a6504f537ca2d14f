"""The quality report's per-translation figures are those recorded before its speed work (ADR 0031).

Golden figures (words, readability score and measure, spelling issues, QA warnings, broken links, link
problems) of every translation of the demo region and of a synthetic region (50 pages × 20 languages,
every translation its own text, with links), recorded with the code as it was before ADR 0031's
changes. Record again only when the figures are meant to change:
``PYTHONPATH=. python -m tests.reports.test_quality_golden``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import pytest

from editor.models.store import Store, open_store
from editor.reports.quality import build_report

GOLDEN = Path(__file__).resolve().parent / "_files" / "quality_golden.json"
#: The synthetic region: pages, and distinct texts (at least pages × 20: every translation its own text).
SYNTHETIC_PAGES, SYNTHETIC_TEXTS = 50, 1000


def figures(store: Store, folder: Path, processes: int) -> list[list[object]]:
    """Every row's figures, ordered by path and language."""
    report = build_report(store, folder, processes=processes)
    return [
        [r.path, r.language, r.words, r.readability, r.measure, r.spelling, r.qa_warnings,
         r.broken_links, r.link_problems]
        for r in report.rows
    ]  # fmt: skip


def demo_figures(folder: Path, processes: int = 0) -> list[list[object]]:
    """The demo region's figures."""
    from editor.models.demo import ensure_demo
    from editor.sync.bundled_client import fill_demo

    store = ensure_demo(folder, fill_demo)
    try:
        return figures(store, folder, processes)
    finally:
        store.close()


def synthetic_figures(folder: Path, processes: int = 0) -> list[list[object]]:
    """The synthetic region's figures (the benchmark's generator and links)."""
    from benchmarks.bench_quality import _add_links
    from benchmarks.synthetic import generate
    from editor.sync.bundled_client import BundledCmsClient
    from editor.sync.service import SyncService

    source, data = folder / "large", folder / "data"
    generate(source, pages=SYNTHETIC_PAGES, distinct=SYNTHETIC_TEXTS)
    _add_links(source)  # before the pull: the working copy keeps them as any pulled text's
    client = BundledCmsClient(source)
    store = open_store(data, client.region_slug, create=True)
    try:
        SyncService(store, client, client.region_slug, "golden", lambda _u: "x").pull()
        return figures(store, data, processes)
    finally:
        store.close()


def _golden() -> dict[str, list[list[object]]]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_quality_figures_equal_the_golden_ones_on_the_demo_region(tmp_path: Path) -> None:
    """Every demo translation's figures are exactly the recorded ones."""
    assert demo_figures(tmp_path) == _golden()["demo"]


@pytest.mark.parametrize("processes", [0, 2])
def test_quality_figures_equal_the_golden_ones_on_a_synthetic_region(tmp_path: Path, processes: int) -> None:
    """Every synthetic translation's figures are exactly the recorded ones, computed in this process and
    in worker processes."""
    assert synthetic_figures(tmp_path, processes) == _golden()["synthetic"]


if __name__ == "__main__":  # record
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        golden = {"demo": demo_figures(Path(one)), "synthetic": synthetic_figures(Path(two))}
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps(golden, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(
        f"{GOLDEN}: {len(golden['demo'])} demo rows, {len(golden['synthetic'])} synthetic rows",
        file=sys.stderr,
    )
