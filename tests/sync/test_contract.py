"""Sync contract suite: the same tests against MemoryCmsClient and the real local CMS peer."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.models.enums import Status
from editor.models.records import TranslationState
from editor.models.store import Store, content_hash, open_store
from editor.models.sync_reads import outbox_items
from editor.sync.issues import read_stored
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.network import ClientError, ServerError, Timeout
from editor.sync.service import SyncService
from tests.sync.contract_backends import Backend, seed_memory
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401


@pytest.fixture(params=["memory", pytest.param("peer", marks=pytest.mark.cms)])
def backend(request: pytest.FixtureRequest) -> Backend:
    """A CMS in its seed state: the in-memory fake, or the real peer (reset)."""
    if request.param == "memory":
        client = MemoryCmsClient(languages=(("de", False), ("en", False), ("ar", True), ("fa", True)))
        client.users = {"desk-editor": "pw"}
        ids = seed_memory(client)
        return Backend("memory", "testhausen", "desk-editor", "pw", ids, memory=client)
    peer: CmsPeer = request.getfixturevalue("cms_peer")
    peer.reset()
    return Backend(
        "peer", peer.region, peer.editor_user, peer.editor_password, dict(peer.page_ids),
        base_url=peer.base_url, draft=("registration", "fa"), shell=peer.shell,
    )  # fmt: skip


def _service(backend: Backend, store: Store) -> SyncService:
    return SyncService(
        store, backend.client(), backend.region, backend.user, lambda _u: backend.password,
        sleep=lambda _s: None,
    )  # fmt: skip


def _local_id(store: Store, cms_id: int) -> int:
    return next(p.id for p in store.page_tree() if p.cms_page_id == cms_id)


def test_contract_pull_fills_every_language_and_drafts(backend: Backend, store: Store) -> None:
    """A first pull brings every listed translation of every language, drafts included."""
    report = _service(backend, store).pull()
    assert report.ok
    assert {lang.code for lang in store.languages()} == {"de", "en", "ar", "fa"}
    welcome = _local_id(store, backend.ids["welcome"])
    draft = store.translation(_local_id(store, backend.ids[backend.draft[0]]), backend.draft[1])
    assert draft is not None
    assert draft.status is Status.DRAFT
    assert store.translation(welcome, "ar").content == backend.stored("welcome", "ar").content  # type: ignore[union-attr]
    assert sum(report.pulled.values()) == len(list(store.iter_translations()))
    archived = [p for p in store.page_tree() if p.cms_page_id == backend.ids["old"]]
    assert archived == []


def test_contract_pull_records_the_language_tree(backend: Backend, store: Store) -> None:
    """The first pull records each language's parent as the CMS's language tree has it (ADR 0027);
    the seed regions translate every language from German."""
    assert _service(backend, store).pull().ok
    assert {lang.code: lang.parent_code for lang in store.languages()} == {
        "de": None, "en": "de", "ar": "de", "fa": "de",
    }  # fmt: skip
    client = backend.client()
    client.login(backend.user, backend.password)
    codes = ["de", "en", "ar", "fa"]
    parents = client.language_parents(backend.region, "de", backend.ids["welcome"], codes)
    assert parents == {"de": None, "en": "de", "ar": "de", "fa": "de"}
    for key, lang in (("welcome", "ar"), (backend.draft[0], backend.draft[1])):
        count = client.request_count
        text, tree = client.translation_form(backend.region, lang, backend.ids[key], codes)
        assert client.request_count == count + 1  # the text and the language tree: one edit form
        stored = client.stored_translation(backend.region, lang, backend.ids[key])
        assert (text.title, text.content, text.right_to_left) == (stored.title, stored.content, True)
        assert tree == parents


def test_contract_repeated_pull_is_cheap_and_quiet(backend: Backend, store: Store) -> None:
    """A pull with nothing changed costs languages + 3 requests and changes nothing."""
    service = _service(backend, store)
    service.pull()
    report = service.pull()
    assert report.requests <= 4 + 3
    assert report.pulled == {"de": 0, "en": 0, "ar": 0, "fa": 0}
    assert report.ok


def test_contract_offline_edit_pushed_without_phantom_diff(backend: Backend, store: Store) -> None:
    """An offline edit is pushed; the server's normalised text becomes base and local text."""
    service = _service(backend, store)
    service.pull()
    page = _local_id(store, backend.ids["work"])
    store.save_translation(page, "de", title="Arbeit", content="<p>Neu.</p><p>Zwei Absätze.</p>")
    assert store.outbox_count() == 1
    report = service.push()
    assert (report.pushed, report.ok) == (1, True)
    stored = backend.stored("work", "de")
    assert content_hash(stored.content) == content_hash("<p>Neu.</p><p>Zwei Absätze.</p>")
    local = store.translation(page, "de")
    assert local is not None
    assert (local.content, local.changed_locally, store.outbox_count()) == (stored.content, False, 0)
    again = service.pull()
    assert again.ok
    assert sum(again.pulled.values()) == 0


def test_contract_other_editor_change_is_pulled(backend: Backend, store: Store) -> None:
    """A web-form edit by another editor arrives with the next pull; the old text is in history."""
    service = _service(backend, store)
    service.pull()
    backend.other_editor_saves("work", "en", "Work", "<p>Work and training, updated.</p>")
    report = service.pull()
    assert report.ok
    assert report.pulled["en"] == 1
    page = _local_id(store, backend.ids["work"])
    assert "updated" in store.translation(page, "en").content  # type: ignore[union-attr]
    assert store.history(page, "en")[0].reason == "pull"


def test_contract_conflict_detected_resolved_and_pushed(backend: Backend, store: Store) -> None:
    """Server moved since the pull: push writes nothing, the conflict is resolved and pushed."""
    service = _service(backend, store)
    service.pull()
    page = _local_id(store, backend.ids["welcome"])
    backend.other_editor_saves("welcome", "de", "Willkommen", "<p>Theirs.</p>")
    store.save_translation(page, "de", title="Willkommen", content="<p>Mine.</p>")
    report = service.push()
    assert (report.pushed, len(report.conflicts)) == (0, 1)
    assert "Theirs." in backend.stored("welcome", "de").content
    [conflict] = store.conflicts()
    assert ("Mine." in conflict.mine_content, "Theirs." in conflict.theirs_content) == (True, True)
    store.resolve_conflict(page, "de", "Willkommen", "<p>Mine.</p><p>Theirs.</p>")
    assert store.conflicts() == []
    assert store.translation(page, "de").status is Status.PUBLIC  # type: ignore[union-attr]
    report = service.sync()
    assert (report.pushed, report.ok) == (1, True)
    assert content_hash(backend.stored("welcome", "de").content) == content_hash("<p>Mine.</p><p>Theirs.</p>")


def test_contract_major_edit_outdates_descendants_minor_does_not(backend: Backend, store: Store) -> None:
    """A minor push keeps en up to date; a major push makes it outdated."""
    service = _service(backend, store)
    service.pull()
    page = _local_id(store, backend.ids["welcome"])
    assert backend.state("welcome", "en") == "UP_TO_DATE"
    store.save_translation(
        page, "de", title="Willkommen", content="<p>Tippfehler korrigiert.</p>", minor_edit=True
    )
    assert service.push().pushed == 1
    assert backend.state("welcome", "en") == "UP_TO_DATE"
    store.save_translation(page, "de", title="Willkommen", content="<p>Ganz neuer Inhalt.</p>")
    assert service.push().pushed == 1
    assert backend.state("welcome", "en") == "OUTDATED"


def test_contract_still_up_to_date_is_recorded_by_the_cms(backend: Backend, store: Store) -> None:
    """ "Still up to date" after a major source edit in the CMS is pushed as the CMS's refresh/: its
    page tree then shows the translation UP_TO_DATE, and the next pull agrees."""
    service = _service(backend, store)
    service.pull()
    title = backend.stored("welcome", "de").title
    backend.other_editor_saves("welcome", "de", title, "<p>Herzlich willkommen, ganz neu!</p>")
    service.pull()
    page = _local_id(store, backend.ids["welcome"])
    assert backend.state("welcome", "en") == "OUTDATED"
    assert store.page_tree([page])[0].cells["en"].state is TranslationState.OUTDATED
    store.confirm_current(page, ["en"])
    assert store.page_tree([page])[0].cells["en"].state is TranslationState.UP_TO_DATE
    report = service.push()
    assert report.ok, report.as_json()
    assert report.pushed == 1
    assert backend.state("welcome", "en") == "UP_TO_DATE"
    assert backend.state("welcome", "ar") == "OUTDATED"
    assert service.pull().ok
    assert store.page_tree([page])[0].cells["en"].state is TranslationState.UP_TO_DATE
    assert store.page_tree([page])[0].cells["ar"].state is TranslationState.OUTDATED


def test_contract_round_trip_keeps_rtl_table_and_contact_card(backend: Backend, store: Store) -> None:
    """RTL text, a table and a contact card come back unchanged after pull + push."""
    cases = [("welcome", "ar"), ("courses", "de"), ("contact", "de")]
    before = {case: backend.stored(*case) for case in cases}
    service = _service(backend, store)
    service.pull()
    for page, lang in cases:
        local = store.translation(_local_id(store, backend.ids[page]), lang)
        assert local is not None
        assert local.content == before[(page, lang)].content
        store.save_translation(local.page_id, lang, title=local.title + " (2)", content=local.content)
    assert service.push().pushed == 3
    for case in cases:
        after = backend.stored(*case)
        assert (after.title, after.content) == (before[case].title + " (2)", before[case].content)


def test_contract_new_translation_is_created_on_push(backend: Backend, store: Store) -> None:
    """A translation that does not exist on the server is created by the push."""
    service = _service(backend, store)
    service.pull()
    page = _local_id(store, backend.ids["work"])
    store.save_translation(
        page, "ar", title="عمل", content='<div dir="rtl"><p>العمل.</p></div>', status=Status.PUBLIC
    )
    report = service.push()
    assert (report.pushed, report.ok) == (1, True)
    assert backend.stored("work", "ar").title == "عمل"


def test_contract_failures_retry_report_and_do_not_block_others(tmp_path: Path) -> None:
    """5xx/timeouts are retried, a 4xx is kept on its item, and the other items are pushed."""
    client = MemoryCmsClient(users={"u": "pw"})
    ids = seed_memory(client)
    store = open_store(tmp_path, "testhausen", create=True)
    delays: list[float] = []
    service = SyncService(store, client, "testhausen", "u", lambda _u: "pw", sleep=delays.append)
    service.pull()
    work, welcome = _local_id(store, ids["work"]), _local_id(store, ids["welcome"])
    store.save_translation(work, "de", title="Arbeit", content="<p>eins</p>")
    store.save_translation(welcome, "en", title="Welcome", content="<p>zwei</p>")
    client.fail_next(ClientError(400, "Titel ist zu lang"))
    client.fail_next(ServerError(502, "bad gateway"))
    client.fail_next(Timeout("cms"), after_write=False)
    report = service.push()
    assert report.pushed == 1
    assert [f.message for f in report.failed] == [
        "the CMS refused the request with HTTP 400: Titel ist zu lang"
    ]
    assert len(delays) == 2
    assert delays[1] > delays[0]
    [left] = outbox_items(store)
    kept = read_stored(left.last_error)
    assert (left.page_id, kept.english if kept else None) == (work, report.failed[0].message)
    store.close()


def test_contract_lost_reply_is_not_a_conflict(tmp_path: Path) -> None:
    """A save whose reply was lost (timeout after the write) is recognised on the retry."""
    client = MemoryCmsClient(users={"u": "pw"})
    ids = seed_memory(client)
    store = open_store(tmp_path, "testhausen", create=True)
    service = SyncService(store, client, "testhausen", "u", lambda _u: "pw", sleep=lambda _s: None)
    service.pull()
    work = _local_id(store, ids["work"])
    store.save_translation(work, "de", title="Arbeit", content="<p>neu</p>")
    client.request_count = 0
    client.fail_next(Timeout("cms"), after_write=True, skip=1)  # the POST saves, its reply is lost
    report = service.push()
    assert (report.pushed, report.ok, store.outbox_count()) == (1, True, 0)
    assert len(client.pages[ids["work"]].versions["de"]) == 2  # saved once, not twice
    assert client.request_count == 3  # GET, POST (reply lost), GET (already stored: no POST)
    store.close()
