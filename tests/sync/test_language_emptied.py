"""A language removed from the region and added again in the CMS: it comes back with no texts.

Run against the in-memory fake and the real CMS peer (the contract backends). What the CMS does (checked
on the peer, integreat-cms 2026.7.1): deleting a language's tree node deletes every page translation of
that language in the region (``LanguageTreeNode.delete``); a node added again is active and visible, its
page tree is empty and the source language's tree names it ``MISSING`` on every page. The rule here
(docs/decisions/0043): that pull is not stopped; the kept texts lose their base, those changed here are
created again by the push (only where the CMS still holds no text), the others stay here unsent, and the
sync names the cause once. An empty tree the source tree does not explain still stops (``remote_empty``).
"""

from __future__ import annotations

from typing import Any

import pytest

from editor.models.store import Store
from editor.models.sync_reads import kept_unsent, local_rows
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.report import SyncReport
from editor.sync.service import SyncService
from tests.sync.contract_backends import Backend
from tests.sync.contract_backends import sync_service as _service
from tests.sync.peer_fixture import cms_peer  # noqa: F401
from tests.sync.test_contract import backend  # noqa: F401 - the parametrised fixture
from tests.sync.test_language_gone import MINE_EN, NEW_EN, _local_id, _typed_here


def _emptied(report: SyncReport) -> list[Any]:
    return [i for i in report.failed if i.problem is not None and i.problem.code == "language_emptied"]


def _cms_en_pages(backend: Backend) -> set[int]:  # noqa: F811
    """The CMS page ids that have an English text now (the CMS's own English tree)."""
    client = backend.client()
    client.login(backend.user, backend.password)
    return {row.page_id for row in client.tree(backend.region, "en")}


def _bases(store: Store, language: str) -> dict[int, str | None]:
    return {row.page_id: row.base_hash for row in local_rows(store) if row.language == language}


@pytest.mark.parametrize("seen_gone", [True, False], ids=["seen-gone", "between-syncs"])
def test_language_removed_and_added_again_recreates_the_waiting_texts(
    backend: Backend,  # noqa: F811
    store: Store,
    seen_gone: bool,
) -> None:
    """English removed and added again in the CMS (seen as gone by a sync in between, or not) while an
    English edit and a new page with an English text wait: the sync names the cause once, creates both
    English texts in the CMS, keeps every other English text here unsent (no conflict, nothing lost);
    a text edited afterwards is created too, and later syncs are quiet."""
    welcome, work, new = _typed_here(backend, store)
    known = sum(1 for base in _bases(store, "en").values() if base)
    before = store.translation(work, "en")
    assert before is not None
    backend.remove_language("en")
    if seen_gone:
        _service(backend, store).sync()
    backend.add_language("en", parent="de")

    report = _service(backend, store).sync()

    [issue] = _emptied(report)
    assert report.failed == [issue], report.as_json()
    assert not report.conflicts
    assert issue.language == "en"
    assert dict(issue.problem.params) == {"language": "en", "known": str(known), "waiting": "1"}
    assert "removed from the region and added again" in issue.message
    new_cms = store.page_tree([new])[0].cms_page_id
    assert new_cms is not None
    assert backend.stored("welcome", "en").content == MINE_EN
    assert backend.stored_by_id(new_cms, "en").content == NEW_EN
    assert _cms_en_pages(backend) == {backend.ids["welcome"], new_cms}
    assert store.outbox_count() == 0
    kept = store.translation(work, "en")
    assert kept is not None
    assert (kept.content, kept.changed_locally, kept.base_hash) == (before.content, False, None)
    assert all(store.translation(p, "en") is not None for p in (welcome, new))

    store.save_translation(work, "en", title="Work", content="<p>Work, sent again.</p>")
    again = _service(backend, store).sync()

    assert again.ok, again.as_json()
    assert backend.stored("work", "en").content == "<p>Work, sent again.</p>"
    quiet = _service(backend, store).sync()
    assert quiet.ok, quiet.as_json()
    assert (quiet.pushed, sum(quiet.pulled.values())) == (0, 0)


def test_language_emptied_text_made_in_the_cms_meanwhile_is_a_conflict(
    backend: Backend,  # noqa: F811
    store: Store,
) -> None:
    """The pull found English emptied; before the push someone writes the English welcome text in the
    CMS: the push does not overwrite it, the text typed here stays, a conflict."""
    welcome, _work, _new = _typed_here(backend, store)
    backend.remove_language("en")
    backend.add_language("en", parent="de")
    assert _emptied(_service(backend, store).pull())
    backend.other_editor_saves("welcome", "en", "Welcome", "<p>Theirs, written anew in the CMS.</p>")

    report = _service(backend, store).push()

    assert [(c.cms_page_id, c.language) for c in report.conflicts] == [(backend.ids["welcome"], "en")]
    assert backend.stored("welcome", "en").content == "<p>Theirs, written anew in the CMS.</p>"
    text = store.translation(welcome, "en")
    assert text is not None
    assert (text.content, text.changed_locally) == (MINE_EN, True)


def test_kept_texts_sent_again_are_created_in_the_cms(backend: Backend, store: Store) -> None:  # noqa: F811
    """After the sync that found English emptied, the user sends the kept English texts again: every one
    is created in the CMS as kept here, nothing is left waiting, and none is kept unsent any more."""
    _typed_here(backend, store)
    texts = {row.page_id: row.content for row in local_rows(store) if row.language == "en"}
    backend.remove_language("en")
    backend.add_language("en", parent="de")
    assert _emptied(_service(backend, store).sync())
    kept = kept_unsent(store)
    assert kept == {"en": len(texts) - 2}  # the welcome edit and the new page's text went out

    changes = store.send_kept_again(["en"])

    assert changes.outbox
    assert store.outbox_count() == len(texts) - 2
    report = _service(backend, store).sync()
    assert report.ok, report.as_json()
    assert report.pushed == len(texts) - 2
    cms_ids = {page.id: page.cms_page_id for page in store.page_tree(list(texts))}
    assert _cms_en_pages(backend) == set(cms_ids.values())
    for page, content in texts.items():
        assert backend.stored_by_id(cms_ids[page], "en").content == content  # type: ignore[arg-type]
    assert (kept_unsent(store), store.outbox_count()) == ({}, 0)


# --- the fake only ------------------------------------------------------------------------------------


def test_language_emptied_with_every_text_in_conflict_keeps_the_conflicts(
    store: Store, memory: tuple[MemoryCmsClient, SyncService, dict[str, int]]
) -> None:
    """Both English texts in conflict when English is removed and added again: the conflicts stay as
    they are (base, mine and theirs), nothing is sent, and each pull names the cause while they last.
    Keeping "mine" makes a text that the next sync creates (a push alone first meets the empty form)."""
    client, service, ids = memory
    for key in ("welcome", "work"):
        store.save_translation(_local_id(store, ids[key]), "en", title="Mine", content="<p>Mine.</p>")
        client.edit(ids[key], "en", "Theirs", "<p>Theirs.</p>")
    assert len(service.pull().conflicts) == 2
    conflicts, bases = store.conflicts(), _bases(store, "en")
    client.remove_language("en")
    client.add_language("en", parent="de")

    for _ in range(2):
        report = service.sync()
        [issue] = _emptied(report)
        assert dict(issue.problem.params) == {"language": "en", "known": "2", "waiting": "0"}
        assert (store.conflicts(), _bases(store, "en")) == (conflicts, bases)
        assert all(client.latest(ids[key], "en") is None for key in ("welcome", "work"))
    welcome, work = _local_id(store, ids["welcome"]), _local_id(store, ids["work"])
    store.resolve_conflict(welcome, "en", "Mine", "<p>Mine.</p>")  # keep mine
    service.sync()  # the pull finds no CMS text for it: created
    created = client.latest(ids["welcome"], "en")
    assert created is not None
    assert created.content == "<p>Mine.</p>"
    store.resolve_conflict(work, "en", "Mine", "<p>Mine.</p>")
    service.push()  # a push without a pull meets the empty form: the conflict again, theirs empty
    [theirs] = store.conflicts()
    assert (theirs.page_id, theirs.theirs_title, theirs.theirs_content) == (work, "", "")
    store.resolve_conflict(work, "en", "Mine", "<p>Mine.</p>")
    assert service.sync().ok
    assert client.latest(ids["work"], "en") is not None


@pytest.mark.parametrize("missing", [(), ("welcome",)], ids=["none-missing", "one-of-two-missing"])
def test_empty_tree_the_source_tree_does_not_explain_changes_nothing(
    store: Store, memory: tuple[MemoryCmsClient, SyncService, dict[str, int]], missing: tuple[str, ...]
) -> None:
    """The English tree comes back empty (a rights problem, a CMS fault) while the German tree still
    names English texts (all of them, or one of the two): the pull stops for English as before
    (``remote_empty``), no base is forgotten, and a waiting English text is not sent as a new one."""
    client, service, ids = memory
    welcome = _local_id(store, ids["welcome"])
    store.save_translation(welcome, "en", title="Welcome", content=MINE_EN)
    for key in missing:
        client.pages[ids[key]].versions.pop("en")
    bases = _bases(store, "en")
    real_tree = client.tree
    client.tree = lambda region, lang: [] if lang == "en" else real_tree(region, lang)  # type: ignore[method-assign]
    try:
        report = service.pull()
    finally:
        del client.tree
    assert [i.problem.code for i in report.failed if i.problem is not None] == ["remote_empty"]
    assert _bases(store, "en") == bases
    assert all(bases.values())
