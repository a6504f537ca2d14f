"""Connecting an account and pulling a region into a data folder beside the others (Qt-free).

Used by the start screen's "Connect to a CMS…" (through the task runner) and usable from scripts:
:func:`login_and_list` logs in and lists the regions the account may edit; :func:`pull_region` pulls
one of them into ``<data>/regions/<slug>/`` with the ordinary :class:`~editor.sync.service.SyncService`.
"""

from __future__ import annotations

import threading
from pathlib import Path

from editor.models.store import open_store, working_copy_path
from editor.sync.client import CmsClient, LoginSession
from editor.sync.cms_types import RegionChoice
from editor.sync.service import Progress, SyncReport, SyncService


def login_and_list(
    client: LoginSession, user: str, password: str, totp: str | None = None
) -> list[RegionChoice]:
    """Log in (answering a TOTP step with ``totp``) and return the regions the account may edit.

    Raises ``LoginRejected`` (its message names a missing TOTP code) and the other ``NetworkError``\\ s.
    """
    client.login(user, password, totp or None)
    return list(client.editable_regions())


def pull_region(
    data_dir: Path,
    client: CmsClient,
    slug: str,
    user: str,
    password: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    """Pull region ``slug`` into its working copy in ``data_dir`` (made when new).

    A new working copy that ends up empty (the pull failed or was cancelled before the region was
    stored) is removed again, so the data folder never lists a region that was not pulled.
    """
    path = working_copy_path(Path(data_dir), slug)
    created = not path.exists()
    store = open_store(Path(data_dir), slug, create=created)
    empty = True
    try:
        report = SyncService(store, client, slug, user, lambda _user: password).pull(progress, cancel)
        empty = store.region() is None
    finally:
        store.close()
        if created and empty:
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
    return report
