"""The sync UI: CMS settings, login, "Sync now" with progress, the online probe and conflicts."""

from __future__ import annotations
