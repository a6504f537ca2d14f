"""The start screen: choose a working copy, connect to a CMS and pull a region, or open the demo."""

from __future__ import annotations
