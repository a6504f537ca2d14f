"""Benchmarks for the formatted editing surface (issue 12; targets, not unit tests).

Run standalone: ``.venv/bin/python benchmarks/bench_surface.py``. ``run()`` returns rows of
``(measure, value, unit, target)``: opening a 5,000-word German | Arabic page pair into two surfaces,
a keystroke in a 5,000-word page with the spelling highlighter attached (UI thread, p95), and the cost
of reading the page back to HTML (what autosave does).
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

_DE = (
    "Die Ausländerbehörde prüft Ihren Antrag auf einen Aufenthaltstitel",
    "Für den Integrationskurs melden Sie sich beim Jobcenter oder beim BAMF an",
    "Bitte bringen Sie Ihren Reisepass und die Meldebescheinigung mit",
    "Die Beratungsstelle ist dienstags von 9 bis 12 Uhr geöffnet",
)
_AR = (
    "تعلّم اللغة الألمانية خطوة مهمة للاستقرار في المدينة",
    "ستفهم رسائل الدوائر الحكومية بشكل أفضل وستجد عملاً بسهولة أكبر",
    "اسأل في استشارات الهجرة عن الدورة المناسبة لك",
    "تُقام معظم الدورات في مركز تعليم الكبار",
)
_HREF = "https://cms.example/stadt/ar/%D8%A7%D9%84%D9%84%D8%BA%D8%A9/%D8%AF%D9%88%D8%B1%D8%A9/"
_NOTE = '<span class="notranslate" translate="no" dir="ltr">Volkshochschule</span>'


def page(words: int, sentences: tuple[str, ...], rtl: bool, seed: int = 5) -> str:
    """A CMS-style page of about ``words`` words: paragraphs, headings, lists, links, a table, a card."""
    rng = random.Random(seed)
    attr = ' dir="rtl"' if rtl else ""
    blocks: list[str] = []
    count = 0
    while count < words:
        text = ". ".join(rng.choice(sentences) for _ in range(4)) + "."
        kind = len(blocks) % 8
        if kind == 0:
            blocks.append(f"<h2{attr}>{text[:40]}</h2>")
        elif kind == 3:
            items = "".join(f'<li><a href="{_HREF}">{s[:20]}</a> – {s}</li>' for s in sentences)
            blocks.append(f"<ul{attr}>{items}</ul>")
        else:
            blocks.append(
                f'<p{attr}>{text} <strong>{sentences[0][:12]}</strong> {_NOTE} <a href="{_HREF}">x</a></p>'
            )
        count += len(text.split())
    blocks.append(
        f"<table{attr}><tbody><tr><td>Mo</td><td>9–12</td></tr><tr><td>Di</td><td>14–16</td></tr></tbody></table>"
    )
    blocks.append(
        '<div data-contact-id="3" class="contact-card notranslate" translate="no"><p>Frau Muster</p></div>'
    )
    return "<div>" + "\n".join(blocks) + "</div>"


def _keystrokes(edit: object, app: object, count: int = 200) -> list[float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    document = edit.document()  # type: ignore[attr-defined]
    cursor = QTextCursor(document.findBlockByNumber(document.blockCount() // 2))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    edit.setTextCursor(cursor)  # type: ignore[attr-defined]
    samples: list[float] = []
    text = ("Eine neue Zeile mit Tippfehlerr und weiteren Wörtern. " * 5)[:count]
    for char in text:
        begin = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()  # type: ignore[attr-defined]
        samples.append((time.perf_counter() - begin) * 1000)
    return samples


def _clear_caches() -> None:
    """Forget what earlier pages left in the surface's caches (page scans, looks of runs, addresses)."""
    from editor.text.surface import source
    from editor.text.surface.to_html import start_tag
    from editor.views.editor.surface import styles

    source.clear_caches()
    start_tag.cache_clear()
    styles.clear_caches()


def run() -> list[tuple[str, float, str, str]]:
    """Open a page pair, type into one page with spelling attached, read it back."""
    from PySide6.QtWidgets import QApplication

    from editor.text.spelling_service import SpellingService
    from editor.views.editor.spell_highlighter import SpellHighlighter
    from editor.views.editor.surface.surface_edit import SurfaceEdit

    app = QApplication.instance() or QApplication([])
    german, arabic = page(5_000, _DE, False), page(5_000, _AR, True)
    left, right = SurfaceEdit(), SurfaceEdit()
    right.set_right_to_left(True)
    left.resize(700, 800)
    right.resize(700, 800)
    opens, cpu = [], []
    for round_ in range(7):
        # a new pair each round and cold caches: nothing of the last round's page is reused
        pair = page(5_000, _DE, False, seed=round_), page(5_000, _AR, True, seed=round_)
        _clear_caches()
        begin, begin_cpu = time.perf_counter(), time.process_time()
        left.load_html(pair[0])
        right.load_html(pair[1])
        opens.append((time.perf_counter() - begin) * 1000)
        cpu.append((time.process_time() - begin_cpu) * 1000)
    left.load_html(german)
    right.load_html(arabic)
    left.show()
    right.show()
    begin = time.perf_counter()
    app.processEvents()
    first_paint = (time.perf_counter() - begin) * 1000
    with tempfile.TemporaryDirectory() as user_dir:
        speller = SpellingService(Path(user_dir)).speller("de")
        SpellHighlighter(left, speller)
        left.sig_format_changed.connect(left.format_state)  # the toolbar's state, as in the window
        samples = _keystrokes(left, app)
    begin = time.perf_counter()
    html = left.html()
    read_ms = (time.perf_counter() - begin) * 1000
    assert "Tippfehlerr" in html
    words = len(german.split()) + len(arabic.split())
    return [
        (f"surface: open a whole page pair ({words:,} words of HTML) into two surfaces (median of 7)",
         statistics.median(opens), "ms", "< 50"),
        ("surface: the same, CPU time of this process (less affected by other load)",
         statistics.median(cpu), "ms", "info"),
        ("surface: first paint of both surfaces after opening", first_paint, "ms", "info"),
        ("surface: keystroke in a 5,000-word page with spelling and toolbar state, UI thread (p95 of 200)",
         statistics.quantiles(samples, n=20)[18], "ms", "< 16"),
        ("surface: read back to HTML (autosave) after typing", read_ms, "ms", "info"),
    ]  # fmt: skip


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:80s} {value:>9.1f} {unit:3s} target {target}")
