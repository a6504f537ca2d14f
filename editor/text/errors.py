"""Errors shared by the text layer (and by anything that converts or checks content).

Non-UI layers report bad input by raising these typed exceptions; views translate them into messages.
"""

from __future__ import annotations


class ContentError(ValueError):
    """Content that cannot be parsed or converted; the message says what is wrong and where.

    ``code`` names the problem (``control_character``, ``unparsable``, ``too_deep``, ``unsafe_markup``,
    ``not_markdown``) and ``params`` hold the values a message needs (``char``, ``offset``, ``line``,
    ``levels``, ``detail``), so views word it in the UI language (ADR 0018); ``str(exc)`` stays English.
    """

    def __init__(self, message: str, code: str = "other", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}
