"""The readability sidebar and its controller: rendering, clicks, hover, debounce, off-thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from editor.tasks import TaskRunner
from editor.text.readability import Category, analyse
from editor.views.editor.readability_controller import DEBOUNCE_MS, ReadabilityController
from editor.views.editor.readability_panel import MAX_ITEMS_PER_CATEGORY, ReadabilityPanel

GERMAN = (
    "Der Antrag wird vom Amt geprüft. Sie werden morgen einen Brief bekommen. "
    "Bringen Sie z. B. Ihren Pass mit. Das Amt hilft Ihnen gerne bei allen Fragen zum Antrag. "
    "Die Beratung ist kostenlos und findet im Rathaus statt."
)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """A task runner that runs inline, shut down after the test."""
    task_runner = TaskRunner()
    task_runner.set_inline(True)
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def panel(qtbot: QtBot) -> ReadabilityPanel:
    """A fresh panel."""
    widget = ReadabilityPanel()
    qtbot.addWidget(widget)
    return widget


def test_panel_shows_score_band_and_threshold(panel: ReadabilityPanel) -> None:
    """The score is shown with its colour band and whether machine translation is allowed."""
    result = analyse(GERMAN, "de")
    assert result.hix_like is not None
    panel.set_result(result)
    assert f"{result.hix_like:.1f}" in panel.score_label.text()
    assert "background" in panel.score_label.styleSheet()
    panel.set_threshold(25)
    assert "blocked" in panel.threshold_label.text()
    panel.set_threshold(0)
    assert "allowed" in panel.threshold_label.text()


ENGLISH = (
    "Learning German is an important step in settling in. You will understand letters from public offices "
    "better, find work more easily and be able to talk to neighbours. Ask the migration counselling "
    "service which course suits you. The courses take place at the adult education centre."
)
ARABIC = (
    "تعلم اللغة الألمانية خطوة مهمة للاستقرار في المدينة. ستفهم الرسائل من الدوائر الحكومية بشكل أفضل، "
    "وستجد عملاً بسهولة أكبر. اسأل مركز الاستشارة عن الدورة المناسبة لك. تقام الدورات في مركز تعليم الكبار."
)


@pytest.mark.parametrize(
    ("text", "language", "measure", "value", "shown"),
    [
        (ENGLISH, "en", "flesch", "flesch_reading_ease", "Flesch Reading Ease"),
        (ARABIC, "ar", "lix", "lix", "LIX"),
    ],
)
def test_panel_without_hix_shows_the_languages_own_measure(
    panel: ReadabilityPanel, text: str, language: str, measure: str, value: str, shown: str
) -> None:
    """A language without the HIX-like score shows the measure the region's report judges it by, with
    its value and what it means, instead of an empty dash."""
    from editor.reports.metrics import readability_score

    result = analyse(text, language)
    assert result.hix_like is None
    assert result.measure == measure
    assert result.headline == getattr(result, value)
    assert result.headline is not None
    panel.set_result(result)
    assert panel.score_label.text() == f"{shown} {result.headline:.1f}" + (
        " / 100" if measure == "flesch" else ""
    )
    assert "German only" in panel.threshold_label.text()
    _words, score, report_measure = readability_score(text, language)  # the report's column agrees
    assert report_measure == measure
    assert score == pytest.approx(result.headline)
    panel.set_result(analyse("Hello", "en"))  # too short: no measure, the plain state
    assert panel.score_label.text() == "Not enough text"


def test_panel_lists_formulas_with_meanings(panel: ReadabilityPanel) -> None:
    """Every German formula is listed with a tooltip explaining it."""
    panel.set_result(analyse(GERMAN, "de"))
    names = [panel.measures.topLevelItem(i).text(0) for i in range(panel.measures.topLevelItemCount())]
    assert {"Flesch–Amstad", "Wiener Sachtextformel", "SMOG (German)", "LIX"} <= set(names)
    assert all(panel.measures.topLevelItem(i).toolTip(0) for i in range(len(names)))


def test_panel_groups_findings_with_counts_and_emits_span(panel: ReadabilityPanel, qtbot: QtBot) -> None:
    """Findings are grouped by category with counts; clicking one emits its span."""
    result = analyse(GERMAN, "de")
    panel.set_result(result)
    heads = [panel.findings.topLevelItem(i) for i in range(panel.findings.topLevelItemCount())]
    passive = next(h for h in heads if h.text(0).startswith("Passive voice"))
    assert passive.text(0) == "Passive voice (1)"
    child = passive.child(0)
    expected = next(f for f in result.findings if f.category is Category.PASSIVE_VOICE)
    with qtbot.waitSignal(panel.sig_span_activated) as blocker:
        panel.findings.itemClicked.emit(child, 0)
    assert blocker.args == [expected.start, expected.end]
    panel.findings.itemEntered.emit(child, 0)
    assert panel.hint_label.text() == expected.hint


def test_panel_not_enough_text_and_pending(panel: ReadabilityPanel) -> None:
    """Short text shows a clear "not enough text" state; set_pending says it is updating."""
    panel.set_result(analyse("## Willkommen", "de"))
    assert panel.score_label.text() == "Not enough text"
    assert "1 word" in panel.threshold_label.text()
    panel.set_pending()
    assert "Updating" in panel.status_label.text()
    panel.set_result(analyse("", "de"))
    assert panel.findings.topLevelItemCount() == 0


def test_panel_caps_items_per_category(panel: ReadabilityPanel) -> None:
    """Very many findings of one category are capped, with a "more" line."""
    text = " ".join("Das Formular wird geprüft." for _ in range(MAX_ITEMS_PER_CATEGORY + 5))
    panel.set_result(analyse(text, "de"))
    head = panel.findings.topLevelItem(0)
    assert head.childCount() == MAX_ITEMS_PER_CATEGORY + 1
    assert "5 more" in head.child(MAX_ITEMS_PER_CATEGORY).text(0)


def test_controller_debounces_then_updates_panel(qtbot: QtBot, runner: TaskRunner) -> None:
    """Typing restarts the timer; after it fires the panel shows the analysis of the text."""
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    controller = ReadabilityController(editor, "de", runner)
    editor.setPlainText(GERMAN)
    assert controller.timer.isActive()
    assert controller.result is None
    assert controller.timer.interval() == DEBOUNCE_MS
    with qtbot.waitSignal(controller.sig_result_ready, timeout=3000):
        pass
    assert controller.result is not None
    assert controller.result.counts.words == analyse(GERMAN, "de").counts.words
    assert controller.panel.findings.topLevelItemCount() > 0


def test_controller_click_selects_span_in_editor(qtbot: QtBot, runner: TaskRunner) -> None:
    """Activating a finding selects its span in the editor, also after non-BMP characters."""
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    text = "😀 " + GERMAN
    editor.setPlainText(text)
    controller = ReadabilityController(editor, "de", runner)
    controller.refresh()
    finding = controller.result.findings[0] if controller.result else None
    assert finding is not None
    controller.panel.sig_span_activated.emit(finding.start, finding.end)
    assert editor.textCursor().selectedText() == finding.text


def test_controller_runs_off_thread_and_language_switch(qtbot: QtBot) -> None:
    """With a real (threaded) runner the result arrives via the event loop; language switches."""
    runner = TaskRunner()
    try:
        editor = QPlainTextEdit()
        qtbot.addWidget(editor)
        editor.setPlainText("The cat sat on the mat. The dog ran to the park.")
        controller = ReadabilityController(editor, "de", runner)
        with qtbot.waitSignal(controller.sig_result_ready, timeout=5000):
            controller.set_language("en")
        assert controller.result is not None
        assert controller.result.flesch_reading_ease is not None
    finally:
        runner.shutdown()


def test_controller_scores_list_items_and_headings_as_the_report_does(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """The pane scores a page as the command does: list items, headings and cells end sentences."""
    from editor.views.editor.surface.surface_edit import SurfaceEdit

    html = (
        "<p>Deutsch lernen ist ein wichtiger Schritt, um in der Stadt anzukommen.</p>"
        "<h2>Kurse</h2><p>In der Stadt gibt es verschiedene Kurse:</p>"
        "<ul><li>Integrationskurs – der Grundkurs für Deutsch und Orientierung</li>"
        "<li>Berufssprachkurs – Deutsch für den Beruf</li><li>Kurse für Frauen mit Kinderbetreuung</li></ul>"
        "<table><tbody><tr><td>Montag</td><td>8:00–12:00 Uhr</td></tr></tbody></table>"
        "<p>Fragen Sie bei der Beratung,<br>welcher Kurs zu Ihnen passt.</p>"
    )
    editor = SurfaceEdit()
    qtbot.addWidget(editor)
    editor.load_html(html)
    controller = ReadabilityController(editor, "de", runner)
    controller.refresh()
    assert controller.result is not None
    assert controller.result.counts == analyse(html, "de").counts
    assert controller.result.hix_like == analyse(html, "de").hix_like


def test_panel_numbers_follow_the_ui_locale(panel: ReadabilityPanel) -> None:
    """With the German UI (the composition root sets the locale) numbers use a decimal comma."""
    from PySide6.QtCore import QLocale

    from editor.app import set_number_locale

    before = QLocale()
    set_number_locale("de")
    try:
        result = analyse(GERMAN, "de")
        assert result.hix_like is not None
        panel.set_result(result)
        panel.set_threshold(14.5)
        assert f"{result.hix_like:.1f}".replace(".", ",") in panel.score_label.text()
        assert "14,5" in panel.threshold_label.text()
        values = [panel.measures.topLevelItem(i).text(1) for i in range(panel.measures.topLevelItemCount())]
        assert values
        assert all("," in value and "." not in value for value in values)
        set_number_locale("en")
        panel.set_result(result)
        assert f"{result.hix_like:.1f}" in panel.score_label.text()
    finally:
        QLocale.setDefault(before)
