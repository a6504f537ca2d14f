"""Sync problems in the UI language: a sync report's items and the outbox's last failures (ADR 0018).

The sync layer reports each problem as a code with parameters (:mod:`editor.sync.issues`), and a failure
caused by an error as that error's type and fields. This module words the codes and rebuilds the error
so :func:`editor.views.error_text.describe` words it; only text kept by an older version (code ``text``)
is shown as it was stored.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from editor.sync.issues import Problem, read_stored
from editor.sync.service import SyncIssue
from editor.views.error_text import describe

__all__ = ["error_text", "issue_text", "problem_text", "stored_text"]

translate = QCoreApplication.translate

#: Modules whose exceptions a stored failure may name (nothing else is imported from stored data).
_ERROR_MODULES = frozenset({
    "editor.sync.errors", "editor.sync.cms_client", "editor.sync.cms_types", "editor.sync.credentials",
    "editor.models.errors", "editor.text.errors", "editor.sync.engine",
})  # fmt: skip


def issue_text(issue: SyncIssue) -> str:
    """The message of one item of a sync report."""
    if issue.problem is None:
        return issue.message
    return problem_text(issue.problem)


def stored_text(last_error: str | None) -> str:
    """The message of an outbox operation's last failure ("" when there is none)."""
    found = read_stored(last_error)
    return problem_text(found) if found is not None else ""


def problem_text(problem: Problem) -> str:
    """The message for ``problem`` in the UI language."""
    if problem.code in ("network", "apply_failed"):
        error = _rebuild(problem.error)
        text = describe(error) if error is not None else problem.params.get("text", "")
        if problem.code == "apply_failed":
            return translate("SyncIssues", "Could not be applied here: {0}").format(text)
        return text
    if problem.code == "remote_empty":
        return translate(
            "SyncIssues",
            "The CMS lists no pages in {0} although {1} were there at the last pull; nothing was changed. "
            "Check the account's rights or the region.",
        ).format(problem.params.get("language", ""), problem.params.get("known", ""))
    if problem.code == "language_gone":
        return translate(
            "SyncIssues",
            "Not sent: the language {0} is not active in the CMS (deactivated or removed from the region's "
            "languages). The text is kept here and sent once {0} is active again.",
        ).format(problem.params.get("language", ""))
    if problem.code == "language_emptied":
        return translate(
            "SyncIssues",
            "The CMS holds no texts in {0} any more: the language was most likely removed from the region "
            "and added again, which deletes its texts in the CMS. Its texts are kept here ({1}); those "
            "changed here ({2}) are sent as new texts, the others once they are edited here or sent again "
            "(Sync: Send kept texts again).",
        ).format(*(problem.params.get(key, "") for key in ("language", "known", "waiting")))
    template = _templates().get(problem.code)
    return template if template is not None else problem.params.get("text", problem.english)


def error_text(error: Mapping[str, Any] | None, fallback: str) -> str:
    """The message of a kept network failure (``{"type", "fields", "text"}``), else ``fallback``."""
    rebuilt = _rebuild(error)
    return describe(rebuilt) if rebuilt is not None else fallback


def _templates() -> dict[str, str]:
    return {
        "changed_while_arriving": translate("SyncIssues", "Changed here while the server's text arrived."),
        "changed_both": translate("SyncIssues", "Changed here and on the server."),
        "gone_on_server": translate("SyncIssues", "Changed here, but archived or deleted on the server."),
        "moved_gone": translate("SyncIssues", "Moved here, but archived or deleted in the CMS meanwhile."),
        "moved_both": translate("SyncIssues", "Moved here and also moved in the CMS meanwhile."),
        "move_target_gone": translate(
            "SyncIssues", "The page it was moved to is not in the CMS (archived or deleted)."
        ),
        "place_gone": translate(
            "SyncIssues", "The page it goes under or next to was archived or deleted in the CMS."
        ),
        "parent_not_sent": translate("SyncIssues", "The page it belongs under is not in the CMS yet."),
        "place_moved": translate(
            "SyncIssues", "The page it goes next to was moved to another parent in the CMS."
        ),
        "parent_archived": translate(
            "SyncIssues",
            "Still archived in the CMS: a page above it is archived there (restore that one too).",
        ),
        "in_conflict": translate("SyncIssues", "In conflict: resolve it before sending."),
        "operation_in_conflict": translate(
            "SyncIssues", "In conflict: check it in the list of changes waiting to be sent."
        ),
        "not_in_cms": translate(
            "SyncIssues", "This page is not in the CMS yet (its creation has not been sent)."
        ),
        "changed_on_server": translate("SyncIssues", "Changed on the server since the last pull."),
        "confirmed_text_moved": translate(
            "SyncIssues", "Not confirmed: the translation was changed in the CMS since the last pull."
        ),
        "confirmed_source_moved": translate(
            "SyncIssues",
            "Not confirmed: the source text in the CMS is not the one confirmed (it changed since, or was "
            "not sent).",
        ),
    }


def _rebuild(error: Mapping[str, Any] | None) -> BaseException | None:
    """The exception a failure names, with its fields, or None (unknown type, or not one of ours)."""
    if not error:
        return None
    module_name, _, name = str(error.get("type", "")).rpartition(".")
    if module_name not in _ERROR_MODULES:
        return None
    try:
        module = sys.modules.get(module_name) or importlib.import_module(module_name)
    except ImportError:
        return None
    kind = getattr(module, name, None)
    if not (isinstance(kind, type) and issubclass(kind, BaseException)):
        return None
    exc = kind.__new__(kind)
    BaseException.__init__(exc, str(error.get("text", "")))
    fields = error.get("fields")
    if isinstance(fields, Mapping):
        exc.__dict__.update(fields)
    return exc
