"""``--self-test`` end to end, the Help menu, and the outbox count's plural forms."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.resources import resources_dir
from editor.selftest import MESSAGES
from editor.views.help_menu import about_html, legend_html
from editor.views.installation import _templates, qt_findings
from editor.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _self_test(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "editor", "--self-test", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_installation_templates_match_the_english_messages() -> None:
    """Every Qt-free message key has its translatable template, word for word."""
    assert _templates() == MESSAGES


def test_installation_qt_findings_arabic_fonts_and_platform(qapp: QApplication) -> None:
    """The Qt checks find the platform and a font with Arabic script on this machine."""
    found = {f.key: f for f in qt_findings([], "en")}
    assert found["qt.platform"].values["platform"] == "offscreen"
    assert found["fonts.arabic"].status == "ok"
    assert found["i18n.english"].status == "info"


def test_installation_missing_german_translation_fails(qapp: QApplication) -> None:
    """With --lang de and no translator loaded, both German catalogues are reported missing."""
    found = [f for f in qt_findings([], "de") if f.area == "i18n"]
    assert [f.status for f in found] == ["failed", "failed"]


def test_self_test_cli_german_report_exit_zero(tmp_path: Path) -> None:
    """--self-test --lang de prints a German report and exits 0 on a complete installation."""
    result = _self_test("--lang", "de", "--data", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Die Installation ist vollständig." in result.stdout
    assert "[OK] Übersetzung geladen: qtbase_de.qm" in result.stdout
    assert "Traceback" not in result.stderr


def test_self_test_cli_failure_exits_nonzero_with_german_reason(tmp_path: Path) -> None:
    """A broken setting makes --self-test exit non-zero, the reason in German."""
    (tmp_path / "settings.ini").write_text(f"[values]\nca_file = {tmp_path / 'fehlt.pem'}\n")
    result = _self_test("--lang", "de", "--data", str(tmp_path))
    assert result.returncode == 1
    assert "[FEHLER] Zusätzliche Zertifikatsdatei" in result.stdout
    assert "1 Problem gefunden." in result.stdout


def test_help_menu_legend_and_about(open_window: Callable[[], MainWindow]) -> None:
    """Help has the legend, Check installation and About; About names version and licences."""
    window = open_window()
    texts = [a.text() for a in window.menus.help_menu.actions() if a.text()]
    assert len(texts) == 3
    assert window.menuBar().actions()[-1].menu() is window.menus.help_menu
    legend = legend_html()
    for mark in ("●", "◐", "◑", "○", "✎"):
        assert mark in legend
    about = about_html()
    assert __version__ in about
    assert "LGPL-3.0" in about
    assert "OFL" in about


def test_outbox_label_german_plural_forms(open_window: Callable[[], MainWindow]) -> None:
    """The outbox count reads "1 lokale Änderung wartet" and "3 lokale Änderungen warten"."""
    app = QCoreApplication.instance()
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "i18n" / "integreat_desk_de.qm"))
    app.installTranslator(translator)
    try:
        window = open_window()
        label = window.outbox_label
        count = {"n": 1}
        window.store.outbox_count = lambda: count["n"]  # type: ignore[method-assign]
        window._update_status()
        assert label.text().startswith("1 lokale Änderung wartet")
        count["n"] = 3
        window._update_status()
        assert label.text().startswith("3 lokale Änderungen warten")
    finally:
        app.removeTranslator(translator)


def test_help_check_installation_shows_the_report(
    open_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Help → Check installation runs the self-test and shows its report in a dialog."""
    from editor.views import installation

    shown: list[str] = []
    monkeypatch.setattr(
        installation.InstallationDialog, "exec", lambda self: shown.append(self.text.toPlainText())
    )
    window = open_window()
    check = next(a for a in window.menus.help_menu.actions() if "installation" in a.text().lower())
    check.trigger()
    assert len(shown) == 1
    assert "[OK] Qt" in shown[0]
    assert "de: dictionary de_DE" in shown[0]
    assert shown[0].splitlines()[-1] == "The installation is complete."
