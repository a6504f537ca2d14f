"""The Help menu: the legend of the tree's state marks, "Check installation" and the About box."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from editor import APP_NAME, __version__
from editor.models.records import TranslationState
from editor.views.tree.page_item_model import state_glyph, state_label

if TYPE_CHECKING:
    from editor.config import Config


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation (lupdate collects it); it is translated where it is shown."""
    return text


#: The parts an installer bundles, with their licences (the About box lists them).
BUNDLED_PARTS: tuple[tuple[str, str], ...] = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("Python", "PSF-2.0"),
    ("Enchant", "LGPL-2.1-or-later"),
    ("Hunspell", "MPL-1.1 / GPL-2.0 / LGPL-2.1"),
    ("Aspell", "LGPL-2.1"),
    (
        QT_TRANSLATE_NOOP("HelpMenu", "Dictionaries (LibreOffice, Debian)"),
        QT_TRANSLATE_NOOP("HelpMenu", "GPL / LGPL / MPL, per language"),
    ),
    (QT_TRANSLATE_NOOP("HelpMenu", "Noto Naskh Arabic, DejaVu fonts"), "SIL OFL-1.1 / Bitstream Vera"),
    ("SQLAlchemy, Alembic, keyring, truststore, PyOTP", "MIT"),
    ("requests", "Apache-2.0"),
    ("lxml, Python-Markdown", "BSD-3-Clause"),
    ("Pyphen", "GPL-2.0+ / LGPL-2.1+ / MPL-1.1"),
    ("pyenchant", "LGPL-2.1"),
)


def add_help_menu(window: QMainWindow, config: Config) -> QMenu:
    """Add Help → Legend, Check installation, About to ``window``'s menu bar."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    menu.addAction(QCoreApplication.translate("HelpMenu", "&Legend of the page tree…")).triggered.connect(
        lambda: show_legend(window)
    )
    menu.addAction(QCoreApplication.translate("HelpMenu", "&Check installation…")).triggered.connect(
        lambda: show_installation(window, config)
    )
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("HelpMenu", "&About Integreat Desk…")).triggered.connect(
        lambda: show_about(window)
    )
    return menu


def legend_html() -> str:
    """The state marks of the page tree, each with its meaning."""
    rows = []
    for state in TranslationState:
        glyph, colour = state_glyph(state)
        rows.append(
            f'<tr><td style="color:{colour}; font-size:large">{glyph}</td><td>{state_label(state)}</td></tr>'
        )
    changed = QCoreApplication.translate("HelpMenu", "changed here, not yet sent to the CMS")
    conflict = QCoreApplication.translate("HelpMenu", "red: changed here and in the CMS (a conflict)")
    rows.append(f'<tr><td style="font-size:large">✎</td><td>{changed}</td></tr>')
    rows.append(f'<tr><td style="color:#c62828; font-size:large">●</td><td>{conflict}</td></tr>')
    return "<table cellspacing='6'>" + "".join(rows) + "</table>"


def about_html() -> str:
    """Version, Qt and Python versions, and the licences of the bundled parts."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("HelpMenu", text)

    parts = "".join(f"<tr><td>{tr(name)}</td><td>{tr(licence)}</td></tr>" for name, licence in BUNDLED_PARTS)
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        + "<p>"
        + QCoreApplication.translate(
            "HelpMenu", "A desktop editor for the multilingual content of an Integreat region. Licence: MIT."
        )
        + "</p><p>"
        + QCoreApplication.translate("HelpMenu", "Qt {0}, PySide6 {1}, Python {2}").format(
            qVersion(), pyside_version, platform.python_version()
        )
        + "</p><p><b>"
        + QCoreApplication.translate("HelpMenu", "Bundled parts and their licences")
        + f"</b></p><table cellspacing='4'>{parts}</table>"
    )


def show_legend(window: QMainWindow) -> None:
    """Show the legend of the tree's marks."""
    QMessageBox.information(
        window, QCoreApplication.translate("HelpMenu", "Legend of the page tree"), legend_html()
    )


def show_about(window: QMainWindow) -> None:
    """Show the About box."""
    QMessageBox.about(window, QCoreApplication.translate("HelpMenu", "About Integreat Desk"), about_html())


def show_installation(window: QMainWindow, config: Config) -> None:
    """Run the self-test and show its report (the CMS check waits at most a few seconds)."""
    from editor.views.installation import InstallationDialog, all_findings, report

    app = QApplication.instance()
    translators = list(app.property("translators") or []) if app is not None else []
    names = [Path(t.filePath()).stem for t in translators]
    ours = [n.removeprefix("integreat_desk_") for n in names if n.startswith("integreat_desk_")]
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        text = report(all_findings(config, translators, ours[0] if ours else "en"))
    finally:
        QApplication.restoreOverrideCursor()
    InstallationDialog(text, window).exec()
