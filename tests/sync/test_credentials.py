"""Tests for editor.sync.credentials with an in-memory keyring backend of our own."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from editor.sync import credentials
from tests.support import MemoryKeyring


def test_credentials_store_and_get_roundtrip(memory_keyring: MemoryKeyring) -> None:
    """A stored password comes back for the same CMS and login, under our service name."""
    credentials.store("https://cms.integreat-app.de/", "anna", "s3cret")
    assert credentials.get_password("https://cms.integreat-app.de", "anna") == "s3cret"
    assert memory_keyring.store == {("integreat-desk/https://cms.integreat-app.de", "anna"): "s3cret"}
    assert credentials.get_password("https://other.example", "anna") is None


def test_credentials_forget_removes_and_tolerates_missing(memory_keyring: MemoryKeyring) -> None:
    """forget deletes the entry and does not fail when there is none."""
    credentials.store("https://cms.example", "anna", "pw")
    credentials.forget("https://cms.example", "anna")
    credentials.forget("https://cms.example", "anna")
    assert credentials.get_password("https://cms.example", "anna") is None


def test_credentials_env_var_wins(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """INTEGREAT_DESK_PASSWORD is used for scripts and tests before the store."""
    credentials.store("https://cms.example", "anna", "stored")
    monkeypatch.setenv(credentials.PASSWORD_ENV_VAR, "from-env")
    assert credentials.get_password("https://cms.example", "anna") == "from-env"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_credentials_insecure_backends_are_refused(
    backend: KeyringBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fail and null backends are not secure: nothing is stored, nothing read."""
    monkeypatch.delenv(credentials.PASSWORD_ENV_VAR, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert credentials.secure_store_available() is False
        with pytest.raises(credentials.CredentialStoreError):
            credentials.store("https://cms.example", "anna", "pw")
        assert credentials.get_password("https://cms.example", "anna") is None
        credentials.forget("https://cms.example", "anna")
    finally:
        keyring.set_keyring(previous)


def test_credentials_plaintext_backend_is_not_secure(monkeypatch: pytest.MonkeyPatch) -> None:
    """A backend whose class is a plaintext file store counts as insecure."""

    class PlaintextKeyring(MemoryKeyring):
        """Stands in for keyrings.alt.file.PlaintextKeyring."""

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert credentials.secure_store_available() is False
    finally:
        keyring.set_keyring(previous)


def test_credentials_memory_backend_is_secure(memory_keyring: MemoryKeyring) -> None:
    """An ordinary backend (like WinVault or SecretService) counts as secure."""
    assert credentials.secure_store_available() is True
