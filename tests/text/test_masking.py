"""Tests for prose masking and UTF-16 offsets (editor.text.masking, editor.text.words)."""

from __future__ import annotations

from editor.text.masking import IGNORABLE, Utf16Map, mask_prose, utf16_length
from editor.text.words import iter_tokens


def _words(text: str) -> list[str]:
    return [token.text for token in iter_tokens(mask_prose(text))]


def test_mask_prose_keeps_length_and_offsets() -> None:
    """Masking never changes the length, so offsets into the mask are offsets into the input."""
    text = '<p class="x">Hallo <a href="https://a.de/b">Welt</a> &amp; mehr</p>'
    masked = mask_prose(text)
    assert len(masked) == len(text)
    assert masked[text.index("Hallo") : text.index("Hallo") + 5] == "Hallo"
    assert masked[text.index("Welt") : text.index("Welt") + 4] == "Welt"


def test_mask_prose_skips_tags_attributes_and_entities() -> None:
    """Tag names, attribute values and &amp;-style entities are not words."""
    text = '<span title="Fehlerwort" data-x="abc">Text</span> &amp; &nbsp; &quot;'
    assert _words(text) == ["Text"]


def test_mask_prose_decodes_letter_entities_inside_words() -> None:
    """A letter entity inside a word keeps the word whole and decoded."""
    text = "Die Ausl&auml;nderbeh&ouml;rde hilft"
    assert _words(text) == ["Die", "Ausländerbehörde", "hilft"]
    token = list(iter_tokens(mask_prose(text)))[1]
    assert text[token.start : token.end] == "Ausl&auml;nderbeh&ouml;rde"


def test_mask_prose_skips_urls_emails_phones_numbers_caps() -> None:
    """URLs, e-mail addresses, phone numbers, numbers and ALL-CAPS abbreviations are masked."""
    text = (
        "Siehe https://www.augsburg.de/amt?x=1, www.integreat.app und augsburg.de oder "
        "info@stadt-augsburg.de, Tel. +49 (0)821 324-0, ab 2025 im BAMF mit 3er Gruppen."
    )
    assert _words(text) == ["Siehe", "und", "oder", "Tel", "ab", "im", "mit", "Gruppen"]


def test_mask_prose_skips_markdown_syntax() -> None:
    """Link targets, code and attribute lists are masked; link text stays prose."""
    text = 'Ein [Linktext](https://x.de/pfad "Titel") und `codewort` {: .klasse }\n```\nblock\n```\n'
    assert _words(text) == ["Ein", "Linktext", "und"]


def test_mask_prose_skips_notranslate_and_shortcodes() -> None:
    """notranslate spans (with nested markup) and [contact …]/[page …] shortcodes are masked."""
    text = (
        'A <span class="notranslate" translate="no">Xyzzy <b>Qwrt</b></span> B '
        '[contact 12 address email] [page 7 "Seite"] <p translate="no">Zzz</p>'
    )
    assert _words(text) == ["A", "B", "Seite"]


def test_mask_prose_keeps_harakat_and_zwnj_inside_words() -> None:
    """Arabic diacritics and the Farsi zero-width non-joiner stay inside one word."""
    assert _words("المَدْرَسَةُ مفتوحةٌ") == ["المَدْرَسَةُ", "مفتوحةٌ"]
    assert _words("می\u200cخواهم کتاب\u200cها") == ["می\u200cخواهم", "کتاب\u200cها"]


def test_mask_prose_soft_hyphen_is_ignorable() -> None:
    """A soft hyphen (raw or &shy;) does not split a word."""
    masked = mask_prose("Aufent&shy;halts\u00adtitel")
    assert IGNORABLE in masked
    assert _words("Aufent&shy;halts\u00adtitel") == ["Aufenthaltstitel"]


def test_utf16_map_counts_surrogate_pairs() -> None:
    """Characters outside the BMP count twice in UTF-16, as Qt counts them."""
    text = "😀 نص خطأ"
    mapping = Utf16Map(text)
    assert utf16_length(text) == len(text) + 1
    assert mapping.to_utf16(2) == 3
    assert mapping.from_utf16(3) == 2
    assert list(mapping.spans_to_utf16([(2, 4)])) == [(3, 5)]
    assert list(Utf16Map("abc").spans_to_utf16([(0, 1)])) == [(0, 1)]


def test_iter_tokens_gender_forms_and_compounds() -> None:
    """German gender forms are one token; hyphenated compounds keep their parts."""
    tokens = list(iter_tokens(mask_prose("Ärzt*innen und Kita-Gutschein")))
    assert tokens[0].text == "Ärzt*innen"
    assert tokens[0].gender == "innen"
    assert [p.text for p in tokens[2].parts] == ["Kita", "Gutschein"]


def test_masking_marks_constant_matches_unicode_database() -> None:
    """The written-out combining-mark ranges match what the Unicode database says."""
    import re

    from editor.text.masking import MARKS, _mark_ranges

    written, computed = re.compile(f"[{MARKS}]"), re.compile(f"[{_mark_ranges()}]")
    assert all(bool(written.match(chr(c))) == bool(computed.match(chr(c))) for c in range(0x300, 0x20000))


def test_masking_units_and_bare_host_names_are_not_prose() -> None:
    """m², CO₂ and host names with any top-level domain are masked; abbreviations like z.B. stay."""
    text = "60 m² und CO₂, siehe termine.musterstadt.example/online oder z.B. hier."
    masked = mask_prose(text)
    assert len(masked) == len(text)
    for gone in ("m²", "CO₂", "termine", "musterstadt", "example"):
        assert gone not in masked
    assert "z.B." in masked
    assert "siehe" in masked


def test_mask_prose_masks_an_image_inside_a_link() -> None:
    """``convert`` writes a link around an icon as ``[![](icon.svg){: … } Text](url)``: the icon's address
    is no prose either, only the link's words are."""
    text = '[![](/static/svg/download.svg){: height="16" width="16" } Flyer herunterladen](/media/flyer.pdf)'
    assert [t.text for t in iter_tokens(mask_prose(text))] == ["Flyer", "herunterladen"]
