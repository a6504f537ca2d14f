"""Syllable counting with pyphen's hyphenation dictionaries (thread-safe, cached).

A word's syllables are the pieces pyphen splits it into (``left=1, right=2``), where a piece without a
vowel is merged into its neighbour, and a few pieces the patterns leave unsplit are corrected from
:data:`PIECE_SYLLABLES`. Hyphenated compounds are counted part by part. Every word has at least one.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

import pyphen

from editor.text.readability.pattern_cache import preload

_VOWELS = re.compile(r"[aeiouyäöüàáâãåæèéêëìíîïòóôõøùúûýÿœ]", re.IGNORECASE)
_PARTS = re.compile(r"[^\W_]+")

#: Pieces that the de_DE patterns leave whole although they have two syllables.
PIECE_SYLLABLES: dict[str, int] = {
    "über": 2,
    "einen": 2,
    "neue": 2,
    "apo": 2,
    "asyl": 2,
    "tua": 2,
}

_CACHE_LIMIT = 200_000
_lock = threading.Lock()
_dictionaries: dict[str, pyphen.Pyphen] = {}
_caches: dict[str, dict[str, int]] = {}


def _dictionary(lang: str) -> pyphen.Pyphen:
    with _lock:
        dic = _dictionaries.get(lang)
        if dic is None:
            preload(lang)
            dic = pyphen.Pyphen(lang=lang, left=1, right=2)
            _dictionaries[lang] = dic
            _caches[lang] = {}
        return dic


def count_syllables(word: str, lang: str = "de_DE") -> int:
    """Return the number of syllables of ``word`` using pyphen's ``lang`` patterns (at least 1)."""
    return syllable_counter(lang)(word)


def syllable_counter(lang: str = "de_DE") -> Callable[[str], int]:
    """A fast counting function bound to one language's dictionary and cache."""
    dic = _dictionary(lang)
    cache = _caches[lang]

    def count(word: str) -> int:
        key = word.lower()
        cached = cache.get(key)
        if cached is not None:
            return cached
        result = max(1, sum(_count_part(dic, part) for part in _PARTS.findall(key)))
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[key] = result
        return result

    return count


def _count_part(dic: pyphen.Pyphen, part: str) -> int:
    if len(part) <= 2:
        return 1 if _VOWELS.search(part) else 0
    pieces = dic.inserted(part, hyphen="\x00").split("\x00")
    count = 0
    for piece in pieces:
        if _VOWELS.search(piece):
            count += PIECE_SYLLABLES.get(piece, 1)
    return count
