"""The source text a translation was last brought up to date with: recorded, unknown, or reconstructed."""

from __future__ import annotations

from pathlib import Path

from editor.models.demo import ensure_demo
from editor.models.store import Store
from editor.models.translation_base import RECONSTRUCTED, RECORDED, UNKNOWN, source_base, translation_time
from editor.sync.bundled_client import fill_demo

RESIDENCE = 9  # the English is outdated in the CMS; the demo's earlier pull knows its German
HEALTH_INSURANCE = 19  # the English is outdated in the CMS; no earlier German


def _forget_bases(store: Store) -> None:
    """As a working copy migrated from schema 0006 has them: none recorded."""
    with store.transaction() as conn:
        conn.execute("UPDATE translation SET source_hash = NULL")


def test_source_base_recorded_after_still_up_to_date_and_two_source_edits(tmp_path: Path) -> None:
    """Confirmed up to date, then two German edits: the base is the German before both edits."""
    store = ensure_demo(tmp_path, fill_demo)
    store.confirm_current(RESIDENCE, ["en"])
    german = store.translation(RESIDENCE, "de")
    english = store.translation(RESIDENCE, "en")
    assert german is not None
    assert english is not None
    first = german.content.replace("rechtzeitig", "früh", 1)
    store.save_translation(RESIDENCE, "de", title=german.title, content=first)
    store.save_translation(RESIDENCE, "de", title=german.title, content=first.replace("früh", "sehr früh", 1))
    base = source_base(store, english, "de")
    assert base is not None
    assert (base.origin, base.html, base.outdated) == (RECORDED, german.content, True)
    store.close()


def test_source_base_recorded_from_the_demos_earlier_pull(tmp_path: Path) -> None:
    """The demo's English was made from the German of its earlier pull: that German is its base."""
    store = ensure_demo(tmp_path, fill_demo)
    english = store.translation(RESIDENCE, "en")
    german = store.translation(RESIDENCE, "de")
    assert english is not None
    assert german is not None
    base = source_base(store, english, "de")
    assert base is not None
    assert (base.origin, base.outdated) == (RECORDED, True)
    assert "So läuft es ab" in german.content
    assert "So läuft es ab" not in base.html
    store.close()


def test_source_base_unknown_when_the_cms_says_outdated_at_the_first_pull(tmp_path: Path) -> None:
    """The demo's English of "Krankenversicherung" is outdated in the CMS and no older German is known."""
    store = ensure_demo(tmp_path, fill_demo)
    english = store.translation(HEALTH_INSURANCE, "en")
    assert english is not None
    base = source_base(store, english, "de")
    assert base is not None
    assert (base.origin, base.html, base.outdated) == (UNKNOWN, "", True)
    store.close()


def test_source_base_reconstructed_from_history_without_a_recorded_base(tmp_path: Path) -> None:
    """Nothing recorded (a copy from 0006): the German current when the English was updated (ADR 0019)."""
    store = ensure_demo(tmp_path, fill_demo)
    _forget_bases(store)
    german = store.translation(HEALTH_INSURANCE, "de")
    english = store.translation(HEALTH_INSURANCE, "en")
    assert german is not None
    assert english is not None
    first = german.content.replace("</p>", " Neu.</p>", 1)
    store.save_translation(HEALTH_INSURANCE, "de", title=german.title, content=first)
    store.save_translation(
        HEALTH_INSURANCE, "de", title=german.title, content=first.replace("Neu.", "Ganz neu.", 1)
    )
    base = source_base(store, english, "de")
    assert base is not None
    assert (base.origin, base.html, base.outdated) == (RECONSTRUCTED, german.content, True)
    assert base.version_id is not None
    assert base.translated_at == translation_time(english)
    store.close()


def test_source_base_reconstructed_without_later_source_versions_is_the_current_source(
    tmp_path: Path,
) -> None:
    """Nothing recorded and no source version after the translation: the current source, not outdated."""
    store = ensure_demo(tmp_path, fill_demo)
    _forget_bases(store)
    german = store.translation(HEALTH_INSURANCE, "de")
    assert german is not None
    base = source_base(store, store.translation(HEALTH_INSURANCE, "en"), "de")  # type: ignore[arg-type]
    assert base is not None
    assert (base.origin, base.html, base.outdated, base.version_id) == (
        RECONSTRUCTED,
        german.content,
        False,
        None,
    )
    store.close()
