"""Status from content at the sync edges: bases from the CMS's states on pull, "Still up to date" pushed."""

from __future__ import annotations

import pytest

from editor.models.records import TranslationState
from editor.models.store import Store, content_hash
from editor.models.translation_base import RECORDED, source_base
from editor.models.translation_status import UNKNOWN_BASE
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.service import SyncService

OLD = "<p>Der Antrag dauert zwei Wochen.</p>"
NEW = "<p>Der Antrag dauert drei Wochen. Bringen Sie den Pass mit.</p>"


@pytest.fixture
def cms() -> MemoryCmsClient:
    """A CMS with one page in German, English and Arabic, all up to date."""
    client = MemoryCmsClient()
    client.add_page({
        "de": ("Antrag", OLD), "en": ("Application", "<p>It takes two weeks.</p>"),
        "ar": ("طلب", '<p dir="rtl">أسبوعان.</p>'),
    })  # fmt: skip
    return client


def _service(store: Store, cms: MemoryCmsClient) -> SyncService:
    return SyncService(store, cms, "testhausen", "editor", lambda _u: "secret", sleep=lambda _s: None)


def _state(store: Store, language: str) -> TranslationState:
    return store.page_tree()[0].cells[language].state


def _base(store: Store, language: str) -> str | None:
    return store.query("SELECT source_hash FROM translation WHERE language_code = ?", (language,))[0][0]


def test_source_base_pull_cms_outdated_keeps_the_older_base(store: Store, cms: MemoryCmsClient) -> None:
    """The German changed in the CMS before the pull: en is outdated against the German it was made from."""
    service = _service(store, cms)
    service.pull()
    cms.edit(1, "de", "Antrag", NEW)  # another editor, major
    service.pull()
    assert cms.translation_state(1, "en") == "OUTDATED"
    assert _state(store, "en") is TranslationState.OUTDATED
    english = store.translation(store.page_tree()[0].id, "en")
    assert english is not None
    base = source_base(store, english, "de")
    assert base is not None
    assert (base.origin, base.html, base.outdated) == (RECORDED, OLD, True)


def test_source_base_pull_cms_up_to_date_takes_the_source_pulled(store: Store, cms: MemoryCmsClient) -> None:
    """A minor German edit in the CMS keeps en up to date there, so here too (base = the new German)."""
    service = _service(store, cms)
    service.pull()
    cms.edit(1, "de", "Antrag", NEW, minor=True)
    service.pull()
    assert cms.translation_state(1, "en") == "UP_TO_DATE"
    assert _state(store, "en") is TranslationState.UP_TO_DATE
    german = store.translation(store.page_tree()[0].id, "de")
    assert german is not None
    assert _base(store, "en") == content_hash(german.content)


def test_source_base_pull_outdated_without_base_takes_the_previous_source(
    store: Store, cms: MemoryCmsClient
) -> None:
    """No base recorded (a copy from schema 0006): an outdated translation gets the previous German."""
    service = _service(store, cms)
    service.pull()
    with store.transaction() as conn:  # as the migration from 0006 leaves it
        conn.execute("UPDATE translation SET source_hash = NULL")
    cms.edit(1, "de", "Antrag", NEW)
    service.pull()
    assert _base(store, "en") == content_hash(OLD)
    assert _state(store, "en") is TranslationState.OUTDATED


def test_source_base_pull_outdated_never_known_is_unknown(store: Store, cms: MemoryCmsClient) -> None:
    """Outdated in the CMS at the first pull: the base is unknown, and the translation outdated."""
    cms.edit(1, "de", "Antrag", NEW)
    _service(store, cms).pull()
    assert _base(store, "en") == UNKNOWN_BASE
    assert _state(store, "en") is TranslationState.OUTDATED


def test_source_base_repeated_pull_changes_nothing(store: Store, cms: MemoryCmsClient) -> None:
    """A repeated pull with nothing changed records no base and touches no page."""
    service = _service(store, cms)
    service.pull()
    report = service.pull()
    assert not report.changes.pages
    assert not report.changes.tree


def test_source_base_still_up_to_date_is_pushed_as_refresh(store: Store, cms: MemoryCmsClient) -> None:
    """ "Still up to date" makes en current here and, after the push, in the CMS; the next pull agrees."""
    service = _service(store, cms)
    service.pull()
    cms.edit(1, "de", "Antrag", NEW)
    service.pull()
    page = store.page_tree()[0].id
    store.confirm_current(page, ["en"])
    assert _state(store, "en") is TranslationState.UP_TO_DATE
    report = service.push()
    assert report.ok
    assert report.pushed == 1
    assert cms.translation_state(1, "en") == "UP_TO_DATE"
    assert cms.translation_state(1, "ar") == "OUTDATED"  # only what was confirmed
    assert store.outbox_count() == 0
    service.pull()
    assert _state(store, "en") is TranslationState.UP_TO_DATE
    assert _state(store, "ar") is TranslationState.OUTDATED


def test_source_base_still_up_to_date_not_sent_when_the_source_moved(
    store: Store, cms: MemoryCmsClient
) -> None:
    """The German changed in the CMS after the confirmation: a conflict, nothing refreshed there."""
    service = _service(store, cms)
    service.pull()
    cms.edit(1, "de", "Antrag", NEW)
    service.pull()
    store.confirm_current(store.page_tree()[0].id, ["en"])
    cms.edit(1, "de", "Antrag", "<p>Noch einmal anders.</p>")
    report = service.push()
    assert report.conflicts
    assert "source text in the CMS" in report.conflicts[0].message
    assert cms.translation_state(1, "en") == "OUTDATED"
    [op] = store.operations()
    assert op.conflict
