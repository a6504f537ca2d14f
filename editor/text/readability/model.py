"""Plain result objects of the readability analysis: what the sidebar and the JSON output need.

Everything here is immutable and Qt-free, so a result can cross from a worker thread to the GUI thread.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

#: Colour bands of the CMS's HIX bar: at least 14 is green, above 7 yellow, otherwise red.
GREEN_FROM = 14.0
YELLOW_ABOVE = 7.0
#: The CMS's machine-translation threshold (``HIX_REQUIRED_FOR_MT``).
DEFAULT_MT_THRESHOLD = 15.0
#: Fewer words than this give the status "not enough text" (measures are still reported).
MIN_WORDS = 20


class Profile(enum.Enum):
    """Which measures and rules apply to a language."""

    GERMAN = "de"
    EASY_GERMAN = "de-easy"
    ENGLISH = "en"
    OTHER = "other"


def measure_of(profile: Profile) -> str:
    """The measure a language's texts are judged by, in the sidebar and in the region's report: the
    HIX-like score (``hix``: German and Easy German), Flesch reading ease (``flesch``: English), LIX
    (``lix``: every other language)."""
    if profile in (Profile.GERMAN, Profile.EASY_GERMAN):
        return "hix"
    return "flesch" if profile is Profile.ENGLISH else "lix"


class Status(enum.Enum):
    """Whether the numbers are meaningful."""

    OK = "ok"
    NOT_ENOUGH_TEXT = "not_enough_text"


class Band(enum.Enum):
    """The CMS's colour band for a score on 0–20."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class Category(enum.Enum):
    """What a finding is about; the values are the JSON ``category`` strings."""

    LONG_SENTENCE = "long-sentence"
    NESTED_SENTENCE = "nested-sentence"
    LONG_WORD = "long-word"
    PASSIVE_VOICE = "passive-voice"
    NOMINAL_STYLE = "nominal-style"
    INFINITIVE_CONSTRUCTION = "infinitive-construction"
    FUTURE_TENSE = "future-tense"
    ABBREVIATION = "abbreviation"
    BUREAUCRATIC_TERM = "bureaucratic-term"
    NEGATION = "negation"
    GENITIVE = "genitive"
    SUBJUNCTIVE = "subjunctive"
    LONG_COMPOUND = "long-compound"


def score_band(score: float) -> Band:
    """Return the CMS's colour band for ``score`` (≥ 14 green, > 7 yellow, else red)."""
    if score >= GREEN_FROM:
        return Band.GREEN
    if score > YELLOW_ABOVE:
        return Band.YELLOW
    return Band.RED


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing that pulls the score down, at ``text[start:end]`` of the analysed text."""

    category: Category
    start: int
    end: int
    text: str
    hint: str
    #: Which template of :data:`HINTS` the hint was made from, and its values (for translated UIs).
    hint_id: str = ""
    hint_args: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The finding as the CLI's JSON object."""
        return {
            "category": self.category.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "hint": self.hint,
        }


#: Every hint a finding can carry, by id; ``{name}`` fields are filled from the finding.
HINTS: dict[str, str] = {
    "long_sentence": "{count} words: split it into shorter sentences (at most {limit} words each).",
    "long_sentence_other": "{count} words: split it into shorter sentences.",
    "nested": "Several subordinate clauses: make one main clause per statement.",
    "passive": "Passive voice: say who does it (“Das Amt prüft den Antrag”).",
    "future": "Future tense: the present tense is easier (“Sie bekommen morgen Post”).",
    "nominal": "Nominal style ({examples}): use verbs instead (“Sie beantragen …”).",
    "infinitive": "Infinitive construction: write a main clause instead (“Sie müssen … ausfüllen”).",
    "long_word": "Long word ({letters} letters): use a shorter word or split it.",
    "abbreviation_word": "Abbreviation “{text}”: write it out or explain it.",
    "abbreviation_full": "Abbreviation: write “{full}”.",
    "abbreviation": "Abbreviation: write it out.",
    "bureaucratic_word": "Bureaucratic word: try “{alternative}”.",
    "bureaucratic_phrase": "Bureaucratic phrase: try “{alternative}”.",
    "easy_negation": "Easy German: say it positively, without negation.",
    "easy_genitive": "Easy German: no genitive; use “von” (“das Haus von …”).",
    "easy_subjunctive": "Easy German: no subjunctive; say it directly.",
    "easy_compound": "Easy German: split the long word with a hyphen (“Bürger-Amt”).",
}


@dataclass(frozen=True, slots=True)
class Hint:
    """A hint template id with its values."""

    id: str
    args: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """The English hint."""
        return HINTS[self.id].format(**dict(self.args))


def hint(hint_id: str, **values: object) -> Hint:
    """The hint ``hint_id`` with ``values`` for its fields."""
    return Hint(hint_id, tuple((k, str(v)) for k, v in values.items()))


@dataclass(frozen=True, slots=True)
class Counts:
    """The raw counts every measure is computed from (definitions in docs/readability.md)."""

    sentences: int = 0
    clauses: int = 0
    words: int = 0
    letters: int = 0
    syllables: int | None = None
    long_words: int = 0
    """Words with more than 6 letters."""
    polysyllables: int | None = None
    """Words with 3 or more syllables."""
    monosyllables: int | None = None
    """Words with exactly 1 syllable."""
    long_clauses: int = 0
    """Clauses with more than 12 words."""
    long_sentences: int = 0
    """Sentences with more than 20 words."""


@dataclass(frozen=True, slots=True)
class Parameters:
    """The six text parameters the HIX is built from (percentages are 0–100)."""

    avg_sentence_length: float
    avg_clause_length: float
    avg_word_length: float
    pct_long_words: float
    pct_long_clauses: float
    pct_long_sentences: float

    def to_json(self) -> dict[str, float]:
        """The parameters rounded to two decimals."""
        return {
            "avg_sentence_length": round(self.avg_sentence_length, 2),
            "avg_clause_length": round(self.avg_clause_length, 2),
            "avg_word_length": round(self.avg_word_length, 2),
            "pct_long_words": round(self.pct_long_words, 2),
            "pct_long_clauses": round(self.pct_long_clauses, 2),
            "pct_long_sentences": round(self.pct_long_sentences, 2),
        }


@dataclass(frozen=True, slots=True)
class ReadabilityResult:
    """Everything the sidebar and ``readability --json`` show for one text."""

    language: str
    profile: Profile
    status: Status
    counts: Counts
    parameters: Parameters | None = None
    hix_like: float | None = None
    amstad: float | None = None
    wiener_sachtextformel_1: float | None = None
    smog_de: float | None = None
    lix: float | None = None
    flesch_reading_ease: float | None = None
    flesch_kincaid_grade: float | None = None
    indicative: bool = False
    """True when only language-independent measures apply (they are then only indicative)."""
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def measure(self) -> str:
        """The measure this language is judged by (:func:`measure_of`)."""
        return measure_of(self.profile)

    @property
    def headline(self) -> float | None:
        """The value of :attr:`measure` (None without enough text)."""
        return {"hix": self.hix_like, "flesch": self.flesch_reading_ease}.get(self.measure, self.lix)

    def findings_by_category(self) -> dict[Category, list[Finding]]:
        """Findings grouped by category, categories in the order of :class:`Category`."""
        groups: dict[Category, list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(finding.category, []).append(finding)
        return {cat: groups[cat] for cat in Category if cat in groups}

    def to_json(self) -> dict[str, Any]:
        """The result as the CLI's JSON object, measures rounded to two decimals."""
        counts = self.counts
        return {
            "language": self.language,
            "profile": self.profile.value,
            "status": self.status.value,
            "indicative": self.indicative,
            "hix_like": _round(self.hix_like),
            "amstad": _round(self.amstad),
            "wiener_sachtextformel_1": _round(self.wiener_sachtextformel_1),
            "smog_de": _round(self.smog_de),
            "lix": _round(self.lix),
            "flesch_reading_ease": _round(self.flesch_reading_ease),
            "flesch_kincaid_grade": _round(self.flesch_kincaid_grade),
            "parameters": None if self.parameters is None else self.parameters.to_json(),
            "counts": {
                "sentences": counts.sentences,
                "clauses": counts.clauses,
                "words": counts.words,
                "letters": counts.letters,
                "syllables": counts.syllables,
                "long_words": counts.long_words,
                "polysyllables": counts.polysyllables,
                "monosyllables": counts.monosyllables,
                "long_clauses": counts.long_clauses,
                "long_sentences": counts.long_sentences,
            },
            "findings": [finding.to_json() for finding in self.findings],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
