"""Spell checking in a pane's own content language (Qt-free, thread-safe).

A :class:`Speller` checks one language (:class:`~editor.text.spelling_service.SpellingService` owns the
enchant broker and hands out one per language code, ``speller("de-si")``). It checks *prose only* (see
:mod:`editor.text.masking`), accepts our supplementary and the user's personal words, accepts German
terms in other languages' panes (the region's source language is a second "any-of" dictionary,
ReText-style), and keeps false alarms on place names low: a capitalised unknown word counts as a
misspelling only when the dictionary knows a close spelling.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from editor.text.languages import LanguagePlan
from editor.text.region_names import RegionNames
from editor.text.speller_rules import WordRules, edit_distance
from editor.text.vocabulary import VocabularyDictionary
from editor.text.wordlists import WordList
from editor.text.words import script_of

NamePolicy = Literal["suggest", "cached", "off"]
"""How capitalised unknown words are judged: ``suggest`` asks enchant for close spellings (the command
line, the reports, the editor's background :meth:`Speller.judge_names`), ``cached`` uses only verdicts
already computed (the highlighter while typing), ``off`` flags every unknown word."""

CACHE_LIMIT = 100_000
_CASED = frozenset({"latin", "cyrillic", "greek"})


SpellingSource = Literal["dictionary", "region", "none"]
"""Where a speller's knowledge comes from: an enchant dictionary, the region's own published text
(:mod:`editor.text.vocabulary`), or nothing."""


@dataclass(frozen=True, slots=True)
class Misspelling:
    """A misspelled word; ``start``/``end`` are Python ``str`` indices into the checked text."""

    word: str
    start: int
    end: int


class Speller:
    """Checks words and texts in one language against one or more enchant dictionaries."""

    available = True
    source: SpellingSource = "dictionary"

    def __init__(
        self,
        plan: LanguagePlan,
        tag: str | None,
        dictionaries: Sequence[Any],
        foreign: Sequence[Any],
        personal: WordList,
        supplement: Iterable[str],
        lock: threading.RLock,
    ) -> None:
        self._plan = plan
        self._tag = tag
        self._dicts = tuple(dictionaries)
        self._foreign = tuple(foreign)
        self._personal = personal
        self._lock = lock
        self._cache: dict[str, bool] = {}
        self._names: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}
        #: (token, character after it) → issues it counts (:meth:`count_issues`)
        self._issue_counts: dict[str, int] = {}
        self._rules = WordRules(plan, frozenset(supplement), personal, self._known)

    def prepare(self) -> Speller:
        """Build what this speller otherwise reads on its first unknown word (the region's local names),
        so that a background load pays for it and not the first check on the UI thread."""
        for dictionary in self._dicts:
            if isinstance(dictionary, RegionNames):
                dictionary.prepare()
        return self

    # -- properties --------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The normalised language code this speller was made for (``de-si``, ``en-gb`` …)."""
        return self._plan.code

    @property
    def dictionary_tag(self) -> str | None:
        """The enchant tag in use (``de_DE``), or None without a dictionary."""
        return self._tag

    @property
    def personal_words(self) -> frozenset[str]:
        """The user's personal words for this language."""
        return self._personal.words()

    # -- public API --------------------------------------------------------------------------------
    def check_word(self, word: str) -> bool:
        """True when ``word`` (one word, no markup) is spelled correctly."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._rules.word_ok(word)
            self._remember(self._cache, word, cached)
        return cached

    def check_text(
        self, text: str, *, ignored: Iterable[str] = (), names: NamePolicy = "suggest"
    ) -> list[Misspelling]:
        """Return the misspellings in ``text`` (Markdown or HTML) with Python ``str`` offsets."""
        ignore = frozenset(ignored)
        found: list[Misspelling] = []
        for word, start, end in self._rules.unknown_spans(text, self.check_word):
            if word in ignore or self._looks_like_name(word, names):
                continue
            found.append(Misspelling(word, start, end))
        return found

    def count_issues(self, text: str) -> int:
        """``len(self.check_text(text))``, faster over many texts: each distinct token of the language is
        checked once (the region report counts 40,000 texts)."""
        if len(self._issue_counts) > CACHE_LIMIT:
            self._issue_counts.clear()
        return self._rules.count_unknowns(
            text, self.check_word, lambda word: not self._looks_like_name(word, "suggest"), self._issue_counts
        )

    def in_own_dictionary(self, word: str) -> bool:
        """True when ``word`` is in this language's own dictionaries or personal list.

        Unlike :meth:`check_word`, words of the source language that a translation may borrow are not
        accepted: QA uses this to tell German left in a translation from the translation's words.
        """
        if word in self._personal.words():
            return True
        return self._known(word, False) or (word[:1].isupper() and self._known(word.lower(), False))

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        """Up to ``limit`` suggestions for ``word`` (slow: ~40 ms for a new word): the supplement's and
        personal words close to it first (the dictionaries never suggest them), then the dictionaries'."""
        cached = self._suggestions.get(word)
        if cached is None:
            merged: dict[str, None] = dict.fromkeys(self._rules.close_listed(word, _listed_limit(word)))
            for dictionary in self._dicts:
                with self._lock:
                    merged.update(dict.fromkeys(dictionary.suggest(word)))
            cached = [s for s in merged if s != word]
            self._remember(self._suggestions, word, cached, limit=2_000)
        return cached[:limit]

    def add_to_personal(self, word: str) -> None:
        """Accept ``word`` from now on; it is stored in the personal list of this language."""
        if self._personal.add(word):
            self._cache.clear()
            self._issue_counts.clear()

    def remove_from_personal(self, word: str) -> None:
        """Stop accepting a word that was added to the personal list."""
        if self._personal.remove(word):
            self._cache.clear()
            self._issue_counts.clear()

    def name_verdict(self, word: str) -> bool | None:
        """The cached "probably a name" verdict for ``word``, None when not computed yet."""
        return self._names.get(word)

    def unjudged_names(self, words: Iterable[str]) -> list[str]:
        """The words of ``words`` that may be names and have no verdict yet (distinct, in order).

        The highlighter checks with cached verdicts only (``names="cached"``); these are the words
        whose underline :meth:`judge_names` may still take away.
        """
        return [
            word
            for word in dict.fromkeys(words)
            if word not in self._names and (word[:1].isupper() or script_of(word) not in _CASED)
        ]

    def judge_names(self, words: Iterable[str]) -> bool:
        """Decide "probably a name" for ``words`` (slow: one ``suggest`` each; run it off the UI thread).

        Returns True when any of them is now taken for a name, i.e. an underline should go away.
        """
        verdicts = [self._looks_like_name(word, "suggest") for word in words]  # every word, no short cut
        return True in verdicts

    # -- helpers -----------------------------------------------------------------------------------
    def _known(self, word: str, foreign: bool) -> bool:
        dictionaries = self._foreign if foreign else self._dicts
        with self._lock:
            return any(dictionary.check(word) for dictionary in dictionaries)

    def _looks_like_name(self, word: str, policy: NamePolicy) -> bool:
        """Capitalised unknown words without a close dictionary spelling are taken for names."""
        if policy == "off" or not (word[:1].isupper() or script_of(word) not in _CASED):
            return False
        verdict = self._names.get(word)
        if verdict is None:
            if policy == "cached":
                return False
            verdict = not self._has_close_spelling(word)
            self._remember(self._names, word, verdict, limit=20_000)
        return verdict

    def _has_close_spelling(self, word: str) -> bool:
        lowered = word.lower()
        limit = _close_limit(word)
        for suggestion in self.suggest(word, limit=12):
            if " " in suggestion or ("-" in suggestion and "-" not in word):
                continue
            if edit_distance(lowered, suggestion.lower()) <= limit:
                return True
        return self._one_edit_from_a_word(word)

    def _one_edit_from_a_word(self, word: str) -> bool:
        """True when dropping one letter (inside the word, or a doubled one) or swapping two neighbours of
        ``word`` gives a correct word.

        Only for scripts without capitals (Arabic, Persian), where every unknown word without a close
        suggestion passes for a name and the suggesters give up on long words (برگزارکننندگان, a doubled
        letter: no suggestion at all). A name there is rarely one letter or one swap from a word; only words
        of at least :data:`_EDITED_MIN` letters without a joiner are tried (shorter ones are often a
        letter from some word, and ZWNJ parts are words of their own). Not for German and other cased
        languages: their compounding makes a name one letter from a "word" (Windsheim, Windheim)."""
        if len(word) < _EDITED_MIN or script_of(word) in _CASED or "\u200c" in word or "\u200d" in word:
            return False
        last = len(word) - 1
        edits = {  # a letter dropped inside, or a doubled one anywhere (at an end it is often an affix)
            word[:i] + word[i + 1 :]
            for i in range(len(word))
            if 0 < i < last or word[i] == word[i - 1 if i else 1]
        }
        edits.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
        edits.discard(word)
        return any(self.check_word(edit) for edit in edits if word[:1] in edit[:1])

    @staticmethod
    def _remember(cache: dict[str, Any], key: str, value: Any, limit: int = CACHE_LIMIT) -> None:
        if len(cache) >= limit:
            with contextlib.suppress(StopIteration, KeyError, RuntimeError):
                del cache[next(iter(cache))]
        cache[key] = value


#: The shortest word :meth:`Speller._one_edit_from_a_word` tries.
_EDITED_MIN = 8


def _close_limit(word: str) -> int:
    """How many edits away a spelling counts as close to ``word`` (a typo rather than a name)."""
    return 1 if len(word) <= 4 else 2


def _listed_limit(word: str) -> int:
    """How many edits away a supplement or personal word is suggested for ``word``: two only for long
    words (the compounds of administrative German), else a short name two edits from a short listed word
    (Farsi, Dari) would count as its typo."""
    return 1 if len(word) <= 7 else 2


class RegionSpeller(Speller):
    """Checks a language without a dictionary against the region's own published vocabulary."""

    source: SpellingSource = "region"

    @property
    def vocabulary_size(self) -> int:
        """How many words the region's published pages make known."""
        return sum(len(d) for d in self._dicts if isinstance(d, VocabularyDictionary))


class FakeSpeller(Speller):
    """Stands in when no dictionary exists for a language: flags nothing, suggests nothing.

    ``reason`` says why: ``no_dictionary`` (none installed, no published region text either) or
    ``no_word_spellcheck`` (a language written without spaces between words, such as Chinese).
    """

    available = False
    source: SpellingSource = "none"

    def __init__(
        self, plan: LanguagePlan, personal: WordList, lock: threading.RLock, reason: str = "no_dictionary"
    ) -> None:
        super().__init__(plan, None, (), (), personal, (), lock)
        self.reason = reason

    def check_word(self, word: str) -> bool:
        """Every word is accepted: there is nothing to check against."""
        return True

    def check_text(
        self, text: str, *, ignored: Iterable[str] = (), names: NamePolicy = "suggest"
    ) -> list[Misspelling]:
        """No dictionary, no misspellings."""
        return []

    def count_issues(self, text: str) -> int:
        """No dictionary, no misspellings."""
        return 0

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        """No dictionary, no suggestions."""
        return []
