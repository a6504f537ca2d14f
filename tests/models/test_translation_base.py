"""The source text a translation was last brought up to date with, from the local history."""

from __future__ import annotations

from pathlib import Path

from editor.models.demo import ensure_demo
from editor.models.translation_base import source_base, translation_time
from editor.sync.bundled_client import fill_demo

RESIDENCE = 9


def test_source_base_is_the_source_text_current_when_the_translation_was_updated(tmp_path: Path) -> None:
    """After two German edits, the base of the older English is the German before both edits."""
    store = ensure_demo(tmp_path, fill_demo)
    german = store.translation(RESIDENCE, "de")
    english = store.translation(RESIDENCE, "en")
    assert german is not None
    assert english is not None
    first = german.content.replace("rechtzeitig", "früh", 1)
    store.save_translation(RESIDENCE, "de", title=german.title, content=first)
    store.save_translation(RESIDENCE, "de", title=german.title, content=first.replace("früh", "sehr früh", 1))
    base = source_base(store, english, "de")
    assert base is not None
    assert base.html == german.content
    assert base.version_id is not None
    assert base.translated_at == translation_time(english)
    store.close()


def test_source_base_without_later_source_versions_is_the_current_source(tmp_path: Path) -> None:
    """A translation updated after the last source edit has the current source as its base."""
    store = ensure_demo(tmp_path, fill_demo)
    german = store.translation(RESIDENCE, "de")
    assert german is not None
    store.save_translation(
        RESIDENCE, "de", title=german.title, content=german.content.replace("rechtzeitig", "früh")
    )
    english = store.translation(RESIDENCE, "en")
    assert english is not None
    store.save_translation(RESIDENCE, "en", title=english.title, content=english.content + "<p>x</p>")
    english = store.translation(RESIDENCE, "en")
    assert english is not None
    base = source_base(store, english, "de")
    current = store.translation(RESIDENCE, "de")
    assert base is not None
    assert current is not None
    assert base.version_id is None
    assert base.html == current.content
    store.close()
