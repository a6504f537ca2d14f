"""Integreat Desk: a desktop editorial workstation for Integreat CMS content."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Integreat Desk"
APP_ID = "integreat-desk"
