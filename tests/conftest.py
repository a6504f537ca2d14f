"""Shared test set-up: offscreen Qt, user data redirected to tmp_path, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INTEGREAT_DESK_NO_SYSTEM_LOCALE", "1")
