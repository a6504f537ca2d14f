"""The quality report from kept rows (ADR 0032) equals a report computed from nothing, after random
changes of every kind a row depends on."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from editor.models.demo import ensure_demo
from editor.models.enums import Status
from editor.models.quality_store import LinkResult, confirm_still_valid, save_link_results
from editor.models.report_rows import changes_since, kept_state
from editor.models.store import Store, open_store, utcnow
from editor.reports import metrics
from editor.reports.export import json_text, table, to_csv, to_json
from editor.reports.links import LinkFinding
from editor.reports.quality import QualityReport, build_report
from editor.reports.quality_kept import build_kept_report
from editor.reports.tabular import _CHANGES
from editor.sync.bundled_client import fill_demo


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = ensure_demo(tmp_path, fill_demo)
    yield store
    store.close()


def _rows(report: QualityReport) -> list[tuple[object, ...]]:
    return [tuple(r.__dict__.values()) for r in report.rows]


def _links(report: QualityReport) -> list[tuple[object, ...]]:
    def key(f: LinkFinding) -> tuple[object, ...]:
        return (f.page_id, f.language, f.start, f.href, f.end, f.kind, f.problem, f.suggestion, f.status)

    return sorted(key(f) for f in report.links)


def _from_nothing(store: Store, data: Path, scratch: Path) -> QualityReport:
    """The report of a copy of the working copy without any cache or kept rows."""
    target = scratch / "regions" / store.path.parent.name / store.path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    source, copy = sqlite3.connect(store.path), sqlite3.connect(target)
    with copy:
        source.backup(copy)
        for table_name in ("quality_cache", "report_row", "report_state"):
            copy.execute(f"DELETE FROM {table_name}")
    source.close()
    copy.close()
    fresh = open_store(scratch, store.path.parent.name)
    try:
        return build_report(fresh, data, processes=0)
    finally:
        fresh.close()


def _change(store: Store, data: Path, rng: random.Random, narrow: bool) -> Callable[[], object]:
    """A random change of a random page and language: of its text, title or dates only (``narrow``), or
    of any kind a row depends on."""
    tree = store.page_tree()
    page = rng.choice(tree)
    other = rng.choice(tree)
    codes = [lang.code for lang in store.languages()]
    language = rng.choice(sorted(page.cells) or codes)
    text = store.translation(page.id, language)
    target = store.translation(other.id, rng.choice(codes))
    link = (
        f"https://integreat.app/{store.region().slug}/{target.language}/{target.slug}/" if target else "/x/"
    )  # type: ignore[union-attr]

    def edit() -> None:
        assert text is not None
        extra = rng.choice([f'<p>Neu <a href="{link}">da</a>.</p>', "<p>Ein Fehlerr hier.</p>",
                            '<p><a href="mailto:broken@">x</a></p>', ""])  # fmt: skip
        store.save_translation(page.id, language, title=text.title, content=text.content + extra)

    def retitle() -> None:
        assert text is not None
        store.save_translation(page.id, language, title=text.title + " neu", content=text.content)

    def status() -> None:
        store.set_status(page.id, language, rng.choice(list(Status)))

    def rename() -> None:
        with store.transaction() as conn:
            conn.execute(
                "UPDATE translation SET slug = slug || '-x' WHERE page_id = ? AND language_code = ?",
                (page.id, language),
            )

    def archive() -> None:
        (store.restore_page if page.archived else store.archive_page)(page.id)

    def personal() -> None:
        words = (text.content if text else "Fehlerr").replace("<", " ").replace(">", " ").split()
        folder = data / "dictionaries" / "personal"
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / f"{language.split('-')[0]}.txt").open("a", encoding="utf-8") as handle:
            handle.write(rng.choice([*words, "Fehlerr"]) + "\n")

    def online() -> None:
        save_link_results(
            store, [LinkResult("https://www.augsburg.de/", rng.choice([200, 404]), None, None, utcnow())]
        )

    def confirm() -> None:
        confirm_still_valid(store, page.id)

    def move() -> None:
        if other.id != page.id:
            store.move_page(page.id, other.id, "right")

    def create() -> None:
        store.create_page(
            page.id, "first-child", rng.choice(codes), "Neue Seite", f"neu-{rng.randrange(10**6)}"
        )

    kinds = [edit, edit, retitle, confirm]
    if not narrow:
        kinds += [status, personal, online, rename, archive, move, create]
    return rng.choice(kinds)


def test_quality_kept_report_equals_a_report_from_nothing_after_random_changes(
    demo: Store, tmp_path: Path
) -> None:
    """After random edits, title and status changes, confirmations, renames, moves, archives, new
    pages, personal words and online link results, the report from kept rows has exactly the rows,
    link problems, CSV and JSON of a report computed from nothing."""
    rng = random.Random(32)
    data = tmp_path
    build_kept_report(demo, data)
    for round_ in range(12):
        # most rounds change texts, titles and dates only (the rows of those pages are made again);
        # the others change the region as a whole or what figures depend on (built the full way)
        narrow = rng.random() < 0.6
        for _ in range(rng.randint(1, 3)):
            _change(demo, data, rng, narrow)()
        kept = build_kept_report(demo, data)
        fresh = _from_nothing(demo, data, tmp_path / f"scratch{round_}")
        assert _rows(kept) == _rows(fresh), round_
        assert _links(kept) == _links(fresh), round_
        assert to_csv(kept, german=True) == to_csv(fresh, german=True)
        assert json_text(kept) == json_text(fresh)
    metrics._LOCAL.clear()


def test_quality_kept_report_after_one_edit_makes_one_page_again(
    demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit makes the rows of its page again (its texts re-read); an unchanged working copy reads no
    text; a change of the page tree builds the report the full way."""
    first = build_kept_report(demo, tmp_path)
    read: list[int] = []
    original = metrics.MetricsComputer.run

    def spy(self: metrics.MetricsComputer, item: metrics.Item) -> metrics.Computed:
        read.append(item[0])
        return original(self, item)

    monkeypatch.setattr(metrics.MetricsComputer, "run", spy)
    assert _rows(build_kept_report(demo, tmp_path)) == _rows(first)
    assert read == []
    row = next(r for r in first.rows if r.language == "en" and r.metrics)
    text = demo.translation(row.page_id, "en")
    assert text is not None
    demo.save_translation(row.page_id, "en", title=text.title, content=text.content + "<p>More words.</p>")
    state = kept_state(demo)
    assert state is not None
    assert changes_since(demo, state.seq).pages == {row.page_id}
    again = {r.key: r for r in build_kept_report(demo, tmp_path).rows}
    assert len(read) == 1
    assert again[row.key].words == (row.words or 0) + 2
    assert changes_since(demo, kept_state(demo).seq).pages == set()  # type: ignore[union-attr]
    demo.archive_page(row.page_id)
    assert changes_since(demo, kept_state(demo).seq).pages is None  # type: ignore[union-attr]


def test_quality_json_text_equals_json_dumps(demo: Store, tmp_path: Path) -> None:
    """The JSON the command writes is ``json.dumps(..., indent=1)`` of the rows, byte for byte."""
    report = build_kept_report(demo, tmp_path)
    assert json_text(report) == json.dumps(to_json(report), ensure_ascii=False, indent=1)
    report.rows = report.rows[:6]
    object.__setattr__(report.rows[0], "last_changed", None)
    for row, score in zip(report.rows[1:5], [float("nan"), float("inf"), 7, None], strict=True):
        object.__setattr__(row, "metrics", metrics.TextMetrics(12, score, "hix", None))  # type: ignore[arg-type]
    object.__setattr__(report.rows[5], "metrics", None)
    assert json_text(report) == json.dumps(to_json(report), ensure_ascii=False, indent=1)
    report.rows = []
    assert json_text(report) == json.dumps(to_json(report), ensure_ascii=False, indent=1)


def test_quality_table_cells_outside_markup_columns_are_plain(demo: Store, tmp_path: Path) -> None:
    """Only the page, title and language cells may need cleaning: every other cell of the table is one
    that :func:`plain` returns unchanged (so the command does not clean 480,000 of them)."""
    from editor.reports.export import MARKUP_COLUMNS

    report = build_kept_report(demo, tmp_path)
    for german in (False, True):
        _header, rows = table(report, german=german)
        for row in rows:
            assert not [c for i, c in enumerate(row) if i not in MARKUP_COLUMNS and _CHANGES.search(c)]


def test_quality_plain_rows_of_markup_columns_equal_plain_of_every_cell() -> None:
    """Cleaning only the columns that may need it gives :func:`plain` of every cell when the others are
    plain already; the quick test of a plain cell relies on every whitespace character but the space
    being unprintable."""
    import re

    from editor.reports.tabular import plain, plain_rows

    assert not [c for c in range(0x110000) if re.match(r"\s", chr(c)) and c != 32 and chr(c).isprintable()]
    pieces = [*"ab <>*_{}:#.`\t\n\u00a0\u2003\u0600 xyzä", "**", "__", "{:x}", "<b>", "s1/s2/s3"]
    chooser = random.Random(32)
    rows = [
        ["".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 40))) for _ in range(3)]
        + ["12", "ja"]
        for _ in range(5_000)
    ]
    assert list(plain_rows(rows, (0, 1, 2))) == [[plain(cell) for cell in row] for row in rows]


def test_quality_csv_lines_equal_the_csv_writer() -> None:
    """Rows written as joined cells are byte for byte what ``csv.writer`` writes, quoting included."""
    import csv
    import io

    from editor.reports.tabular import _csv_lines

    pieces = ["a", "b c", ";", ",", '"', "\n", "\r", "", "ä", "12,5", "x;y"]
    chooser = random.Random(7)
    rows = [
        [
            "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 4)))
            for _ in range(chooser.randint(1, 5))
        ]
        for _ in range(5_000)
    ]
    for delimiter in (";", ","):
        expected = io.StringIO()
        csv.writer(expected, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        assert "".join(_csv_lines(rows, delimiter)) == expected.getvalue()


@pytest.mark.parametrize("damage", [b"\x00", b"", None])
def test_quality_kept_report_reads_the_tree_again_without_a_usable_page_index(
    demo: Store, tmp_path: Path, damage: bytes | None
) -> None:
    """A damaged or missing kept page index is read again from the tables: the rows are the same."""
    import marshal

    build_kept_report(demo, tmp_path)
    blob = marshal.dumps(("not", "an", "index")) if damage is None else damage
    with demo.transaction() as conn:
        conn.execute("UPDATE report_state SET page_index = ?", (blob,))
    text = next(t for t in demo.iter_translations() if t.language == "de")
    demo.save_translation(text.page_id, "de", title=text.title, content=text.content + "<p>Neu.</p>")
    assert _rows(build_kept_report(demo, tmp_path)) == _rows(build_report(demo, tmp_path, processes=0))
