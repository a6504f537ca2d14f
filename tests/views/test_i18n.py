"""UI translations: the German catalogue is complete, current with the code, and loads."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "integreat_desk_de.ts"
BIN = ROOT / ".venv" / "bin"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_i18n_german_catalogue_is_complete() -> None:
    """Every UI string has a German translation (none unfinished or empty)."""
    missing = [
        source
        for (_ctx, source), message in _messages(CATALOGUE).items()
        if (tr := message.find("translation")) is None
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
        or not ((tr.text or "").strip() or list(tr))
    ]
    assert missing == []


def test_i18n_catalogue_matches_the_code(tmp_path: Path) -> None:
    """lupdate on the current code finds exactly the strings the committed catalogue has."""
    sources = [
        *sorted(str(p) for p in (ROOT / "editor" / "views").rglob("*.py")),
        str(ROOT / "editor" / "app.py"),
    ]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        timeout=120,
    )
    assert set(_messages(fresh)) == set(_messages(CATALOGUE)), (
        "run scripts/update-translations.sh and translate the new strings"
    )


def test_i18n_compiled_catalogue_translates(tmp_path: Path) -> None:
    """The compiled catalogue loads and turns menu and plural strings into German."""
    qm = tmp_path / "de.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(qm)],
        check=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("SpellPanel", "Spelling: %n issue(s)", "", 2) == "Rechtschreibung: %n Funde"


def test_i18n_readability_hint_templates_match_the_core() -> None:
    """The UI's translatable hint templates are exactly the core's (none missing, none stale)."""
    from editor.text.readability.model import HINTS
    from editor.views.editor.readability_hints import TEMPLATES

    assert TEMPLATES == HINTS


def test_i18n_readability_hint_is_translated(tmp_path: Path, qapp: object) -> None:
    """A finding's hint shows in German with its values filled in."""
    from PySide6.QtCore import QCoreApplication

    from editor.text.readability import analyse
    from editor.views.editor.readability_hints import hint_text

    qm = tmp_path / "de.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(qm)], check=True, timeout=60
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        text = "Die Bearbeitung des Antrags wird von der Ausländerbehörde durchgeführt werden. " * 3
        finding = next(f for f in analyse(text, "de").findings if f.hint_id == "long_word")
        assert hint_text(finding).startswith("Langes Wort (")
    finally:
        app.removeTranslator(translator)


def test_i18n_about_box_has_no_english_in_german(tmp_path: Path, qapp: object) -> None:
    """The About box's list of bundled parts reads in German (dictionaries, fonts, "per language")."""
    from PySide6.QtCore import QCoreApplication

    from editor.views.help_menu import about_html

    qm = tmp_path / "de.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(qm)], check=True, timeout=60
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        text = about_html()
    finally:
        app.removeTranslator(translator)
    assert "Wörterbücher (LibreOffice, Debian)" in text
    assert "je nach Sprache" in text
    for english in ("Dictionaries", "per language", "fonts"):
        assert english not in text


def test_i18n_english_plural_forms_are_filled() -> None:
    """Every English count string has its singular and plural ("1 page", "3 pages"), never "page(s)"."""
    english = CATALOGUE.with_name("integreat_desk_en.ts")
    unfinished = [
        source
        for (_ctx, source), message in _messages(english).items()
        if message.get("numerus") == "yes"
        and (
            (tr := message.find("translation")) is None
            or tr.get("type") == "unfinished"
            or not all((form.text or "").strip() for form in tr)
        )
    ]
    assert unfinished == [], "run scripts/update-translations.sh (it fills English plurals)"
