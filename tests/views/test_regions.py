"""Several regions: the start screen, connecting to a CMS, switching regions, and fitting the screen.

The CMS is the in-memory :class:`MemoryCmsClient`; working copies are real SQLite files in tmp_path;
passwords go to the in-memory keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from editor.app import Desk, RegionSession
from editor.cli import parse_args
from editor.config import Config
from editor.models.demo import DEMO_SLUG, ensure_demo
from editor.models.store import open_store
from editor.sync import credentials
from editor.sync.bundled_client import fill_demo
from editor.sync.errors import LoginRejected
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.service import SyncService
from editor.tasks import TaskRunner
from editor.views import prompts
from editor.views.geometry import fit_rect
from editor.views.start.connect_dialog import ConnectDialog
from editor.views.start.start_screen import StartScreen
from tests.support import MemoryKeyring

SLUG = "testhausen"
CMS_URL = "https://cms.test.example"


def _cms() -> MemoryCmsClient:
    client = MemoryCmsClient(region=SLUG, languages=(("de", False), ("ar", True)))
    home = client.add_page({"de": ("Start", "<p>Willkommen</p>"), "ar": ("البداية", "<p>أهلا</p>")})
    client.add_page({"de": ("Arzt", "<p>Ärzte</p>")}, home)
    return client


def _pull(data: Path, slug: str = SLUG) -> None:
    store = open_store(data, slug, create=True)
    try:
        SyncService(store, _cms(), slug, "editor", lambda _user: "secret").pull()
    finally:
        store.close()


class TotpCms(MemoryCmsClient):
    """The in-memory CMS with an account that has a second factor (code 123456)."""

    def login(self, user: str, password: str, totp_secret_or_code: str | None = None) -> None:
        if totp_secret_or_code is None:
            raise LoginRejected(user, "the account needs a TOTP code (second factor)")
        if totp_secret_or_code != "123456":
            raise LoginRejected(user, "the TOTP code was not accepted")
        super().login(user, password)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error prompts, recorded instead of shown."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    """A desk on ``tmp_path`` (shut down afterwards); start it with ``desk.start()``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = Desk(app, parse_args(["--data", str(tmp_path)]), Config.load(tmp_path))
    made.client_factory = lambda _url: _cms()
    yield made
    made.shutdown()
    if made.start_screen is not None:
        made.start_screen.close()


# -- start screen -----------------------------------------------------------------------------------
def test_start_screen_lists_every_working_copy(qtbot: QtBot, tmp_path: Path) -> None:
    """Name, CMS address, last pull, pages and languages per working copy; a broken one disabled."""
    ensure_demo(tmp_path, fill_demo).close()
    _pull(tmp_path)
    broken = tmp_path / "regions" / "kaputt" / "working-copy.sqlite"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"not a database" * 20)
    screen = StartScreen(tmp_path)
    qtbot.addWidget(screen)
    rows = {
        screen.table.topLevelItem(i).data(0, 256): screen.table.topLevelItem(i)
        for i in range(screen.table.topLevelItemCount())
    }
    assert set(rows) == {DEMO_SLUG, SLUG, "kaputt"}
    pulled = rows[SLUG]
    assert pulled.text(3) == "2"
    assert pulled.text(4) == "de, ar"
    assert pulled.text(2) != "never"
    assert rows[DEMO_SLUG].text(0) == "Stadt Musterstadt"
    assert rows[DEMO_SLUG].text(2) == "never"
    assert rows["kaputt"].isDisabled()
    assert "cannot be opened" in rows["kaputt"].text(4)
    assert screen.demo_button.isHidden()  # the demo is already in the list


def test_start_screen_without_working_copies_offers_connect_and_demo(qtbot: QtBot, tmp_path: Path) -> None:
    """An empty data folder: a sentence saying so, Connect and the demo button, no table."""
    screen = StartScreen(tmp_path, connect=lambda _parent: None)
    qtbot.addWidget(screen)
    assert screen.table.isHidden()
    assert not screen.empty_label.isHidden()
    assert screen.connect_button.isEnabled()
    assert not screen.demo_button.isHidden()
    assert not screen.open_button.isEnabled()
    screen.show()
    qtbot.waitExposed(screen)
    # the sentence follows the heading and the screen is only as tall as its text (no empty middle)
    gap = screen.empty_label.geometry().top() - screen.heading.geometry().bottom()
    assert gap < 20
    assert screen.folder_label.geometry().top() - screen.empty_label.geometry().bottom() < 30
    assert screen.height() < 320
    assert "user name" in screen.empty_label.text()
    assert screen.connect_button.isDefault()  # Enter connects (Open has nothing to open)
    assert not screen.open_button.isDefault()


def test_desk_without_working_copy_shows_the_start_screen_not_the_demo(desk: Desk, tmp_path: Path) -> None:
    """No --demo and no working copy: the start screen, and no demo region is created."""
    assert desk.start() is None
    assert desk.session is None
    assert desk.start_screen is not None
    assert desk.start_screen.isVisible()
    assert not (tmp_path / "regions").exists()


def test_desk_last_region_unreadable_falls_back_to_the_start_screen(
    desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A remembered region whose working copy cannot be read: one line on stderr, then the start
    screen (with that copy listed as not openable) instead of an exit."""
    broken = tmp_path / "regions" / "kaputt" / "working-copy.sqlite"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"not a database" * 20)
    Config.load(tmp_path).state.set("region", "kaputt")
    desk.config = Config.load(tmp_path)
    assert desk.start() is None
    assert desk.session is None
    assert desk.start_screen is not None
    assert desk.start_screen.isVisible()
    assert "not a readable working copy" in capsys.readouterr().err
    assert broken.read_bytes() == b"not a database" * 20


def test_desk_start_screen_opens_the_demo_when_asked(desk: Desk, tmp_path: Path) -> None:
    """ "Open the demo region" creates and opens the demo; the start screen goes away."""
    desk.start()
    assert desk.start_screen is not None
    desk.start_screen.demo_button.click()
    assert desk.session is not None
    assert desk.session.slug == DEMO_SLUG
    assert desk.session.window.isVisible()
    assert not desk.start_screen.isVisible()


# -- connecting ----------------------------------------------------------------------------------------
def _connect_dialog(qtbot: QtBot, data: Path, cms: MemoryCmsClient) -> ConnectDialog:
    runner = TaskRunner()
    runner.set_inline(True)
    urls: list[str] = []
    dialog = ConnectDialog(data, runner, lambda url: urls.append(url) or cms)
    qtbot.addWidget(dialog)
    dialog.address.setText("cms.test.example/")
    dialog.user.setText("editor")
    dialog.password.setText("secret")
    return dialog


def test_connect_dialog_lists_the_account_regions_and_pulls_one(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Log in, the account's region is listed, pulling it makes its working copy; the password is
    kept in the keyring under the CMS address and user."""
    dialog = _connect_dialog(qtbot, tmp_path, _cms())
    dialog.log_in()
    assert dialog.pages.currentIndex() == 1
    assert dialog.region_list.count() == 1
    assert "testhausen" in dialog.region_list.item(0).text()
    with qtbot.waitSignal(dialog.sig_region_pulled) as pulled:
        dialog.pull_button.click()
    assert pulled.args == [SLUG]
    assert dialog.pulled == SLUG
    store = open_store(tmp_path, SLUG)
    try:
        assert len(store.page_tree()) == 2
    finally:
        store.close()
    assert credentials.get_password(CMS_URL, "editor") == "secret"
    assert memory_keyring.store == {("integreat-desk/" + CMS_URL, "editor"): "secret"}


def test_connect_dialog_asks_for_the_second_factor(qtbot: QtBot, tmp_path: Path) -> None:
    """An account with TOTP: the code field appears, and with the code the regions are listed."""
    dialog = _connect_dialog(qtbot, tmp_path, TotpCms(region=SLUG))
    dialog.log_in()
    assert dialog.pages.currentIndex() == 0
    assert dialog._totp_shown
    assert "second factor" in dialog.message.text()
    dialog.totp.setText("123456")
    dialog.log_in()
    assert dialog.pages.currentIndex() == 1
    assert dialog.region_list.count() == 1


def test_connect_dialog_enter_logs_in_instead_of_cancelling(qtbot: QtBot, tmp_path: Path) -> None:
    """Enter in the password field is "Log in" (it once closed the dialog as Cancel)."""
    dialog = _connect_dialog(qtbot, tmp_path, _cms())
    dialog.show()
    dialog.password.setText("wrong")
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.login_button.isDefault()
    assert "wrong user name or password" in dialog.message.text()


def test_connect_dialog_shows_a_rejected_login(qtbot: QtBot, tmp_path: Path) -> None:
    """A wrong password stays on the account page with the CMS's reason; nothing is created."""
    dialog = _connect_dialog(qtbot, tmp_path, _cms())
    dialog.password.setText("wrong")
    dialog.log_in()
    assert dialog.pages.currentIndex() == 0
    assert "wrong user name or password" in dialog.message.text()
    assert not (tmp_path / "regions").exists()


def test_connect_dialog_takes_a_region_already_here_without_pulling(qtbot: QtBot, tmp_path: Path) -> None:
    """A region that is already in the data folder is opened, not pulled a second time."""
    cms = _cms()
    runner = TaskRunner()
    runner.set_inline(True)
    dialog = ConnectDialog(tmp_path, runner, lambda _url: cms, existing=frozenset({SLUG}))
    qtbot.addWidget(dialog)
    dialog.address.setText(CMS_URL)
    dialog.user.setText("editor")
    dialog.password.setText("secret")
    dialog.log_in()
    assert "already in this data folder" in dialog.region_list.item(0).text()
    dialog.pull(SLUG)
    assert dialog.pulled == SLUG
    assert not (tmp_path / "regions").exists()


# -- switching -----------------------------------------------------------------------------------------
def test_desk_switches_regions_and_saves_pending_edits_first(
    desk: Desk, tmp_path: Path, qtbot: QtBot, errors: list[str]
) -> None:
    """File → Open region… switches without a restart: the typed edit is saved in the old region,
    the window is rebuilt around the new working copy, and each region keeps its own last page."""
    ensure_demo(tmp_path, fill_demo).close()
    _pull(tmp_path)
    desk.args = parse_args(["--data", str(tmp_path), "--demo"])
    assert desk.start() is None
    first = desk.session
    assert isinstance(first, RegionSession)
    qtbot.waitUntil(lambda: first.window.source_pane.page_id is not None, timeout=5000)
    page = first.window.source_pane.page_id
    first.window.source_pane.editor.setPlainText("Typed just before switching.")
    assert desk.switch_to(SLUG)
    second = desk.session
    assert second is not None
    assert second is not first
    assert second.slug == SLUG
    assert "Testhausen" in second.window.windowTitle()
    assert not first.window.isVisible()
    assert second.window.tree_model.page_count() == 2
    demo = open_store(tmp_path, DEMO_SLUG)
    try:
        saved = demo.translation(page, "de")  # type: ignore[arg-type]
        assert saved is not None
        assert "Typed just before switching." in saved.content
    finally:
        demo.close()
    assert desk.config.region_state(DEMO_SLUG).get("last_page") == page
    assert desk.config.state.get("region") == SLUG
    assert errors == []


def test_desk_switch_to_a_missing_region_keeps_the_current_one(
    desk: Desk, tmp_path: Path, errors: list[str]
) -> None:
    """A region without a working copy: an error naming the regions that exist; nothing changes."""
    desk.args = parse_args(["--data", str(tmp_path), "--demo"])
    desk.start()
    current = desk.session
    assert not desk.switch_to("augsburg")
    assert desk.session is current
    assert errors
    assert "no working copy of region 'augsburg'" in errors[0]
    assert "musterstadt" in errors[0]


def test_desk_sync_does_not_ask_again_for_the_password_typed_when_connecting(
    desk: Desk, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a keyring the app asks once per run: the password typed in "Connect to a CMS…" is the
    one the region's first sync uses (it asked a second time before); it is kept in memory only."""

    def connect_and_pull(dialog: ConnectDialog) -> int:
        dialog.address.setText("cms.test.example/")
        dialog.user.setText("editor")
        dialog.password.setText("secret")
        dialog.log_in()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
        with qtbot.waitSignal(dialog.sig_region_pulled, timeout=20_000):
            dialog.pull_button.click()
        return 1

    monkeypatch.setattr(ConnectDialog, "exec", connect_and_pull)
    monkeypatch.setattr(credentials, "secure_store_available", lambda: False)
    monkeypatch.setattr(credentials, "get_password", lambda *_args: None)
    assert desk._connect(QWidget()) == SLUG
    assert desk.switch_to(SLUG)
    assert desk.session is not None
    session_credentials = desk.session.window.sync.credentials
    assert session_credentials.known(CMS_URL, "editor") == "secret"
    written = [path for path in tmp_path.rglob("*") if path.is_file() and b"secret" in path.read_bytes()]
    assert written == []


def test_desk_open_region_menu_shows_the_start_screen(desk: Desk, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """File → Open region… shows the start screen with the current region selected."""
    desk.args = parse_args(["--data", str(tmp_path), "--demo"])
    desk.start()
    shown: list[StartScreen] = []

    def fake_exec(screen: StartScreen) -> int:
        shown.append(screen)
        return 0

    monkeypatch.setattr(StartScreen, "exec", fake_exec)
    assert desk.session is not None
    desk.session.window.menus.open_region_action.trigger()
    assert len(shown) == 1
    current = shown[0].table.currentItem()
    assert current is not None
    assert current.data(0, 256) == DEMO_SLUG


# -- screen size ------------------------------------------------------------------------------------------
def test_fit_rect_brings_a_large_saved_geometry_inside_the_screen() -> None:
    """A 2560×1440 frame saved at x=1900 on a big monitor ends up inside a 1366×728 work area."""
    available = QRect(0, 0, 1366, 728)
    fitted = fit_rect(QRect(1900, 200, 2560, 1440), available)
    assert available.contains(fitted)
    assert fitted.size().toTuple() == (1366, 728)
    small = fit_rect(QRect(-300, 500, 800, 600), available)
    assert (small.left(), small.bottom(), small.width()) == (0, 727, 800)


def test_desk_brings_a_saved_big_geometry_back_on_screen(desk: Desk, tmp_path: Path, qtbot: QtBot) -> None:
    """A geometry saved on a 2560×1440 screen opens wholly inside the (smaller) available screen."""
    big = QMainWindow()
    big.setGeometry(1800, 900, 2400, 1300)
    Config.load(tmp_path).state.set("geometry", bytes(big.saveGeometry().toBase64().data()).decode())
    desk.args = parse_args(["--data", str(tmp_path), "--demo"])
    desk.start()
    assert desk.session is not None
    window = desk.session.window
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if window.minimumSizeHint().width() <= screen.width():
        assert screen.contains(frame), (screen, frame)
    else:  # the test screen (offscreen: 800×800) is narrower than the window can be: smallest, at its left
        assert frame.topLeft() == screen.topLeft(), (screen, frame)
        smallest = window.minimumSizeHint()
        assert window.width() <= smallest.width() + 1, (window.size(), smallest)
        assert frame.height() <= screen.height(), (screen, frame)


def test_main_window_fits_1366x768_with_the_status_bar(desk: Desk, tmp_path: Path, qtbot: QtBot) -> None:
    """At 1366×768 (task bar and title bar off: 1366×690) everything fits, the status bar is
    visible, and both editors keep a usable size."""
    desk.args = parse_args(["--data", str(tmp_path), "--demo"])
    desk.start()
    assert desk.session is not None
    window = desk.session.window
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366
    assert hint.height() <= 690
    window.resize(1366, 690)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1366, 690), timeout=3000)
    status = window.statusBar()
    assert status.isVisible()
    assert status.geometry().bottom() < window.height()
    for pane in (window.source_pane, window.target_pane):
        editor = pane.editor
        assert editor.isVisible()
        assert editor.width() >= 300
        assert editor.height() >= 150


def test_main_window_with_the_quality_report_fits_1366x768(desk: Desk, tmp_path: Path, qtbot: QtBot) -> None:
    """At 1366×768 (1366×690 inside) the quality report opens as a tab beside the texts: the window
    stays inside the screen, the table shows at least 12 rows (before, as a dock under the editors:
    4), the folded summary opens with one click and the choice is remembered; the tab "Pages and
    texts" and Ctrl+Shift+R lead back to editors of full size."""
    from PySide6.QtCore import Qt

    desk.args = parse_args(["--data", str(tmp_path), "--demo"])
    desk.start()
    assert desk.session is not None
    window = desk.session.window
    window.resize(1366, 690)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1366, 690), timeout=3000)
    panel = window.report.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=20_000)
    qtbot.wait(50)
    assert window.minimumSizeHint().height() <= 690
    assert window.size().toTuple() == (1366, 690)
    assert window.statusBar().isVisible()
    assert window.statusBar().geometry().bottom() < window.height()
    assert window.views.currentWidget() is panel
    assert window.views.tabBar().isVisible()
    row = panel.table.verticalHeader().defaultSectionSize()
    assert not panel.pictures.isVisible()  # a short window starts with the summary folded away
    assert panel.table.viewport().height() >= 12 * row
    panel.summary_button.click()  # the summary is one click away, and the table still shows rows
    qtbot.waitUntil(lambda: panel.pictures.isVisible(), timeout=3000)
    qtbot.wait(50)
    assert panel.pictures.height() >= 60
    assert panel.table.viewport().height() >= 6 * row
    assert window.config.state.get("quality_summary") == "shown"
    # back to the texts: the tab, or the report's key again; both editors at full size
    window.views.setCurrentIndex(0)
    for pane in (window.source_pane, window.target_pane):
        assert pane.editor.isVisible()
        assert pane.editor.height() >= 150
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_R, keys)
    assert window.views.currentWidget() is panel
    qtbot.keyClick(window, Qt.Key.Key_R, keys)
    assert window.views.currentIndex() == 0


def test_page_asked_for_is_in_front_of_a_remembered_report(qtbot: QtBot, tmp_path: Path) -> None:
    """The quality report in front at the last close opens again, but behind a page asked for at the
    start (--open, --compare): that page is what the user wants to see."""
    store = ensure_demo(tmp_path, fill_demo)
    config = Config.load(tmp_path)
    config.state.set("quality_report", "front")
    page = store.page_tree()[3].id
    session = RegionSession(store, config, defer=False, page=(page, "de", "ar"))
    window = session.window
    qtbot.addWidget(window)
    try:
        assert window.report.panel is not None
        assert window.views.has_part(window.report.panel)
        assert window.views.texts_in_front()
        qtbot.waitUntil(lambda: window.source_pane.page_id == page)
    finally:
        session.close()
