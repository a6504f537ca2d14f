"""``SpellingService``: one enchant broker per user, one :class:`~editor.text.spelling.Speller` per language
(Qt-free, thread-safe).

``SpellingService(user_dir)`` hands out a speller per CMS language code (``speller("de-si")``): with an
enchant dictionary, the region's source language as a second dictionary for German terms, our
supplementary and the user's personal words, and the region's local names; without a dictionary, the
region's own vocabulary or nothing.

Enchant finds user-added ``.dic``/``.aff`` pairs in ``$ENCHANT_CONFIG_DIR/hunspell/``; the service
sets that variable to ``<user_dir>/dictionaries`` before it imports enchant or asks the broker for
anything.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from editor.text.bundled import BUNDLED_DIR, BundledDictionaries
from editor.text.languages import NO_WORD_SPELLCHECK, LanguagePlan, pick_tag, plan_for
from editor.text.region_names import RegionNames, anchors_of, find_region_names, name_words
from editor.text.spelling import FakeSpeller, RegionSpeller, Speller
from editor.text.vocabulary import VocabularyDictionary, build_vocabulary
from editor.text.wordlists import WordList, read_word_list

SOURCE_LANGUAGE = "de"
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
