"""The push origins of the unit of work: a push's read-back, a queued operation's outcome, a conflict
resolution.

Mixed into :class:`editor.models.unit.Unit` through :class:`PushWrites`, on top of the pull's writes
(:mod:`editor.models.unit_sync`), whose helpers it shares: same transaction, same rules
(docs/decisions/0006-sync-engine.md, 0013).
"""

from __future__ import annotations

import json

from editor.models.changes import Changes
from editor.models.errors import StoreError
from editor.models.sync_reads import RemoteText
from editor.models.unit_sync import SyncWrites, mark_seen, utc_now


class PushWrites(SyncWrites):
    """Writes after a push: what the CMS stored, what arrived or failed, a resolved conflict."""

    def record_pushed(self, translation_id: int, stored: RemoteText, pushed: tuple[str, str, str]) -> Changes:
        """The server stored ``stored`` for a push of (title, content, status): it becomes the base.

        When nothing was typed since the push started, the local text becomes the server's normalised
        text and the text's operations go; otherwise the newer local text stays queued.
        """
        from editor.models.schema import Conflict

        row = self._row(translation_id)
        state = self._state(row.id)
        self._set_base(row, state, stored)
        mark_seen(state, stored.seen, "pushed")
        if (row.title, row.content, row.status.value) == pushed:
            old_hash = self.hash_of(row)
            row.title, row.content = stored.title, stored.content
            self.text_written(row, old_hash, minor_edit=True, major_save=False)  # the same text, stored
            row.slug = stored.seen.slug or row.slug
            row.changed_locally = False
            self._drop_text_ops(row)
            self.index(row)
        row.server_updated_at = utc_now()
        conflict = self.s.get(Conflict, row.id)
        if conflict is not None:
            self.s.delete(conflict)
        key = (row.page_id, row.language_code)
        return self.touched(Changes(pages=frozenset({key[0]}), translations=frozenset({key}), outbox=True))

    def record_created(self, operation_id: int, cms_page_id: int, moved_from: int | None = None) -> Changes:
        """A queued create reached the CMS (or was found there after a lost reply): remember its id.

        ``moved_from``: the page was found under another CMS parent (0: the root) than the create names
        now (it was moved here after the lost reply); a MovePage to the create's place is queued."""
        from editor.models.schema import Operation, Page

        op = self.s.get(Operation, operation_id)
        if op is None:
            raise StoreError(
                f"{self.where}: no waiting operation {operation_id}", "no_operation", path=self.where
            )
        page = self.s.get(Page, op.page_id)
        if page is None:
            raise StoreError(
                f"{self.where}: no page {op.page_id}", "no_page", path=self.where, page=op.page_id
            )
        page.cms_page_id = cms_page_id
        self.s.delete(op)
        self.s.flush()
        place = json.loads(op.payload)
        if moved_from is not None and place.get("ref") is not None:
            self._add_op(
                "move_page",
                page.id,
                None,
                ref=place["ref"],
                position=place["position"],
                from_parent=moved_from,
            )
        from editor.models.schema import Translation

        for row in self.s.query(Translation).filter(  # the first text (the others have their own)
            Translation.page_id == page.id,
            Translation.changed_locally,
            Translation.language_code == place.get("language"),
        ):
            if not self._ops(page.id, "edit_text", translation_id=row.id):
                self.enqueue_text(row, False)  # sent with the create; goes once the read-back is recorded
        return self.touched(Changes(pages=frozenset({page.id}), tree=True, outbox=True))

    def record_sending(self, operation_id: int) -> Changes:
        """A queued create is about to be sent: count the attempt before, so that after a crash
        (kill -9, power cut) between the CMS making the page and :meth:`record_created`, the next push
        and pull look for the page before making it again (editor/sync/lost_creates.py)."""
        from editor.models.schema import Operation

        op = self.s.get(Operation, operation_id)
        if op is not None:
            op.attempts += 1
        return self.touched(Changes(outbox=True))

    def record_failure(
        self, operation_id: int, message: str, *, conflict: bool = False, counted: bool = False
    ) -> Changes:
        """A push failed (or found a conflict): keep the message on the operation and count the attempt
        (``counted``: :meth:`record_sending` counted it already)."""
        from editor.models.schema import Operation, SyncState

        op = self.s.get(Operation, operation_id)
        if op is not None:
            op.attempts, op.last_error, op.conflict = op.attempts + (0 if counted else 1), message, conflict
            if op.translation_id is not None and self.s.get(SyncState, op.translation_id) is not None:
                state = self._state(op.translation_id)
                state.outcome, state.message = ("conflict" if conflict else "failed"), message
        return self.touched(Changes(outbox=True, tree=conflict))

    def operation_done(self, operation_id: int) -> Changes:
        """A queued move, archive or restore arrived (or was already so on the server)."""
        from editor.models.schema import Operation

        op = self.s.get(Operation, operation_id)
        if op is not None:
            self.s.delete(op)
        return self.touched(Changes(outbox=True))

    def resolve_conflict(self, page_id: int, language: str, title: str, content: str) -> Changes:
        """The merged text becomes "mine", theirs the new base; it stays queued with its status
        unchanged, so resolving never publishes anything by itself."""
        from editor.models.schema import Conflict

        row = self.translation_row(page_id, language)
        conflict = self.s.get(Conflict, row.id) if row is not None else None
        if row is None or conflict is None:
            raise StoreError(
                f"{self.where}: page {page_id} ({language}) is not in conflict",
                "not_in_conflict",
                path=self.where,
                page=page_id,
                language=language,
            )
        if (row.title, row.content) != (title, content):
            self.history(row, "resolve")
        row.title, row.content = title, content
        row.changed_locally, row.local_updated_at = True, utc_now()
        self.text_written(row, None, minor_edit=False, major_save=True)
        state = self._state(row.id)
        if conflict.kind == "edit" and not (conflict.theirs_title or conflict.theirs_content):
            # the CMS held no text there (a translation has a title): mine is a new text (0043)
            row.base_token = row.base_hash = row.base_title = row.base_content = None
            state.base_status = None
        elif conflict.kind == "edit":
            from editor.models.store import content_hash

            row.base_token, row.base_hash = conflict.theirs_token, content_hash(conflict.theirs_content)
            row.base_title, row.base_content = conflict.theirs_title, conflict.theirs_content
            state.base_status = conflict.theirs_status
        state.outcome = "resolved"
        self.s.delete(conflict)
        self.index(row)
        self.enqueue_text(row, False)
        return self.touched(
            Changes(pages=frozenset({page_id}), translations=frozenset({(page_id, language)}), outbox=True)
        )
