"""A message kept as a code with its values (ADR 0018): its English sentence and its stored JSON form.

Sync problems (``editor.sync.issues.Problem``) and link details (``editor.text.links.LinkDetail``) are both
a code, text parameters and, for a network failure, the error; the views word them in the UI language,
the command line prints the English sentence, and the working copy keeps them as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

#: ``(code, params, error)`` as read back from the stored text
Coded = tuple[str, dict[str, str], dict[str, Any] | None]


def english(messages: Mapping[str, str], code: str, params: Mapping[str, str]) -> str:
    """``messages[code]`` filled with ``params`` (an unknown code: the ``text`` parameter; a missing
    parameter stays as ``{name}``)."""
    return messages.get(code, "{text}").format_map(_Missing(params))


def to_json(code: str, params: Mapping[str, str], error: Mapping[str, Any] | None) -> str:
    """The stored form: ``{"code", "params"[, "error"]}`` as JSON text."""
    body: dict[str, Any] = {"code": code, "params": dict(params)}
    if error is not None:
        body["error"] = dict(error)
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def from_json(text: str | None, messages: Mapping[str, str]) -> Coded | None:
    """What :func:`to_json` wrote (None for nothing; older plain text, or an unknown code, as code
    ``text`` holding the whole text)."""
    if not text:
        return None
    try:
        body = json.loads(text)
    except ValueError:
        body = None
    if not isinstance(body, dict) or body.get("code") not in messages:
        return "text", {"text": text}, None
    params = body.get("params")
    error = body.get("error")
    return (
        str(body["code"]),
        {str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {},
        error if isinstance(error, dict) else None,
    )


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
