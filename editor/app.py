"""Composition root: configuration, translations, the region session, the start screen, switching.

A :class:`RegionSession` is one open region: its working copy, its task runner and the window around
them. :class:`Desk` decides at start-up what to show (the region named on the command line, the last
region, else the start screen), and switches regions without restarting: the window lets go of its
working copy (pending edits saved), a new session is built and shown, the old one is closed
(docs/decisions/0012-region-session.md).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSize, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from editor.config import Config, IniValues, default_data_dir
from editor.launch import (
    StartError,
    checked_language,
    demo_copy_pending,
    open_region,
    open_working_copy,
    page_to_open,
)
from editor.models.demo import DEMO_SLUG
from editor.models.errors import ImportDataError, StoreError
from editor.models.page_address import PageAddressError
from editor.models.store import Store
from editor.models.working_copies import region_slugs
from editor.resources import resources_dir
from editor.tasks import TaskRunner

if TYPE_CHECKING:
    from editor.text.spelling_service import SpellingService
    from editor.views.editor.check_services import CheckServices
    from editor.views.main_window import MainWindow
    from editor.views.start.start_screen import StartScreen

log = logging.getLogger(__name__)

# The window size of a ``--screenshot`` without ``--geometry``.
SCREENSHOT_SIZE = QSize(1480, 900)


def ui_language(requested: str | None, config: Config) -> str:
    """The UI language: ``--lang``, else the setting, else the system locale (German or English)."""
    choice = requested or str(config.settings.get("ui_language"))
    if choice == "system":
        choice = QLocale.system().name().split("_")[0]
    return "de" if choice == "de" else "en"


def set_number_locale(language: str) -> None:
    """Make the UI language's locale the default, so numbers the views format with ``QLocale()``
    follow it (German: 14,7)."""
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English))


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our ``.qm`` and Qt's own for ``language`` (English: ours only, for its plural forms)."""
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"integreat_desk_{language}.qm")):
        translators.append(ours)
    elif language != "en":
        log.warning("no UI translation for %s (run the set-up to build the .qm files)", language)
    if language == "en":
        for translator in translators:
            app.installTranslator(translator)
        return translators
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    bundled = str(resources_dir() / "i18n")  # an installer also ships Qt's file there
    if qt_base.load(f"qtbase_{language}", qt_dir) or qt_base.load(f"qtbase_{language}", bundled):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def check_services(config: Config, runner: TaskRunner, store: Store | None = None) -> CheckServices:
    """Spelling and readability services shared by both panes (``store``: the region's vocabulary)."""
    from editor.views.editor.check_services import CheckServices

    def spelling() -> SpellingService:  # made on first use: after the first paint
        from editor.text.spelling_service import SpellingService

        return SpellingService(config.data_dir, region=store)

    return CheckServices(spelling, runner, float(config.settings.get("mt_threshold")), store)


class RegionSession:
    """One open region: its working copy, its task runner and the window built around them.

    The window talks back through one signal (``sig_open_region_requested``) and one hook
    (``release()``); what the window remembers per region (last page, pane languages) is moved
    between ``regions/<slug>/view.ini`` and the window state around its life.
    """

    _PER_REGION = ("last_page", "source_language", "target_language")

    def __init__(
        self, store: Store, config: Config, *, defer: bool, page: tuple[int, str, str] | None = None
    ) -> None:
        from editor.views.main_window import MainWindow

        self.store, self.config = store, config
        region = store.region()
        self.slug = region.slug if region else ""
        view = config.region_state(self.slug)
        values = [view.get(key) for key in self._PER_REGION] if page is None else list(page)
        for key, value in (*zip(self._PER_REGION, values, strict=True), ("region", self.slug)):
            _set(config.state, key, value)
        if page is not None and config.state.get("quality_report") == "front":
            _set(config.state, "quality_report", "open")  # the page asked for in front, the report behind
        _align_account(config, store)
        self.runner = TaskRunner()
        services = check_services(config, self.runner, store)
        self.window: MainWindow = MainWindow(store, config, services, defer=defer)

    def release(self) -> bool:
        """Let go of the region (pending edits saved, window state kept); False when the user keeps it."""
        if not self.window.release():
            return False
        view = self.config.region_state(self.slug)
        for key in self._PER_REGION:
            _set(view, key, self.config.state.get(key))
        return True

    def close(self) -> None:
        """Close the window, stop the background work and close the working copy."""
        self.window.close()
        self.runner.shutdown()
        self.store.close()
        self.window.deleteLater()


def _align_account(config: Config, store: Store) -> None:
    """Sync the open region with the CMS account it was pulled with (its own address and user)."""
    region = store.region()
    if region is None or region.slug == DEMO_SLUG or not region.cms_url:
        return
    _set(config.settings, "cms_url", region.cms_url)
    user = store.sync_meta().get("user")
    if user:
        _set(config.settings, "cms_user", user)


def _set(values: IniValues, key: str, value: object) -> None:
    """Set ``key`` only when it changes: every set rewrites the file."""
    if values.get(key) != value:
        values.set(key, value)


class Desk(QObject):
    """What the app shows: the start screen or a region session, and switching between regions."""

    def __init__(self, app: QApplication, args: argparse.Namespace, config: Config) -> None:
        super().__init__()
        self.app, self.args, self.config = app, args, config
        self.session: RegionSession | None = None
        self.start_screen: StartScreen | None = None
        self.size: QSize | None = None
        self._runner: TaskRunner | None = None
        #: Passwords typed in "Connect to a CMS…" this run (memory only), handed to each region window.
        self._typed: dict[tuple[str, str], str] = {}
        from editor.views.sync.connection import http_client_factory, network_from_config

        # ``factory(cms_url) -> client`` for "Connect to a CMS…" (tests put a fake CMS here).
        self.client_factory = lambda url: http_client_factory(url, network_from_config(config))

    # -- public API -------------------------------------------------------------------------------
    def start(self) -> int | None:
        """Show what the arguments ask for; an exit code when that cannot be opened (None: go on)."""
        from editor.views.geometry import parse_size

        store: Store | None = None
        try:
            self.size = parse_size(self.args.geometry) if getattr(self.args, "geometry", None) else None
        except ValueError as exc:
            return self._fail(exc)
        if demo_copy_pending():  # the window's modules load while the demo copy waits for the disk
            import editor.views.main_window  # noqa: F401
        try:
            store = open_working_copy(self.args, self.config)
            page = self._initial_page(store) if store is not None else None
        except (StoreError, ImportDataError, StartError, PageAddressError) as exc:
            if store is not None:
                store.close()
            if self._named_on_command_line():
                return self._fail(exc)
            # the last region cannot be opened any more: say why, then let the user choose
            print(f"integreat-desk: {exc}", file=sys.stderr)
            store = None
        if store is None:
            self.show_start_screen()
        else:
            try:
                session = RegionSession(store, self.config, defer=True, page=page)
            except StoreError as exc:  # e.g. its languages cannot be read
                store.close()
                return self._fail(exc)
            self._show(session)
        if self.args.screenshot:
            QTimer.singleShot(0, self._screenshot)
        return None

    def show_start_screen(self) -> None:
        """The start screen as the app's first window (no region open)."""
        screen = self._start_screen(opener=self.switch_to)
        screen.rejected.connect(lambda: None if self.session else self.app.quit())
        if self.size is not None:
            screen.resize(self.size)
        self.start_screen = screen
        screen.show()

    def choose_region(self) -> None:
        """File → Open region…: the start screen over the window; switch to what is chosen."""
        screen = self._start_screen(opener=None)
        if screen.exec() and screen.chosen:
            self.switch_to(screen.chosen)

    def switch_to(self, slug: str) -> bool:
        """Open region ``slug`` in a new session (the current one lets go first); False when it failed
        or the user kept the current region."""
        from editor.views import prompts
        from editor.views.error_text import describe

        if self.session is not None and self.session.slug == slug:
            return True
        parent = self.session.window if self.session else self.start_screen
        try:
            store = open_region(self.config.data_dir, slug)
        except (StoreError, ImportDataError, StartError) as exc:
            prompts.error(parent, self.app.translate("App", "Cannot open the working copy"), describe(exc))
            return False
        old = self.session
        if old is not None and not old.release():
            store.close()
            return False
        try:
            session = RegionSession(store, self.config, defer=True)
        except StoreError as exc:  # e.g. its languages cannot be read
            store.close()
            prompts.error(parent, self.app.translate("App", "Cannot open the working copy"), describe(exc))
            return False
        self._show(session)
        if old is not None:
            old.close()
        return True

    def shutdown(self) -> None:
        """The event loop ended: keep the region's window state, stop the work, close the store."""
        if self.session is not None:
            self.session.release()
            self.session.close()
            self.session = None
        if self._runner is not None:
            self._runner.shutdown()

    # -- helpers ----------------------------------------------------------------------------------
    def _named_on_command_line(self) -> bool:
        args = self.args
        return bool(args.demo or args.region or getattr(args, "open", None) or getattr(args, "compare", None))

    def _initial_page(self, store: Store) -> tuple[int, str, str] | None:
        """(page, left language, right language) from ``--open`` / ``--compare``; None: as last time."""
        open_arg, compare = getattr(self.args, "open", None), getattr(self.args, "compare", None)
        if not open_arg and not compare:
            return None
        region = store.region()
        view = self.config.region_state(region.slug) if region else None
        remembered = str(view.get("target_language")) if view else ""
        if open_arg:
            match, right = page_to_open(store, open_arg, compare, remembered)
            return match.page_id, match.language, right
        right = checked_language([lang.code for lang in store.languages()], str(compare))
        if view is None:
            return 0, "", right
        return int(view.get("last_page")), str(view.get("source_language")), right

    def _show(self, session: RegionSession) -> None:
        from editor.views.first_paint import after_first_paint
        from editor.views.geometry import fit_to_screen

        self.session = session
        window = session.window
        for (url, user), password in self._typed.items():  # asked once per run, not again by the sync
            window.sync.credentials.remember(url, user, password)
        window.sig_open_region_requested.connect(self.choose_region)
        if session.store.read_only:
            _lock_read_only(self.app, window, session.store, self.args)
        window.show()
        if self.args.screenshot:
            window.resize(self.size or SCREENSHOT_SIZE)
            return
        if self.size is not None:
            window.resize(self.size)
        fit_to_screen(window)
        # the checks and the desk's sidebars: once the window (its page loaded) is on the screen
        after_first_paint(window.source_pane.editor.viewport(), window.finish_start)

    def _start_screen(self, opener: Callable[[str], bool] | None) -> StartScreen:
        from PySide6.QtCore import Qt

        from editor.views.start.start_screen import StartScreen

        current = self.session.slug if self.session else ""
        screen = StartScreen(self.config.data_dir, self._connect, current, opener=opener)
        modality = Qt.WindowModality
        screen.setWindowModality(modality.ApplicationModal if self.session else modality.NonModal)
        return screen

    def _connect(self, parent: QWidget) -> str | None:
        """ "Connect to a CMS…": log in, choose a region, pull it; the slug pulled, or None."""
        from editor.views.start.connect_dialog import ConnectDialog

        if self._runner is None:
            self._runner = TaskRunner()
        settings = self.config.settings
        dialog = ConnectDialog(
            self.config.data_dir, self._runner, self.client_factory,
            cms_url=str(settings.get("cms_url")), user=str(settings.get("cms_user")),
            existing=frozenset(region_slugs(self.config.data_dir)), parent=parent,
        )  # fmt: skip
        if not dialog.exec():
            return None
        url, user, password = dialog.account()
        self._typed[(url, user)] = password
        return dialog.pulled

    def _fail(self, exc: Exception) -> int:
        from editor.views import prompts
        from editor.views.error_text import describe

        print(f"integreat-desk: {exc}", file=sys.stderr)
        if not self.args.screenshot:
            title = (
                self.app.translate("App", "Cannot open the page")
                if isinstance(exc, PageAddressError)
                else self.app.translate("App", "Cannot open the working copy")
            )
            prompts.error(None, title, describe(exc))
        return 2

    def _screenshot(self) -> None:
        """Render the window (its page loaded) or the start screen as it first appears, save it and
        quit; with ``--screenshot-wait``, build the desk's sidebars and the checks and let spelling and
        readability report first."""
        app, target = self.app, Path(self.args.screenshot)
        app.processEvents()
        widget: QWidget | None = self.start_screen
        if self.session is not None:
            window = widget = self.session.window
            _wait_until(app, lambda: window.source_pane.page_id is not None, 5.0)
            wait = float(self.args.screenshot_wait)
            if wait > 0:
                window.finish_start()
            runner = self.session.runner
            _wait_until(app, lambda: not runner.busy, wait)
        app.processEvents()
        assert widget is not None
        pixmap = widget.grab()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(target), "PNG", 80):
            print(f"integreat-desk: cannot write the screenshot to {target}", file=sys.stderr)
            app.exit(1)
            return
        widget.close()
        app.exit(0)


def _lock_read_only(app: QApplication, window: MainWindow, store: Store, args: argparse.Namespace) -> None:
    """A read-only working copy: editing and sync off, and one message that stays in the status bar."""
    from PySide6.QtWidgets import QLabel

    for pane in (window.source_pane, window.target_pane):
        pane.set_editing_locked(True)
    window.sync.sync_action.setEnabled(False)
    text = app.translate("App", "Read-only: {0} cannot be changed; you can read and search.").format(
        store.path
    )
    window.statusBar().addPermanentWidget(QLabel(text))
    if args.screenshot:
        print(f"integreat-desk: {store.path}: read-only; opened for reading", file=sys.stderr)


def _wait_until(app: QApplication, done: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.005)


def run(app: QApplication, args: argparse.Namespace) -> int:
    """Start the GUI; returns the exit code."""
    data_dir = Path(args.data) if args.data else default_data_dir()
    config = Config.load(data_dir)
    config.keep_window_geometry = not args.screenshot  # a rendering must not resize the user's window
    language = ui_language(args.ui_lang, config)
    translators = install_translators(app, language)
    set_number_locale(language)
    app.setProperty("translators", translators)
    if (resources_dir() / "fonts").is_dir():  # an installed bundle brings fonts with Arabic script
        from editor.views.installation import load_bundled_fonts

        load_bundled_fonts()
    desk = Desk(app, args, config)
    code = desk.start()
    if code is None:
        code = app.exec()
    desk.shutdown()
    if args.screenshot:
        # Nothing is left to save: skip tearing down Qt and hundreds of modules one by one.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
