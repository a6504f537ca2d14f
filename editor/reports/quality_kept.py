"""The quality report from the rows kept in the working copy (Qt-free; ADR 0032).

A complete report keeps its finished rows (``report_row``) with the key they were made under and the
change sequence they include. The next report reads what changed since (``report_change``, written by
triggers on every write of a table a row depends on) and

* nothing changed: hands out the kept rows (age and "stale" worked out for today);
* some pages changed (texts, titles, states, dates, confirmations): makes the rows of those pages
  again — their texts re-read, figures from the cache or computed — and keeps them;
* the region changed as a whole (tree, slugs, statuses, languages, online link results), the key
  changed (cache version, glossary, dictionaries, data folder), or there are no kept rows: builds the
  report the full way (:func:`editor.reports.quality.build_report`, from the figures cache) and keeps
  all its rows.

Each way gives the rows a full build would give (a test compares them after random changes).
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from editor.models.quality_store import cached_links
from editor.models.records import TranslationState
from editor.models.report_rows import (
    KeptState,
    changes_since,
    kept_index,
    kept_rows,
    kept_state,
    save_rows,
)
from editor.models.store import Store
from editor.reports.freshness import DEFAULT_PERIOD
from editor.reports.gc_pause import gc_paused
from editor.reports.metrics import CACHE_VERSION, TextMetrics
from editor.reports.quality import _Builder, build_report
from editor.reports.quality_inputs import Dictionaries, region_glossary
from editor.reports.quality_rows import ROW_ORDER, QualityReport, QualityRow

#: Bump when a row is made differently: the kept rows are then made again the full way.
KEPT_VERSION = "1"
#: More changed pages than this: the full way (from the figures cache) reads less than page by page.
MAX_PAGES = 200

_STATES = {state.value: state for state in TranslationState}


def kept_key(store: Store, data_dir: Path | None) -> str:
    """What every kept row depends on besides the working copy's tables: the versions of the row and
    of the figures, the glossary, the dictionaries of the data folder (personal words, added
    dictionaries) and the folder itself."""
    languages = [lang.code for lang in store.languages()]
    _glossary, glossary = region_glossary(store)
    dictionaries = Dictionaries(data_dir).region_digest(languages)
    python = "{}.{}".format(*sys.version_info[:2])  # the packed page index: read by the same version only
    return f"{KEPT_VERSION}|{CACHE_VERSION}|{python}|{glossary}|{dictionaries}|{data_dir}"


def build_kept_report(
    store: Store,
    data_dir: Path | None,
    *,
    period: timedelta = DEFAULT_PERIOD,
    findings: bool = True,
) -> QualityReport:
    """The report (as :func:`build_report` makes it) from the kept rows, made again where the working
    copy changed since; keeps the rows for the next report. A read-only working copy is reported the
    full way and keeps nothing."""
    if store.read_only:
        return build_report(store, data_dir, period=period, findings=findings)
    with gc_paused():  # 40,000 long-lived rows: nothing for the collector
        key, state = kept_key(store, data_dir), kept_state(store)
        changes = changes_since(store, state.seq if state else 0)
        pages = changes.pages
        if state is None or state.key != key or pages is None or len(pages) > MAX_PAGES:
            return _full(store, data_dir, period, findings, KeptState(key, changes.seq, ""))
        rows = {(row[0], row[1]): row for row in kept_rows(store)}
        made: list[QualityRow] = []
        if pages:
            made = _remake(store, data_dir, period, pages, state.context)
            # every row of a changed page is made again (a missing translation's row shows a title of
            # the page's other languages)
            rows = {k: row for k, row in rows.items() if k[0] not in pages}
            kept = KeptState(key, changes.seq, state.context)
            save_rows(store, kept, [_to_kept(row) for row in made], pages=pages)
        report = _report(store, period, list(rows.values()))
        report.rows = sorted(report.rows + made, key=ROW_ORDER)
        report._read_links = lambda: cached_links(store)
        if findings:
            _ = report.links
        return report


def _full(
    store: Store, data_dir: Path | None, period: timedelta, findings: bool, state: KeptState
) -> QualityReport:
    """The report built the full way, its rows and page index kept under ``state`` (with the link
    context the build resolved against)."""
    report = build_report(store, data_dir, period=period, findings=findings)
    builder = report._builder
    if report.complete and builder is not None:
        kept = state._replace(context=builder.context)
        save_rows(store, kept, [_to_kept(row) for row in report.rows], index=builder.index.packed())
    return report


def _remake(
    store: Store, data_dir: Path | None, period: timedelta, pages: set[int], context: str
) -> list[QualityRow]:
    """Every row of ``pages`` made again: only their texts and dates are read, with the region's page
    index (its link ``context`` unchanged since the rows were kept)."""
    packed = kept_index(store)
    builder = _Builder(
        store, period, lambda rows: None, data_dir, pages=pages, context=context, packed=packed
    )
    wanted = [(page, code) for page, cells in builder.states.items() for code in cells]
    fresh = builder.remake(wanted, data_dir)
    missing = {row.key: row for row in builder._missing_rows()}
    return list({**fresh, **missing}.values())


def _to_kept(row: QualityRow) -> tuple[Any, ...]:
    """A row as ``report_row`` keeps it (see :data:`editor.models.report_rows.ROW_COLUMNS`)."""
    m = row.metrics
    last = row.last_changed.isoformat() if row.last_changed is not None else None
    return (
        row.page_id, row.language, row.path, row.title, row.state.value,
        m.words if m else None, m.score if m else None, m.measure if m else None, m.spelling if m else None,
        row.broken_links, row.link_problems, row.qa_warnings, last,
    )  # fmt: skip


def _report(store: Store, period: timedelta, kept: list[Any]) -> QualityReport:
    """A report of kept rows, their age and "stale" worked out for now."""
    region = store.region()
    languages = [lang.code for lang in store.languages()]
    report = QualityReport(region.slug if region else "", languages, period=period)
    now, new, metrics_of = report.created_at, object.__new__, _metrics
    states, parse = _STATES, datetime.fromisoformat
    rows = []
    for page, lang, path, title, state, words, score, measure, spelling, broken, problems, qa, last in kept:
        changed = parse(last) if last is not None else None
        row = new(QualityRow)  # 40,000 rows: no frozen dataclass's per-field set
        row.__dict__.update(
            page_id=page, language=lang, path=path, title=title, state=states[state],
            metrics=metrics_of(words, score, measure, spelling), broken_links=broken,
            link_problems=problems, last_changed=changed,
            age_days=None if changed is None else max(0, (now - changed).days),
            stale=state != "missing" and (changed is None or now - changed > period),
            qa_warnings=qa, pending=False,
        )  # fmt: skip
        rows.append(row)
    report.rows = rows
    return report


def _metrics(words: int | None, score: float | None, measure: str | None, spelling: int | None) -> Any:
    if words is None:
        return None
    metrics = object.__new__(TextMetrics)
    metrics.__dict__.update(words=words, score=score, measure=measure or "", spelling=spelling)
    return metrics
