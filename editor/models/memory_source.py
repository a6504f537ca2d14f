"""The translation memory of a working copy: every page's current texts and its history, aligned.

Built on demand from the working copy (no table of its own, no schema change). Aligning a page pair
is the costly part, so the aligned pairs are cached in ``translation-memory.cache.sqlite`` beside the
working copy, keyed by a hash of the two texts: a text that did not change is never aligned twice,
and the cache can be deleted at any time.

Each earlier version of a translation is paired with the source text of its time: the source version
that was current when that translation version was replaced.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path

from editor.models.store import Store
from editor.text.errors import ContentError
from editor.text.memory import MemoryEntry, TranslationMemory, aligned_pairs

CACHE_FILE = "translation-memory.cache.sqlite"
_Pairs = list[tuple[str, str, str]]


def cache_path(store: Store) -> Path:
    """The alignment cache of ``store``'s region."""
    return store.path.parent / CACHE_FILE


def load_memory(store: Store, languages: Iterable[str] | None = None) -> TranslationMemory:
    """The translation memory of the region (of the target ``languages``)."""
    return TranslationMemory(memory_entries(store, languages))


def memory_entries(store: Store, languages: Iterable[str] | None = None) -> Iterator[MemoryEntry]:
    """Every aligned block pair of the region's translations and their history."""
    infos = {lang.code: lang for lang in store.languages()}
    wanted = [code for code in (languages or infos) if code in infos and infos[code].parent_code]
    with _Cache(cache_path(store)) as cache:
        for language in wanted:
            source_language = infos[language].parent_code or ""
            for translation in store.iter_translations(language):
                page = translation.page_id
                source = store.translation(page, source_language)
                if source is None:
                    continue
                texts = _texts(store, page, source_language, language, source.content, translation.content)
                for source_html, target_html, origin in texts:
                    for text, target, html in cache.pairs(source_html, target_html):
                        yield MemoryEntry(text, target, html, language, page, origin)


def _texts(
    store: Store, page: int, source_language: str, language: str, source_now: str, target_now: str
) -> Iterator[tuple[str, str, str]]:
    """(source HTML, target HTML, origin) for the current texts and every earlier target version."""
    yield source_now, target_now, "current"
    versions = store.history(page, language)
    if not versions:
        return
    sources = sorted(store.history(page, source_language), key=lambda v: v.saved_at)
    stamps = [v.saved_at for v in sources]
    for version in versions:
        index = bisect.bisect_right(stamps, version.saved_at)
        source = sources[index].content if index < len(sources) else source_now
        yield source, version.content, f"version {version.id}"


class _Cache:
    """Aligned pairs by text hash in a small SQLite file (rebuilt when unreadable)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._new: dict[str, str] = {}

    def __enter__(self) -> _Cache:
        try:
            self._conn = sqlite3.connect(self._path)
            self._conn.execute("CREATE TABLE IF NOT EXISTS pairs (key TEXT PRIMARY KEY, pairs TEXT NOT NULL)")
        except sqlite3.DatabaseError:
            self._path.unlink(missing_ok=True)  # a damaged cache is only lost time
            self._conn = sqlite3.connect(self._path)
            self._conn.execute("CREATE TABLE pairs (key TEXT PRIMARY KEY, pairs TEXT NOT NULL)")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._conn is None:
            return
        with closing(self._conn) as conn, conn:
            conn.executemany("INSERT OR REPLACE INTO pairs VALUES (?, ?)", self._new.items())

    def pairs(self, source_html: str, target_html: str) -> _Pairs:
        key = hashlib.sha256(f"{source_html}\x00{target_html}".encode()).hexdigest()
        assert self._conn is not None
        found = self._conn.execute("SELECT pairs FROM pairs WHERE key = ?", (key,)).fetchone()
        if found is not None:
            return [(str(s), str(t), str(h)) for s, t, h in json.loads(found[0])]
        try:
            pairs = aligned_pairs(source_html, target_html)
        except ContentError:
            pairs = []
        self._new[key] = json.dumps(pairs, ensure_ascii=False)
        return pairs
