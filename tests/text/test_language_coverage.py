"""Every Integreat language is checked: real dictionaries, the region's own vocabulary, or a plain "none"."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.text.language_sources import source_of, sources
from editor.text.languages import INTEGREAT_LANGUAGES, NO_WORD_SPELLCHECK, REGION_VOCABULARY_LANGUAGES
from editor.text.spelling import FakeSpeller, RegionSpeller
from editor.text.spelling_service import SpellingService
from editor.text.vocabulary import MIN_PAGES, build_vocabulary, word_key

DICTIONARY_LANGUAGES = [
    code
    for code in INTEGREAT_LANGUAGES
    if code not in REGION_VOCABULARY_LANGUAGES and code.split("-")[0] not in NO_WORD_SPELLCHECK
]

#: One correct sentence with one planted misspelling per newly covered language.
PLANTED = {
    "bg": ("Добре дошли в града. Училището е отворено всекии ден.", "всекии"),
    "hr": ("Dobrodošli u grad. Škola je otvorena svakog dana i tjedana grda.", "grda"),
    "sr": ("Dobrodošli u grad. Škola je otvorena svakog dana, izuzev nedeljee.", "nedeljee"),
    "el": ("Καλώς ήρθατε στην πόλη. Το σχολείο είναι ανοιχτό κάθε μέραα.", "μέραα"),
    "hu": ("Üdvözöljük a városban. Az iskola minden napp nyitva van.", "napp"),
    "vi": ("Chào mừng đến thành phố. Trường học mở cửa mỗi ngàyy.", "ngàyy"),
    "kmr": ("Tu çawa yî? Ez baş im, spas. Dibistan her roj vekiriyee ye.", "vekiriyee"),
    "am": ("ሰላም። ትምህርት ክፍት ነው። ሰልምምምጥ", "ሰልምምምጥ"),
}


@pytest.fixture
def service(tmp_path: Path) -> SpellingService:
    return SpellingService(tmp_path / "user")


def test_languages_list_covers_every_integreat_language() -> None:
    """The list holds the 28 word-based Integreat languages and Chinese."""
    assert len(INTEGREAT_LANGUAGES) == 29
    assert len(DICTIONARY_LANGUAGES) == 22
    assert "zh" in INTEGREAT_LANGUAGES


@pytest.mark.parametrize("code", DICTIONARY_LANGUAGES)
def test_spelling_service_dictionary_for_every_public_dictionary_language(
    service: SpellingService, code: str
) -> None:
    """Each of the 22 languages with a public dictionary reaches a real installed one."""
    found = source_of(service, code)
    assert found.source == "dictionary", found
    assert service.speller(code).available


@pytest.mark.parametrize("code", sorted(PLANTED))
def test_speller_finds_planted_misspelling_in_newly_covered_language(
    service: SpellingService, code: str
) -> None:
    """In bg, hr, sr, el, hu, vi, kmr and am exactly the planted misspelling is flagged."""
    text, wrong = PLANTED[code]
    found = service.speller(code).check_text(text)
    assert [m.word for m in found] == [wrong]
    assert text[found[0].start : found[0].end] == wrong


def test_vocabulary_word_known_only_from_min_pages() -> None:
    """A word counts as known once it occurs in MIN_PAGES different pages; a one-off does not."""
    pages = ["<p>Xaaa bbbb cccc</p>", "Bbbb dddd. Xaaa!", "bbbb eeeeyy"]
    words = build_vocabulary(pages)
    assert MIN_PAGES == 2
    assert words == {"xaaa", "bbbb"}
    assert build_vocabulary(pages, min_pages=3) == {"bbbb"}


def test_vocabulary_key_ignores_harakat_tatweel_and_case() -> None:
    """Urdu and Pashto words compare without vowel marks, tatweel and zero-width joiners."""
    assert word_key("کتابُ") == word_key("کتاب")
    assert word_key("کـتاب") == word_key("کتاب")
    assert word_key("Shkolla") == "shkolla"


def test_region_speller_flags_only_words_never_published(tmp_path: Path) -> None:
    """Pashto without a dictionary is checked against the region's published pages."""
    published = {
        "ps": [
            "<p>ښوونځی هره ورځ خلاص دی.</p>",
            "<p>ښوونځی او روغتون هره ورځ خلاص دی.</p>",
            "<p>روغتون نږدې دی.</p>",
        ]
    }
    service = SpellingService(tmp_path / "user", region_texts=lambda code: published.get(code, []))
    speller = service.speller("ps")
    assert isinstance(speller, RegionSpeller)
    assert speller.source == "region"
    text = "ښوونځی هره ورځ خلاص دی، ښونځي."
    assert [m.word for m in speller.check_text(text)] == ["ښونځي"]
    assert "ښوونځی" in speller.suggest("ښونځي")
    found = source_of(service, "ps")
    assert (found.source, found.pages) == ("region", 3)
    assert int(found.detail) == len(build_vocabulary(published["ps"]))


def test_region_speller_without_published_text_says_not_checked(tmp_path: Path) -> None:
    """Somali with no published region text is plainly unchecked, not silently passed."""
    service = SpellingService(tmp_path / "user", region_texts=lambda code: [])
    speller = service.speller("so")
    assert isinstance(speller, FakeSpeller)
    assert speller.reason == "no_dictionary"
    assert source_of(service, "so").source == "none"


def test_spelling_service_chinese_has_no_word_spellcheck(service: SpellingService) -> None:
    """Chinese is written without spaces: no word spellcheck, said so."""
    speller = service.speller("zh")
    assert isinstance(speller, FakeSpeller)
    assert speller.reason == "no_word_spellcheck"
    assert source_of(service, "zh").detail == "no_word_spellcheck"


def test_language_sources_list_every_language(service: SpellingService) -> None:
    """The sources list names all 29 languages with one of the three sources."""
    listed = sources(service)
    assert [s.code for s in listed] == list(INTEGREAT_LANGUAGES)
    assert {s.source for s in listed} <= {"dictionary", "region", "none"}
