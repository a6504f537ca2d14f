"""The working-copy side of the translator's desk: memory source, glossary file, XLIFF mapping, QA report."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.demo import ensure_demo
from editor.models.errors import StoreError
from editor.models.glossary_store import glossary_path, load_glossary, save_glossary
from editor.models.memory_source import cache_path, load_memory, memory_entries
from editor.models.page_address import find_page_by_path
from editor.models.qa_report import region_qa
from editor.models.store import Store
from editor.models.xliff_exchange import ExchangeError, apply_import, export_items, plan_import
from editor.sync.bundled_client import fill_demo
from editor.text.glossary import Glossary, Term
from editor.text.xliff import XliffPage

RESIDENCE = "musterstadt/de/auslaenderbehoerde/aufenthaltstitel-verlaengern"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    """The demo working copy in a real SQLite file."""
    store = ensure_demo(tmp_path / "data", fill_demo)
    yield store
    store.close()


def _residence(store: Store) -> int:
    return find_page_by_path(store, RESIDENCE).page_id


def test_memory_pairs_an_old_translation_with_the_source_of_its_time(demo: Store) -> None:
    """An English version replaced before a German edit pairs with the German text of that time."""
    page = _residence(demo)
    english, german = demo.translation(page, "en"), demo.translation(page, "de")
    assert english is not None
    assert german is not None
    demo.save_translation(
        page, "en", title=english.title, content=english.content.replace("rental", "tenancy")
    )
    demo.save_translation(
        page, "de", title=german.title, content=german.content.replace("Mietvertrag", "Mietvertrag (Kopie)")
    )
    found = {(e.source, e.target, e.origin.split()[0]) for e in memory_entries(demo, ["en"])}
    assert ("Mietvertrag (Kopie)", "tenancy contract", "current") in found
    assert ("Mietvertrag", "rental contract", "version") in found


def test_memory_cache_is_reused_and_rebuilt_when_damaged(demo: Store) -> None:
    """The second build reads the cache (same entries); a damaged cache file is replaced."""
    first = load_memory(demo, ["en"]).entries()
    assert cache_path(demo).exists()
    assert load_memory(demo, ["en"]).entries() == first
    cache_path(demo).write_bytes(b"this is no database" * 100)
    assert load_memory(demo, ["en"]).entries() == first
    assert load_memory(demo, ["de", "xx"]).size == 0


def test_glossary_file_round_trip_and_damage(demo: Store) -> None:
    """The glossary is kept beside the working copy; a damaged file is named, not a traceback."""
    assert load_glossary(demo).terms == ()
    glossary = Glossary(
        "de", (Term("Amt", {"en": ("office",)}, note="n"), Term("Jobcenter", do_not_translate=True))
    )
    save_glossary(demo, glossary)
    back = load_glossary(demo)
    assert [(t.term, dict(t.translations), t.do_not_translate, t.note) for t in back.terms] == [
        ("Amt", {"en": ("office",)}, False, "n"),
        ("Jobcenter", {}, True, ""),
    ]
    glossary_path(demo).write_text('{"terms": [{"no": 1}]}', "utf-8")
    with pytest.raises(StoreError, match=r"glossary\.json: the glossary cannot be read"):
        load_glossary(demo)


def test_export_items_errors(demo: Store) -> None:
    """Unknown or source language, unknown page: ExchangeError saying which."""
    with pytest.raises(ExchangeError, match="no language 'xx'"):
        export_items(demo, "xx")
    with pytest.raises(ExchangeError, match="source language"):
        export_items(demo, "de")
    with pytest.raises(ExchangeError, match="no page with id 999999"):
        export_items(demo, "en", [999999])
    bare, _ = demo.create_page(None, "first-child", "de", "Neu hier")  # no CMS id yet
    demo.save_translation(bare, "de", title="Neu hier", content="<p>Neu.</p>")
    (item,) = export_items(demo, "en", [bare])
    assert item.page.original == str(bare)


def test_export_items_refuses_a_local_id_that_is_another_pages_cms_id(demo: Store) -> None:
    """A page without CMS id whose local id is another page's CMS id cannot be named unambiguously."""
    bare, _ = demo.create_page(None, "first-child", "de", "Neu hier")  # no CMS id yet
    other = next(row.id for row in demo.page_tree() if row.id != bare)
    with demo.transaction() as conn:
        conn.execute("UPDATE page SET cms_page_id = ? WHERE id = ?", (bare, other))
    with pytest.raises(ExchangeError, match="local id is another page's CMS id"):
        export_items(demo, "en")


def test_plan_import_errors(demo: Store) -> None:
    """An original that is no number, or names the source language: refused naming the file."""
    page = XliffPage("abc", "de-DE", "en-US", "", "T", "", "<p>x</p>")
    with pytest.raises(
        ExchangeError, match=r"agency\.xliff: <file original=.abc.>: original is not a page id"
    ):
        plan_import(demo, [page], "agency.xliff")
    row = next(row for row in demo.page_tree() if row.id == _residence(demo))
    german = XliffPage(str(row.cms_page_id or row.id), "de-DE", "de-DE", "", "T", "", "")
    with pytest.raises(ExchangeError, match="source language"):
        plan_import(demo, [german], "agency.xliff")


def test_apply_import_writes_all_of_a_file_or_nothing(demo: Store) -> None:
    """One unit of work for the whole file: a translation that cannot be written (a page gone since the
    preview) undoes the ones before it; without it, all are written as local edits, together."""
    page = _residence(demo)
    row = next(row for row in demo.page_tree() if row.id == page)
    items = [
        XliffPage(str(row.cms_page_id or page), "de-DE", tag, "", f"T {code}", "", f"<p>{code} neu</p>")
        for tag, code in (("en-US", "en"), ("ar", "ar"))
    ]
    plan = plan_import(demo, items, "agency.xliff")
    assert [change.changed for change in plan] == [True, True]
    before = (demo.outbox_count(), demo.translation(page, "en"), demo.translation(page, "ar"))
    gone = dataclasses.replace(plan[1], page_id=999_999)
    with pytest.raises(ExchangeError) as caught:
        apply_import(demo, [plan[0], gone])
    assert caught.value.code == "store"
    assert (demo.outbox_count(), demo.translation(page, "en"), demo.translation(page, "ar")) == before
    changes = apply_import(demo, plan)
    assert page in changes.pages
    for code in ("en", "ar"):
        text = demo.translation(page, code)
        assert text is not None
        assert (text.title, text.content, text.changed_locally) == (f"T {code}", f"<p>{code} neu</p>", True)
    assert apply_import(demo, plan_import(demo, items, "agency.xliff")).empty


def test_region_qa_selected_pages_and_unreadable_text(demo: Store) -> None:
    """Only the pages asked for are checked; a text that cannot be parsed is one warning, no crash."""
    page = _residence(demo)
    english = demo.translation(page, "en")
    assert english is not None
    demo.save_translation(page, "en", title=english.title, content="<p>" + "<b>" * 3000 + "x</p>")
    (report,) = region_qa(demo, ["en"], page_ids=[page])
    assert [i.code for i in report.issues] == ["unreadable"]
    assert report.path == "foreigners-authority/extending-a-residence-permit"
