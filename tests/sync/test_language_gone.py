"""A language deactivated, hidden or removed in the CMS while texts in it wait in the outbox.

Run against the in-memory fake and the real CMS peer (the contract backends). What the CMS does
(checked on the peer, integreat-cms 2026.7.1): a language whose tree node is not active (the CMS then
requires it to be invisible too) or was deleted leaves the region's language list, its page tree, edit
form, ``new/`` form and public list answer 404, and the trees' translation states no longer name it;
deleting the node deletes its translations. A language that is only made invisible stays editable.
The rule here: nothing typed is lost or lands in another language; the texts wait, named, and go out
once the language is back (or become a conflict when the CMS text moved meanwhile).
"""

from __future__ import annotations

from typing import Any

import pytest

from editor.models.store import Store
from editor.models.sync_reads import outbox_items
from editor.sync import region_languages
from editor.sync.errors import ClientError, Timeout
from editor.sync.issues import read_stored
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.report import SyncReport
from editor.sync.service import SyncService
from tests.sync.contract_backends import Backend
from tests.sync.contract_backends import sync_service as _service
from tests.sync.peer_fixture import cms_peer  # noqa: F401
from tests.sync.test_contract import backend  # noqa: F401 - the parametrised fixture

MINE_EN = "<p>Welcome! Typed here while English was switched off.</p>"
MINE_DE = "<p>Arbeit: hier geändert.</p>"
NEW_EN = "<p>Registration on site, typed here.</p>"


def _local_id(store: Store, cms_id: int) -> int:
    return next(p.id for p in store.page_tree() if p.cms_page_id == cms_id)


def _typed_here(backend: Backend, store: Store) -> tuple[int, int, int]:  # noqa: F811
    """Pull, then type: an English and a German edit, and a new page with German and English texts.
    Returns the local ids of welcome, work and the new page."""
    assert _service(backend, store).pull().ok
    welcome = _local_id(store, backend.ids["welcome"])
    work = _local_id(store, backend.ids["work"])
    store.save_translation(welcome, "en", title="Welcome", content=MINE_EN)
    store.save_translation(work, "de", title="Arbeit", content=MINE_DE)
    new, _ = store.create_page(welcome, "first-child", "de", "Anmeldung vor Ort")
    store.save_translation(new, "en", title="Registration on site", content=NEW_EN)
    return welcome, work, new


def _gone_issues(report: SyncReport, language: str) -> list[Any]:
    return [
        issue
        for issue in report.failed
        if issue.problem is not None and issue.problem.code == "language_gone" and issue.language == language
    ]


def _assert_waiting_named(store: Store, page: int, language: str, content: str) -> None:
    """The text is still here, unsent, and its outbox entry names the language as the reason."""
    text = store.translation(page, language)
    assert text is not None
    assert (text.content, text.changed_locally) == (content, True)
    entry = next(e for e in outbox_items(store) if e.page_id == page and e.language == language)
    problem = read_stored(entry.last_error)
    assert problem is not None
    assert (problem.code, dict(problem.params)) == ("language_gone", {"language": language})
    assert language in problem.english


def _cms_texts(backend: Backend, page: str, languages: tuple[str, ...]) -> dict[str, str]:  # noqa: F811
    return {lang: backend.stored(page, lang).content for lang in languages}


@pytest.mark.parametrize("how", ["deactivated", "removed"])
def test_language_gone_sync_keeps_its_texts_waiting_and_sends_the_others(
    backend: Backend,  # noqa: F811
    store: Store,
    how: str,
) -> None:
    """English deactivated (or its tree node deleted) in the CMS while an English edit and a new page
    with an English text wait: the sync sends the German edit and the new page, keeps both English
    texts here, unsent and named as waiting for English; no other language gets them."""
    welcome, work, new = _typed_here(backend, store)
    before = _cms_texts(backend, "welcome", ("de", "en", "ar", "fa"))
    history = store.history(welcome, "en")
    if how == "deactivated":
        backend.set_language("en", active=False, visible=False)
    else:
        backend.remove_language("en")

    report = _service(backend, store).sync()

    assert {i.language for i in report.failed} == {"en"}, report.as_json()
    assert {i.page_id for i in _gone_issues(report, "en")} == {welcome, new}
    assert all("en" in issue.message for issue in report.failed)
    assert not report.conflicts
    _assert_waiting_named(store, welcome, "en", MINE_EN)
    _assert_waiting_named(store, new, "en", NEW_EN)
    assert store.history(welcome, "en") == history
    # the German edit and the new page went out; the new page's text in German only
    assert backend.stored("work", "de").content == MINE_DE
    sent = store.translation(work, "de")
    assert sent is not None
    assert not sent.changed_locally
    new_cms = store.page_tree([new])[0].cms_page_id
    assert new_cms is not None
    assert backend.stored_by_id(new_cms, "de").title == "Anmeldung vor Ort"
    # no language of the CMS got the English texts
    kept = ("de", "en", "ar", "fa") if how == "deactivated" else ("de", "ar", "fa")  # removed: deleted
    assert _cms_texts(backend, "welcome", kept) == {lang: before[lang] for lang in kept}
    assert store.outbox_count() == 2

    again = _service(backend, store).sync()  # nothing new: the same two, named again, nothing else
    assert {(i.page_id, i.language) for i in again.failed} == {(welcome, "en"), (new, "en")}
    _assert_waiting_named(store, welcome, "en", MINE_EN)


def test_language_back_sends_the_waiting_texts(backend: Backend, store: Store) -> None:  # noqa: F811
    """English active again: the next sync sends the English edit and the new page's English text."""
    welcome, _work, new = _typed_here(backend, store)
    backend.set_language("en", active=False, visible=False)
    _service(backend, store).sync()
    backend.set_language("en", active=True, visible=True)

    report = _service(backend, store).sync()

    assert report.ok, report.as_json()
    assert backend.stored("welcome", "en").content == MINE_EN
    new_cms = store.page_tree([new])[0].cms_page_id
    assert new_cms is not None
    assert backend.stored_by_id(new_cms, "en").content == NEW_EN
    assert store.outbox_count() == 0
    text = store.translation(welcome, "en")
    assert text is not None
    assert (text.content, text.changed_locally) == (MINE_EN, False)


def test_language_back_changed_in_the_cms_is_a_conflict(backend: Backend, store: Store) -> None:  # noqa: F811
    """English active again, but someone changed its text in the CMS meanwhile: a conflict; neither the
    CMS's text nor the one typed here is overwritten."""
    welcome, _work, _new = _typed_here(backend, store)
    backend.set_language("en", active=False, visible=False)
    _service(backend, store).sync()
    backend.set_language("en", active=True, visible=True)
    backend.other_editor_saves("welcome", "en", "Welcome", "<p>Theirs, saved in the CMS.</p>")

    report = _service(backend, store).sync()

    conflicts = [(c.cms_page_id, c.language) for c in report.conflicts]
    assert conflicts == [(backend.ids["welcome"], "en")], report.as_json()
    assert backend.stored("welcome", "en").content == "<p>Theirs, saved in the CMS.</p>"
    text = store.translation(welcome, "en")
    assert text is not None
    assert (text.content, text.changed_locally) == (MINE_EN, True)


def test_language_hidden_but_active_still_syncs(backend: Backend, store: Store) -> None:  # noqa: F811
    """English only made invisible (still active): it is still edited in the CMS, so the sync sends
    everything as before."""
    welcome, _work, new = _typed_here(backend, store)
    backend.set_language("en", active=True, visible=False)

    report = _service(backend, store).sync()

    assert report.ok, report.as_json()
    assert backend.stored("welcome", "en").content == MINE_EN
    assert store.outbox_count() == 0
    for page in (welcome, new):
        text = store.translation(page, "en")
        assert text is not None
        assert not text.changed_locally


def _counting(client: Any, method: str) -> list[tuple[Any, ...]]:
    """The calls of the client's ``method`` from now on (their arguments)."""
    real = getattr(client, method)
    calls: list[tuple[Any, ...]] = []

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    setattr(client, method, counted)
    return calls


def test_language_gone_repeated_pull_stays_in_budget(backend: Backend, store: Store) -> None:  # noqa: F811
    """After a language went away a pull reads the region at most once and every tree once; every later
    pull reads neither the region nor the missing language's tree: (languages - 1) + 3 at most."""
    _typed_here(backend, store)
    backend.set_language("en", active=False, visible=False)
    client = backend.client()
    try:
        regions = _counting(client, "region")
        first = _service(backend, store, client).pull()
        assert len(regions) <= 1
        assert first.requests <= 4 + 3
        for _ in range(2):
            client = backend.client()
            regions, trees = _counting(client, "region"), _counting(client, "tree")
            again = _service(backend, store, client).pull()
            assert again.ok, again.as_json()
            assert (regions, sorted(lang for _region, lang in trees)) == ([], ["ar", "de", "fa"])
            assert again.requests <= 3 + 3
            assert sum(again.pulled.values()) == 0
    finally:
        if backend.memory is not None:
            for method in ("region", "tree"):
                backend.memory.__dict__.pop(method, None)


def test_language_gone_push_alone_names_it_and_remembers(backend: Backend, store: Store) -> None:  # noqa: F811
    """A push without a pull first (the automatic push) meets the 404 of the English edit form: one
    tree read confirms the language is gone, the text waits, named; the next push asks nothing for it."""
    welcome, _work, new = _typed_here(backend, store)
    backend.set_language("en", active=False, visible=False)

    report = _service(backend, store).push()

    assert {(i.page_id, i.language) for i in _gone_issues(report, "en")} == {(welcome, "en"), (new, "en")}
    assert {i.language for i in report.failed} == {"en"}
    _assert_waiting_named(store, welcome, "en", MINE_EN)
    client = backend.client()
    calls = _counting(client, "push")
    try:
        again = _service(backend, store, client).push()
        assert {(i.page_id, i.language) for i in again.failed} == {(welcome, "en"), (new, "en")}
        assert calls == []
        assert again.requests <= 2  # the login, nothing for English
    finally:
        if backend.memory is not None:
            backend.memory.__dict__.pop("push", None)


def test_page_made_here_in_a_gone_language_waits_then_arrives(backend: Backend, store: Store) -> None:  # noqa: F811
    """A page made here with its first text in English while English is off in the CMS: not created
    (not counted as an attempt), named; created with its text once English is back."""
    assert _service(backend, store).pull().ok
    welcome = _local_id(store, backend.ids["welcome"])
    page, _ = store.create_page(welcome, "first-child", "en", "Arrival")
    store.save_translation(page, "en", title="Arrival", content="<p>First steps.</p>")
    backend.set_language("en", active=False, visible=False)

    report = _service(backend, store).sync()

    assert {(i.page_id, i.language) for i in _gone_issues(report, "en")} >= {(page, "en")}
    assert store.page_tree([page])[0].cms_page_id is None
    [create] = [op for op in store.operations() if op.kind == "create_page"]
    assert create.attempts == 0
    backend.set_language("en", active=True, visible=True)

    back = _service(backend, store).sync()

    assert back.ok, back.as_json()
    cms_id = store.page_tree([page])[0].cms_page_id
    assert cms_id is not None
    assert backend.stored_by_id(cms_id, "en").content == "<p>First steps.</p>"
    assert store.outbox_count() == 0


# --- what is not a language going away (the fake) ---------------------------------------------------


def test_tree_refused_for_another_reason_is_not_a_language_gone(
    store: Store, memory: tuple[MemoryCmsClient, SyncService, dict[str, int]]
) -> None:
    """A tree refused with 403 (rights), or every tree refused with 404, stops the pull with the CMS's
    answer; no language is taken as gone."""
    client, service, _ids = memory
    client.fail_next(ClientError(403, "Permission denied"), skip=1)  # the tree of the second language
    with pytest.raises(ClientError):
        service.pull()
    client.inactive.update({"de", "en", "ar", "fa"})
    with pytest.raises(ClientError, match="every language"):
        service.pull()
    assert region_languages.gone(store) == set()


@pytest.mark.parametrize("tree_answer", [None, ClientError(403, "Permission denied"), Timeout("cms")])
def test_push_refused_for_a_page_gone_is_not_a_language_gone(
    store: Store, memory: tuple[MemoryCmsClient, SyncService, dict[str, int]], tree_answer: Exception | None
) -> None:
    """A 404 from the edit forms of pages deleted in the CMS: the language's tree still answers (asked
    once for both texts), or cannot tell (403, a timeout); the failures keep the CMS's message and
    English is not taken as gone."""
    client, service, ids = memory
    for key in ("welcome", "work"):
        store.save_translation(_local_id(store, ids[key]), "en", title="T", content=MINE_EN)
        del client.pages[ids[key]]
    if tree_answer is not None:
        client.fail_next(tree_answer, skip=1)  # the form's 404, then the tree read that checks it
    trees = _counting(client, "tree")
    try:
        report = service.push()
    finally:
        client.__dict__.pop("tree", None)
    assert [i.problem.code for i in report.failed if i.problem is not None] == ["network", "network"]
    assert len(trees) == (1 if tree_answer is None else 2)
    assert region_languages.gone(store) == set()
