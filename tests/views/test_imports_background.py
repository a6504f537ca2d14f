"""The glossary and XLIFF imports run on the database thread (ADR 0039): the window keeps processing
events, the action is disabled and the status bar says what is read until the result is shown; errors
give the same message and change nothing. Closing the window while an import or an export runs
(ADR 0042): a note says what runs, the window closes when it ended (its result shown) or stays open
when the user says so; reading an XLIFF file for its preview is not waited for."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from editor.models import glossary_store
from editor.models.glossary_store import glossary_path, load_glossary
from editor.models.xliff_exchange import export_xliff
from editor.tasks import TaskRunner
from editor.text.glossary import from_csv
from editor.views.busy_action import BusyAction, FinishingDialog
from editor.views.main_window import MainWindow
from editor.views.translate import xliff_ui
from tests.views.test_error_text import german  # noqa: F401
from tests.views.test_glossary_ui import RESIDENCE, OpenWindow, shown  # noqa: F401 - the messages shown

TERMS = 50_000


@pytest.fixture
def threaded(open_window: OpenWindow) -> Iterator[MainWindow]:
    """The demo window with its task runner threaded, as in the app (the fixture's runner is inline).
    Each test ends with :func:`_close`, as the region session closes a window."""
    window = open_window()
    window.services.runner.set_inline(False)
    yield window
    window.services.runner.shutdown()


def _close(qtbot: QtBot, window: MainWindow) -> None:
    """Let the work the import started settle (realignment, QA), then stop the runner as the region
    session does when it closes the window: pytest-qt closes the window before fixtures end."""
    runner, desk = window.services.runner, window.desk
    qtbot.waitUntil(lambda: not runner.busy and not (desk.built and desk.aligned.pending), timeout=60_000)
    runner.shutdown()


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog picks ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(path), ""))


def _hold(runner: TaskRunner) -> threading.Event:
    """Keep the database thread busy until the returned event is set (the import waits behind it), so
    what the window does while an import is in flight does not depend on how fast the import is."""
    started, gate = threading.Event(), threading.Event()
    runner.run_db(lambda: started.set() or gate.wait(60))
    assert started.wait(10)
    return gate


class Ticks:
    """A 1 ms timer on the GUI thread, counting its ticks while ``busy`` is running."""

    def __init__(self, busy: BusyAction) -> None:
        self.busy, self.while_running = busy, 0
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.while_running += self.busy.running


def _on_db_thread(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[str]:
    """Record the thread each call of ``owner.name`` runs on."""
    threads: list[str] = []
    original = getattr(owner, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return threads


def _big_csv(path: Path) -> Path:
    rows = [f"Begriff{n}amt,term {n} office | desk {n},,Hinweis {n}" for n in range(TERMS)]
    path.write_text("de,en,do_not_translate,note\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def test_glossary_import_of_a_big_file_runs_in_the_background(
    german: None,  # noqa: F811
    threaded: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """50,000 terms through Translate → Import glossary…: the file is read on the database thread, the
    GUI thread keeps ticking, the action is disabled and the status bar names the file until the usual
    message comes; then every term is in the glossary."""
    window = threaded
    glossary, runner = window.desk.glossary, window.services.runner
    _choose(monkeypatch, _big_csv(tmp_path / "amt.csv"))
    threads = _on_db_thread(monkeypatch, glossary_store, "import_glossary_file")
    ticks = Ticks(glossary.importing)
    gate = _hold(runner)
    glossary.import_action.trigger()
    assert glossary.importing.running
    assert not glossary.import_action.isEnabled()
    assert window.statusBar().currentMessage() == "Das Glossar wird aus amt.csv importiert…"
    glossary.import_action.trigger()  # disabled: a second click starts nothing
    window.statusBar().clearMessage()  # a menu's hover tip does this: the message comes back
    assert window.statusBar().currentMessage() == "Das Glossar wird aus amt.csv importiert…"
    qtbot.waitUntil(lambda: ticks.while_running >= 3, timeout=10_000)
    assert shown == []
    gate.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    ticks.timer.stop()
    assert threads == ["db_0"]
    assert shown == [
        ("inform", "Glossar importiert", f"{TERMS} Begriffe aus amt.csv übernommen. Das Glossar hat jetzt "
         f"{TERMS} Begriffe.")
    ]  # fmt: skip
    assert glossary.import_action.isEnabled()
    assert "amt.csv" not in window.statusBar().currentMessage()
    terms = load_glossary(window.store).terms
    assert len(terms) == TERMS
    assert terms[-1].translations == {"en": (f"term {TERMS - 1} office", f"desk {TERMS - 1}")}
    _close(qtbot, window)


def test_glossary_import_of_a_bad_file_in_the_background_changes_nothing(
    german: None,  # noqa: F811
    threaded: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A big file broken in its last line and a file that is not a glossary: the German message as
    before, the glossary file untouched, the action usable again."""
    window = threaded
    glossary = window.desk.glossary
    good = tmp_path / "gut.csv"
    good.write_text("de,en\nJobcenter,job centre\n", "utf-8")
    _choose(monkeypatch, good)
    glossary.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    before = glossary_path(window.store).read_bytes()
    broken = _big_csv(tmp_path / "kaputt.csv")
    broken.write_text(broken.read_text("utf-8") + "A,a,b,c,d\n", "utf-8")
    cases = [(broken, f"Zeile {TERMS + 2} hat 5 Zellen"), (tmp_path / "liste.txt", "ist keine Glossardatei")]
    (tmp_path / "liste.txt").write_text("x", "utf-8")
    for path, expected in cases:
        shown.clear()
        _choose(monkeypatch, path)
        glossary.import_action.trigger()
        assert not glossary.import_action.isEnabled()
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
        [(kind, title, text)] = shown
        assert (kind, title) == ("error", "Glossar nicht importiert")
        assert expected in text, text
        assert path.name in text
        assert "Traceback" not in text
        assert glossary_path(window.store).read_bytes() == before
        assert glossary.import_action.isEnabled()
    _close(qtbot, window)


def _edited_xliff(window: MainWindow, folder: Path, old: str, new: str) -> Path:
    """The app's own export of the residence page in English, with ``old`` replaced by ``new``."""
    row = window.store.page_tree([RESIDENCE])[0]
    target, _count = export_xliff(window.store, "en", [row.cms_page_id or RESIDENCE], folder)
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


def test_xliff_import_reads_and_writes_in_the_background(
    threaded: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File → Import XLIFF… with an exported and edited file: reading and planning run on the database
    thread while the GUI thread ticks and the action is disabled; the preview opens; Import writes on the
    database thread with the panes locked; then the open page shows the imported text."""
    window = threaded
    xliff, runner = window.desk.xliff, window.services.runner
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText("(en)", Qt.MatchFlag.MatchContains))
    window.open_page(RESIDENCE)
    qtbot.waitUntil(lambda: window.target_pane.page_id == RESIDENCE and not runner.busy, timeout=10_000)
    _choose(monkeypatch, _edited_xliff(window, tmp_path, "valid passport", "valid ID card"))
    threads = _on_db_thread(monkeypatch, xliff_ui, "plan_file")
    ticks = Ticks(xliff.importing)
    gate = _hold(runner)
    xliff.import_action.trigger()
    assert not xliff.import_action.isEnabled()
    assert ".xliff" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: ticks.while_running >= 3, timeout=10_000)
    assert xliff.preview is None
    gate.set()
    qtbot.waitUntil(lambda: xliff.preview is not None, timeout=30_000)
    assert threads == ["db_0"]
    assert xliff.import_action.isEnabled()
    dialog = xliff.preview
    assert dialog is not None
    assert "1 block" in dialog.table.item(0, 4).text()
    gate = _hold(runner)
    dialog.accept()
    assert not xliff.import_action.isEnabled()
    assert window.target_pane.editor.isReadOnly()  # no typing while the import writes
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    assert "valid passport" in english.content  # not yet written
    gate.set()
    qtbot.waitUntil(lambda: not xliff.importing.running and not runner.busy, timeout=30_000)
    ticks.timer.stop()
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    assert "valid ID card" in english.content
    assert english.changed_locally
    assert not window.target_pane.editor.isReadOnly()
    assert "valid ID card" in window.target_pane.editor.toPlainText()
    assert xliff.import_action.isEnabled()
    _close(qtbot, window)


def test_xliff_import_of_a_damaged_file_in_the_background_changes_nothing(
    threaded: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An exported file cut off in the middle: the message names the file, no preview, nothing written."""
    window = threaded
    xliff = window.desk.xliff
    path = _edited_xliff(window, tmp_path, "valid passport", "valid ID card")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _choose(monkeypatch, path)
    before = (window.store.outbox_count(), window.store.translation(RESIDENCE, "en"))
    xliff.import_action.trigger()
    assert not xliff.import_action.isEnabled()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    [(kind, _title, text)] = shown
    assert kind == "error"
    assert path.name in text
    assert "Traceback" not in text
    assert xliff.preview is None
    assert xliff.import_action.isEnabled()
    assert (window.store.outbox_count(), window.store.translation(RESIDENCE, "en")) == before
    _close(qtbot, window)


def _when_finishing(window: MainWindow, then: Callable[[FinishingDialog], None]) -> list[str]:
    """Once closing shows its note (its own event loop runs), record the note's text and call
    ``then(dialog)``; returns the texts recorded (none when the window closed without one)."""
    notes: list[str] = []

    def look() -> None:
        if not shiboken6.isValid(window) or not window.isVisible():
            return  # closed without a note (the timer may fire after the test)
        dialog = next((d for d in window.findChildren(FinishingDialog) if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        notes.append(dialog.label.text())
        then(dialog)

    QTimer.singleShot(0, look)
    return notes


def _partial_files(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in folder.rglob("*.partial")]


def test_closing_the_window_waits_for_an_import_and_an_export_and_shows_their_results(
    german: None,  # noqa: F811
    threaded: MainWindow,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
) -> None:
    """Closing while an import and then an export wait behind other work: the window stays, with a note
    naming both, until they ended; their messages are shown; then it closes. The glossary holds the
    import whole, the export the imported glossary (it started after the import)."""
    window = threaded
    glossary, runner = window.desk.glossary, window.services.runner
    out = tmp_path / "export" / "glossar.csv"
    out.parent.mkdir()
    gate = _hold(runner)
    assert glossary.import_file(_big_csv(tmp_path / "amt.csv"))
    assert glossary.export_file(out)
    seen: list[tuple[bool, int]] = []

    def release(_dialog: FinishingDialog) -> None:
        seen.append((window.isVisible(), len(shown)))
        gate.set()

    notes = _when_finishing(window, release)
    assert window.close()
    assert notes == [
        "Das Glossar wird aus amt.csv importiert…\nDas Glossar wird nach glossar.csv exportiert…\n\n"
        "Das Fenster wird geschlossen, sobald das fertig ist."
    ]
    assert seen == [(True, 0)]  # the window was still there, nothing shown yet
    assert [title for _kind, title, _text in shown] == ["Glossar importiert", "Glossar exportiert"]
    assert not window.isVisible()
    runner.shutdown()
    assert len(load_glossary(window.store).terms) == TERMS
    assert len(from_csv(out.read_text("utf-8")).terms) == TERMS
    assert _partial_files(window.store.path.parent, out.parent) == []


def test_closing_during_an_import_can_keep_the_window_open(
    threaded: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
) -> None:
    """The note's "Keep the window open": the window stays and the import goes on, its message comes
    as usual; closing afterwards closes at once."""
    window = threaded
    glossary, runner = window.desk.glossary, window.services.runner
    gate = _hold(runner)
    assert glossary.import_file(_big_csv(tmp_path / "amt.csv"))
    notes = _when_finishing(window, lambda dialog: dialog.keep_button.click())
    assert not window.close()
    assert len(notes) == 1
    assert window.isVisible()
    assert glossary.importing.running
    assert shown == []
    gate.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert shown[0][:2] == ("inform", "Glossary imported")
    assert len(load_glossary(window.store).terms) == TERMS
    assert window.close()
    assert len(notes) == 1  # no note the second time
    _close(qtbot, window)


def test_closing_while_an_xliff_file_is_read_does_not_wait(
    threaded: MainWindow,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reading a file for the import's preview writes nothing: closing does not wait for it, and no
    preview or message comes afterwards."""
    window = threaded
    xliff, runner = window.desk.xliff, window.services.runner
    _choose(monkeypatch, _edited_xliff(window, tmp_path, "valid passport", "valid ID card"))
    gate = _hold(runner)
    xliff.import_action.trigger()
    assert xliff.importing.running
    notes = _when_finishing(window, lambda _dialog: gate.set())
    assert window.close()
    assert notes == []
    gate.set()
    runner.shutdown()
    assert xliff.preview is None
    assert shown == []


def test_closing_while_an_xliff_import_writes_waits_for_all_of_it(
    threaded: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Import pressed in the preview, then the window closed before the writing ran: the note, then
    the import written whole (one unit of work), then the window closes."""
    window = threaded
    xliff, runner = window.desk.xliff, window.services.runner
    _choose(monkeypatch, _edited_xliff(window, tmp_path, "valid passport", "valid ID card"))
    xliff.import_action.trigger()
    qtbot.waitUntil(lambda: xliff.preview is not None, timeout=30_000)
    dialog = xliff.preview
    assert dialog is not None
    gate = _hold(runner)
    dialog.accept()
    notes = _when_finishing(window, lambda _dialog: gate.set())
    assert window.close()
    assert notes == ["Importing the XLIFF translations…\n\nThe window closes as soon as this is done."]
    runner.shutdown()
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    assert "valid ID card" in english.content
    assert english.changed_locally
