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
    """The identity of one working copy's ``-wal`` file, checked around writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wal = wal_path(path)
        self._identity: Identity | None = None
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
                self._identity = _identity(self.wal)

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
            current = _identity(self.wal)
            if self._identity is None:
                self._identity = current
                return
            if current == self._identity:
                return
            self._lost = f"{self.wal.name} deleted" if current is None else f"{self.wal.name} replaced"
            raise WorkingCopyLostError(self.path, self._lost)
