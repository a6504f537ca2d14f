"""The working-copy store: saves, history, outbox, states, search, persistence."""

from __future__ import annotations

from pathlib import Path

from editor.models.enums import Status
from editor.models.records import TranslationState
from editor.models.store import Store, open_store


def _page_id(store: Store, title: str) -> int:
    return next(r.id for r in store.page_tree() if r.cells.get("de") and r.cells["de"].title == title)


def test_store_import_builds_tree_from_paths(store: Store) -> None:
    """Pages are linked through parent paths and grouped through available_languages."""
    rows = {r.title(["de"]): r for r in store.page_tree()}
    assert set(rows) == {"Wohnen", "Miete", "Arbeit"}
    assert rows["Miete"].parent_id == rows["Wohnen"].id
    assert rows["Wohnen"].cms_page_id == 501  # learnt from the child's parent.id
    assert set(rows["Wohnen"].cells) == {"de", "en", "ar"}
    assert set(rows["Arbeit"].cells) == {"de"}


def test_store_state_outdated_when_older_than_source(store: Store) -> None:
    """A translation last updated before its source is shown as outdated."""
    rows = {r.title(["de"]): r for r in store.page_tree()}
    assert rows["Miete"].cells["en"].state is TranslationState.OUTDATED
    assert rows["Wohnen"].cells["en"].state is TranslationState.UP_TO_DATE
    assert rows["Wohnen"].cells["de"].state is TranslationState.UP_TO_DATE


def test_store_save_keeps_previous_version_and_queues_push(store: Store) -> None:
    """Every save keeps the text it replaces and puts the translation in the outbox."""
    page = _page_id(store, "Wohnen")
    changes = store.save_translation(page, "de", title="Wohnen", content="<p>Neu</p>")
    assert changes.translations == {(page, "de")}
    assert changes.outbox
    saved = store.translation(page, "de")
    assert saved is not None
    assert saved.content == "<p>Neu</p>"
    assert saved.changed_locally
    assert saved.base_content == "<p>Eine Wohnung finden in Teststadt.</p>"
    history = store.history(page, "de")
    assert [v.content for v in history] == ["<p>Eine Wohnung finden in Teststadt.</p>"]
    assert store.outbox_count() == 1


def test_store_save_without_change_is_a_no_op(store: Store) -> None:
    """Saving the same text again changes nothing and adds no history."""
    page = _page_id(store, "Arbeit")
    current = store.translation(page, "de")
    assert current is not None
    changes = store.save_translation(page, "de", title=current.title, content=current.content)
    assert changes.empty
    assert store.history(page, "de") == []
    assert store.outbox_count() == 0


def test_store_save_creates_missing_translation_as_draft(store: Store) -> None:
    """Typing into a language without a translation creates one (a draft)."""
    page = _page_id(store, "Arbeit")
    assert store.translation(page, "en") is None
    store.save_translation(page, "en", title="Work", content="<p>The job centre helps.</p>")
    created = store.translation(page, "en")
    assert created is not None
    assert created.status is Status.DRAFT
    assert store.page_tree([page])[0].cells["en"].state is TranslationState.DRAFT


def test_store_restore_version_brings_back_old_text(store: Store) -> None:
    """Restoring a version makes it current and keeps the replaced text in history."""
    page = _page_id(store, "Miete")
    store.save_translation(page, "de", title="Miete", content="<p>Zweiter Text</p>")
    store.save_translation(page, "de", title="Miete", content="<p>Dritter Text</p>")
    oldest = store.history(page, "de")[-1]
    store.restore_version(oldest.id)
    current = store.translation(page, "de")
    assert current is not None
    assert current.content == "<p>Die Miete zahlen Sie monatlich.</p>"
    assert store.history(page, "de")[0].content == "<p>Dritter Text</p>"


def test_store_search_finds_prefixes_in_text_and_titles(store: Store) -> None:
    """Search matches word prefixes in texts and titles, in every language."""
    hits = store.search("Wohn")
    assert {(h.language, h.title) for h in hits} == {("de", "Wohnen")}
    assert "«" in hits[0].snippet
    assert {h.title for h in store.search("monthly")} == {"Rent"}
    assert {h.language for h in store.search("شقة")} == {"ar"}


def test_store_search_tolerates_operators_and_quotes(store: Store) -> None:
    """Characters FTS5 would treat as syntax are searched as text, never raise."""
    for query in ['"', "AND", "*", "NEAR(", "-", "Miete OR"]:
        store.search(query)
    assert store.search("   ") == []


def test_store_search_follows_edits(store: Store) -> None:
    """A saved edit is found by its new words and no longer by removed ones."""
    page = _page_id(store, "Arbeit")
    store.save_translation(page, "de", title="Arbeit", content="<p>Berufsberatung hilft.</p>")
    assert [h.page_id for h in store.search("Berufsberatung")] == [page]
    assert store.search("Jobcenter") == []


def test_store_edits_survive_reopening(store: Store, tmp_path: Path) -> None:
    """What was saved is there after the file is closed and opened again."""
    page = _page_id(store, "Arbeit")
    store.save_translation(page, "de", title="Arbeit", content="<p>Gespeichert</p>")
    store.close()
    again = open_store(tmp_path, "teststadt")
    current = again.translation(page, "de")
    assert current is not None
    assert current.content == "<p>Gespeichert</p>"
    assert again.outbox_count() == 1
    again.close()


def test_store_restore_never_changes_the_status(store: Store) -> None:
    """Restoring a version saved while public does not publish a translation that is now a draft."""
    page = _page_id(store, "Miete")
    store.save_translation(page, "de", title="Miete", content="<p>Entwurf</p>", status=Status.DRAFT)
    public_version = store.history(page, "de")[-1]
    assert public_version.status is Status.PUBLIC
    store.restore_version(public_version.id)
    current = store.translation(page, "de")
    assert current is not None
    assert current.status is Status.DRAFT
    assert current.content == "<p>Die Miete zahlen Sie monatlich.</p>"
    assert store.history(page, "de")[0].reason == "restore"
