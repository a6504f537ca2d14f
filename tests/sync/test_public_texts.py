"""A pull takes a PUBLIC text from its language's public page list only where that is the stored text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from editor.models.store import open_store
from editor.sync.api_json import ApiPage
from editor.sync.cms_html import parse_tree
from editor.sync.cms_types import TreeRow
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.public_texts import is_stored_form, listed_texts
from editor.sync.service import SyncService
from tests.sync.rows import working_copy_rows

LANGUAGES = (("de", False), ("en", False), ("ar", True), ("fa", True))


@pytest.mark.parametrize(
    "content",
    [
        "<p>Willkommen.</p>",
        '<div dir="rtl"><p>خوش آمدید.</p></div>',
        '<div><p>Mehr: <a href="https://example.org/" class="link-external">hier</a></p><ul><li>a</li></ul>'
        "</div>",
        "<p>Öffnungszeiten: 8–12 Uhr</p>\n",
    ],
)
def test_is_stored_form_accepts_one_cleaned_element(content: str) -> None:
    """A text as the CMS stores it (one top-level element, no shortcode markup) is taken as stored."""
    assert is_stored_form(content)


@pytest.mark.parametrize(
    "content",
    [
        "<p>Eigener Text.</p><p>Gespiegelter Text.</p>",  # a mirrored page's live content added
        "<p>\n    Nicht auf Deutsch.\n</p>\n<ul><li><a href='/x/en/'>English</a></li></ul>",
        "<p>Siehe <i>[MISSING LINK]</i></p>",  # [page 999]
        '<p>Siehe <a href="/testhausen/de/arbeit/">Arbeit</a></p>',  # [page 3]
        '<div><div contenteditable="false" data-contact-id="1">Bürgerbüro</div></div>',  # [contact 1]
        "<p>Preis [in Euro]</p>",  # unknown shortcode, or an escaped \\[
        "",
        "   ",
        "bare text",
        "<p>a</p> tail",
        "<p>unclosed",
    ],
)
def test_is_stored_form_refuses_what_the_api_adds(content: str) -> None:
    """Mirrored content, the "not available" block, shortcode expansions and texts the CMS would not have
    stored that way are never taken from the list."""
    if content == "<p>unclosed":  # lxml closes it: one element, which is what the CMS stores too
        assert is_stored_form(content)
        return
    assert not is_stored_form(content)


_ROW = """<table><tr id="page-{id}" class="page-row level-1">
<td class="hierarchy"><span><input type="checkbox" value="{id}"/></span></td>
<td><a href="/r/pages/de/{id}/edit/"><div class="title-slug" data-title-slug="s{id}">Seite {id}</div></a></td>
{tags}
<td class="whitespace-nowrap"><div class="block"><div class="lang-grid"><a href="#" class="en">
<div id="translation-icon"><span title="Translation up-to-date"><i icon-name="check"></i></span></div></a>
</div></div></td>
<td><div class="block">Published</div></td><td><div class="block">01.12.2026</div></td>
<td><button type="button" data-preview-page="/r/ajax/de/{id}/preview/"><i icon-name="eye"></i></button></td>
</tr></table>"""


def _tags(*names: str) -> str:
    spans = "".join(f'<span class="bg-orange-400 text-white">{name}</span>' for name in names)
    return f'<td class="whitespace-nowrap"><div class="block">{spans}</div></td>'


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (_tags(), False),
        (_tags("Empty"), False),
        (_tags("Live content"), True),
        (_tags("Live-Inhalt"), True),  # a tag in another UI language: counted as live content
        ("", None),  # no tags cell: the tree does not say
    ],
)
def test_parse_tree_reads_the_live_content_tag(tags: str, expected: bool | None) -> None:
    """The tree row's tag cell tells whether the page mirrors another page's text."""
    (row,) = parse_tree(_ROW.format(id=7, tags=tags), "de")
    assert row.live_content is expected


def _row(page: int, title: str, slug: str, *, status: str = "PUBLIC", short: int | None = None) -> TreeRow:
    return TreeRow(page, "en", 1, None, page, title, slug, status, None, {}, short, live_content=False)


def _item(item_id: int, path: str, title: str, content: str) -> ApiPage:
    return ApiPage("en", item_id, path, title, content, None, 0, None, item_id, {})


def test_listed_texts_match_by_row_id_or_path_and_title() -> None:
    """An item is a row's text only when its row id (or, without one, its path) and its title agree."""
    rows = [
        _row(1, "Home", "home", short=11),
        _row(2, "Work", "work"),
        _row(3, "Rent", "rent", short=33),  # saved again since: the list shows an older row
        _row(4, "Old title", "old"),
        _row(5, "Draft", "draft", status="DRAFT"),
        dataclasses.replace(_row(6, "Mirror", "mirror"), live_content=None),
    ]
    items = [
        _item(11, "/r/en/home/", "Home", "<p>Home.</p>"),
        _item(22, "/r/en/work/", "Work", "<p>Work.</p>"),
        _item(32, "/r/en/rent/", "Rent", "<p>Rent.</p>"),
        _item(44, "/r/en/old/", "New title", "<p>Old.</p>"),
        _item(55, "/r/en/draft/", "Draft", "<p>Public.</p>"),
        _item(66, "/r/en/mirror/", "Mirror", "<p>Mirror.</p>"),
    ]
    found = listed_texts(rows, rows, items, "r", "en", False)
    assert {page: (t.title, t.content) for page, t in found.items()} == {
        1: ("Home", "<p>Home.</p>"),
        2: ("Work", "<p>Work.</p>"),
    }


def _region(short_links: bool = False) -> tuple[MemoryCmsClient, dict[str, int]]:
    """Four languages; plain public texts, drafts, a mirrored page, shortcodes, a contact card, an
    empty text, an internal link."""
    client = MemoryCmsClient(languages=LANGUAGES, short_links=short_links)
    ids: dict[str, int] = {}
    ids["home"] = client.add_page({
        "de": ("Start", "<p>Willkommen.</p>"), "en": ("Home", "<p>Welcome.</p>"),
        "ar": ("البداية", '<div dir="rtl"><p>أهلا.</p></div>'),
        "fa": ("خانه", '<div dir="rtl"><p>خوش.</p></div>'),
    })  # fmt: skip
    ids["work"] = client.add_page({"de": ("Arbeit", "<p>Arbeit.</p>"), "en": ("Work", "<p>Work.</p>")})
    ids["jobs"] = client.add_page(
        {"de": ("Jobs", "<p>Jobs.</p>"), "en": ("Jobs", "<p>Jobs.</p>")}, parent=ids["work"]
    )
    ids["mirror"] = client.add_page({"de": ("Spiegel", ""), "en": ("Mirror", "<p>Own.</p>")})
    client.mirror(ids["mirror"], ids["home"])
    ids["codes"] = client.add_page({
        "de": ("Verweise", f'<p>Siehe [page {ids["work"]}] und \\[Klammer].</p>'),
        "en": ("Links", '<p>See [page 999 "gone"].</p>'),
    })  # fmt: skip
    ids["card"] = client.add_page({"de": ("Kontakt", "<div><p>Hier:</p>[contact 1 email]</div>")})
    ids["empty"] = client.add_page({"de": ("Leer", ""), "en": ("Empty", "<p>Only English.</p>")})
    ids["link"] = client.add_page({"en": ("Link", '<p><a href="/testhausen/en/work/">Work</a></p>')})
    client.edit(ids["work"], "ar", "عمل", '<div dir="rtl"><p>مسودة.</p></div>', status="DRAFT")
    client.edit(ids["jobs"], "en", "Jobs", "<p>Jobs, a draft.</p>", status="DRAFT")
    client.edit(ids["home"], "fa", "خانه", '<div dir="rtl"><p>در بررسی.</p></div>', status="REVIEW")
    return client, ids


class _NoListTexts(MemoryCmsClient):
    """The same CMS whose tree does not say whether a page mirrors another: every text read by itself."""

    def tree(self, region: str, lang: str) -> list[TreeRow]:
        return [dataclasses.replace(row, live_content=None) for row in super().tree(region, lang)]


def _pull(folder: Path, client: MemoryCmsClient) -> tuple[int, Path]:
    client.users = {"editor": "secret"}
    store = open_store(folder, "testhausen", create=True)
    try:
        report = SyncService(store, client, "testhausen", "editor", lambda _u: "secret").pull()
        assert report.ok, report.as_json()
        for page in store.page_tree():
            for lang, _ in LANGUAGES:
                text = store.translation(page.id, lang)
                stored = client.latest(page.cms_page_id, lang) if page.cms_page_id else None
                assert (text is None) == (stored is None)
                if text is not None and stored is not None:
                    assert (text.title, text.content) == (stored.title, stored.content), (
                        page.cms_page_id,
                        lang,
                    )
    finally:
        store.close()
    return report.requests, store.path


@pytest.mark.parametrize("short_links", [False, True])
def test_first_pull_with_public_lists_stores_exactly_what_reading_each_text_stores(
    tmp_path: Path, short_links: bool
) -> None:
    """Texts taken from the public lists make the same working copy, row for row, as reading every text
    by itself (mirrored, shortcode, contact-card, empty and draft texts are read by themselves), with
    fewer requests."""
    client, _ = _region(short_links)
    listed_cost, listed = _pull(tmp_path / "listed", client)
    plain_client, _ = _region(short_links)
    plain = _NoListTexts(languages=LANGUAGES, short_links=short_links)
    plain.pages, plain._clock = plain_client.pages, plain_client._clock
    plain._row_ids = plain_client._row_ids
    plain_cost, one_by_one = _pull(tmp_path / "plain", plain)
    assert working_copy_rows(listed) == working_copy_rows(one_by_one)
    assert listed_cost < plain_cost


def test_first_pull_reads_a_list_only_where_it_saves_requests(tmp_path: Path) -> None:
    """Requests after login: a tree per language, the source list, one list for a language with two or
    more public texts to take, one read for every other text; the language tree comes with one of
    those reads (the edit form of a text read by itself, ADR 0029)."""
    client, _ = _region()
    cost, _ = _pull(tmp_path, client)
    # de: the list (read for the row ids) gives Start, Arbeit, Jobs; read: Spiegel (mirrors Start; the
    #     API shows Start's text), Verweise ([page] and \[ expanded), Kontakt ([contact]), Leer (block)
    # en: a list for Home, Work, Empty; read: Mirror, Links ([page 999]), Link (internal link), Jobs (draft)
    # ar: one public text, so no list: read Start and Arbeit (draft); fa: read Start (review)
    languages, lists = 4, 2
    reads = {"de": 4, "en": 4, "ar": 2, "fa": 1}
    assert cost == 1 + 2 + languages + lists + sum(reads.values())


def test_repeated_pull_after_list_texts_stays_within_budget(tmp_path: Path) -> None:
    """After a first pull that took texts from the lists, a pull with nothing changed is L + 3 requests
    and brings nothing."""
    client, _ = _region()
    _pull(tmp_path, client)
    client.logout()
    store = open_store(tmp_path, "testhausen")
    try:
        report = SyncService(store, client, "testhausen", "editor", lambda _u: "secret").pull()
    finally:
        store.close()
    assert report.ok
    assert report.requests == len(LANGUAGES) + 3
    assert sum(report.pulled.values()) == 0
