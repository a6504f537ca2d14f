"""``HttpCmsClient``: talks to a real Integreat CMS over HTTP (API v3 + the logged-in web UI).

* Anonymous API v3 reads: :meth:`HttpCmsClient.region`, :meth:`~HttpCmsClient.languages`,
  :meth:`~HttpCmsClient.pages`, validated into dataclasses (:class:`MalformedResponse` otherwise).
* Login with CSRF and an optional TOTP second factor; a session that expired (302 to
  ``/login/``) is renewed transparently once per request.
* Logged-in reads: the page tree per language with stable Page ids, the archived pages, and the
  raw stored title + content of one translation.
* Writes: the page edit form (title, content, status, minor edit; also creates a missing
  translation) and the per-page push token (``pushpage``).

:attr:`HttpCmsClient.request_count` counts every HTTP request sent (redirects included).

The client is the last line of :mod:`editor.sync.address`: a ``user:password@`` in the base URL is
dropped, and with a plain ``http://`` address to another computer, or an extra CA file that cannot be
read, every request raises the :class:`~editor.sync.errors.NetworkError` saying why before anything
is sent (so no password crosses the network in clear text).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

import pyotp
import requests

from editor.models.api_shapes import ApiPage, parse_pages
from editor.models.errors import ImportDataError
from editor.sync import cms_html
from editor.sync.address import check_cms_address
from editor.sync.cms_types import (
    Language,
    MalformedResponse,
    PushResult,
    Region,
    RegionChoice,
    StoredTranslation,
    TreeRow,
    as_list,
    as_mapping,
    parse_language,
    parse_region,
)
from editor.sync.network import (
    AddressRefused,
    CaFileError,
    ClientError,
    LoginRejected,
    NetworkConfig,
    NetworkError,
    classify,
    error_for_response,
    make_session,
)

log = logging.getLogger(__name__)

PUSH_STATUSES = frozenset({"DRAFT", "REVIEW", "PUBLIC", "AUTO_SAVE"})


class PushRejected(NetworkError):  # noqa: N818 - reads as an outcome
    """The CMS re-rendered the edit form with validation errors instead of saving."""

    def __init__(self, page: str, messages: list[str]) -> None:
        self.page, self.messages = page, messages
        text = "; ".join(messages) or "the form was not accepted"
        super().__init__(f"the CMS did not save {page}: {text}")


class SessionExpired(NetworkError):  # noqa: N818 - reads as an outcome
    """A logged-in URL redirected to the login page and no credentials are known."""

    def __init__(self) -> None:
        super().__init__("the CMS session has expired; please log in again")


def _is_login_redirect(response: requests.Response) -> bool:
    """Tell whether ``response`` sends us to the login page."""
    location = response.headers.get("Location", "")
    return response.status_code in (301, 302, 303) and "/login/" in urlsplit(location).path


class HttpCmsClient:
    """An HTTP client for one Integreat CMS instance (see the module docstring)."""

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

    # --- anonymous API v3 ---------------------------------------------------------------------

    def region(self, slug: str) -> Region:
        """Return the region ``slug`` (404 for unknown or archived regions)."""
        path = f"/api/v3/regions/{slug}/"
        return parse_region(self.url(path), self._json(path))

    def languages(self, slug: str) -> list[Language]:
        """Return the visible languages of region ``slug``."""
        path = f"/api/v3/{slug}/languages/"
        url = self.url(path)
        return [parse_language(url, item) for item in as_list(url, self._json(path))]

    def pages(self, slug: str, lang: str) -> list[ApiPage]:
        """Return the public pages of region ``slug`` in ``lang``, in tree order.

        Parsed by the same code that reads the bundled demo region (``editor.models.api_shapes``),
        so API data can go straight into :func:`editor.models.importer.import_region`.
        """
        path = f"/api/v3/{slug}/{lang}/pages/"
        url = self.url(path)
        try:
            return parse_pages(self._json(path), lang, url)
        except ImportDataError as exc:
            raise MalformedResponse(url, "pages", str(exc)) from exc

    def regions(self) -> list[Region]:
        """Every region of the CMS that is not archived (``/api/v3/regions/``)."""
        path = "/api/v3/regions/"
        url = self.url(path)
        return [parse_region(url, item) for item in as_list(url, self._json(path))]

    def public_pages(self, slug: str, lang: str) -> list[ApiPage]:
        """:meth:`pages` (the name the sync service uses for every client)."""
        return self.pages(slug, lang)

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

    # --- logged-in reads ------------------------------------------------------------------------

    def editable_regions(self) -> list[RegionChoice]:
        """The regions the logged-in account may edit, as the CMS's start page ``/`` tells.

        A user of one region is sent to its dashboard ``/<slug>/``; a user of several regions sees
        the region selection (a table of links); staff are sent to the admin dashboard and may edit
        every region that is not archived (the public region list). A user of no region gets 403.
        """
        try:
            response = self._logged_in("GET", "/")
        except ClientError as exc:
            if exc.status == 403:
                return []
            raise
        if response.status_code not in (301, 302, 303):
            return cms_html.region_links(cms_html.parse(response.text))
        target = urlsplit(response.headers.get("Location", "")).path
        if "admin-dashboard" in target:
            return [RegionChoice(r.slug, r.name) for r in self.regions()]
        match = re.fullmatch(r"/([a-z0-9][a-z0-9_-]*)/", target)
        if match is None:
            return []
        slug = match.group(1)
        try:
            name = self.region(slug).name
        except (NetworkError, MalformedResponse):
            name = slug
        return [RegionChoice(slug, name)]

    def tree(self, region: str, lang: str) -> list[TreeRow]:
        """Return every non-archived page that has a translation in ``lang``, with Page ids."""
        path = f"/{region}/pages/{lang}/"
        response = self._logged_in("GET", path, params={"date_from": "1970-01-01"})
        return cms_html.parse_tree(response.text, lang)

    def archived(self, region: str, lang: str) -> list[TreeRow]:
        """Return the archived pages (rows of ``/<region>/pages/<lang>/archived/``)."""
        response = self._logged_in("GET", f"/{region}/pages/{lang}/archived/")
        return cms_html.parse_tree(response.text, lang, archived=True)

    def stored_translation(self, region: str, lang: str, page_id: int) -> StoredTranslation:
        """Return the raw stored title and content of the latest version (any status)."""
        path = f"/{region}/ajax/{lang}/{page_id}/preview/"
        response = self._logged_in("GET", path)
        try:
            data = as_mapping(response.url, response.json())
        except ValueError:
            raise MalformedResponse(response.url, "(body)", "is not valid JSON") from None
        title, content = data.get("title"), data.get("page_translation")
        if not isinstance(title, str):
            raise MalformedResponse(response.url, "title", "is missing or not a string")
        if not isinstance(content, str):
            raise MalformedResponse(response.url, "page_translation", "is missing")
        rtl = bool(data.get("right_to_left", False))
        return StoredTranslation(page_id, lang, title, content, rtl)

    # --- writes -------------------------------------------------------------------------------

    def push(
        self,
        region: str,
        lang: str,
        page_id: int,
        title: str,
        content: str,
        status: str = "PUBLIC",
        minor_edit: bool = False,
        extra: Callable[[list[tuple[str, str]]], list[tuple[str, str]]] | None = None,
        precondition: Callable[[str, str], None] | None = None,
    ) -> PushResult:
        """Save one translation through the page edit form and return what is now stored.

        Creates the translation when it does not exist yet. Raises PushRejected on validation
        errors and ClientError(403) when the user may not save with this ``status``.
        ``extra`` may rewrite the serialised fields (e.g. to set the push token).
        ``precondition(stored_title, stored_content)`` is called with what the edit form shows
        (empty for a missing translation) right before the POST, without an extra request; it
        raises to stop the push (e.g. when the server moved since the last pull).
        """
        if status not in PUSH_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        path = f"/{region}/pages/{lang}/{page_id}/edit/"
        fields = self._edit_fields(path)
        if precondition is not None:
            stored = dict(fields)
            precondition(stored.get("title", ""), stored.get("content", ""))
        fields = [(k, v) for k, v in fields if k not in ("title", "content", "minor_edit")]
        fields += [("title", title), ("content", content), ("status", status)]
        if minor_edit:
            fields.append(("minor_edit", "on"))
        if extra is not None:
            fields = extra(fields)
        headers = {"Referer": self.url(path), "Origin": self.base_url}
        response = self._logged_in("POST", path, data=fields, headers=headers)
        if response.status_code == 200:
            messages = cms_html.form_errors(cms_html.parse(response.text))
            raise PushRejected(f"page {page_id} ({lang})", messages)
        return self._read_back(region, lang, page_id, status)

    def _edit_fields(self, path: str) -> list[tuple[str, str]]:
        """GET an edit form and return its successful controls."""
        response = self._logged_in("GET", path)
        doc = cms_html.parse(response.text)
        form = cms_html.find_form(doc, "content_form")
        if form is None:
            raise MalformedResponse(response.url, "content_form", "is missing")
        return cms_html.serialize_form(doc, form)

    def _read_back(self, region: str, lang: str, page_id: int, status: str) -> PushResult:
        """Re-read the edit form after a push: title, content and version now stored."""
        path = f"/{region}/pages/{lang}/{page_id}/edit/"
        response = self._logged_in("GET", path)
        doc = cms_html.parse(response.text)
        form = cms_html.find_form(doc, "content_form")
        if form is None:
            raise MalformedResponse(response.url, "content_form", "is missing")
        values = dict(cms_html.serialize_form(doc, form))
        if "title" not in values or "content" not in values:
            raise MalformedResponse(response.url, "title/content", "is missing in the form")
        version = cms_html.version_number(doc)
        short = cms_html.short_link_id(doc)
        return PushResult(page_id, lang, values["title"], values["content"], status, version, short)

    def enable_push_token(self, region: str, lang: str, page_id: int, token: str) -> None:
        """Set the page's push token through its edit form (needs expert mode).

        This saves the translation unchanged (the CMS records a minor version).
        """
        current = self.stored_translation(region, lang, page_id)

        def with_token(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
            kept = [(k, v) for k, v in fields if k not in ("api_token", "enable_api_token")]
            return [*kept, ("enable_api_token", "on"), ("api_token", token)]

        status = self.tree_status(region, lang, page_id)
        self.push(region, lang, page_id, current.title, current.content, status, extra=with_token)

    def tree_status(self, region: str, lang: str, page_id: int) -> str:
        """Return the status of the latest version of one translation (from the tree)."""
        for row in self.tree(region, lang):
            if row.page_id == page_id:
                return row.status
        raise ClientError(404, f"page {page_id} has no {lang} translation")

    def push_with_token(self, region: str, lang: str, token: str, content: str) -> None:
        """Replace the content of the translation in ``lang`` of the page holding ``token``.

        Uses ``POST /api/v3/<region>/<lang>/pushpage/``: content only, always a major edit,
        title and status kept. Raises ClientError(403) for a wrong token.
        """
        path = f"/api/v3/{region}/{lang}/pushpage/"
        response = self._send("POST", path, json={"token": token, "content": content})
        self._check(response)
        try:
            answer = as_mapping(response.url, response.json())
        except ValueError:
            raise MalformedResponse(response.url, "(body)", "is not valid JSON") from None
        if answer.get("status") != "success":
            raise MalformedResponse(response.url, "status", f"is {answer.get('status')!r}")
