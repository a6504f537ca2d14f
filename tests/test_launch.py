"""What the command line opens: the region chosen from the arguments, and refusals that name regions."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import parse_args
from editor.config import Config
from editor.launch import StartError, open_region, page_to_open, prepare_demo, requested_region
from editor.models.demo import DEMO_SLUG, ensure_demo
from editor.models.errors import StoreError
from editor.models.page_address import PageAddressError
from editor.sync.bundled_client import fill_demo


def _region(tmp_path: Path, *argv: str) -> str | None:
    return requested_region(parse_args(["--data", str(tmp_path), *argv]), Config.load(tmp_path))


def test_requested_region_prefers_demo_region_then_open_then_last(tmp_path: Path) -> None:
    """--demo, --region, the region of --open, then the last region if its copy still exists."""
    assert _region(tmp_path, "--demo") == DEMO_SLUG
    assert _region(tmp_path, "--region", "augsburg", "--open", "x/de/y") == "augsburg"
    assert _region(tmp_path, "--open", "https://integreat.app/augsburg/de/willkommen/") == "augsburg"
    Config.load(tmp_path).state.set("region", "augsburg")
    assert _region(tmp_path) is None  # remembered, but no working copy any more: the start screen
    ensure_demo(tmp_path, fill_demo).close()
    Config.load(tmp_path).state.set("region", DEMO_SLUG)
    assert _region(tmp_path) == DEMO_SLUG


def test_open_region_without_working_copy_names_the_regions_there(tmp_path: Path) -> None:
    """A region that was never pulled is refused with the regions that are in the data folder."""
    with pytest.raises(StartError, match="there is none yet"):
        open_region(tmp_path, "augsburg")
    ensure_demo(tmp_path, fill_demo).close()
    with pytest.raises(StartError, match="working copies here: musterstadt"):
        open_region(tmp_path, "augsburg")
    with pytest.raises(StoreError, match="not a valid region slug"):
        open_region(tmp_path, "../etc")
    assert not (tmp_path / "regions" / "augsburg").exists()


def test_page_to_open_chooses_the_right_pane_language(tmp_path: Path) -> None:
    """--compare wins; else the remembered language unless it is the page's own; else another one."""
    store = ensure_demo(tmp_path, fill_demo)
    try:
        address = "musterstadt/ar/اللغة-ودورات-الاندماج"
        assert page_to_open(store, address, "fa", "de")[1] == "fa"
        assert page_to_open(store, address, None, "uk")[1] == "uk"
        assert page_to_open(store, address, None, "ar")[1] == "de"
        with pytest.raises(PageAddressError, match="--compare xx: the region has no such language"):
            page_to_open(store, address, "xx", "")
    finally:
        store.close()


def test_open_region_waits_for_the_demo_prepared_in_the_background(tmp_path: Path) -> None:
    """prepare_demo begins the demo of a new data folder; open_region waits for it and opens a whole
    working copy (the copy made ahead, or the pull when none fits), leaving no temporary file."""
    prepare_demo(tmp_path)
    store = open_region(tmp_path, DEMO_SLUG)
    try:
        assert store.region() is not None
        assert len(store.page_tree()) > 30
    finally:
        store.close()
    folder = tmp_path / "regions" / DEMO_SLUG
    assert [p.name for p in folder.iterdir() if p.suffix in (".tmp", ".partial")] == []
