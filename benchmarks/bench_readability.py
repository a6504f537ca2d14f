"""Benchmarks for the readability analysis (targets from issue 4, not unit tests).

Run standalone: ``.venv/bin/python benchmarks/bench_readability.py``. ``run()`` returns rows of
``(measure, value, unit, target)``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.text.readability import analyse
from editor.text.readability import syllables as syllable_module

Row = tuple[str, float, str, str]
_FILES = Path(__file__).resolve().parent.parent / "tests" / "text" / "_files"
_STEMS = """Antrag Wohnung Stadt Amt Schule Kinder Geld Arbeit Haus Familie Termin Brief Bus Arzt Hilfe
Beratung Sprache Kurs Zeit Ort Miete Ausweis Frist Versicherung Gesundheit Eltern Abschluss""".split()


def page_text(words: int = 5000, seed: int = 4) -> str:
    """A German Markdown page of about ``words`` words: sentences from real-looking sample texts
    with new compounds mixed in, headings and lists, so the vocabulary is not all cached."""
    rng = random.Random(seed)
    sample = " ".join(p.read_text(encoding="utf-8") for p in sorted(_FILES.glob("*.*")))
    vocabulary = [w.strip('.,;:!?()<>/"') for w in sample.split() if w.isalpha() or w[:-1].isalpha()]
    blocks: list[str] = []
    count = 0
    while count < words:
        if rng.random() < 0.08:
            blocks.append(f"## {rng.choice(_STEMS)} und {rng.choice(_STEMS)}")
            count += 3
            continue
        sentences = []
        for _ in range(rng.randint(2, 5)):
            n = rng.randint(5, 24)
            parts = [
                rng.choice(_STEMS) + rng.choice(_STEMS).lower()
                if rng.random() < 0.15
                else rng.choice(vocabulary)
                for _ in range(n)
            ]
            sentences.append(" ".join(parts).capitalize() + ".")
            count += n
        blocks.append(" ".join(sentences))
        if rng.random() < 0.2:
            blocks.append("\n".join(f"- {rng.choice(_STEMS)} im {rng.choice(_STEMS)}" for _ in range(3)))
            count += 9
    return "\n\n".join(blocks)


def bench_analysis() -> list[Row]:
    """Dictionary load, first (cold-cache) and repeated analysis of a 5,000-word page."""
    start = time.perf_counter()
    analyse("Hallo Welt.", "de")
    load_ms = (time.perf_counter() - start) * 1000
    text = page_text()
    words = analyse(text, "de").counts.words
    colds, warms = [], []
    for _ in range(5):
        for cache in syllable_module._caches.values():
            cache.clear()
        start = time.perf_counter()
        analyse(text, "de")
        colds.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        analyse(text, "de")
        warms.append((time.perf_counter() - start) * 1000)
    return [
        ("readability: load hyphenation dictionary (once per process)", load_ms, "ms", "-"),
        (f"readability: {words}-word page, new vocabulary (median)", statistics.median(colds), "ms", "< 100"),
        (f"readability: {words}-word page, while typing (median)", statistics.median(warms), "ms", "< 100"),
    ]


def bench_ui_thread() -> list[Row]:
    """UI-thread cost while typing: keystrokes (idle and while an analysis runs in the background),
    starting a job (snapshot + submit) and showing a result."""
    import shiboken6
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from editor.tasks import TaskRunner
    from editor.views.editor.readability_controller import ReadabilityController

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    editor = QPlainTextEdit()
    editor.setPlainText(page_text())
    controller = ReadabilityController(editor, "de", runner)

    def keystrokes(count: int) -> list[float]:
        times = []
        for _ in range(count):
            start = time.perf_counter()
            editor.insertPlainText("a")
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        return times

    idle = keystrokes(30)
    starts, busy = [], []
    for _ in range(6):
        editor.insertPlainText("b")
        start = time.perf_counter()
        controller._on_timer_timeout()
        starts.append((time.perf_counter() - start) * 1000)
        busy += keystrokes(10)  # typed while the analysis runs on the worker thread
        time.sleep(0.15)
        app.processEvents()
    result = analyse(editor.toPlainText(), "de")
    renders = []
    for _ in range(2):
        start = time.perf_counter()
        controller.panel.set_result(result)
        renders.append((time.perf_counter() - start) * 1000)
    runner.shutdown()
    controller.timer.stop()
    app.processEvents()
    for obj in (controller, controller.panel, editor, runner):
        shiboken6.delete(obj)  # deterministic teardown: no Qt objects left for finalisation
    return [
        ("readability UI: keystroke, idle (max)", max(idle), "ms", "< 16"),
        ("readability UI: keystroke during background analysis (max)", max(busy), "ms", "< 16"),
        ("readability UI: snapshot + schedule job (median)", statistics.median(starts), "ms", "< 16"),
        ("readability UI: snapshot + schedule job (max)", max(starts), "ms", "< 16"),
        (f"readability UI: show result, {len(result.findings)} findings (max)", max(renders), "ms", "< 16"),
    ]


def run() -> list[Row]:
    """All readability benchmark rows.

    Set ``READABILITY_SWITCH_MS`` to measure the UI rows with another GIL switch interval. The UI
    part is kept short: PySide6 6.12 on CPython 3.11 loses a reference to ``None`` on every call of a
    void method, so a long loop of Qt calls ends the process (see docs/decisions/0004-readability.md).
    """
    switch_ms = os.environ.get("READABILITY_SWITCH_MS")
    if switch_ms:
        sys.setswitchinterval(float(switch_ms) / 1000)
    return bench_analysis() + bench_ui_thread()


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:<70} {value:9.1f} {unit:<3} target {target}")
