"""Composition root: configuration, translations, the working copy, the task runner and the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from editor.config import Config, default_data_dir
from editor.models.demo import DEMO_SLUG, ensure_demo
from editor.models.errors import ImportDataError, StoreError
from editor.models.store import Store, open_store
from editor.resources import resources_dir
from editor.tasks import TaskRunner

if TYPE_CHECKING:
    from editor.views.editor.checks import CheckServices
    from editor.views.main_window import MainWindow

log = logging.getLogger(__name__)


def ui_language(requested: str | None, config: Config) -> str:
    """The UI language: ``--lang``, else the setting, else the system locale (German or English)."""
    choice = requested or str(config.settings.get("ui_language"))
    if choice == "system":
        choice = QLocale.system().name().split("_")[0]
    return "de" if choice == "de" else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our ``.qm`` and Qt's own for ``language`` (English needs none)."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"integreat_desk_{language}.qm")):
        translators.append(ours)
    else:
        log.warning("no UI translation for %s (run the set-up to build the .qm files)", language)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def open_working_copy(args: argparse.Namespace, config: Config) -> Store:
    """The working copy the arguments (or the last session) name; the demo when none exists."""
    if args.demo:
        return ensure_demo(config.data_dir)
    slug = args.region or str(config.state.get("region")) or DEMO_SLUG
    if slug == DEMO_SLUG:
        return ensure_demo(config.data_dir)
    return open_store(config.data_dir, slug)


def check_services(config: Config, runner: TaskRunner) -> CheckServices:
    """Spelling and readability services shared by both panes."""
    from editor.text.spelling import SpellingService
    from editor.views.editor.checks import CheckServices

    return CheckServices(SpellingService(config.data_dir), runner, float(config.settings.get("mt_threshold")))


def run(app: QApplication, args: argparse.Namespace) -> int:
    """Start the GUI; returns the exit code."""
    data_dir = Path(args.data) if args.data else default_data_dir()
    config = Config.load(data_dir)
    translators = install_translators(app, ui_language(args.ui_lang, config))
    app.setProperty("translators", translators)
    from editor.views import prompts
    from editor.views.main_window import MainWindow

    try:
        store = open_working_copy(args, config)
    except (StoreError, ImportDataError) as exc:
        if args.screenshot:
            print(f"integreat-desk: {exc}", file=sys.stderr)
        else:
            prompts.error(None, app.translate("App", "Cannot open the working copy"), str(exc))
        return 2
    region = store.region()
    if region is not None:
        config.state.set("region", region.slug)
    runner = TaskRunner(app)
    # Spelling and readability start after the first paint, so the window appears sooner; a one-shot
    # screenshot shows the window as it first appears and runs them only when asked to wait.
    window = MainWindow(store, config, check_services(config, runner), start_checks=False)
    window.show()
    if not args.screenshot:
        QTimer.singleShot(0, window.start_checks)
    else:
        window.resize(1480, 900)
        wait = float(args.screenshot_wait)
        QTimer.singleShot(0, lambda: _screenshot(app, window, runner, Path(args.screenshot), wait))
    code = app.exec()
    runner.shutdown()
    store.close()
    if args.screenshot:
        # Nothing is left to save: skip tearing down Qt and hundreds of modules one by one.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _screenshot(app: QApplication, window: MainWindow, runner: TaskRunner, target: Path, wait: float) -> None:
    """Render the window; with ``wait`` > 0, first let spelling and readability report (at most
    ``wait`` seconds)."""
    app.processEvents()
    if wait > 0:
        window.start_checks()
    deadline = time.monotonic() + wait
    while runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    pixmap = window.grab()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(target), "PNG", 80):
        print(f"integreat-desk: cannot write the screenshot to {target}", file=sys.stderr)
        app.exit(1)
        return
    window.close()
    app.exit(0)
