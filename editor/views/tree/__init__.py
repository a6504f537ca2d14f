"""The page tree."""

from __future__ import annotations
