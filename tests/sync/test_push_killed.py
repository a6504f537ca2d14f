"""The closed-app path: the app dies (kill -9) in the middle of a push, after the CMS made a new page and
before the working copy recorded it. Reopened, everything typed is there, the outbox still holds the
create (counted as tried), and the next sync makes no second page, on the fake and the real CMS."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from editor.models.operations import CreatePage
from editor.models.store import content_hash, open_store
from tests.sync.contract_backends import Backend
from tests.sync.contract_backends import sync_service as _service
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401
from tests.sync.test_contract import backend  # noqa: F401 - the parametrised fixture

ROOT = Path(__file__).resolve().parents[2]


class Killed(BaseException):
    """The process ends here: nothing after it runs (no except clause of the push catches it)."""


def _prepare(backend: Backend, tmp_path: Path) -> int:  # noqa: F811
    """Pull, make a page with a text here; returns its local id (the store is closed again)."""
    store = open_store(tmp_path, "testhausen", create=True)
    try:
        assert _service(backend, store).pull().ok
        welcome = next(p.id for p in store.page_tree() if p.cms_page_id == backend.ids["welcome"])
        page, _ = store.create_page(welcome, "first-child", "de", "Notfallnummern")
        store.save_translation(page, "de", title="Notfallnummern", content="<p>Notruf 112.</p>")
        store.save_translation(page, "en", title="Emergency numbers", content="<p>Call 112.</p>")
    finally:
        store.close()
    return page


def _after_restart(backend: Backend, tmp_path: Path, page: int) -> None:  # noqa: F811
    """Reopen: the texts and an honest outbox are there; one sync makes the page once, with its texts."""
    store = open_store(tmp_path, "testhausen")
    try:
        texts = {lang: store.translation(page, lang) for lang in ("de", "en")}
        assert {lang: t.content for lang, t in texts.items() if t} == {
            "de": "<p>Notruf 112.</p>",
            "en": "<p>Call 112.</p>",
        }
        create = next(op for op in store.operations() if isinstance(op, CreatePage))
        assert (create.page_id, create.attempts) == (page, 1)
        report = _service(backend, store).sync()
        assert report.ok, report.as_json()
        assert store.operations() == []
        mine = [p for p in store.page_tree() if p.title(["de"]) == "Notfallnummern"]
        assert [p.id for p in mine] == [page]
        cms_id = mine[0].cms_page_id
        under = [backend.stored_by_id(p, "de").title for p in backend.children(backend.ids["welcome"])]
        assert under.count("Notfallnummern") == 1
        assert cms_id is not None
        assert content_hash(backend.stored_by_id(cms_id, "en").content) == content_hash("<p>Call 112.</p>")
    finally:
        store.close()


def test_push_ended_after_the_cms_made_the_page_no_second_one(backend: Backend, tmp_path: Path) -> None:  # noqa: F811
    """The push ends (as if killed) right after the CMS made the new page; reopened and synced, the page
    is there once (before: the create was not counted as tried, so the pull took the page as new and the
    push made a second one)."""
    page = _prepare(backend, tmp_path)
    store = open_store(tmp_path, "testhausen")
    client = backend.client()
    real = client.create_page

    def made_then_killed(*args: Any, **kwargs: Any) -> int:
        real(*args, **kwargs)
        raise Killed

    client.create_page = made_then_killed
    try:
        with pytest.raises(Killed):
            _service(backend, store, client).push()
    finally:
        del client.create_page
        store.close()
    _after_restart(backend, tmp_path, page)


def _killed_after(method: str) -> str:
    """A script that pushes the working copy and kills its own process (SIGKILL) right after the real
    CMS client's ``method`` returned."""
    return textwrap.dedent(
        f"""
        import os, signal, sys
        from pathlib import Path
        from editor.models.store import open_store
        from editor.sync.cms_client import HttpCmsClient
        from editor.sync.service import SyncService

        data, url, user, password = sys.argv[1:5]
        store = open_store(Path(data), "testhausen")
        client = HttpCmsClient(url)
        real = client.{method}

        def done_then_killed(*args, **kwargs):
            real(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)

        client.{method} = done_then_killed
        SyncService(store, client, "testhausen", user, lambda _u: password).push()
        """
    )


KILLED_PUSH = _killed_after("create_page")
KILLED_TEXT_PUSH = _killed_after("push")


def _peer_backend(cms_peer: CmsPeer) -> Backend:  # noqa: F811
    """The real CMS peer as a contract backend (its editor's login and seeded pages)."""
    return Backend(
        "peer", cms_peer.region, cms_peer.editor_user, cms_peer.editor_password, dict(cms_peer.page_ids),
        base_url=cms_peer.base_url,
    )  # fmt: skip


def _run_killed(script: str, backend: Backend, tmp_path: Path) -> None:  # noqa: F811
    """Run ``script`` (a :func:`_killed_after` script) in a real process on the working copy in
    ``tmp_path``; it must end by kill -9."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), backend.base_url, backend.user, backend.password],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr


@pytest.mark.cms
def test_push_killed_after_the_cms_made_the_page_no_second_one(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """kill -9 of a real process in its push, right after the real CMS made the new page: reopened and
    synced, the page is there once, with the texts typed before (the peer only: a killed process would
    take the in-memory CMS with it)."""
    cms_peer.reset()
    backend = _peer_backend(cms_peer)  # noqa: F811
    page = _prepare(backend, tmp_path)
    _run_killed(KILLED_PUSH, backend, tmp_path)
    _after_restart(backend, tmp_path, page)


def test_push_ended_after_a_text_was_stored_then_typed_on_no_conflict(
    backend: Backend,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The push ends (as if killed) right after the CMS stored a text; reopened, the user types on and
    syncs: the CMS's text is the one sent from here, so the newer text goes out without a conflict (before:
    "changed here and on the server", with our own earlier text as "theirs")."""
    work = _text_push_ended(backend, tmp_path)
    store = open_store(tmp_path, "testhausen")
    try:
        store.save_translation(work, "de", title="Arbeit", content="<p>Zweite Fassung.</p>")
        report = _service(backend, store).sync()
        assert report.ok, report.as_json()
        stored = backend.stored("work", "de")
        assert content_hash(stored.content) == content_hash("<p>Zweite Fassung.</p>")
    finally:
        store.close()


# --- a text push cut off after the CMS stored it, then a push only (the app's auto-push) -------------


def _text_push_ended(backend: Backend, tmp_path: Path) -> int:  # noqa: F811
    """Pull, type a first text of "work" here and push it; the push ends (as if killed) right after the CMS
    stored it. Returns the page's local id (the store is closed again)."""
    store = open_store(tmp_path, "testhausen", create=True)
    client = backend.client()
    try:
        assert _service(backend, store, client).pull().ok
        work = next(p.id for p in store.page_tree() if p.cms_page_id == backend.ids["work"])
        store.save_translation(work, "de", title="Arbeit", content="<p>Erste Fassung.</p>")
        real = client.push

        def stored_then_killed(*args: Any, **kwargs: Any) -> Any:
            real(*args, **kwargs)
            raise Killed

        client.push = stored_then_killed
        try:
            with pytest.raises(Killed):
                _service(backend, store, client).push()
        finally:
            del client.push
    finally:
        store.close()
    return work


def _push_only_sends_the_newer_text(backend: Backend, tmp_path: Path, work: int) -> None:  # noqa: F811
    """Reopened after the cut-off push, the user types on; the push alone (no pull) takes the CMS's text as
    the one sent from here and sends the newer text: no conflict, every text kept in the history."""
    store = open_store(tmp_path, "testhausen")
    try:
        original = backend.stored("work", "de")
        assert content_hash(original.content) == content_hash("<p>Erste Fassung.</p>")
        store.save_translation(work, "de", title="Arbeit", content="<p>Zweite Fassung.</p>")
        report = _service(backend, store).push()
        assert report.ok, report.as_json()
        assert (report.conflicts, report.pushed) == ([], 1)
        assert store.conflicts() == []
        assert store.operations() == []
        stored = backend.stored("work", "de")
        newest = ("Arbeit", content_hash("<p>Zweite Fassung.</p>"))
        assert (stored.title, content_hash(stored.content)) == newest
        text = store.translation(work, "de")
        assert text is not None
        assert (text.title, content_hash(text.content)) == newest
        kept = [content_hash(v.content) for v in store.history(work, "de")]
        assert content_hash("<p>Erste Fassung.</p>") in kept  # the text sent before stays in the history
        assert len(kept) >= 2  # and the one pulled before it
        if backend.memory is not None:  # the CMS keeps both versions
            sent = [content_hash(v.content) for v in backend.memory.pages[backend.ids["work"]].versions["de"]]
            assert sent[-2:] == [content_hash("<p>Erste Fassung.</p>"), newest[1]]
    finally:
        store.close()


def test_push_only_after_a_text_push_ended_sends_the_newer_text(backend: Backend, tmp_path: Path) -> None:  # noqa: F811
    """A text push ends (as if killed) after the CMS stored it; the user types on and the app pushes only:
    the newer text goes out without a conflict (before: "changed on the server", our own text as theirs)."""
    work = _text_push_ended(backend, tmp_path)
    _push_only_sends_the_newer_text(backend, tmp_path, work)


def test_push_only_after_a_text_push_ended_records_it_as_sent(backend: Backend, tmp_path: Path) -> None:  # noqa: F811
    """A text push ends after the CMS stored it and nothing is typed since: the push alone records the
    CMS's text as sent (no conflict, nothing sent again, the outbox empty)."""
    work = _text_push_ended(backend, tmp_path)
    store = open_store(tmp_path, "testhausen")
    try:
        report = _service(backend, store).push()
        assert report.ok, report.as_json()
        assert (report.conflicts, store.conflicts(), store.operations()) == ([], [], [])
        text = store.translation(work, "de")
        assert text is not None
        assert not text.changed_locally
        assert content_hash(backend.stored("work", "de").content) == content_hash("<p>Erste Fassung.</p>")
        if backend.memory is not None:  # stored once
            sent = [content_hash(v.content) for v in backend.memory.pages[backend.ids["work"]].versions["de"]]
            assert sent.count(content_hash("<p>Erste Fassung.</p>")) == 1
    finally:
        store.close()


@pytest.mark.parametrize(("step", "code"), [("sync", "changed_both"), ("push", "changed_on_server")])
def test_server_reverted_to_an_older_text_is_still_a_conflict(
    backend: Backend,  # noqa: F811
    tmp_path: Path,
    step: str,
    code: str,
) -> None:
    """Another editor puts back a text sent from here before the last sync while a newer one is typed
    here: that is their change, a conflict, and the CMS keeps their text — whether the app syncs or
    only pushes (only texts typed since the last sync count as ours)."""
    store = open_store(tmp_path, "testhausen", create=True)
    try:
        service = _service(backend, store)
        run = getattr(service, step)
        assert service.pull().ok
        work = next(p.id for p in store.page_tree() if p.cms_page_id == backend.ids["work"])
        store.save_translation(work, "de", title="Arbeit", content="<p>Erste Fassung.</p>")
        assert run().ok
        store.save_translation(work, "de", title="Arbeit", content="<p>Zweite Fassung.</p>")
        assert run().ok
        backend.other_editor_saves("work", "de", "Arbeit", "<p>Erste Fassung.</p>")
        store.save_translation(work, "de", title="Arbeit", content="<p>Dritte Fassung.</p>")
        report = run()
        assert [issue.problem.code for issue in report.conflicts if issue.problem] == [code]
        assert [c.theirs_content for c in store.conflicts()] == [backend.stored("work", "de").content]
        assert content_hash(backend.stored("work", "de").content) == content_hash("<p>Erste Fassung.</p>")
    finally:
        store.close()


@pytest.mark.cms
def test_push_only_after_a_text_push_killed_sends_the_newer_text(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """kill -9 of a real process in its text push, right after the real CMS stored the text; reopened, the
    user types on and the app pushes only: the newer text goes out without a conflict."""
    cms_peer.reset()
    backend = _peer_backend(cms_peer)  # noqa: F811
    store = open_store(tmp_path, "testhausen", create=True)
    try:
        assert _service(backend, store).pull().ok
        work = next(p.id for p in store.page_tree() if p.cms_page_id == backend.ids["work"])
        store.save_translation(work, "de", title="Arbeit", content="<p>Erste Fassung.</p>")
    finally:
        store.close()
    _run_killed(KILLED_TEXT_PUSH, backend, tmp_path)
    _push_only_sends_the_newer_text(backend, tmp_path, work)
