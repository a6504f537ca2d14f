"""Readability hints in the UI language (the core writes English; the templates are repeated
here so Qt's translation tools find them — a test keeps both tables equal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from editor.text.readability import Finding

TEMPLATES: dict[str, object] = {  # QT_TRANSLATE_NOOP returns its text unchanged
    "long_sentence": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "{count} words: split it into shorter sentences (at most {limit} words each)."
    ),
    "long_sentence_other": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "{count} words: split it into shorter sentences."
    ),
    "nested": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Several subordinate clauses: make one main clause per statement."
    ),
    "passive": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Passive voice: say who does it (“Das Amt prüft den Antrag”)."
    ),
    "future": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Future tense: the present tense is easier (“Sie bekommen morgen Post”)."
    ),
    "nominal": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Nominal style ({examples}): use verbs instead (“Sie beantragen …”)."
    ),
    "infinitive": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Infinitive construction: write a main clause instead (“Sie müssen … ausfüllen”)."
    ),
    "long_word": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Long word ({letters} letters): use a shorter word or split it."
    ),
    "abbreviation_word": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Abbreviation “{text}”: write it out or explain it."
    ),
    "abbreviation_full": QT_TRANSLATE_NOOP("ReadabilityHint", "Abbreviation: write “{full}”."),
    "abbreviation": QT_TRANSLATE_NOOP("ReadabilityHint", "Abbreviation: write it out."),
    "bureaucratic_word": QT_TRANSLATE_NOOP("ReadabilityHint", "Bureaucratic word: try “{alternative}”."),
    "bureaucratic_phrase": QT_TRANSLATE_NOOP("ReadabilityHint", "Bureaucratic phrase: try “{alternative}”."),
    "easy_negation": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Easy German: say it positively, without negation."
    ),
    "easy_genitive": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Easy German: no genitive; use “von” (“das Haus von …”)."
    ),
    "easy_subjunctive": QT_TRANSLATE_NOOP("ReadabilityHint", "Easy German: no subjunctive; say it directly."),
    "easy_compound": QT_TRANSLATE_NOOP(
        "ReadabilityHint", "Easy German: split the long word with a hyphen (“Bürger-Amt”)."
    ),
}


def hint_text(finding: Finding) -> str:
    """The finding's hint, translated when the UI language has it."""
    template = TEMPLATES.get(finding.hint_id)
    if template is None:
        return finding.hint
    translated = QCoreApplication.translate("ReadabilityHint", str(template))
    return translated.format(**dict(finding.hint_args))
