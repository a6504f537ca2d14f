"""Sending again the texts kept here that the CMS no longer holds: their language was removed from the
region and added again there, which deleted its texts (docs/decisions/0043). The user decides: the
deletion may have been meant, so the app does not send them by itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from editor.models.changes import Changes
from editor.models.store import Store
from editor.models.sync_reads import kept_unsent
from editor.views import prompts

translate = QCoreApplication.translate


def ask_and_queue(parent: QWidget | None, store: Store) -> Changes | None:
    """Ask whether to send the kept texts as new texts and queue them; None when there are none or the
    user said no."""
    counts = kept_unsent(store)
    if not counts:
        return None
    listed = ", ".join(f"{language}: {count}" for language, count in sorted(counts.items()))
    question = translate(
        "KeptTexts",
        "The CMS no longer holds these texts kept here ({0}): their language was removed from the region "
        "and added again. Send them to the CMS as new texts? Each is created only where the CMS still "
        "holds no text; a text written there meanwhile is not overwritten (it becomes a conflict).",
    ).format(listed)
    if not prompts.ask(parent, translate("KeptTexts", "Send kept texts again"), question):
        return None
    return store.send_kept_again(list(counts))
