"""A region's own vocabulary: the spellcheck for languages that have no public dictionary (Qt-free).

Pashto, Sorani, Albanian, Tigrinya, Somali and Urdu have no dictionary that Debian or LibreOffice
ship. What every Integreat region does have is its own published text in those languages, written
and reviewed by its translators. :func:`build_vocabulary` turns that text into a word list:

    a word counts as known when it occurs in at least :data:`MIN_PAGES` (2) different published
    pages of the language.

One page is not enough, because a typo lives in exactly one page; two independent pages with the
same spelling are strong evidence that it is how the region writes the word. The check therefore
flags words the region has never published (or published only once): new words, and typos.

:class:`VocabularyDictionary` answers like an enchant dictionary (``check``, ``suggest``), so a
:class:`~editor.text.spelling.Speller` uses it with all its rules (markup masking, hyphenated
compounds, German terms, diacritics).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from editor.text.masking import mask_prose
from editor.text.speller_rules import edit_distance
from editor.text.words import iter_tokens

#: A word seen in at least this many published pages of a language counts as known.
MIN_PAGES = 2

MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
_MAX_WORD = 60


def word_key(word: str) -> str:
    """The form words are compared in: NFC, lower case, without Arabic harakat, tatweel or ZWNJ."""
    return MARKS_RE.sub("", unicodedata.normalize("NFC", word)).lower()


def page_words(text: str) -> set[str]:
    """The distinct word keys of one page (Markdown or HTML; markup, URLs and numbers skipped)."""
    found: set[str] = set()
    for token in iter_tokens(mask_prose(text)):
        for part in token.parts:
            if 1 < len(part.text) <= _MAX_WORD and not part.text.isdigit():
                found.add(word_key(part.text))
    return found


def build_vocabulary(pages: Iterable[str], min_pages: int = MIN_PAGES) -> frozenset[str]:
    """The word keys that occur in at least ``min_pages`` of ``pages`` (one text per page)."""
    counts: Counter[str] = Counter()
    for text in pages:
        counts.update(page_words(text))
    return frozenset(word for word, seen in counts.items() if seen >= min_pages)


class VocabularyDictionary:
    """A word set that answers like an enchant dictionary: ``check(word)`` and ``suggest(word)``."""

    tag = "region"

    def __init__(self, words: frozenset[str], pages: int) -> None:
        self.words = words
        self.pages = pages
        self._by_length: dict[int, list[str]] = {}
        for word in words:
            self._by_length.setdefault(len(word), []).append(word)

    def __len__(self) -> int:
        return len(self.words)

    def check(self, word: str) -> bool:
        """True when the region has published ``word`` often enough."""
        return word_key(word) in self.words

    def suggest(self, word: str) -> list[str]:
        """Known words at most two edits away, closest first (at most 8)."""
        key = word_key(word)
        limit = 1 if len(key) <= 4 else 2
        ranked: list[tuple[int, str]] = []
        for length in range(len(key) - limit, len(key) + limit + 1):
            for candidate in self._by_length.get(length, ()):
                distance = edit_distance(key, candidate)
                if distance <= limit:
                    ranked.append((distance, candidate))
        return [candidate for _, candidate in sorted(ranked)[:8]]
