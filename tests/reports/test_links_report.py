"""The region's link check on the demo region and on a small region built for the purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.__main__ import main
from editor.models.demo import ensure_demo
from editor.models.quality_store import LinkResult, save_link_results
from editor.models.store import Store, utcnow
from editor.reports.links import LinkProblem, check_links, check_region, use_new_address
from editor.reports.pages import PageIndex
from editor.sync.bundled_client import fill_demo
from tests.models.factories import assert_links_kept


@pytest.fixture
def demo(tmp_path: Path) -> Store:
    store = ensure_demo(tmp_path, fill_demo)
    yield store
    store.close()


def _report(store: Store):  # type: ignore[no-untyped-def]
    return check_region(store)


def test_links_region_check_reads_the_kept_links_as_the_texts_give_them(demo: Store) -> None:
    """The region's check from the links kept beside the texts finds what a check of the texts finds:
    every link, its offsets, label, verdict and suggestion (the demo's problems included)."""
    assert_links_kept(demo)
    from_texts = check_links(demo.iter_translations(), PageIndex.build(demo))
    kept = check_region(demo)
    assert len(kept.problems) >= 3
    assert sorted(kept.findings, key=_place) == sorted(from_texts.findings, key=_place)


def _place(finding):  # type: ignore[no-untyped-def]
    return (finding.page_id, finding.language, finding.start)


def test_links_region_check_finds_links_of_a_text_without_kept_links(demo: Store) -> None:
    """A translation without a kept-links row (a file some other tool wrote) is still checked, from its
    text; nothing is written by the check."""
    wanted = check_region(demo).findings
    raw = demo._db.raw()
    english = "SELECT id FROM translation WHERE language_code = 'en'"
    raw.execute(f"DELETE FROM translation_link WHERE translation_id IN ({english})")
    raw.commit()
    again = check_region(demo).findings
    assert sorted(again, key=_place) == sorted(wanted, key=_place)
    assert any(f.language == "en" for f in again)
    assert (
        demo.query(
            "SELECT count(*) FROM translation_link t JOIN translation r ON r.id = t.translation_id "
            "WHERE r.language_code = 'en'"
        )[0][0]
        == 0
    )


def test_quality_report_link_problems_are_the_region_checks(demo: Store, tmp_path: Path) -> None:
    """The quality report's link problems, resolved from the kept links, are the region check's (the
    same problems, places, labels and suggestions); with no kept links for a language, from its texts."""
    from editor.reports.quality import build_report

    wanted = sorted(check_region(demo).problems, key=_place)
    assert len(wanted) >= 3
    assert sorted(build_report(demo, tmp_path, processes=0).links, key=_place) == wanted
    raw = demo._db.raw()
    raw.execute("DELETE FROM quality_cache")
    raw.execute(
        "DELETE FROM translation_link WHERE translation_id IN "
        "(SELECT id FROM translation WHERE language_code IN ('en', 'fa'))"
    )
    raw.commit()
    again = build_report(demo, tmp_path, processes=0).links
    assert any(f.language == "fa" for f in again)
    assert sorted(again, key=_place) == wanted


def test_links_demo_cross_language_links_found(demo: Store) -> None:
    """English and Farsi pages of the demo that link to German page addresses are reported."""
    report = _report(demo)
    other = [f for f in report.problems if f.problem is LinkProblem.OTHER_LANGUAGE]
    languages = {f.language for f in other}
    assert {"en", "fa"} <= languages
    assert all("/musterstadt/de/" in f.href for f in other)
    assert all(f.language != "de" for f in other)


def test_links_demo_own_language_links_resolve(demo: Store) -> None:
    """Links to the region's own pages in the page's own language are resolved without a problem."""
    report = _report(demo)
    internal_ok = [f for f in report.findings if f.kind == "internal" and f.problem is None]
    assert internal_ok, "the demo links its own pages"
    assert any(f.language == "fa" for f in internal_ok)  # percent-encoded Farsi slugs resolve


def _page_with(store: Store, page_id: int, language: str, body: str) -> None:
    current = store.translation(page_id, language)
    assert current is not None
    store.save_translation(page_id, language, title=current.title, content=body)


def test_links_other_language_suggests_own_address(demo: Store) -> None:
    """A link to the German version of a page that has an English one suggests the English address."""
    index = PageIndex.build(demo)
    page = next(p for p, path in index.by_page["en"].items() if p in index.by_page["de"])
    german = index.address(page, "de", "https://cms.musterstadt.example")
    english = index.address(page, "en", "https://cms.musterstadt.example")
    _page_with(demo, page, "en", f'<p><a href="{german}">there</a></p>')
    found = [f for f in _report(demo).for_page(page) if f.language == "en"]
    assert [(f.problem, f.suggestion) for f in found] == [(LinkProblem.OTHER_LANGUAGE, english)]


def test_links_missing_archived_and_invalid(demo: Store) -> None:
    """Missing pages, archived pages, bad mailto: and tel: are each named."""
    index = PageIndex.build(demo)
    page = next(iter(index.by_page["de"]))
    archived = next(p for p in index.by_page["de"] if p != page)
    with demo.transaction() as conn:
        conn.execute("UPDATE page SET archived = 1 WHERE id = ?", (archived,))
    target = index.address(archived, "de", "https://cms.musterstadt.example")
    body = (
        '<p><a href="/musterstadt/de/gibt-es-nicht/">x</a> <a href="' + str(target) + '">y</a> '
        '<a href="mailto:someone@">m</a> <a href="tel:+49 89 abc">t</a> <a href="mailto:a@b.example">ok</a>'
        ' <a href="tel:+49 (89) 123-45">ok</a></p>'
    )
    _page_with(demo, page, "de", body)
    found = {f.href: f.problem for f in _report(demo).for_page(page) if f.language == "de"}
    assert found["/musterstadt/de/gibt-es-nicht/"] is LinkProblem.MISSING_PAGE
    assert found[str(target)] is LinkProblem.ARCHIVED_PAGE
    assert found["mailto:someone@"] is LinkProblem.INVALID
    assert found["tel:+49 89 abc"] is LinkProblem.INVALID
    assert found["mailto:a@b.example"] is None
    assert found["tel:+49 (89) 123-45"] is None


def test_links_stored_online_results_and_new_address(demo: Store) -> None:
    """A stored redirect shows the new address; "use the new address" rewrites it through history."""
    index = PageIndex.build(demo)
    page = next(iter(index.by_page["de"]))
    _page_with(demo, page, "de", '<p><a href="https://old.example/a?x=1&amp;y=2">alt</a></p>')
    save_link_results(
        demo, [LinkResult("https://old.example/a?x=1&y=2", 200, "https://new.example/b", None, utcnow())]
    )
    from editor.models.quality_store import link_results

    report = check_links(demo.iter_translations(), index, link_results(demo))
    (finding,) = [f for f in report.for_page(page) if f.language == "de"]
    assert (finding.problem, finding.suggestion) == (LinkProblem.REDIRECT, "https://new.example/b")
    changes = use_new_address(demo, page, "de", finding.href, "https://new.example/b")
    assert (page, "de") in changes.translations
    saved = demo.translation(page, "de")
    assert saved is not None
    assert 'href="https://new.example/b"' in saved.content
    assert ">alt</a>" in saved.content
    assert demo.history(page, "de")[0].reason == "link"
    assert demo.outbox_count() >= 1


def test_links_command_json_and_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``links --json`` lists the demo's problems as JSON and exits 1 because there are some."""
    ensure_demo(tmp_path, fill_demo).close()
    code = main(["links", "--data", str(tmp_path), "--region", "musterstadt", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 1
    assert any(r["problem"] == "other_language" and r["language"] == "fa" for r in rows)


def test_links_page_check_gives_the_spans_of_problem_links(demo: Store) -> None:
    """``PageLinkCheck`` (what the editor marks) gives each problem link of one translation with the
    offsets of its address in the text, the same verdicts as the region-wide check; a stored online
    result counts at once."""
    from editor.models.page_address import find_page_by_path
    from editor.reports.links import PageLinkCheck

    page = find_page_by_path(demo, "musterstadt/fa/اداره-اتباع-خارجی").page_id
    check = PageLinkCheck(demo)
    text = (demo.translation(page, "fa") or pytest.fail("no Farsi text")).content
    found = check.problems(page, "fa")
    assert found
    for finding in found:
        assert text[finding.start : finding.end] == finding.href
    region = {(f.href, f.problem) for f in _report(demo).problems if (f.page_id, f.language) == (page, "fa")}
    assert {(f.href, f.problem) for f in found} == region
    extra = text.replace("</p>", ' <a href="https://down.example/">x</a></p>', 1)
    assert not any(f.href == "https://down.example/" for f in check.problems(page, "fa", extra))
    save_link_results(demo, [LinkResult("https://down.example/", 503, None, None, utcnow())])
    (broken,) = [f for f in check.problems(page, "fa", extra) if f.href == "https://down.example/"]
    assert broken.broken
    assert broken.status == 503
    assert extra[broken.start : broken.end] == "https://down.example/"


def test_links_command_one_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``links --page`` lists one translation's problems with offsets; a bad path is a clear message."""
    ensure_demo(tmp_path, fill_demo).close()
    path = "musterstadt/fa/اداره-اتباع-خارجی"
    code = main(["links", "--data", str(tmp_path), "--region", "musterstadt", "--page", path, "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 1
    assert rows
    assert {r["language"] for r in rows} == {"fa"}
    assert all(isinstance(r["start"], int) and r["end"] > r["start"] for r in rows)
    code = main(
        ["links", "--data", str(tmp_path), "--region", "musterstadt", "--page", "musterstadt/fa/nope"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "nope" in err
    assert "Traceback" not in err


def test_links_command_unknown_region(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown region is a one-line message and exit code 2, no traceback."""
    code = main(["links", "--data", str(tmp_path), "--region", "nowhere"])
    err = capsys.readouterr().err
    assert code == 2
    assert "nowhere" in err
    assert "Traceback" not in err


def test_links_command_online_checks_and_keeps_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``links --online`` fetches external addresses once, reports broken and moved ones, and a second
    run within ``--max-age`` fetches nothing again (the results are kept in the working copy)."""
    from tests.sync.link_server import link_server

    store = ensure_demo(tmp_path, fill_demo)
    with link_server() as server:
        page = next(iter(PageIndex.build(store).by_page["de"]))
        body = (
            f'<p><a href="{server.url("/gone")}">a</a> <a href="{server.url("/moved")}">b</a> '
            f'<a href="{server.url("/gone")}">again</a></p>'
        )
        _page_with(store, page, "de", body)
        store.close()
        argv = ["links", "--data", str(tmp_path), "--region", "musterstadt", "--online", "--json"]
        argv += ["--timeout", "2"]
        assert main(argv) == 1
        rows = json.loads(capsys.readouterr().out)
        fetched = len(server.seen)
        assert main(argv) == 1
        capsys.readouterr()
        assert len(server.seen) == fetched  # nothing fetched again within --max-age
    mine = {r["href"]: r for r in rows if r["page_id"] == page and r["language"] == "de"}
    assert mine[server.url("/gone")]["problem"] == "broken"
    assert mine[server.url("/gone")]["status"] == 410
    assert mine[server.url("/moved")]["problem"] == "redirect"
    assert mine[server.url("/moved")]["suggestion"] == server.url("/ok")
    assert [m for m, p in server.seen if p == "/gone"] == ["HEAD"]  # one address, one request


def test_links_verdicts_kept_per_address_equal_fresh_ones(demo: Store) -> None:
    """One resolver for the whole region (an address parsed once, verdicts kept per address and
    language, findings copied without the dataclass's checks: ADR 0034) gives the findings of a fresh
    resolver per text, in random order, for every language, made the dataclass way."""
    import random
    from dataclasses import replace

    from editor.reports.links import LinkResolver

    index = PageIndex.build(demo)
    hrefs = [f.href for f in _report(demo).findings] + [
        "mailto:", "mailto:a@b.de", "tel:x", "javascript:x", "https://integreat.app/musterstadt/xx/a/",
        "/musterstadt/de/nirgends/", "https://", "#", "https://www.example.org/a?b#c",
    ]  # fmt: skip
    chooser = random.Random(34)
    shared = LinkResolver(index)
    languages = list(index.paths)
    for _ in range(300):
        chosen = chooser.sample(hrefs, min(len(hrefs), 4))
        text = "".join(f'<p>x <a href="{href}">label</a> y</p>' for href in chosen)
        page, language = chooser.choice(list(index.titles)), chooser.choice(languages)
        fresh = LinkResolver(index).check_text(page, language, text)
        assert shared.check_text(page, language, text) == fresh
        # the copies hold the fields a dataclass-made finding holds
        assert [vars(replace(f)) for f in fresh] == [vars(f) for f in fresh]
