"""Dictionaries an installer ships compressed are found and used, also for a tag the system lacks."""

from __future__ import annotations

import lzma
import os
import shutil
from pathlib import Path

import pytest

from editor.text.bundled import BundledDictionaries
from editor.text.language_sources import source_of
from editor.text.spelling_service import SpellingService

HUNSPELL = Path("/usr/share/hunspell")


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundled/ folder holding the real Hungarian dictionary under a tag no system has: xx_TEST."""
    monkeypatch.delenv("ASPELL_CONF", raising=False)
    folder = tmp_path / "bundled"
    (folder / "hunspell").mkdir(parents=True)
    for suffix in (".dic", ".aff"):
        with (
            (HUNSPELL / f"hu_HU{suffix}").open("rb") as raw,
            lzma.open(folder / "hunspell" / f"xx_TEST{suffix}.xz", "wb") as packed,
        ):
            shutil.copyfileobj(raw, packed)
    (folder / "MANIFEST.txt").write_text("xx_TEST\thunspell\txx_TEST.aff,xx_TEST.dic\n")
    return folder


def test_bundled_dictionary_used_when_system_has_none(tmp_path: Path, bundle: Path) -> None:
    """The bundled tag is available, is unpacked on first use and checks real words."""
    service = SpellingService(tmp_path / "user", bundled_dir=bundle)
    unpacked = tmp_path / "user" / "dictionaries" / "hunspell" / "xx_TEST.dic"
    assert "xx_TEST" in service.available_tags()
    assert not unpacked.exists()
    speller = service.speller("xx-TEST")
    assert speller.dictionary_tag == "xx_TEST"
    assert unpacked.is_file()
    found = speller.check_text("Az iskola minden napp nyitva van.")
    assert [m.word for m in found] == ["napp"]
    source = source_of(service, "xx-TEST")
    assert (source.source, source.detail, source.bundled) == ("dictionary", "xx_TEST", True)
    assert source_of(service, "hu").bundled is False
    later = unpacked.stat().st_mtime + 10  # an upgrade ships a newer file: a new session unpacks it again
    os.utime(bundle / "hunspell" / "xx_TEST.dic.xz", (later, later))
    SpellingService(tmp_path / "user", bundled_dir=bundle).speller("xx-TEST")
    assert unpacked.stat().st_mtime == later


def test_bundled_dictionaries_unpack_once_and_again_after_upgrade(tmp_path: Path, bundle: Path) -> None:
    """A current unpacked file is kept; a newer bundled file (an upgrade) is unpacked again."""
    bundled = BundledDictionaries(bundle, tmp_path / "out")
    assert bundled.tags() == {"xx_TEST": "hunspell"}
    assert bundled.ensure("xx_TEST") is True
    assert bundled.ensure("xx_TEST") is False
    packed = bundle / "hunspell" / "xx_TEST.dic.xz"
    later = (tmp_path / "out" / "hunspell" / "xx_TEST.dic").stat().st_mtime + 10
    os.utime(packed, (later, later))
    assert bundled.ensure("xx_TEST") is True
    assert bundled.ensure("unknown") is False


def test_bundled_dictionaries_without_bundle_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source checkout has no bundled/ folder: no tags, and aspell's configuration is left alone."""
    monkeypatch.delenv("ASPELL_CONF", raising=False)
    bundled = BundledDictionaries(tmp_path / "missing", tmp_path / "out")
    bundled.point_enchant_here()
    assert bundled.tags() == {}
    assert "ASPELL_CONF" not in os.environ
