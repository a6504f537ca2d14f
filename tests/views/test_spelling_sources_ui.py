"""The spelling panel and settings say plainly what each language is checked against."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor.text.spelling_service import SpellingService
from editor.views.editor.spell_panel import SpellPanel
from editor.views.spelling_settings import SpellingSettingsSection

PASHTO_PAGES = ["ښوونځی هره ورځ خلاص دی.", "ښوونځی او روغتون هره ورځ خلاص دی."]


def _service(tmp_path: Path) -> SpellingService:
    return SpellingService(tmp_path / "data", region_texts=lambda code: PASHTO_PAGES if code == "ps" else [])


def test_spell_panel_region_vocabulary_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    """A Pashto pane lists the unseen word and says it is checked against the region's vocabulary."""
    panel = SpellPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.check("ښوونځی هره ورځ ښونځي", _service(tmp_path).speller("ps"))
    assert panel.count == 1
    assert panel._notice.isVisible()
    assert "region's own vocabulary" in panel._notice.text()


def test_spell_panel_chinese_has_no_word_spellcheck(qtbot: QtBot, tmp_path: Path) -> None:
    """A Chinese pane says there is no word spellcheck, and offers no dictionary to add."""
    panel = SpellPanel()
    qtbot.addWidget(panel)
    panel.check("你好世界", _service(tmp_path).speller("zh"))
    assert "no word spellcheck" in panel._notice.text()
    assert "how to add one" not in panel._notice.text()


def test_spelling_settings_list_each_language_with_its_source(qtbot: QtBot, tmp_path: Path) -> None:
    """Settings → Spelling lists all 29 Integreat languages with dictionary, region list or none."""
    section = SpellingSettingsSection(_service(tmp_path), lambda _tag: None)
    qtbot.addWidget(section)
    lines = [section.languages.item(i).text() for i in range(section.languages.count())]
    assert len(lines) == 29
    assert "de — dictionary de_DE" in lines
    assert any(line.startswith("ps — the region's own vocabulary: ") for line in lines)
    assert "zh — no word spellcheck (written without spaces between words)" in lines
    assert any(line.startswith("so — not checked") for line in lines)
