"""Settings → Spelling → Add dictionary…: a hunspell pair becomes a pane's dictionary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.text.spelling_service import SpellingService
from editor.views import prompts
from editor.views.spelling_settings import SpellingSettingsSection

HUNSPELL = Path("/usr/share/hunspell")


def test_spelling_settings_add_dictionary_makes_language_checkable(qtbot: QtBot, tmp_path: Path) -> None:
    """Adding a .dic/.aff pair under sq_AL gives Albanian panes a real speller and lists it."""
    source = tmp_path / "download"
    source.mkdir()
    shutil.copy(HUNSPELL / "ro_RO.dic", source / "sq_AL.dic")
    shutil.copy(HUNSPELL / "ro_RO.aff", source / "sq_AL.aff")
    service = SpellingService(tmp_path / "data")
    assert not service.speller("sq").available
    added: list[str] = []
    section = SpellingSettingsSection(service, added.append)
    qtbot.addWidget(section)
    assert section.add(source / "sq_AL.dic", source / "sq_AL.aff", "sq_AL")
    assert added == ["sq_AL"]
    assert service.speller("sq").available
    assert "sq_AL" in [section.dictionaries.item(i).text() for i in range(section.dictionaries.count())]
    assert (tmp_path / "data" / "dictionaries" / "hunspell" / "sq_AL.dic").is_file()


def test_spelling_settings_refuses_a_missing_affix_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A .dic without its .aff is refused with a message; nothing is added."""
    warnings: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: warnings.append(text))
    (tmp_path / "xx.dic").write_text("1\nwort\n")
    service = SpellingService(tmp_path / "data")
    section = SpellingSettingsSection(service, lambda _t: None)
    qtbot.addWidget(section)
    assert not section.add(tmp_path / "xx.dic", tmp_path / "xx.aff", "xx_XX")
    assert "needs both a .dic and an .aff" in warnings[0]
