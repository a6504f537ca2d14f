"""The working copy's unit of work: the ONE write path (docs/decisions/0013-unit-of-work.md).

A :class:`Unit` is one SQLAlchemy transaction on a working copy (``with store.unit() as u: ...``) and
owns the rule "text + local history + search index + outbox + sync base change together", whatever
the origin: a local edit, a restore, a page created / moved / archived here (this module), a pull, a
push's read-back, a conflict resolution, the first import (:mod:`editor.models.unit_sync`). Every
method adds what it touched to :attr:`Unit.changes`. Nothing outside ``editor.models`` writes the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from editor.models.changes import Changes
from editor.models.enums import Status
from editor.models.errors import StoreError
from editor.models.operations import payload
from editor.models.report_rows import NOTED_IN_BULK
from editor.models.unit_base import SourceBases
from editor.models.unit_push import PushWrites
from editor.text.plain import html_to_plain

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

POSITIONS = ("first-child", "left", "right")


def utcnow() -> datetime:
    """Naive UTC now: the store keeps every timestamp in naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


class Unit(PushWrites, SourceBases):
    """One transaction of writes on a working copy (see the module docstring)."""

    def __init__(self, session: Session, where: str) -> None:
        self.s, self.where = session, where
        self.changes = Changes()

    def touched(self, changes: Changes) -> Changes:
        """Add ``changes`` to this unit's change set (and return them)."""
        self.changes = self.changes | changes
        return changes

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: an exception inside rolls back only what it wrote."""
        before = self.changes
        nested = self.s.begin_nested()
        try:
            yield
        except BaseException:
            nested.rollback()
            self.changes = before
            raise
        nested.commit()

    @contextmanager
    def marks_noted(self, pages: Iterable[int]) -> Iterator[None]:
        """A bulk write whose marks for the kept report this unit notes at once (ADR 0035): ``pages``
        (:data:`~editor.models.report_rows.WHOLE_REGION` for the whole region) are noted now, and the
        triggers of ADR 0032 note nothing until the block ends. ``pages`` must cover every mark the
        triggers would note for what the block writes. Inside this unit's transaction only: the row that
        quiets the triggers is deleted before the block ends, so no other connection ever sees it."""
        from sqlalchemy import text

        self.s.flush()  # what is pending is marked by the triggers, as always
        note = text("INSERT OR REPLACE INTO report_change (page_id) VALUES (:p)")
        self.s.execute(note, [{"p": page} for page in sorted(set(pages))] + [{"p": NOTED_IN_BULK}])
        try:
            yield
            self.s.flush()
        finally:
            self.s.execute(text("DELETE FROM report_change WHERE page_id = :p"), {"p": NOTED_IN_BULK})

    # --- texts -----------------------------------------------------------------------------------

    def save_text(
        self,
        page_id: int,
        language: str,
        *,
        title: str,
        content: str,
        status: Status | None = None,
        minor_edit: bool = False,
        reason: str = "edit",
    ) -> Changes:
        """A local edit: the replaced text to history, the new text, the index, an EditText queued."""
        from editor.models.schema import Language, Page, Translation

        now = utcnow()
        row = self.translation_row(page_id, language)
        if row is None:
            if self.s.get(Language, language) is None:  # not a language of the region in the CMS
                raise StoreError(
                    f"{self.where}: no language {language!r}",
                    "no_language",
                    path=self.where,
                    language=language,
                )
            if self.s.get(Page, page_id) is None:
                raise StoreError(
                    f"{self.where}: no page {page_id} in language {language!r}",
                    "no_translation",
                    path=self.where,
                    page=page_id,
                    language=language,
                )
            row = Translation(
                page_id=page_id, language_code=language, title=title, slug="", content=content,
                status=status or Status.DRAFT, changed_locally=True, local_updated_at=now,
            )  # fmt: skip
            self.s.add(row)
            self.s.flush()
            old_hash = None
        else:
            new_status = status or row.status
            if (row.title, row.content, row.status) == (title, content, new_status):
                return Changes()
            old_hash = self.hash_of(row) if minor_edit else row.content_hash
            self.history(row, reason)
            row.title, row.content, row.status = title, content, new_status
            row.changed_locally, row.local_updated_at = True, now
        self.text_written(row, old_hash, minor_edit=minor_edit, major_save=not minor_edit)
        self.index(row)
        if not self._pending_create_of(row):
            self.enqueue_text(row, minor_edit)
        return self.touched(_text_changes(page_id, language))

    def set_status(self, page_id: int, language: str, status: Status) -> Changes:
        """Set a translation's status here (draft / review / published); a SetStatus is queued."""
        row = self.translation_row(page_id, language)
        if row is None:
            raise StoreError(
                f"{self.where}: page {page_id} has no {language!r} text",
                "no_translation",
                path=self.where,
                page=page_id,
                language=language,
            )
        if row.status == status:
            return Changes()
        self.history(row, "status")
        row.status, row.changed_locally, row.local_updated_at = status, True, utcnow()
        self._drop_ops(row.page_id, "set_status", translation_id=row.id)
        if not self._pending_create_of(row):
            self._add_op("set_status", row.page_id, row.id, status=status.value)
        return self.touched(_text_changes(page_id, language))

    def restore_version(self, version_id: int) -> Changes:
        """An earlier version's title and text become current (the status stays: never publishes)."""
        from editor.models.schema import Translation, TranslationVersion

        version = self.s.get(TranslationVersion, version_id)
        row = self.s.get(Translation, version.translation_id) if version is not None else None
        if version is None or row is None:
            raise StoreError(f"{self.where}: no version {version_id}", "no_version", path=self.where)
        return self.save_text(
            row.page_id, row.language_code, title=version.title, content=version.content, reason="restore"
        )

    # --- page structure ----------------------------------------------------------------------------

    def create_page(
        self, ref_page_id: int | None, position: str, language: str, title: str, slug: str = ""
    ) -> int:
        """A new page at ``position`` of ``ref_page_id`` with a draft in ``language``; returns its id."""
        from editor.models.schema import Language, Page, Translation

        if not title.strip():
            raise StoreError(f"{self.where}: a new page needs a title", "title_needed", path=self.where)
        if self.s.get(Language, language) is None:
            raise StoreError(
                f"{self.where}: no language {language!r}", "no_language", path=self.where, language=language
            )
        parent_id, index = self._place(ref_page_id, position)
        page = Page(parent_id=parent_id, position=0, archived=False, cms_page_id=None)
        self.s.add(page)
        self.s.flush()
        self._insert_at(page, parent_id, index)
        row = Translation(
            page_id=page.id, language_code=language, title=title, slug=slug, content="",
            status=Status.DRAFT, changed_locally=True, local_updated_at=utcnow(),
        )  # fmt: skip
        self.s.add(row)
        self.s.flush()
        self.index(row)
        self._add_op(
            "create_page", page.id, None, parent=parent_id, ref=ref_page_id, position=position,
            title=title, slug=slug, language=language,
        )  # fmt: skip
        self.touched(Changes(pages=frozenset({page.id}), tree=True, outbox=True))
        return int(page.id)

    def move_page(self, page_id: int, ref_page_id: int, position: str) -> Changes:
        """Move a page here; a MovePage is queued (or the pending create is re-placed)."""
        from editor.models.schema import Page

        page = self._page(page_id)
        if ref_page_id == page_id or page_id in self._ancestors(ref_page_id, include_self=True):
            raise StoreError(
                f"{self.where}: a page cannot be moved below itself", "below_itself", path=self.where
            )
        old_parent = self.s.get(Page, page.parent_id) if page.parent_id is not None else None
        from_parent = (old_parent.cms_page_id or 0) if old_parent is not None else 0
        self._remove_from(page)
        parent_id, index = self._place(ref_page_id, position, moving=page_id)
        page.parent_id = parent_id
        self._insert_at(page, parent_id, index)
        create = self._ops(page_id, "create_page")
        if create:
            data = json.loads(create[0].payload)
            data.update(parent=parent_id, ref=ref_page_id, position=position)
            create[0].payload = payload(**data)
            create[0].conflict, create[0].last_error = False, None  # a new place: checked again
        else:
            pending = self._ops(page_id, "move_page")
            if pending:  # keep where the server has it: that is the precondition
                from_parent = json.loads(pending[0].payload).get("from_parent", from_parent)
            self._drop_ops(page_id, "move_page")
            self._add_op(
                "move_page", page_id, None, ref=ref_page_id, position=position, from_parent=from_parent
            )
        return self.touched(Changes(pages=frozenset({page_id}), tree=True, outbox=True))

    def archive_page(self, page_id: int) -> Changes:
        """Archive a page here (its subtree with it); an ArchivePage is queued."""
        return self._set_archived(page_id, True)

    def restore_page(self, page_id: int) -> Changes:
        """Restore an archived page here; a RestorePage is queued."""
        return self._set_archived(page_id, False)

    def _set_archived(self, page_id: int, archived: bool) -> Changes:
        page = self._page(page_id)
        if page.archived == archived:
            return Changes()
        page.archived = archived
        undo, kind = ("restore_page", "archive_page") if archived else ("archive_page", "restore_page")
        if self._ops(page_id, undo):
            self._drop_ops(page_id, undo)  # archive + restore here cancel out
        else:
            self._add_op(kind, page_id, None)
        return self.touched(Changes(pages=frozenset({page_id}), tree=True, outbox=True))

    def discard(self, operation_id: int) -> Changes:
        """Drop one waiting operation. A text stays as it is here (only its sending is dropped); a page
        created here and never sent is removed; a move, archive or restore is undone by the next pull."""
        from editor.models.schema import Operation, Page

        op = self.s.get(Operation, operation_id)
        if op is None:
            raise StoreError(
                f"{self.where}: no waiting operation {operation_id}", "no_operation", path=self.where
            )
        page_id = op.page_id
        if op.kind == "create_page":
            for child in self.s.query(Page).filter(Page.parent_id == page_id):
                if child.cms_page_id is None:
                    raise StoreError(
                        f"{self.where}: discard the pages created under it first",
                        "children_first",
                        path=self.where,
                    )
                # a CMS page moved under it: removing the new page would delete it with its texts
                raise StoreError(
                    f"{self.where}: move the pages under it away first",
                    "pages_under_it",
                    path=self.where,
                )
            self.s.delete(self.s.get(Page, page_id))
        else:
            self.s.delete(op)
        self.s.flush()
        return self.touched(Changes(pages=frozenset({page_id}), tree=op.kind != "edit_text", outbox=True))

    def send_kept_again(self, languages: Iterable[str]) -> Changes:
        """Queue the texts kept here in ``languages`` that the CMS no longer holds (their language was
        removed from the region and added again, docs/decisions/0043): each is sent as a new text, which
        the push creates only where the CMS still holds none."""
        from sqlalchemy import text

        from editor.models.sync_reads import KEPT_UNSENT_SQL

        keys = set()
        query = text(f"SELECT t.id {KEPT_UNSENT_SQL} AND t.language_code = :language")
        for language in languages:
            for (translation_id,) in self.s.execute(query, {"language": language}).all():
                row = self._row(translation_id)
                row.changed_locally = True
                self.enqueue_text(row, False)
                keys.add((row.page_id, row.language_code))
        pages = frozenset(page for page, _ in keys)
        return self.touched(Changes(pages=pages, translations=frozenset(keys), outbox=bool(keys)))

    # --- shared helpers (used by unit_sync too) --------------------------------------------------------

    def translation_row(self, page_id: int, language: str) -> Any:
        from sqlalchemy import select

        from editor.models.schema import Translation

        query = select(Translation).where(
            Translation.page_id == page_id, Translation.language_code == language
        )
        return self.s.scalars(query).first()

    def history(self, row: Any, reason: str) -> None:
        from editor.models.schema import TranslationVersion

        self.s.add(
            TranslationVersion(
                translation_id=row.id, title=row.title, content=row.content, status=row.status,
                saved_at=utcnow(), reason=reason,
            )
        )  # fmt: skip

    def index(self, row: Any) -> None:
        """What the working copy keeps derived from a text, written with it: its search entry and its
        links (``translation_link``, ADR 0038)."""
        from sqlalchemy import text

        from editor.text.links import pack_links

        self.s.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": row.id})
        self.s.execute(
            text("INSERT INTO search_index(rowid, title, body) VALUES (:id, :title, :body)"),
            {"id": row.id, "title": row.title, "body": html_to_plain(row.content)},
        )
        self.s.execute(
            text("INSERT OR REPLACE INTO translation_link (translation_id, links) VALUES (:id, :links)"),
            {"id": row.id, "links": pack_links(row.content)},
        )

    def enqueue_text(self, row: Any, minor_edit: bool) -> None:
        """Queue (or refresh) the translation's EditText; minor only while every save was minor."""
        found = self._ops(row.page_id, "edit_text", translation_id=row.id)
        if not found:
            self._add_op("edit_text", row.page_id, row.id, minor_edit=minor_edit)
            return
        data = json.loads(found[0].payload)
        found[0].payload = payload(minor_edit=bool(data.get("minor_edit")) and minor_edit)
        found[0].last_error, found[0].conflict = None, False

    def _add_op(self, kind: str, page_id: int, translation_id: int | None, **fields: Any) -> None:
        from editor.models.schema import Operation

        self.s.add(
            Operation(
                kind=kind, page_id=page_id, translation_id=translation_id, payload=payload(**fields),
                queued_at=utcnow(), attempts=0, conflict=False,
            )
        )  # fmt: skip
        self.s.flush()

    def _ops(self, page_id: int, kind: str, translation_id: int | None = None) -> list[Any]:
        from editor.models.schema import Operation

        query = self.s.query(Operation).filter(Operation.page_id == page_id, Operation.kind == kind)
        if translation_id is not None:
            query = query.filter(Operation.translation_id == translation_id)
        return list(query.order_by(Operation.id))

    def _drop_ops(self, page_id: int, kind: str, translation_id: int | None = None) -> None:
        for op in self._ops(page_id, kind, translation_id):
            self.s.delete(op)
        self.s.flush()

    def _pending_create_of(self, row: Any) -> bool:
        """True when ``row`` is the first text of a page whose creation is still queued (it goes with it)."""
        create = self._ops(row.page_id, "create_page")
        return bool(create) and json.loads(create[0].payload).get("language") == row.language_code

    def _page(self, page_id: int) -> Any:
        from editor.models.schema import Page

        page = self.s.get(Page, page_id)
        if page is None:
            raise StoreError(f"{self.where}: no page {page_id}", "no_page", path=self.where, page=page_id)
        return page

    def _ancestors(self, page_id: int, include_self: bool = False) -> list[int]:
        out, seen = [], set()
        node = self._page(page_id)
        if include_self:
            out.append(node.id)
        while node.parent_id is not None and node.parent_id not in seen:
            seen.add(node.parent_id)
            out.append(node.parent_id)
            node = self._page(node.parent_id)
        return out

    def _siblings(self, parent_id: int | None) -> list[Any]:
        from editor.models.schema import Page

        query = self.s.query(Page).filter(
            Page.parent_id.is_(None) if parent_id is None else Page.parent_id == parent_id
        )
        return sorted(query, key=lambda p: (p.position, p.id))

    def _place(
        self, ref_page_id: int | None, position: str, moving: int | None = None
    ) -> tuple[int | None, int]:
        """(parent id, index among its children) for ``position`` of ``ref_page_id``."""
        if position not in POSITIONS:
            raise StoreError(f"{self.where}: unknown position {position!r}", "no_position", path=self.where)
        if ref_page_id is None:
            return None, len(self._siblings(None))
        ref = self._page(ref_page_id)
        if position == "first-child":
            return ref.id, 0
        siblings = [p.id for p in self._siblings(ref.parent_id) if p.id != moving]
        index = siblings.index(ref.id) + (1 if position == "right" else 0)
        return ref.parent_id, index

    def _remove_from(self, page: Any) -> None:
        rest = [p for p in self._siblings(page.parent_id) if p.id != page.id]
        for number, sibling in enumerate(rest):
            sibling.position = number

    def _insert_at(self, page: Any, parent_id: int | None, index: int) -> None:
        rest = [p for p in self._siblings(parent_id) if p.id != page.id]
        rest.insert(index, page)
        for number, sibling in enumerate(rest):
            sibling.position = number
        self.s.flush()


def _text_changes(page_id: int, language: str) -> Changes:
    return Changes(pages=frozenset({page_id}), translations=frozenset({(page_id, language)}), outbox=True)
