"""The bundled demo region "Musterstadt": created once in a data directory, then opened."""

from __future__ import annotations

from pathlib import Path

from editor.models.errors import StoreError
from editor.models.store import Store, open_store, working_copy_path
from editor.resources import resources_dir

DEMO_SLUG = "musterstadt"
DEMO_CMS_URL = "https://cms.musterstadt.example"


def demo_source() -> Path:
    """Folder of the bundled demo region's API JSON."""
    return resources_dir() / "demo"


def ensure_demo(data_dir: Path) -> Store:
    """Open the demo working copy in ``data_dir``, creating it from the bundled JSON the first time.

    The working copy is built in a temporary file and moved into place only when complete, so an
    interrupted first start never leaves a half-filled copy behind.
    """
    path = working_copy_path(data_dir, DEMO_SLUG)
    if path.exists():
        return open_store(data_dir, DEMO_SLUG)
    from editor.models.importer import import_region, load_region_dir

    data = load_region_dir(demo_source(), DEMO_CMS_URL)
    partial = path.with_name(path.name + ".partial")
    for stale in path.parent.glob(path.name + ".partial*"):
        stale.unlink()
    store = Store(partial, create=True)
    try:
        import_region(store, data)
    finally:
        store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    if path.exists():  # pragma: no cover - another process won the race
        raise StoreError(f"{path}: created by another process meanwhile")
    partial.replace(path)
    return open_store(data_dir, DEMO_SLUG)
