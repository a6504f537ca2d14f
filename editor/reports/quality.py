"""The region's quality report (Qt-free): one row per page × language. The window and the ``report``
command both call :func:`build_report`.

Columns: translation state, words, readability (the language's measure, see
:mod:`editor.reports.metrics`), spelling issues, broken links (and other link problems), QA warnings
(empty until the translator's QA exists) and freshness. Text figures are cached per content hash, so a
report after one edit recomputes one translation. Rows arrive in batches through ``on_rows`` (cached
and missing translations first) with ``progress(done, total)``; ``cancel`` stops early.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from editor.models.quality_store import cached_quality, link_results, save_quality
from editor.models.records import TranslationState
from editor.models.store import Store, utcnow
from editor.reports.freshness import DEFAULT_PERIOD, Freshness, freshness_of
from editor.reports.links import LinkFinding, LinkProblem, LinkResolver, iter_texts
from editor.reports.metrics import TextMetrics, compute_many, content_key
from editor.reports.pages import PageIndex

Rows = Callable[[list["QualityRow"]], None]
Progress = Callable[[int, int], None]
#: Below this many uncached texts the report computes in its own process.
PROCESS_THRESHOLD = 400
#: Cached rows handed over at once while the first pass runs (the first rows show at once).
FIRST_BATCH = 2000


@dataclass(frozen=True)
class QualityRow:
    """One page in one language."""

    page_id: int
    language: str
    path: str
    title: str
    state: TranslationState
    metrics: TextMetrics | None = None
    broken_links: int = 0
    link_problems: int = 0
    last_changed: datetime | None = None
    age_days: int | None = None
    stale: bool = False
    #: The translator's QA warnings; None until that check exists.
    qa_warnings: int | None = None

    @property
    def words(self) -> int | None:
        """Words of the text (None for a missing translation)."""
        return self.metrics.words if self.metrics else None

    @property
    def readability(self) -> float | None:
        """The readability score in the language's measure."""
        return self.metrics.score if self.metrics else None

    @property
    def measure(self) -> str:
        """``hix``, ``flesch`` or ``lix`` ("" for a missing translation)."""
        return self.metrics.measure if self.metrics else ""

    @property
    def spelling(self) -> int | None:
        """Spelling issues (None: missing translation or no dictionary)."""
        return self.metrics.spelling if self.metrics else None


@dataclass
class QualityReport:
    """The rows, the link findings behind them and the figures the summary pictures show."""

    region: str
    languages: list[str]
    rows: list[QualityRow] = field(default_factory=list)
    links: list[LinkFinding] = field(default_factory=list)
    period: timedelta = DEFAULT_PERIOD
    created_at: datetime = field(default_factory=utcnow)
    complete: bool = True

    def state_shares(self) -> dict[str, Counter[str]]:
        """Per language: how many translations are current, outdated, missing (drafts/review apart)."""
        shares: dict[str, Counter[str]] = {lang: Counter() for lang in self.languages}
        for row in self.rows:
            shares.setdefault(row.language, Counter())[_share_key(row.state)] += 1
        return shares

    def readability_histogram(self, measure: str = "hix", bins: int = 10) -> list[int]:
        """How many translations fall in each of ``bins`` equal ranges of the measure's scale."""
        low, high = {"hix": (0.0, 20.0), "flesch": (0.0, 100.0), "lix": (20.0, 70.0)}[measure]
        counts = [0] * bins
        for row in self.rows:
            if row.measure == measure and row.readability is not None:
                share = (min(max(row.readability, low), high) - low) / (high - low)
                counts[min(bins - 1, int(share * bins))] += 1
        return counts

    def broken_by_host(self) -> Counter[str]:
        """Broken links per host (own missing/archived pages under the region's own host)."""
        hosts: Counter[str] = Counter()
        for finding in self.links:
            if finding.problem in _BROKEN:
                hosts[finding.host or finding.kind] += 1
        return hosts


_BROKEN = frozenset(
    {LinkProblem.BROKEN, LinkProblem.MISSING_PAGE, LinkProblem.ARCHIVED_PAGE, LinkProblem.INVALID}
)


def _share_key(state: TranslationState) -> str:
    return {TranslationState.UP_TO_DATE: "current", TranslationState.OUTDATED: "outdated",
            TranslationState.MISSING: "missing"}.get(state, "draft")  # fmt: skip


def build_report(
    store: Store,
    data_dir: Path | None,
    *,
    period: timedelta = DEFAULT_PERIOD,
    on_rows: Rows | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    processes: int | None = None,
) -> QualityReport:
    """Build the report (see the module docstring). ``processes`` None: chosen by the amount of work."""
    stop = cancel or threading.Event()
    index = PageIndex.build(store)
    report = QualityReport(index.region, index.languages, period=period)
    builder = _Builder(store, index, report, on_rows or (lambda rows: None))
    todo = builder.first_pass()
    total = len(report.rows) + len(todo)
    if progress:
        progress(len(report.rows), total)
    if processes is None:
        from editor.reports.metrics import default_processes

        processes = default_processes() if len(todo) >= PROCESS_THRESHOLD else 0
    fresh: list[tuple[int, str, str]] = []
    items = [(tid, lang, text) for tid, (lang, text, _key) in todo.items()]
    for chunk in compute_many(items, data_dir, processes=processes, cancelled=stop.is_set):
        builder.add_computed(chunk)
        fresh.extend((tid, todo[tid][2], metrics.to_json()) for tid, metrics in chunk)
        if progress:
            progress(len(report.rows), total)
    save_quality(store, fresh)
    report.complete = not stop.is_set()
    return report


class _Builder:
    """Collects rows; keeps what a computed chunk needs to become rows."""

    def __init__(self, store: Store, index: PageIndex, report: QualityReport, on_rows: Rows) -> None:
        self.store, self.index, self.report, self.on_rows = store, index, report, on_rows
        self.now = utcnow()
        self.dates = freshness_of(store)
        self.pending: dict[int, tuple[int, str, int, int]] = {}
        self.states: dict[int, dict[str, object]] = {}

    def first_pass(self) -> dict[int, tuple[str, str, str]]:
        """Rows for cached and missing translations; returns ``tid → (language, text, key)`` to compute."""
        store, index, report = self.store, self.index, self.report
        cache = cached_quality(store)
        resolver = LinkResolver(index, link_results(store))
        states = self.states = {row.id: dict(row.cells) for row in store.page_tree()}
        todo: dict[int, tuple[str, str, str]] = {}
        ready: list[QualityRow] = []
        for tid, page, language, content in iter_texts(store):
            findings = resolver.check_text(page, language, content)
            report.links.extend(findings)
            problems = [f for f in findings if f.problem is not None]
            broken = sum(1 for f in problems if f.problem in _BROKEN)
            key = content_key(language, content)
            cached = cache.get(tid)
            if cached is not None and cached[0] == key:
                metrics = TextMetrics.from_json(cached[1])
                ready.append(self._row(page, language, states, metrics, broken, len(problems)))
                if len(ready) >= FIRST_BATCH:
                    self._emit(ready)
                    ready = []
            else:
                todo[tid] = (language, content, key)
                self.pending[tid] = (page, language, broken, len(problems))
        for page_id, cells in states.items():
            if page_id in index.archived:
                continue
            ready.extend(
                self._row(page_id, lang, states, None, 0, 0) for lang in index.languages if lang not in cells
            )
        self._emit(ready)
        return todo

    def _emit(self, rows: list[QualityRow]) -> None:
        self.report.rows.extend(rows)
        self.on_rows(rows)

    def add_computed(self, chunk: list[tuple[int, TextMetrics]]) -> None:
        """Turn a computed chunk into rows."""
        rows = []
        for tid, metrics in chunk:
            page_id, language, broken, problems = self.pending.pop(tid)
            rows.append(self._row(page_id, language, self.states, metrics, broken, problems))
        self._emit(rows)

    def _row(
        self,
        page_id: int,
        language: str,
        states: dict[int, dict[str, object]],
        metrics: TextMetrics | None,
        broken: int,
        problems: int,
    ) -> QualityRow:
        cell = states.get(page_id, {}).get(language)
        state = getattr(cell, "state", TranslationState.MISSING)
        dates: Freshness | None = self.dates.get((page_id, language))
        last = dates.last if dates else None
        age = dates.age_days(self.now) if dates else None
        stale = metrics is not None and (last is None or self.now - last > self.report.period)
        return QualityRow(
            page_id, language, self.index.path(page_id, language), self.index.title(page_id, language),
            state, metrics, broken, problems, last, age, stale,
        )  # fmt: skip
