"""Link problems reach the German UI with no English left: every detail code, the region's own checks
(offline verdicts, a network failure of the online check) and what the quality cache gives back."""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.models.demo import ensure_demo
from editor.models.quality_store import LinkResult, save_link_results
from editor.models.store import Store, utcnow
from editor.reports.links import PageLinkCheck
from editor.reports.pages import PageIndex
from editor.reports.quality_inputs import problems_from_json, problems_to_json
from editor.sync.bundled_client import fill_demo
from editor.sync.link_check import LinkChecker
from editor.text.links import MESSAGES, LinkDetail, detail
from editor.views.link_text import detail_text
from tests.views.test_error_text import CATALOGUE, german  # noqa: F401

#: A value for every parameter a detail code takes (values, not wording: they may stay as they are).
VALUES = {
    "scheme": "javascript", "address": "info(at)example", "number": "0821-abc", "digits": "19",
    "reason": "Port could not be cast to integer value as 'x'", "host": "bad_host",
    "path": "/musterstadt/de/weg",
    "language": "de", "title": "Einbürgerung", "own": "fa", "status": "draft", "url": "https://new.example/a",
    "limit": "10",
}  # fmt: skip


def _english() -> list[str]:
    """Every English wording of a link problem: the detail codes' and the catalogue's sources."""
    root = ET.parse(CATALOGUE).getroot()
    sources = [
        message.findtext("source") or ""
        for context in root.iter("context")
        if context.findtext("name") == "LinkProblems"
        for message in context.iter("message")
    ]
    return [*sources, *MESSAGES.values()]


def _leftovers(shown: str) -> list[str]:
    """Runs of three or more English words of any link problem's wording that ``shown`` contains."""
    words = " " + " ".join(re.findall(r"[A-Za-z']+", shown)).lower() + " "
    runs = []
    for text in _english():
        for piece in re.split(r"\{[a-z0-9_!r]*\}|[.;:()“”\"]", text):
            found = re.findall(r"[A-Za-z']+", piece)
            if len(found) >= 3 and f" {' '.join(found).lower()} " in words:
                runs.append(" ".join(found))
    return runs


def _assert_german(item: LinkDetail) -> None:
    shown = detail_text(item)
    assert shown, item
    assert shown != item.english
    assert _leftovers(shown) == [], shown


@pytest.mark.parametrize("code", sorted(set(MESSAGES) - {"text", "network"}))
def test_link_problem_text_every_code_in_german(german: None, code: str) -> None:  # noqa: F811
    """Each detail code is worded in German, with its values and no English sentence left."""
    names = re.findall(r"\{([a-z_]+)", MESSAGES[code])
    item = detail(code, **{name: VALUES[name] for name in names})
    _assert_german(item)
    shown = detail_text(item)
    for name in names:
        if name != "status":
            assert VALUES[name] in shown
    if code == "unpublished":
        assert "Entwurf" in shown


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    """The demo working copy in a real file."""
    store = ensure_demo(tmp_path, fill_demo)
    yield store
    store.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_link_problem_text_page_checks_in_german(german: None, demo: Store) -> None:  # noqa: F811
    """A page with a bad e-mail and phone link, a link to a missing page of the region and a link the
    online check could not reach (a real refused connection) shows every problem in German, also after
    the quality cache kept and gave back the findings; the command line keeps its English."""
    index = PageIndex.build(demo)
    page = next(iter(index.by_page["de"]))
    down = f"http://127.0.0.1:{_closed_port()}/seite"
    text = (
        '<p><a href="mailto:info(at)example">a</a> <a href="tel:0821-abc">b</a> '
        '<a href="/musterstadt/de/gibt-es-nicht">c</a> <a href="javascript:void(0)">d</a> '
        f'<a href="{down}">e</a> <a href="https://gone.example/">f</a></p>'
    )
    gone = LinkResult("https://gone.example/", 404, None, None, utcnow())
    save_link_results(demo, [*LinkChecker(timeout=5).check([down]), gone])
    found = PageLinkCheck(demo).problems(page, "de", text)
    codes = {f.detail.code for f in found if f.detail is not None}
    assert {"not_email", "not_phone", "missing_page", "unsafe_scheme", "network", "http"} <= codes
    kept = problems_from_json(problems_to_json(found), page, "de")
    for finding in [*found, *kept]:
        assert finding.detail is not None
        _assert_german(finding.detail)
        assert finding.message == finding.detail.english
    network = next(f for f in found if f.href == down)
    assert "127.0.0.1" in network.message
    assert detail_text(network.detail) != network.message


def test_link_problem_text_older_plain_text_is_shown_as_stored() -> None:
    """A stored result or cache entry written by an older version (plain English) reads back as it was."""
    old = LinkDetail.read("more than 10 redirects (a loop?)")
    assert old is not None
    assert (old.code, detail_text(old)) == ("text", "more than 10 redirects (a loop?)")
    assert LinkDetail.read(None) is None


def test_link_problem_text_quality_report_in_german(
    german: None,  # noqa: F811
    demo: Store,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    """The quality report's chart of broken links names the kinds of address without a host in German, the
    German HTML export does too, and the table's readability has a decimal comma."""
    from PySide6.QtCore import QLocale

    from editor.reports.export import to_html
    from editor.reports.quality import build_report
    from editor.views.quality.report_model import QualityItemModel
    from editor.views.quality.summary_chart import SummaryChart

    index = PageIndex.build(demo)
    page = next(iter(index.by_page["de"]))
    current = demo.translation(page, "de")
    assert current is not None
    bad = ' <a href="mailto:info(at)example">a</a> <a href="/musterstadt/de/gibt-es-nicht">b</a></p>'
    demo.save_translation(page, "de", title=current.title, content=current.content.replace("</p>", bad, 1))
    report = build_report(demo, tmp_path / "cache", processes=0)
    assert {"mailto", "internal"} <= set(report.broken_by_host())
    chart = SummaryChart()
    qtbot.addWidget(chart)
    chart.set_report(report)
    labels = [label for label, _n in chart._hosts]
    assert "Seiten der Region" in labels
    assert "E-Mail (mailto)" in labels
    assert "internal" not in labels
    html = to_html(report, german=True)
    assert "Seiten der Region" in html
    assert ">internal<" not in html
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        model = QualityItemModel()
        model.add_rows([row for row in report.rows if row.readability is not None][:1])
        shown = str(model.data(model.index(0, 5)))
        assert re.match(r"^\d+,\d ", shown), shown
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_link_problem_text_language_names_stand_apart_in_german() -> None:
    """German sentences do not put a language's (native) name into their grammar ("ins {0}", "auf
    {0}"): the name stands in parentheses or after "Sprache", so "English" or "فارسی" reads right."""
    root = ET.parse(CATALOGUE).getroot()
    bad = [
        text
        for message in root.iter("message")
        if (text := message.findtext("translation") or "")
        and re.search(r"\b(ins|im|auf|nach) \{0\}", text)
        and "{0}" in (message.findtext("source") or "")
        and re.search(r"\b(into|in) \{0\}", message.findtext("source") or "")
    ]
    assert bad == []
