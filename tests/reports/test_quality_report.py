"""The quality report, its cache, freshness and the exports, on the demo region."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from editor.__main__ import main
from editor.models.demo import ensure_demo
from editor.models.quality_store import confirm_still_valid, confirmations
from editor.models.records import TranslationState
from editor.models.store import Store, utcnow
from editor.reports import metrics
from editor.reports.export import to_csv, to_html
from editor.reports.freshness import stale_translations
from editor.reports.links import LinkFinding, LinkProblem
from editor.reports.quality import QualityReport, QualityRow, build_report, update_rows
from editor.sync.bundled_client import fill_demo


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = ensure_demo(tmp_path, fill_demo)
    yield store
    store.close()


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> QualityReport:
    """The demo region's report, computed once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("demo-report")
    store = ensure_demo(folder, fill_demo)
    try:
        return build_report(store, folder, processes=0)
    finally:
        store.close()


def test_quality_report_rows_cover_pages_and_languages(demo: Store, tmp_path: Path) -> None:
    """One row per page and language: missing translations included, figures for the others."""
    handed: list[tuple[int, str]] = []
    report = build_report(
        demo, tmp_path, on_rows=lambda rows: handed.extend(r.key for r in rows), processes=0
    )
    languages = {lang.code for lang in demo.languages()}
    assert {r.language for r in report.rows} == languages
    missing = [r for r in report.rows if r.state is TranslationState.MISSING]
    assert missing
    assert all(r.words is None for r in missing)
    german = [r for r in report.rows if r.language == "de"]
    assert all(r.measure == "hix" and r.words for r in german)
    assert {r.measure for r in report.rows if r.language == "en" and r.words} == {"flesch"}
    assert set(handed) == {r.key for r in report.rows}
    assert not any(r.pending for r in report.rows)
    assert any(r.link_problems for r in report.rows if r.language == "fa")
    assert all(r.qa_warnings is None for r in report.rows if r.language == "de")


def _qa_counts(store: Store, folder: Path) -> dict[tuple[int, str], int]:
    """QA warnings per translation as ``integreat-desk qa`` computes them."""
    from editor.models.glossary_store import load_glossary
    from editor.models.qa_report import region_qa
    from editor.text.spelling_service import SpellingService

    spelling = SpellingService(folder)

    def words(language: str):  # type: ignore[no-untyped-def]
        speller = spelling.speller(language)
        return speller.in_own_dictionary if speller.available else None

    report = region_qa(store, words=words, glossary=load_glossary(store).checker)
    return {(item.page_id, item.language): len(item.issues) for item in report}


def test_quality_report_qa_column_matches_the_qa_check(demo: Store, tmp_path: Path) -> None:
    """The QA column holds, per translation, as many warnings as the translator's QA check finds."""
    report = build_report(demo, tmp_path, processes=0)
    expected = _qa_counts(demo, tmp_path)
    shown = {r.key: r.qa_warnings for r in report.rows if r.qa_warnings is not None}
    assert shown == expected
    assert any(shown.values())


def test_quality_report_qa_follows_a_source_edit(
    demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Editing the source text recomputes the QA of that page's translations only, in the report
    built again and in the window's update."""
    report = build_report(demo, tmp_path, processes=0)
    row = next(r for r in report.rows if r.language == "en" and r.qa_warnings is not None)
    source = demo.translation(row.page_id, "de")
    assert source is not None
    added = " Rufen Sie 0821 324 4444 an oder schreiben Sie an neu@stadt.example.</p>"
    content = source.content.replace("</p>", added, 1)
    changes = demo.save_translation(row.page_id, "de", title=source.title, content=content)
    asked: list[str] = []
    original = metrics.MetricsComputer.qa

    def spy(self: metrics.MetricsComputer, source_language: str, text: str, language: str, body: str) -> int:
        asked.append(language)
        return original(self, source_language, text, language, body)

    monkeypatch.setattr(metrics.MetricsComputer, "qa", spy)
    updated = {r.key: r for r in update_rows(report, demo, tmp_path, changes.translations)}
    assert (updated[row.key].qa_warnings or 0) > (row.qa_warnings or 0)
    translated = {lang for page, lang in (r.key for r in report.rows if r.metrics) if page == row.page_id}
    assert sorted(asked) == sorted(translated - {"de"})
    asked.clear()
    again = build_report(demo, tmp_path, processes=0)
    assert asked == []
    assert {r.key: r.qa_warnings for r in again.rows} == {r.key: r.qa_warnings for r in report.rows}
    assert _qa_counts(demo, tmp_path)[row.key] == updated[row.key].qa_warnings


def test_quality_report_second_run_uses_cache(
    demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After one edit, a second report computes that translation only (cached by content hash)."""
    build_report(demo, tmp_path, processes=0)
    page = next(r for r in build_report(demo, tmp_path, processes=0).rows if r.language == "de")
    current = demo.translation(page.page_id, "de")
    assert current is not None
    demo.save_translation(page.page_id, "de", title=current.title, content=current.content + "<p>Neu.</p>")
    computed: list[str] = []
    original = metrics.MetricsComputer.compute

    def spy(self: metrics.MetricsComputer, language: str, content: str) -> metrics.TextMetrics:
        computed.append(language)
        return original(self, language, content)

    monkeypatch.setattr(metrics.MetricsComputer, "compute", spy)
    report = build_report(demo, tmp_path, processes=0)
    assert computed == ["de"]
    edited = next(r for r in report.rows if (r.page_id, r.language) == (page.page_id, "de"))
    assert edited.words == (page.words or 0) + 1


def test_quality_freshness_confirm_and_stale_list(demo: Store) -> None:
    """ "Still valid" confirms all languages of a page in one action; the stale list is oldest first."""
    now = utcnow()
    stale = stale_translations(demo, timedelta(days=365), now=now + timedelta(days=400))
    dates = [s.freshness.last for s in stale]
    assert dates == sorted(d for d in dates if d is not None)
    page = stale[0].freshness.page_id
    changes = confirm_still_valid(demo, page)
    languages = {lang for p, lang in confirmations(demo) if p == page}
    assert languages == {lang for _p, lang in changes.translations}
    assert len(languages) >= 1
    later = stale_translations(demo, timedelta(days=365), now=now + timedelta(days=30))
    assert page not in {s.freshness.page_id for s in later}
    assert any(s.facts for s in stale)


def test_quality_freshness_confirm_one_language(demo: Store) -> None:
    """Confirming one language leaves the others unconfirmed."""
    page = next(p for p, lang in ((t.page_id, t.language) for t in demo.iter_translations()) if lang == "en")
    confirm_still_valid(demo, page, ["en"])
    assert {lang for p, lang in confirmations(demo) if p == page} == {"en"}


def test_quality_csv_for_german_excel(demo_report: QualityReport) -> None:
    """German CSV: BOM, semicolons, decimal commas, page path and title, no markup in any cell."""
    report = demo_report
    text = to_csv(report, german=True)
    assert text.startswith("\ufeffSeite;Titel;Sprache;")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert len(body) == len(report.rows)
    scores = [r[header.index("Lesbarkeit")] for r in body if r[header.index("Lesbarkeit")]]
    assert scores
    assert all("," in s and "." not in s for s in scores)
    assert not any(mark in cell for r in body for cell in r for mark in ("<", "**", "{:"))
    english = to_csv(report, german=False)
    assert english.startswith("page,title,language,")
    assert "\ufeff" not in english


def test_quality_html_report_is_printable(demo_report: QualityReport) -> None:
    """The HTML report is one self-contained page with inline SVG charts and no scripts."""
    html = to_html(demo_report, german=True)
    assert html.count("<svg") >= 2
    assert "<script" not in html
    assert "Qualitätsbericht" in html
    assert "musterstadt/de/" in html


def test_quality_report_command_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``report`` writes CSV and HTML files and prints JSON rows."""
    ensure_demo(tmp_path, fill_demo).close()
    out_csv, out_html = tmp_path / "r.csv", tmp_path / "r.html"
    args = ["report", "--data", str(tmp_path), "--region", "musterstadt"]
    assert main([*args, "--csv", str(out_csv), "--html", str(out_html), "--json", "--lang", "de"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows
    assert {"path", "title", "readability", "stale"} <= set(rows[0])
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbfSeite;")
    assert out_html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    qa = {(r["page_id"], r["language"]): r["qa_warnings"] for r in rows if r["words"]}
    assert all(isinstance(v, int) for (_p, lang), v in qa.items() if lang != "de")
    assert all(v is None for (_p, lang), v in qa.items() if lang == "de")
    assert any(qa.values())
    header, *body = csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig")), delimiter=";")
    column = header.index("QA-Warnungen")
    assert any(line[column].isdigit() and line[column] != "0" for line in body)


def test_quality_report_command_table_has_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The plain table starts with a header row and lists only rows with findings unless --all."""
    ensure_demo(tmp_path, fill_demo).close()
    args = ["report", "--data", str(tmp_path), "--region", "musterstadt"]
    assert main(args) == 0
    some = capsys.readouterr().out.splitlines()
    assert main([*args, "--all"]) == 0
    every = capsys.readouterr().out.splitlines()
    assert some[0].startswith("page\ttitle\tlanguage")
    assert every[0] == some[0]
    assert len(every) >= len(some) > 1


def test_quality_report_command_confirm_and_bad_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--confirm`` takes a page path; an unknown page is a clear message with exit code 2."""
    ensure_demo(tmp_path, fill_demo).close()
    args = ["report", "--data", str(tmp_path), "--region", "musterstadt"]
    assert main([*args, "--confirm", "musterstadt/de/gesundheit"]) == 0
    assert main([*args, "--confirm", "musterstadt/de/nirgendwo"]) == 2
    err = capsys.readouterr().err
    assert "nirgendwo" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", ["report", "links", "readability", "spellcheck"])
def test_region_reports_closed_pipe_no_traceback(tmp_path: Path, command: str) -> None:
    """Every region report stops quietly when its reader goes away (``| head -1``)."""
    import subprocess
    import sys

    ensure_demo(tmp_path, fill_demo).close()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "editor",
            command,
            "--data",
            str(tmp_path),
            "--region",
            "musterstadt",
            "--all",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert process.stdout is not None
    assert process.stdout.readline()
    process.stdout.close()
    _out, err = process.communicate(timeout=300)
    assert b"Traceback" not in err
    assert b"BrokenPipe" not in err


def test_quality_report_cached_rows_follow_link_changes(demo: Store, tmp_path: Path) -> None:
    """Cached figures are reused, but links are resolved again when the pages they point to change."""
    first = build_report(demo, tmp_path, processes=0)
    target = next(
        f for f in first.links if f.suggestion is None and f.problem is not None and f.kind == "internal"
    )
    from editor.reports.pages import PageIndex

    index = PageIndex.build(demo)
    linked = next(p for path, p in index.paths["de"].items() if target.href.rstrip("/").endswith(path))
    with demo.transaction() as conn:
        conn.execute("UPDATE page SET archived = 1 WHERE id = ?", (linked,))
    again = build_report(demo, tmp_path, processes=0)
    problems = {(f.page_id, f.language, f.href): f.problem for f in again.links}
    assert problems[(target.page_id, target.language, target.href)] is LinkProblem.ARCHIVED_PAGE


@pytest.mark.parametrize("language", ["de", "de-si", "en", "fa"])
def test_quality_readability_score_equals_analyse(language: str) -> None:
    """The report's score without findings equals the full analysis's measure for the language."""
    from editor.reports.metrics import readability_score
    from editor.text.readability import analyse

    folder = Path(__file__).resolve().parents[1] / "text" / "_files"
    for path in sorted(folder.glob("*.md")) + sorted(folder.glob("*.html")):
        text = path.read_text(encoding="utf-8")
        words, score, measure = readability_score(text, language)
        result = analyse(text, language)
        wanted = {"hix": result.hix_like, "flesch": result.flesch_reading_ease, "lix": result.lix}[measure]
        assert (words, score) == (result.counts.words, wanted), path.name


def test_quality_update_rows_follows_one_edit(demo: Store, tmp_path: Path) -> None:
    """After one edit the report's row for it is brought up to date alone, links included."""
    from editor.reports.quality import update_rows

    report = build_report(demo, tmp_path, processes=0)
    row = next(r for r in report.rows if r.language == "en" and r.words)
    current = demo.translation(row.page_id, "en")
    assert current is not None
    body = current.content + '<p>More words here. <a href="mailto:broken@">mail</a></p>'
    changes = demo.save_translation(row.page_id, "en", title="New title", content=body)
    (updated,) = update_rows(report, demo, tmp_path, changes.translations)
    assert updated.key == row.key
    assert updated.title == "New title"
    assert updated.words == (row.words or 0) + 4  # "More words here." and the link text
    assert updated.link_problems == row.link_problems + 1
    assert next(r for r in report.rows if r.key == row.key) == updated
    assert any(f.href == "mailto:broken@" for f in report.links if (f.page_id, f.language) == row.key)


def test_quality_report_survives_a_damaged_date(demo: Store, tmp_path: Path) -> None:
    """A translation whose stored time stamp is not a date does not stop the report: its row has no date
    and counts as stale, every other row is there."""
    import sqlite3

    page, language = next((t.page_id, t.language) for t in demo.iter_translations() if t.language == "en")
    with sqlite3.connect(demo.path) as conn:
        conn.execute(
            "UPDATE translation SET server_updated_at = '31.02.2026', local_updated_at = NULL "
            "WHERE page_id = ? AND language_code = ?",
            (page, language),
        )
    conn.close()
    report = build_report(demo, tmp_path, processes=0)
    row = next(r for r in report.rows if r.key == (page, language))
    assert row.last_changed is None
    assert row.stale
    assert len(report.rows) > 1


def test_quality_report_from_the_cache_equals_a_fresh_report(demo: Store, tmp_path: Path) -> None:
    """A report built from the cache after edits (a German source, an English text and title, a "still
    valid" confirmation) holds exactly the rows and link findings of a report computed from nothing."""
    import sqlite3

    build_report(demo, tmp_path, processes=0)
    german = next(t for t in demo.iter_translations() if t.language == "de")
    demo.save_translation(german.page_id, "de", title=german.title, content=german.content + "<p>Neu da.</p>")
    english = next(t for t in demo.iter_translations() if t.language == "en" and t.page_id != german.page_id)
    body = english.content + '<p>More. <a href="mailto:broken@">x</a></p>'
    demo.save_translation(english.page_id, "en", title="Another title", content=body)
    confirm_still_valid(demo, english.page_id)
    cached = build_report(demo, tmp_path, processes=0)
    with sqlite3.connect(demo.path) as conn:
        conn.execute("DELETE FROM quality_cache")
    fresh = build_report(demo, tmp_path, processes=0)

    def plain(report: QualityReport) -> list[tuple[object, ...]]:
        return [(*r.__dict__.values(),) for r in report.rows]

    assert plain(cached) == plain(fresh)
    fields = [f.name for f in dataclasses.fields(QualityRow)]
    assert all(list(row.__dict__) == fields for row in cached.rows)

    def order(finding: LinkFinding) -> tuple[object, ...]:
        return (finding.page_id, finding.language, finding.start, finding.href)

    assert sorted(cached.links, key=order) == sorted(fresh.links, key=order)


def test_quality_plain_cells_fast_path_equals_the_full_cleaning() -> None:
    """Cells left alone by the fast path are exactly what removing markup and spaces gives."""
    import random

    from editor.reports import tabular

    def full(text: str) -> str:
        return tabular._SPACE.sub(" ", tabular._MARKUP.sub("", text)).strip()

    pieces = [*"ab <>*_{}:#.`\t\n\u00a0\u2003 xyzä", "**", "__", "{:x}", "<b>", "2026-12-01"]
    chooser = random.Random(15)
    for _ in range(20_000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 20)))
        assert tabular.plain(text) == full(text), repr(text)
    assert tabular.plain(None) == ""
    assert tabular.plain(12) == "12"


def test_quality_lix_counts_equal_the_tokens_on_the_demo_region(demo: Store) -> None:
    """The LIX languages' counting pass gives the words, long words and sentences of the full tokens for
    every demo text (and the test texts), so the report's LIX values are unchanged."""
    from editor.text.readability import analysis
    from editor.text.readability.prose import mask_prose
    from editor.text.readability.tokens import count_lix, tokenize

    folder = Path(__file__).resolve().parents[1] / "text" / "_files"
    texts = [t.content for t in demo.iter_translations()]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md")) + sorted(folder.glob("*.html"))
    ]
    texts += ["", "z. B. 3. Mai. Ende", "Wort.\n\nNeu (Satz.) weiter! ja? 1.2.", "Ein\u00adbau. ok"]
    for text in texts:
        masked = mask_prose(text)
        counts = analysis.count(tokenize(masked), None)
        wanted = (counts.words, counts.long_words, counts.sentences)
        assert count_lix(masked, analysis.LONG_WORD_LETTERS) == wanted


def test_quality_spelling_count_equals_check_text_on_the_demo_region(demo: Store, tmp_path: Path) -> None:
    """Counting each distinct token once gives, for every demo text, as many issues as the editor's
    check of the whole text (texts checked twice and in another order too)."""
    from editor.text.spelling_service import SpellingService

    service = SpellingService(tmp_path)
    texts = [(t.language, t.content) for t in demo.iter_translations()]
    texts += [("de", "Strasse Haus-Tür Bürger*innen Mitarbeiter:innen z. B. Kurs-\n"), ("de", "")]
    seen, issues = 0, 0
    for language, content in texts + texts[::-1]:
        speller = service.speller(language)
        if not speller.available:
            continue
        count = speller.count_issues(content)
        assert count == len(speller.check_text(content)), language
        seen, issues = seen + 1, issues + count
    assert seen > 10
    assert issues > 0
