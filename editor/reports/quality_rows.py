"""The quality report's rows and the report that holds them (Qt-free; built by
:mod:`editor.reports.quality`, kept between runs by :mod:`editor.reports.quality_kept`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from operator import attrgetter
from typing import TYPE_CHECKING

from editor.models.records import TranslationState
from editor.models.store import utcnow
from editor.reports.freshness import DEFAULT_PERIOD
from editor.reports.links import BROKEN_PROBLEMS, LinkFinding
from editor.reports.metrics import TextMetrics
from editor.reports.quality_inputs import problems_from_json

if TYPE_CHECKING:
    from editor.reports.quality import _Builder

#: The order of a report's rows: by page path, then language (a C key: 40,000 rows are sorted often).
ROW_ORDER: Callable[[QualityRow], tuple[str, str]] = attrgetter("path", "language")


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
    #: The translator's QA warnings against the source language's text (None: no source to compare).
    qa_warnings: int | None = None
    #: The text figures are still being computed (the row will be handed over again).
    pending: bool = False

    @property
    def key(self) -> tuple[int, str]:
        """(page id, language): rows handed over again replace the row with the same key."""
        return (self.page_id, self.language)

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
    period: timedelta = DEFAULT_PERIOD
    created_at: datetime = field(default_factory=utcnow)
    complete: bool = True
    #: What the build knew (index, link verdicts, dates), reused by :func:`update_rows`.
    _builder: _Builder | None = field(default=None, repr=False, compare=False)
    _links: list[LinkFinding] = field(default_factory=list, repr=False)
    #: Link problems of rows read from the cache, as the cache keeps them: (page id, language, JSON),
    #: read when :attr:`links` is first asked for (the table and the CSV do not need them).
    _cached_links: list[tuple[int, str, str]] = field(default_factory=list, repr=False, compare=False)
    #: Reads every translation's cached link problems instead (a report of kept rows).
    _read_links: Callable[[], list[tuple[int, str, str]]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def links(self) -> list[LinkFinding]:
        """The link problems of every translation (links without a problem are not kept)."""
        if self._read_links is not None:
            self._cached_links, self._read_links = self._read_links(), None
        if self._cached_links:
            for page_id, language, text in self._cached_links:
                self._links.extend(problems_from_json(text, page_id, language))
            self._cached_links = []
        return self._links

    @links.setter
    def links(self, findings: list[LinkFinding]) -> None:
        self._links, self._cached_links, self._read_links = findings, [], None

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


_BROKEN = BROKEN_PROBLEMS


def _share_key(state: TranslationState) -> str:
    return {TranslationState.UP_TO_DATE: "current", TranslationState.OUTDATED: "outdated",
            TranslationState.MISSING: "missing"}.get(state, "draft")  # fmt: skip
