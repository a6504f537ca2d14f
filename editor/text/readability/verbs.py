"""Heuristics for German verb forms: participles, infinitives, and the "werden" constructions.

They look at word shapes only (no dictionary): a lower-case word is a past participle if it starts with
``ge`` (or a separable particle plus ``ge``), ends in ``-iert``, or has an inseparable prefix and ends in
``-t`` or a typical strong ending (``-ieben``, ``-oten`` …). See docs/readability.md for the limits.
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.text.readability.wordlists import (
    AMBIGUOUS_PASSIVE,
    GE_INFINITIVES,
    INSEPARABLE_PREFIXES,
    NOT_INFINITIVES,
    SEPARABLE_PARTICLES,
    WERDEN_PAST,
    WERDEN_PRESENT,
)

_STRONG_ENDINGS = (
    "iesen", "ieben", "ieden", "iehen", "oten", "ogen", "oben", "ossen", "ochen", "unden", "ungen",
    "rieben", "issen", "itten", "ieten", "orben", "olfen", "onnen", "annt",
)  # fmt: skip
_NOT_PARTICIPLES = frozenset(
    {"gesamt", "gerecht", "genug", "gerade", "gern", "gestern", "überhaupt", "bereit", "erst"}
)
_AUXILIARY_TAIL = frozenset(
    """werden worden sein haben können müssen dürfen sollen wollen kann konnte konnten muss
    musste mussten soll sollte sollten darf durfte durften will wollte wollten ist sind war
    waren hat haben hatte hatten""".split()
)
WERDEN_FORMS = WERDEN_PRESENT | WERDEN_PAST | {"worden"}


def is_participle(word: str) -> bool:
    """True if ``word`` (as written) looks like a German past participle."""
    if not word or not word[0].islower() or len(word) < 5:
        return False
    low = word.lower()
    if low in AMBIGUOUS_PASSIVE:
        return True
    if low in _NOT_PARTICIPLES or low in WERDEN_FORMS:
        return False
    if low.endswith("iert"):
        return True
    if _ge_participle(low):
        return True
    for particle in SEPARABLE_PARTICLES:
        if low.startswith(particle) and _ge_participle(low[len(particle) :]):
            return True
    for prefix in INSEPARABLE_PREFIXES:
        if low.startswith(prefix) and len(low) > len(prefix) + 2:
            rest = low[len(prefix) :]
            if low.endswith("t") or rest.endswith(_STRONG_ENDINGS):
                return True
    return False


def _ge_participle(low: str) -> bool:
    return (
        low.startswith("ge")
        and len(low) > 4
        and low.endswith(("t", "en"))
        and low not in GE_INFINITIVES
        and low not in _NOT_PARTICIPLES
    )


def is_infinitive(word: str) -> bool:
    """True if ``word`` looks like an infinitive (lower case, ``-en``/``-ern``/``-eln``)."""
    if not word or not word[0].islower() or len(word) < 4:
        return False
    low = word.lower()
    if low in NOT_INFINITIVES or low in WERDEN_FORMS:
        return False
    if not low.endswith(("en", "ern", "eln")):
        return False
    return not is_participle(word) or low in GE_INFINITIVES


def werden_construction(words: Sequence[str], first: int, last: int) -> tuple[str, int, int] | None:
    """Classify the "werden" construction of the clause ``words[first:last]``.

    Returns ``("passive" | "future" | "future-passive", i, j)`` with the word indexes of the
    construction's two ends, or None when the clause has no passive or future. The future passive
    ("wird … geprüft werden", "geprüft werden wird") is both: a participle with the infinitive
    "werden" right after it, and another, finite present form of "werden".
    """
    forms = [i for i in range(first, last) if words[i].lower() in WERDEN_FORMS]
    if not forms:
        return None
    for i in forms:
        if words[i].lower() == "worden":
            start = i - 1 if i > first and is_participle(words[i - 1]) else i
            return ("passive", min(start, *forms), i)
    w = forms[0]
    candidate = _candidate(words, first, last, w)
    if candidate is None:
        return None
    span = (min(w, candidate), max(w, candidate))
    if is_participle(words[candidate]):
        after = candidate + 1
        if after in forms and words[after].lower() == "werden":
            finite = [i for i in forms if i != after and words[i].lower() in WERDEN_PRESENT]
            if finite:
                return ("future-passive", min(candidate, *finite), max(after, *finite))
        return ("passive", *span)
    if words[w].lower() in WERDEN_PRESENT and is_infinitive(words[candidate]):
        return ("future", *span)
    return None


def _candidate(words: Sequence[str], first: int, last: int, w: int) -> int | None:
    """The non-finite verb belonging to the "werden" form at ``w``: clause-final in a main clause,
    just before the "werden" form in a subordinate clause (auxiliaries and modals skipped)."""
    end = last - 1
    while end > w and (words[end].lower() in _AUXILIARY_TAIL or words[end].lower() in WERDEN_FORMS):
        end -= 1  # also a finite "wird" after "werden" ("…, bis er geprüft werden wird")
    if end > w:
        return end
    candidate = w - 1
    while candidate >= first and words[candidate].lower() in _AUXILIARY_TAIL:
        candidate -= 1
    return candidate if candidate >= first else None
