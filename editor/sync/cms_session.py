"""The logged-in session with an Integreat CMS: transport, request counting, login, renewal.

:class:`CmsSession` is the base of :class:`~editor.sync.cms_client.HttpCmsClient`: one
``requests.Session`` (timeouts, proxy, certificates from :mod:`editor.sync.network`), every request
counted in :attr:`CmsSession.request_count`, login with CSRF and an optional TOTP second factor, and a
session that expired (302 to ``/login/``) renewed transparently once per request.

The session is the last line of :mod:`editor.sync.address`: a ``user:password@`` in the base URL is
dropped, and with a plain ``http://`` address to another computer, or an extra CA file that cannot be
read, every request raises the :class:`~editor.sync.errors.NetworkError` saying why before anything
is sent (so no password crosses the network in clear text).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import pyotp
import requests

from editor.sync import cms_html
from editor.sync.address import check_cms_address
from editor.sync.cms_types import MalformedResponse
from editor.sync.network import (
    AddressRefused,
    CaFileError,
    LoginRejected,
    NetworkConfig,
    NetworkError,
    classify,
    error_for_response,
    make_session,
)

log = logging.getLogger(__name__)


class SessionExpired(NetworkError):  # noqa: N818 - reads as an outcome
    """A logged-in URL redirected to the login page and no credentials are known."""

    def __init__(self) -> None:
        super().__init__("the CMS session has expired; please log in again")


def _is_login_redirect(response: requests.Response) -> bool:
    """Tell whether ``response`` sends us to the login page."""
    location = response.headers.get("Location", "")
    return response.status_code in (301, 302, 303) and "/login/" in urlsplit(location).path


def _refuse_redirect(response: requests.Response, *args: Any, **kwargs: Any) -> None:
    """Response hook: a redirect to an address the session would not be given (plain ``http://`` to
    another computer) is refused before it is followed, with :class:`AddressRefused` naming it."""
    if not response.is_redirect:
        return
    target = urljoin(response.url, response.headers.get("Location", ""))
    try:
        check_cms_address(target)
    except AddressRefused as exc:
        code = "redirect" if exc.reason_code == "plain_http" else exc.reason_code
        reason = f"the CMS redirected there, which is not followed: {exc.reason}"
        raise AddressRefused(exc.url, reason, code) from None


class CmsSession:
    """Transport and login for one Integreat CMS instance (see the module docstring)."""

    def __init__(
        self,
        base_url: str,
        config: NetworkConfig | None = None,
        session: requests.Session | None = None,
        accept_language: str = "en",
    ) -> None:
        self._refusal: NetworkError | None = None
        try:
            self.base_url = check_cms_address(base_url)
        except AddressRefused as exc:
            self.base_url, self._refusal = exc.url, exc
        self._config = config or NetworkConfig()
        if session is None:
            try:
                session = make_session(self._config)
            except CaFileError as exc:  # refused at the first request, like a bad address
                self._refusal = self._refusal or exc
                session = make_session(dataclasses.replace(self._config, ca_file=None))
        self.session = session
        self.session.headers["Accept-Language"] = accept_language
        self.session.hooks["response"].append(self._count)
        self.session.hooks["response"].append(_refuse_redirect)
        self.request_count = 0
        self._user: str | None = None
        self._password: str | None = None
        self._totp_secret: str | None = None

    # --- plumbing ---------------------------------------------------------------------------

    def _count(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        """Response hook: count every request that got an answer."""
        self.request_count += 1

    def url(self, path: str) -> str:
        """Return the absolute URL of ``path`` on this CMS."""
        return urljoin(self.base_url + "/", path.lstrip("/"))

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """Send one request; network failures become NetworkError subclasses."""
        if self._refusal is not None:
            raise self._refusal
        url = self.url(path)
        log.debug("%s %s", method, urlsplit(url).path)
        try:
            return self.session.request(method, url, **kwargs)
        except requests.RequestException as exc:
            raise classify(exc, proxy=self._config.proxy) from None

    def _check(self, response: requests.Response) -> requests.Response:
        """Raise the matching error for a 4xx/5xx response."""
        error = error_for_response(response)
        if error is not None:
            raise error
        return response

    def _json(self, path: str, params: dict[str, str] | None = None) -> Any:
        """GET ``path`` anonymously and return the parsed JSON."""
        response = self._check(self._send("GET", path, params=params))
        try:
            return response.json()
        except ValueError:
            raise MalformedResponse(response.url, "(body)", "is not valid JSON") from None

    # --- login --------------------------------------------------------------------------------

    @property
    def logged_in_user(self) -> str | None:
        """The user of the last successful login, if any."""
        return self._user

    def login(self, user: str, password: str, totp_secret_or_code: str | None = None) -> None:
        """Log in through ``/login/`` (and ``/login/totp/`` when the account has TOTP).

        ``totp_secret_or_code`` is either a 6-8 digit code or the base32 TOTP secret; with the
        secret, expired sessions can be renewed without asking. Raises LoginRejected.
        """
        response = self._post_form("/login/", {"username": user, "password": password})
        if response.status_code == 200:
            raise LoginRejected(user)
        location = urlsplit(response.headers.get("Location", "")).path
        if "/login/totp/" in location:
            response = self._totp(user, totp_secret_or_code)
        elif "/login/" in location:
            raise LoginRejected(
                user, f"the CMS requires another login step ({location})", "extra_step", location
            )
        self._check(response)
        self._user, self._password = user, password
        code = totp_secret_or_code
        self._totp_secret = code if code and not re.fullmatch(r"\d{6,8}", code) else None

    def _totp(self, user: str, secret_or_code: str | None) -> requests.Response:
        """Answer the TOTP step of a login."""
        if not secret_or_code:
            raise LoginRejected(user, "the account needs a TOTP code (second factor)", "totp_needed")
        code = secret_or_code.strip()
        if not re.fullmatch(r"\d{6,8}", code):
            code = pyotp.TOTP(code.replace(" ", "").upper()).now()
        response = self._post_form("/login/totp/", {"totp_code": code})
        if response.status_code == 200 or _is_login_redirect(response):
            raise LoginRejected(user, "the TOTP code was not accepted", "totp_rejected")
        return response

    def _post_form(self, path: str, fields: dict[str, str]) -> requests.Response:
        """GET a form page for its CSRF token, then POST ``fields`` without following."""
        page = self._check(self._send("GET", path))
        doc = cms_html.parse(page.text)
        form = cms_html.find_form(doc)
        if form is None:
            raise MalformedResponse(page.url, "form", "is missing")
        data = dict(cms_html.serialize_form(doc, form))
        data.update(fields)
        headers = {"Referer": page.url}
        return self._send("POST", path, data=data, headers=headers, allow_redirects=False)

    def _relogin(self) -> None:
        """Log in again with the remembered credentials, or raise SessionExpired."""
        if self._user is None or self._password is None:
            raise SessionExpired
        log.info("CMS session expired; logging in again as %s", self._user)
        self.session.cookies.clear()
        self.login(self._user, self._password, self._totp_secret)

    def _logged_in(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """Send a request that needs a login; renew an expired session once."""
        kwargs.setdefault("allow_redirects", False)
        response = self._send(method, path, **kwargs)
        if _is_login_redirect(response):
            self._relogin()
            response = self._send(method, path, **kwargs)
            if _is_login_redirect(response):
                raise SessionExpired
        return self._check(response)
