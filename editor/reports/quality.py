"""The region's quality report (Qt-free): one row per page × language. The window and the ``report``
command both call :func:`build_report`.

Columns: translation state, words, readability (the language's measure, see
:mod:`editor.reports.metrics`), spelling issues, broken links (and other link problems), QA warnings
(the translator's QA check against the source language's text) and freshness. Text figures are
cached per content hash, so a report after one edit recomputes one translation. Rows arrive in
batches through ``on_rows`` (cached and missing translations first) with ``progress(done, total)``;
``cancel`` stops early.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path

from editor.models.quality_store import (
    CachedQuality,
    cached_quality,
    link_context,
    link_results,
    save_quality,
    texts,
)
from editor.models.records import TranslationState
from editor.models.store import Store, utcnow
from editor.reports.freshness import DEFAULT_PERIOD, Freshness, freshness_of
from editor.reports.gc_pause import gc_paused
from editor.reports.links import BROKEN_PROBLEMS, LinkFinding, LinkResolver
from editor.reports.metrics import Computation, Computed, Item, QaInputs, TextMetrics, compute_many
from editor.reports.pages import PageIndex
from editor.reports.quality_inputs import (
    Dictionaries,
    QaKeys,
    link_counts,
    pack,
    problems_from_json,
    problems_to_json,
    unpack,
)
from editor.reports.quality_rows import ROW_ORDER, QualityReport, QualityRow
from editor.text.links import flat_links

__all__ = ["QualityReport", "QualityRow", "build_report", "update_rows"]

Rows = Callable[[list[QualityRow]], None]
#: What to compute for a translation: (language, text, figures wanted, QA job) (see ``metrics.Item``).
_Job = tuple[str, str, bool, "tuple[str, str] | None"]
#: A translation being computed: (cache entry, content hash, QA key, link problems, figures kept, QA kept,
#: the row shown meanwhile).
_Pending = tuple[
    CachedQuality, str, "str | None", "list[LinkFinding]", "str | None", "int | None", QualityRow
]
Progress = Callable[[int, int], None]
#: Below this many uncached texts the report computes in its own process.
PROCESS_THRESHOLD = 400
#: Rows handed over at once while the first pass runs (the first rows show at once).
FIRST_BATCH = 1000
#: Texts read from the working copy at once.
READ_BATCH = 500
#: Computed results written to the cache at once while the others are computed (only the last ones are
#: written after the workers are done).
SAVE_BATCH = 2000
#: Texts read in the first batch of a report that has to read them (its rows are the first shown).
FIRST_READ_BATCH = 100


def build_report(
    store: Store,
    data_dir: Path | None,
    *,
    period: timedelta = DEFAULT_PERIOD,
    on_rows: Rows | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    processes: int | None = None,
    findings: bool = True,
) -> QualityReport:
    """Build the report (see the module docstring). ``on_rows`` gets new rows and rows handed over
    again once their figures are computed (same :attr:`QualityRow.key`). ``processes`` None: chosen by
    the amount of work. ``findings`` False: the link problems of rows from the cache are read only
    when :attr:`QualityReport.links` is asked for (the command's table and CSV need only their counts;
    the window reads them here, off its GUI thread)."""
    stop = cancel or threading.Event()
    # texts to compute go to the worker processes while the first pass still reads the others; with
    # many texts never computed (a first report), the workers start as soon as the QA inputs are known
    computation = Computation(
        data_dir, processes=processes, threshold=PROCESS_THRESHOLD, cancelled=stop.is_set
    )
    prepare = functools.partial(computation.prepare, start=_never_computed(store) >= PROCESS_THRESHOLD)
    with gc_paused():
        try:
            builder = _Builder(store, period, on_rows or (lambda rows: None), data_dir, on_inputs=prepare)
            builder.dictionaries.spellers_current(builder.index.languages)
            todo = builder.first_pass(stop, computation.add)
        except BaseException:
            computation.close()
            raise
    _take_results(builder, computation, len(todo), progress)
    with gc_paused():
        builder.save()
        builder.updates = []
        report = builder.report
        report.rows = sorted(builder.rows.values(), key=ROW_ORDER)
        if findings:
            _ = report.links
    report.complete = not stop.is_set()
    report._builder = builder
    return report


def _take_results(builder: _Builder, computation: Computation, todo: int, progress: Progress | None) -> None:
    """Hand the computed chunks to ``builder`` as they come, saving them every :data:`SAVE_BATCH`."""
    total = len(builder.rows)
    done = total - todo
    if progress:
        progress(done, total)
    # a few texts after an edit: the collector would scan the report's objects for nothing (a long
    # computation keeps it running: other threads of the app make garbage meanwhile)
    with computation, gc_paused() if todo < PROCESS_THRESHOLD else contextlib.nullcontext():
        for chunk in computation.results():
            builder.add_computed(chunk)
            if len(builder.updates) >= SAVE_BATCH:  # saved while the workers compute the rest
                builder.save()
                builder.updates = []
            done += len(chunk)
            if progress:
                progress(done, total)


class _Builder:
    """Collects rows: from the cache, from texts read again, from computed figures. With ``pages``,
    only what the rows of those pages need is read: the link ``context`` is then known unchanged, and
    ``packed`` may hold its page index (``PageIndex.for_pages``)."""

    def __init__(
        self,
        store: Store,
        period: timedelta,
        on_rows: Rows,
        data_dir: Path | None = None,
        pages: set[int] | None = None,
        context: str = "",
        packed: bytes | None = None,
        on_inputs: Callable[[QaInputs, list[str]], None] | None = None,
    ) -> None:
        self.store, self.on_rows = store, on_rows
        if pages is None:
            self.index = PageIndex.build(store)
        else:
            self.index = PageIndex.for_pages(store, context, pages, packed)
        self.dictionaries = Dictionaries(data_dir)
        self.qa_keys = QaKeys(store, self.index, self.dictionaries)
        self._on_inputs = on_inputs  # told once the first rows are out (see _inputs_known)
        self.report = QualityReport(self.index.region, self.index.languages, period=period)
        self.now = utcnow()
        self.dates = freshness_of(store, pages)
        self.resolver = LinkResolver(self.index, link_results(store))
        self.states = {row.id: dict(row.cells) for row in store.page_tree(pages)}
        self.rows: dict[tuple[int, str], QualityRow] = {}
        #: translation id → what is known of a text being computed (see _Pending)
        self.pending: dict[int, _Pending] = {}
        self.updates: list[tuple[int, str, str, str, str, str]] = []

    @property
    def context(self) -> str:
        """The link context the verdicts are resolved against (from the rows the index was built from)."""
        return self.index.context

    def first_pass(self, stop: threading.Event, queue: Callable[[list[Item]], None]) -> dict[int, _Job]:
        """Rows for every translation (figures from the cache where the text is unchanged) and for
        missing translations; returns what to compute per translation id, and hands it to ``queue``
        batch by batch (page by page: a worker splits a page's source text once for all its
        translations' QA)."""
        entries = cached_quality(self.store, self.qa_keys.version)
        ready: list[QualityRow] = []
        stale: list[CachedQuality] = []
        for entry in entries:
            fresh = entry.cached_fingerprint == entry.fingerprint and entry.result is not None
            if fresh and entry.links_context == self.context:
                ready.append(self._cached_row(entry))
                if len(ready) >= FIRST_BATCH:
                    ready = self._emit(ready)
            else:
                stale.append(entry)
        self._emit(ready + self._missing_rows())
        stale.sort(key=lambda entry: entry.page_id)  # page by page (see above)
        todo: dict[int, _Job] = {}
        start, size = 0, FIRST_READ_BATCH  # a small first batch: its rows show sooner
        while start < len(stale) and not stop.is_set():
            batch = stale[start : start + size]
            self._emit([self._reread(entry, content, source, todo, links)
                        for entry, content, source, links in _with_texts(self.store, batch)])  # fmt: skip
            self._inputs_known()
            queue([(e.translation_id, *todo[e.translation_id]) for e in batch if e.translation_id in todo])
            start, size = start + size, READ_BATCH
        self._inputs_known()
        return todo

    def _inputs_known(self) -> None:
        """Hand what computing needs to ``on_inputs`` (once, before the first text to compute): after
        the first rows are shown, as starting the worker processes then takes the cores from them."""
        if self._on_inputs is not None:
            on_inputs, self._on_inputs = self._on_inputs, None
            on_inputs(self.qa_keys.inputs, self.index.languages)

    def _cached_row(self, entry: CachedQuality) -> QualityRow:
        """The row of a translation unchanged since it was cached: its link problems are kept as text
        until :attr:`QualityReport.links` is asked for, their counts are in the cached result."""
        links = entry.links or "[]"
        counts = link_counts(entry.result)
        if counts is None:  # an entry from before the counts were kept
            problems = [] if links == "[]" else problems_from_json(links, entry.page_id, entry.language)
            return self._row(entry, _metrics(entry.result), problems, qa=unpack(entry.result)[2])
        if links != "[]":
            self.report._cached_links.append((entry.page_id, entry.language, links))
        broken, problems_count = counts
        figures, _key, qa = unpack(entry.result)
        metrics = TextMetrics.from_json(figures) if figures else None
        return self._make(entry.page_id, entry.language, metrics, broken, problems_count, qa)

    def _reread(
        self,
        entry: CachedQuality,
        content: str,
        source: str | None,
        todo: dict[int, _Job],
        links: str | None = None,
    ) -> QualityRow:
        """The row of a translation whose text is read again: figures and QA count from the cache when
        their keys are unchanged, else queued in ``todo``. ``links``: the links the working copy keeps
        beside the text (None: none kept, found in the text)."""
        if links is not None:
            problems = self.resolver.problems_stored(entry.page_id, entry.language, flat_links(links))
        else:
            found = self.resolver.check_text(entry.page_id, entry.language, content)
            problems = [f for f in found if f.problem]
        key = self.dictionaries.text_key(entry.language, content)
        figures, cached_qa_key, cached_qa = unpack(entry.result)
        compute_figures = key != entry.content_hash or figures is None
        qa_key = None
        if entry.source_id is not None and entry.source_language and source is not None:
            qa_key = self.qa_keys.key(entry.source_id, entry.source_language, source, entry.language, key)
        compute_qa = qa_key is not None and qa_key != cached_qa_key
        qa = cached_qa if qa_key is not None and not compute_qa else None
        kept = None if compute_figures else figures
        metrics = TextMetrics.from_json(kept) if kept else None
        if not compute_figures and not compute_qa:
            self._remember(entry, key, str(kept), qa_key, qa, problems)
            return self._row(entry, metrics, problems, qa=qa)
        qa_job = (str(entry.source_language), str(source)) if compute_qa else None
        todo[entry.translation_id] = (entry.language, content, compute_figures, qa_job)
        row = self._row(entry, metrics, problems, qa=qa, pending=True)
        self.pending[entry.translation_id] = (entry, key, qa_key, problems, kept, qa, row)
        return row

    def add_computed(self, chunk: list[Computed]) -> None:
        """Hand over the rows of a computed chunk again, now with their figures and QA counts."""
        rows = []
        for tid, metrics, warnings in chunk:
            entry, key, qa_key, problems, kept, qa, shown = self.pending.pop(tid)
            figures = metrics.to_json() if metrics is not None else str(kept)
            qa = warnings if warnings is not None else qa
            self._remember(entry, key, figures, qa_key, qa, problems)
            row = object.__new__(QualityRow)  # the row made while it was pending, with its figures now
            row.__dict__.update(
                shown.__dict__, metrics=TextMetrics.from_json(figures), qa_warnings=qa, pending=False
            )
            rows.append(row)
        self._emit(rows)

    def remake(
        self, wanted: Iterable[tuple[int, str]], data_dir: Path | None
    ) -> dict[tuple[int, str], QualityRow]:
        """The rows of the translations ``wanted`` (page id, language), their texts read again and
        computed where their keys changed (in this process), saved to the cache."""
        entries = cached_quality(self.store, self.qa_keys.version, wanted)
        todo: dict[int, _Job] = {}
        fresh = {}
        for entry, text, source, links in _with_texts(self.store, entries):
            row = self._reread(entry, text, source, todo, links)
            fresh[row.key] = row
        items: list[Item] = [(tid, *job) for tid, job in todo.items()]
        on_rows, self.on_rows = self.on_rows, lambda done: fresh.update((r.key, r) for r in done)
        self.dictionaries.spellers_current(self.index.languages)
        for chunk in compute_many(items, data_dir, processes=0, qa=self.qa_keys.inputs):
            self.add_computed(chunk)
        self.on_rows = on_rows
        self.save()
        self.updates = []
        return fresh

    def catch_up(self, keys: set[tuple[int, str]]) -> None:
        """Re-read what an edit of the translations ``keys`` can change: titles, states and dates."""
        pages = {page for page, _lang in keys}
        for row in self.store.page_tree(pages):
            self.states[row.id] = dict(row.cells)
            for code, cell in row.cells.items():
                self.index.titles.setdefault(row.id, {})[code] = cell.title
        self.dates = freshness_of(self.store)
        self.now = utcnow()
        self.qa_keys.forget_sources()
        self.dictionaries.forget()

    def save(self) -> None:
        """Write what was computed or re-checked into the cache."""
        save_quality(self.store, self.updates)

    # -- helpers ----------------------------------------------------------------------------------
    def _emit(self, rows: list[QualityRow]) -> list[QualityRow]:
        for row in rows:
            self.rows[row.key] = row
        if rows:
            self.on_rows(rows)
        return []

    def _remember(
        self,
        entry: CachedQuality,
        key: str,
        figures: str,
        qa_key: str | None,
        qa: int | None,
        problems: list[LinkFinding],
    ) -> None:
        links = problems_to_json(problems)
        result = pack(figures, qa_key, qa, (_broken(problems), len(problems)))
        self.updates.append((entry.translation_id, key, entry.fingerprint, result, self.context, links))

    def _missing_rows(self) -> list[QualityRow]:
        return [
            self._make(page_id, lang, None, 0, 0)
            for page_id, cells in self.states.items()
            if page_id not in self.index.archived
            for lang in self.index.languages
            if lang not in cells
        ]

    def _row(
        self,
        entry: CachedQuality,
        metrics: TextMetrics | None,
        problems: list[LinkFinding],
        *,
        qa: int | None = None,
        pending: bool = False,
    ) -> QualityRow:
        self.report._links.extend(problems)
        return self._make(
            entry.page_id, entry.language, metrics, _broken(problems), len(problems), qa, pending
        )

    def _make(
        self,
        page_id: int,
        language: str,
        metrics: TextMetrics | None,
        broken: int,
        problems: int,
        qa: int | None = None,
        pending: bool = False,
    ) -> QualityRow:
        cell = self.states.get(page_id, {}).get(language)
        state = getattr(cell, "state", TranslationState.MISSING)
        dates: Freshness | None = self.dates.get((page_id, language))
        last = dates.last if dates else None
        age = None if last is None else max(0, (self.now - last).days)
        exists = cell is not None
        stale = exists and (last is None or self.now - last > self.report.period)
        row = object.__new__(QualityRow)  # 40,000 rows: no frozen dataclass's per-field set
        row.__dict__.update(
            page_id=page_id, language=language, path=self.index.path(page_id, language),
            title=self.index.title(page_id, language), state=state, metrics=metrics, broken_links=broken,
            link_problems=problems, last_changed=last, age_days=age, stale=stale, qa_warnings=qa,
            pending=pending,
        )  # fmt: skip
        return row


def _never_computed(store: Store) -> int:
    """Translations without a cache entry (each is computed)."""
    found = store.query(
        "SELECT count(*) FROM translation t "
        "WHERE NOT EXISTS (SELECT 1 FROM quality_cache q WHERE q.translation_id = t.id)"
    )
    return int(found[0][0])


def _broken(problems: list[LinkFinding]) -> int:
    return sum(1 for f in problems if f.problem in BROKEN_PROBLEMS)


def _metrics(result: str | None) -> TextMetrics | None:
    figures = unpack(result)[0]
    return TextMetrics.from_json(figures) if figures else None


def _with_texts(
    store: Store, entries: list[CachedQuality]
) -> list[tuple[CachedQuality, str, str | None, str | None]]:
    """Each entry with its text, its source-language text (None without one) and its kept links (None
    where none are kept: see :meth:`_Builder._reread`)."""
    ids = {e.translation_id for e in entries} | {e.source_id for e in entries if e.source_id is not None}
    found = texts(store, sorted(ids))
    rows = []
    for e in entries:
        text, links = found.get(e.translation_id, ("", None))
        source = found[e.source_id][0] if e.source_id is not None and e.source_id in found else None
        rows.append((e, text, source, links))
    return rows


def update_rows(
    report: QualityReport, store: Store, data_dir: Path | None, keys: Iterable[tuple[int, str]]
) -> list[QualityRow]:
    """Bring the rows of the translations ``keys`` (page id, language) up to date after they were
    edited: their links and figures (from the cache when the text is back to a known one), saved to the
    cache. Replaces them in ``report`` and returns them. The window calls this after each save, so the
    report follows the editing without being built again.

    The page index and link verdicts of the build are reused while the link context (tree, slugs,
    statuses, online results) is unchanged, which an edit of a text does not change; otherwise
    everything is read again."""
    with gc_paused():  # a few translations against the whole report's objects: nothing for the collector
        return _update_rows(report, store, data_dir, keys)


def _update_rows(
    report: QualityReport, store: Store, data_dir: Path | None, keys: Iterable[tuple[int, str]]
) -> list[QualityRow]:
    _ = report.links  # read the cached link problems now: the rows' findings are replaced below
    wanted = _with_dependents(store, set(keys))
    builder = report._builder
    if builder is None or builder.store is not store or link_context(store) != builder.context:
        builder = _Builder(store, report.period, lambda rows: None, data_dir)
    else:
        builder.catch_up(wanted)
    links_before = len(builder.report._links)
    fresh = builder.remake(wanted, data_dir)
    by_key = {row.key: row for row in report.rows}
    by_key.update(fresh)
    report.rows = sorted(by_key.values(), key=ROW_ORDER)
    new_links = builder.report._links[links_before:]
    report.links = [f for f in report.links if (f.page_id, f.language) not in wanted] + new_links
    report._builder = builder
    return list(fresh.values())


def _with_dependents(store: Store, wanted: set[tuple[int, str]]) -> set[tuple[int, str]]:
    """``wanted`` and the translations whose QA compares them with a ``wanted`` one (same page, a
    language whose source language is a wanted one)."""
    parents = {lang.code: lang.parent_code for lang in store.languages()}
    return wanted | {
        (page, code) for page, lang in wanted for code, parent in parents.items() if parent == lang
    }
