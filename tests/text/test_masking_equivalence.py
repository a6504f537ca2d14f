"""The spelling masking with its pattern pre-checks (ADR 0034) gives what it gave before them."""

from __future__ import annotations

import json
import random

from editor.text import masking
from editor.text.masking import mask_prose
from tests.text.demo_pages import DEMO


def _previous_mask_prose(text: str) -> str:
    """``mask_prose`` as it was: every pattern scanned over every text."""
    buf = list(text)
    if "<" in text:
        masking._mask_markup(text, buf)
    if any(marker in text for marker in "`[{~"):
        masking._mask_markdown(text, buf)
    if "&" in text:
        masking._mask_entities(text, buf)
    current = "".join(buf)
    for pattern in (masking._URL_RE, masking._EMAIL_RE, masking._DOMAIN_RE, masking._HOST_RE):
        changed = False
        for match in pattern.finditer(current):
            end = masking._trim_trailing(current, match.start(), match.end())
            masking._blank(buf, match.start(), end)
            changed = True
        if changed:
            current = "".join(buf)
    changed = False
    for pattern in (masking._PHONE_RE, masking._DIGIT_WORD_RE):
        for match in pattern.finditer(current):
            masking._blank(buf, match.start(), match.end())
            changed = True
    if changed:
        current = "".join(buf)
    masking._mask_all_caps(current, buf)
    return "".join(buf).translate(masking._TO_IGNORABLE)


#: What each pre-check is about, in every case and script, and what only looks like it.
PIECES = [
    *" aZäÄßÖ9²₂.:@/-\n", "Haus", "EU", "ABC", "Ab", "AB", "ÄÖ", "ÀÉ", "ΣΑ", "Σα", "ДОМ", "Дом", "ǅ", "ǅA",
    "\u212a", "\u0130", "\u017f", "ﬁ", "ا", "بA", "Aب", "中文", "ª", "º", "Ⅻ", "½", "http://x.de/a", "HTTPS://X.DE",
    "WWW.amt.de", "www.", "Www.", "mailto:a@b.de", "ma\u0130lto:x", "tel:+49", "TEL:0821", "fax:", "geo:",
    "httpſ://a.b", "a@b.de", "stadt.de", "Stadt.DE", "amt.musterstadt.example", "z.B.", "z. B.",
    "0821 / 324 0",
    "+49 89 12345-6", "3b", "m²", "CO₂", "\u00ad", "\u200b", "\ufeff", "&shy;", "&uuml;", "&#8203;", "<p>",
    "<b>", "</b>", '<span class="notranslate">NB</span>', "`code`", "[contact 1]", "[x](https://y.de)",
]  # fmt: skip


def test_mask_prose_equals_the_full_scans_on_random_texts() -> None:
    """20,000 random texts of the pieces above: the same masked text, character by character."""
    chooser = random.Random(34)
    for _ in range(20_000):
        text = "".join(chooser.choice(PIECES) for _ in range(chooser.randint(0, 30)))
        assert mask_prose(text) == _previous_mask_prose(text), repr(text)


def test_mask_prose_equals_the_full_scans_on_the_demo_pages() -> None:
    """Every demo page in every language."""
    for path in sorted(DEMO.glob("*.json")):
        for page in json.loads(path.read_text("utf-8")):
            for text in (page["content"], page["title"]):
                assert mask_prose(text) == _previous_mask_prose(text), (path.name, page["path"])


def test_caps_pair_check_holds_every_all_caps_word() -> None:
    """Every character that ``str.isupper`` can accept in a word of two or more letters passes the
    pre-check's character class (its lower-case exceptions are lower case)."""
    letters = [chr(code) for code in range(0x30000) if masking._LETTER_RUN_RE.fullmatch(chr(code))]
    lower = set("abcdefghijklmnopqrstuvwxyz") | {chr(c) for c in range(0xDF, 0x100) if c != 0xF7}
    assert all(char.islower() for char in lower)
    for char in letters:
        if not char.islower():
            assert masking._CAPS_PAIR_RE.fullmatch(char + char), repr(char)
