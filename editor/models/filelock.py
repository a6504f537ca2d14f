"""An exclusive lock between processes, held on a small lock file (``fcntl`` or ``msvcrt``).

Used while a new working copy is built, so that several first starts on one data folder build it once
(see docs/decisions/0010-atomic-creation-schema-checks-read-only.md). The lock file stays in place:
deleting it would let a waiting process lock a file that a newcomer no longer sees.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from editor.models.errors import StoreError, failure

#: How long a start waits for another process to finish building the same working copy.
LOCK_TIMEOUT_S = 120.0


@contextmanager
def exclusive_lock(
    lock_path: Path, timeout: float = LOCK_TIMEOUT_S, busy: StoreError | None = None
) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_path`` (created if needed) for the ``with`` block; ``busy`` is
    raised instead of the "being created" error when another holder keeps it past ``timeout``."""
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(
            f"{lock_path}: cannot create the lock file ({exc.strerror})",
            "no_lock_file",
            path=lock_path,
            **failure(exc, exc.strerror or ""),
        ) from exc
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                if busy is not None:
                    raise busy
                raise StoreError(
                    f"{lock_path}: another Integreat Desk is still creating this working copy",
                    "being_created",
                    path=lock_path,
                )
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - platform branch
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
