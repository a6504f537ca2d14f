"""Sending a "still up to date" confirmation (:class:`~editor.models.operations.RefreshDate`).

The CMS records it as its ``refresh/`` page action ("Mark this page as up-to-date"). Precondition, as
for a text (house style 3.6): right before the POST the server's stored text of the translation must
still be the base of the last pull (a colleague's newer translation is never confirmed unseen), and the
server's source text must be the one the translation's recorded base names (a source changed in the CMS
meanwhile is never confirmed unseen). Either moved: a conflict, nothing written on either side.
"""

from __future__ import annotations

from editor.models.operations import RefreshDate
from editor.models.store import Store
from editor.models.sync_reads import page_ids_by_cms_id
from editor.models.translation_status import UNKNOWN_BASE
from editor.models.unit_base import normal_hash
from editor.sync.client import CmsClient


class ConfirmationOvertaken(Exception):  # noqa: N818 - an outcome
    """The server moved since the confirmation: the user decides (discard it, or confirm again).
    ``code`` is the problem's code (:data:`editor.sync.issues.MESSAGES`)."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)


class NotInCms(Exception):  # noqa: N818 - an outcome
    """The page (or the translation) is not in the CMS yet: sent after its creation."""


def send_refresh(store: Store, client: CmsClient, region: str, op: RefreshDate) -> None:
    """Check the precondition and POST ``refresh/`` for ``op``; raises :class:`ConfirmationOvertaken`,
    :class:`NotInCms` or :class:`~editor.sync.errors.NetworkError` (nothing recorded here: the caller
    does)."""
    cms_id = {local: cms for cms, local in page_ids_by_cms_id(store).items()}.get(op.page_id)
    target = store.translation(op.page_id, op.language)
    if cms_id is None or target is None:
        raise NotInCms
    stored = client.stored_translation(region, op.language, cms_id)
    if target.base_hash is None or normal_hash(stored.content) != target.base_hash:
        raise ConfirmationOvertaken("confirmed_text_moved")
    parent = next((lang.parent_code for lang in store.languages() if lang.code == op.language), None)
    if parent is not None:
        recorded = store.query("SELECT source_hash FROM translation WHERE id = ?", (target.id,))
        base = recorded[0][0] if recorded else None
        source = client.stored_translation(region, parent, cms_id)
        if base in (None, UNKNOWN_BASE) or normal_hash(source.content) != base:
            raise ConfirmationOvertaken("confirmed_source_moved")
    client.refresh_date(region, op.language, cms_id)
