"""Repeated pulls stay within languages + 3 requests even where the CMS shows no short links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from editor.models.enums import Status
from editor.models.store import Store, open_store
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.service import SyncService
from tests.sync.contract_backends import seed_memory
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401


def test_pull_budget_without_short_links_uses_public_row_ids(store: Store) -> None:
    """All texts saved today, no short links: a no-op pull is L + 3 requests and fetches nothing;
    a PUBLIC edit by another editor the same day is pulled."""
    client = MemoryCmsClient(
        languages=(("de", False), ("en", False), ("ar", True), ("fa", True)),
        short_links=False,
        clock=dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(hours=2),  # saved today
    )
    client.users = {"desk-editor": "pw"}
    ids = seed_memory(client)
    service = SyncService(store, client, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None)
    assert service.pull().ok
    client.logout()  # a new session, as a later run of the command has
    again = SyncService(store, client, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None)
    report = again.pull()
    assert report.requests == 4 + 3
    assert sum(report.pulled.values()) == 0
    page = ids["welcome"]
    title = client.stored_translation("testhausen", "en", page).title
    client.edit(page, "en", title, "<p>Changed by a colleague today.</p>")
    client.logout()
    third = SyncService(store, client, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None)
    report = third.pull()
    assert report.pulled["en"] == 1
    local = next(p.id for p in store.page_tree() if p.cms_page_id == page)
    text = store.translation(local, "en")
    assert text is not None
    assert "Changed by a colleague today." in text.content


@pytest.mark.cms
def test_pull_budget_real_cms_without_short_urls(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """The real CMS with short URLs switched off and every text dated now: a no-op pull costs at
    most languages + 3 requests, and a colleague's web-form edit arrives with the next pull."""
    from editor.sync.cms_client import HttpCmsClient

    cms_peer.reset()
    cms_peer.shell(
        "from django.utils import timezone\n"
        "from integreat_cms.cms.models import PageTranslation, Region\n"
        f"r = Region.objects.get(slug={cms_peer.region!r}); r.short_urls_enabled = False; r.save()\n"
        "PageTranslation.objects.filter(page__region=r).update(last_updated=timezone.now())\n"
        "print('ok')\n"
    )
    store = open_store(tmp_path, cms_peer.region, create=True)
    try:

        def service() -> SyncService:
            client = HttpCmsClient(cms_peer.base_url)
            return SyncService(store, client, cms_peer.region, cms_peer.editor_user,
                               lambda _u: cms_peer.editor_password)  # fmt: skip

        assert service().pull().ok
        report = service().pull()
        assert report.ok
        assert report.requests <= len(cms_peer.languages) + 3
        other = HttpCmsClient(cms_peer.base_url)
        other.login(cms_peer.editor_user, cms_peer.editor_password)
        page = cms_peer.page_ids["work"]
        title = other.stored_translation(cms_peer.region, "de", page).title
        other.push(cms_peer.region, "de", page, title, "<p>Heute von einer Kollegin geändert.</p>", "PUBLIC")
        third = service().pull()
        assert third.ok
        local = next(p.id for p in store.page_tree() if p.cms_page_id == page)
        text = store.translation(local, "de")
        assert text is not None
        assert "Heute von einer Kollegin geändert." in text.content
    finally:
        store.close()
        cms_peer.reset()


def test_pull_budget_with_a_language_that_is_active_but_not_visible(store: Store) -> None:
    """A region whose trees name a language the region does not list (active, not visible), with
    drafts in two languages and an archived page: the region is not asked again and the trees are not
    read twice; a repeated pull is L + 3 requests."""
    client = MemoryCmsClient(
        languages=(("de", False), ("en", False), ("ar", True), ("fa", True)),
        short_links=False,
        tree_only_languages=("uk",),
    )
    client.users = {"desk-editor": "pw"}
    ids = seed_memory(client)
    client.edit(ids["work"], "en", "Work", "<p>Draft.</p>", status="DRAFT")
    service = SyncService(store, client, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None)
    first = service.pull()
    assert first.ok
    drafts = 2  # welcome/fa and work/en: no public row id, their texts are read
    translations = sum(first.pulled.values())
    assert first.requests <= 1 + 2 + 4 + 1 + translations  # region, login, trees, public list, texts
    assert translations >= drafts
    for _ in range(2):
        client.logout()
        again = SyncService(
            store, client, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None
        )
        report = again.pull()
        assert report.ok
        assert report.requests == 4 + 3
        assert sum(report.pulled.values()) == 0


@pytest.mark.cms
def test_pull_budget_real_cms_region_with_drafts_archive_and_hidden_language(
    cms_peer: CmsPeer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The seeded region ``hintertal`` (short URLs off, drafts in three languages, a page in review, an
    archived page, uk active but not visible): every text arrives, the archived page does not; the full
    pull needs, after login, one tree per language, one public list per language with public texts and
    one request per text that is not public; the language tree comes with one of those (11, it was 15,
    then 12; ADR 0029); a repeated pull with nothing changed costs at most languages + 3 requests, twice
    in a row."""
    from editor.sync.cms_client import HttpCmsClient

    cms_peer.reset()
    region = cms_peer.budget_region
    store = open_store(tmp_path, region, create=True)
    try:

        def service() -> SyncService:
            client = HttpCmsClient(cms_peer.base_url)
            return SyncService(
                store, client, region, cms_peer.budget_user, lambda _u: cms_peer.editor_password
            )

        first = service().pull()
        assert first.ok, first.as_json()
        languages = len(store.languages())
        assert languages == 4
        assert sum(first.pulled.values()) == 10
        assert cms_peer.budget_pages["old"] not in {p.cms_page_id for p in store.page_tree()}
        texts = list(store.iter_translations())
        drafts = sum(1 for t in texts if t.status is not Status.PUBLIC)
        public_languages = len({t.language for t in texts if t.status is Status.PUBLIC})
        assert (drafts, public_languages) == (4, 3)
        after_login = first.requests - 1 - 2  # the region, the login form and its POST
        assert after_login <= languages + public_languages + drafts  # the language tree too (ADR 0029)
        assert {lg.code: lg.parent_code for lg in store.languages()} == {
            "de": None, "en": "de", "ar": "de", "fa": "de",
        }  # fmt: skip
        for _ in range(2):
            again = service().pull()
            assert again.ok
            assert sum(again.pulled.values()) == 0
            assert again.requests <= languages + 3
    finally:
        store.close()


@pytest.mark.cms
def test_pull_budget_real_cms_public_texts_never_stored_in_their_api_form(
    cms_peer: CmsPeer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """On ``hintertal`` with a page that mirrors another, a text with shortcodes and an escaped bracket, a
    contact shortcode and a whitespace-only published text, a full pull stores every text exactly as
    the CMS stores it (not the API's combined, expanded or "not available" form), and still reads the
    plain public texts from the lists."""
    from editor.sync.cms_client import HttpCmsClient

    cms_peer.reset()
    region, pages = cms_peer.budget_region, cms_peer.budget_pages
    cms_peer.shell(
        "from integreat_cms.cms.models import Page, PageTranslation\n"
        f"rent = Page.objects.get(id={pages['rent']}); rent.mirrored_page_id = {pages['home']}; rent.save()\n"
        "def latest(page, lang):\n"
        "    found = PageTranslation.objects.filter(page_id=page, language__slug=lang)\n"
        "    return found.order_by('-version')[0]\n"
        f"t = latest({pages['housing']}, 'de')\n"
        f"t.content = '<p>Siehe [page {pages['home']}] und \\\\[Klammer].</p>'; t.save()\n"
        f"t = latest({pages['housing']}, 'en')\n"
        f"t.content = '<div><p>Kontakt:</p>[contact {cms_peer.contact_id} email]</div>'; t.save()\n"
        f"t = latest({pages['home']}, 'en'); t.content = '   '; t.save()\n"
        "print('ok')\n"
    )
    store = open_store(tmp_path, region, create=True)
    try:
        client = HttpCmsClient(cms_peer.base_url)
        report = SyncService(
            store, client, region, cms_peer.budget_user, lambda _u: cms_peer.editor_password
        ).pull()
        assert report.ok, report.as_json()
        reader = HttpCmsClient(cms_peer.base_url)
        reader.login(cms_peer.budget_user, cms_peer.editor_password)
        api = {p.title: p.content for lang in ("de", "en") for p in reader.public_pages(region, lang)}
        compared = 0
        for page in store.page_tree():
            for lang in ("de", "en", "ar", "fa"):
                text = store.translation(page.id, lang)
                if text is None or page.cms_page_id is None:
                    continue
                stored = reader.stored_translation(region, lang, page.cms_page_id)
                assert (text.title, text.content) == (stored.title, stored.content), (page.cms_page_id, lang)
                compared += 1
        assert compared == 10
        assert api["Miete"] != "<p>Die Miete.</p>"  # the API shows the mirrored text too,
        assert "[page" not in api["Wohnen"]  # expands the shortcodes
        assert "data-contact-id" in api["Housing"]
        assert "<ul>" in api["Home"]  # and shows the "not available" block for a blank text
    finally:
        store.close()
        cms_peer.reset()
