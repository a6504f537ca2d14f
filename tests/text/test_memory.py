"""The translation memory: aligned pairs, fuzzy lookup with a percentage, TMX."""

from __future__ import annotations

import lxml.etree

from editor.text.memory import MemoryEntry, TranslationMemory, aligned_pairs, to_tmx
from tests.text.demo_pages import RESIDENCE_DE, RESIDENCE_EN, demo_html


def _memory() -> TranslationMemory:
    pairs = aligned_pairs(demo_html("de", RESIDENCE_DE), demo_html("en", RESIDENCE_EN))
    return TranslationMemory(MemoryEntry(s, t, h, "en", 9) for s, t, h in pairs)


def test_aligned_pairs_of_the_residence_page() -> None:
    """Only aligned, translated blocks become pairs; German blocks without English are left out."""
    pairs = aligned_pairs(demo_html("de", RESIDENCE_DE), demo_html("en", RESIDENCE_EN))
    sources = [s for s, _t, _h in pairs]
    assert "Diese Unterlagen brauchen Sie" in sources
    assert not any(s.startswith("Seit dem 1. April") for s in sources)
    heading = next(p for p in pairs if p[0] == "Diese Unterlagen brauchen Sie")
    assert heading[1:] == ("Documents you need", "Documents you need")
    assert len(pairs) == 13


def test_lookup_exact_and_fuzzy_with_percentages() -> None:
    """The same block scores 100; a changed one less, in order; another language finds nothing."""
    memory = _memory()
    (exact,) = memory.lookup("diese  Unterlagen brauchen Sie", "en", limit=1)
    assert (exact.score, exact.entry.target) == (100, "Documents you need")
    fuzzy = memory.lookup(
        "Die Gebühr beträgt je nach Aufenthaltstitel zwischen 95 und 98 Euro. Sie bezahlen bar.", "en"
    )
    assert fuzzy[0].entry.target.startswith("The fee is between 93 and 98 euros")
    assert 60 <= fuzzy[0].score < 100
    assert memory.lookup("Diese Unterlagen brauchen Sie", "fa") == []
    assert memory.lookup("Völlig anderer Inhalt über Fahrräder", "en") == []


def test_memory_keeps_one_copy_of_a_pair_and_several_translations() -> None:
    """The same pair from two pages is one entry; two translations of a block are both offered."""
    memory = TranslationMemory(
        [
            MemoryEntry("Mietvertrag", "rental contract", "rental contract", "en", 1),
            MemoryEntry("Mietvertrag", "rental contract", "rental contract", "en", 2),
            MemoryEntry("Mietvertrag", "tenancy agreement", "tenancy agreement", "en", 3, "version 7"),
        ]
    )
    assert memory.size == 2
    assert [s.entry.target for s in memory.lookup("Mietvertrag", "en")] == [
        "rental contract",
        "tenancy agreement",
    ]


def test_to_tmx_pairs_with_language_tags() -> None:
    """TMX 1.4 with the source and target tags, the page as a property."""
    entry = MemoryEntry("Mietvertrag", "rental contract", "rental contract", "en", 4, "version 2")
    root = lxml.etree.fromstring(to_tmx([entry], "de-DE", {"en": "en-US"}, "1.0").encode())
    assert root.get("version") == "1.4"
    assert root.find("header").get("srclang") == "de-DE"  # type: ignore[union-attr]
    (unit,) = root.iter("tu")
    langs = [v.get("{http://www.w3.org/XML/1998/namespace}lang") for v in unit.iter("tuv")]
    assert langs == ["de-DE", "en-US"]
    assert [s.text for s in unit.iter("seg")] == ["Mietvertrag", "rental contract"]
