"""Translate → Import glossary… / Export glossary…: the terms reach the desk's marks; bad files are refused
in German before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.models.glossary_store import glossary_path, load_glossary
from editor.views import prompts
from editor.views.editor.marks import layer
from editor.views.main_window import MainWindow
from tests.views.test_error_text import german  # noqa: F401

OpenWindow = Callable[[], MainWindow]
RESIDENCE = 9  # "Aufenthaltstitel verlängern"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The messages the glossary actions show: (kind, title, text)."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "inform", lambda _p, title, text: seen.append(("inform", title, text)))
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: seen.append(("error", title, text)))
    return seen


def _open(window: MainWindow, qtbot: QtBot) -> None:
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText("(en)", Qt.MatchFlag.MatchContains))
    window.open_page(RESIDENCE)
    desk = window.desk.aligned
    qtbot.waitUntil(lambda: desk.page_id == RESIDENCE and not desk.pending and bool(desk.pairs))


def test_imported_glossary_marks_terms_and_exports_again(
    german: None,  # noqa: F811
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],
) -> None:
    """A CSV glossary is added; its term is marked in the open source at once; the export as TBX reads
    back to the same terms."""
    window = open_window()
    _open(window, qtbot)
    menu_texts = [a.text() for a in window.menuBar().actions()[4].menu().actions()]
    assert window.desk.glossary.import_action.text() in menu_texts
    csv = tmp_path / "amt.csv"
    csv.write_text(
        "de,en,do_not_translate,note\nAufenthaltstitel,residence permit,,\nJobcenter,,yes,\n", "utf-8"
    )
    assert window.desk.glossary.import_file(csv)
    assert shown[-1][0] == "inform"
    assert shown[-1][2] == "2 Begriffe aus amt.csv übernommen. Das Glossar hat jetzt 2 Begriffe."
    qtbot.waitUntil(
        lambda: any(
            m.cursor.selectedText() == "Aufenthaltstitel"
            for m in layer(window.source_pane.editor, "glossary")
        )
    )
    out = tmp_path / "export.tbx"
    assert window.desk.glossary.export_file(out)
    terms = {t.term: dict(t.translations) for t in load_glossary(window.store).terms}
    assert terms["Aufenthaltstitel"] == {"en": ("residence permit",)}
    glossary_path(window.store).unlink()
    assert window.desk.glossary.import_file(out)
    assert {t.term: dict(t.translations) for t in load_glossary(window.store).terms} == terms


def test_bad_glossary_files_are_refused_in_german_and_nothing_is_written(
    german: None,  # noqa: F811
    open_window: OpenWindow,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],
) -> None:
    """A row with too many cells, a broken TBX, another source language and a wrong file type: each is
    a German message naming the file; the glossary stays as it was."""
    window = open_window()
    good = tmp_path / "gut.csv"
    good.write_text("de,en\nJobcenter,job centre\n", "utf-8")
    assert window.desk.glossary.import_file(good)
    before = glossary_path(window.store).read_bytes()
    cases = {
        "zeilen.csv": ("de,en\nA,a\nB,b,c,d\n", "Zeile 3 hat 4 Zellen, die erste Zeile aber 2."),
        "kaputt.tbx": ("<martif><text><body><termEntry>", "ist kein wohlgeformtes XML"),
        "englisch.csv": ("en,de\nresidence permit,Aufenthaltstitel\n", "Die Begriffe sind in en"),
        "liste.txt": ("x", "ist keine Glossardatei"),
    }
    for name, (content, expected) in cases.items():
        path = tmp_path / name
        path.write_text(content, "utf-8")
        assert window.desk.glossary.import_file(path)  # started; the (inline) runner ends it at once
        kind, title, text = shown[-1]
        assert (kind, title) == ("error", "Glossar nicht importiert")
        assert expected in text, text
        assert name in text
        assert glossary_path(window.store).read_bytes() == before
