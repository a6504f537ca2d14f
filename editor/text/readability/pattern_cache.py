"""A disk cache for pyphen's parsed hyphenation patterns.

Parsing the German patterns takes about a second of pure Python on every start; loading the parsed
dictionary from a pickle takes about 40 ms. The cache lives in the user's cache folder, is keyed by the
pattern file's path, size and modification time and pyphen's version, and is rebuilt whenever any of
them changes or the file cannot be read.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from pathlib import Path

import pyphen

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """``$INTEGREAT_DESK_CACHE`` or the platform's per-user cache folder."""
    override = os.environ.get("INTEGREAT_DESK_CACHE")
    if override:
        return Path(override)
    if sys.platform == "win32":  # pragma: no cover - platform branch
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "Integreat Desk" / "cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "integreat-desk"


def preload(lang: str) -> None:
    """Put the parsed patterns of ``lang`` into pyphen's in-memory cache, from disk when possible."""
    path = Path(pyphen.LANGUAGES[pyphen.language_fallback(lang)])
    if path in pyphen.hdcache:
        return
    stat = path.stat()
    pyphen_version = getattr(pyphen, "__version__", "")
    key = f"{path}|{stat.st_size}|{stat.st_mtime_ns}|{pyphen_version}|{sys.version_info[:2]}"
    target = cache_dir() / f"hyphen-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"
    try:
        with target.open("rb") as handle:
            pyphen.hdcache[path] = pickle.load(handle)  # our own file, written below
        return
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    parsed = pyphen.HyphDict(path)
    pyphen.hdcache[path] = parsed
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".tmp")
        with partial.open("wb") as handle:
            pickle.dump(parsed, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(target)
    except OSError as exc:
        log.info("hyphenation cache not written (%s)", exc)
