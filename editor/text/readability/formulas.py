"""The published readability formulas and our HIX-like index, as pure functions of :class:`Counts`.

Every formula returns ``None`` when it cannot be computed (no words, no sentences, no syllables).
The exact definitions and sources are in docs/readability.md.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from editor.text.readability.model import Counts, Parameters


def _ratios(counts: Counts) -> tuple[float, float] | None:
    if counts.words == 0 or counts.sentences == 0:
        return None
    return counts.words / counts.sentences, counts.words


def amstad(counts: Counts) -> float | None:
    """Flesch–Amstad reading ease: ``180 − ASL − 58.5 · ASW``."""
    if counts.syllables is None or (ratios := _ratios(counts)) is None:
        return None
    asl, words = ratios
    return 180.0 - asl - 58.5 * (counts.syllables / words)


def wiener_sachtextformel_1(counts: Counts) -> float | None:
    """1st Wiener Sachtextformel: ``0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875``."""
    if counts.polysyllables is None or counts.monosyllables is None or (ratios := _ratios(counts)) is None:
        return None
    sl, words = ratios
    ms = 100.0 * counts.polysyllables / words
    iw = 100.0 * counts.long_words / words
    es = 100.0 * counts.monosyllables / words
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875


def smog_de(counts: Counts) -> float | None:
    """German SMOG (Bamberger/Vanecek): ``sqrt(30 · words with ≥ 3 syllables / sentences) − 2``."""
    if counts.polysyllables is None or counts.sentences == 0 or counts.words == 0:
        return None
    return math.sqrt(30.0 * counts.polysyllables / counts.sentences) - 2.0


def lix(counts: Counts) -> float | None:
    """LIX (Björnsson): ``words / sentences + 100 · words over 6 letters / words``."""
    if (ratios := _ratios(counts)) is None:
        return None
    asl, words = ratios
    return asl + 100.0 * counts.long_words / words


def flesch_reading_ease(counts: Counts) -> float | None:
    """Flesch Reading Ease (English): ``206.835 − 1.015 · ASL − 84.6 · ASW``."""
    if counts.syllables is None or (ratios := _ratios(counts)) is None:
        return None
    asl, words = ratios
    return 206.835 - 1.015 * asl - 84.6 * (counts.syllables / words)


def flesch_kincaid_grade(counts: Counts) -> float | None:
    """Flesch–Kincaid grade level (English): ``0.39 · ASL + 11.8 · ASW − 15.59``."""
    if counts.syllables is None or (ratios := _ratios(counts)) is None:
        return None
    asl, words = ratios
    return 0.39 * asl + 11.8 * (counts.syllables / words) - 15.59


def parameters(counts: Counts) -> Parameters | None:
    """The six HIX text parameters, or None without words."""
    if counts.words == 0 or counts.sentences == 0 or counts.clauses == 0:
        return None
    return Parameters(
        avg_sentence_length=counts.words / counts.sentences,
        avg_clause_length=counts.words / counts.clauses,
        avg_word_length=counts.letters / counts.words,
        pct_long_words=100.0 * counts.long_words / counts.words,
        pct_long_clauses=100.0 * counts.long_clauses / counts.clauses,
        pct_long_sentences=100.0 * counts.long_sentences / counts.sentences,
    )


class Anchor(NamedTuple):
    """A measure's value that scores 0 (``hard``) and the one that scores 20 (``easy``)."""

    name: str
    hard: float
    easy: float


#: Our own anchors of the HIX-like index (documented in docs/readability.md). Between the anchors a
#: measure scores linearly; beyond them it is clamped to 0 or 20.
ANCHORS: tuple[Anchor, ...] = (
    Anchor("amstad", hard=20.0, easy=90.0),
    Anchor("wiener_sachtextformel_1", hard=15.0, easy=2.0),
    Anchor("smog_de", hard=11.0, easy=1.0),
    Anchor("lix", hard=65.0, easy=20.0),
    Anchor("avg_sentence_length", hard=25.0, easy=5.0),
    Anchor("avg_clause_length", hard=14.0, easy=4.0),
    Anchor("avg_word_length", hard=7.0, easy=4.5),
    Anchor("pct_long_words", hard=45.0, easy=10.0),
    Anchor("pct_long_clauses", hard=40.0, easy=0.0),
    Anchor("pct_long_sentences", hard=50.0, easy=0.0),
)


def anchor_score(value: float, anchor: Anchor) -> float:
    """Map ``value`` linearly onto 0–20 between the anchor's hard and easy values, clamped."""
    share = (anchor.hard - value) / (anchor.hard - anchor.easy)
    return 20.0 * min(1.0, max(0.0, share))


def hix_like(measures: dict[str, float | None]) -> float | None:
    """The mean of the ten anchor scores; None when any of the ten measures is missing."""
    scores: list[float] = []
    for anchor in ANCHORS:
        value = measures.get(anchor.name)
        if value is None:
            return None
        scores.append(anchor_score(value, anchor))
    return sum(scores) / len(scores)
