"""Widget tests for the spelling highlighter, context menu and sidebar panel (pytest-qt, offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from editor.text.spelling_service import SpellingService
from editor.views.editor.spell_highlighter import BlockSpellData, SpellHighlighter
from editor.views.editor.spell_menu import SpellMenu
from editor.views.editor.spell_panel import SpellPanel

_WAVE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def service(tmp_path: Path) -> SpellingService:
    return SpellingService(tmp_path / "user")


def _editor(qtbot: QtBot, text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    return editor


def _underlined(editor: QPlainTextEdit, block_number: int = 0) -> list[tuple[int, int]]:
    block = editor.document().findBlockByNumber(block_number)
    return [
        (r.start, r.start + r.length) for r in block.layout().formats() if r.format.underlineStyle() == _WAVE
    ]


def test_spell_highlighter_arabic_after_emoji_exact_utf16_offset(
    qtbot: QtBot, service: SpellingService
) -> None:
    """An Arabic misspelling after an emoji is underlined at its UTF-16 position."""
    text = "😀 المَدْرَسَةُ هناك مدرصة جديدة"
    editor = _editor(qtbot, text)
    SpellHighlighter(editor, service.speller("ar"))
    start = text.index("مدرصة") + 1  # the emoji counts twice in UTF-16
    assert _underlined(editor) == [(start, start + 5)]
    data = editor.document().firstBlock().userData()
    assert isinstance(data, BlockSpellData)
    assert data.spans == [(start, start + 5, "مدرصة")]


def test_spell_highlighter_skips_markup_and_fenced_code(qtbot: QtBot, service: SpellingService) -> None:
    """Links, URLs, abbreviations and fenced code are not underlined; prose typos are."""
    text = "Siehe [Link](https://x.de/fehlerr) beim BAMF.\n```\nfehlerr\n```\nEin Fehlerr."
    editor = _editor(qtbot, text)
    SpellHighlighter(editor, service.speller("de"))
    assert _underlined(editor, 0) == []
    assert _underlined(editor, 2) == []
    assert _underlined(editor, 4) == [(4, 11)]


def test_spell_highlighter_skips_word_under_cursor_while_typing(
    qtbot: QtBot, service: SpellingService
) -> None:
    """The word being typed is not underlined until the cursor leaves it."""
    editor = _editor(qtbot, "")
    highlighter = SpellHighlighter(editor, service.speller("de"))
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Ein Fehlerr")
    assert _underlined(editor) == []
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    assert _underlined(editor) == [(4, 11)]
    qtbot.keyClicks(editor, "Wortt")
    assert _underlined(editor) == [(4, 11)]
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    assert _underlined(editor) == [(4, 11), (12, 17)]
    assert highlighter.misspelling_at(13) == (12, 17, "Wortt")


def test_spell_menu_suggestions_add_and_ignore(qtbot: QtBot, service: SpellingService) -> None:
    """The menu offers at most 8 suggestions, replaces the word, adds and ignores words."""
    editor = _editor(qtbot, "Der Antarg und das Qwertzhaus und der Fehlerr.")
    highlighter = SpellHighlighter(editor, service.speller("de"))
    menu = SpellMenu(editor, highlighter)
    assert menu.actions_at(1) == []
    actions = menu.actions_at(5)
    texts = [a.text() for a in actions if not a.isSeparator()]
    assert texts[0] == "Antrag"
    assert texts[-2:] == ["Add to dictionary", "Ignore"]
    assert len(texts) - 2 <= 8
    actions[0].trigger()
    assert editor.toPlainText().startswith("Der Antrag und")
    qmenu = QMenu()
    assert menu.populate(qmenu, editor.toPlainText().index("Qwertzhaus") + 2)
    add = next(a for a in qmenu.actions() if a.text() == "Add to dictionary")
    add.trigger()
    stored = service.personal_dir / "de.txt"
    assert stored.read_text(encoding="utf-8") == "Qwertzhaus\n"
    position = editor.toPlainText().index("Fehlerr")
    ignore = next(a for a in menu.actions_at(position) if a.text() == "Ignore")
    ignore.trigger()
    assert _underlined(editor) == []
    assert highlighter.ignored_words == {"Fehlerr"}


def test_spell_panel_lists_issues_and_jumps(qtbot: QtBot, service: SpellingService) -> None:
    """The panel counts issues and emits the UTF-16 span of a clicked one."""
    panel = SpellPanel()
    qtbot.addWidget(panel)
    text = "😀 Zeile\nEin Antarg und eine Wohnnug."
    panel.check(text, service.speller("de"))
    assert panel.count == 2
    start = text.index("Antarg") + 1
    with qtbot.waitSignal(panel.sig_issue_activated) as blocker:
        panel._list.itemClicked.emit(panel._list.item(0))
    assert blocker.args == [start, start + 6]


def test_spell_panel_no_dictionary_state(qtbot: QtBot, service: SpellingService) -> None:
    """A language without a dictionary shows how to add one and emits a request on the link."""
    panel = SpellPanel()
    qtbot.addWidget(panel)
    editor = _editor(qtbot, "ሰላም ቃልቃል")
    SpellHighlighter(editor, service.speller("ti"))
    assert _underlined(editor) == []
    panel.check("ሰላም", service.speller("ti"))
    assert panel.count == 0
    assert "No spellcheck dictionary for ti" in panel._notice.text()
    with qtbot.waitSignal(panel.sig_add_dictionary_requested) as blocker:
        panel._notice.linkActivated.emit("add")
    assert blocker.args == ["ti"]
