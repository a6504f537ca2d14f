"""The sync UI and secrets: http:// refused before a password is asked, proxy credentials in the keyring."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.sync import credentials
from editor.views import prompts
from editor.views.dialogs import SettingsDialog
from editor.views.main_window import MainWindow
from editor.views.sync.cms_settings import CmsSettingsSection
from editor.views.sync.login_dialog import SessionCredentials
from tests.support import MemoryKeyring
from tests.views.test_sync_ui import PASSWORD, Asker, cms, sync_window  # noqa: F401

PROXY_SECRET = "Pr0xy-S3cret"


def _section(window: MainWindow, qtbot: QtBot) -> tuple[SettingsDialog, CmsSettingsSection]:
    dialog = SettingsDialog(window.config, window)
    qtbot.addWidget(dialog)
    return dialog, window.sync.add_settings_section(dialog)


def test_settings_plain_http_is_refused_before_asking_for_a_password(
    sync_window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """http:// to another computer: flagged as typed, and Test connection refuses without asking anything."""
    asker = Asker()
    sync_window.sync.credentials = SessionCredentials(sync_window, asker)
    _dialog, section = _section(sync_window, qtbot)
    section.url.setText("http://cms.example.org")
    assert "unencrypted" in section.address_note.text()
    assert not section.address_note.isHidden()
    with qtbot.waitSignal(section.sig_test_finished) as blocker:
        section.test_connection()
    assert blocker.args == [False]
    assert "unencrypted" in section.result_label.text()
    assert asker.requests == []
    section.url.setText("http://127.0.0.1:8765")
    assert section.address_note.isHidden()


def test_settings_address_with_password_is_saved_without_it(
    sync_window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """A password typed into the CMS address is never saved: settings.ini gets the address without it."""
    dialog, section = _section(sync_window, qtbot)
    section.url.setText(f"https://editor:{PASSWORD}@cms.test.example/")
    assert "never saved" in section.address_note.text()
    dialog.accept()
    assert sync_window.config.settings.get("cms_url") == "https://cms.test.example"
    assert PASSWORD not in (sync_window.config.data_dir / "settings.ini").read_text(encoding="utf-8")


def test_settings_proxy_password_goes_to_the_keyring(
    sync_window: MainWindow,  # noqa: F811
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
) -> None:
    """Proxy user and password have their own fields; the password lands in the keyring, not settings.ini."""
    dialog, section = _section(sync_window, qtbot)
    section.proxy.setText("http://proxy.office:3128")
    section.proxy_user.setText("anna")
    section.proxy_password.setText(PROXY_SECRET)
    dialog.accept()
    settings = sync_window.config.settings
    assert (settings.get("proxy_url"), settings.get("proxy_user")) == ("http://proxy.office:3128", "anna")
    assert credentials.get_proxy_password("http://proxy.office:3128", "anna") == PROXY_SECRET
    assert PROXY_SECRET not in (sync_window.config.data_dir / "settings.ini").read_text(encoding="utf-8")
    assert section.proxy_password.text() == ""


def test_settings_section_migrates_a_proxy_password_left_in_settings(
    sync_window: MainWindow,  # noqa: F811
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
) -> None:
    """Opening the settings with an old proxy URL holding a password: the field shows the address only."""
    sync_window.config.settings.set("proxy_url", f"http://anna:{PROXY_SECRET}@proxy.office:3128")
    _dialog, section = _section(sync_window, qtbot)
    assert section.proxy.text() == "http://proxy.office:3128"
    assert section.proxy_user.text() == "anna"
    assert PROXY_SECRET not in (sync_window.config.data_dir / "settings.ini").read_text(encoding="utf-8")
    assert credentials.get_proxy_password("http://proxy.office:3128", "anna") == PROXY_SECRET


def test_sync_now_refuses_plain_http_before_asking_for_a_password(
    sync_window: MainWindow,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sync now with an http:// address off this computer: an error saying why, no login asked, no sync."""
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: errors.append(text))
    asker = Asker()
    sync_window.sync.credentials = SessionCredentials(sync_window, asker)
    sync_window.config.settings.set("cms_url", "http://cms.example.org")
    assert sync_window.sync.sync_now() is False
    assert asker.requests == []
    assert len(errors) == 1
    assert "unencrypted" in errors[0]
