"""The glossary and XLIFF exports run on the database thread (ADR 0042): the window keeps processing
events, the action is disabled and the status bar says what is written until the result is shown; the
file is what the synchronous export wrote (golden outputs recorded before the change); a file that
cannot be written gives the message and leaves nothing behind."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from editor.models import glossary_store, xliff_exchange
from editor.models.glossary_store import load_glossary, save_glossary
from editor.views.main_window import MainWindow
from tests.models.glossary_cases import export_cases
from tests.models.test_glossary_export_golden import GOLDEN
from tests.views.test_error_text import german  # noqa: F401
from tests.views.test_glossary_ui import RESIDENCE, shown  # noqa: F401 - the messages shown
from tests.views.test_imports_background import Ticks, _choose, _close, _hold, _on_db_thread, threaded  # noqa: F401

XLIFF_GOLDEN = json.loads((Path(__file__).parent / "_files" / "xliff_export_golden.json").read_text("utf-8"))
GENERATED = len(export_cases()["generated"].terms)


def _as_before(data: bytes, name: str, title: str = "") -> None:
    """``data`` is the golden export ``name`` (recorded with the TBX titled "Glossar von Testort",
    the window's ``title`` instead)."""
    golden = GOLDEN[name]
    data = data.replace(f"<p>{title}</p>".encode(), b"<p>Glossar von Testort</p>")
    assert (len(data), hashlib.sha256(data).hexdigest()) == (golden["bytes"], golden["sha256"])


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The save dialog picks ``path``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), ""))


def test_glossary_export_runs_in_the_background_and_writes_as_before(
    german: None,  # noqa: F811
    threaded: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Translate → Export glossary… of 2,500 terms as TBX: written on the database thread while the GUI
    thread ticks, the action disabled and the status bar naming the file; then the usual message and
    the file the synchronous export wrote, nothing else in the folder."""
    window = threaded
    glossary, runner = window.desk.glossary, window.services.runner
    save_glossary(window.store, export_cases()["generated"])
    out = tmp_path / "export" / "glossar.tbx"
    out.parent.mkdir()
    _save_as(monkeypatch, out)
    threads = _on_db_thread(monkeypatch, glossary_store, "export_glossary_file")
    ticks = Ticks(glossary.exporting)
    gate = _hold(runner)
    glossary.export_action.trigger()
    assert glossary.exporting.running
    assert not glossary.export_action.isEnabled()
    assert window.statusBar().currentMessage() == "Das Glossar wird nach glossar.tbx exportiert…"
    glossary.export_action.trigger()  # disabled: a second click starts nothing
    qtbot.waitUntil(lambda: ticks.while_running >= 3, timeout=10_000)
    assert shown == []
    assert not out.exists()
    gate.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    ticks.timer.stop()
    assert threads == ["db_0"]
    assert shown == [("inform", "Glossar exportiert", f"{GENERATED} Begriffe in {out} geschrieben.")]
    assert glossary.export_action.isEnabled()
    assert "glossar.tbx" not in window.statusBar().currentMessage()
    _as_before(out.read_bytes(), "generated.tbx", "Glossar von Stadt Musterstadt")
    assert list(out.parent.iterdir()) == [out]
    _close(qtbot, window)


def test_glossary_export_writes_the_glossary_as_it_was_when_it_started(
    threaded: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An export started, then an import started before the export ran: the CSV holds the glossary of
    before the import (as the synchronous export wrote it), the glossary the imported term too."""
    window = threaded
    glossary = window.desk.glossary
    save_glossary(window.store, export_cases()["generated"])
    out = tmp_path / "glossar.csv"
    added = tmp_path / "neu.csv"
    added.write_text("de,en\nZusatzbegriff,additional term\n", "utf-8")
    gate = _hold(window.services.runner)
    assert glossary.export_file(out)
    assert glossary.import_file(added)
    gate.set()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=60_000)
    assert [title for _kind, title, _text in shown] == ["Glossary exported", "Glossary imported"]
    _as_before(out.read_bytes(), "generated.csv")
    assert len(load_glossary(window.store).terms) == GENERATED + 1
    _close(qtbot, window)


def test_glossary_export_that_cannot_be_written_says_why_and_leaves_nothing(
    german: None,  # noqa: F811
    threaded: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
) -> None:
    """A target that is a folder (the file is written in full, then cannot take its place) and one in a
    missing folder: the German message naming the file, no file and no temporary file left, the action
    usable again."""
    window = threaded
    glossary = window.desk.glossary
    save_glossary(window.store, export_cases()["generated"])
    folder = tmp_path / "export"
    taken = folder / "glossar.tbx"
    taken.mkdir(parents=True)
    for out in (taken, folder / "fehlt" / "glossar.csv"):
        shown.clear()
        assert glossary.export_file(out)
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
        [(kind, title, text)] = shown
        assert (kind, title) == ("error", "Glossar nicht exportiert")
        assert str(out) in text
        assert "Traceback" not in text
        assert glossary.export_action.isEnabled()
    assert [p.name for p in folder.rglob("*")] == ["glossar.tbx"]
    assert taken.is_dir()
    _close(qtbot, window)


def _xliff_files(target: Path) -> dict[str, str]:
    """Name → SHA-256 of each XLIFF file in ``target`` (a zip or one file)."""
    if target.suffix != ".zip":
        return {target.name: hashlib.sha256(target.read_bytes()).hexdigest()}
    with zipfile.ZipFile(target) as archive:
        return {info.filename: hashlib.sha256(archive.read(info)).hexdigest() for info in archive.infolist()}


def test_xliff_export_runs_in_the_background_and_writes_as_before(
    german: None,  # noqa: F811
    threaded: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File → Export XLIFF… of every page and of one page: written on the database thread while the GUI
    thread ticks and the action is disabled; the usual message; the files the synchronous export wrote."""
    window = threaded
    xliff, runner = window.desk.xliff, window.services.runner
    threads = _on_db_thread(monkeypatch, xliff_exchange, "export_xliff")  # looked up when used
    row = window.store.page_tree([RESIDENCE])[0]
    cases = [("all", None, "35 Seiten"), ("residence", [row.cms_page_id or RESIDENCE], "1 Seite")]
    for name, pages, count in cases:
        folder = tmp_path / name
        folder.mkdir()
        shown.clear()
        ticks = Ticks(xliff.exporting)
        gate = _hold(runner)
        assert xliff.export_to("en", pages, folder)
        assert not xliff.export_action.isEnabled()
        assert window.statusBar().currentMessage() == f"Das XLIFF wird in den Ordner {name} exportiert…"
        qtbot.waitUntil(lambda: ticks.while_running >= 3, timeout=10_000)  # noqa: B023
        assert list(folder.iterdir()) == []
        gate.set()
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
        ticks.timer.stop()
        [target] = folder.iterdir()
        assert shown == [("inform", "XLIFF exportiert", f"{count} nach {target} geschrieben")]
        golden = XLIFF_GOLDEN[f"en:{name}"]
        assert re.sub(r"_\d{4}-\d\d-\d\d_\d\d-\d\d_", "_<when>_", target.name) == golden["file"]
        assert _xliff_files(target) == golden["files"]
        assert xliff.export_action.isEnabled()
    assert threads == ["db_0", "db_0"]
    _close(qtbot, window)


def test_xliff_export_that_cannot_be_written_says_why_and_leaves_nothing(
    threaded: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
) -> None:
    """The one page's file name taken by a folder: the error message, nothing written beside it."""
    window = threaded
    xliff = window.desk.xliff
    row = window.store.page_tree([RESIDENCE])[0]
    folder = tmp_path / "export"
    taken = folder / XLIFF_GOLDEN["en:residence"]["file"]
    taken.mkdir(parents=True)
    assert xliff.export_to("en", [row.cms_page_id or RESIDENCE], folder)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    [(kind, title, text)] = shown
    assert (kind, title) == ("error", "Not exported")
    assert "Traceback" not in text
    assert list(folder.iterdir()) == [taken]
    assert xliff.export_action.isEnabled()
    _close(qtbot, window)


def test_xliff_export_action_asks_then_writes_in_the_background(
    threaded: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[tuple[str, str, str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File → Export XLIFF… with English, "This page" (the open residence page) and a folder chosen:
    the questions on the GUI thread, then the one page's file as the synchronous export wrote it."""
    from PySide6.QtWidgets import QInputDialog

    window = threaded
    xliff, runner = window.desk.xliff, window.services.runner
    window.open_page(RESIDENCE)
    qtbot.waitUntil(lambda: window.target_pane.page_id == RESIDENCE and not runner.busy, timeout=10_000)
    answers = iter(["English (en)", "This page"])

    def get_item(
        _parent: object, _title: str, _label: str, items: list[str], *_args: object
    ) -> tuple[str, bool]:
        answer = next(answers)
        return next(item for item in items if item.endswith(answer) or item == answer), True

    folder = tmp_path / "export"
    folder.mkdir()
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(folder))
    xliff.export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    [target] = folder.iterdir()
    assert shown == [("inform", "XLIFF exported", f"1 page(s) written to {target}")]
    assert _xliff_files(target) == XLIFF_GOLDEN["en:residence"]["files"]
    _close(qtbot, window)


def test_xliff_export_offers_the_right_panes_language_first(
    threaded: MainWindow,  # noqa: F811
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Export XLIFF… offers the language of the right pane first (Arabic open: Arabic), not the
    region's first translation language."""
    from PySide6.QtWidgets import QInputDialog

    window = threaded
    window.target_pane.set_languages(window.languages, "ar")
    offered: list[str] = []

    def get_item(
        _parent: object, _title: str, _label: str, items: list[str], current: int, *_args: object
    ) -> tuple[str, bool]:
        offered.append(items[current])
        return "", False  # cancelled: nothing is written

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    assert not window.desk.xliff.export()
    assert offered == [next(name for name in offered if name.endswith("(ar)"))]
    window.target_pane.set_languages(window.languages, "en")
    window.desk.xliff.export()
    assert offered[-1].endswith("(en)")
    _close(qtbot, window)
