"""The bundled demo region "Musterstadt": created once in a data directory, then opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from editor.models.db import create_file, has_content
from editor.models.store import Store, open_store, working_copy_path
from editor.resources import resources_dir

DEMO_SLUG = "musterstadt"
DEMO_CMS_URL = "https://cms.musterstadt.example"


def demo_source() -> Path:
    """Folder of the bundled demo region's API JSON."""
    return resources_dir() / "demo"


def ensure_demo(data_dir: Path, fill: Callable[[Store], None]) -> Store:
    """Open the demo working copy in ``data_dir``, creating it from the bundled JSON the first time.

    ``fill(store)`` brings the content into the new, empty working copy: the same pull that fills a
    working copy from a real CMS, against a client serving the bundled JSON
    (:func:`editor.sync.bundled_client.fill_demo`; the models cannot import sync).

    The working copy is built under a lock in a temporary file and moved into place only when complete
    (:func:`editor.models.db.create_file`), so concurrent or interrupted first starts never leave a
    half-filled or empty copy behind. A demo copy that an older version left empty is filled now.
    """
    path = working_copy_path(data_dir, DEMO_SLUG)
    if not has_content(path):
        create_file(path, lambda new: _fill_file(new, fill))
    store = open_store(data_dir, DEMO_SLUG)
    if store.region() is None and not store.read_only:
        fill(store)
    return store


def _fill_file(path: Path, fill: Callable[[Store], None]) -> None:
    store = Store(path)
    try:
        fill(store)
    finally:
        store.close()
