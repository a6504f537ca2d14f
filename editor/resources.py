"""Where the bundled resources (demo region, dictionaries, translations) live. Qt-free."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: next to the package in a checkout, or beside a frozen executable."""
    override = os.environ.get("INTEGREAT_DESK_RESOURCES")
    if override:
        return Path(override)
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:  # pragma: no cover - only in the PyInstaller build
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
