"""The app started as a user starts it: --open, --compare, --region, --geometry and the start screen."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from PySide6.QtGui import QImage

from editor.models.demo import ensure_demo
from editor.models.page_address import page_paths
from editor.sync.bundled_client import fill_demo

COURSE_AR = "اللغة-ودورات-الاندماج/دورة-الاندماج"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *args], capture_output=True, text=True, timeout=120
    )


def _view(data: Path, slug: str = "musterstadt") -> dict[str, str]:
    parser = configparser.ConfigParser()
    parser.read(data / "regions" / slug / "view.ini", encoding="utf-8")
    return dict(parser["values"]) if parser.has_section("values") else {}


def test_app_open_shows_the_page_of_a_copied_address(tmp_path: Path) -> None:
    """--open with a percent-encoded Arabic app address: that page, Arabic left, --compare right."""
    data = tmp_path / "data"
    store = ensure_demo(data, fill_demo)
    page = page_paths(store, "ar")[COURSE_AR]
    store.close()
    shot = tmp_path / "open.png"
    url = "https://integreat.app/musterstadt/ar/" + quote(COURSE_AR) + "/"
    result = _run("--data", str(data), "--open", url, "--compare", "de", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert QImage(str(shot)).width() == 1480
    # written when the window closed: the page was loaded in the panes, in these languages
    assert _view(data) == {"last_page": str(page), "source_language": "ar", "target_language": "de"}


def test_app_open_names_the_closest_pages_when_none_matches(tmp_path: Path) -> None:
    """A path that names no page: one stderr line with the closest matches, exit 2, no picture."""
    data = tmp_path / "data"
    ensure_demo(data, fill_demo).close()
    shot = tmp_path / "x.png"
    result = _run(
        "--data", str(data), "--open", "musterstadt/de/wohnen/mitvertrag", "--screenshot", str(shot)
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if not line.startswith("This plugin")]
    assert len(lines) == 1, result.stderr
    assert (
        "no page at musterstadt/de/wohnen/mitvertrag; closest: musterstadt/de/wohnen/mietvertrag" in lines[0]
    )
    assert "Traceback" not in result.stderr
    assert not shot.exists()


def test_app_region_without_working_copy_names_the_regions_there(tmp_path: Path) -> None:
    """--region of a region never pulled: exit 2 and the regions that are in the data folder."""
    data = tmp_path / "data"
    ensure_demo(data, fill_demo).close()
    result = _run("--data", str(data), "--region", "augsburg", "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "no working copy of region 'augsburg'" in result.stderr
    assert "working copies here: musterstadt" in result.stderr
    assert not (data / "regions" / "augsburg").exists()


def test_app_empty_data_folder_renders_the_start_screen(tmp_path: Path) -> None:
    """No working copy and no --demo: the start screen is rendered; no demo region is created."""
    data, shot = tmp_path / "data", tmp_path / "start.png"
    result = _run("--data", str(data), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() > 300
    assert image.height() > 150  # only as tall as its text (tests/views/test_regions.py)
    assert not (data / "regions").exists()


def test_app_geometry_renders_the_window_at_laptop_size(tmp_path: Path) -> None:
    """--geometry 1366x768 renders the whole window at exactly that size (nothing forces it larger)."""
    shot = tmp_path / "laptop.png"
    result = _run(
        "--demo", "--data", str(tmp_path / "data"), "--geometry", "1366x768", "--screenshot", str(shot)
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)


def test_app_geometry_refuses_a_malformed_size(tmp_path: Path) -> None:
    """A malformed --geometry is one clear line and exit 2."""
    result = _run(
        "--demo", "--data", str(tmp_path), "--geometry", "big", "--screenshot", str(tmp_path / "x.png")
    )
    assert result.returncode == 2
    assert "--geometry 'big': expected WIDTHxHEIGHT" in result.stderr
    assert "Traceback" not in result.stderr
