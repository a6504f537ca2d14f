"""Settings and state files: typed defaults, coercion, only non-defaults written, bad files survived."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.config import Config, default_data_dir


def test_config_defaults_and_round_trip(tmp_path: Path) -> None:
    """A fresh config has the defaults; set values are coerced, saved and read back."""
    config = Config.load(tmp_path)
    assert config.settings.get("auto_push") is False
    config.settings.set("auto_push", "yes")
    config.settings.set("mt_threshold", "14.5")
    again = Config.load(tmp_path)
    assert again.settings.get("auto_push") is True
    assert again.settings.get("mt_threshold") == 14.5


def test_config_writes_only_non_defaults(tmp_path: Path) -> None:
    """Setting a value back to its default removes it from the file."""
    config = Config.load(tmp_path)
    config.settings.set("ui_language", "de")
    assert "ui_language = de" in config.settings.path.read_text()
    config.settings.set("ui_language", "system")
    assert "ui_language" not in config.settings.path.read_text()


def test_config_refuses_unknown_keys(tmp_path: Path) -> None:
    """A typo in a key is an error in code, and an unknown key in the file is ignored."""
    config = Config.load(tmp_path)
    with pytest.raises(KeyError):
        config.settings.get("autopush")
    config.settings.path.write_text("[values]\nautopush = true\nauto_push = maybe\n")
    again = Config.load(tmp_path)
    assert again.settings.get("auto_push") is False


def test_config_survives_a_broken_file(tmp_path: Path) -> None:
    """A settings file that is not INI (or not UTF-8) is ignored, not fatal."""
    (tmp_path / "settings.ini").write_bytes(b"\xff\xfe garbage [[[")
    assert Config.load(tmp_path).settings.get("autosave_delay_ms") == 1200


def test_config_default_data_dir_follows_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """INTEGREAT_DESK_DATA wins; otherwise XDG_DATA_HOME decides on Linux."""
    monkeypatch.setenv("INTEGREAT_DESK_DATA", str(tmp_path / "portable"))
    assert default_data_dir() == tmp_path / "portable"
    monkeypatch.delenv("INTEGREAT_DESK_DATA")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "integreat-desk"


def test_default_data_dir_portable_marker_puts_data_beside_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A portable.txt beside the executable puts all data in data/ beside it."""
    monkeypatch.delenv("INTEGREAT_DESK_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "profile"))
    program = tmp_path / "Integreat Desk"
    program.mkdir()
    assert default_data_dir(program) == tmp_path / "profile" / "integreat-desk"
    (program / "portable.txt").write_text("")
    assert default_data_dir(program) == program / "data"


def test_default_data_dir_frozen_executable_folder_is_the_program_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In an installed (frozen) build the marker is looked for beside the executable."""
    monkeypatch.delenv("INTEGREAT_DESK_DATA", raising=False)
    (tmp_path / "integreat-desk").write_text("")
    (tmp_path / "portable.txt").write_text("")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(tmp_path / "integreat-desk"))
    assert default_data_dir() == tmp_path / "data"
    config = Config.load(default_data_dir())
    config.settings.set("ui_language", "de")
    assert (tmp_path / "data" / "settings.ini").is_file()


def test_default_data_dir_environment_wins_over_portable_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """INTEGREAT_DESK_DATA (like --data) is explicit and wins over the marker."""
    (tmp_path / "portable.txt").write_text("")
    monkeypatch.setenv("INTEGREAT_DESK_DATA", str(tmp_path / "elsewhere"))
    assert default_data_dir(tmp_path) == tmp_path / "elsewhere"
