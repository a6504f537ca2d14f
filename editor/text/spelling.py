"""Spell checking in a pane's own content language (Qt-free, thread-safe).

``SpellingService(user_dir)`` owns one enchant broker and hands out one :class:`Speller` per
language code (``speller("de-si")``). A speller checks *prose only* (see
:mod:`editor.text.masking`), accepts our supplementary and the user's personal words, accepts German
terms in other languages' panes (the region's source language is a second "any-of" dictionary,
ReText-style), and keeps false alarms on place names low: a capitalised unknown word counts as a
misspelling only when the dictionary knows a close spelling.

Enchant finds user-added ``.dic``/``.aff`` pairs in ``$ENCHANT_CONFIG_DIR/hunspell/``; the service
sets that variable to ``<user_dir>/dictionaries`` before it imports enchant or asks the broker for
anything.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from editor.text.bundled import BUNDLED_DIR, BundledDictionaries
from editor.text.languages import NO_WORD_SPELLCHECK, LanguagePlan, pick_tag, plan_for
from editor.text.region_names import RegionNames, anchors_of, find_region_names, name_words
from editor.text.speller_rules import WordRules, edit_distance
from editor.text.vocabulary import VocabularyDictionary, build_vocabulary
from editor.text.wordlists import WordList, read_word_list
from editor.text.words import script_of

NamePolicy = Literal["suggest", "cached", "off"]
"""How capitalised unknown words are judged: ``suggest`` asks enchant for close spellings (the CLI
and
the sidebar's background pass), ``cached`` uses only verdicts already computed (typing), ``off``
flags
every unknown word."""

CACHE_LIMIT = 100_000
SOURCE_LANGUAGE = "de"
_CASED = frozenset({"latin", "cyrillic", "greek"})
_RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "dictionaries" / "supplement"


RegionTexts = Callable[[str], Iterable[str]]
"""Returns the published page texts of a language code (one text per page) in the open region."""


class _Named(Protocol):
    @property
    def name(self) -> str: ...


class RegionCorpus(Protocol):
    """The open region's published text with page ids (the working copy; editor.models.store.Store)."""

    def published_pages(self, language: str) -> list[tuple[int, str]]:
        """``(page id, title and text)`` of every published page in ``language``."""
        ...

    def region(self) -> _Named | None:
        """The region (its ``name``), or None."""
        ...


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
        self._issue_counts: dict[tuple[str, str], int] = {}
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
        """Up to ``limit`` suggestions for ``word`` (slow: ~40 ms for a new word)."""
        cached = self._suggestions.get(word)
        if cached is None:
            merged: dict[str, None] = {}
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
        limit = 1 if len(word) <= 4 else 2
        for suggestion in self.suggest(word, limit=12):
            if " " in suggestion or ("-" in suggestion and "-" not in word):
                continue
            if edit_distance(lowered, suggestion.lower()) <= limit:
                return True
        return False

    @staticmethod
    def _remember(cache: dict[str, Any], key: str, value: Any, limit: int = CACHE_LIMIT) -> None:
        if len(cache) >= limit:
            with contextlib.suppress(StopIteration, KeyError, RuntimeError):
                del cache[next(iter(cache))]
        cache[key] = value


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


class SpellingService:
    """Creates and caches spellers; owns the enchant broker and the user's dictionary folders."""

    def __init__(
        self,
        user_dir: Path,
        *,
        supplement_dir: Path | None = None,
        source_language: str = SOURCE_LANGUAGE,
        region_texts: RegionTexts | None = None,
        bundled_dir: Path | None = None,
        region: RegionCorpus | None = None,
    ) -> None:
        self._user_dir = Path(user_dir)
        self._region = region
        if region_texts is None and region is not None:
            region_texts = _texts_of(region)
        self._region_texts = region_texts
        self._source_pages: dict[int, str] | None = None
        self._bundled = BundledDictionaries(bundled_dir or BUNDLED_DIR, self.config_dir)
        self._supplement_dir = supplement_dir or _RESOURCES
        self._source = source_language
        self._lock = threading.RLock()
        self._spellers: dict[str, Speller] = {}
        self._dicts: dict[str, Any] = {}
        self.hunspell_dir.mkdir(parents=True, exist_ok=True)
        self.personal_dir.mkdir(parents=True, exist_ok=True)
        self._broker_instance: Any = None  # made on first use: loading enchant costs start-up time

    # -- properties --------------------------------------------------------------------------------
    @property
    def _broker(self) -> Any:
        with self._lock:
            if self._broker_instance is None:
                self._broker_instance = self._new_broker()
            return self._broker_instance

    @property
    def config_dir(self) -> Path:
        """``$ENCHANT_CONFIG_DIR`` for this user: ``<user_dir>/dictionaries``."""
        return self._user_dir / "dictionaries"

    @property
    def hunspell_dir(self) -> Path:
        """Where user-added ``.dic``/``.aff`` pairs go."""
        return self.config_dir / "hunspell"

    @property
    def personal_dir(self) -> Path:
        """Where the personal word lists (``<lang>.txt``) live."""
        return self.config_dir / "personal"

    # -- public API --------------------------------------------------------------------------------
    def speller(self, lang_code: str) -> Speller:
        """The speller for a CMS language code or BCP 47 tag (``de``, ``de-si``, ``en-GB``)."""
        plan = plan_for(lang_code)
        with self._lock:
            existing = self._spellers.get(plan.code)
            if existing is None:
                existing = self._build(plan)
                self._spellers[plan.code] = existing
            return existing

    def available_tags(self) -> list[str]:
        """Every enchant dictionary tag the broker can load, sorted."""
        with self._lock:
            self._point_enchant_here()
            tags = {str(tag) for tag in self._broker.list_languages()}
            return sorted(tags | set(self._bundled.tags()))

    def is_bundled_only(self, tag: str) -> bool:
        """True when ``tag`` comes from the installer's bundle, the system having no such dictionary."""
        if tag not in self._bundled.tags():
            return False
        if self._bundled.unpacked(tag):
            return True
        with self._lock:
            self._point_enchant_here()
            return tag not in {str(t) for t in self._broker.list_languages()}

    def tag_for(self, lang_code: str) -> str | None:
        """The enchant tag ``lang_code`` would use, or None."""
        plan = plan_for(lang_code)
        return pick_tag(plan.primary, self.available_tags())

    def region_vocabulary(self, lang_code: str) -> VocabularyDictionary | None:
        """The open region's published vocabulary in ``lang_code``; None without region texts."""
        if self._region_texts is None:
            return None
        pages = list(self._region_texts(lang_code))
        return VocabularyDictionary(build_vocabulary(pages), len(pages))

    def add_dictionary(self, dic_path: Path, aff_path: Path, tag: str | None = None) -> str:
        """Copy a hunspell pair into the user's data; returns the tag it is available under.

        Raises ``ValueError`` when the files are missing or the tag is malformed.
        """
        dic_path, aff_path = Path(dic_path), Path(aff_path)
        if not dic_path.is_file() or not aff_path.is_file():
            raise ValueError(f"{dic_path.name}: a dictionary needs both a .dic and an .aff file")
        name = tag or dic_path.stem
        if not name.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"{name}: not a dictionary name such as tr_TR")
        shutil.copyfile(dic_path, self.hunspell_dir / f"{name}.dic")
        shutil.copyfile(aff_path, self.hunspell_dir / f"{name}.aff")
        with self._lock:
            self._broker_instance = self._new_broker()
            self._dicts.clear()
            self._spellers.clear()
        return name

    # -- helpers -----------------------------------------------------------------------------------
    def _point_enchant_here(self) -> None:
        os.environ["ENCHANT_CONFIG_DIR"] = str(self.config_dir)
        self._bundled.point_enchant_here()

    def _new_broker(self) -> Any:
        self._point_enchant_here()
        import enchant

        return enchant.Broker()

    def _dictionary(self, tag: str) -> Any:
        if tag not in self._dicts:
            self._point_enchant_here()
            if self.is_bundled_only(tag) and self._bundled.ensure(tag):  # first use, or an upgrade
                self._broker_instance = self._new_broker()  # it lists dictionaries once
            self._dicts[tag] = self._broker.request_dict(tag)
        return self._dicts[tag]

    def _build(self, plan: LanguagePlan) -> Speller:
        personal = WordList(self.personal_dir / f"{plan.base}.txt")
        if plan.base in NO_WORD_SPELLCHECK:
            return FakeSpeller(plan, personal, self._lock, "no_word_spellcheck")
        available = self.available_tags()
        tag = pick_tag(plan.primary, available)
        if tag is None:
            return self._region_speller(plan, personal, available)
        tags = [tag, *(t for t in plan.also if t in available and t != tag)]
        names = (
            [] if self._region is None else [RegionNames(lambda: self._region_names(plan, tags, available))]
        )
        return Speller(
            plan,
            tag,
            [*(self._dictionary(t) for t in tags), *names],
            [self._dictionary(t) for t in self._foreign_tags(plan, available)],
            personal,
            self._supplement(plan),
            self._lock,
        )

    def _region_speller(self, plan: LanguagePlan, personal: WordList, available: list[str]) -> Speller:
        vocabulary = self.region_vocabulary(plan.code)
        if vocabulary is None or not len(vocabulary):
            return FakeSpeller(plan, personal, self._lock)
        foreign = [self._dictionary(t) for t in self._foreign_tags(plan, available)]
        supplement = self._supplement(plan)
        return RegionSpeller(plan, "region", [vocabulary], foreign, personal, supplement, self._lock)

    def _region_names(self, plan: LanguagePlan, tags: list[str], available: list[str]) -> frozenset[str]:
        """The region's local names as ``plan``'s language writes them (editor/text/region_names.py)."""
        assert self._region is not None
        source_tag = pick_tag(plan_for(self._source).primary, available)
        if source_tag is None:
            return frozenset()
        source_dictionary = self._dictionary(source_tag)

        def known(word: str) -> bool:
            with self._lock:
                return bool(source_dictionary.check(word))

        own = [self._dictionary(tag) for tag in tags]

        def own_known(word: str) -> bool:
            with self._lock:
                return any(dictionary.check(word) for dictionary in own)

        region = self._region.region()
        name = region.name if region is not None else ""
        with self._lock:
            if self._source_pages is None:
                self._source_pages = dict(self._region.published_pages(self._source))
            source = self._source_pages
        if plan.base == self._source:
            return find_region_names(source, source, name_words(name), own_known, same_language=True)
        pages = dict(self._region.published_pages(plan.code))
        return find_region_names(pages, source, anchors_of(name, source, known), own_known)

    def _foreign_tags(self, plan: LanguagePlan, available: list[str]) -> list[str]:
        foreign_tags: list[str] = []
        source = pick_tag(plan_for(self._source).primary, available)
        if plan.base != self._source and source is not None:
            foreign_tags.append(source)
        if plan.script != "latin":
            foreign_tags.extend(t for t in ("en_US", "en_GB") if t in available)
        return foreign_tags

    def _supplement(self, plan: LanguagePlan) -> set[str]:
        supplement = read_word_list(self._supplement_dir / f"{plan.base}.txt")
        if plan.base != self._source:
            supplement |= read_word_list(self._supplement_dir / f"{self._source}.txt")
        return supplement


def _texts_of(region: RegionCorpus) -> RegionTexts:
    def texts(language: str) -> list[str]:
        return [text for _, text in region.published_pages(language)]

    return texts
