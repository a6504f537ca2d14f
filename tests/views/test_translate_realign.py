"""The desk realigns off the GUI thread: results are applied, stale ones dropped, typing never lost.

These tests use a real :class:`TaskRunner` (not the inline one of the window fixture), so the
realignment runs on the check pool and its result reaches the GUI thread through the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.models.enums import Direction, Status
from editor.models.records import LanguageInfo, TranslationData
from editor.tasks import TaskRunner
from editor.text.segments import align, split_blocks
from editor.views.editor.pane import EditorPane
from editor.views.main_window import MainWindow
from editor.views.translate.desk import AlignedDesk
from tests.text.alignment_cases import page_pairs
from tests.text.demo_pages import RESIDENCE_DE, RESIDENCE_EN, demo_html

_PATH, GERMAN, ARABIC = page_pairs("ar")[5]


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def _pane(qtbot: QtBot, code: str, html: str) -> EditorPane:
    saved: list[str] = []
    pane = EditorPane(lambda *args: saved.append(str(args)) or True, 60_000)  # type: ignore[func-returns-value]
    qtbot.addWidget(pane)
    rtl = code == "ar"
    language = LanguageInfo(
        code, code, code, Direction.RTL if rtl else Direction.LTR, None if code == "de" else "de"
    )
    pane.set_languages([language], code)
    data = TranslationData(
        1, 1, code, "T", "t", html, Status.PUBLIC, False, None, None, None, None, None, None
    )
    pane.resize(600, 500)
    pane.show()
    pane.load(1, data, "")
    return pane


def _desk(qtbot: QtBot, runner: TaskRunner, target: tuple[str, str] = ("ar", ARABIC)) -> AlignedDesk:
    desk = AlignedDesk(
        _pane(qtbot, "de", GERMAN if target[0] == "ar" else demo_html("de", RESIDENCE_DE)),
        _pane(qtbot, *target),
        runner=runner,
    )
    desk.realign()  # the panes were loaded before the desk was listening
    qtbot.waitUntil(lambda: bool(desk.pairs) and not desk.pending, timeout=10_000)
    return desk


def _type(desk: AlignedDesk, text: str) -> None:
    editor = desk.target.editor
    cursor = QTextCursor(editor.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.textCursor().insertText(text)


def test_aligned_desk_realigns_on_the_check_pool_and_applies_the_result(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """After a load the pairs arrive from the pool and are those of the pure alignment."""
    desk = _desk(qtbot, runner)
    assert desk.pairs == align(split_blocks(GERMAN), split_blocks(ARABIC))
    assert desk.maps is not None
    assert desk.realigner.dropped == 0
    desk.realign()
    assert desk.pending  # running on the pool: the GUI thread is free
    qtbot.waitUntil(lambda: not desk.pending, timeout=10_000)
    assert desk.pairs == align(split_blocks(GERMAN), split_blocks(ARABIC))


def test_aligned_desk_drops_a_result_made_before_an_edit(qtbot: QtBot, runner: TaskRunner) -> None:
    """Typing while a realignment runs: its result is dropped, the next one has the new text."""
    desk = _desk(qtbot, runner)
    before = desk.pairs
    with qtbot.waitSignal(desk.sig_aligned, timeout=10_000):
        desk.realign()
        _type(desk, " نص جديد")  # before the event loop can deliver the running job's result
        qtbot.waitUntil(lambda: desk.realigner.dropped == 1, timeout=10_000)
        assert desk.pairs is before  # the stale result was not shown
    assert any("نص جديد" in block.text for block in desk.blocks[1])
    assert desk.realigner.dropped == 1


def test_aligned_desk_typing_during_realignments_loses_no_text(qtbot: QtBot, runner: TaskRunner) -> None:
    """Characters typed while several realignments run are all in the document and the next pairs."""
    desk = _desk(qtbot, runner)
    typed = ""
    for word in ("eins", "zwei", "drei", "vier"):
        desk.realign()
        _type(desk, f" {word}")
        typed += f" {word}"
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not desk.pending, timeout=10_000)
    assert typed in desk.target.editor.document().findBlockByNumber(1).text()
    assert typed in desk.target.editor.html()
    assert any(typed.strip() in block.text for block in desk.blocks[1])
    assert desk.realigner.dropped >= 1


def test_aligned_desk_unchanged_pane_is_not_read_again(qtbot: QtBot, runner: TaskRunner) -> None:
    """Typing in the target re-reads only the target: the source's HTML is taken from the last read."""
    desk = _desk(qtbot, runner)
    calls: list[str] = []
    for pane in (desk.source, desk.target):
        original = pane.editor.html_writer
        pane.editor.html_writer = lambda original=original, code=pane.language.code: (  # type: ignore[method-assign,union-attr]
            calls.append(code) or original()
        )
    _type(desk, " neu")
    desk.realign()
    qtbot.waitUntil(lambda: not desk.pending, timeout=10_000)
    assert calls == ["ar"]
    assert any("neu" in block.text for block in desk.blocks[1])


RESIDENCE = 9  # "Aufenthaltstitel verlängern"


def test_qa_runs_off_the_gui_thread_and_drops_a_check_of_an_older_alignment(
    open_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """With a real runner the QA result arrives from the database thread; one made for an alignment
    the desk has since replaced is not shown."""
    window = open_window()
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    window.store.save_translation(
        RESIDENCE, "en", title=english.title, content=english.content.replace("93", "", 1)
    )
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText("(en)", Qt.MatchFlag.MatchContains))
    window.open_page(RESIDENCE)
    desk, qa, runner = window.desk.aligned, window.desk.qa, window.services.runner
    qtbot.waitUntil(lambda: desk.page_id == RESIDENCE and not desk.pending and bool(desk.pairs))
    runner.set_inline(False)
    try:
        qa.issues = None
        qa.refresh()
        assert qa.issues is None  # checking on the database thread
        qtbot.waitUntil(lambda: qa.issues is not None and not runner.busy, timeout=10_000)
        assert any(i.code == "number" and "93" in i.message for i in qa.issues or [])
        qa.issues = None
        qa.refresh()
        desk.pairs = list(desk.pairs)  # a newer alignment replaced the one being checked
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        assert qa.issues is None
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        runner.set_inline(True)


def test_aligned_desk_realigns_after_undoing_back_to_the_loaded_text(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """Undo back to the text as loaded is an edit too: the extra block it removes leaves the pairs."""
    desk = _desk(qtbot, runner)
    loaded = len(desk.blocks[1])
    editor = desk.target.editor
    cursor = QTextCursor(editor.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.textCursor().insertBlock()
    editor.textCursor().insertText("فقرة إضافية")
    qtbot.waitUntil(lambda: len(desk.blocks[1]) == loaded + 1 and not desk.pending, timeout=10_000)
    while editor.document().isModified():
        editor.document().undo()
    qtbot.waitUntil(lambda: len(desk.blocks[1]) == loaded and not desk.pending, timeout=10_000)
    assert not any("فقرة إضافية" in block.text for block in desk.blocks[1])


def test_aligned_desk_inserting_a_source_block_realigns_at_once(qtbot: QtBot, runner: TaskRunner) -> None:
    """After Ctrl+Alt+I the pairs already include the inserted block, so a second insertion at once
    goes to the next gap, not to a place computed for the old blocks."""
    desk = _desk(qtbot, runner, ("en", demo_html("en", RESIDENCE_EN)))
    gaps = sum(1 for p in desk.pairs if p.target is None)
    assert gaps >= 2
    assert desk.insert_source_block()
    assert sum(1 for p in desk.pairs if p.target is None) == gaps - 1  # no waiting for the pool
    assert desk.insert_source_block()
    assert sum(1 for p in desk.pairs if p.target is None) == gaps - 2


@pytest.mark.parametrize(("code", "html"), [("de", GERMAN), ("ar", ARABIC)])
def test_surface_html_writer_writes_what_html_gives(qtbot: QtBot, code: str, html: str) -> None:
    """The writer the desk hands to the pool gives :meth:`html`'s text: untouched (not read at all),
    after typing, and after undoing back to the loaded text."""
    pane = _pane(qtbot, code, html)
    editor = pane.editor
    assert editor.html_writer()() == editor.html()
    cursor = QTextCursor(editor.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(" getippt")
    writer = editor.html_writer()
    cursor.insertText(" später")  # after the read: not in what the writer writes
    assert "getippt" in writer()
    assert "später" not in writer()
    assert editor.html_writer()() == editor.html()
    while editor.document().isModified():
        editor.document().undo()
    assert editor.html_writer()() == editor.html()
    assert "getippt" not in editor.html()
