"""Typed settings with defaults, and the user's view state, each in an INI file in the data dir.

Settings (``settings.ini``) are choices the user makes; state (``state.ini``) is what the app remembers
(window geometry, last page, chosen languages). Only values that differ from the defaults are written.
Unknown keys are refused; values are coerced to the default's type on read. Addresses (``*_url``) are
never written with a ``user:password@`` part (:func:`editor.sync.redact.strip_userinfo`); a proxy
password from an older file is moved to the keyring by :func:`editor.sync.settings.migrate_proxy_secret`
before that. Qt-free.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_DEFAULTS: dict[str, Any] = {
    "ui_language": "system",  # "system", "de" or "en"
    "autosave_delay_ms": 1200,
    "mt_threshold": 15.0,
    "auto_push": False,
    "cms_url": "",
    "cms_user": "",
    "proxy_url": "",  # an address only; its password is in the keyring (editor.sync.settings)
    "proxy_user": "",
    "ca_file": "",
    "editor_font_size": 11,
}

STATE_DEFAULTS: dict[str, Any] = {
    "region": "",
    "geometry": "",
    "splitter": "",
    "last_page": 0,
    "source_language": "",
    "target_language": "",
    "quality_summary": "",  # the quality report's summary: "shown", "hidden", "" (by window height)
    "quality_report": "",  # the quality report at the last close: "front", "open" (behind the texts), ""
}


#: What the window remembers per region (``regions/<slug>/view.ini``): the last page and the pane
#: languages belong to one region's pages and languages, not to the data folder.
REGION_STATE_DEFAULTS: dict[str, Any] = {
    "last_page": 0,
    "source_language": "",
    "target_language": "",
}


#: A file of this name beside the executable switches on portable mode (all data beside it).
PORTABLE_MARKER = "portable.txt"


def program_dir() -> Path:
    """The folder of the program: the frozen executable's, else the checkout's (above ``editor/``)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def is_portable(folder: Path | None = None) -> bool:
    """True when ``portable.txt`` lies beside the executable (``folder``: where to look)."""
    return ((folder or program_dir()) / PORTABLE_MARKER).is_file()


def default_data_dir(folder: Path | None = None) -> Path:
    """The data directory (``--data`` overrides it): ``INTEGREAT_DESK_DATA``, else ``data/`` beside
    the program in portable mode, else the per-user folder of the platform."""
    override = os.environ.get("INTEGREAT_DESK_DATA")
    if override:
        return Path(override)
    here = folder or program_dir()
    if is_portable(here):
        return here / "data"
    if sys.platform == "win32":  # pragma: no cover - platform branch
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / "Integreat Desk"
    if sys.platform == "darwin":  # pragma: no cover - platform branch
        return Path.home() / "Library" / "Application Support" / "Integreat Desk"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "integreat-desk"


class IniValues:
    """A typed key/value file: defaults in code, non-defaults on disk."""

    def __init__(self, path: Path, defaults: dict[str, Any], *, tolerant: bool = False) -> None:
        self.path = path
        self.tolerant = tolerant
        self._defaults = defaults
        self._values: dict[str, Any] = {}
        self._load()

    def get(self, key: str) -> Any:
        """The value of ``key`` (its default when unset)."""
        if key not in self._defaults:
            raise KeyError(f"unknown setting {key!r}")
        return self._values.get(key, self._defaults[key])

    def set(self, key: str, value: Any) -> None:
        """Set ``key`` (coerced to the default's type) and save."""
        if key not in self._defaults:
            raise KeyError(f"unknown setting {key!r}")
        value = _coerce(value, self._defaults[key])
        if value == self._defaults[key]:
            self._values.pop(key, None)
        else:
            self._values[key] = value
        self.save()

    def save(self) -> None:
        """Write the non-default values atomically (addresses without credentials).

        Raises ``OSError`` when the file cannot be written, except for a ``tolerant`` file (the view
        state), which logs a warning and keeps the values for this session only: a read-only data
        folder, or another process saving at the same moment, must not stop the app.
        """
        from editor.sync.redact import strip_userinfo

        parser = configparser.ConfigParser(interpolation=None)
        parser["values"] = {
            k: strip_userinfo(v) if k.endswith("_url") and isinstance(v, str) else _dump(v)
            for k, v in sorted(self._values.items())
        }
        # the view state may be saved by several starts at once: each its own temporary file
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp" if self.tolerant else ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("w", encoding="utf-8") as handle:
                parser.write(handle)
            tmp.replace(self.path)
        except OSError as exc:
            if not self.tolerant:
                raise
            log.warning("%s: not saved (%s)", self.path, exc.strerror or exc)

    def _load(self) -> None:
        if not self.path.exists():
            return
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(self.path, encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError) as exc:
            log.warning("%s: ignored, cannot be read (%s)", self.path, exc)
            return
        for key, raw in parser["values"].items() if parser.has_section("values") else []:
            if key not in self._defaults:
                log.warning("%s: unknown key %r ignored", self.path, key)
                continue
            try:
                self._values[key] = _coerce(raw, self._defaults[key])
            except ValueError:
                log.warning("%s: bad value for %r ignored", self.path, key)


def _coerce(value: Any, default: Any) -> Any:
    kind = type(default)
    if kind is bool and isinstance(value, str):
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError(value)
    return kind(value)


def _dump(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


@dataclass
class Config:
    """Settings and state of one data directory."""

    data_dir: Path
    settings: IniValues
    state: IniValues
    #: False: the window's size and splitters are not saved (a ``--screenshot`` run, offscreen, any size).
    keep_window_geometry: bool = True

    @classmethod
    def load(cls, data_dir: Path) -> Config:
        """Load (or start) the configuration in ``data_dir``."""
        return cls(
            data_dir,
            IniValues(data_dir / "settings.ini", SETTINGS_DEFAULTS),
            IniValues(data_dir / "state.ini", STATE_DEFAULTS, tolerant=True),
        )

    def region_state(self, slug: str) -> IniValues:
        """The window state remembered for region ``slug`` (see :data:`REGION_STATE_DEFAULTS`)."""
        return IniValues(self.data_dir / "regions" / slug / "view.ini", REGION_STATE_DEFAULTS)
