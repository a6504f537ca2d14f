"""The status bar while several imports and exports are queued (ADR 0042): it names the one that runs
and how many wait, and follows as they end."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from editor.views.main_window import MainWindow
from tests.views.test_error_text import german  # noqa: F401
from tests.views.test_glossary_ui import shown  # noqa: F401 - the messages shown
from tests.views.test_imports_background import _close, _hold, threaded  # noqa: F401


def _gate(window: MainWindow) -> threading.Event:
    """Queue a job on the database thread that waits for the returned event (not waiting for it to
    start: the thread may be busy with what was queued before)."""
    gate = threading.Event()
    window.services.runner.run_db(lambda: gate.wait(60))
    return gate


def test_status_bar_names_the_running_work_and_counts_the_waiting(
    german: None,  # noqa: F811
    threaded: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
) -> None:
    """Glossary export, glossary import and XLIFF export started while the database thread is busy:
    the status bar names the glossary export and the two waiting; as each ends it names the next
    (then without a count), and after the last the message is gone; each result is shown."""
    window = threaded
    glossary, xliff = window.desk.glossary, window.desk.xliff
    status = window.statusBar()
    added = tmp_path / "neu.csv"
    added.write_text("de,en\nZusatzbegriff,additional term\n", "utf-8")
    folder = tmp_path / "xliff"
    folder.mkdir()
    first = _hold(window.services.runner)
    assert glossary.export_file(tmp_path / "glossar.csv")
    second = _gate(window)
    assert glossary.import_file(added)
    third = _gate(window)
    assert xliff.export_to("en", None, folder)
    assert status.currentMessage() == (
        "Das Glossar wird nach glossar.csv exportiert… (2 weitere Aufgaben in der Warteschlange)"
    )
    status.showMessage("Gespeichert", 10)  # another, short message: ours comes back after it
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Das Glossar wird nach"), timeout=5000)
    first.set()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=60_000)
    assert status.currentMessage() == (
        "Das Glossar wird aus neu.csv importiert… (1 weitere Aufgabe in der Warteschlange)"
    )
    second.set()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=60_000)
    assert status.currentMessage() == "Das XLIFF wird in den Ordner xliff exportiert…"
    third.set()
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=60_000)
    assert [title for _kind, title, _text in shown] == [
        "Glossar exportiert", "Glossar importiert", "XLIFF exportiert"
    ]  # fmt: skip
    assert status.currentMessage() == ""
    assert all(action.isEnabled() for action in (glossary.export_action, glossary.import_action))
    _close(qtbot, window)
