"""The user's connection settings (settings.ini) as a :class:`NetworkConfig`; shared by app and CLI.

``settings.ini`` holds the proxy's address and user name, never its password: that is in the
system keyring (:mod:`editor.sync.credentials`). A file from an older version with the password
inside the proxy address (``http://user:pw@proxy:3128``) is migrated by
:func:`migrate_proxy_secret` the first time the settings are used for the network: the password
moves to the keyring when there is a secure store, otherwise it is dropped from the file and the
user is told to enter it again (or to set ``INTEGREAT_DESK_PROXY_PASSWORD``). Either way the file
no longer holds it.
"""

from __future__ import annotations

import logging
from urllib.parse import unquote, urlsplit

from editor.config import Config
from editor.sync import credentials
from editor.sync.address import normalise_url
from editor.sync.errors import NetworkConfig
from editor.sync.redact import has_userinfo, strip_userinfo

__all__ = [
    "migrate_proxy_secret",
    "network_config",
    "network_from_config",
    "normalise_url",
    "save_proxy",
]

log = logging.getLogger(__name__)


def _split_proxy(url: str) -> tuple[str, str, str]:
    """(address without credentials, user, password) of a proxy address."""
    url = url.strip()
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        user, password = unquote(parts.username or ""), unquote(parts.password or "")
    except ValueError:
        user = password = ""
    return strip_userinfo(url), user, password


def network_config(
    proxy: str, ca_file: str, proxy_user: str = "", proxy_password: str | None = None
) -> NetworkConfig:
    """The network settings for a proxy (empty: system / ``HTTPS_PROXY``) and an extra CA file.

    ``proxy_password`` (from the keyring or a dialog) goes to the explicit proxy only.
    """
    address, user_in_url, password_in_url = _split_proxy(proxy)
    user = proxy_user.strip() or user_in_url
    password = proxy_password or password_in_url or None
    return NetworkConfig(
        ca_file=ca_file.strip() or None,
        proxy=address or None,
        proxy_user=(user or None) if address else None,
        proxy_password=password if address and user else None,
    )


def network_from_config(config: Config, proxy_password: str | None = None) -> NetworkConfig:
    """:func:`network_config` from the saved settings, the proxy password from the keyring.

    Migrates a password left in the proxy address first (see the module docstring).
    """
    message = migrate_proxy_secret(config)
    if message:
        log.warning("%s", message)
    settings = config.settings
    proxy, user = str(settings.get("proxy_url")), str(settings.get("proxy_user"))
    if proxy and user and not proxy_password:
        proxy_password = credentials.get_proxy_password(proxy, user)
    return network_config(proxy, str(settings.get("ca_file")), user, proxy_password)


def migrate_proxy_secret(config: Config) -> str | None:
    """Take credentials out of the saved proxy address; returns a message for the user, or None.

    The password goes to the keyring when a secure store exists, else it is dropped. The file is
    rewritten without it in both cases.
    """
    settings = config.settings
    raw = str(settings.get("proxy_url"))
    if not has_userinfo(raw):
        return None
    address, user, password = _split_proxy(raw)
    where = f"{settings.path}: the proxy address {address}"
    outcome = "held a user name; it is now a separate setting"
    if password:
        try:
            credentials.store_proxy(address, user, password)
            outcome = "held a password; it was moved to the system keyring"
        except credentials.CredentialStoreError as exc:
            why = credentials.store_problem() or str(exc)
            outcome = (
                f"held a password; it was removed from the file and not kept: {why}. Enter it in the "
                f"settings for this session or set {credentials.PROXY_PASSWORD_ENV_VAR}"
            )
    try:
        if user and not str(settings.get("proxy_user")):
            settings.set("proxy_user", user)
        settings.set("proxy_url", address)
    except OSError as exc:
        return f"{where} holds a password and the file cannot be rewritten ({exc.strerror}): remove it"
    return f"{where} {outcome}"


def save_proxy(
    config: Config, proxy: str, user: str, password: str
) -> credentials.CredentialStoreError | None:
    """Save the proxy address and user; the password (if typed) goes to the keyring, never the file.

    Returns the keyring's error when the password could not be kept (no secure store), else None
    (the caller words it). An empty ``password`` keeps what the keyring holds.
    """
    address, user_in_url, password_in_url = _split_proxy(proxy)
    user = user.strip() or user_in_url
    password = password or password_in_url
    settings = config.settings
    old_address, old_user = str(settings.get("proxy_url")), str(settings.get("proxy_user"))
    settings.set("proxy_url", address)
    settings.set("proxy_user", user if address else "")
    if old_user and (old_address, old_user) != (address, user):
        try:
            credentials.forget_proxy(strip_userinfo(old_address), old_user)
        except credentials.CredentialStoreError as exc:
            log.warning("%s", exc)
    if not (address and user and password):
        return None
    try:
        credentials.store_proxy(address, user, password)
    except credentials.CredentialStoreError as exc:
        return exc
    return None
