"""The sync UI against the in-memory CMS: Sync now, cancel, failures, auto-push, conflicts, login.

Everything runs inline (``runner.set_inline(True)``) against :class:`MemoryCmsClient` and a real SQLite
working copy; passwords go to an in-memory keyring backend. Nothing here touches the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backends import null
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from editor.app import check_services
from editor.config import Config
from editor.models.enums import Status
from editor.models.store import open_store
from editor.sync import credentials
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.network import LoginRejected, Unreachable
from editor.sync.service import SyncReport, SyncService
from editor.tasks import TaskRunner
from editor.views.dialogs import SettingsDialog
from editor.views.main_window import MainWindow
from editor.views.sync.conflict_dialog import ConflictDialog
from editor.views.sync.login_dialog import LoginAnswer, LoginDialog, LoginRequest, SessionCredentials
from editor.views.sync.paragraphs import Side, align, split_blocks
from editor.views.sync.sync_controller import NetState
from tests.support import MemoryKeyring

CMS_URL = "https://cms.test.example"
SLUG = "testhausen"
PASSWORD = "secret"


class Asker:
    """Stands in for the login dialog: records each request and answers from a queue."""

    def __init__(self, *answers: LoginAnswer | None) -> None:
        self.answers = list(answers)
        self.requests: list[tuple[LoginRequest, bool]] = []

    def __call__(self, request: LoginRequest, secure: bool) -> LoginAnswer | None:
        self.requests.append((request, secure))
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def cms() -> MemoryCmsClient:
    """A small region: a home page with two children, German and English."""
    client = MemoryCmsClient(region=SLUG, languages=(("de", False), ("en", False)))
    home = client.add_page({"de": ("Start", "<p>Willkommen</p>"), "en": ("Home", "<p>Welcome</p>")})
    client.add_page({"de": ("Arzt", "<p>Ärzte</p>"), "en": ("Doctor", "<p>Doctors</p>")}, home)
    client.add_page({"de": ("Schule", "<p>Schulen</p>"), "en": ("School", "<p>Schools</p>")}, home)
    return client


@pytest.fixture
def sync_window(
    qtbot: QtBot, tmp_path: Path, cms: MemoryCmsClient, memory_keyring: MemoryKeyring
) -> Iterator[MainWindow]:
    """A window on a working copy pulled from ``cms``, its controller talking to ``cms`` only."""
    store = open_store(tmp_path, SLUG, create=True)
    SyncService(store, cms, SLUG, "editor", lambda _user: PASSWORD).pull()
    config = Config.load(tmp_path)
    config.settings.set("cms_url", CMS_URL)
    config.settings.set("cms_user", "editor")
    credentials.store(CMS_URL, "editor", PASSWORD)
    runner = TaskRunner()
    runner.set_inline(True)
    window = MainWindow(store, config, check_services(config, runner))
    window.sync.probe_timer.stop()
    window.sync.client_factory = lambda _url, _network: cms
    window.sync.credentials = SessionCredentials(window, Asker())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.sync.stop()
    store.close()


def _page(window: MainWindow, cms_page_id: int) -> int:
    return next(row.id for row in window.store.page_tree() if row.cms_page_id == cms_page_id)


def _server_status(cms: MemoryCmsClient, cms_page_id: int, language: str) -> str:
    return cms.pages[cms_page_id].versions[language][-1].status


def _finished(window: MainWindow) -> list[SyncReport]:
    reports: list[SyncReport] = []
    window.sync.sig_sync_finished.connect(reports.append)
    return reports


# -- Sync now ---------------------------------------------------------------------------------------
def test_sync_now_pulls_and_refreshes_the_tree(sync_window: MainWindow, cms: MemoryCmsClient) -> None:
    """A page another editor created appears in the tree after Sync now; the label says Online."""
    window = sync_window
    before = window.tree_model.page_count()
    new = cms.add_page({"de": ("Wohnen", "<p>Wohnungen</p>"), "en": ("Housing", "<p>Flats</p>")})
    cms.edit(2, "en", "Doctor", "<p>Doctors and pharmacies</p>")
    reports = _finished(window)
    assert window.sync.sync_now()
    assert window.tree_model.page_count() == before + 1
    assert window.tree_model.index_of_page(_page(window, new)).isValid()
    text = window.store.translation(_page(window, 2), "en")
    assert text is not None
    assert "pharmacies" in text.content
    assert reports
    assert reports[0].ok
    assert window.sync.network_label.text() == "Online"
    assert not window.sync.progress_bar.isVisible()
    assert window.sync.sync_action.isEnabled()


def test_sync_now_brings_a_new_language_into_the_panes_and_the_tree(
    sync_window: MainWindow, cms: MemoryCmsClient
) -> None:
    """A language added in the CMS comes with the next pull: a column in the tree and a choice in both
    panes' language lists, each pane keeping the language and page it shows."""
    window = sync_window
    shown = window.source_pane.page_id
    columns = window.tree_model.columnCount()
    cms.add_language("fa", rtl=True)
    assert window.sync.sync_now()
    assert [lang.code for lang in window.languages] == ["de", "en", "fa"]
    assert window.tree_model.columnCount() == columns + 1
    for pane, code in ((window.source_pane, "de"), (window.target_pane, "en")):
        box = pane.language_box
        assert [box.itemData(i).code for i in range(box.count())] == ["de", "en", "fa"]
        assert pane.language is not None
        assert pane.language.code == code
        assert pane.page_id == shown


def test_sync_now_runs_on_the_database_thread(
    sync_window: MainWindow, cms: MemoryCmsClient, qtbot: QtBot
) -> None:
    """With a threaded runner the sync runs off the GUI thread; progress and the result arrive on it."""
    window = sync_window
    runner = window.sync.runner
    runner.set_inline(False)
    window.store.save_translation(_page(window, 3), "en", title="School", content="<p>Threaded</p>")
    threads: list[bool] = []
    window.sync.sig_progress.connect(lambda *_a: threads.append(QThread.currentThread() is window.thread()))
    try:
        with qtbot.waitSignal(window.sync.sig_sync_finished, timeout=20_000) as blocker:
            assert window.sync.sync_now()
            assert window.sync.network_label.text() == "Syncing…"
            assert window.sync.progress_bar.isVisible()
    finally:
        runner.shutdown()
    assert blocker.args[0].pushed == 1
    assert threads
    assert all(threads)
    assert cms.latest(3, "en").content == "<p>Threaded</p>"  # type: ignore[union-attr]
    assert window.store.outbox_count() == 0


def test_sync_now_without_cms_opens_the_settings(
    sync_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no CMS address the label says so, and Sync now opens the settings instead."""
    window = sync_window
    window.config.settings.set("cms_url", "")
    opened: list[bool] = []
    monkeypatch.setattr(window, "open_settings", lambda: opened.append(True))
    window.sync.refresh()
    assert window.sync.network_label.text() == "No CMS configured"
    assert not window.sync.sync_now()
    assert opened == [True]
    # F5 goes to the settings at once: no "Send with QA warnings?" for a sync that cannot happen
    asked: list[bool] = []
    monkeypatch.setattr(window.desk, "confirm_sending", lambda: asked.append(True) or True)
    window.sync.sync_action.trigger()
    assert opened == [True, True]
    assert asked == []


def test_sync_cancel_stops_before_sending(sync_window: MainWindow, cms: MemoryCmsClient) -> None:
    """Cancel during the sync stops it: the report says cancelled, the edits stay in the outbox."""
    window = sync_window
    for cms_id in (1, 2, 3):
        window.store.save_translation(_page(window, cms_id), "en", title=f"T{cms_id}", content="<p>new</p>")
    window.sync.sig_progress.connect(lambda *_args: window.sync.cancel_button.click())
    reports = _finished(window)
    window.sync.sync_now()
    assert reports[0].cancelled
    assert window.store.outbox_count() == 3
    assert all(cms.latest(cms_id, "en").title != f"T{cms_id}" for cms_id in (1, 2, 3))  # type: ignore[union-attr]
    assert not window.sync.syncing
    assert window.sync.sync_action.isEnabled()


def test_sync_failing_item_shows_its_message_and_others_push(
    sync_window: MainWindow, cms: MemoryCmsClient
) -> None:
    """A page the server refuses shows the server's message; the other edit is still sent."""
    window = sync_window
    window.store.save_translation(_page(window, 2), "en", title="", content="<p>no title</p>")
    window.store.save_translation(_page(window, 3), "en", title="School", content="<p>Schools, now</p>")
    window.sync.sync_now()
    dialog = window.sync.result_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert any("This field is required: title" in message for message in dialog.messages())
    assert cms.latest(3, "en").content == "<p>Schools, now</p>"  # type: ignore[union-attr]
    assert window.store.outbox_count() == 1
    dialog.close()


# -- probe and auto-push ----------------------------------------------------------------------------
def test_probe_offline_then_online_pushes_automatically(
    sync_window: MainWindow, cms: MemoryCmsClient
) -> None:
    """With auto-push on, an edit made offline is sent as soon as the probe finds the CMS again."""
    window = sync_window
    window.config.settings.set("auto_push", True)
    window.store.save_translation(_page(window, 2), "en", title="Doctor", content="<p>Offline edit</p>")
    cms.online = False
    window.sync.probe_now()
    assert window.sync.state is NetState.OFFLINE
    assert window.sync.network_label.text() == "Offline"
    assert window.sync.probe_timer.isActive()
    assert window.sync.probe_timer.interval() >= 10_000  # backoff, never a tight loop
    window.sync.probe_now()
    assert window.sync.probe_timer.interval() >= 16_000
    assert window.store.outbox_count() == 1
    cms.online = True
    reports = _finished(window)
    window.sync.probe_now()
    assert window.sync.state is NetState.ONLINE
    assert reports
    assert reports[0].pushed == 1
    assert window.store.outbox_count() == 0
    assert cms.latest(2, "en").content == "<p>Offline edit</p>"  # type: ignore[union-attr]


def test_probe_online_without_auto_push_sends_nothing(sync_window: MainWindow, cms: MemoryCmsClient) -> None:
    """Without auto-push the probe only updates the label; the edit waits for Sync now."""
    window = sync_window
    window.store.save_translation(_page(window, 2), "en", title="Doctor", content="<p>Waiting</p>")
    cms.online = False
    window.sync.probe_now()
    cms.online = True
    window.sync.probe_now()
    assert window.sync.network_label.text() == "Online"
    assert window.store.outbox_count() == 1


def test_sync_unreachable_shows_the_error_and_goes_offline(
    sync_window: MainWindow, cms: MemoryCmsClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that cannot be reached gives one clear error and the Offline label."""
    errors: list[str] = []
    monkeypatch.setattr("editor.views.prompts.error", lambda _p, _t, text: errors.append(text))
    cms.fail_next(Unreachable("cms.test.example", "connection refused"), count=50)
    sync_window.sync.sync_now()
    assert errors == [
        "Cannot reach cms.test.example: the connection was refused. "
        "Check the address and port, and that the CMS runs."
    ]
    assert sync_window.sync.network_label.text() == "Offline"


# -- conflicts --------------------------------------------------------------------------------------
BASE = "<p>Opening hours: 8-12.</p><p>Bring your card.</p><p>Call us.</p>"


def test_conflict_dialog_resolves_per_paragraph_without_publishing(
    sync_window: MainWindow, cms: MemoryCmsClient
) -> None:
    """Mine/theirs per paragraph plus an edit become the local text; it stays a queued draft."""
    window = sync_window
    cms.edit(2, "en", "Doctor", BASE, status="DRAFT")
    window.sync.sync_now()
    page = _page(window, 2)
    window.store.save_translation(
        page, "en", title="Doctor", content=BASE.replace("8-12", "8-13").replace("card", "health card")
    )
    cms.edit(2, "en", "Doctors", BASE.replace("8-12", "9-12").replace("Call us.", "Call us today."), "DRAFT")
    window.sync.sync_now()
    assert window.sync.conflicts_action.isEnabled()
    assert window.tree_model.data(window.tree_model.index_of_page(page).siblingAtColumn(2)).startswith("⚠")
    dialog = window.sync.resolve_conflicts()
    assert isinstance(dialog, ConflictDialog)
    view = dialog.current_view()
    assert view is not None
    assert [row.both_changed for row in view.paragraphs] == [True, False, False]
    assert [choice.side for choice in view.rows] == [Side.MINE, Side.MINE, Side.THEIRS]
    view.rows[0].choose(Side.THEIRS)
    view.rows[1].editor.setPlainText("Bring your health card and ID.")  # type: ignore[attr-defined]
    view.title_choice.choose(Side.THEIRS)
    assert dialog.use_current()
    saved = window.store.translation(page, "en")
    assert saved is not None
    assert saved.title == "Doctors"
    assert "9-12" in saved.content
    assert "health card and ID" in saved.content
    assert "Call us today." in saved.content
    assert saved.status is Status.DRAFT
    assert saved.changed_locally
    assert window.store.outbox_count() == 1
    assert _server_status(cms, 2, "en") == "DRAFT"
    assert "health card" not in cms.latest(2, "en").content  # type: ignore[union-attr]
    assert not window.sync.conflicts_action.isEnabled()
    assert not dialog.isVisible()
    window.sync.sync_now()
    assert "health card and ID" in cms.latest(2, "en").content  # type: ignore[union-attr]
    assert _server_status(cms, 2, "en") == "DRAFT"


def test_paragraphs_align_base_mine_theirs() -> None:
    """Blocks line up row by row; the side that changed is the default; the CMS wrapper is ignored."""
    assert split_blocks("<div><p>a</p><p>b</p></div>") == ["<p>a</p>", "<p>b</p>"]
    rows = align("<p>a</p><p>b</p>", "<div><p>a</p><p>B</p></div>", "<p>A</p><p>b</p><p>c</p>")
    assert [(r.base, r.mine, r.theirs) for r in rows] == [
        (("<p>a</p>",), ("<p>a</p>",), ("<p>A</p>",)),
        (("<p>b</p>",), ("<p>B</p>",), ("<p>b</p>",)),
        ((), (), ("<p>c</p>",)),
    ]
    assert [r.default_side for r in rows] == [Side.THEIRS, Side.MINE, Side.THEIRS]


# -- login ------------------------------------------------------------------------------------------
def test_login_dialog_without_secure_store_explains_and_asks_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No keyring backend: "remember" is disabled with the reason, and the password is asked once per run."""
    monkeypatch.delenv(credentials.PASSWORD_ENV_VAR, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        assert not credentials.secure_store_available()
        dialog = LoginDialog(LoginRequest(CMS_URL, "editor"), credentials.secure_store_available())
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.remember.isEnabled()
        assert dialog.store_note.isVisible()
        assert "No secure password store on this computer" in dialog.store_note.text()
        assert not dialog.ok_button.isEnabled()
        dialog.password.setText("pw")
        assert dialog.ok_button.isEnabled()
        assert dialog.answer() == LoginAnswer("pw", None, False)
        asker = Asker(LoginAnswer("pw", None, True))
        session = SessionCredentials(None, asker)
        assert session.obtain(CMS_URL, "editor") == "pw"
        assert session.obtain(CMS_URL, "editor") == "pw"
        assert len(asker.requests) == 1
        assert asker.requests[0][1] is False
    finally:
        keyring.set_keyring(previous)


def test_login_dialog_asks_for_totp_when_needed(qtbot: QtBot) -> None:
    """When the account needs a second factor, the dialog asks for the code and says why."""
    reason = "the CMS rejected the login of editor: the account needs a TOTP code (second factor)"
    dialog = LoginDialog(LoginRequest(CMS_URL, "editor", reason, needs_totp=True), True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.totp.isVisible()
    assert dialog.reason_label.isVisible()
    dialog.password.setText("pw")
    assert not dialog.ok_button.isEnabled()
    dialog.totp.setText("123456")
    assert dialog.answer() == LoginAnswer("pw", "123456", True)


def test_rejected_login_clears_the_stored_password_and_asks_again(
    sync_window: MainWindow, cms: MemoryCmsClient, memory_keyring: MemoryKeyring, qtbot: QtBot
) -> None:
    """A wrong stored password is removed from the keyring; the dialog asks again and sync goes on."""
    window = sync_window
    credentials.store(CMS_URL, "editor", "outdated")
    cms._user = None  # a new session, as every sync over HTTP starts with one
    shown: list[LoginDialog] = []

    def ask(request: LoginRequest, secure: bool) -> LoginAnswer:
        dialog = LoginDialog(request, secure, window)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert memory_keyring.store == {}  # cleared before asking
        dialog.password.setText(PASSWORD)
        return dialog.answer()

    window.sync.credentials = SessionCredentials(window, ask)
    reports = _finished(window)
    window.sync.sync_now()
    assert len(shown) == 1
    assert "rejected the login" in shown[0].reason_label.text()
    assert reports
    assert reports[0].ok
    assert memory_keyring.store == {(credentials.service_name(CMS_URL), "editor"): PASSWORD}


class TotpCms(MemoryCmsClient):
    """The in-memory CMS for an account with a second factor: the login needs the code 123456."""

    def login(self, user: str, password: str, totp_secret_or_code: str | None = None) -> None:
        if totp_secret_or_code != "123456":
            raise LoginRejected(user, "the account needs a TOTP code (second factor)")
        super().login(user, password, totp_secret_or_code)


def test_login_with_second_factor_asks_for_the_code_and_uses_it(
    sync_window: MainWindow, cms: MemoryCmsClient
) -> None:
    """An account with TOTP: the dialog asks for the code (password kept), and the sync logs in with it."""
    totp_cms = TotpCms(region=SLUG, languages=(("de", False), ("en", False)))
    totp_cms.pages = cms.pages
    asker = Asker(LoginAnswer(PASSWORD, "123456", False))
    sync_window.sync.credentials = SessionCredentials(sync_window, asker)
    sync_window.sync.client_factory = lambda _url, _network: totp_cms
    reports = _finished(sync_window)
    sync_window.sync.sync_now()
    assert [(request.needs_totp, request.password) for request, _secure in asker.requests] == [
        (True, PASSWORD)
    ]
    assert credentials.get_password(CMS_URL, "editor") == PASSWORD  # a missing code is no wrong password
    assert reports
    assert reports[0].ok
    assert totp_cms.logged_in_user == "editor"


# -- settings ---------------------------------------------------------------------------------------
def test_settings_section_saves_without_password_and_tests_the_connection(
    sync_window: MainWindow, qtbot: QtBot
) -> None:
    """The CMS section writes address, user, proxy, CA file and auto-push; Test connection logs in."""
    window = sync_window
    dialog = SettingsDialog(window.config, window)
    qtbot.addWidget(dialog)
    section = window.sync.add_settings_section(dialog)
    section.url.setText("cms.test.example/")
    section.auto_push.setChecked(True)
    section.proxy.setText("http://proxy.office:3128")
    with qtbot.waitSignal(section.sig_test_finished) as blocker:
        section.test_connection()
    assert blocker.args == [True]
    assert "logged in as editor" in section.result_label.text()
    dialog.accept()
    settings = window.config.settings
    assert settings.get("cms_url") == CMS_URL
    assert settings.get("auto_push") is True
    assert settings.get("proxy_url") == "http://proxy.office:3128"
    ini = (window.config.data_dir / "settings.ini").read_text(encoding="utf-8")
    assert PASSWORD not in ini
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_settings_connection_test_shows_the_classified_error(
    sync_window: MainWindow, cms: MemoryCmsClient, qtbot: QtBot
) -> None:
    """An unreachable CMS shows the network error's message in the section."""
    dialog = SettingsDialog(sync_window.config, sync_window)
    qtbot.addWidget(dialog)
    section = sync_window.sync.add_settings_section(dialog)
    cms.fail_next(Unreachable("cms.test.example", "host name not found"))
    section.test_connection()
    assert "Cannot reach cms.test.example: the host name was not found." in section.result_label.text()


def test_sync_locks_the_editors_while_it_writes(sync_window: MainWindow, qtbot: QtBot) -> None:
    """Typed text is saved before a sync starts; both editors are read-only while it runs."""
    window = sync_window
    qtbot.keyClicks(window.source_pane.editor, "Noch getippt ")
    seen: list[tuple[bool, bool, int]] = []
    make_service = window.sync.service_factory

    def spying_factory(*args: object, **kwargs: object) -> SyncService:
        service = make_service(*args, **kwargs)
        real_sync = service.sync

        def sync(*a: object, **k: object) -> object:
            seen.append((
                window.source_pane.editor.isReadOnly(),
                window.target_pane.editor.isReadOnly(),
                window.store.outbox_count(),
            ))  # fmt: skip
            return real_sync(*a, **k)

        service.sync = sync  # type: ignore[method-assign]
        return service

    window.sync.service_factory = spying_factory
    assert window.sync.sync_now()
    assert seen == [(True, True, 1)]
    assert not window.source_pane.editor.isReadOnly()
    assert not window.target_pane.editor.isReadOnly()
