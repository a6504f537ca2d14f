"""A first pull takes the language tree from the edit form of a text it reads by itself anyway (ADR
0029): one request fewer, and exactly the working copy the separate form read gave."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from editor.models.enums import Status
from editor.models.store import Store, open_store
from editor.sync import pull_run
from editor.sync.cms_types import StoredTranslation
from editor.sync.errors import ClientError
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.service import SyncService
from tests.sync.contract_backends import seed_memory
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401

#: Every column a pull writes, per (CMS page id, language); times of the pull itself left out.
_DUMP = (
    "SELECT p.cms_page_id, t.language_code, t.title, t.slug, t.content, t.status, t.server_updated_at,"
    " t.base_token, t.base_hash, t.base_title, t.base_content, t.changed_locally, t.content_hash,"
    " t.source_hash, s.token, s.short_link_id, s.status, s.title, s.slug, s.date, s.base_status,"
    " s.dropped, s.outcome, s.message"
    " FROM translation t JOIN page p ON p.id = t.page_id LEFT JOIN sync_state s ON s.translation_id = t.id"
    " ORDER BY p.cms_page_id, t.language_code"
)


def _dump(store: Store) -> dict[str, Any]:
    """What a pull wrote: every translation with its base and sync state, the pages, the languages."""
    db = sqlite3.connect(store.path)
    try:
        return {
            "translations": db.execute(_DUMP).fetchall(),
            "pages": db.execute(
                "SELECT p.cms_page_id, q.cms_page_id, p.position, p.archived FROM page p"
                " LEFT JOIN page q ON q.id = p.parent_id ORDER BY p.cms_page_id"
            ).fetchall(),
            "languages": db.execute("SELECT code, parent_code FROM language ORDER BY code").fetchall(),
            "meta": db.execute(
                "SELECT key, value FROM sync_meta WHERE key != 'last_pull_at' ORDER BY key"
            ).fetchall(),
        }
    finally:
        db.close()


def _old_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pull before ADR 0029: every text by itself or from a public list, the language tree from a
    form read of its own."""
    monkeypatch.setattr(pull_run, "_read_anyway", lambda _listing, _local: None)


def test_first_pull_reads_the_language_tree_with_a_draft_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fake CMS with a draft and a nested language tree: one request fewer than with the separate
    form read, and the same working copy (texts, bases, states, tree)."""
    stores = []
    requests = []
    for way in ("new", "old"):
        client = MemoryCmsClient(short_links=False, parents={"ar": "en"})
        client.users = {"desk-editor": "pw"}
        ids = seed_memory(client)
        client.edit(ids["work"], "en", "Work", "<p>Draft.</p>", status="DRAFT")
        with monkeypatch.context() as patch:
            if way == "old":
                _old_way(patch)
            store = open_store(tmp_path / way, "testhausen", create=True)
            report = SyncService(store, client, "testhausen", "desk-editor", lambda _u: "pw").pull()
        assert report.ok, report.as_json()
        stores.append(store)
        requests.append(report.requests)
    try:
        new, old = (_dump(store) for store in stores)
        assert new == old
        assert ("ar", "en") in new["languages"]
        assert requests[0] == requests[1] - 1
    finally:
        for store in stores:
            store.close()


@pytest.mark.cms
def test_first_pull_real_cms_hintertal_same_copy_one_request_fewer(
    cms_peer: CmsPeer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``hintertal`` pulled both ways: after login the new way needs one tree per language, one request
    per language with public texts (the lists of de and en, fa's one public text) and one per draft or
    text in review, and nothing for the language tree (11; the old way 12). Both working copies hold
    the same translations, bases, sync states, pages and language tree; a repeated pull stays at
    languages + 3 and brings nothing. The issue's languages + 1 + drafts (9) is out of reach without
    losing facts (ADR 0029)."""
    from editor.sync.cms_client import HttpCmsClient

    cms_peer.reset()
    region = cms_peer.budget_region
    reports, dumps = [], []
    for way in ("new", "old"):
        store = open_store(tmp_path / way, region, create=True)
        try:

            def service(store: Store = store) -> SyncService:
                client = HttpCmsClient(cms_peer.base_url)
                return SyncService(
                    store, client, region, cms_peer.budget_user, lambda _u: cms_peer.editor_password
                )

            with monkeypatch.context() as patch:
                if way == "old":
                    _old_way(patch)
                first = service().pull()
            assert first.ok, first.as_json()
            reports.append(first)
            dumps.append(_dump(store))
            texts = list(store.iter_translations())
            if way == "new":
                languages = len(store.languages())
                drafts = sum(1 for t in texts if t.status is not Status.PUBLIC)
                public = {t.language for t in texts if t.status is Status.PUBLIC}
                again = service().pull()
                assert again.ok
                assert sum(again.pulled.values()) == 0
                assert again.requests <= languages + 3
        finally:
            store.close()
    assert (languages, drafts, sorted(public)) == (4, 4, ["de", "en", "fa"])
    new, old = dumps
    assert new == old
    assert len(new["translations"]) == 10
    assert dict(new["languages"]) == {"de": None, "en": "de", "ar": "de", "fa": "de"}
    after_login = [report.requests - 1 - 2 for report in reports]  # the region, the login form, its POST
    assert after_login[0] <= languages + len(public) + drafts
    assert after_login == [11, 12]


def test_first_pull_draft_form_refused_asks_the_first_page(tmp_path: Path) -> None:
    """The draft's edit form refused (403): the language tree comes from the source language's first
    page as before 0029, and the draft's text arrives by itself."""

    class Refusing(MemoryCmsClient):
        def translation_form(
            self, region: str, lang: str, page_id: int, codes: list[str]
        ) -> tuple[StoredTranslation, dict[str, str | None] | None]:
            self._request()
            raise ClientError(403, "forbidden")

    client = Refusing(short_links=False, parents={"ar": "en"})
    client.users = {"desk-editor": "pw"}
    ids = seed_memory(client)
    client.edit(ids["work"], "en", "Work", "<p>Draft.</p>", status="DRAFT")
    store = open_store(tmp_path, "testhausen", create=True)
    try:
        assert SyncService(store, client, "testhausen", "desk-editor", lambda _u: "pw").pull().ok
        assert {lg.code: lg.parent_code for lg in store.languages()}["ar"] == "en"
        work = next(p.id for p in store.page_tree() if p.cms_page_id == ids["work"])
        text = store.translation(work, "en")
        assert text is not None
        assert (text.content, text.status) == ("<p>Draft.</p>", Status.DRAFT)
    finally:
        store.close()


@pytest.mark.cms
def test_first_pull_real_cms_brings_a_translation_the_language_grid_calls_missing(
    cms_peer: CmsPeer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A translation whose only version is a minor edit in review: the source tree's language grid says
    "missing" (the CMS's translation state), only its own language's tree lists it. The first pull
    brings it, which is why every language's tree is read (ADR 0029)."""
    from editor.sync.cms_client import HttpCmsClient

    cms_peer.reset()
    region, pages = cms_peer.budget_region, cms_peer.budget_pages
    cms_peer.shell(
        "from integreat_cms.cms.models import Language, Page, PageTranslation\n"
        f"PageTranslation.objects.create(page=Page.objects.get(id={pages['rent']}),"
        " language=Language.objects.get(slug='ar'), title='الإيجار', slug='al-ijar',"
        " content='<p>مراجعة.</p>', status='REVIEW', minor_edit=True, version=1)\n"
        "print('ok')\n"
    )
    store = open_store(tmp_path, region, create=True)
    try:
        client = HttpCmsClient(cms_peer.base_url)
        report = SyncService(
            store, client, region, cms_peer.budget_user, lambda _u: cms_peer.editor_password
        ).pull()
        assert report.ok, report.as_json()
        grid = {row.page_id: row.translation_states.get("ar") for row in client.tree(region, "de")}
        assert grid[pages["rent"]] == "MISSING"
        rent = next(p.id for p in store.page_tree() if p.cms_page_id == pages["rent"])
        text = store.translation(rent, "ar")
        assert text is not None
        assert (text.title, text.status) == ("الإيجار", Status.REVIEW)
    finally:
        store.close()
        cms_peer.reset()
