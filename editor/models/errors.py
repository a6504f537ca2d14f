"""Typed errors of the working-copy layer; views turn them into messages."""

from __future__ import annotations


class StoreError(Exception):
    """A working copy cannot be opened or changed; the message names the file and the problem."""


class ImportDataError(ValueError):
    """Import data (CMS API JSON) is malformed; the message names the file or item and the field."""
