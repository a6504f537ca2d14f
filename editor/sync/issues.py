"""Sync problems as a code with parameters, so the views word them in the UI language (ADR 0018).

A sync reports per-item problems (:class:`editor.sync.service.SyncIssue`) and keeps the last failure of a
waiting operation in the outbox (``last_error``). Both carry a :class:`Problem`: a ``code`` from
:data:`MESSAGES`, the ``params`` its message needs and, for a failure caused by a network error, that
error's type and fields. :func:`english` gives the English sentence (the command line, logs, the JSON
report); the views build the message in the UI language from the same code and parameters
(editor/views/sync/issue_text.py). ``last_error`` stores the problem as JSON (:func:`stored`,
:func:`read_stored`); text written by an older version reads back as a problem of code ``text``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from editor.text import coded

#: Every problem code and its English message (``str.format`` with the problem's parameters).
MESSAGES: dict[str, str] = {
    "text": "{text}",
    "network": "{text}",
    "apply_failed": "could not be applied: {text}",
    "remote_empty": (
        "the CMS lists no pages in {language} although {known} were there at the last pull; nothing was "
        "changed (check the account's rights or the region)"
    ),
    "language_gone": (
        "not sent: the language {language} is not active in the CMS (deactivated or removed from the "
        "region's languages); the text is kept here and sent once {language} is active again"
    ),
    "language_emptied": (
        "the CMS holds no texts in {language} any more: the language was most likely removed from the "
        "region and added again, which deletes its texts in the CMS; its texts are kept here ({known}), "
        "those changed here ({waiting}) are sent as new texts, the others once they are edited here or sent "
        "again (Sync: Send kept texts again; command line: sync --send-kept)"
    ),
    "changed_while_arriving": "changed here while the server's text arrived",
    "changed_both": "changed here and on the server",
    "gone_on_server": "changed here, gone on the server",
    "moved_gone": "moved here, but archived or deleted in the CMS meanwhile",
    "moved_both": "moved here and also moved in the CMS meanwhile",
    "move_target_gone": "the page it was moved to is not in the CMS (archived or deleted)",
    "place_gone": "the page it goes under or next to was archived or deleted in the CMS",
    "place_moved": "the page it goes next to was moved to another parent in the CMS",
    "parent_archived": "still archived in the CMS: a page above it is archived there (restore that one too)",
    "parent_not_sent": "the page it belongs under is not in the CMS yet",
    "in_conflict": "in conflict: resolve it before pushing",
    "operation_in_conflict": "conflict: check it in the list of changes waiting to be sent",
    "not_in_cms": "this page is not in the CMS yet (its creation has not been sent)",
    "changed_on_server": "changed on the server since the last pull",
    "confirmed_text_moved": "not confirmed: the translation was changed in the CMS since the last pull",
    "confirmed_source_moved": (
        "not confirmed: the source text in the CMS is not the one confirmed "
        "(it changed since, or was not sent)"
    ),
}

#: Attribute values of an exception that are kept with a failure (plain data only).
_PLAIN = (str, int, float, bool, type(None))


@dataclass(frozen=True)
class Problem:
    """What went wrong with one item: a code, its parameters and, for a network failure, the error."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    #: ``{"type": "editor.sync.errors.Unreachable", "fields": {...}, "text": English}`` or None
    error: Mapping[str, Any] | None = None

    @property
    def english(self) -> str:
        """The English sentence (the command line and logs)."""
        return english(self.code, self.params)


def english(code: str, params: Mapping[str, str]) -> str:
    """The English message of ``code`` with ``params`` (missing parameters stay as ``{name}``)."""
    return coded.english(MESSAGES, code, params)


def problem(code: str, **params: object) -> Problem:
    """A problem of ``code``; every parameter is kept as text."""
    if code not in MESSAGES:
        raise ValueError(f"unknown sync problem code {code!r}")
    return Problem(code, {key: str(value) for key, value in params.items()})


def failure(exc: BaseException, code: str = "network") -> Problem:
    """The problem for an item that failed with ``exc`` (its type and plain fields are kept)."""
    fields: dict[str, Any] = {key: value for key, value in vars(exc).items() if isinstance(value, _PLAIN)}
    for key, value in vars(exc).items():
        if isinstance(value, list | tuple):
            fields[key] = [str(item) for item in value]
        elif isinstance(value, dict):  # e.g. a StoreError's params
            fields[key] = {str(k): str(v) for k, v in value.items()}
    kind = type(exc)
    error = {"type": f"{kind.__module__}.{kind.__qualname__}", "fields": fields, "text": str(exc)}
    return Problem(code, {"text": str(exc)}, error)


def stored(item: Problem) -> str:
    """``item`` as the text kept in the outbox's ``last_error``."""
    return coded.to_json(item.code, item.params, item.error)


def read_stored(text: str | None) -> Problem | None:
    """The problem kept in ``last_error`` (None when there is none; old plain text as code ``text``)."""
    found = coded.from_json(text, MESSAGES)
    return None if found is None else Problem(*found)
