"""Sync contract suite, page structure: the same tests against MemoryCmsClient and the real CMS peer.

Pages created, moved and archived offline arrive in the CMS through its own forms, in a safe order;
a retry after a lost reply never makes a second page; a page moved on both sides is a conflict.
"""

from __future__ import annotations

from typing import Any

from editor.models.enums import Status
from editor.models.operations import MovePage
from editor.models.store import Store, content_hash
from editor.sync.errors import Timeout
from editor.sync.service import SyncService
from tests.sync.contract_backends import Backend
from tests.sync.contract_backends import sync_service as _service
from tests.sync.peer_fixture import cms_peer  # noqa: F401
from tests.sync.test_contract import backend  # noqa: F401 - the parametrised fixture


def _push_with_lost_create_reply(client: Any, service: SyncService) -> list[int]:
    """Push once while the CMS makes the page but its reply is lost and the CMS is then down (no tree
    read can find the page); returns the CMS ids the create made."""
    real_create, real_tree = client.create_page, client.tree
    calls: list[int] = []

    def lost_reply(*args: Any, **kwargs: Any) -> int:
        calls.append(real_create(*args, **kwargs))
        raise Timeout("cms (the reply was lost)")

    def down_after_create(*args: Any, **kwargs: Any) -> Any:
        if calls:
            raise Timeout("cms (down)")
        return real_tree(*args, **kwargs)

    client.create_page, client.tree = lost_reply, down_after_create
    try:
        assert not service.push().ok
    finally:
        del client.create_page, client.tree
    return calls


def _archived_there_then_moved_here(
    backend: Backend,  # noqa: F811
    service: SyncService,
    store: Store,
    page: int,
    welcome: int,
) -> None:
    """Another editor archives "work", under which ``page`` was made here: the sync's conflict is
    ``place_gone``; moved here under ``welcome``, the next sync goes through."""
    backend.other_editor_archives("work")
    report = service.sync()
    assert [issue.problem.code for issue in report.conflicts if issue.problem] == ["place_gone"]
    store.move_page(page, welcome, "first-child")
    report = service.sync()
    assert report.ok, report.as_json()


def _local_id(store: Store, cms_id: int) -> int:
    return next(p.id for p in store.page_tree() if p.cms_page_id == cms_id)


def test_contract_page_created_offline_appears_at_its_place(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page created offline as the first child of a parent appears there in the CMS with its texts
    in two languages; a second sync changes nothing and makes no second page."""
    service = _service(backend, store)
    assert service.pull().ok
    welcome = _local_id(store, backend.ids["welcome"])
    page, _ = store.create_page(welcome, "first-child", "de", "Anmeldung vor Ort", "anmeldung-vor-ort")
    store.save_translation(page, "de", title="Anmeldung vor Ort", content="<p>Im Bürgerbüro.</p>")
    store.save_translation(
        page, "en", title="Registration on site", content="<p>At the citizens' office.</p>"
    )
    report = service.push()
    assert report.ok, report.as_json()
    assert (report.pushed, store.outbox_count()) == (2, 0)
    cms_id = next(p.cms_page_id for p in store.page_tree() if p.id == page)
    assert cms_id is not None
    assert backend.children(backend.ids["welcome"])[0] == cms_id
    de, en = backend.stored_by_id(cms_id, "de"), backend.stored_by_id(cms_id, "en")
    assert (de.title, content_hash(de.content)) == (
        "Anmeldung vor Ort",
        content_hash("<p>Im Bürgerbüro.</p>"),
    )
    assert en.title == "Registration on site"
    again = service.sync()
    assert again.ok
    assert (again.pushed, sum(again.pulled.values())) == (0, 0)
    assert backend.children(backend.ids["welcome"]).count(cms_id) == 1
    assert sum(1 for p in store.page_tree() if p.cms_page_id == cms_id) == 1


def test_contract_move_and_archive_arrive(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page moved offline (next to another under a new parent) and one archived offline arrive."""
    service = _service(backend, store)
    assert service.pull().ok
    courses, contact = _local_id(store, backend.ids["courses"]), _local_id(store, backend.ids["contact"])
    store.move_page(courses, contact, "right")
    store.archive_page(_local_id(store, backend.ids["work"]))
    report = service.push()
    assert report.ok, report.as_json()
    assert report.pushed == 2
    under = backend.children(backend.ids["welcome"])
    assert under.index(backend.ids["courses"]) == under.index(backend.ids["contact"]) + 1
    assert backend.ids["work"] in backend.archived_ids()
    after = service.pull()
    assert after.ok
    work = next(p for p in store.page_tree() if p.cms_page_id == backend.ids["work"])
    assert work.archived


def test_contract_create_retry_after_timeout_makes_no_second_page(backend: Backend, store: Store) -> None:  # noqa: F811
    """The create form saves but its reply is lost (a timeout): the retry finds the page under its
    parent and takes it; the CMS holds exactly one such page."""
    client = backend.client()
    service = _service(backend, store, client)
    assert service.pull().ok
    work = _local_id(store, backend.ids["work"])
    store.create_page(work, "first-child", "de", "Minijobs")
    real = client.create_page
    calls: list[int] = []

    def lost_reply(*args: Any, **kwargs: Any) -> int:
        calls.append(real(*args, **kwargs))
        raise Timeout("cms (the reply was lost)")

    client.create_page = lost_reply
    try:
        report = service.push()
    finally:
        del client.create_page
    assert report.ok, report.as_json()
    assert len(calls) == 1
    [created] = [p for p in store.page_tree() if p.title(["de"]) == "Minijobs"]
    assert created.cms_page_id == calls[0]
    under = backend.children(backend.ids["work"])
    assert under.count(calls[0]) == 1
    assert [backend.stored_by_id(p, "de").title for p in under].count("Minijobs") == 1


def test_contract_pull_between_a_lost_create_and_its_retry_makes_no_second_page(
    backend: Backend,  # noqa: F811
    store: Store,
) -> None:
    """The create form saves but its reply is lost and the push cannot look (the CMS is down), then a
    pull runs before the next push: the pull does not take the page as a new one, the next push takes it
    as the page created here; the CMS and the working copy each hold it once, with the local text."""
    client = backend.client()
    service = _service(backend, store, client)
    assert service.pull().ok
    work = _local_id(store, backend.ids["work"])
    page, _ = store.create_page(work, "first-child", "de", "Minijobs")
    store.save_translation(page, "de", title="Minijobs", content="<p>Bis 556 Euro im Monat.</p>")
    calls = _push_with_lost_create_reply(client, service)
    assert len(calls) == 1
    assert service.pull().ok
    assert [p.cms_page_id for p in store.page_tree() if p.title(["de"]) == "Minijobs"] == [None]
    report = service.push()
    assert report.ok, report.as_json()
    [created] = [p for p in store.page_tree() if p.title(["de"]) == "Minijobs"]
    assert created.cms_page_id == calls[0]
    under = backend.children(backend.ids["work"])
    assert [backend.stored_by_id(p, "de").title for p in under].count("Minijobs") == 1
    stored = backend.stored_by_id(calls[0], "de")
    assert content_hash(stored.content) == content_hash("<p>Bis 556 Euro im Monat.</p>")
    assert service.sync().ok
    assert [p.title(["de"]) for p in store.page_tree()].count("Minijobs") == 1


def test_contract_moved_on_both_sides_is_a_conflict(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page moved here while another editor moved it in the CMS: nothing is overwritten, the move
    waits as a conflict the user sees."""
    service = _service(backend, store)
    assert service.pull().ok
    courses, welcome = _local_id(store, backend.ids["courses"]), _local_id(store, backend.ids["welcome"])
    store.move_page(courses, welcome, "first-child")
    backend.other_editor_moves("courses", "work", "right")
    report = service.sync()
    assert len(report.conflicts) == 1
    assert "moved" in report.conflicts[0].message
    assert backend.ids["courses"] not in backend.children(backend.ids["welcome"])
    [op] = store.operations()
    assert isinstance(op, MovePage)
    assert op.conflict


def test_contract_status_set_offline_arrives(backend: Backend, store: Store) -> None:  # noqa: F811
    """A translation set to draft here is a draft in the CMS after the push; its text is unchanged."""
    service = _service(backend, store)
    assert service.pull().ok
    work = _local_id(store, backend.ids["work"])
    before = backend.stored("work", "en")
    store.set_status(work, "en", Status.DRAFT)
    report = service.push()
    assert report.ok, report.as_json()
    assert report.pushed == 1
    assert backend.status("work", "en") == "DRAFT"
    assert content_hash(backend.stored("work", "en").content) == content_hash(before.content)
    assert store.operations() == []


def _children(store: Store, parent: int) -> list[int]:
    """The local children of ``parent`` in the order the tree shows them."""
    rows = [p for p in store.page_tree() if p.parent_id == parent]
    return [p.id for p in sorted(rows, key=lambda p: (p.position, p.id))]


def test_contract_page_created_offline_keeps_its_place_through_pulls(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page created after a parent's last child stays after it when the next pull places its
    siblings (before: it jumped to the front until a later pull), and after the push and one more pull
    it sits there as the CMS has it."""
    service = _service(backend, store)
    assert service.pull().ok
    welcome = _local_id(store, backend.ids["welcome"])
    contact = _local_id(store, backend.ids["contact"])
    page, _ = store.create_page(contact, "right", "de", "Sprechstunde", "sprechstunde")
    store.save_translation(page, "de", title="Sprechstunde", content="<p>Dienstags.</p>")
    first = store.create_page(welcome, "first-child", "de", "Aktuelles", "aktuelles")[0]
    expected = _children(store, welcome)
    assert expected[0] == first
    assert expected[expected.index(contact) + 1] == page
    assert service.pull().ok
    assert _children(store, welcome) == expected
    report = service.sync()
    assert report.ok, report.as_json()
    assert _children(store, welcome) == expected
    assert service.pull().ok
    assert _children(store, welcome) == expected
    cms = {p.id: p.cms_page_id for p in store.page_tree()}
    assert backend.children(backend.ids["welcome"]) == [cms[p] for p in expected]


def test_contract_page_under_a_page_made_later_arrives_in_one_push(backend: Backend, store: Store) -> None:  # noqa: F811
    """Two pages made here, the first then moved under the second: one push creates both, the first
    under the second (before: it failed with "not in the CMS yet" and waited for the next sync)."""
    service = _service(backend, store)
    assert service.pull().ok
    welcome = _local_id(store, backend.ids["welcome"])
    child, _ = store.create_page(welcome, "first-child", "de", "Unterseite")
    parent, _ = store.create_page(welcome, "first-child", "de", "Oberseite")
    store.move_page(child, parent, "first-child")
    report = service.push()
    assert report.ok, report.as_json()
    assert (report.pushed, store.outbox_count()) == (2, 0)
    cms = {p.id: p.cms_page_id for p in store.page_tree()}
    assert backend.children(cms[parent]) == [cms[child]]
    assert backend.children(backend.ids["welcome"])[0] == cms[parent]


def test_contract_new_page_under_an_archived_parent_goes_where_moved(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page made here under a parent another editor archived meanwhile is a conflict; moved here to
    another parent, the next sync creates it there with its text (before: the conflict stuck to it, and
    only a discard, which removes the page and its text, ended it)."""
    service = _service(backend, store)
    assert service.pull().ok
    work, welcome = _local_id(store, backend.ids["work"]), _local_id(store, backend.ids["welcome"])
    page, _ = store.create_page(work, "first-child", "de", "Minijobs")
    store.save_translation(page, "de", title="Minijobs", content="<p>Bis 556 Euro.</p>")
    _archived_there_then_moved_here(backend, service, store, page, welcome)
    cms_id = next(p.cms_page_id for p in store.page_tree() if p.id == page)
    assert cms_id is not None
    assert backend.children(backend.ids["welcome"])[0] == cms_id
    stored = backend.stored_by_id(cms_id, "de")
    assert content_hash(stored.content) == content_hash("<p>Bis 556 Euro.</p>")
    assert store.operations() == []


def test_contract_new_page_beside_a_page_moved_away_is_a_conflict(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page made here after a sibling that another editor moved to another parent meanwhile is not
    created there (it belongs under the parent chosen here): a conflict, nothing made in the CMS (before:
    it landed under the other parent, and the next pull moved it there here too); moved here again, it
    is created where it now is."""
    service = _service(backend, store)
    assert service.pull().ok
    welcome, contact = _local_id(store, backend.ids["welcome"]), _local_id(store, backend.ids["contact"])
    page, _ = store.create_page(contact, "right", "de", "Sprechstunde")
    backend.other_editor_moves("contact", "work", "first-child")
    under = backend.children(backend.ids["welcome"])
    report = service.sync()
    assert [issue.problem.code for issue in report.conflicts if issue.problem] == ["place_moved"]
    assert next(p for p in store.page_tree() if p.id == page).parent_id == welcome
    assert backend.children(backend.ids["welcome"]) == under
    assert next(p for p in store.page_tree() if p.id == page).cms_page_id is None
    store.move_page(page, welcome, "first-child")
    report = service.sync()
    assert report.ok, report.as_json()
    cms_id = next(p.cms_page_id for p in store.page_tree() if p.id == page)
    assert backend.children(backend.ids["welcome"]) == [cms_id, *under]


def test_contract_restoring_an_archived_page_sends_its_texts(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page archived in the CMS by another editor, restored here, with a text typed here in a page
    under it: one sync restores it and sends the text; nothing is left in conflict (before: the pull
    took the text as "changed here, gone on the server", and the conflict, with an empty "theirs",
    stayed after the page was back)."""
    service = _service(backend, store)
    assert service.pull().ok
    work, courses = _local_id(store, backend.ids["work"]), _local_id(store, backend.ids["courses"])
    backend.other_editor_archives("work")
    assert service.pull().ok
    store.save_translation(courses, "de", title="Sprachkurse", content="<p>Neue Kurse ab Mai.</p>")
    store.restore_page(work)
    report = service.sync()
    assert report.ok, report.as_json()
    assert (store.conflicts(), store.operations()) == ([], [])
    assert backend.ids["work"] not in backend.archived_ids()
    stored = backend.stored("courses", "de")
    assert content_hash(stored.content) == content_hash("<p>Neue Kurse ab Mai.</p>")
    assert service.pull().ok
    assert not next(p for p in store.page_tree() if p.id == courses).archived


def test_contract_a_page_back_in_the_cms_lifts_its_gone_conflict(backend: Backend, store: Store) -> None:  # noqa: F811
    """A text typed here in a page archived in the CMS meanwhile is a conflict ("gone on the server");
    once another editor restores the page, unchanged, the next sync sends the text (before: the
    conflict stayed, with an empty "theirs" that "take theirs" would have written over the page)."""
    service = _service(backend, store)
    assert service.pull().ok
    courses = _local_id(store, backend.ids["courses"])
    store.save_translation(courses, "de", title="Sprachkurse", content="<p>Neue Kurse ab Mai.</p>")
    backend.other_editor_archives("courses")
    report = service.sync()
    assert [issue.problem.code for issue in report.conflicts if issue.problem] == ["gone_on_server"]
    backend.other_editor_restores("courses")
    report = service.sync()
    assert report.ok, report.as_json()
    assert (store.conflicts(), store.operations()) == ([], [])
    stored = backend.stored("courses", "de")
    assert content_hash(stored.content) == content_hash("<p>Neue Kurse ab Mai.</p>")


def test_contract_page_changed_after_lost_reply_keeps_text_and_place(backend: Backend, store: Store) -> None:  # noqa: F811
    """A create's reply is lost (the CMS made the page with the first text); here the text is changed
    and the page moved under another parent before the next sync: the CMS ends with the page once, with
    the text typed last, where it was moved (before: the retry took the page as created with the text of
    now, so the older text the CMS held replaced the newer one here, and the move was dropped)."""
    client = backend.client()
    service = _service(backend, store, client)
    assert service.pull().ok
    work, welcome = _local_id(store, backend.ids["work"]), _local_id(store, backend.ids["welcome"])
    page, _ = store.create_page(work, "first-child", "de", "Minijobs")
    store.save_translation(page, "de", title="Minijobs", content="<p>Bis 520 Euro.</p>")
    calls = _push_with_lost_create_reply(client, service)
    store.save_translation(page, "de", title="Minijobs", content="<p>Bis 556 Euro.</p>")
    store.move_page(page, welcome, "first-child")
    for _ in range(2):
        report = service.sync()
        assert report.ok, report.as_json()
        mine = store.translation(page, "de")
        assert mine is not None
        assert content_hash(mine.content) == content_hash("<p>Bis 556 Euro.</p>")
    assert store.operations() == []
    assert next(p.cms_page_id for p in store.page_tree() if p.id == page) == calls[0]
    assert backend.children(backend.ids["welcome"])[0] == calls[0]
    assert calls[0] not in backend.children(backend.ids["work"])
    assert content_hash(backend.stored_by_id(calls[0], "de").content) == content_hash("<p>Bis 556 Euro.</p>")


def test_contract_move_under_a_new_page_held_up_waits_for_it(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page moved under a page made here whose create is held up (its parent was archived in the CMS)
    waits for it instead of becoming a conflict; once the new page is moved here and created, the move
    arrives (before: "the page it was moved to is not in the CMS", a conflict that stayed after)."""
    service = _service(backend, store)
    assert service.pull().ok
    work, welcome = _local_id(store, backend.ids["work"]), _local_id(store, backend.ids["welcome"])
    contact = _local_id(store, backend.ids["contact"])
    page, _ = store.create_page(work, "first-child", "de", "Anlaufstellen")
    store.move_page(contact, page, "first-child")
    _archived_there_then_moved_here(backend, service, store, page, welcome)
    assert store.operations() == []
    cms_id = next(p.cms_page_id for p in store.page_tree() if p.id == page)
    assert cms_id is not None
    assert backend.children(cms_id) == [backend.ids["contact"]]


def test_contract_moved_to_one_parent_on_both_sides_is_no_conflict(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page moved here under the parent another editor moved it to meanwhile is no conflict: the sync
    puts it at the place chosen here (before: "moved here and also moved in the CMS", for nothing)."""
    service = _service(backend, store)
    assert service.pull().ok
    courses, welcome = _local_id(store, backend.ids["courses"]), _local_id(store, backend.ids["welcome"])
    store.move_page(courses, welcome, "first-child")
    backend.other_editor_moves("courses", "contact", "right")
    report = service.sync()
    assert report.ok, report.as_json()
    assert store.operations() == []
    assert backend.children(backend.ids["welcome"])[0] == backend.ids["courses"]
    assert _children(store, welcome)[0] == courses


def test_contract_restore_under_an_archived_parent_waits_for_it(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page restored here whose parent another editor archived stays archived in the CMS: the restore
    is not reported as sent but waits, named, in the outbox, and the page stays restored here; once the
    parent is restored too, the next sync lists both (before: "pushed", the outbox emptied and the next
    pull archived the page here again)."""
    service = _service(backend, store)
    assert service.pull().ok
    work, courses = _local_id(store, backend.ids["work"]), _local_id(store, backend.ids["courses"])
    backend.other_editor_archives("work")
    assert service.pull().ok
    store.restore_page(courses)
    report = service.sync()
    assert [issue.problem.code for issue in report.failed if issue.problem] == ["parent_archived"]
    assert [op.kind for op in store.operations()] == ["restore_page"]
    assert service.pull().ok
    assert not next(p for p in store.page_tree() if p.id == courses).archived
    store.restore_page(work)
    report = service.sync()
    assert report.ok, report.as_json()
    assert service.sync().ok
    assert store.operations() == []
    assert {backend.ids["work"], backend.ids["courses"]} & backend.archived_ids() == set()
    assert not any(p.archived for p in store.page_tree() if p.id in (work, courses))


def test_contract_discarded_text_of_a_new_page_is_not_sent_with_it(backend: Backend, store: Store) -> None:  # noqa: F811
    """A second language's text of a page made here whose sending was discarded stays here only: the
    create does not queue it again (before: it was back in the outbox after the create, and the next
    push sent it)."""
    service = _service(backend, store)
    assert service.pull().ok
    welcome = _local_id(store, backend.ids["welcome"])
    page, _ = store.create_page(welcome, "first-child", "de", "Entwurf")
    store.save_translation(page, "en", title="Draft", content="<p>Not for the CMS yet.</p>")
    [edit] = [op for op in store.operations() if op.kind == "edit_text"]
    store.discard_operation(edit.id)
    report = service.sync()
    assert report.ok, report.as_json()
    assert store.operations() == []
    kept = store.translation(page, "en")
    assert kept is not None
    assert kept.content == "<p>Not for the CMS yet.</p>"
    again = service.sync()
    assert (again.ok, again.pushed) == (True, 0)
    cms_id = next(p.cms_page_id for p in store.page_tree() if p.id == page)
    assert backend.stored_by_id(cms_id, "de").title == "Entwurf"
