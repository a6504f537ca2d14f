"""The translator's worklist: missing, outdated and unreviewed pages with new and changed words."""

from __future__ import annotations

from pathlib import Path

from editor.models.demo import ensure_demo
from editor.models.worklist import MISSING, OUTDATED, worklist
from editor.sync.bundled_client import fill_demo
from editor.text.segments import split_blocks

RESIDENCE, FIKTION, TERMINE = 9, 10, 8


def test_worklist_counts_changed_words_from_the_source_diff(tmp_path: Path) -> None:
    """A German edit after the English was updated makes Termine outdated with its changed words."""
    store = ensure_demo(tmp_path, fill_demo)
    german = store.translation(TERMINE, "de")
    assert german is not None
    blocks = split_blocks(german.content)
    word = next(w for b in blocks for w in b.text.split() if w.isalpha() and len(w) > 6)
    store.save_translation(
        TERMINE, "de", title=german.title, content=german.content.replace(word, "Ersatzwort", 1)
    )
    items = {item.page_id: item for item in worklist(store, "en")}
    assert items[TERMINE].state == OUTDATED
    assert items[TERMINE].changed_words == 1
    assert items[TERMINE].new_words == 0
    assert items[FIKTION].state == MISSING
    assert items[RESIDENCE].state == OUTDATED  # by the CMS's timestamps: the English lacks blocks
    assert items[RESIDENCE].new_words > 0
    store.close()


def test_worklist_of_the_source_language_is_empty(tmp_path: Path) -> None:
    """The source language has nothing to translate."""
    store = ensure_demo(tmp_path, fill_demo)
    assert worklist(store, "de") == []
    store.close()
