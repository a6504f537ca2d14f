"""Translation memory: the region's earlier aligned block translations, looked up by similarity.

Qt-free. Entries are aligned block pairs (:mod:`editor.text.segments`): a source block's plain text,
its translation's plain text and inline HTML, the language, the page and where it came from (the
current text or a version from the history). :class:`TranslationMemory` indexes the distinct source
texts by their words (an inverted index of word 1-grams: character trigrams of German's common
syllables gave posting lists of tens of thousands and 200 ms lookups, see docs/decisions/0017);
:meth:`TranslationMemory.lookup` collects candidates through the query's rarest words, ranks them by
word overlap, and scores the best by a word-level edit ratio, as a percentage (100 = the same text,
ignoring case and spacing). TMX export (:func:`to_tmx`) writes the pairs for agencies' tools.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import lxml.etree

from editor.text.alignment import align
from editor.text.segments import OTHER, split_blocks

_SPACE = re.compile(r"\s+")
_INDEX_WORD = re.compile(r"\w+")
_WORD = re.compile(r"\w+|[^\w\s]")
#: Candidates ranked by trigram overlap that are scored exactly.
_RANKED = 20
#: Postings read per lookup at most (the rarest trigrams first).
_POSTING_BUDGET = 12_000
#: Words read per lookup at least (when the query has them), however common.
_MIN_WORDS = 3
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """One aligned block pair: ``source``/``target`` plain text, ``target_html`` the target block's
    inline HTML (what "insert" puts in), ``language`` the target language, ``page_id`` the local page,
    ``origin`` ``current`` or ``version <id>``."""

    source: str
    target: str
    target_html: str
    language: str
    page_id: int
    origin: str = "current"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A memory hit: the entry and how similar its source is to the query, in percent."""

    entry: MemoryEntry
    score: int


def normalise(text: str) -> str:
    """The form texts are compared in: lower case, whitespace collapsed."""
    return _SPACE.sub(" ", text).strip().lower()


def index_words(text: str) -> set[str]:
    """The words a text is indexed by: the words of ``normalise(text)`` (numbers included)."""
    return set(_INDEX_WORD.findall(normalise(text)))


def aligned_pairs(source_html: str, target_html: str) -> list[tuple[str, str, str]]:
    """``(source text, target text, target inline HTML)`` of the aligned, translated block pairs of a
    page (empty blocks, copies of the source and contact cards left out)."""
    pairs = []
    for pair in align(split_blocks(source_html), split_blocks(target_html)):
        source, target = pair.source, pair.target
        if source is None or target is None or OTHER in (source.kind, target.kind):
            continue
        if source.text and target.text and source.text != target.text:
            pairs.append((source.text, target.text, target.inline_html))
    return pairs


class TranslationMemory:
    """An in-memory trigram index over the distinct source texts of the entries."""

    def __init__(self, entries: Iterable[MemoryEntry]) -> None:
        self._texts: list[str] = []
        self._grams: list[frozenset[str]] = []
        self._ids: dict[str, int] = {}
        self._postings: dict[str, list[int]] = {}
        self._entries: dict[tuple[int, str], list[MemoryEntry]] = {}
        self.size = 0
        for entry in entries:
            self.add(entry)

    def add(self, entry: MemoryEntry) -> None:
        """Add one entry (the same pair twice is kept once)."""
        key = normalise(entry.source)
        text_id = self._ids.get(key)
        if text_id is None:
            text_id = self._ids[key] = len(self._texts)
            self._texts.append(key)
            grams = frozenset(index_words(key))
            self._grams.append(grams)
            for gram in grams:
                self._postings.setdefault(gram, []).append(text_id)
        bucket = self._entries.setdefault((text_id, entry.language), [])
        if all(e.target != entry.target for e in bucket):
            bucket.append(entry)
            self.size += 1

    def entries(self, language: str | None = None) -> list[MemoryEntry]:
        """Every entry (of one target language)."""
        return [e for (_i, lang), found in self._entries.items() if language in (None, lang) for e in found]

    def lookup(
        self, source_text: str, language: str, *, limit: int = 5, minimum: int = 50
    ) -> list[Suggestion]:
        """The best ``limit`` translations into ``language`` of texts like ``source_text`` (score ≥
        ``minimum``), best first; the same translation is offered once."""
        key = normalise(source_text)
        if not key:
            return []
        candidates = self._candidates(key, language)
        query_words = _WORD.findall(key)
        scored: list[tuple[int, int]] = []
        for text_id in candidates:
            score = 100 if self._texts[text_id] == key else _percent(query_words, self._texts[text_id])
            if score >= minimum:
                scored.append((score, text_id))
        scored.sort(key=lambda item: (-item[0], item[1]))
        out: list[Suggestion] = []
        seen: set[str] = set()
        for score, text_id in scored:
            for entry in self._entries.get((text_id, language), ()):
                if entry.target not in seen:
                    seen.add(entry.target)
                    out.append(Suggestion(entry, score))
            if len(out) >= limit:
                break
        return out[:limit]

    def _candidates(self, key: str, language: str) -> list[int]:
        exact = self._ids.get(key)
        grams = sorted(index_words(key), key=lambda g: len(self._postings.get(g, ())))
        counts: Counter[int] = Counter()
        budget = _POSTING_BUDGET
        used = 0
        for gram in grams:
            posting = self._postings.get(gram)
            if posting is None:
                continue
            if len(posting) > budget and used >= _MIN_WORDS:
                break
            counts.update(posting)
            budget -= len(posting)
            used += 1
        ranked = []
        query = frozenset(grams)
        for text_id, _hits in counts.most_common(_RANKED * 5):
            if (text_id, language) in self._entries:
                other = self._grams[text_id]
                ranked.append((2 * len(query & other) / (len(query) + len(other)), text_id))
        ranked.sort(reverse=True)
        found = [text_id for _dice, text_id in ranked[:_RANKED]]
        if exact is not None and (exact, language) in self._entries and exact not in found:
            found.insert(0, exact)
        return found


def _percent(query_words: Sequence[str], text: str) -> int:
    ratio = SequenceMatcher(None, query_words, _WORD.findall(text), autojunk=False).ratio()
    return min(99, round(ratio * 100))


def to_tmx(entries: Iterable[MemoryEntry], source_tag: str, tags: dict[str, str], tool_version: str) -> str:
    """TMX 1.4: one ``<tu>`` per entry with the source and the target text (plain, block-segmented);
    ``tags`` maps language codes to the BCP 47 tags written in ``xml:lang``."""
    root = lxml.etree.Element("tmx", {"version": "1.4"})
    lxml.etree.SubElement(
        root, "header",
        {"creationtool": "Integreat Desk", "creationtoolversion": tool_version, "datatype": "plaintext",
         "segtype": "block", "adminlang": "en", "srclang": source_tag, "o-tmf": "integreat-desk"},
    )  # fmt: skip
    body = lxml.etree.SubElement(root, "body")
    for entry in entries:
        unit = lxml.etree.SubElement(body, "tu")
        lxml.etree.SubElement(unit, "prop", {"type": "x-page"}).text = str(entry.page_id)
        lxml.etree.SubElement(unit, "prop", {"type": "x-origin"}).text = entry.origin
        for tag, text in (
            (source_tag, entry.source),
            (tags.get(entry.language, entry.language), entry.target),
        ):
            variant = lxml.etree.SubElement(unit, "tuv", {XML_LANG: tag})
            lxml.etree.SubElement(variant, "seg").text = text
    text = lxml.etree.tostring(root, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text
