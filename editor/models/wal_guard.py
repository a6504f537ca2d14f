"""Noticing that a working copy's write-ahead log was removed or replaced while the file is open.

SQLite in WAL mode writes every transaction into ``<file>-wal`` first. When another program (a clean-up
tool, the sync client of a shared folder) deletes or replaces that file while our connections are open,
SQLite does not notice: the next save "succeeds" into the unlinked file, later connections fail with
"disk I/O error", and the edits never reach the database file. The guard records the log file's
identity (device and inode) once it exists and compares it before and after every write; a missing or
different file raises :class:`WorkingCopyLostError`, and every later write is refused (see
docs/decisions/0007-working-copy-loss.md).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from editor.models.errors import WorkingCopyLostError

Identity = tuple[int, int]


def wal_path(path: Path) -> Path:
    """The write-ahead log of the SQLite file ``path``."""
    return Path(f"{path}-wal")


def _identity(path: Path) -> Identity | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return (stat.st_dev, stat.st_ino)


class WalGuard:
    """The identity of one working copy's ``-wal`` file (and its ``-shm`` index), checked around writes.

    The shared-memory index matters as much: a connection opened after it was removed builds a new
    index of the same log, and two indexes of one log let writers overwrite each other's frames.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wal = wal_path(path)
        self._files = (self.wal, Path(f"{path}-shm"))
        self._identity: tuple[Identity | None, ...] | None = None
        self._lost: str | None = None
        self._lock = threading.Lock()

    @property
    def lost(self) -> bool:
        """True once the log was found missing or replaced (it stays so)."""
        return self._lost is not None

    def record(self) -> None:
        """Remember the log file's identity (call while a connection holds the file open)."""
        with self._lock:
            if self._identity is None:
                self._identity = self._current()

    def on_transaction(self, _connection: object) -> None:
        """SQLAlchemy ``begin``/``commit`` listener: :meth:`check`."""
        self.check()

    def check(self) -> None:
        """Raise :class:`WorkingCopyLostError` when the log is gone or another file took its place.

        Before the log exists (a file not yet in WAL mode, or not yet read) there is nothing to
        compare; its first appearance is recorded.
        """
        with self._lock:
            if self._lost is not None:
                raise WorkingCopyLostError(self.path, self._lost)
            current = self._current()
            if self._identity is None or None in self._identity:
                # not in WAL mode yet (or not yet read): record what appears, a file at a time
                known = self._identity or (None,) * len(current)
                self._identity = tuple(k if k is not None else c for k, c in zip(known, current, strict=True))
            problems = [
                f"{file.name} {'deleted' if now is None else 'replaced'}"
                for file, then, now in zip(self._files, self._identity, current, strict=True)
                if then is not None and now != then
            ]
            if problems:
                self._lost = ", ".join(problems)
                raise WorkingCopyLostError(self.path, self._lost)

    def _current(self) -> tuple[Identity | None, ...]:
        return tuple(_identity(file) for file in self._files)
