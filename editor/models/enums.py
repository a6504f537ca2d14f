"""Enumerations and constants of the working copy, importable without SQLAlchemy (fast start-up)."""

from __future__ import annotations

import enum

#: ``PRAGMA application_id`` of every working copy ("IDSK"); a foreign SQLite file lacks it.
APPLICATION_ID = 0x4944534B


class Status(enum.Enum):
    """Publication status of a translation, as in the CMS."""

    DRAFT = "DRAFT"
    REVIEW = "REVIEW"
    PUBLIC = "PUBLIC"


class Direction(enum.Enum):
    """Text direction of a language."""

    LTR = "ltr"
    RTL = "rtl"
