"""QA of a translation against its source, at the aligned block."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.text import qa
from editor.text.qa import QaContext, check_translation
from editor.text.spelling_service import SpellingService
from tests.text.demo_pages import RESIDENCE_DE, RESIDENCE_EN, demo_html


def _codes(source: str, target: str, context: QaContext | None = None) -> list[tuple[str, str]]:
    return [(i.code, i.message) for i in check_translation(source, target, context)]


def test_check_translation_demo_residence_page_structure_only() -> None:
    """The English residence page lacks German blocks: only the counts are flagged, nothing else."""
    found = _codes(demo_html("de", RESIDENCE_DE), demo_html("en", RESIDENCE_EN))
    assert found == [
        (qa.STRUCTURE, "headings: 3 in the source, 2 in the translation"),
        (qa.STRUCTURE, "list items: 12 in the source, 8 in the translation"),
    ]


def test_check_translation_link_to_the_source_language_page() -> None:
    """A link kept at the German address where an English page exists is named with that page."""
    german = "https://cms.example/r/de/amt/"
    english = "https://cms.example/r/en/office/"
    context = QaContext("de", "en", link_target=lambda href: english if href == german else None)
    source = f'<p>Zum <a href="{german}">Amt</a>.</p>'
    found = _codes(source, f'<p>To the <a href="{german}">office</a>.</p>', context)
    assert found == [(qa.SOURCE_LINK, f"links to the de page {german}; the en page is {english}")]
    assert _codes(source, f'<p>To the <a href="{english}/">office</a>.</p>', context) == []
    assert _codes(source, "<p>To the office.</p>", context)[0][0] == qa.LINK


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("<p>Rufen Sie 089 99998-210 an.</p>", "<p>Call 089 99998-201.</p>", [qa.PHONE]),
        ("<p>Mail an info@stadt.example</p>", "<p>Write to INFO@stadt.example</p>", []),
        ("<p>Mail an info@stadt.example</p>", "<p>Write to us</p>", [qa.EMAIL]),
        ("<p>Am 1.4.2025 um 14:00 Uhr</p>", "<p>On 1.4.2025 at 2 pm</p>", []),
        ("<p>Am 1.4.2025 um 14:00 Uhr</p>", "<p>On 2.4.2025 at 3 pm</p>", [qa.DATE, qa.TIME]),
        ("<p>8:00–12:00 Uhr und 14:00–17:30 Uhr</p>", "<p>8:00 am – 12:00 noon and 2:00 – 5:30 pm</p>", []),
        ("<p>Es kostet 2,29 € und 1.300 €.</p>", "<p>It costs €2.29 and €1,300.</p>", []),
        ("<p>bis zu 1.300 Einheiten</p>", "<p>تا ۱٬۳۰۰ جلسه</p>", []),
        ("<p>40.000 Euro</p>", "<p>40\u00a0000 євро</p>", []),
        ("<p>Es kostet 93 Euro.</p>", "<p>It costs 98 euros.</p>", [qa.NUMBER]),
        ("<p>Im 2. Stock, 3 Zimmer</p>", "<p>On the second floor, three rooms</p>", []),
        (
            '<p>Die <span class="notranslate">Fiktionsbescheinigung</span></p>',
            '<p>The <span class="notranslate">Fiction certificate</span></p>',
            [qa.NOTRANSLATE],
        ),
        ("<p>Text</p><p>Mehr Text</p>", "<p>Text</p><p></p>", [qa.EMPTY]),
        (
            "<p>Bringen Sie bitte Ihren Pass mit.</p>",
            "<p>Bringen Sie bitte Ihren Pass mit.</p>",
            [qa.UNTRANSLATED],
        ),
        (
            "<table><tr><td>a</td><td>b</td></tr></table>",
            "<table><tr><td>a</td></tr></table>",
            [qa.STRUCTURE],
        ),
    ],
)
def test_check_translation_carried_over(source: str, target: str, expected: list[str]) -> None:
    """Phone numbers, e-mail addresses, dates, times, numbers, notranslate texts, empty and copied blocks."""
    assert [code for code, _ in _codes(source, target)] == expected


def test_check_translation_german_left_in_english(tmp_path: Path) -> None:
    """A block whose words the German dictionary knows and the English does not is flagged."""
    spelling = SpellingService(tmp_path)
    context = QaContext(
        "de", "en",
        is_source_word=spelling.speller("de").in_own_dictionary,
        is_target_word=spelling.speller("en").in_own_dictionary,
    )  # fmt: skip
    source = "<p>Bringen Sie bitte Ihren Pass mit.</p><p>Die Gebühr beträgt 13 Euro.</p>"
    target = "<p>Please bring your passport.</p><p>Die Gebühr beträgt 13 Euro pro Person.</p>"
    found = check_translation(source, target, context)
    assert [(i.code, i.target_index) for i in found] == [(qa.UNTRANSLATED, 1)]
    assert "looks like de" in found[0].message
    fine = "<p>Please bring your passport.</p><p>The fee is 13 euros.</p>"
    assert check_translation(source, fine, context) == []


def test_check_translation_glossary_hook() -> None:
    """The glossary check's messages become glossary warnings at the block."""
    context = QaContext(glossary=lambda s, t: ["“Jobcenter” should stay"] if "Jobcenter" not in t else [])
    found = check_translation("<p>Jobcenter</p>", "<p>job centre</p>", context)
    assert [(i.code, i.message) for i in found] == [(qa.GLOSSARY, "“Jobcenter” should stay")]
