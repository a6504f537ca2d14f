"""Messages in the UI language for exceptions raised by the lower layers.

The sync, models and text layers are Qt-free and raise typed exceptions whose ``str()`` is English
(for logs and the command line). Each keeps the fields a message needs, and a ``reason_code`` where
the reasons form a fixed set. :func:`describe` builds the message from the type and those fields with
``QCoreApplication.translate("Errors", ...)``; only an exception type it does not know falls back to
its English ``str()``. Every view that shows an exception to the user goes through here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from editor.models.errors import ImportDataError, StoreError, UnreadableError, WorkingCopyLostError
from editor.models.page_address import PageAddressError
from editor.sync.credentials import CredentialStoreError
from editor.sync.errors import (
    AddressRefused,
    CaFileError,
    CertificateError,
    ClientError,
    LoginRejected,
    NetworkError,
    ProxyError,
    RegionForbidden,
    RegionUnknown,
    ServerError,
    Timeout,
    Unreachable,
)
from editor.sync.redact import redact
from editor.text.errors import ContentError
from editor.views.import_text import glossary_text, import_text
from editor.views.store_text import content_text, store_text

if TYPE_CHECKING:
    from editor.sync.cms_types import MalformedResponse

__all__ = ["describe", "needs_totp"]


def describe(exc: BaseException) -> str:
    """A message for ``exc`` in the UI language (English ``str(exc)`` only for unknown types)."""
    empty = _remote_empty(exc)
    if empty is not None:
        return empty
    for kind, build in _builders():
        if isinstance(exc, kind):
            return build(exc)
    text = str(exc)
    if type(exc).__module__ == "builtins" or not text:
        text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return redact(text)


def needs_totp(exc: BaseException) -> bool:
    """True when ``exc`` is a login rejection that asks for (another) second-factor code."""
    if not isinstance(exc, LoginRejected):
        return False
    return exc.reason_code in ("totp_needed", "totp_rejected") or (
        exc.reason_code == "other" and "TOTP" in exc.message
    )


# --- network ----------------------------------------------------------------------------------


def _unreachable(exc: Unreachable) -> str:
    texts = {
        "dns": QCoreApplication.translate(
            "Errors",
            "Cannot reach {0}: the host name was not found. Check the address and the internet connection.",
        ),
        "refused": QCoreApplication.translate(
            "Errors",
            "Cannot reach {0}: the connection was refused. "
            "Check the address and port, and that the CMS runs.",
        ),
        "reset": QCoreApplication.translate(
            "Errors", "The connection to {0} was interrupted. Try again later."
        ),
        "no_route": QCoreApplication.translate(
            "Errors", "Cannot reach {0}: there is no network route to it. Check the internet connection."
        ),
    }
    fallback = QCoreApplication.translate("Errors", "Cannot reach {0}.")
    return texts.get(exc.reason_code, fallback).format(exc.host)


def _timeout(exc: Timeout) -> str:
    return QCoreApplication.translate("Errors", "{0} did not answer in time. Try again later.").format(
        exc.host
    )


def _proxy(exc: ProxyError) -> str:
    if exc.reason_code == "login":
        return QCoreApplication.translate(
            "Errors",
            "The proxy {0} asks for a login: check its user name and password in the network settings.",
        ).format(exc.proxy)
    if exc.reason_code == "socks":
        return QCoreApplication.translate(
            "Errors",
            "The proxy {0} is a SOCKS proxy, which cannot be used: set an HTTP proxy in the settings.",
        ).format(exc.proxy)
    return QCoreApplication.translate(
        "Errors", "The proxy {0} refused the connection. Check the proxy in the network settings."
    ).format(exc.proxy)


def _certificate(exc: CertificateError) -> str:
    texts = {
        "expired": QCoreApplication.translate("Errors", "The certificate of {0} has expired."),
        "not_yet_valid": QCoreApplication.translate(
            "Errors", "The certificate of {0} is not valid yet; check this computer's date and time."
        ),
        "self_signed": QCoreApplication.translate(
            "Errors", "The certificate of {0} is self-signed and not trusted."
        ),
        "unknown_issuer": QCoreApplication.translate(
            "Errors", "The certificate of {0} was issued by an authority this computer does not trust."
        ),
        "wrong_host": QCoreApplication.translate(
            "Errors", "The certificate of {0} is made out for another host name."
        ),
    }
    fallback = QCoreApplication.translate("Errors", "The certificate of {0} is not trusted.")
    text = texts.get(exc.reason_code, fallback).format(exc.host)
    if exc.issuer:
        text += " " + QCoreApplication.translate("Errors", "Issued by: {0}.").format(exc.issuer)
    if exc.reason_code in ("self_signed", "unknown_issuer", "other"):
        text += " " + QCoreApplication.translate(
            "Errors",
            "If your network inspects encrypted connections, choose your organisation's certificate "
            "authority file in the network settings.",
        )
    return text


def _ca_file(exc: CaFileError) -> str:
    texts = {
        "missing": QCoreApplication.translate("Errors", "The certificate authority file {0} does not exist."),
        "folder": QCoreApplication.translate("Errors", "{0} is a folder, not a certificate authority file."),
        "permission": QCoreApplication.translate(
            "Errors", "The certificate authority file {0} cannot be read (permission denied)."
        ),
        "no_pem": QCoreApplication.translate(
            "Errors", "The certificate authority file {0} holds no certificate in PEM format."
        ),
    }
    fallback = QCoreApplication.translate("Errors", "The certificate authority file {0} cannot be used.")
    return texts.get(exc.reason_code, fallback).format(exc.path)


def _address(exc: AddressRefused) -> str:
    texts = {
        "empty": QCoreApplication.translate("Errors", "No CMS address is set."),
        "credentials": QCoreApplication.translate(
            "Errors",
            "The CMS address must not contain a user name or password; give the user separately "
            "(the password is kept in the system keyring).",
        ),
        "invalid": QCoreApplication.translate("Errors", "{0} is not a valid web address."),
        "scheme": QCoreApplication.translate("Errors", "The CMS address must start with https://."),
        "plain_http": QCoreApplication.translate(
            "Errors",
            "Plain http:// would send your password unencrypted: use https://. "
            "(http:// is accepted only for this computer: localhost, 127.0.0.1, ::1.)",
        ),
        "redirect": QCoreApplication.translate(
            "Errors",
            "The CMS redirected to {0}, which is not followed: plain http:// to another computer would "
            "travel unencrypted.",
        ),
    }
    fallback = QCoreApplication.translate("Errors", "The CMS address {0} is not used.")
    return texts.get(exc.reason_code, fallback).format(exc.url)


def _login(exc: LoginRejected) -> str:
    texts = {
        "wrong_password": QCoreApplication.translate(
            "Errors", "The CMS rejected the login of {0}: wrong user name or password."
        ),
        "no_user": QCoreApplication.translate("Errors", "A user name is needed to read drafts and to push."),
        "no_password": QCoreApplication.translate(
            "Errors", "No password is known for {0}: set {1} or save the password in the system keyring."
        ),
        "extra_step": QCoreApplication.translate("Errors", "The CMS asks {0} for another login step ({1})."),
        "totp_needed": QCoreApplication.translate(
            "Errors", "The account {0} needs a TOTP code (second factor)."
        ),
        "totp_rejected": QCoreApplication.translate("Errors", "The TOTP code for {0} was not accepted."),
        "not_logged_in": QCoreApplication.translate("Errors", "Please log in to the CMS first."),
    }
    fallback = QCoreApplication.translate("Errors", "The CMS rejected the login of {0}.")
    return texts.get(exc.reason_code, fallback).format(exc.user, exc.detail)


def _server(exc: ServerError) -> str:
    return QCoreApplication.translate("Errors", "The CMS failed with HTTP status {0}: {1}").format(
        exc.status, exc.message
    )


def _region_unknown(exc: RegionUnknown) -> str:
    if exc.similar:
        return QCoreApplication.translate(
            "Errors", "The CMS has no region {0} (or it is archived). Similar regions: {1}."
        ).format(exc.slug, ", ".join(exc.similar))
    text = QCoreApplication.translate("Errors", "The CMS has no region {0} (or it is archived).")
    return text.format(exc.slug)


def _region_forbidden(exc: RegionForbidden) -> str:
    return QCoreApplication.translate(
        "Errors",
        "The account {0} may not edit the region {1}: ask the region's administrators for access, "
        "or choose another region.",
    ).format(exc.user, exc.slug)


def _client(exc: ClientError) -> str:
    return QCoreApplication.translate(
        "Errors", "The CMS refused the request with HTTP status {0}: {1}"
    ).format(exc.status, exc.message)


def _cms_client_error(exc: NetworkError) -> str | None:
    """Errors of ``editor.sync.cms_client``, which is imported only with ``requests`` (late)."""
    module = sys.modules.get("editor.sync.cms_client")
    if module is None:
        return None
    if isinstance(exc, module.SessionExpired):
        return QCoreApplication.translate("Errors", "The CMS session has expired; please log in again.")
    if isinstance(exc, module.PushRejected):
        if not exc.messages:
            return QCoreApplication.translate("Errors", "The CMS did not accept the form for {0}.").format(
                exc.page
            )
        return QCoreApplication.translate("Errors", "The CMS did not save {0}: {1}").format(
            exc.page, "; ".join(exc.messages)
        )
    return None


def _network(exc: NetworkError) -> str:
    known = _cms_client_error(exc)
    if known is not None:
        return known
    detail = str(exc).removeprefix("network failure: ")
    return QCoreApplication.translate("Errors", "Network failure ({0}).").format(detail)


def _malformed(exc: MalformedResponse) -> str:
    if isinstance(exc.__cause__, ImportDataError):  # the answer's JSON, checked by the one parser
        return QCoreApplication.translate("Errors", "Unexpected answer from {0}: {1}").format(
            exc.url, import_text(exc.__cause__)
        )
    return QCoreApplication.translate(
        "Errors", "Unexpected answer from {0}: the field “{1}” is missing or has the wrong form."
    ).format(exc.url, exc.field)


def _credentials(exc: CredentialStoreError) -> str:
    texts = {
        "no_store": QCoreApplication.translate(
            "Errors", "This system has no secure password store; the password was not saved."
        ),
        "save_refused": QCoreApplication.translate(
            "Errors", "The system keyring refused to save the password of {0}."
        ),
        "remove_refused": QCoreApplication.translate(
            "Errors", "The system keyring refused to remove the password of {0}."
        ),
    }
    fallback = QCoreApplication.translate("Errors", "The system keyring cannot be used: {0}")
    return texts.get(exc.reason_code, fallback).format(exc.user if exc.reason_code in texts else str(exc))


# --- working copy -----------------------------------------------------------------------------


def _working_copy_lost(exc: WorkingCopyLostError) -> str:
    return QCoreApplication.translate(
        "Errors",
        "The journal of the working copy {0} was removed or replaced by another program while the file "
        "was open; edits can no longer be saved to it.",
    ).format(exc.path)


def _unreadable(exc: UnreadableError) -> str:
    page = f"{exc.title} ({exc.page_id})" if exc.title else str(exc.page_id)
    return QCoreApplication.translate(
        "Errors", "The {0} translation of page {1} cannot be read from the working copy; it is damaged."
    ).format(exc.language, page)


def _store(exc: StoreError) -> str:
    known = store_text(exc)
    if known is not None:
        return known
    return QCoreApplication.translate("Errors", "The working copy cannot be used: {0}").format(exc)


def _content(exc: ContentError) -> str:
    known = content_text(exc)
    if known is not None:
        return known
    return QCoreApplication.translate("Errors", "The content cannot be used: {0}").format(exc)


def _remote_empty(exc: BaseException) -> str | None:
    """``editor.sync.engine.RemoteEmpty``, recognised only once that module is loaded (not at start-up)."""
    engine = sys.modules.get("editor.sync.engine")
    if engine is None or not isinstance(exc, engine.RemoteEmpty):
        return None
    if not exc.known:
        return QCoreApplication.translate(
            "Errors",
            "The CMS lists no pages for this region; nothing was changed. Check the account's rights.",
        )
    return QCoreApplication.translate(
        "Errors",
        "The CMS lists no pages in {0} although {1} were there at the last pull; nothing was changed. "
        "Check the account's rights or the region.",
    ).format(exc.language, exc.known)


def _page_address(exc: PageAddressError) -> str:
    translate = QCoreApplication.translate
    texts = {
        "not_address": translate(
            "Errors",
            "{text} is not a page address. Expected REGION/LANGUAGE/PAGE, e.g. {example}.",
        ),
        "other_region": translate(
            "Errors", "{path} is an address in region {region}; this working copy holds {held}."
        ),
        "no_language": translate(
            "Errors", "{path}: region {region} has no language {language} (it has {codes})."
        ),
        "no_cms_id": translate("Errors", "{path}: no page with the CMS id {id} is in this working copy."),
        "no_page": translate("Errors", "No page at {path}."),
        "short_link": translate(
            "Errors",
            "{text} is a short link of the CMS and names no page by itself: open it in the browser and "
            "give the address it leads to.",
        ),
        "bad_region": translate("Errors", "{text}: {region} is not a region name."),
        "bad_language": translate("Errors", "{text}: {language} is not a language code."),
        "compare_language": translate(
            "Errors", "The region has no language {language} to compare with (it has {codes})."
        ),
    }
    text = texts.get(exc.code)
    if text is None:
        return str(exc)
    message = text.format(**exc.params)
    if exc.suggestions:
        message += "\n" + translate("Errors", "The closest pages: {0}").format(", ".join(exc.suggestions))
    return message


def _import_data(exc: ImportDataError) -> str:
    return QCoreApplication.translate("Errors", "The import data is not valid: {0}").format(import_text(exc))


def _builders() -> list[tuple[type[BaseException], Callable[[Any], str]]]:
    """Most specific type first."""
    from editor.sync.cms_types import MalformedResponse  # on use: the CMS's types are not needed at start
    from editor.text.glossary import GlossaryError  # on use: it loads lxml

    return [
        (Unreachable, _unreachable),
        (Timeout, _timeout),
        (ProxyError, _proxy),
        (CertificateError, _certificate),
        (CaFileError, _ca_file),
        (AddressRefused, _address),
        (LoginRejected, _login),
        (ServerError, _server),
        (RegionUnknown, _region_unknown),
        (RegionForbidden, _region_forbidden),
        (ClientError, _client),
        (NetworkError, _network),
        (MalformedResponse, _malformed),
        (CredentialStoreError, _credentials),
        (WorkingCopyLostError, _working_copy_lost),
        (UnreadableError, _unreadable),
        (StoreError, _store),
        (ContentError, _content),
        (ImportDataError, _import_data),
        (GlossaryError, glossary_text),
        (PageAddressError, _page_address),
    ]
