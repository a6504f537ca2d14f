"""Status from content: the recorded source base per translation (ADR 0021), below the UI."""

from __future__ import annotations

from editor.models.operations import RefreshDate
from editor.models.quality_store import confirm_still_valid, confirmations
from editor.models.records import TranslationState
from editor.models.store import Store, content_hash
from editor.models.translation_base import RECORDED, UNKNOWN, source_base
from editor.models.translation_status import UNKNOWN_BASE, is_outdated
from editor.models.worklist import OUTDATED, worklist


def _page(store: Store, title: str) -> int:
    return next(row.id for row in store.page_tree() if row.title(["de"]) == title)


def _state(store: Store, page: int, language: str) -> TranslationState:
    return store.page_tree([page])[0].cells[language].state


def _base(store: Store, page: int, language: str) -> str | None:
    return store.query(
        "SELECT source_hash FROM translation WHERE page_id = ? AND language_code = ?", (page, language)
    )[0][0]


def _edit_german(store: Store, page: int, content: str, *, minor: bool = False) -> None:
    german = store.translation(page, "de")
    assert german is not None
    store.save_translation(page, "de", title=german.title, content=content, minor_edit=minor)


def test_source_base_pull_records_the_cms_states(store: Store) -> None:
    """The first pull takes the base from the CMS: up to date → the source pulled; outdated → unknown."""
    housing, rent = _page(store, "Wohnen"), _page(store, "Miete")
    german = store.translation(housing, "de")
    assert german is not None
    assert _base(store, housing, "en") == content_hash(german.content)
    assert _base(store, rent, "en") == UNKNOWN_BASE  # older than its source in the CMS, no history
    assert _state(store, housing, "en") is TranslationState.UP_TO_DATE
    assert _state(store, rent, "en") is TranslationState.OUTDATED
    english = store.translation(rent, "en")
    assert english is not None
    unknown = source_base(store, english, "de")
    assert unknown is not None
    assert (unknown.origin, unknown.html, unknown.outdated) == (UNKNOWN, "", True)


def test_source_base_major_source_edit_outdates_and_restoring_makes_current(store: Store) -> None:
    """A major German edit outdates en and ar; restoring the German text makes them current again."""
    housing = _page(store, "Wohnen")
    german = store.translation(housing, "de")
    assert german is not None
    _edit_german(store, housing, "<p>Eine Wohnung finden in Teststadt. Neu: Wohngeld.</p>")
    assert _state(store, housing, "en") is TranslationState.OUTDATED
    assert _state(store, housing, "ar") is TranslationState.OUTDATED
    english = store.translation(housing, "en")
    assert english is not None
    base = source_base(store, english, "de")
    assert base is not None
    assert (base.origin, base.html, base.outdated) == (RECORDED, german.content, True)
    _edit_german(store, housing, german.content)  # the German as it was (restored by hand)
    assert _state(store, housing, "en") is TranslationState.UP_TO_DATE
    assert _state(store, housing, "ar") is TranslationState.UP_TO_DATE


def test_source_base_restore_version_makes_translations_current(store: Store) -> None:
    """Restoring the German's earlier version from the history makes the translations current."""
    housing = _page(store, "Wohnen")
    _edit_german(store, housing, "<p>Ganz anders.</p>")
    assert _state(store, housing, "en") is TranslationState.OUTDATED
    [old] = store.history(housing, "de")
    store.restore_version(old.id)
    assert _state(store, housing, "en") is TranslationState.UP_TO_DATE


def test_source_base_minor_source_edit_does_not_outdate(store: Store) -> None:
    """A minor German edit keeps the current translations current (their base moves along)."""
    housing = _page(store, "Wohnen")
    _edit_german(store, housing, "<p>Eine Wohnung finden in Teststadt!</p>", minor=True)
    assert _state(store, housing, "en") is TranslationState.UP_TO_DATE
    assert _state(store, housing, "ar") is TranslationState.UP_TO_DATE
    _edit_german(store, housing, "<p>Eine Wohnung finden in Teststadt.</p>")  # major, back again
    assert _state(store, housing, "en") is TranslationState.OUTDATED


def test_source_base_minor_edit_does_not_make_an_outdated_translation_current(store: Store) -> None:
    """A minor source edit moves only the bases that were current: an outdated one stays outdated."""
    rent = _page(store, "Miete")
    _edit_german(store, rent, "<p>Die Miete zahlen Sie jeden Monat.</p>", minor=True)
    assert _state(store, rent, "en") is TranslationState.OUTDATED


def test_source_base_major_translation_save_records_the_source_now(store: Store) -> None:
    """Saving the outdated English (major) makes it up to date with the German as it is now."""
    rent = _page(store, "Miete")
    english = store.translation(rent, "en")
    assert english is not None
    store.save_translation(rent, "en", title=english.title, content="<p>You pay the rent every month.</p>")
    assert _state(store, rent, "en") is TranslationState.UP_TO_DATE
    store.save_translation(rent, "en", title=english.title, content="<p>Rent: monthly.</p>", minor_edit=True)
    assert _state(store, rent, "en") is TranslationState.UP_TO_DATE


def test_source_base_still_up_to_date_for_all_languages_in_one_action(store: Store) -> None:
    """ "Still up to date" (= "Still valid") for all languages: bases, confirmations, one refresh each."""
    housing = _page(store, "Wohnen")
    _edit_german(store, housing, "<p>Eine Wohnung finden in Teststadt, schnell.</p>")
    before = len(store.operations())
    changes = confirm_still_valid(store, housing)
    assert changes.tree
    assert changes.outbox
    assert _state(store, housing, "en") is TranslationState.UP_TO_DATE
    assert _state(store, housing, "ar") is TranslationState.UP_TO_DATE
    assert {lang for (page, lang) in confirmations(store) if page == housing} == {"de", "en", "ar"}
    refreshes = [op for op in store.operations()[before:] if isinstance(op, RefreshDate)]
    assert [op.language for op in refreshes] == ["de", "en", "ar"]  # the source first
    store.confirm_current(housing, ["en"])  # again: replaced, not added
    assert len([op for op in store.operations() if isinstance(op, RefreshDate)]) == 3


def test_source_base_major_source_edit_drops_confirmations_not_sent(store: Store) -> None:
    """A confirmation waiting to be sent is dropped when the source then changes (it is overtaken)."""
    housing = _page(store, "Wohnen")
    store.confirm_current(housing, ["en"])
    _edit_german(store, housing, "<p>Alles neu.</p>")
    assert not [op for op in store.operations() if isinstance(op, RefreshDate)]


def test_source_base_worklist_counts_changed_words_against_the_recorded_base(store: Store) -> None:
    """The worklist reads the same status and counts the source diff against the recorded base."""
    housing = _page(store, "Wohnen")
    _edit_german(store, housing, "<p>Eine Wohnung suchen in Teststadt.</p><p>Neuer Absatz hier.</p>")
    [item] = [i for i in worklist(store, "en") if i.page_id == housing]
    assert item.state == OUTDATED
    assert (item.new_words, item.changed_words) == (3, 1)


def test_source_base_status_rule() -> None:
    """The one rule: recorded base against the source hash; unknown is outdated; none: time stamps."""
    assert is_outdated("a", "b")
    assert not is_outdated("a", "a")
    assert is_outdated(UNKNOWN_BASE, "a")
    assert not is_outdated("a", None)
    assert is_outdated(None, "a", "2026-01-01", "2026-02-01")
    assert not is_outdated(None, "a", "2026-03-01", "2026-02-01")
