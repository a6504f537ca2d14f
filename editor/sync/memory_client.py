"""``MemoryCmsClient``: an in-memory Integreat CMS with the methods the sync service uses.

The region's content and the CMS's rules are :class:`editor.sync.memory_cms.MemoryCms`; this class adds
the requests.

It behaves like the real CMS where sync depends on it: every save is a new version row with a new
row id (the short link), the stored content is normalised on save (several top-level elements are
wrapped in one ``<div>``, bare text becomes ``<p>``), minor edits keep descendant languages up to
date while major edits make them outdated, ``refresh/`` saves a translation (and those up to date)
again, archived pages leave the tree, and a save whose title and content did not change is a minor
version. Its public page list serves ``content`` as API v3 does,
not the stored text: a mirrored page's live content joined to the page's own, shortcodes expanded, an
empty text replaced by a "not available" block (the tree tags a mirroring page "Live content").
Tests (and the demo mode) drive "another editor" through :meth:`MemoryCmsClient.edit` and inject
network failures with :meth:`MemoryCmsClient.fail_next`.
Every simulated HTTP request is counted in :attr:`request_count` like the real client does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from editor.sync.api_json import ApiPage
from editor.sync.cms_types import Language, PushResult, Region, RegionChoice, StoredTranslation, TreeRow
from editor.sync.errors import ClientError, LoginRejected, ServerError, Timeout
from editor.sync.memory_cms import MemoryCms, _Page, _slug, _Version, cms_normalise

_STATUSES = frozenset({"DRAFT", "REVIEW", "PUBLIC", "AUTO_SAVE"})


class MemoryCmsClient(MemoryCms):
    """An in-memory CMS for one region (see the module docstring)."""

    # --- the client API ------------------------------------------------------------------------

    @property
    def logged_in_user(self) -> str | None:
        """The logged-in user, if any."""
        return self._user

    def login(self, user: str, password: str, totp_secret_or_code: str | None = None) -> None:
        """Log in (two requests, like GET + POST of the login form)."""
        self._request()
        self._request()
        if self.users.get(user) != password:
            raise LoginRejected(user)
        self._user = user

    def region(self, slug: str) -> Region:
        """The region with its languages (one anonymous request)."""
        self._request()
        self._check_region(slug)
        return Region(1, slug, slug.title(), True, tuple(self._visible()))

    def editable_regions(self) -> list[RegionChoice]:
        """The regions the logged-in user may edit: this CMS's one region (one request)."""
        self._request()
        if self._user is None:
            raise LoginRejected("(nobody)", "log in first", "not_logged_in")
        return [RegionChoice(self.region_slug, self.region_slug.title())]

    def languages(self, slug: str) -> list[Language]:
        """The region's languages (one anonymous request)."""
        self._request()
        self._check_region(slug)
        return self._visible()

    def tree(self, region: str, lang: str) -> list[TreeRow]:
        """Every non-archived page with a translation in ``lang``, in tree order."""
        self._logged_in(region, lang)
        rows: list[TreeRow] = []
        root = self.language_list[0].code
        for position, (page, depth) in enumerate(self._ordered()):
            versions = page.versions.get(lang)
            if not versions or self._archived(page):
                continue
            last = versions[-1]
            states = {code: self.translation_state(page.page_id, code) for code in self.active_codes()}
            states.pop(root, None)
            states.update(dict.fromkeys(self.tree_only_languages, "MISSING"))
            rows.append(
                TreeRow(
                    page.page_id, lang, depth, page.parent, position, last.title,
                    _slug(last.title), last.status, last.when.date(), states,
                    last.row_id if self.short_links else None, live_content=page.mirrored is not None,
                )
            )  # fmt: skip
        return rows

    def archived(self, region: str, lang: str) -> list[TreeRow]:
        """The archived pages with a translation in ``lang``."""
        self._logged_in(region, lang)
        rows: list[TreeRow] = []
        for position, (page, depth) in enumerate(self._ordered()):
            versions = page.versions.get(lang)
            if versions and self._archived(page):
                last = versions[-1]
                rows.append(
                    TreeRow(
                        page.page_id, lang, depth, page.parent, position, last.title, _slug(last.title),
                        last.status, last.when.date(), {}, last.row_id if self.short_links else None, True,
                    )
                )  # fmt: skip
        return rows

    def public_pages(self, region: str, lang: str) -> list[ApiPage]:
        """API v3 ``pages/`` (anonymous, one request): the newest PUBLIC version of every page whose
        ancestors are public in ``lang`` too, with the other languages' public row ids."""
        self._request()
        self._check_region(region)
        self._check_language(lang)
        out: list[ApiPage] = []
        paths: dict[int, str] = {}
        for position, (page, _depth) in enumerate(self._ordered()):
            public = self._public(page, lang)
            parent_path = paths.get(page.parent) if page.parent is not None else None
            if public is None or self._archived(page) or (page.parent is not None and parent_path is None):
                continue
            path = (parent_path or f"/{region}/{lang}/") + _slug(public.title) + "/"
            paths[page.page_id] = path
            others = {
                lg.code: found.row_id
                for lg in self._visible()
                if lg.code != lang and (found := self._public(page, lg.code)) is not None
            }
            out.append(ApiPage(
                lang, public.row_id, path, public.title, self._api_content(page, lang, public), public.when,
                page.parent or 0, parent_path, position, others,
            ))  # fmt: skip
        return out

    def _api_content(self, page: _Page, lang: str, public: _Version) -> str:
        """API v3's ``content``: ``combined_text`` with the shortcodes expanded (docs/integreat-cms.md)."""
        own = public.content
        if page.mirrored is None and not own.strip():
            others = [
                lg.code for lg in self.language_list
                if lg.code != lang and (v := self._public(page, lg.code)) is not None and v.content.strip()
            ]  # fmt: skip
            if others:
                links = "".join(
                    f'<li><a href="/{self.region_slug}/{code}/">{code}</a></li>' for code in others
                )
                own = f"<p>\n    This page is not available in {lang}.\n</p>\n<ul>{links}</ul>"
        mirror = ""
        target = self.pages.get(page.mirrored) if page.mirrored is not None else None
        if target is not None and (live := self._public(target, lang)) is not None:
            mirror = live.content
        return self._expand(mirror + own if page.mirrored_first else own + mirror, lang)

    def _expand(self, text: str, lang: str) -> str:
        """The CMS's shortcodes ``[page <id> "text"]`` and ``[contact <id> ...]``; ``\\[`` is a ``[``."""
        if "[" not in text:
            return text

        def one(match: re.Match[str]) -> str:
            if match[0] == "\\[":
                return "["
            if page := re.fullmatch(r'\s*page\s+(\d+)(?:\s+"([^"]*)")?\s*', match[1]):
                target = self.pages.get(int(page[1]))
                live = self._public(target, lang) if target is not None else None
                if live is None:
                    return f"<i>[{page[2] or 'MISSING LINK'}]</i>"
                return (
                    f'<a href="/{self.region_slug}/{lang}/{_slug(live.title)}/">{page[2] or live.title}</a>'
                )
            if contact := re.fullmatch(r"\s*contact\s+(\d+).*", match[1]):
                card = f'class="contact-card notranslate" dir="ltr" translate="no">Contact {contact[1]}'
                return f'<div><div contenteditable="false" data-contact-id="{contact[1]}" {card}</div></div>'

            return match[0]  # unknown shortcodes stay as they are

        return re.sub(r"\\\[|\[([^\]]*)\]", one, text)

    def _public(self, page: _Page, lang: str) -> _Version | None:
        return next((v for v in reversed(page.versions.get(lang, [])) if v.status == "PUBLIC"), None)

    def logout(self) -> None:
        """End the session (the next logged-in call needs a login again)."""
        self._user = None

    def language_parents(
        self, region: str, lang: str, page_id: int, codes: list[str]
    ) -> dict[str, str | None] | None:
        """The language tree, as a page's edit form shows it (one request)."""
        self._logged_in(region, lang)
        if page_id not in self.pages:
            raise ClientError(404, f"no page {page_id}")
        return {code: self.parent_of(code) for code in codes}

    def stored_translation(self, region: str, lang: str, page_id: int) -> StoredTranslation:
        """The latest stored title and content (any status; ``preview/`` answers for any language)."""
        self._logged_in(region)
        return self._stored(page_id, lang)

    def translation_form(
        self, region: str, lang: str, page_id: int, codes: list[str]
    ) -> tuple[StoredTranslation, dict[str, str | None] | None]:
        """The latest stored text and the language tree, as one edit form shows them (one request)."""
        self._logged_in(region, lang)
        return self._stored(page_id, lang), {code: self.parent_of(code) for code in codes}

    def _stored(self, page_id: int, lang: str) -> StoredTranslation:
        found = self.latest(page_id, lang) if page_id in self.pages else None
        if found is None:
            raise ClientError(404, f"page {page_id} has no {lang} translation")
        return found

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
        """GET the edit form, check ``precondition``, POST, read back (three requests)."""
        if status not in _STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._logged_in(region, lang)
        if page_id not in self.pages:
            raise ClientError(404, f"page {page_id} does not exist")
        if not title.strip():
            raise ClientError(400, "This field is required: title")
        current = self.latest(page_id, lang)
        if precondition is not None:
            precondition(current.title if current else "", current.content if current else "")
        self._request(lambda: self._save(page_id, lang, title, content, status, minor_edit))
        self._request()
        last = self.pages[page_id].versions[lang][-1]
        short = last.row_id if self.short_links else None
        return PushResult(
            page_id, lang, last.title, last.content, status, len(self.pages[page_id].versions[lang]), short
        )

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
        """``new/``: create a page placed relative to ``ref_page_id`` with its first translation."""
        if status not in _STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._logged_in(region, lang)  # GET the empty form
        if not title.strip():
            raise ClientError(400, "This field is required: title")
        if ref_page_id is not None and ref_page_id not in self.pages:
            raise ClientError(400, f"Select a valid choice: {ref_page_id} is not available.")
        created: list[int] = []

        def write() -> None:
            page_id = max(self.pages, default=0) + 1
            self.pages[page_id] = _Page(page_id, None, order=float(page_id) * 1000)
            if ref_page_id is not None:
                self.move(page_id, ref_page_id, position)
            self._save(page_id, lang, title, content, status, minor=False)
            created.append(page_id)

        self._request(write)
        return created[0]

    def move_page(self, region: str, lang: str, page_id: int, target_id: int, position: str) -> None:
        """``move/<target>/<position>/`` (POST, then the tree page it redirects to)."""
        self._logged_in(region, lang)
        if page_id not in self.pages or target_id not in self.pages:
            raise ClientError(404, f"page {page_id} or {target_id} does not exist")
        self._request(lambda: self.move(page_id, target_id, position))

    def archive_page(self, region: str, lang: str, page_id: int) -> None:
        """``archive/`` (POST, then the tree page it redirects to)."""
        self._logged_in(region, lang)
        if page_id not in self.pages:
            raise ClientError(404, f"page {page_id} does not exist")
        self._request(lambda: self.archive(page_id))

    def restore_page(self, region: str, lang: str, page_id: int) -> None:
        """``restore/`` (POST, then the tree page it redirects to)."""
        self._logged_in(region, lang)
        if page_id not in self.pages:
            raise ClientError(404, f"page {page_id} does not exist")

        def write() -> None:
            self.pages[page_id].archived = False

        self._request(write)

    def refresh_date(self, region: str, lang: str, page_id: int) -> None:
        """``refresh/`` (POST, then the edit form it redirects to): the translation in ``lang`` and
        every translation already up to date are saved again, in language order, as the CMS does."""
        self._logged_in(region, lang)
        page = self.pages.get(page_id)
        if page is None or self._archived(page):
            raise ClientError(404, f"page {page_id} does not exist")

        def write() -> None:
            codes = [code for code in self.active_codes() if page.versions.get(code)]
            chosen = [c for c in codes if c == lang or self.translation_state(page_id, c) == "UP_TO_DATE"]
            for code in chosen:
                self._clock += dt.timedelta(minutes=1)
                page.versions[code][-1].when = self._clock
            self.today = max(self.today, self._clock.date())

        self._request(write)

    # --- helpers -------------------------------------------------------------------------------

    def _request(self, write: Callable[[], None] | None = None) -> None:
        """Count one request; apply an injected failure (before or after ``write``)."""
        self.request_count += 1
        failure = self._failures.pop(0) if self._failures else None
        if failure is not None and not failure.after_write:
            raise failure.error
        if not self.online:
            raise Timeout("memory-cms")
        if write is not None:
            write()
        if failure is not None:
            raise failure.error

    def _logged_in(self, region: str, lang: str | None = None) -> None:
        """One logged-in request; a page view or form of a language that is not active is a 404."""
        self._request()
        self._check_region(region)
        if self._user is None:
            raise ClientError(403, "not logged in")
        if lang is not None:
            self._check_language(lang)

    def _check_language(self, lang: str) -> None:
        if lang in self.inactive or lang not in self.active_codes():
            raise ClientError(404, "No language matches the given query.")

    def _visible(self) -> list[Language]:
        """The region's languages as its API lists them: active and visible."""
        return [lg for lg in self.language_list if lg.code not in self.inactive | self.hidden]

    def _check_region(self, slug: str) -> None:
        if slug != self.region_slug:
            raise ClientError(404, f"no region {slug}")


__all__ = ["MemoryCmsClient", "ServerError", "Timeout", "cms_normalise"]
