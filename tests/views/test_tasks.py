"""The task runner: results on the GUI thread, stale check jobs discarded, errors reported."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from editor.reports.gc_pause import gc_paused
from editor.tasks import TaskRunner


def test_tasks_run_db_delivers_on_gui_thread(qtbot: QtBot) -> None:
    """A database job runs elsewhere and its result arrives on the GUI thread."""
    runner = TaskRunner()
    seen: list[tuple[str, bool]] = []
    main = threading.current_thread()
    runner.run_db(
        lambda: threading.current_thread().name,
        lambda r: seen.append((r, threading.current_thread() is main)),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0][0].startswith("db")
    assert seen[0][1] is True
    assert not runner.busy
    runner.shutdown()


def test_tasks_run_check_keeps_only_the_newest(qtbot: QtBot) -> None:
    """Of several check jobs with one key, only the last one reports."""
    runner = TaskRunner()
    gate = threading.Event()
    results: list[int] = []
    runner.run_check("k", lambda: gate.wait(2) and 1, results.append)
    runner.run_check("k", lambda: 2, results.append)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert results == [2]
    runner.shutdown()


def test_tasks_errors_go_to_on_error(qtbot: QtBot) -> None:
    """An exception in a job reaches on_error, not on_done."""
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("kaputt")

    runner.run_net(fail, lambda _r: errors.append(AssertionError("on_done called")), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ValueError)
    runner.shutdown()


def test_tasks_inline_mode_runs_synchronously() -> None:
    """In inline mode (tests) a job's result is there when the call returns."""
    runner = TaskRunner()
    runner.set_inline(True)
    got: list[int] = []
    runner.run_db(lambda: 41 + 1, got.append)
    assert got == [42]


def test_tasks_shutdown_runs_kept_jobs_drops_the_others_and_delivers_nothing(qtbot: QtBot) -> None:
    """At shutdown (window closed, region switched) a waiting ``keep`` job (an import) still runs, whole;
    other waiting jobs are dropped; no result reaches the closed window's callbacks."""
    runner = TaskRunner()
    started, gate = threading.Event(), threading.Event()
    ran: list[str] = []
    delivered: list[object] = []
    runner.run_db(lambda: started.set() or (gate.wait(5) and ran.append("first")), delivered.append)
    assert started.wait(5)
    runner.run_db(lambda: ran.append("dropped"), delivered.append)
    runner.run_db(lambda: ran.append("kept"), delivered.append, keep=True)
    threading.Timer(0.05, gate.set).start()
    runner.shutdown()
    assert ran == ["first", "kept"]
    qtbot.wait(50)  # the queued deliveries, had they not been dropped
    assert delivered == []


def test_tasks_gc_paused_nests_and_restores() -> None:
    """The garbage collector is off inside (nested too) and as it was after the outermost one."""
    import gc

    assert gc.isenabled()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
