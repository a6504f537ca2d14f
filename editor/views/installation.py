"""The installation check in Qt: platform, fonts and loaded translations, the report in the UI language.

``integreat-desk --self-test`` prints the report and exits non-zero on a failure; Help → "Check
installation" shows the same report in :class:`InstallationDialog`. The Qt-free checks are in
:mod:`editor.selftest`; this module adds the Qt ones and translates every message.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, QTranslator, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from editor.config import Config, default_data_dir
from editor.resources import resources_dir
from editor.selftest import Finding, failed, run_checks


def _templates() -> dict[str, str]:
    """The translated template of every message key in :data:`editor.selftest.MESSAGES`."""
    return {
        "qt.platform": QCoreApplication.translate(
            "SelfTest", "Qt {version} (PySide6 {pyside}) on platform {platform}"
        ),
        "fonts.arabic": QCoreApplication.translate("SelfTest", "Fonts with Arabic script: {fonts}"),
        "fonts.no_arabic": QCoreApplication.translate(
            "SelfTest", "No font covers the Arabic script: Arabic, Farsi and Pashto text cannot be shown"
        ),
        "i18n.english": QCoreApplication.translate(
            "SelfTest", "User interface in English: no translation needed"
        ),
        "i18n.loaded": QCoreApplication.translate("SelfTest", "Translation loaded: {file}"),
        "i18n.missing": QCoreApplication.translate(
            "SelfTest", "Translation for {language} is missing: {file}"
        ),
        "data.writable": QCoreApplication.translate("SelfTest", "Data folder {path} is writable"),
        "data.not_writable": QCoreApplication.translate(
            "SelfTest", "Data folder {path} is not writable: {reason}"
        ),
        "data.portable": QCoreApplication.translate(
            "SelfTest", "Portable mode: all data is kept beside the program"
        ),
        "enchant.ok": QCoreApplication.translate(
            "SelfTest", "Spelling engine enchant {version} with {providers}"
        ),
        "enchant.missing": QCoreApplication.translate(
            "SelfTest", "Spelling engine enchant cannot be loaded: {reason}"
        ),
        "spelling.dictionary": QCoreApplication.translate("SelfTest", "{language}: dictionary {tag}"),
        "spelling.bundled": QCoreApplication.translate(
            "SelfTest", "{language}: dictionary {tag} (shipped with the app)"
        ),
        "spelling.region": QCoreApplication.translate(
            "SelfTest",
            "{language}: checked against the region's own vocabulary ({words} words from {pages} published pages)",  # noqa: E501
        ),
        "spelling.region_pending": QCoreApplication.translate(
            "SelfTest",
            "{language}: checked against the region's own vocabulary once a working copy has published pages in it",  # noqa: E501
        ),
        "spelling.no_word_check": QCoreApplication.translate(
            "SelfTest", "{language}: no word spellcheck (written without spaces between words)"
        ),
        "spelling.missing": QCoreApplication.translate("SelfTest", "{language}: no dictionary found"),
        "keyring.secure": QCoreApplication.translate("SelfTest", "Password store: {backend} (secure)"),
        "keyring.insecure": QCoreApplication.translate(
            "SelfTest",
            "Password store: {backend} is not secure; passwords are not saved and are asked for at each sync",
        ),
        "keyring.broken": QCoreApplication.translate("SelfTest", "Password store cannot be loaded: {reason}"),
        "network.proxy": QCoreApplication.translate("SelfTest", "Proxy: {proxy} (from {origin})"),
        "network.no_proxy": QCoreApplication.translate("SelfTest", "Proxy: none (direct connection)"),
        "network.trust": QCoreApplication.translate("SelfTest", "Certificates: the system's trust store"),
        "network.ca_file": QCoreApplication.translate(
            "SelfTest", "Certificates: the system's trust store and {path}"
        ),
        "network.ca_broken": QCoreApplication.translate(
            "SelfTest", "Extra certificate file {path} cannot be used: {reason}"
        ),
        "cms.none": QCoreApplication.translate("SelfTest", "CMS: no account configured"),
        "cms.ok": QCoreApplication.translate("SelfTest", "CMS {url} answers (HTTP {status})"),
        "cms.unreachable": QCoreApplication.translate(
            "SelfTest", "CMS {url} cannot be reached (the host is unknown or refuses connections)"
        ),
        "cms.timeout": QCoreApplication.translate(
            "SelfTest", "CMS {url} did not answer within {seconds} seconds"
        ),
        "cms.certificate": QCoreApplication.translate(
            "SelfTest", "CMS {url}: its certificate is not trusted"
        ),
        "cms.proxy": QCoreApplication.translate("SelfTest", "CMS {url}: the proxy refused the connection"),
        "cms.proxy_login": QCoreApplication.translate(
            "SelfTest", "CMS {url}: the proxy {proxy} wants a login: check the proxy's user name and password"
        ),
        "cms.proxy_socks": QCoreApplication.translate(
            "SelfTest",
            "CMS {url}: the proxy {proxy} is a SOCKS proxy, which Integreat Desk cannot use: set an http:// proxy",  # noqa: E501 (one literal for lupdate)
        ),
        "cms.error": QCoreApplication.translate("SelfTest", "CMS {url} cannot be used: {reason}"),
    }


def _status_labels() -> dict[str, str]:
    return {
        "ok": QCoreApplication.translate("SelfTest", "OK"),
        "info": QCoreApplication.translate("SelfTest", "Note"),
        "warning": QCoreApplication.translate("SelfTest", "Warning"),
        "failed": QCoreApplication.translate("SelfTest", "FAILED"),
    }


# --- fonts ------------------------------------------------------------------------------------


def load_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register the fonts an installer ships in ``resources/fonts`` (none in a checkout)."""
    families: list[str] = []
    for path in sorted((folder or resources_dir() / "fonts").glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


# --- checks -----------------------------------------------------------------------------------


def qt_findings(translators: list[QTranslator], language: str) -> list[Finding]:
    """The Qt platform, Arabic font coverage and the UI translations that are loaded."""
    platform = QGuiApplication.platformName()
    found = [
        Finding(
            "qt", "ok", "qt.platform", {"version": qVersion(), "pyside": pyside_version, "platform": platform}
        )
    ]
    arabic = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    if arabic:
        shown = sorted(arabic, key=lambda family: (not family.startswith("Noto"), family))[:4]
        found.append(Finding("fonts", "ok", "fonts.arabic", {"fonts": ", ".join(shown)}))
    else:
        found.append(Finding("fonts", "failed", "fonts.no_arabic"))
    if language == "en":
        return [*found, Finding("i18n", "info", "i18n.english")]
    loaded = [Path(t.filePath()).name for t in translators if t.filePath()]
    for wanted in (f"integreat_desk_{language}.qm", f"qtbase_{language}.qm"):
        if wanted in loaded:
            found.append(Finding("i18n", "ok", "i18n.loaded", {"file": wanted}))
        else:
            found.append(Finding("i18n", "failed", "i18n.missing", {"language": language, "file": wanted}))
    return found


def all_findings(config: Config, translators: list[QTranslator], language: str) -> list[Finding]:
    """The whole report: Qt checks first, then :func:`editor.selftest.run_checks`."""
    return qt_findings(translators, language) + run_checks(config)


def report(findings: list[Finding]) -> str:
    """The findings as lines ``[STATUS] message`` in the UI language, with a summary line."""
    templates, labels = _templates(), _status_labels()
    lines = [f"[{labels[f.status]}] {templates[f.key].format(**f.values)}" for f in findings]
    lines.append(SelfTestSummary().text(len(failed(findings))))
    return "\n".join(lines)


class SelfTestSummary(QObject):
    """The report's last line (a QObject for ``self.tr`` with plural forms)."""

    def text(self, problems: int) -> str:
        """ "3 problems found." or "The installation is complete."."""
        if problems:
            return self.tr("%n problem(s) found.", "", problems)
        return self.tr("The installation is complete.")


def run_self_test(app: QApplication, args: argparse.Namespace) -> int:
    """``--self-test``: print the report; 0 when nothing failed, 1 otherwise."""
    from editor.app import install_translators, ui_language

    data_dir = Path(args.data) if args.data else default_data_dir()
    config = Config.load(data_dir)
    language = ui_language(args.ui_lang, config)
    translators = install_translators(app, language)
    load_bundled_fonts()
    findings = all_findings(config, translators, language)
    try:
        print(report(findings))
        sys.stdout.flush()
    except BrokenPipeError:  # the output was piped into head or similar
        pass
    return 1 if failed(findings) else 0


class InstallationDialog(QDialog):
    """Help → "Check installation": the self-test report in a read-only text box."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check installation"))
        self.resize(760, 560)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
