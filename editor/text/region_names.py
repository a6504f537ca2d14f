"""The region's local names as each language writes them: an extra accepted-word list (Qt-free).

A dictionary does not know the town (``Musterstadt``), nor how the region's Arabic pages write it
(``موسترشتات``): the Arabic transliteration is one or two letters away from real Arabic words, so the
speller marks it on every Arabic page. :func:`find_region_names` finds such words from evidence that a
typo cannot fake:

1. **Anchors** are the region's own names in the source language (German): the words of the region's
   name that the source dictionary does not know, and capitalised source words that the source
   dictionary does not know and that occur in at least :data:`NAME_MIN_PAGES` published source pages
   (districts, streets, offices).
2. A word of another language is a **local name** when it occurs in at least :data:`NAME_MIN_PAGES`
   published pages of that language and follows one anchor from page to page: on at least
   :data:`COVERAGE` of those pages the source text of the *same page* holds the anchor, and that
   co-occurrence is unlikely to be chance: the hypergeometric probability of so many hits among pages
   drawn at random, times the number of (word, anchor) pairs tested, is at most :data:`CHANCE`. Only
   words the language's own dictionary does not know are tested. In the source language itself only the
   words of the region's name are accepted (other German names are left to the speller's name rule).

A typo lives in one page; the same typo in three or more pages, each time exactly where the German
text names the same place, is how the region writes that name. A word that is merely frequent is not
accepted, and neither is one that follows a name that appears on almost every page (the chance test
then needs many more pages).

:class:`RegionNames` answers like an enchant dictionary, so a :class:`~editor.text.spelling.Speller`
simply consults it after its real dictionaries (editor/text/spelling.py).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from math import comb

from editor.text.vocabulary import MARKS_RE, word_key

log = logging.getLogger(__name__)

#: A local name must occur in at least this many published pages of its language.
NAME_MIN_PAGES = 3
#: ... and on at least this part of them the source text of the same page holds the anchor.
COVERAGE = 0.9
#: The largest chance probability accepted for that co-occurrence, over all the words and anchors tested.
CHANCE = 0.05

_LETTERS = re.compile(r"[^\W\d_]+")

Pages = Mapping[int, str]
"""Published page texts of one language by page id (the same id in every language)."""


#: Words of a region's name that say what kind of place it is, not which (Integreat's region prefixes).
REGION_PREFIXES = frozenset({
    "stadt", "landkreis", "kreis", "gemeinde", "markt", "landeshauptstadt", "region", "bezirk",
    "samtgemeinde", "verbandsgemeinde", "amt", "hansestadt", "kreisstadt", "große", "universitätsstadt",
    "städteregion", "regionalverband", "bundesstadt", "freie", "und", "der", "die", "das", "am", "an",
    "im", "in", "ob", "bei",
})  # fmt: skip
_TAG = re.compile(r"<[^>]*>")


def page_keys(text: str) -> set[str]:
    """The word keys of one page, fast: tags dropped, harakat, tatweel and ZWNJ removed, lower case."""
    plain = unicodedata.normalize("NFC", _TAG.sub(" ", text))
    return {word.lower() for word in _LETTERS.findall(MARKS_RE.sub("", plain)) if len(word) > 1}


def name_words(region_name: str) -> frozenset[str]:
    """The word keys of the region's name without its prefix (``Stadt Musterstadt`` -> ``musterstadt``)."""
    return frozenset(
        key for key in (word_key(w) for w in _LETTERS.findall(region_name)) if key not in REGION_PREFIXES
    )


def anchors_of(region_name: str, source_pages: Pages, known: Callable[[str], bool]) -> frozenset[str]:
    """The word keys of the region's names in the source language (``known``: the source dictionary)."""
    counts: Counter[str] = Counter()
    for text in source_pages.values():
        plain = _TAG.sub(" ", text)
        counts.update({word for word in _LETTERS.findall(plain) if word[:1].isupper() and len(word) > 2})
    frequent = {word_key(word) for word, seen in counts.items() if seen >= NAME_MIN_PAGES and not known(word)}
    return name_words(region_name) | frequent


def find_region_names(
    pages: Pages,
    source_pages: Pages,
    anchors: Iterable[str],
    known: Callable[[str], bool],
    same_language: bool = False,
) -> frozenset[str]:
    """The word keys of ``pages`` that are local names (see the module docstring).

    ``known`` is the language's own dictionary: only words it does not know are considered.
    """
    anchor_keys = frozenset(anchors)
    index = _index(pages)
    candidates = {
        word: found for word, found in index.items() if len(found) >= NAME_MIN_PAGES and not known(word)
    }
    if same_language:
        return frozenset(word for word in candidates if word in anchor_keys)
    shared = set(pages) & set(source_pages)
    source_index = _index({page: source_pages[page] for page in shared})
    # only pairs that can pass count as tests: anchors and words on enough of the shared pages
    anchored = [found for key in anchor_keys if len(found := source_index.get(key, set())) >= NAME_MIN_PAGES]
    seen_on = {word: found & shared for word, found in candidates.items()}
    seen_on = {word: seen for word, seen in seen_on.items() if len(seen) >= NAME_MIN_PAGES}
    tests = len(seen_on) * len(anchored)
    return frozenset(
        word
        for word, seen in seen_on.items()
        if any(_follows(seen, of, len(shared), tests) for of in anchored)
    )


def _index(pages: Pages) -> dict[str, set[int]]:
    index: dict[str, set[int]] = {}
    for page, text in pages.items():
        for key in page_keys(text):
            index.setdefault(key, set()).add(page)
    return index


def _follows(seen: set[int], anchored: set[int], shared: int, tests: int) -> bool:
    """True when the word's pages follow the anchor's beyond chance (a hypergeometric tail, Bonferroni)."""
    hits = len(seen & anchored)
    if hits < NAME_MIN_PAGES or hits < COVERAGE * len(seen):
        return False
    return chance(shared, len(anchored), len(seen), hits) * tests <= CHANCE


def chance(pages: int, anchored: int, seen: int, hits: int) -> float:
    """The probability that ``seen`` pages drawn at random from ``pages`` hold at least ``hits`` of the
    ``anchored`` ones (the hypergeometric tail)."""
    total = comb(pages, seen)
    return sum(comb(anchored, i) * comb(pages - anchored, seen - i) for i in range(hits, seen + 1)) / total


class RegionNames:
    """The local names of one language, answering like an enchant dictionary; built on first use."""

    tag = "region-names"

    def __init__(self, build: Callable[[], frozenset[str]]) -> None:
        self._build = build
        self._words: frozenset[str] | None = None
        self._lock = threading.Lock()

    @property
    def words(self) -> frozenset[str]:
        """The accepted word keys (computed once, on first use; none when the region's pages cannot be
        read: the names are an addition to the dictionary, and a spell check must not fail for them)."""
        with self._lock:
            if self._words is None:
                try:
                    self._words = self._build()
                except Exception as exc:  # the working copy's errors belong to a layer above
                    log.warning("the region's local names cannot be read: %s", exc)
                    self._words = frozenset()
            return self._words

    @property
    def prepared(self) -> bool:
        """True once the names have been read (or found unreadable)."""
        return self._words is not None

    def prepare(self) -> None:
        """Read the names now (a background load), instead of on the first unknown word."""
        self.words  # noqa: B018 - the property reads them once

    def __len__(self) -> int:
        return len(self.words)

    def check(self, word: str) -> bool:
        """True when ``word`` is one of the region's local names in this language."""
        return word_key(word) in self.words

    def suggest(self, word: str) -> list[str]:
        """Names are not suggested (a misspelling is corrected from the real dictionary)."""
        return []
