"""The entry point: ``analyse(text, language)`` → :class:`ReadabilityResult`.

Pure and thread-safe; the editor runs it on a worker thread over a snapshot of the pane's text.
"""

from __future__ import annotations

from dataclasses import fields, replace

from editor.text.readability import formulas
from editor.text.readability.model import (
    MIN_WORDS,
    Category,
    Counts,
    Finding,
    Parameters,
    Profile,
    ReadabilityResult,
    Status,
    hint,
)
from editor.text.readability.prose import mask_prose
from editor.text.readability.rules_de import LONG_SENTENCE_WORDS, GermanRules
from editor.text.readability.syllables import syllable_counter
from editor.text.readability.tokens import Tokens, tokenize

EASY_GERMAN_CODES = frozenset({"de-si", "de-ls", "de-easy", "de-ez"})
LONG_WORD_LETTERS = 6
LONG_CLAUSE_WORDS = 12


def normalise_language(code: str) -> str:
    """The CMS's language code in lower case with ``-`` (``de_DE`` → ``de-de``)."""
    return code.strip().replace("_", "-").lower()


def profile_for(code: str) -> Profile:
    """Which measures and rules apply to the CMS language ``code``."""
    lang = normalise_language(code)
    if lang in EASY_GERMAN_CODES:
        return Profile.EASY_GERMAN
    if lang == "de" or lang.startswith("de-"):
        return Profile.GERMAN
    if lang == "en" or lang.startswith("en-"):
        return Profile.ENGLISH
    return Profile.OTHER


def _hyphenation_language(code: str, profile: Profile) -> str | None:
    if profile in {Profile.GERMAN, Profile.EASY_GERMAN}:
        return "de_DE"
    if profile is Profile.ENGLISH:
        # en_US patterns for every English: spelling variants do not change syllables, and pyphen's
        # en_GB patterns leave many words whole (simple, people, table would count as one syllable)
        return "en_US"
    return None


def analyse(text: str, language: str) -> ReadabilityResult:
    """Analyse ``text`` (Markdown or HTML, markup ignored) written in the CMS language ``language``."""
    profile = profile_for(language)
    masked = mask_prose(text)
    tokens = tokenize(masked)
    counts = count(tokens, _hyphenation_language(language, profile))
    status = Status.OK if counts.words >= MIN_WORDS else Status.NOT_ENOUGH_TEXT
    base = ReadabilityResult(language=language, profile=profile, status=status, counts=counts)
    if counts.words == 0:
        return base
    params = formulas.parameters(counts)
    lix = formulas.lix(counts)
    findings = tuple(_findings(text, masked, tokens, profile))
    if profile is Profile.OTHER:
        return replace(base, parameters=params, lix=lix, indicative=True, findings=findings)
    if profile is Profile.ENGLISH:
        return replace(
            base,
            parameters=params,
            lix=lix,
            flesch_reading_ease=formulas.flesch_reading_ease(counts),
            flesch_kincaid_grade=formulas.flesch_kincaid_grade(counts),
            findings=findings,
        )
    measures: dict[str, float | None] = {
        "amstad": formulas.amstad(counts),
        "wiener_sachtextformel_1": formulas.wiener_sachtextformel_1(counts),
        "smog_de": formulas.smog_de(counts),
        "lix": lix,
    }
    if params is not None:
        measures.update(_parameter_values(params))
    return replace(
        base,
        parameters=params,
        hix_like=formulas.hix_like(measures),
        amstad=measures["amstad"],
        wiener_sachtextformel_1=measures["wiener_sachtextformel_1"],
        smog_de=measures["smog_de"],
        lix=lix,
        findings=findings,
    )


def _parameter_values(params: Parameters) -> dict[str, float | None]:
    """The unrounded parameter values by name."""
    return {item.name: float(getattr(params, item.name)) for item in fields(params)}


def count(tokens: Tokens, hyphenation: str | None) -> Counts:
    """Count sentences, clauses, words, letters and (with a hyphenation language) syllables."""
    words = tokens.words
    clauses = [clause for sentence in tokens.sentences for clause in sentence.clauses]
    letters = sum(word.letters for word in words)
    long_words = sum(1 for word in words if word.letters > LONG_WORD_LETTERS)
    long_clauses = sum(1 for clause in clauses if clause.last - clause.first > LONG_CLAUSE_WORDS)
    long_sentences = sum(1 for s in tokens.sentences if s.word_count > LONG_SENTENCE_WORDS)
    syllables = polysyllables = monosyllables = None
    if hyphenation is not None:
        counter = syllable_counter(hyphenation)
        per_word = [counter(word.text) for word in words]
        syllables = sum(per_word)
        polysyllables = sum(1 for n in per_word if n >= 3)
        monosyllables = sum(1 for n in per_word if n == 1)
    return Counts(
        sentences=len(tokens.sentences),
        clauses=len(clauses),
        words=len(words),
        letters=letters,
        syllables=syllables,
        long_words=long_words,
        polysyllables=polysyllables,
        monosyllables=monosyllables,
        long_clauses=long_clauses,
        long_sentences=long_sentences,
    )


def _findings(text: str, masked: str, tokens: Tokens, profile: Profile) -> list[Finding]:
    if profile in {Profile.GERMAN, Profile.EASY_GERMAN}:
        rules = GermanRules(text, masked, tokens, easy=profile is Profile.EASY_GERMAN)
        return rules.findings()
    found = []
    for sentence in tokens.sentences:
        if sentence.word_count > LONG_SENTENCE_WORDS:
            why = hint("long_sentence_other", count=sentence.word_count)
            found.append(
                Finding(
                    Category.LONG_SENTENCE,
                    sentence.start,
                    sentence.end,
                    text[sentence.start : sentence.end],
                    why.text,
                    why.id,
                    why.args,
                )
            )
    return found
