"""Passwords for CMS accounts, kept in the operating system's secure store.

This is the only module that imports :mod:`keyring`. The service name is
``integreat-desk/<cms base url>`` and the keyring username is the CMS login. Secrets are never
written to config files or logs. Scripts and tests can pass a password through the
``INTEGREAT_DESK_PASSWORD`` environment variable instead.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_PREFIX = "integreat-desk/"
PASSWORD_ENV_VAR = "INTEGREAT_DESK_PASSWORD"

# Backends that do not keep secrets safe: the "no backend found" stub, the null backend and the
# plaintext / weakly encrypted file stores of keyrings.alt.
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class CredentialStoreError(Exception):
    """Raised when a password cannot be stored in or removed from the secure store."""


def _keyring() -> ModuleType:
    """The keyring package, imported on first use (it costs start-up time)."""
    import keyring
    import keyring.errors

    return keyring


def service_name(base_url: str) -> str:
    """Return the keyring service name for the CMS at ``base_url``."""
    return SERVICE_PREFIX + base_url.strip().rstrip("/")


def _is_secure(backend: KeyringBackend) -> bool:
    """Tell whether ``backend`` keeps secrets in a real secure store."""
    cls = type(backend)
    if cls.__module__.startswith(_INSECURE_MODULE_PREFIXES):
        return False
    if "plaintext" in cls.__name__.lower():
        return False
    chained = getattr(backend, "backends", None)
    if isinstance(chained, list):
        # A chainer writes to its first (highest-priority) backend.
        return bool(chained) and _is_secure(chained[0])
    return True


def secure_store_available() -> bool:
    """Tell whether the active keyring backend is a real secure store."""
    return _is_secure(_keyring().get_keyring())


def get_password(base_url: str, user: str) -> str | None:
    """Return the password for ``user`` at ``base_url``, or None when none is known.

    ``INTEGREAT_DESK_PASSWORD`` wins over the store so scripts and tests need no keyring.
    """
    from_env = os.environ.get(PASSWORD_ENV_VAR)
    if from_env:
        return from_env
    if not secure_store_available():
        return None
    try:
        secret = _keyring().get_password(service_name(base_url), user)
    except _keyring().errors.KeyringError:
        return None
    return str(secret) if secret is not None else None


def store(base_url: str, user: str, password: str) -> None:
    """Save the password for ``user`` at ``base_url`` in the secure store.

    Raises :class:`CredentialStoreError` when no secure store is available (we never fall back to
    a plaintext file) or the store refuses the write.
    """
    if not secure_store_available():
        raise CredentialStoreError(
            "no secure password store is available on this system; the password was not saved"
        )
    try:
        _keyring().set_password(service_name(base_url), user, password)
    except _keyring().errors.KeyringError as exc:
        raise CredentialStoreError(
            f"the password store refused to save the password for {user}: {type(exc).__name__}"
        ) from None


def forget(base_url: str, user: str) -> None:
    """Remove the stored password for ``user`` at ``base_url``; a missing entry is fine."""
    if not secure_store_available():
        return
    try:
        _keyring().delete_password(service_name(base_url), user)
    except _keyring().errors.PasswordDeleteError:
        return
    except _keyring().errors.KeyringError as exc:
        raise CredentialStoreError(
            f"the password store refused to remove the password for {user}: {type(exc).__name__}"
        ) from None
