"""QA and glossary warnings reach the German UI with no English left (ADR 0018): every kind the checks
find, worded from the warning's key and values; the command line keeps the English sentence."""

from __future__ import annotations

import re
from pathlib import Path

from editor.text.glossary import Glossary, Term
from editor.text.qa import QaContext, check_translation
from editor.text.spelling_service import SpellingService
from editor.views.translate.qa_text import qa_text
from tests.views.test_error_text import german  # noqa: F401

PAIRS = [
    ("<p>Rufen Sie 089 99998-210 an.</p>", "<p>Call 089 99998-201.</p>"),
    ("<p>Mail an info@stadt.example</p>", "<p>Write to us</p>"),
    ("<p>Am 1.4.2025 um 14:00 Uhr</p>", "<p>On 2.4.2025 at 3 pm</p>"),
    ("<p>Es kostet 93 Euro.</p>", "<p>It costs 98 euros.</p>"),
    (
        '<p>Die <span class="notranslate">Fiktionsbescheinigung</span></p>',
        '<p>The <span class="notranslate">Fiction certificate</span></p>',
    ),
    ("<p>Text</p><p>Mehr Text</p>", "<p>Text</p><p></p>"),
    ("<p>Bringen Sie bitte Ihren Pass mit.</p>", "<p>Bringen Sie bitte Ihren Pass mit.</p>"),
    ("<table><tr><td>a</td><td>b</td></tr></table>", "<table><tr><td>a</td></tr></table>"),
    ("<h2>A</h2><ul><li>x</li><li>y</li></ul>", "<p>A</p><ul><li>x</li></ul>"),
    ('<p>Zum <a href="https://x.example/de/amt">Amt</a>.</p>', "<p>To the office.</p>"),
]


def _english_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


def test_qa_text_every_warning_in_german(german: None, tmp_path: Path) -> None:  # noqa: F811
    """Each kind of QA warning (numbers, addresses, dates, times, notranslate, empty, copied, structure,
    links, source language left, glossary) is worded in German; its values stay as they are."""
    spelling = SpellingService(tmp_path)
    glossary = Glossary("de", (Term("Jobcenter", {"en": ("Jobcentre",)}), Term("VHS", do_not_translate=True)))
    context = QaContext(
        "de", "en",
        is_source_word=spelling.speller("de").in_own_dictionary,
        is_target_word=spelling.speller("en").in_own_dictionary,
        glossary=glossary.checker("de", "en"),
    )  # fmt: skip
    pairs = [
        *PAIRS,
        ("<p>Das Jobcenter und die VHS helfen.</p>", "<p>The job centre and the college help.</p>"),
        (
            "<p>Eins.</p><p>Die Gebühr beträgt 13 Euro.</p>",
            "<p>One.</p><p>Die Gebühr beträgt 13 Euro pro Person.</p>",
        ),
    ]
    found = [issue for source, target in pairs for issue in check_translation(source, target, context)]
    keys = {getattr(issue.message, "key", "") for issue in found}
    assert {"missing_phone", "missing_email", "missing_date", "missing_time", "missing_number"} <= keys
    assert {"notranslate", "empty", "same_as_source", "structure_cell", "structure_heading"} <= keys
    assert {"link_missing", "looks_like", "glossary_term", "glossary_keep"} <= keys
    for issue in found:
        shown = qa_text(issue.message)
        values = " ".join(issue.message.params.values())  # type: ignore[attr-defined]
        english = _english_words(str(issue.message)) - _english_words(values) - {"mail", "link"}
        assert shown != str(issue.message)
        assert not english & _english_words(shown), shown


def test_qa_text_plain_messages_and_english_stay() -> None:
    """A warning without a key (a glossary hook of its own) is shown as it is; the English sentence is
    still the warning's text (the command line prints it)."""
    assert qa_text("“Jobcenter” should stay") == "“Jobcenter” should stay"
    found = check_translation("<p>Es kostet 93 Euro.</p>", "<p>It costs 98 euros.</p>")
    assert found[0].message == "number 93 is missing"
    assert qa_text(found[0].message) == "The number 93 is missing."
