"""Session fixture ``cms_peer``: the local Integreat CMS test peer (tests/cms_peer/peer.sh).

Import it from ``tests/conftest.py`` (``from tests.sync.peer_fixture import cms_peer``). The
fixture starts the peer when it is not running (installing it on first use), yields a
:class:`CmsPeer`, and stops it at the end of the session only if it started it (set
``CMS_PEER_KEEP=1`` to leave it running). A peer that cannot start fails the test loudly with
the tail of its logs; it is never skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PEER_SH = Path(__file__).resolve().parents[1] / "cms_peer" / "peer.sh"
RUN_DIR = Path(os.environ.get("CMS_PEER_RUN_DIR", "/tmp/integreat-desk-cms-peer"))
DEFAULT_PASSWORD = "desk-peer-1234"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def _run(*args: str, stdin: str | None = None, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """Run peer.sh with ``args`` and capture its output."""
    return subprocess.run(
        ["bash", str(PEER_SH), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _log_tail(lines: int = 40) -> str:
    """Return the last lines of the peer's logs for an error message."""
    parts = []
    for name in ("runserver.log", "seed.log", "migrate.log", "redis.log"):
        path = RUN_DIR / "logs" / name
        if path.exists():
            tail = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {path} ---\n" + "\n".join(tail))
    return "\n".join(parts)


@dataclass
class CmsPeer:
    """A running local CMS: where it is, who can log in, and the seeded page ids."""

    base_url: str
    region: str = "testhausen"
    editor_user: str = "desk-editor"
    editor_password: str = DEFAULT_PASSWORD
    author_user: str = "desk-author"
    author_password: str = DEFAULT_PASSWORD
    totp_user: str = "desk-totp"
    totp_password: str = DEFAULT_PASSWORD
    totp_secret: str = TOTP_SECRET
    languages: tuple[str, ...] = ("de", "en", "ar", "fa")
    page_ids: dict[str, int] = field(default_factory=dict)
    contact_id: int = 0
    #: The request-budget region (short URLs off, drafts, archive, a language active but not visible).
    budget_region: str = "hintertal"
    budget_user: str = "desk-budget"
    budget_pages: dict[str, int] = field(default_factory=dict)

    def reset(self) -> None:
        """Restore the seed state (about 1 s); fails the test when that does not work."""
        result = _run("reset", timeout=120)
        if result.returncode != 0:
            pytest.fail(f"cms peer reset failed:\n{result.stderr}\n{_log_tail()}", pytrace=False)

    def shell(self, code: str) -> str:
        """Run Python ``code`` inside the CMS (Django shell) and return what it printed."""
        result = _run("shell", stdin=code, timeout=120)
        if result.returncode != 0:
            pytest.fail(f"cms peer shell failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
        return result.stdout


def start_peer() -> tuple[CmsPeer, bool]:
    """Start the peer if needed; returns it and whether this call started it."""
    was_running = _run("status", timeout=60).returncode == 0
    result = _run("start")
    if result.returncode != 0:
        pytest.fail(
            f"the local CMS peer did not start (exit {result.returncode}):\n"
            f"{result.stderr[-4000:]}\n{_log_tail()}",
            pytrace=False,
        )
    base_url = result.stdout.strip().splitlines()[-1]
    seed = json.loads((RUN_DIR / "seed.json").read_text())
    password = os.environ.get("CMS_PEER_PASSWORD", DEFAULT_PASSWORD)
    peer = CmsPeer(
        base_url=base_url,
        editor_password=password,
        author_password=password,
        totp_password=password,
        page_ids={str(k): int(v) for k, v in seed["pages"].items()},
        contact_id=int(seed["contact"]),
        budget_pages={str(k): int(v) for k, v in seed.get("budget_pages", {}).items()},
    )
    return peer, not was_running


@pytest.fixture(scope="session")
def cms_peer() -> Iterator[CmsPeer]:
    """The running local CMS peer, in its seed state at the start of the session."""
    peer, started = start_peer()
    peer.reset()
    yield peer
    if started and os.environ.get("CMS_PEER_KEEP") != "1":
        _run("stop", timeout=120)
