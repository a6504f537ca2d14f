"""Which source each Integreat language is spell-checked against (Qt-free).

Used by ``--self-test`` and the spelling settings: for every language, ``dictionary`` (with the
enchant tag), ``region`` (the region's own published vocabulary, :mod:`editor.text.vocabulary`) or
``none`` (with the reason: no word spellcheck for the script, or nothing installed and no text).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editor.text.languages import INTEGREAT_LANGUAGES, NO_WORD_SPELLCHECK, base_language
from editor.text.spelling import SpellingSource
from editor.text.spelling_service import SpellingService


@dataclass(frozen=True, slots=True)
class LanguageSource:
    """How one language is checked.

    ``detail`` is the dictionary tag (``de_DE``), the number of known region words, or the reason
    for ``none`` (``no_word_spellcheck``, ``no_dictionary``).
    """

    code: str
    source: SpellingSource
    detail: str
    pages: int = 0
    bundled: bool = False


def source_of(service: SpellingService, code: str) -> LanguageSource:
    """How ``code`` is checked with ``service`` (loads no dictionary; builds the region's list)."""
    if base_language(code) in NO_WORD_SPELLCHECK:
        return LanguageSource(code, "none", "no_word_spellcheck")
    tag = service.tag_for(code)
    if tag is not None:
        return LanguageSource(code, "dictionary", tag, bundled=service.is_bundled_only(tag))
    vocabulary = service.region_vocabulary(code)
    if vocabulary is not None and len(vocabulary):
        return LanguageSource(code, "region", str(len(vocabulary)), vocabulary.pages)
    return LanguageSource(code, "none", "no_dictionary")


def sources(service: SpellingService, codes: Iterable[str] = INTEGREAT_LANGUAGES) -> list[LanguageSource]:
    """:func:`source_of` for each of ``codes`` (all Integreat languages by default)."""
    return [source_of(service, code) for code in codes]
