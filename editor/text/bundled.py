"""Dictionaries an installer ships, compressed, and unpacks into the user's data on first use (Qt-free).

The Integreat languages' hunspell and aspell dictionaries take about 75 MB, six times the rest of a
language's share of the bundle; xz brings them to about 13 MB. An installed bundle therefore holds
``resources/dictionaries/bundled/``::

    MANIFEST.txt                  tag <TAB> provider <TAB> file,file,…   (one line per dictionary)
    hunspell/de_DE.dic.xz …
    aspell/fa-common.rws.xz …

and :class:`BundledDictionaries` unpacks the files of one dictionary when a pane first needs it,
into ``<data>/dictionaries/<provider>/`` (again after an upgrade ships a newer file). Enchant finds
hunspell pairs there because ``ENCHANT_CONFIG_DIR`` is ``<data>/dictionaries`` (the folder of
user-added dictionaries, read at every request); aspell reads its folders from ``ASPELL_CONF``. A
system dictionary of the same tag wins, so a source checkout (which has no ``bundled/`` folder)
behaves exactly as before. (``XDG_DATA_DIRS`` was tried first: GLib reads it once per process, so a
folder added later is never searched.)
"""

from __future__ import annotations

import lzma
import os
import shutil
import threading
from pathlib import Path

MANIFEST = "MANIFEST.txt"
#: The installer's compressed dictionaries (only in an installed bundle).
BUNDLED_DIR = Path(__file__).resolve().parents[2] / "resources" / "dictionaries" / "bundled"


class BundledDictionaries:
    """The compressed dictionaries in ``bundle``, unpacked on demand into ``target``."""

    def __init__(self, bundle: Path, target: Path) -> None:
        self._bundle = bundle
        self._target = target
        self._lock = threading.Lock()
        self._entries = self._read_manifest()

    @property
    def target(self) -> Path:
        """Where unpacked dictionaries go (``<data>/dictionaries``, one folder per provider)."""
        return self._target

    def tags(self) -> dict[str, str]:
        """Every bundled dictionary tag with its enchant provider (``hunspell``, ``aspell``)."""
        return {tag: provider for tag, (provider, _files) in self._entries.items()}

    def point_enchant_here(self) -> None:
        """Point aspell at the unpack folder (hunspell finds it through ``ENCHANT_CONFIG_DIR``)."""
        if "aspell" in self.tags().values() and "ASPELL_CONF" not in os.environ:
            aspell = self._target / "aspell"
            os.environ["ASPELL_CONF"] = f"dict-dir {aspell}; data-dir {aspell}"

    def unpacked(self, tag: str) -> bool:
        """True when ``tag``'s files have been unpacked (current or not)."""
        entry = self._entries.get(tag)
        return entry is not None and all((self._target / entry[0] / name).is_file() for name in entry[1])

    def ensure(self, tag: str) -> bool:
        """Unpack ``tag``'s files unless they are there and current; True when something was written.

        An unpacked file carries its packed file's time stamp, so another stamp (an upgrade, or a
        downgrade) means it is unpacked again."""
        entry = self._entries.get(tag)
        if entry is None:
            return False
        provider, files = entry
        wrote = False
        with self._lock:
            folder = self._target / provider
            folder.mkdir(parents=True, exist_ok=True)
            for name in files:
                packed = self._bundle / provider / f"{name}.xz"
                unpacked = folder / name
                stamp = packed.stat().st_mtime
                if unpacked.is_file() and unpacked.stat().st_mtime == stamp:
                    continue  # unpacked from this very file (its time stamp is copied below)
                partial = unpacked.with_name(unpacked.name + ".part")
                with lzma.open(packed) as source, partial.open("wb") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
                os.utime(partial, (stamp, stamp))
                partial.replace(unpacked)
                wrote = True
        return wrote

    def added(self) -> list[str]:
        """The hunspell files in the target that the bundle does not hold (dictionaries a user added),
        by name."""
        bundled = {
            name for provider, files in self._entries.values() if provider == "hunspell" for name in files
        }
        try:
            found = [p.name for p in (self._target / "hunspell").iterdir() if p.suffix in (".dic", ".aff")]
        except OSError:
            return []
        return sorted(name for name in found if name not in bundled)

    def _read_manifest(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        try:
            text = (self._bundle / MANIFEST).read_text(encoding="utf-8")
        except OSError:
            return {}
        entries: dict[str, tuple[str, tuple[str, ...]]] = {}
        for line in text.splitlines():
            fields = line.split("\t")
            if len(fields) == 3 and not line.startswith("#"):
                entries[fields[0]] = (fields[1], tuple(f for f in fields[2].split(",") if f))
        return entries
