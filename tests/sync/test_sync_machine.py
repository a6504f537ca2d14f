"""Hypothesis state machine: local edits, server edits, pulls, pushes and network failures.

Invariant: no edit is ever lost or silently overwritten. Every text a user saved locally is, at
every step, either the current local text, in the outbox, in a conflict (as "mine"), on the
server, or in the local history with a newer local save after it.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from editor.models.store import Store, content_hash, open_store
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.network import ClientError, NetworkError, ServerError, Timeout
from editor.sync.service import SyncService
from tests.models.factories import assert_links_kept

LANGS = ("de", "en")
WORDS = st.sampled_from(["alpha", "beta", "gamma", '<a href="https://delta.example/">delta</a>'])
TEXTS = st.builds(
    lambda a, b, two: f"<p>{a}</p><p>{b}</p>" if two else f"<p>{a} {b}</p>", WORDS, WORDS, st.booleans()
)
FAILURES = st.sampled_from([ServerError(503, "busy"), Timeout("cms"), ClientError(400, "invalid")])


class WatchedCms(MemoryCmsClient):
    """The fake CMS, noting every push that replaced a text the working copy never saw."""

    store: Store | None = None

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.overwrites_unseen: list[str] = []
        self._pushing = False

    def push(self, *args: Any, **kwargs: Any) -> Any:
        self._pushing = True
        try:
            return super().push(*args, **kwargs)
        finally:
            self._pushing = False

    def _save(self, page_id: int, lang: str, title: str, content: str, status: str, minor: bool) -> None:
        versions = self.pages[page_id].versions.get(lang)
        if self._pushing and versions and self.store is not None:
            previous = content_hash(versions[-1].content)
            local_page = next(p.id for p in self.store.page_tree() if p.cms_page_id == page_id)
            local = self.store.translation(local_page, lang)
            known = {content_hash(v.content) for v in self.store.history(local_page, lang)}
            if local is not None:
                known |= {content_hash(local.content), content_hash(local.base_content or "")}
            if previous not in known:
                self.overwrites_unseen.append(versions[-1].content)
        super()._save(page_id, lang, title, content, status, minor)


class SyncMachine(RuleBasedStateMachine):
    """Two sides of one small region, driven at random."""

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.client = WatchedCms(languages=(("de", False), ("en", False)), users={"u": "pw"})
        self.cms_ids = [
            self.client.add_page(dict.fromkeys(LANGS, (f"P{n}", f"<p>start {n}</p>"))) for n in range(2)
        ]
        self.store = open_store(self.dir, "testhausen", create=True)
        self.client.store = self.store
        self.service = SyncService(
            self.store, self.client, "testhausen", "u", lambda _u: "pw", sleep=lambda _s: None
        )
        self.service.pull()
        self.saved: list[tuple[int, str, str]] = []  # (local page, language, content) in save order

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _local_page(self, index: int) -> int:
        cms = self.cms_ids[index]
        return next(p.id for p in self.store.page_tree() if p.cms_page_id == cms)

    @rule(index=st.integers(0, 1), lang=st.sampled_from(LANGS), text=TEXTS)
    def local_edit(self, index: int, lang: str, text: str) -> None:
        """The user saves a text."""
        page = self._local_page(index)
        current = self.store.translation(page, lang)
        assert current is not None
        self.store.save_translation(page, lang, title=current.title, content=text)
        self.saved.append((page, lang, text))

    @rule(index=st.integers(0, 1), lang=st.sampled_from(LANGS), text=TEXTS)
    def server_edit(self, index: int, lang: str, text: str) -> None:
        """Another editor saves through the web form."""
        self.client.edit(self.cms_ids[index], lang, f"P{index}", text)

    @rule(error=FAILURES, skip=st.integers(0, 4), after_write=st.booleans())
    def network_failure(self, error: NetworkError, skip: int, after_write: bool) -> None:
        """One of the next requests fails (maybe after the server did the work)."""
        self.client.fail_next(error, skip=skip, after_write=after_write)

    @rule()
    def pull(self) -> None:
        """Pull (it may fail as a whole when the trees cannot be read)."""
        with contextlib.suppress(NetworkError):
            self.service.pull()

    @rule()
    def push(self) -> None:
        """Push the outbox."""
        with contextlib.suppress(NetworkError):
            self.service.push()

    @precondition(lambda self: bool(self.store.conflicts()))
    @rule(take_theirs=st.booleans())
    def resolve(self, take_theirs: bool) -> None:
        """The user resolves the first conflict (theirs, or mine + theirs)."""
        conflict = self.store.conflicts()[0]
        content = conflict.theirs_content if take_theirs else conflict.mine_content + conflict.theirs_content
        self.store.resolve_conflict(conflict.page_id, conflict.language, conflict.mine_title, content)
        self.saved.append((conflict.page_id, conflict.language, content))

    @invariant()
    def no_edit_lost(self) -> None:
        """Every saved text is current, queued, in a conflict, on the server, or superseded."""
        for position, (page, lang, text) in enumerate(self.saved):
            wanted = content_hash(text)
            newer = any(p == page and lg == lang for p, lg, _ in self.saved[position + 1 :])
            local = self.store.translation(page, lang)
            assert local is not None
            if content_hash(local.content) == wanted or newer:
                continue
            mine = [c for c in self.store.conflicts() if (c.page_id, c.language) == (page, lang)]
            if any(content_hash(c.mine_content) == wanted for c in mine):
                continue
            cms = next(p.cms_page_id for p in self.store.page_tree() if p.id == page)
            versions = self.client.pages[cms].versions[lang]
            assert any(content_hash(v.content) == wanted for v in versions), (
                f"the edit {text!r} of page {page} ({lang}) was lost"
            )

    @invariant()
    def links_kept_with_texts(self) -> None:
        """Every text's kept links are its current text's, whatever wrote it."""
        assert_links_kept(self.store)

    @invariant()
    def server_never_silently_overwritten(self) -> None:
        """Every push replaced a server text that the working copy knew (base, history or mine)."""
        assert self.client.overwrites_unseen == []


TestSyncMachine = SyncMachine.TestCase
TestSyncMachine.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
