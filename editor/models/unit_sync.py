"""The sync origins of the unit of work: a pull, a push's read-back, a conflict resolution, the import.

Mixed into :class:`editor.models.unit.Unit` (same transaction, same helpers). Nothing here deletes a
local text: a server-side change keeps the old local text in the local history (reason ``"pull"``), a
page dropped on the server is only marked, and a translation changed on both sides becomes a conflict
(docs/decisions/0006-sync-engine.md). Pages with a structure operation waiting (created, moved,
archived or restored here) keep their local place until it is sent (docs/decisions/0013).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from editor.models.changes import Changes
from editor.models.enums import Direction
from editor.models.errors import StoreError
from editor.models.report_rows import WHOLE_REGION
from editor.models.sibling_order import children_order, keep_local_places
from editor.models.sync_reads import RemoteText, TreeSeen, local_status
from editor.text.plain import html_to_plain

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class LanguageSpec:
    """A language of the region as the CMS lists it (source language first). ``parent``: its source
    in the CMS's language tree (None for the root, or when the tree is not known: then every language
    is taken as translated from the first one)."""

    code: str
    bcp47_tag: str
    native_name: str
    rtl: bool
    parent: str | None = None


@dataclass(frozen=True)
class PageSpec:
    """A page's place in the CMS tree (CMS Page ids; ``parent`` None for roots)."""

    cms_page_id: int
    parent: int | None
    position: int
    archived: bool = False


def _parents(languages: Sequence[LanguageSpec]) -> dict[str, str | None] | None:
    """The declared language tree (None when no language names a parent, or the parents do not form
    one tree over these languages: the flat tree under the first language is kept then)."""
    parents = {lang.code: lang.parent for lang in languages}
    if all(parent is None for parent in parents.values()):
        return None
    roots = [code for code, parent in parents.items() if parent is None]
    if len(roots) != 1 or any(p is not None and p not in parents for p in parents.values()):
        return None
    for code in parents:  # every language reaches the root
        node: str | None = code
        for _ in range(len(parents)):
            node = parents[node] if node is not None else None
        if node is not None:
            return None
    return parents


def utc_now() -> datetime:
    """Naive UTC now, as the store keeps every timestamp."""
    from editor.models.unit import utcnow

    return utcnow()


class SyncWrites:
    """Writes whose origin is the CMS (see the module docstring)."""

    s: Session
    where: str

    if TYPE_CHECKING:

        def touched(self, changes: Changes) -> Changes: ...
        def marks_noted(self, pages: Iterable[int]) -> AbstractContextManager[None]: ...
        def history(self, row: Any, reason: str) -> None: ...
        def index(self, row: Any) -> None: ...
        def translation_row(self, page_id: int, language: str) -> Any: ...
        def enqueue_text(self, row: Any, minor_edit: bool) -> None: ...
        def _ops(self, page_id: int, kind: str, translation_id: int | None = None) -> list[Any]: ...
        def _add_op(self, kind: str, page_id: int, translation_id: int | None, **fields: Any) -> None: ...
        def _drop_ops(self, page_id: int, kind: str, translation_id: int | None = None) -> None: ...
        def hash_of(self, row: Any) -> str: ...
        def cms_bases_of_new(
            self, keys: Sequence[tuple[int, str]], states: Mapping[tuple[int, str], str]
        ) -> dict[tuple[int, str], str]: ...
        def text_written(
            self, row: Any, old_hash: str | None, *, minor_edit: bool, major_save: bool
        ) -> None: ...

    # --- region and tree ---------------------------------------------------------------------------

    def ensure_region(self, slug: str, name: str, cms_url: str, languages: Sequence[LanguageSpec]) -> Changes:
        """Create the region (first pull) or update its name/URL; add languages that are new; set the
        language tree when the specs declare one (see :class:`LanguageSpec`)."""
        from editor.models.schema import Language, Region

        if not languages:
            raise StoreError(
                f"{self.where}: the region {slug} lists no languages",
                "no_languages",
                path=self.where,
                region=slug,
            )
        changed = False
        region = self.s.query(Region).first()
        if region is None:
            self.s.add(Region(slug=slug, name=name, cms_url=cms_url))
            changed = True
        elif region.slug != slug:
            raise StoreError(
                f"{self.where}: this working copy holds region {region.slug}, not {slug}",
                "other_region",
                path=self.where,
                held=region.slug,
                region=slug,
            )
        elif (region.name, region.cms_url) != (name, cms_url):
            region.name, region.cms_url = name, cms_url
        known = {lang.code: lang for lang in self.s.query(Language)}
        parents = _parents(languages)
        if parents is None:  # no tree known: every language is translated from the first one
            parents = {lang.code: None if i == 0 else languages[0].code for i, lang in enumerate(languages)}
            keep = True  # a known language keeps the parent it has
        else:
            keep = False
        new: set[str] = set()
        for position, lang in enumerate(languages):
            if lang.code not in known:
                known[lang.code] = Language(
                    code=lang.code, bcp47_tag=lang.bcp47_tag, native_name=lang.native_name,
                    direction=Direction.RTL if lang.rtl else Direction.LTR, position=position,
                )  # fmt: skip
                self.s.add(known[lang.code])
                new.add(lang.code)
        self.s.flush()  # every language exists before the parents point at them
        for code, parent in parents.items():
            if (keep and code not in new) or known[code].parent_code == parent:
                continue
            known[code].parent_code = parent
            changed = True
        self.s.flush()
        changed = changed or bool(new)
        return self.touched(Changes(tree=changed, languages=changed))

    def upsert_pages(self, pages: Sequence[PageSpec]) -> Changes:
        """Give every CMS page its local page with the server's parent, position and archived flag
        (tree order); a page with a structure operation waiting keeps its local place."""
        from editor.models.schema import Operation, Page

        touched: set[int] = set()
        every = list(self.s.query(Page))
        local = {p.cms_page_id: p for p in every if p.cms_page_id is not None}
        pending = {
            op.page_id
            for op in self.s.query(Operation)
            if op.kind in ("move_page", "archive_page", "restore_page")
        }
        keep = pending | {p.id for p in every if p.cms_page_id is None}
        before = children_order(every, {p.parent_id for p in every if p.id in keep})
        for spec in pages:
            parent = local.get(spec.parent) if spec.parent is not None else None
            parent_id = parent.id if parent is not None else None
            page = local.get(spec.cms_page_id)
            if page is None:
                page = Page(
                    parent_id=parent_id, position=spec.position, archived=spec.archived,
                    cms_page_id=spec.cms_page_id,
                )  # fmt: skip
                self.s.add(page)
                self.s.flush()
                local[spec.cms_page_id] = page
            elif page.id in pending or (page.parent_id, page.position, page.archived) == (
                parent_id, spec.position, spec.archived,
            ):  # fmt: skip
                continue
            else:
                page.parent_id, page.position, page.archived = parent_id, spec.position, spec.archived
            touched.add(page.id)
        touched |= keep_local_places(self.s, before, keep)
        return self.touched(Changes(pages=frozenset(touched), tree=bool(touched)))

    # --- texts from the server ---------------------------------------------------------------------

    def take_server_text(
        self, cms_page_id: int, language: str, remote: RemoteText, stamp: datetime | None = None
    ) -> Changes:
        """Take the server's text: a new translation, or a server-only change (old text to history).

        A text saved here after the pull decided (e.g. an autosave while texts were fetched) is never
        overwritten: both sides are kept as a conflict.
        """
        from editor.models.schema import Translation

        page_id = self._local_page(cms_page_id)
        key = frozenset({(page_id, language)})
        row = self.translation_row(page_id, language)
        if row is None:
            row = Translation(
                page_id=page_id, language_code=language, title=remote.title,
                slug=remote.seen.slug, content=remote.content, status=local_status(remote.status),
                changed_locally=False, server_updated_at=stamp,
            )  # fmt: skip
            self.s.add(row)
            self.s.flush()
        elif row.changed_locally:
            self._keep_theirs(row, remote, "edit")
            return self.touched(Changes(pages=frozenset({page_id}), translations=key, conflicts=key))
        else:
            if (row.title, row.content) != (remote.title, remote.content):
                self.history(row, "pull")
            row.title, row.content = remote.title, remote.content
            row.slug, row.status = remote.seen.slug, local_status(remote.status)
            row.changed_locally = False
            row.server_updated_at = stamp or utc_now()
            self._drop_text_ops(row)
        state = self._state(row.id)
        self._set_base(row, state, remote)
        row.content_hash = row.base_hash  # the text is the server's (its base follows the CMS's states)
        mark_seen(state, remote.seen, "pulled")
        self.index(row)
        return self.touched(Changes(pages=frozenset({page_id}), translations=key, outbox=True))

    def add_server_texts(
        self,
        items: Sequence[tuple[int, str, RemoteText, datetime | None]],
        digests: Mapping[str, TextDigest] | None = None,
        states: Mapping[tuple[int, str], str] | None = None,
    ) -> Changes:
        """Many translations new to the working copy at once (a first pull): the same rule as
        :meth:`take_server_text` (text, index, base, sync state), written with one statement per table.

        ``items`` are (CMS page id, language, the server's text, its time stamp). ``digests`` may give
        :func:`text_digest` of contents computed ahead (in a worker process while the pull wrote the
        language before, docs/decisions/0030); the others are computed here. ``states``, the CMS's
        translation states by (CMS page id, language), give each row the source base
        :meth:`take_cms_states` would record after the pull (docs/decisions/0035).
        """
        from sqlalchemy import text

        from editor.models.store import db_time

        if not items:
            return Changes()
        pages = {int(c): int(i) for c, i in self.s.execute(text("SELECT cms_page_id, id FROM page"))}
        first = int(self.s.execute(text("SELECT coalesce(max(id), 0) + 1 FROM translation")).scalar_one())
        now = db_time(utc_now())
        bases = self.cms_bases_of_new([(item[0], item[1]) for item in items], states) if states else {}
        texts, index, links, rows_seen, keys = [], [], [], [], set()
        # a region repeats texts (empty ones, boilerplate), time stamps and statuses: each done once
        known: dict[str, TextDigest] = dict(digests) if digests else {}
        times: dict[datetime | None, str | None] = {}
        statuses: dict[str, str] = {}
        for number, (cms_page_id, language, remote, stamp) in enumerate(items):
            page = pages.get(cms_page_id)
            if page is None:
                raise StoreError(
                    f"no local page for CMS page {cms_page_id}; pull the tree first",
                    "not_pulled",
                    page=cms_page_id,
                )
            tid, seen, content, title = first + number, remote.seen, remote.content, remote.title
            keys.add((page, language))
            digest = known.get(content)
            if digest is None:
                digest = known[content] = text_digest(content)
            if stamp not in times:
                times[stamp] = db_time(stamp)
            status = statuses.get(remote.status)
            if status is None:
                status = statuses[remote.status] = local_status(remote.status).value
            texts.append((
                tid, page, language, title, seen.slug, content, status, times[stamp], seen.token,
                digest[0], title, content, digest[0], bases.get((cms_page_id, language)),
            ))  # fmt: skip
            index.append((tid, title, digest[1]))
            links.append((tid, digest[2]))
            rows_seen.append((
                tid, seen.token, seen.short_link_id, seen.status, seen.title, seen.slug,
                seen.date.isoformat() if seen.date else None, remote.status, now,
            ))  # fmt: skip
        # the driver's executemany on this unit's own connection: same transaction, no per-row overhead
        raw = self.s.connection().connection.driver_connection
        assert raw is not None
        with self.marks_noted([WHOLE_REGION]):  # a new translation is a change of the whole region
            self._insert_new(raw, texts, index, links, rows_seen)
        pages_touched = frozenset(page for page, _ in keys)
        return self.touched(Changes(pages=pages_touched, translations=frozenset(keys), tree=True))

    @staticmethod
    def _insert_new(
        raw: Any, texts: list[Any], index: list[Any], links: list[Any], states: list[Any]
    ) -> None:
        """The rows of :meth:`add_server_texts`, one ``executemany`` per table."""
        raw.executemany(
            "INSERT INTO translation (id, page_id, language_code, title, slug, content, status, "
            "server_updated_at, base_token, base_hash, base_title, base_content, changed_locally, "
            "content_hash, source_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            texts,
        )
        raw.executemany("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", index)
        raw.executemany("INSERT INTO translation_link (translation_id, links) VALUES (?, ?)", links)
        raw.executemany(
            "INSERT INTO sync_state (translation_id, token, short_link_id, status, title, slug, date, "
            "base_status, dropped, seen_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'pulled')",
            states,
        )

    def record_base(self, translation_id: int, remote: RemoteText) -> Changes:
        """Both sides changed to the same text: the server's text becomes the base, nothing to push."""
        row = self._row(translation_id)
        state = self._state(row.id)
        self._set_base(row, state, remote)
        mark_seen(state, remote.seen, "same")
        same_text = (row.title, row.content) == (remote.title, remote.content)
        if same_text and row.status == local_status(remote.status):  # not typed on meanwhile
            row.changed_locally = False
            self._drop_text_ops(row)
        key = (row.page_id, row.language_code)
        return self.touched(Changes(pages=frozenset({key[0]}), translations=frozenset({key}), outbox=True))

    def record_seen(self, translation_id: int, seen: TreeSeen) -> Changes:
        """The tree row moved but the text did not (a re-save): remember the row, nothing else. A
        conflict "gone on the server" ends: the page is back with the base text (theirs is the base)."""
        from editor.models.schema import Conflict

        mark_seen(self._state(translation_id), seen, "unchanged")
        conflict = self.s.get(Conflict, translation_id)
        if conflict is None or conflict.kind != "dropped":
            return Changes()
        self.s.delete(conflict)
        self.s.flush()
        row = self._row(translation_id)
        key = (row.page_id, row.language_code)
        return self.touched(
            Changes(pages=frozenset({key[0]}), translations=frozenset({key}), conflicts=frozenset({key}))
        )

    def record_conflict(self, translation_id: int, remote: RemoteText | None, kind: str = "edit") -> Changes:
        """Keep "theirs" next to base and mine; nothing is written on either side."""
        row = self._row(translation_id)
        self._keep_theirs(row, remote, kind)
        key = (row.page_id, row.language_code)
        return self.touched(
            Changes(pages=frozenset({key[0]}), translations=frozenset({key}), conflicts=frozenset({key}))
        )

    def mark_dropped(self, translation_id: int, page_gone: bool) -> Changes:
        """The server no longer lists this translation: mark it (and the page when it is gone)."""
        from editor.models.schema import Page

        row = self._row(translation_id)
        state = self._state(translation_id)
        state.dropped, state.outcome = True, "dropped"
        page = self.s.get(Page, row.page_id)
        if page_gone and page is not None and not self._ops(page.id, "restore_page"):
            page.archived = True
        return self.touched(Changes(pages=frozenset({row.page_id}), tree=page_gone))

    def forget_bases(self, translation_ids: Sequence[int]) -> Changes:
        """The CMS holds none of these texts any more (their language's translations were deleted there,
        docs/decisions/0043): each loses its base and is marked dropped; the texts stay. A text changed
        here is then a new one the push creates; the others wait for an edit."""
        keys = set()
        for translation_id in translation_ids:
            row = self._row(translation_id)
            row.base_token = row.base_hash = row.base_title = row.base_content = None
            state = self._state(row.id)
            mark_seen(state, TreeSeen("", None, "", "", "", None), "dropped")
            state.token = state.status = state.title = state.slug = state.base_status = None
            state.dropped = True
            keys.add((row.page_id, row.language_code))
        pages = frozenset(page for page, _ in keys)
        return self.touched(Changes(pages=pages, translations=frozenset(keys), outbox=bool(keys)))

    def set_sync_meta(self, **values: str) -> None:
        """Store region-wide sync facts (e.g. ``last_pull_at``)."""
        from editor.models.schema import SyncMeta

        for key, value in values.items():
            self.s.merge(SyncMeta(key=key, value=value))

    def clear_sync_meta(self, *keys: str) -> None:
        """Forget region-wide sync facts (the demo region was never synced with a CMS)."""
        from editor.models.schema import SyncMeta

        self.s.query(SyncMeta).filter(SyncMeta.key.in_(keys)).delete()

    # --- helpers -------------------------------------------------------------------------------------

    def _row(self, translation_id: int) -> Any:
        from editor.models.schema import Translation

        row = self.s.get(Translation, translation_id)
        if row is None:
            raise StoreError(
                f"{self.where}: no translation {translation_id}", "no_page", path=self.where, page=""
            )
        return row

    def _state(self, translation_id: int) -> Any:
        from editor.models.schema import SyncState

        state = self.s.get(SyncState, translation_id)
        if state is None:
            state = SyncState(translation_id=translation_id, dropped=False)
            self.s.add(state)
        return state

    def _set_base(self, row: Any, state: Any, remote: RemoteText) -> None:
        from editor.models.store import content_hash

        row.base_token, row.base_hash = remote.seen.token, content_hash(remote.content)
        row.base_title, row.base_content = remote.title, remote.content
        state.base_status = remote.status

    def _drop_text_ops(self, row: Any) -> None:
        self._drop_ops(row.page_id, "edit_text", translation_id=row.id)
        self._drop_ops(row.page_id, "set_status", translation_id=row.id)

    def _local_page(self, cms_page_id: int) -> int:
        from sqlalchemy import select

        from editor.models.schema import Page

        found = self.s.scalars(select(Page.id).where(Page.cms_page_id == cms_page_id)).first()
        if found is None:
            raise StoreError(
                f"no local page for CMS page {cms_page_id}; pull the tree first",
                "not_pulled",
                page=cms_page_id,
            )
        return int(found)

    def _keep_theirs(self, row: Any, remote: RemoteText | None, kind: str) -> None:
        from editor.models.schema import Conflict

        conflict = self.s.get(Conflict, row.id) or Conflict(translation_id=row.id)
        conflict.kind, conflict.detected_at = kind, utc_now()
        conflict.theirs_title = remote.title if remote else ""
        conflict.theirs_content = remote.content if remote else ""
        conflict.theirs_token = remote.seen.token if remote else None
        conflict.theirs_status = (remote.status or None) if remote else None
        self.s.add(conflict)
        state = self._state(row.id)
        if remote is not None and remote.seen.token:
            mark_seen(state, remote.seen, "conflict")
        state.dropped = remote is None
        state.outcome = "conflict"


class TextDigest(NamedTuple):
    """What a new translation's rows need of its text (:func:`text_digest`)."""

    #: The normalised-content hash of its sync base (:func:`editor.models.store.content_hash`).
    hash: str
    #: The plain text of its search entry.
    plain: str
    #: Its links, packed (:func:`editor.text.links.pack_links`).
    links: str


def text_digest(content: str) -> TextDigest:
    """What a new translation's rows need of ``content`` (computed ahead in a worker process during a
    first pull, :mod:`editor.sync.digests`)."""
    from editor.models.store import content_hash
    from editor.text.links import pack_links

    return TextDigest(content_hash(content), html_to_plain(content), pack_links(content))


def mark_seen(state: Any, seen: TreeSeen, outcome: str) -> None:
    """Remember in the sync ``state`` what the tree showed of the row, and how it ended."""
    state.token, state.short_link_id, state.status = seen.token, seen.short_link_id, seen.status
    state.title, state.slug, state.date = seen.title, seen.slug, seen.date
    state.dropped, state.seen_at, state.outcome, state.message = False, utc_now(), outcome, None
