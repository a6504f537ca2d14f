"""Passwords for CMS accounts and the proxy, kept in the operating system's secure store.

This is the only module that imports :mod:`keyring`. The service name is
``integreat-desk/<cms base url>`` and the keyring username is the CMS login; a proxy's password is
kept under ``integreat-desk/proxy/<proxy address>`` with the proxy user name. Secrets are never
written to config files or logs. Scripts and tests can pass passwords through the
``INTEGREAT_DESK_PASSWORD`` / ``INTEGREAT_DESK_PROXY_PASSWORD`` environment variables instead.

Only a real secure store counts: keyring's "no backend" stub (``keyring.backends.fail``, what a
headless Linux without D-Bus gets), the null backend and plaintext or weakly encrypted file stores
are "no secure store" (:func:`secure_store_available` is False, :func:`store` refuses, reads give
None), and :func:`store_problem` says so in a sentence. keyrings.alt is never a dependency.
"""

from __future__ import annotations

import logging
import os
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_PREFIX = "integreat-desk/"
PROXY_SERVICE_PREFIX = SERVICE_PREFIX + "proxy/"
PASSWORD_ENV_VAR = "INTEGREAT_DESK_PASSWORD"
PROXY_PASSWORD_ENV_VAR = "INTEGREAT_DESK_PROXY_PASSWORD"

# Backends that do not keep secrets safe: the "no backend found" stub, the null backend and the
# plaintext / weakly encrypted file stores of keyrings.alt.
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class CredentialStoreError(Exception):
    """Raised when a password cannot be stored in or removed from the secure store.

    ``reason_code``: ``no_store`` (no secure store on this system), ``save_refused``,
    ``remove_refused`` or ``other``; ``user`` names the account ("" when not known).
    """

    def __init__(self, message: str, reason_code: str = "other", user: str = "") -> None:
        super().__init__(message)
        self.reason_code, self.user = reason_code, user


def _keyring() -> ModuleType:
    """The keyring package, imported on first use (it costs start-up time)."""
    import keyring
    import keyring.errors

    return keyring


def service_name(base_url: str) -> str:
    """Return the keyring service name for the CMS at ``base_url``."""
    return SERVICE_PREFIX + base_url.strip().rstrip("/")


def proxy_service_name(proxy_url: str) -> str:
    """Return the keyring service name for the proxy at ``proxy_url`` (an address without credentials)."""
    return PROXY_SERVICE_PREFIX + proxy_url.strip().rstrip("/")


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


def _backend() -> KeyringBackend | None:
    """The active keyring backend, or None when keyring cannot even pick one."""
    try:
        return _keyring().get_keyring()  # type: ignore[no-any-return]
    except Exception as exc:  # a broken keyring config or backend import must not crash the app
        log.warning("the system keyring is not usable: %s", type(exc).__name__)
        return None


def secure_store_available() -> bool:
    """Tell whether the active keyring backend is a real secure store."""
    backend = _backend()
    return backend is not None and _is_secure(backend)


def store_problem() -> str | None:
    """None when a secure store is available, else a sentence saying there is none (and which backend)."""
    backend = _backend()
    if backend is not None and _is_secure(backend):
        return None
    name = f"{type(backend).__module__}.{type(backend).__name__}" if backend is not None else "none"
    return f"no secure password store is available on this system (keyring backend: {name})"


def _read(service: str, user: str) -> str | None:
    if not secure_store_available():
        return None
    try:
        secret = _keyring().get_password(service, user)
    except Exception as exc:  # KeyringError, or a backend's own (D-Bus) error: treat as unknown
        log.warning("the system keyring could not be read: %s", type(exc).__name__)
        return None
    return str(secret) if secret is not None else None


def _write(service: str, user: str, password: str) -> None:
    problem = store_problem()
    if problem is not None:  # we never fall back to a plaintext file
        raise CredentialStoreError(f"{problem}; the password was not saved", "no_store", user)
    try:
        _keyring().set_password(service, user, password)
    except Exception as exc:
        raise CredentialStoreError(
            f"the password store refused to save the password for {user}: {type(exc).__name__}",
            "save_refused",
            user,
        ) from None


def _delete(service: str, user: str) -> None:
    if not secure_store_available():
        return
    try:
        _keyring().delete_password(service, user)
    except _keyring().errors.PasswordDeleteError:
        return
    except Exception as exc:
        raise CredentialStoreError(
            f"the password store refused to remove the password for {user}: {type(exc).__name__}",
            "remove_refused",
            user,
        ) from None


def get_password(base_url: str, user: str) -> str | None:
    """Return the password for ``user`` at ``base_url``, or None when none is known.

    ``INTEGREAT_DESK_PASSWORD`` wins over the store so scripts and tests need no keyring.
    """
    return os.environ.get(PASSWORD_ENV_VAR) or _read(service_name(base_url), user)


def store(base_url: str, user: str, password: str) -> None:
    """Save the password for ``user`` at ``base_url`` in the secure store.

    Raises :class:`CredentialStoreError` when no secure store is available (we never fall back to
    a plaintext file) or the store refuses the write.
    """
    _write(service_name(base_url), user, password)


def forget(base_url: str, user: str) -> None:
    """Remove the stored password for ``user`` at ``base_url``; a missing entry is fine."""
    _delete(service_name(base_url), user)


def get_proxy_password(proxy_url: str, user: str) -> str | None:
    """The password of ``user`` at the proxy: ``INTEGREAT_DESK_PROXY_PASSWORD``, else the store."""
    return os.environ.get(PROXY_PASSWORD_ENV_VAR) or _read(proxy_service_name(proxy_url), user)


def store_proxy(proxy_url: str, user: str, password: str) -> None:
    """Save the proxy password in the secure store (raises :class:`CredentialStoreError` as :func:`store`)."""
    _write(proxy_service_name(proxy_url), user, password)


def forget_proxy(proxy_url: str, user: str) -> None:
    """Remove the stored proxy password; a missing entry is fine."""
    _delete(proxy_service_name(proxy_url), user)
