"""The quality report in the window: filled from the background job, sortable, filterable, actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from editor.models.quality_store import confirmations
from editor.reports.links import LinkProblem
from editor.views.main_window import MainWindow
from editor.views.quality.report_model import AGE, PAGE, QualityItemModel
from tests.views.test_error_text import german  # noqa: F401


def test_quality_panel_fills_and_filters(open_window: Callable[[], MainWindow]) -> None:
    """The Page menu's report shows one row per page × language; the filters narrow it down, and the
    count below says how many of the rows they show."""
    window = open_window()
    panel = window.report.show()
    assert panel.report is not None
    assert panel.model.rowCount() == len(panel.report.rows)
    panel.findings_box.setChecked(False)
    everything = panel.proxy.rowCount()
    assert everything == panel.model.rowCount()
    panel.language_box.setCurrentIndex(panel.language_box.findData("fa"))
    fa_rows = [
        panel.proxy.data(panel.proxy.index(i, 0), QualityItemModel.ROW_ROLE)
        for i in range(panel.proxy.rowCount())
    ]
    assert fa_rows
    assert {r.language for r in fa_rows} == {"fa"}
    total = len(panel.report.rows)
    assert panel.status.text().startswith(f"{panel.proxy.rowCount()} of {total} row")
    panel.filter_edit.setText("zzz-no-such-page")
    assert panel.proxy.rowCount() == 0
    assert panel.status.text().startswith(f"0 of {total} row")
    panel.filter_edit.clear()
    panel.language_box.setCurrentIndex(0)
    assert panel.status.text().startswith(f"{total} row")


def test_quality_panel_sorts_numbers_as_numbers(open_window: Callable[[], MainWindow]) -> None:
    """Sorting by age puts the oldest first (numeric, not text order)."""
    panel = open_window().report.show()
    panel.findings_box.setChecked(False)
    panel.table.sortByColumn(AGE, Qt.SortOrder.DescendingOrder)
    ages = [
        panel.proxy.data(panel.proxy.index(i, AGE), QualityItemModel.SORT_ROLE)
        for i in range(panel.proxy.rowCount())
    ]
    assert ages == sorted(ages, reverse=True)


def test_quality_panel_double_click_opens_page_in_language(
    open_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """A double-click on a Farsi row opens that page with Farsi in the right pane."""
    window = open_window()
    panel = window.report.show()
    panel.findings_box.setChecked(False)
    panel.language_box.setCurrentIndex(panel.language_box.findData("fa"))
    index = next(
        panel.proxy.index(i, PAGE) for i in range(panel.proxy.rowCount())
        if panel.proxy.data(panel.proxy.index(i, PAGE), QualityItemModel.ROW_ROLE).metrics is not None
    )  # fmt: skip
    row = panel.proxy.data(index, QualityItemModel.ROW_ROLE)
    panel.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: window.target_pane.page_id == row.page_id)
    assert window.target_pane.language is not None
    assert window.target_pane.language.code == "fa"
    assert window.views.currentIndex() == 0  # the texts are in front, the report a tab beside them
    assert window.views.indexOf(panel) == 1


def test_quality_panel_double_click_keeps_the_report_when_the_right_pane_cannot_be_saved(
    open_window: Callable[[], MainWindow],
) -> None:
    """A double-click on a row in another language, while the right pane holds HTML that cannot be
    stored (a control character typed in its Source view), changes nothing: the report stays in front,
    the right pane keeps its language, page and text, and the status bar says why."""
    window = open_window()
    pane = window.target_pane
    assert pane.language is not None
    shown, language = pane.page_id, pane.language.code
    pane.source_button.setChecked(True)
    pane.source.insertPlainText("\x01")
    typed = pane.source.toPlainText()
    panel = window.report.show()
    panel.findings_box.setChecked(False)
    panel.language_box.setCurrentIndex(panel.language_box.findData("fa"))
    index = next(
        panel.proxy.index(i, PAGE) for i in range(panel.proxy.rowCount())
        if panel.proxy.data(panel.proxy.index(i, PAGE), QualityItemModel.ROW_ROLE).page_id != shown
    )  # fmt: skip
    panel.table.doubleClicked.emit(index)
    assert window.views.currentWidget() is panel
    assert pane.language is not None
    assert (pane.page_id, pane.language.code) == (shown, language)
    assert pane.source.toPlainText() == typed
    assert window.statusBar().currentMessage().startswith("Not saved:")
    pane.source.setPlainText(typed.replace("\x01", ""))  # storable again: closing saves it, asks nothing
    assert pane.flush()


def test_quality_report_tab_closes_and_comes_back_as_it_was(open_window: Callable[[], MainWindow]) -> None:
    """The report opens as a tab beside the texts (the formatting keys rest meanwhile); its × goes back
    to the texts and hides the tab bar; opened again, the same report is there with its rows, and the
    texts' tab cannot be closed."""
    window = open_window()
    assert not window.views.tabBar().isVisible()  # only the texts: no tab bar
    panel = window.report.show()
    rows = panel.model.rowCount()
    assert rows > 0
    assert window.views.currentWidget() is panel
    assert window.current_editor() is None
    assert not window.format_bar.isEnabled()
    window.views.tabCloseRequested.emit(0)  # the texts stay
    assert window.views.count() == 2
    window.views.tabCloseRequested.emit(1)
    assert window.views.count() == 1
    assert window.views.currentIndex() == 0
    assert not window.views.tabBar().isVisible()
    assert window.format_bar.isEnabled()
    assert window.current_editor() is window.source_pane.editor
    again = window.report.show()
    assert again is panel
    assert again.model.rowCount() == rows


def test_quality_report_summary_choice_is_remembered(open_window: Callable[[], MainWindow]) -> None:
    """Folding the summary away (or showing it) is kept for the next window."""
    window = open_window()
    window.resize(1366, 1000)  # a tall window starts with the summary shown
    panel = window.report.show()
    assert panel.summary_button.isChecked()
    assert not panel.pictures.isHidden()
    panel.summary_button.click()
    assert panel.pictures.isHidden()
    window.close()
    window.store.close()
    reopened = open_window()
    reopened.resize(1366, 1000)
    assert not reopened.report.show().summary_button.isChecked()


def test_quality_panel_lists_link_problems_and_confirms(open_window: Callable[[], MainWindow]) -> None:
    """Selecting a row with a cross-language link lists it; "Still valid" confirms the page."""
    window = open_window()
    panel = window.report.show()
    panel.findings_box.setChecked(False)
    for i in range(panel.proxy.rowCount()):
        row = panel.proxy.data(panel.proxy.index(i, PAGE), QualityItemModel.ROW_ROLE)
        if row.link_problems and row.language == "fa":
            panel.table.setCurrentIndex(panel.proxy.index(i, PAGE))
            break
    assert panel.links_list.count() >= 1
    finding = panel.links_list.item(0).data(Qt.ItemDataRole.UserRole)
    assert finding.problem is LinkProblem.OTHER_LANGUAGE
    panel.valid_all_button.click()
    assert any(page == row.page_id for page, _lang in confirmations(window.store))


def test_quality_panel_export_csv(open_window: Callable[[], MainWindow], tmp_path: Path) -> None:
    """The CSV export writes the whole report with a header row."""
    panel = open_window().report.show()
    target = tmp_path / "report.csv"
    panel.write_export(target, panel._csv)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == len(panel.report.rows) + 1 if panel.report else False


def test_quality_panel_export_suggests_a_file_name(
    open_window: Callable[[], MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save dialog starts with a name (report and region), not an empty field; the file is written
    where the user chose."""
    panel = open_window().report.show()
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _kinds: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / suggested), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    panel.export_csv()
    assert asked == ["quality-report-musterstadt.csv"]
    assert (tmp_path / asked[0]).read_text(encoding="utf-8-sig").startswith(panel._csv(False)[:20])


def test_quality_panel_follows_an_edit(open_window: Callable[[], MainWindow]) -> None:
    """Saving a page in the window brings its row up to date without building the report again."""
    window = open_window()
    panel = window.report.show()
    assert panel.report is not None
    row = next(r for r in panel.report.rows if r.language == "de" and r.words)
    current = window.store.translation(row.page_id, "de")
    assert current is not None
    extra = "<p>" + " ".join(["Wort"] * 30) + ".</p>"
    changes = window.store.save_translation(
        row.page_id, "de", title=current.title, content=current.content + extra
    )
    window.sig_operation_done.emit(changes)
    updated = next(r for r in panel.report.rows if r.key == row.key)
    assert updated.words == (row.words or 0) + 30
    shown = [panel.model.row_at(i) for i in range(panel.model.rowCount())]
    assert next(r for r in shown if r.key == row.key).words == updated.words


def test_quality_panel_export_failure_in_german(
    german: None,  # noqa: F811
    open_window: Callable[[], MainWindow],
    tmp_path: Path,
) -> None:
    """An export into a folder that does not exist says so in German (not the system's English)."""
    panel = open_window().report.show()
    panel.write_export(tmp_path / "fehlt" / "bericht.csv", panel._csv)
    assert panel.status.text() == "Nicht gespeichert: die Datei oder der Ordner existiert nicht"


def test_quality_report_steps_aside_for_another_page_and_find(
    open_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """With the report in front, the page shown opened again (after a change the report made) leaves
    the report in front; another page (the worklist, a new page) and Ctrl+F bring the texts forward."""
    window = open_window()
    panel = window.report.show()
    shown = window.source_pane.page_id
    assert shown is not None
    window.open_page(shown)
    assert window.views.currentWidget() is panel
    other = next(row.id for row in window.store.page_tree() if row.id != shown)
    window.open_page(other)
    assert window.views.currentIndex() == 0
    assert window.source_pane.page_id == other
    window.report.show()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentIndex() == 0
    assert window.search.field.isVisible()


def test_quality_report_open_state_is_remembered(open_window: Callable[[], MainWindow]) -> None:
    """The report comes back at the next start as it was left: in front, behind the texts, or closed."""
    window = open_window()
    window.report.show()
    window.close()
    window.store.close()
    assert window.config.state.get("quality_report") == "front"
    reopened = open_window()
    panel = reopened.report.panel
    assert panel is not None
    assert reopened.views.currentWidget() is panel
    reopened.show_texts()  # the report stays open behind the texts
    reopened.close()
    reopened.store.close()
    again = open_window()
    assert again.report.panel is not None
    assert again.views.count() == 2
    assert again.views.texts_in_front()
    again.views.tabCloseRequested.emit(1)  # closed: not opened at the next start
    again.close()
    again.store.close()
    last = open_window()
    assert last.report.panel is None
    assert last.views.count() == 1
