"""The quality report as CSV (German Excel reads it), JSON and a printable HTML page (Qt-free).

CSV: a header row, page path and title, plain cells; with ``german=True`` German headers, semicolons,
decimal commas and a UTF-8 byte-order mark (what German Excel needs to read UTF-8 correctly).
HTML: one self-contained page for the working group, with inline SVG bar charts: per language the
share of current / outdated / missing translations, the readability distribution, broken links by
host, and the table of the rows with findings.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Sequence
from datetime import datetime
from json.encoder import encode_basestring
from typing import Any

from editor.models.records import TranslationState
from editor.reports.quality import QualityReport, QualityRow
from editor.reports.quality_rows import ROW_ORDER
from editor.reports.tabular import csv_text

_HEADERS = {
    "en": ("page", "title", "language", "state", "words", "readability", "measure", "spelling issues",
           "broken links", "link problems", "QA warnings", "last changed or confirmed", "age (days)",
           "stale"),
    "de": ("Seite", "Titel", "Sprache", "Status", "Wörter", "Lesbarkeit", "Maß", "Rechtschreibfehler",
           "Defekte Links", "Link-Probleme", "QA-Warnungen", "Zuletzt geändert oder bestätigt",
           "Alter (Tage)", "Veraltet"),
}  # fmt: skip
_STATES = {
    "en": {"missing": "missing", "up_to_date": "current", "outdated": "outdated", "draft": "draft",
           "review": "in review"},
    "de": {"missing": "fehlt", "up_to_date": "aktuell", "outdated": "veraltet", "draft": "Entwurf",
           "review": "in Prüfung"},
}  # fmt: skip
_YES = {"en": ("yes", ""), "de": ("ja", "")}


def has_findings(row: QualityRow) -> bool:
    """True when a row needs attention: missing/outdated, spelling, link problems, QA warnings or stale."""
    return (
        row.state.value in ("missing", "outdated") or bool(row.spelling) or row.link_problems > 0
        or bool(row.qa_warnings) or row.stale
    )  # fmt: skip


def table(
    report: QualityReport, *, german: bool = False, all_rows: bool = True
) -> tuple[list[str], list[list[str]]]:
    """Header and plain-text cells of the report (numbers with a decimal comma when ``german``). Only
    the columns :data:`MARKUP_COLUMNS` may hold markup (see :func:`tabular.plain_rows`)."""
    lang = "de" if german else "en"
    states = {state: _STATES[lang][state.value] for state in TranslationState}  # enum .value is slow
    yes, attention = _YES[lang][0], (TranslationState.MISSING, TranslationState.OUTDATED)
    rows = sorted(report.rows, key=ROW_ORDER)
    days: dict[datetime, str] = {}  # a region's rows share few dates: each is formatted once
    out = []
    for row in rows:
        m = row.metrics
        words, score, measure, spelling = (
            (m.words, m.score, m.measure, m.spelling) if m else (None, None, "", None)
        )
        state, qa, last = row.state, row.qa_warnings, row.last_changed
        if not all_rows and not (
            state in attention or spelling or row.link_problems > 0 or qa or row.stale
        ):  # has_findings, on the values at hand
            continue
        text = "" if score is None else f"{score:.1f}"
        day = ""
        if last is not None:
            day = days.get(last) or days.setdefault(last, last.strftime("%Y-%m-%d"))
        out.append([
            row.path, row.title, row.language, states[state], "" if words is None else str(words),
            text.replace(".", ",") if german else text, measure.upper(),
            "" if spelling is None else str(spelling), str(row.broken_links), str(row.link_problems),
            "" if qa is None else str(qa), day, "" if row.age_days is None else str(row.age_days),
            yes if row.stale else "",
        ])  # fmt: skip
    return list(_HEADERS[lang]), out


#: The columns of :func:`table` whose cells may need :func:`tabular.plain` (page, title, language); the
#: others are numbers, dates and fixed words (a test checks them).
MARKUP_COLUMNS = (0, 1, 2)


def _int(value: int | None) -> str:
    return "" if value is None else str(value)


def to_csv(report: QualityReport, *, german: bool = False, all_rows: bool = True) -> str:
    """The report as CSV text (see the module docstring; write it with ``encoding="utf-8"``)."""
    header, rows = table(report, german=german, all_rows=all_rows)
    return csv_text(header, rows, excel_de=german, clean=MARKUP_COLUMNS)


def to_json(report: QualityReport) -> list[dict[str, Any]]:
    """One object per row, numbers as numbers."""
    return [
        {
            "page_id": r.page_id, "path": r.path, "title": r.title, "language": r.language,
            "state": r.state.value, "words": r.words, "readability": r.readability, "measure": r.measure,
            "spelling": r.spelling, "broken_links": r.broken_links, "link_problems": r.link_problems,
            "qa_warnings": r.qa_warnings,
            "last_changed": r.last_changed.isoformat() if r.last_changed else None,
            "age_days": r.age_days, "stale": r.stale,
        }
        for r in sorted(report.rows, key=ROW_ORDER)
    ]  # fmt: skip


def json_text(report: QualityReport) -> str:
    """``json.dumps(to_json(report), ensure_ascii=False, indent=1)``, several times faster: the indented
    layout of the flat objects is written here, strings go through ``json``'s own (C) string encoder
    (a test compares the two)."""
    rows = sorted(report.rows, key=ROW_ORDER)
    if not rows:
        return "[]"
    text, parts, null = encode_basestring, [], "null"
    states = {state: text(state.value) for state in TranslationState}
    short: dict[str, str] = {}  # languages and measures: a few strings, each encoded once
    for r in rows:
        m, last, qa, age = r.metrics, r.last_changed, r.qa_warnings, r.age_days
        if m is None:
            words = score = spelling = null
            measure = '""'
        else:
            words, spelling, value = str(m.words), null if m.spelling is None else str(m.spelling), m.score
            # a float as json writes it: its repr, unless NaN or infinite (x - x is then not 0)
            score = null if value is None else repr(value) if value - value == 0 else str(_ENCODE(value))
            measure = short.get(m.measure) or short.setdefault(m.measure, text(m.measure))
        language = short.get(r.language) or short.setdefault(r.language, text(r.language))
        changed = null if last is None else '"' + last.isoformat() + '"'  # ASCII digits and signs only
        parts.append(
            f' {{\n  "page_id": {r.page_id},\n  "path": {text(r.path)},\n  "title": {text(r.title)},\n'
            f'  "language": {language},\n  "state": {states[r.state]},\n'
            f'  "words": {words},\n  "readability": {score},\n  "measure": {measure},\n'
            f'  "spelling": {spelling},\n  "broken_links": {r.broken_links},\n'
            f'  "link_problems": {r.link_problems},\n  "qa_warnings": {null if qa is None else qa},\n'
            f'  "last_changed": {changed},\n'
            f'  "age_days": {null if age is None else age},\n  "stale": {"true" if r.stale else "false"}\n }}'
        )
    return "[\n" + ",\n".join(parts) + "\n]"


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


# -- HTML ------------------------------------------------------------------------------------------
_COLOURS = {"current": "#2e7d32", "outdated": "#f9a825", "missing": "#c62828", "draft": "#90a4ae"}
_TEXT = {
    "en": {"title": "Quality report", "shares": "Translations per language", "readability":
           "Readability (HIX-like, German; higher is easier)", "hosts": "Broken links by host",
           "rows": "Pages with findings", "none": "none", "current": "current", "outdated": "outdated",
           "missing": "missing", "draft": "draft / review", "qa": "QA warnings: what the translator's QA "
           "check finds against the source text (details: integreat-desk qa).", "created": "Created"},
    "de": {"title": "Qualitätsbericht", "shares": "Übersetzungen je Sprache", "readability":
           "Lesbarkeit (HIX-ähnlich, Deutsch; höher ist leichter)", "hosts": "Defekte Links je Server",
           "rows": "Seiten mit Befunden", "none": "keine", "current": "aktuell", "outdated": "veraltet",
           "missing": "fehlt", "draft": "Entwurf / Prüfung", "qa": "QA-Warnungen: was die QA-Prüfung der "
           "Übersetzung gegen den Ausgangstext findet (Einzelheiten: integreat-desk qa).",
           "created": "Erstellt"},
}  # fmt: skip

#: Names of the kinds of address that have no host (what :meth:`QualityReport.broken_by_host` counts).
_KINDS = {
    "en": {"mailto": "e-mail (mailto)", "tel": "phone (tel)", "internal": "pages of the region",
           "relative": "relative addresses", "anchor": "anchors in the page", "other": "other addresses",
           "web": "web addresses"},
    "de": {"mailto": "E-Mail (mailto)", "tel": "Telefon (tel)", "internal": "Seiten der Region",
           "relative": "relative Adressen", "anchor": "Sprungmarken in der Seite",
           "other": "andere Adressen", "web": "Web-Adressen"},
}  # fmt: skip


def to_html(report: QualityReport, *, german: bool = False) -> str:
    """A printable, self-contained HTML report (inline SVG charts, no scripts, no external files)."""
    lang = "de" if german else "en"
    text = _TEXT[lang]
    out = io.StringIO()
    title = f"{text['title']}: {report.region}"
    out.write(f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{_e(title)}</title>')
    out.write("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:9pt}"
              "td,th{border:1px solid #ccc;padding:2px 4px;text-align:left}h2{margin-top:1.5em}"
              "@media print{h2{page-break-after:avoid}}</style></head><body>")  # fmt: skip
    out.write(f"<h1>{_e(title)}</h1><p>{text['created']}: {report.created_at:%Y-%m-%d %H:%M} UTC</p>")
    out.write(f"<h2>{text['shares']}</h2>{_share_chart(report, text)}")
    out.write(f"<h2>{text['readability']}</h2>{_bars(_histogram_items(report), '#1565c0', text)}")
    kinds = _KINDS[lang]
    hosts = [(kinds.get(host, host), n) for host, n in report.broken_by_host().most_common(12)]
    out.write(f"<h2>{text['hosts']}</h2>{_bars(hosts, '#c62828', text)}")
    header, rows = table(report, german=german, all_rows=False)
    out.write(f"<h2>{text['rows']}</h2><p>{text['qa']}</p><table><tr>")
    out.write("".join(f"<th>{_e(h)}</th>" for h in header) + "</tr>")
    for row in rows:
        out.write("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>")
    out.write("</table></body></html>\n")
    return out.getvalue()


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _share_chart(report: QualityReport, text: dict[str, str]) -> str:
    shares = report.state_shares()
    width, row_h, label_w = 600, 22, 80
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width + label_w + 10}" '
             f'height="{row_h * (len(shares) + 1) + 10}" role="img">']  # fmt: skip
    for i, (language, counts) in enumerate(shares.items()):
        total = sum(counts.values()) or 1
        y, x = i * row_h + 4, float(label_w)
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{_e(language)}</text>')
        for key in ("current", "outdated", "draft", "missing"):
            w = width * counts.get(key, 0) / total
            if w:
                tip = f"{text[key]}: {counts[key]}"
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 6}" '
                             f'fill="{_COLOURS[key]}"><title>{_e(tip)}</title></rect>')  # fmt: skip
                x += w
    y = len(shares) * row_h + 8
    for j, key in enumerate(("current", "outdated", "draft", "missing")):
        x0 = label_w + j * 150
        parts.append(
            f'<rect x="{x0}" y="{y}" width="10" height="10" fill="{_COLOURS[key]}"/>'
            f'<text x="{x0 + 14}" y="{y + 10}" font-size="11">{_e(text[key])}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _histogram_items(report: QualityReport) -> list[tuple[str, int]]:
    counts = report.readability_histogram("hix", 10)
    return [(f"{i * 2}–{i * 2 + 2}", n) for i, n in enumerate(counts)]


def _bars(items: Sequence[tuple[str, int]], colour: str, text: dict[str, str]) -> str:
    if not items or not any(n for _label, n in items):
        return f"<p>{text['none']}</p>"
    top = max(n for _label, n in items) or 1
    width, row_h, label_w = 400, 18, 240
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + width + 60}" '
             f'height="{row_h * len(items) + 4}" role="img">']  # fmt: skip
    for i, (label, n) in enumerate(items):
        y, w = i * row_h + 2, width * n / top
        parts.append(f'<text x="0" y="{y + 12}" font-size="11">{_e(label)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{row_h - 4}" fill="{colour}"/>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + 12}" font-size="11">{n}</text>')  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)
