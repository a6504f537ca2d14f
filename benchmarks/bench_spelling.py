"""Benchmarks for spell checking in the editor (targets from issue 3, not unit tests).

Run standalone: ``.venv/bin/python benchmarks/bench_spelling.py``. ``run()`` returns rows of
``(measure, value, unit, target)``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_SENTENCES = (
    "Die Ausländerbehörde in Augsburg prüft Ihren Antrag auf einen Aufenthaltstitel.",
    "Für den Integrationskurs melden Sie sich beim Jobcenter oder beim BAMF an.",
    "Mit dem Kita-Gutschein bekommen Ärzt*innen und Eltern einen Platz für ihr Kind.",
    "Weitere Informationen finden Sie unter https://www.augsburg.de oder per E-Mail an info@augsburg.de.",
    "Das Bürgergeld wird monatlich überwiesen, z.B. am 1. Tag des Monats.",
    "Bitte bringen Sie Ihren Reisepass und die Meldebescheinigung mit.",
    "Die Beratungsstelle in Haunstetten ist dienstags von 9 bis 12 Uhr geöffnet.",
    "Ein **wichtiger** Hinweis: der [Antrag](https://service.augsburg.de/antrag) ist kostenlos.",
    "Bei Fragen rufen Sie uns an: +49 821 324-0.",
    "Die Wohnnug muss gemeldet sein, sonst gibt es keinen Temrin.",
)


def _page(words: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(rng.choice(_SENTENCES) for _ in range(4))
        paragraphs.append(paragraph if len(paragraphs) % 5 else "## Abschnitt " + paragraph[:30])
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def _keystroke_p95(editor: object) -> float:
    from PySide6.QtGui import QTextCursor

    document = editor.document()  # type: ignore[attr-defined]
    cursor = QTextCursor(document.findBlockByNumber(document.blockCount() // 2))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    samples: list[float] = []
    for char in "Eine neue Zeile mit Tippfehlerr und weiteren Wörtern darin. " * 4:
        begin = time.perf_counter()
        cursor.insertText(char)
        samples.append((time.perf_counter() - begin) * 1000)
    return statistics.quantiles(samples, n=20)[18]


def run() -> list[tuple[str, float, str, str]]:
    """Measure the first full highlight of a 5,000-word page and per-keystroke re-checks."""
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from editor.text.spelling_service import SpellingService
    from editor.views.editor.spell_highlighter import SpellHighlighter

    app = QApplication.instance() or QApplication([])
    text = _page(5_000)
    with tempfile.TemporaryDirectory() as user_dir:
        service = SpellingService(Path(user_dir))
        speller = service.speller("de")
        speller.check_word("Haus")  # dictionary loaded; the word cache stays cold
        editor = QPlainTextEdit()
        editor.setPlainText(text)
        start = time.perf_counter()
        highlighter = SpellHighlighter(editor, speller)
        full_ms = (time.perf_counter() - start) * 1000
        check_start = time.perf_counter()
        speller.check_text(text, names="off")
        warm_ms = (time.perf_counter() - check_start) * 1000
        p95 = _keystroke_p95(editor)
        highlighter.setDocument(None)
        plain = QPlainTextEdit()
        plain.setPlainText(text)
        baseline = _keystroke_p95(plain)
        editor.deleteLater()
        plain.deleteLater()
        app.processEvents()
    return [
        ("spelling: first full highlight, 5,000-word page", round(full_ms, 1), "ms", "< 100"),
        ("spelling: keystroke re-check of touched block (p95)", round(p95, 3), "ms", "< 3"),
        ("keystroke without spell highlighter (p95, baseline)", round(baseline, 3), "ms", "info"),
        ("spelling: check_text 5,000 words, warm cache", round(warm_ms, 1), "ms", "info"),
    ]


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:55s} {value:>9} {unit:3s} target {target}")
