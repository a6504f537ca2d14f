"""Findings for German and Easy German texts: what pulls the score down, with spans and hints."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.text.readability.model import Category, Finding, Hint, hint
from editor.text.readability.tokens import Sentence, Tokens
from editor.text.readability.verbs import is_infinitive, werden_construction
from editor.text.readability.wordlists import (
    ABBREVIATIONS,
    BUREAUCRATIC_PHRASES,
    BUREAUCRATIC_TERMS,
    GENITIVE_WORDS,
    KNOWN_ACRONYMS,
    NEGATIONS,
    NOMINAL_EXCEPTIONS,
    NOMINAL_SUFFIXES,
    RELATIVE_PREPOSITIONS,
    SEPARABLE_PARTICLES,
    SUBJUNCTIVES,
    SUBORDINATORS,
)

LONG_SENTENCE_WORDS = 20
EASY_LONG_SENTENCE_WORDS = 10
LONG_WORD_LETTERS = 15
EASY_COMPOUND_LETTERS = 10

_RELATIVE = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "denen",
        "welche",
        "welcher",
        "welches",
        "welchem",
    ]
)
_OPENING_CONJUNCTIONS = SUBORDINATORS - _RELATIVE - {"wo", "wie", "was", "wer", "als", "bis"}
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,5}s?$")
_ZU_INFINITIVE = re.compile(
    "^(?:" + "|".join(sorted(SEPARABLE_PARTICLES, key=len, reverse=True)) + r")zu\w{2,}(?:en|ern|eln)$"
)
_PREFIX_TERMS = {key[:-1]: alt for key, alt in BUREAUCRATIC_TERMS.items() if key.endswith("*")}
_PREFIX_PATTERN = re.compile("|".join(sorted(_PREFIX_TERMS, key=len, reverse=True)))
_EXACT_TERMS = {key: alt for key, alt in BUREAUCRATIC_TERMS.items() if not key.endswith("*")}
_PHRASES = tuple((re.compile(pattern, re.IGNORECASE), alt) for pattern, alt in BUREAUCRATIC_PHRASES.items())
#: The phrases by their first word: a phrase is only tried where its first word occurs.
_PHRASES_BY_HEAD: dict[str, list[tuple[re.Pattern[str], str]]] = {}
for _pattern, _alternative in _PHRASES:
    _head = re.findall(r"^\\b(\w+)", _pattern.pattern)[0]
    _PHRASES_BY_HEAD.setdefault(_head, []).append((_pattern, _alternative))


def _abbreviation_pattern() -> re.Pattern[str]:
    parts = []
    for form in sorted(ABBREVIATIONS, key=len, reverse=True):
        pieces = [re.escape(piece) for piece in form.split()]
        # up to 6 blanks between the pieces: a masked "&nbsp;" entity, as the CMS writes "z.&nbsp;B."
        parts.append(r"[ \u00a0\u202f]{0,6}".join(pieces))
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + r")", re.IGNORECASE)


_ABBREVIATION = _abbreviation_pattern()
_ABBREVIATION_LOOKUP = {form.replace(" ", "").lower(): full for form, full in ABBREVIATIONS.items()}
_ABBREVIATION_HEADS = frozenset(form.split(".")[0].lower() for form in ABBREVIATIONS)


def bureaucratic_alternative(low: str) -> str | None:
    """The plainer alternative for the lower-case word ``low``, or None."""
    alternative = _EXACT_TERMS.get(low)
    if alternative is None and (match := _PREFIX_PATTERN.match(low)) is not None:
        alternative = _PREFIX_TERMS[match.group()]
    return alternative


class GermanRules:
    """Runs the German (or, with ``easy=True``, the Easy German) rules over a tokenised text."""

    def __init__(self, text: str, masked: str, tokens: Tokens, *, easy: bool) -> None:
        self.text = text
        self.masked = masked
        self.tokens = tokens
        self.easy = easy
        self.words = [word.text for word in tokens.words]
        self.low = [word.lower() for word in self.words]

    # -- public API -------------------------------------------------------------------------------
    def findings(self) -> list[Finding]:
        """Every finding, sorted by position."""
        found: list[Finding] = []
        for sentence in self.tokens.sentences:
            found.extend(self._sentence_findings(sentence))
        found.extend(self._word_findings())
        found.extend(self._abbreviations())
        found.extend(self._phrases())
        found.sort(key=lambda finding: (finding.start, finding.end, finding.category.value))
        return found

    # -- helpers ----------------------------------------------------------------------------------
    def _make(self, category: Category, start: int, end: int, why: Hint) -> Finding:
        return Finding(category, start, end, self.text[start:end], why.text, why.id, why.args)

    def _words_span(self, category: Category, first: int, last: int, why: Hint) -> Finding:
        words = self.tokens.words
        return self._make(category, words[first].start, words[last].end, why)

    def _sentence_findings(self, sentence: Sentence) -> Iterator[Finding]:
        limit = EASY_LONG_SENTENCE_WORDS if self.easy else LONG_SENTENCE_WORDS
        count = sentence.word_count
        if count > limit:
            why = hint("long_sentence", count=count, limit=limit)
            yield self._make(Category.LONG_SENTENCE, sentence.start, sentence.end, why)
        if self._subordinate_clauses(sentence) >= 2:
            why = hint("nested")
            yield self._make(Category.NESTED_SENTENCE, sentence.start, sentence.end, why)
        for clause in sentence.clauses:
            found = werden_construction(self.words, clause.first, clause.last)
            if found is None:
                continue
            kind, i, j = found
            if kind in ("passive", "future-passive"):
                yield self._words_span(Category.PASSIVE_VOICE, i, j, hint("passive"))
            if kind in ("future", "future-passive"):
                yield self._words_span(Category.FUTURE_TENSE, i, j, hint("future"))
        yield from self._nominal_style(sentence)
        yield from self._infinitives(sentence)

    def _subordinate_clauses(self, sentence: Sentence) -> int:
        count = 0
        for index, clause in enumerate(sentence.clauses):
            head = self.low[clause.first]
            second = self.low[clause.first + 1] if clause.last - clause.first > 1 else ""
            if head in {"und", "oder", "aber"}:
                head, second = second, ""
            if index == 0:
                count += head in _OPENING_CONJUNCTIONS
            elif head in SUBORDINATORS or (head in RELATIVE_PREPOSITIONS and second in _RELATIVE):
                count += 1
        return count

    def _nominal_style(self, sentence: Sentence) -> Iterator[Finding]:
        hits = []
        for i in range(sentence.first, sentence.last):
            word = self.words[i]
            if word[0].isupper() and self._is_nominalisation(self.low[i]):
                hits.append(i)
        if len(hits) >= 2:
            examples = ", ".join(dict.fromkeys(self.words[i] for i in hits[:3]))
            why = hint("nominal", examples=examples)
            yield self._words_span(Category.NOMINAL_STYLE, hits[0], hits[-1], why)

    @staticmethod
    def _is_nominalisation(low: str) -> bool:
        if len(low) < 6 or not low.endswith(NOMINAL_SUFFIXES):
            return False
        return not any(low.endswith(exception) for exception in NOMINAL_EXCEPTIONS)

    def _infinitives(self, sentence: Sentence) -> Iterator[Finding]:
        why = hint("infinitive")
        for i in range(sentence.first, sentence.last):
            low = self.low[i]
            if low == "zu" and i + 1 < sentence.last and is_infinitive(self.words[i + 1]):
                end = i + 1
            elif self.words[i][0].islower() and _ZU_INFINITIVE.match(low):
                end = i
            else:
                continue
            start = i
            for k in range(i - 1, max(sentence.first, i - 12) - 1, -1):
                if self.low[k] in {"um", "ohne", "statt", "anstatt"}:
                    start = k
                    break
            yield self._words_span(Category.INFINITIVE_CONSTRUCTION, start, end, why)

    def _word_findings(self) -> Iterator[Finding]:
        words = self.tokens.words
        for i, word in enumerate(words):
            low = self.low[i]
            text = word.text
            if self.easy:
                yield from self._easy_word(i, low, text)
            elif word.letters > LONG_WORD_LETTERS:
                why = hint("long_word", letters=word.letters)
                yield self._words_span(Category.LONG_WORD, i, i, why)
            if _ACRONYM.match(text) and text.rstrip("s") not in KNOWN_ACRONYMS:
                why = hint("abbreviation_word", text=text)
                yield self._words_span(Category.ABBREVIATION, i, i, why)
            alternative = bureaucratic_alternative(low)
            if alternative is not None:
                why = hint("bureaucratic_word", alternative=alternative)
                yield self._words_span(Category.BUREAUCRATIC_TERM, i, i, why)

    def _easy_word(self, i: int, low: str, text: str) -> Iterator[Finding]:
        if low in NEGATIONS:
            yield self._words_span(Category.NEGATION, i, i, hint("easy_negation"))
        if low in GENITIVE_WORDS:
            yield self._words_span(Category.GENITIVE, i, i, hint("easy_genitive"))
        if low in SUBJUNCTIVES:
            yield self._words_span(Category.SUBJUNCTIVE, i, i, hint("easy_subjunctive"))
        letters = self.tokens.words[i].letters
        if letters > EASY_COMPOUND_LETTERS and text[0].isupper() and "-" not in text and "·" not in text:
            why = hint("easy_compound")
            yield self._words_span(Category.LONG_COMPOUND, i, i, why)

    def _abbreviations(self) -> Iterator[Finding]:
        for i, word in enumerate(self.tokens.words):
            if self.low[i] not in _ABBREVIATION_HEADS:
                continue
            match = _ABBREVIATION.match(self.masked, word.start)
            if match is None:
                continue
            key = re.sub(r"[ \u00a0\u202f]", "", match.group()).lower()
            full = _ABBREVIATION_LOOKUP.get(key, "")
            why = hint("abbreviation_full", full=full) if full else hint("abbreviation")
            yield self._make(Category.ABBREVIATION, match.start(), match.end(), why)

    def _phrases(self) -> Iterator[Finding]:
        for i, word in enumerate(self.tokens.words):
            for pattern, alternative in _PHRASES_BY_HEAD.get(self.low[i], ()):
                match = pattern.match(self.masked, word.start)
                if match is not None:
                    why = hint("bureaucratic_phrase", alternative=alternative)
                    yield self._make(Category.BUREAUCRATIC_TERM, match.start(), match.end(), why)
