"""Errors shared by the text layer (and by anything that converts or checks content).

Non-UI layers report bad input by raising these typed exceptions; views translate them into messages.
"""

from __future__ import annotations


class ContentError(ValueError):
    """Content that cannot be parsed or converted; the message says what is wrong and where."""
