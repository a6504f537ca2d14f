"""Spelling and readability on the editing surface: the words a person sees, one source for both lists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from editor.tasks import TaskRunner
from editor.text.spelling_service import SpellingService
from editor.views.editor.readability_controller import ReadabilityController
from editor.views.editor.spell_highlighter import SpellHighlighter
from editor.views.editor.spell_panel import SpellPanel
from editor.views.editor.surface.surface_edit import SurfaceEdit

_WAVE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
PAGE = (
    "<h2>Willkommen</h2><p>Das ist ein Fehlerr im "
    '<span class="notranslate" translate="no" dir="ltr">Jobcentr</span> und '
    '<a href="https://x.de/fehlerr">hier ein Linkk</a>.</p>'
    "<ul><li>Noch ein Feler</li></ul>"
)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """Runs check jobs inline."""
    task_runner = TaskRunner()
    task_runner.set_inline(True)
    yield task_runner
    task_runner.shutdown()


def _underlined(edit: SurfaceEdit) -> list[str]:
    words = []
    block = edit.document().firstBlock()
    while block.isValid():
        text = block.text()
        words.extend(
            text[item.start : item.start + item.length]
            for item in block.layout().formats()
            if item.format.underlineStyle() == _WAVE
        )
        block = block.next()
    return words


def test_surface_checks_underlines_match_the_spelling_panel(qtbot: QtBot, tmp_path: Path) -> None:
    """Misspellings on the surface are underlined; chips are not checked; the panel lists the same words."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(PAGE)
    highlighter = SpellHighlighter(edit, SpellingService(tmp_path / "user").speller("de"))
    underlined = _underlined(edit)
    assert underlined == ["Fehlerr", "Linkk", "Feler"]
    panel = SpellPanel()
    qtbot.addWidget(panel)
    panel.show_found(highlighter.misspellings())
    assert panel.count == len(underlined)
    listed = [edit.document().toPlainText()[start:end] for start, end, _w, _n in highlighter.misspellings()]
    assert listed == underlined


def test_surface_checks_readability_finding_is_selected_on_the_surface(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """A clicked finding selects and marks its words in the formatted text, after chips and headings."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(
        '<h2>Termine</h2><p>Mit <span class="notranslate" translate="no">Jobcenter</span>: '
        "Der Antrag wird vom Amt geprüft werden. Die Bearbeitung des Antrags erfolgt durch die "
        "Behörde zur Sicherstellung der Versorgung.</p>"
    )
    controller = ReadabilityController(edit, "de", runner)
    controller.refresh()
    assert controller.result is not None
    finding = controller.result.findings[0]
    controller.panel.sig_span_activated.emit(finding.start, finding.end)
    assert edit.textCursor().selectedText() == finding.text
    assert len(edit.extraSelections()) == 1


def test_surface_checks_follow_the_next_page(qtbot: QtBot, tmp_path: Path) -> None:
    """Each page gets a new document; the highlighter moves with it and underlines the new text."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    highlighter = SpellHighlighter(edit, SpellingService(tmp_path / "user").speller("de"))
    edit.sig_document_replaced.connect(highlighter.setDocument)
    edit.load_html("<p>Ein Fehlerr</p>")
    edit.load_html("<p>Noch ein Feler</p>")
    qtbot.waitUntil(lambda: _underlined(edit) == ["Feler"])
    assert [word for _s, _e, word, _n in highlighter.misspellings()] == ["Feler"]
