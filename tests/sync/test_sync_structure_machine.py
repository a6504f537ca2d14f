"""Hypothesis state machine for the page structure: pages created, moved and archived on either side,
texts edited on either side, statuses set, waiting operations discarded, pulls and pushes, network
faults (also after the server did the work).

Invariants: no page is ever created twice in the CMS; a page created here is never lost (it is here,
and once it has a CMS id that page exists there with its title); a push never moves a page that the
CMS moved or archived since the working copy last saw it (no silent overwrite); no text edit is lost.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from editor.models.enums import Status
from editor.models.errors import StoreError
from editor.models.operations import MovePage
from editor.models.store import Store, content_hash, open_store
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.network import ClientError, NetworkError, ServerError, Timeout
from editor.sync.service import SyncService
from tests.models.factories import assert_links_kept

POSITIONS = st.sampled_from(["first-child", "left", "right"])
FAILURES = st.sampled_from([ServerError(503, "busy"), Timeout("cms"), ClientError(400, "invalid")])
PAGE = st.integers(0, 5)


class StructureCms(MemoryCmsClient):
    """The fake CMS, noting every move our push made that overwrote a move or archive it did not see."""

    store: Store | None = None

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.unseen_overwrites: list[str] = []
        self.lose_create_replies = 0

    def create_page(self, *args: Any, **kwargs: Any) -> int:
        page = super().create_page(*args, **kwargs)
        if self.lose_create_replies:  # the page is made, the answer never arrives
            self.lose_create_replies -= 1
            raise Timeout("cms (reply lost)")
        return page

    def move_page(self, region: str, lang: str, page_id: int, target_id: int, position: str) -> None:
        if self._archived(self.pages[page_id]):
            self.unseen_overwrites.append(f"moved page {page_id}, archived in the CMS")
        assert self.store is not None
        local = next((p.id for p in self.store.page_tree() if p.cms_page_id == page_id), None)
        ops = [op for op in self.store.operations() if isinstance(op, MovePage) and op.page_id == local]
        parent = self.pages[page_id].parent or 0
        goal = target_id if position == "first-child" else (self.pages[target_id].parent or 0)
        if ops and parent not in (ops[0].from_parent, goal):  # goal: our own move's lost reply
            self.unseen_overwrites.append(f"moved page {page_id}, moved in the CMS meanwhile")
        super().move_page(region, lang, page_id, target_id, position)


class StructureMachine(RuleBasedStateMachine):
    """Both sides of a small region's page tree, driven at random."""

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="structure-machine-"))
        self.client = StructureCms(languages=(("de", False), ("en", False)), users={"u": "pw"})
        root = self.client.add_page({"de": ("Start", "<p>start</p>"), "en": ("Home", "<p>home</p>")})
        self.client.add_page({"de": ("Wohnen", "<p>wohnen</p>")}, parent=root)
        self.client.add_page({"de": ("Arbeit", "<p>arbeit</p>")})
        self.store = open_store(self.dir, "testhausen", create=True)
        self.client.store = self.store
        self.service = SyncService(
            self.store, self.client, "testhausen", "u", lambda _u: "pw", sleep=lambda _s: None
        )
        self.service.pull()
        self.created: list[str] = []
        self.saved: list[tuple[int, str]] = []  # (local page, German text) in save order

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _local(self, index: int) -> int | None:
        pages = sorted(p.id for p in self.store.page_tree())
        return pages[index % len(pages)] if pages else None

    def _server(self, index: int) -> int:
        ids = sorted(self.client.pages)
        return ids[index % len(ids)]

    @rule(ref=PAGE, position=POSITIONS, root=st.booleans())
    def local_create(self, ref: int, position: str, root: bool) -> None:
        """The user creates a page (it gets a text right away)."""
        title = f"Neu {len(self.created)}"
        page, _ = self.store.create_page(None if root else self._local(ref), position, "de", title)
        self.store.save_translation(page, "de", title=title, content=f"<p>{title}</p>")
        self.created.append(title)
        self.saved.append((page, f"<p>{title}</p>"))

    @rule(page=PAGE, dest=PAGE, position=POSITIONS)
    def local_move(self, page: int, dest: int, position: str) -> None:
        """The user moves a page (a move below itself is refused)."""
        source, ref = self._local(page), self._local(dest)
        if source is not None and ref is not None:
            with contextlib.suppress(StoreError):
                self.store.move_page(source, ref, position)

    @rule(page=PAGE, archive=st.booleans())
    def local_archive(self, page: int, archive: bool) -> None:
        """The user archives or restores a page."""
        local = self._local(page)
        if local is not None:
            (self.store.archive_page if archive else self.store.restore_page)(local)

    @rule(page=PAGE, text=st.sampled_from(["<p>eins</p>", '<p><a href="https://zwei.example/">zwei</a></p>']))
    def local_edit(self, page: int, text: str) -> None:
        """The user edits a German text."""
        local = self._local(page)
        current = self.store.translation(local, "de") if local is not None else None
        if local is not None and current is not None:
            self.store.save_translation(local, "de", title=current.title, content=text)
            self.saved.append((local, text))

    @rule(page=PAGE, dest=PAGE, position=POSITIONS)
    def server_move(self, page: int, dest: int, position: str) -> None:
        """Another editor moves a page in the CMS."""
        with contextlib.suppress(ClientError):
            self.client.move(self._server(page), self._server(dest), position)

    @rule(page=PAGE)
    def server_archive(self, page: int) -> None:
        """Another editor archives a page in the CMS."""
        self.client.archive(self._server(page))

    @rule(error=FAILURES, skip=st.integers(0, 6), after_write=st.booleans())
    def network_failure(self, error: NetworkError, skip: int, after_write: bool) -> None:
        """One of the next requests fails (maybe after the server did the work)."""
        self.client.fail_next(error, skip=skip, after_write=after_write)

    @rule(count=st.integers(1, 3))
    def lose_create_replies(self, count: int) -> None:
        """The next creates reach the CMS but their answers are lost."""
        self.client.lose_create_replies = count

    @rule()
    def pull(self) -> None:
        """Pull (it may fail as a whole). A page not sent yet stays after the sibling it followed."""
        before = self._sibling_orders()
        with contextlib.suppress(NetworkError):
            self.service.pull()
        after = self._sibling_orders()
        unsent = {p.id for p in self.store.page_tree() if p.cms_page_id is None}
        for parent, children in before.items():
            now = after.get(parent, [])
            for index, page in enumerate(children):
                if page in unsent and page in now and index > 0 and children[index - 1] in now:
                    assert now.index(page) > now.index(children[index - 1]), f"page {page} jumped"

    def _sibling_orders(self) -> dict[int | None, list[int]]:
        orders: dict[int | None, list[tuple[int, int]]] = {}
        for row in self.store.page_tree():
            orders.setdefault(row.parent_id, []).append((row.position, row.id))
        return {parent: [page for _p, page in sorted(rows)] for parent, rows in orders.items()}

    @rule()
    def push(self) -> None:
        """Send the outbox."""
        with contextlib.suppress(NetworkError):
            self.service.push()

    @rule(page=PAGE, text=st.sampled_from(["<p>drei</p>", '<p><a href="/testhausen/de/vier/">vier</a></p>']))
    def server_edit(self, page: int, text: str) -> None:
        """Another editor edits a German text in the CMS."""
        cms = self._server(page)
        versions = self.client.pages[cms].versions.get("de")
        if versions and not self.client._archived(self.client.pages[cms]):
            self.client.edit(cms, "de", versions[-1].title, text)

    @rule(index=st.integers(0, 5))
    def discard(self, index: int) -> None:
        """The user discards a waiting move, archive, restore, status or text edit (not a new page)."""
        ops = [op for op in self.store.operations() if op.kind != "create_page"]
        if ops:
            self.store.discard_operation(ops[index % len(ops)].id)

    @rule(page=PAGE, status=st.sampled_from(list(Status)))
    def local_status(self, page: int, status: Status) -> None:
        """The user sets a German text's status."""
        local = self._local(page)
        if local is not None and self.store.translation(local, "de") is not None:
            self.store.set_status(local, "de", status)

    @invariant()
    def links_kept_with_texts(self) -> None:
        """Every text's kept links are its current text's, whatever wrote it."""
        assert_links_kept(self.store)

    @invariant()
    def no_duplicate_page(self) -> None:
        """No title created here exists twice in the CMS."""
        titles = [
            versions[0].title for page in self.client.pages.values() if (versions := page.versions.get("de"))
        ]
        for title in self.created:
            assert titles.count(title) <= 1, f"{title!r} was created {titles.count(title)} times"

    @invariant()
    def created_pages_kept(self) -> None:
        """Every page created here is still here; with a CMS id, the CMS has it under that title."""
        rows = {row.title(["de"]): row for row in self.store.page_tree()}
        for title in self.created:
            assert title in rows, f"the new page {title!r} was lost"
            cms = rows[title].cms_page_id
            if cms is not None:
                assert self.client.pages[cms].versions["de"][0].title == title

    @invariant()
    def never_silently_overwritten(self) -> None:
        """No push moved a page the CMS had moved or archived since the last pull."""
        assert self.client.unseen_overwrites == []

    @invariant()
    def no_edit_lost(self) -> None:
        """Every saved German text is current here, in a conflict, in the CMS, or superseded."""
        for position, (page, text) in enumerate(self.saved):
            if any(p == page for p, _ in self.saved[position + 1 :]):
                continue
            local = self.store.translation(page, "de")
            assert local is not None
            if content_hash(local.content) == content_hash(text):
                continue
            if any(content_hash(c.mine_content) == content_hash(text) for c in self.store.conflicts()):
                continue
            cms = next(p.cms_page_id for p in self.store.page_tree() if p.id == page)
            versions = self.client.pages[cms].versions["de"] if cms is not None else []
            assert any(content_hash(v.content) == content_hash(text) for v in versions), f"{text!r} lost"


TestStructureMachine = StructureMachine.TestCase
TestStructureMachine.settings = settings(
    max_examples=20, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
