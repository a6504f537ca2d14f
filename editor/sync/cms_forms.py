"""The logged-in page reads and page forms of :class:`~editor.sync.cms_client.HttpCmsClient`.

Reads: the page tree per language with stable Page ids, the archived pages, the raw stored title and
content of one translation. Writes, all through the CMS's own web forms (docs/integreat-cms.md): the page
edit form (title, content, status, minor edit; it also creates a missing translation), ``new/`` (a new
page next to or under a reference page), ``move/<target>/<position>/``, ``archive/``, ``restore/``,
``refresh/`` ("mark as up-to-date"), and the per-page push token (``pushpage``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from editor.sync import cms_html, language_tree
from editor.sync.cms_session import CmsSession
from editor.sync.cms_types import (
    MalformedResponse,
    PushResult,
    RegionChoice,
    StoredTranslation,
    TreeRow,
    as_mapping,
)
from editor.sync.errors import RegionForbidden
from editor.sync.network import ClientError, NetworkError

PUSH_STATUSES = frozenset({"DRAFT", "REVIEW", "PUBLIC", "AUTO_SAVE"})


class PushRejected(NetworkError):  # noqa: N818 - reads as an outcome
    """The CMS re-rendered the edit form with validation errors instead of saving."""

    def __init__(self, page: str, messages: list[str]) -> None:
        self.page, self.messages = page, messages
        text = "; ".join(messages) or "the form was not accepted"
        super().__init__(f"the CMS did not save {page}: {text}")


class PageFormsHttp(CmsSession):
    """Logged-in reads and writes through the page forms."""

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
            return [RegionChoice(r.slug, r.name) for r in self.regions()]  # type: ignore[attr-defined]
        match = re.fullmatch(r"/([a-z0-9][a-z0-9_-]*)/", target)
        if match is None:
            return []
        slug = match.group(1)
        try:
            name = self.region(slug).name  # type: ignore[attr-defined]
        except (NetworkError, MalformedResponse):
            name = slug
        return [RegionChoice(slug, name)]

    def tree(self, region: str, lang: str) -> list[TreeRow]:
        """Return every non-archived page that has a translation in ``lang``, with Page ids."""
        path = f"/{region}/pages/{lang}/"
        try:
            response = self._logged_in("GET", path, params={"date_from": "1970-01-01"})
        except ClientError as exc:
            if exc.status == 403 and self.logged_in_user is not None:
                raise RegionForbidden(self.logged_in_user, region) from None
            raise
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

    def language_parents(
        self, region: str, lang: str, page_id: int, codes: list[str]
    ) -> dict[str, str | None] | None:
        """Each language's parent in the region's language tree, read from one page edit form's
        translator view box (:mod:`editor.sync.language_tree`); None when it is not unambiguous."""
        response = self._logged_in("GET", f"/{region}/pages/{lang}/{page_id}/edit/")
        return language_tree.parse_language_tree(response.text, codes)

    def translation_form(
        self, region: str, lang: str, page_id: int, codes: list[str]
    ) -> tuple[StoredTranslation, dict[str, str | None] | None]:
        """:meth:`stored_translation` and :meth:`language_parents` with one request: the latest
        version's title and content (any status) as the page's edit form shows them, and the language
        tree its translator view box tells (docs/decisions/0029-first-pull-language-tree.md)."""
        response = self._logged_in("GET", f"/{region}/pages/{lang}/{page_id}/edit/")
        fields = cms_html.form_text(cms_html.parse(response.text))
        if fields is None:
            raise MalformedResponse(response.url, "content_form", "has no title or content")
        title, content, rtl = fields
        text = StoredTranslation(page_id, lang, title, content, rtl)
        return text, language_tree.parse_language_tree(response.text, codes)

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

    # --- page structure -------------------------------------------------------------------------

    def create_page(
        self,
        region: str,
        lang: str,
        title: str,
        content: str,
        status: str,
        ref_page_id: int | None,
        position: str,
        slug: str = "",
        parent_id: int | None = None,
    ) -> int:
        """Create a page through ``/<region>/pages/<lang>/new/``; returns the new Page id.

        ``ref_page_id`` and ``position`` (``first-child``, ``left``, ``right``) place it in the tree
        (no reference: a new root page); ``parent_id`` is the resulting parent (the form's explicit
        ``parent`` field must agree with the position). The reply's redirect names the new page.
        """
        if status not in PUSH_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        path = f"/{region}/pages/{lang}/new/"
        replaced = {"title", "content", "slug", "status", "_ref_node_id", "_position", "parent", "minor_edit"}
        fields = [(k, v) for k, v in self._edit_fields(path) if k not in replaced]
        fields += [("title", title), ("content", content), ("slug", slug), ("status", status)]
        fields += [("_ref_node_id", str(ref_page_id or "")), ("_position", position)]
        fields += [("parent", str(parent_id or ""))]
        headers = {"Referer": self.url(path), "Origin": self.base_url}
        response = self._logged_in("POST", path, data=fields, headers=headers)
        if response.status_code == 200:
            messages = cms_html.form_errors(cms_html.parse(response.text))
            raise PushRejected(f"new page {title!r} ({lang})", messages)
        match = re.search(r"/pages/[^/]+/(\d+)/edit/", urlsplit(response.headers.get("Location", "")).path)
        if match is None:
            raise MalformedResponse(response.url, "Location", "does not name the new page")
        return int(match[1])

    def move_page(self, region: str, lang: str, page_id: int, target_id: int, position: str) -> None:
        """Move a page next to or under ``target_id`` (``move/<target>/<position>/``)."""
        self._page_action(region, lang, page_id, f"move/{target_id}/{position}/", "moved")

    def archive_page(self, region: str, lang: str, page_id: int) -> None:
        """Archive a page (and so, implicitly, its subtree)."""
        self._page_action(region, lang, page_id, "archive/", "archived")

    def restore_page(self, region: str, lang: str, page_id: int) -> None:
        """Restore an archived page."""
        self._page_action(region, lang, page_id, "restore/", "restored")

    def refresh_date(self, region: str, lang: str, page_id: int) -> None:
        """ "Mark this page as up-to-date" (the edit form's ``refresh_date_form``, POST ``refresh/``)."""
        self._page_action(region, lang, page_id, "refresh/", "marked up to date")

    def _page_action(self, region: str, lang: str, page_id: int, action: str, what: str) -> None:
        """POST a page action with the CSRF token; the CMS answers with a redirect to the tree whose
        message box tells whether it worked (read with one GET)."""
        path = f"/{region}/pages/{lang}/{page_id}/{action}"
        token = self.session.cookies.get("csrftoken") or ""
        headers = {"Referer": self.url(f"/{region}/pages/{lang}/"), "Origin": self.base_url}
        response = self._logged_in("POST", path, data={"csrfmiddlewaretoken": token}, headers=headers)
        location = response.headers.get("Location")
        if location is None:
            raise MalformedResponse(response.url, "Location", "is missing")
        after = self._logged_in("GET", location)
        errors = cms_html.message_errors(cms_html.parse(after.text))
        if errors:
            raise PushRejected(f"page {page_id} ({what})", errors)
