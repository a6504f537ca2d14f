"""The translator's worklist: per target language, the pages that need work and how many words.

A page is *missing* in a language when its source text exists and the translation does not (every
source word is new); *outdated* when its source's normalised content changed since the translation's
recorded base (:mod:`editor.models.translation_status`, the rule the tree shows; the base text from
:mod:`editor.models.translation_base`); *not reviewed* when it is a draft or waits for review. Words:
with a base text, the source diff's new and changed words (:meth:`SourceDiff.word_counts`; an unknown
base counts every source word as new); without one (a working copy from before schema 0007), the
words of the source blocks the translation has no aligned block for (new).
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.models.records import TranslationState
from editor.models.store import Store
from editor.text.errors import ContentError

MISSING, OUTDATED, UNREVIEWED = "missing", "outdated", "unreviewed"


@dataclass(frozen=True)
class WorkItem:
    """One page that needs work in one language."""

    page_id: int
    title: str
    state: str
    new_words: int
    changed_words: int


def worklist(store: Store, language: str) -> list[WorkItem]:
    """The pages needing work in ``language`` (missing, outdated, not reviewed), in tree order."""
    infos = {lang.code: lang for lang in store.languages()}
    source = infos[language].parent_code if language in infos else None
    if source is None:
        return []
    codes = [source, language, *infos]
    items = []
    for row in store.page_tree():
        if row.archived or source not in row.cells:
            continue
        cell = row.cells.get(language)
        original = store.translation(row.id, source)
        if original is None:
            continue
        if cell is None:
            words = sum(block.words for block in _blocks(original.content))
            items.append(WorkItem(row.id, row.title(codes), MISSING, words, 0))
            continue
        item = _item(store, row.id, row.title(codes), language, source, original.content, cell.state)
        if item is not None:
            items.append(item)
    return items


def _item(
    store: Store, page: int, title: str, language: str, source: str, source_html: str, state: TranslationState
) -> WorkItem | None:
    # on demand: the window imports this module at start-up for the tree filter's states
    from editor.models.translation_base import source_base
    from editor.text.diff import source_diff
    from editor.text.segments import align

    target = store.translation(page, language)
    if target is None:
        return None
    base = source_base(store, target, source)
    try:
        if base is not None and base.outdated:
            diff = source_diff(base.html, source_html)
            if diff.changed:
                new, changed = diff.word_counts()
                return WorkItem(page, title, OUTDATED, new, changed)
        if state not in (TranslationState.OUTDATED, TranslationState.DRAFT, TranslationState.REVIEW):
            return None
        pairs = align(_blocks(source_html), _blocks(target.content))
    except ContentError:
        return WorkItem(page, title, OUTDATED if state is TranslationState.OUTDATED else UNREVIEWED, 0, 0)
    new = sum(pair.source.words for pair in pairs if pair.target is None and pair.source is not None)
    return WorkItem(page, title, OUTDATED if state is TranslationState.OUTDATED else UNREVIEWED, new, 0)


def _blocks(html: str) -> list:  # type: ignore[type-arg]
    from editor.text.segments import split_blocks

    try:
        return split_blocks(html)
    except ContentError:
        return []
