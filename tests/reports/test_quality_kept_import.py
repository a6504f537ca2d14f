"""The kept report after imports whose report marks the unit of work notes in bulk (ADR 0035): a first
import (new translations: the whole region) and a pull whose CMS states move source bases (their
pages), each compared with a report computed from nothing."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.synthetic import generate
from editor.models.report_rows import NOTED_IN_BULK, changes_since, kept_state
from editor.models.store import Store, open_store
from editor.reports.export import json_text, to_csv
from editor.reports.quality_kept import build_kept_report
from editor.sync.bundled_client import BundledCmsClient
from editor.sync.service import SyncService
from tests.reports.test_quality_kept import _from_nothing, _links, _rows
from tests.sync.import_cases import soup_region


def _pull(store: Store, source: Path) -> None:
    report = SyncService(store, BundledCmsClient(source), "grossstadt", "t", lambda _u: "x").pull()
    assert report.ok, report.failed


def _assert_same_as_from_nothing(store: Store, data: Path, scratch: Path) -> None:
    kept = build_kept_report(store, data)
    fresh = _from_nothing(store, data, scratch)
    assert kept.rows
    assert _rows(kept) == _rows(fresh)
    assert _links(kept) == _links(fresh)
    assert to_csv(kept, german=True) == to_csv(fresh, german=True)
    assert json_text(kept) == json_text(fresh)


def test_quality_kept_report_after_a_first_import_and_a_pull_that_moves_bases(tmp_path: Path) -> None:
    """Rows kept before a first import are all made again after it (the import noted the whole region
    once, not per row), and a pull whose CMS states move the bases of a page's translations makes that
    page's rows again; both reports equal reports from nothing, and no row that quiets the triggers is
    left in the file."""
    source = soup_region(tmp_path / "json", pages=40, languages=4)
    store = open_store(tmp_path / "data", "grossstadt", create=True)
    try:
        assert not build_kept_report(store, tmp_path).rows  # rows (none) kept before the import
        seq = kept_state(store).seq  # type: ignore[union-attr]
        _pull(store, source)
        assert changes_since(store, seq).pages is None  # the whole region changed
        _assert_same_as_from_nothing(store, tmp_path, tmp_path / "scratch1")

        # a translation the CMS called outdated (base unknown: no history) is saved again there and so
        # up to date with its unchanged source: only the pull's CMS states move its base, and only
        # take_cms_states notes its page (in bulk)
        xab = source / "pages" / "xab.json"
        items = json.loads(xab.read_text("utf-8"))
        source_item = json.loads((source / "pages" / "de.json").read_text("utf-8"))[6]
        moved = next(i for i in items if i["id"] == source_item["available_languages"]["xab"]["id"])
        assert moved["last_updated"] < source_item["last_updated"]
        moved["last_updated"] = "2026-02-02T10:00:00+01:00"
        xab.write_text(json.dumps(items, ensure_ascii=False), "utf-8")
        sql = "SELECT source_hash, page_id FROM translation WHERE language_code = 'xab' AND title = ?"
        before = store.query(sql, (moved["title"],))
        seq = kept_state(store).seq  # type: ignore[union-attr]
        _pull(store, source)
        after = store.query(sql, (moved["title"],))
        assert after[0][0] != before[0][0]  # the base moved
        assert changes_since(store, seq).pages == {after[0][1]}  # its page's rows are made again
        _assert_same_as_from_nothing(store, tmp_path, tmp_path / "scratch2")

        # the translations the soup left out of xab are made there (new translations of pages the
        # working copy has: only add_server_texts notes the change, for the whole region)
        generate(tmp_path / "plain", pages=40, languages=4)
        plain = json.loads((tmp_path / "plain" / "pages" / "xab.json").read_text("utf-8"))
        have = {item["id"] for item in items}
        xab.write_text(
            json.dumps(items + [i for i in plain if i["id"] not in have], ensure_ascii=False), "utf-8"
        )
        seq = kept_state(store).seq  # type: ignore[union-attr]
        _pull(store, source)
        assert changes_since(store, seq).pages is None
        _assert_same_as_from_nothing(store, tmp_path, tmp_path / "scratch3")
        assert not store.query("SELECT 1 FROM report_change WHERE page_id = ?", (NOTED_IN_BULK,))
    finally:
        store.close()
