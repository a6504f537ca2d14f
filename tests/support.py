"""Test doubles shared across the suite."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring that keeps passwords in a dict (never the user's real keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


@contextmanager
def unwritable(*paths: Path) -> Iterator[None]:
    """Make files or folders unwritable for the ``with`` block, for root too (``chattr +i``)."""
    modes = {path: path.stat().st_mode for path in paths}
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
        if os.geteuid() == 0:
            subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        yield
    finally:
        for path in reversed(paths):
            if os.geteuid() == 0:
                subprocess.run(["chattr", "-i", str(path)], check=True)
            path.chmod(modes[path])
