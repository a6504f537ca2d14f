"""The editor panes and their parts."""

from __future__ import annotations
