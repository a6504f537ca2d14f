"""``MemoryCms``: the content of an in-memory Integreat CMS region, as the CMS keeps it.

Pages with their versions per language (every save a new version row with a new row id; the content
normalised on save as the CMS's ``clean_content`` does; a save whose title and content did not change
is minor), the language tree, archiving and moving as the web UI does them, the translation states the
CMS computes, and the controls tests use: "another editor" (:meth:`MemoryCms.edit`, :meth:`move`,
:meth:`archive`) and injected network failures (:meth:`MemoryCms.fail_next`). The client half, the
requests the sync service makes, is :class:`editor.sync.memory_client.MemoryCmsClient`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

import lxml.html

from editor.sync.cms_types import Language, StoredTranslation
from editor.sync.errors import ClientError, NetworkError


def cms_normalise(content: str) -> str:
    """Store ``content`` the way the CMS's ``clean_content`` does (wrapper div / bare text)."""
    if not content.strip():  # lxml cannot parse it: the CMS stores it unchanged
        return content
    try:
        parts = lxml.html.fragments_fromstring(content)
    except Exception:  # lxml refuses empty input: the CMS then stores the text unchanged
        return content
    nodes = [p for p in parts if not (isinstance(p, str) and not p.strip())]
    if len(nodes) == 1 and not isinstance(nodes[0], str):
        return content
    if len(nodes) == 1:
        return f"<p>{nodes[0]}</p>"
    return f"<div>{content}</div>"


@dataclass
class _Version:
    row_id: int
    title: str
    content: str
    status: str
    minor: bool
    when: dt.datetime


@dataclass
class _Page:
    page_id: int
    parent: int | None
    archived: bool = False
    order: float = 0.0
    versions: dict[str, list[_Version]] = field(default_factory=dict)
    mirrored: int | None = None
    mirrored_first: bool = False


@dataclass
class _Failure:
    error: NetworkError
    after_write: bool


class MemoryCms:
    """One region's pages, versions and languages (see the module docstring)."""

    def __init__(
        self,
        region: str = "testhausen",
        languages: tuple[tuple[str, bool], ...] = (("de", False), ("en", False), ("ar", True)),
        users: dict[str, str] | None = None,
        short_links: bool = True,
        clock: dt.datetime | None = None,
        tree_only_languages: tuple[str, ...] = (),
        parents: dict[str, str] | None = None,
    ) -> None:
        self.region_slug = region
        self.language_list = [
            Language(i + 1, code, code, code, rtl) for i, (code, rtl) in enumerate(languages)
        ]
        self.users = users if users is not None else {"editor": "secret"}
        self.short_links = short_links
        #: Active but not visible languages: the trees name them, the region does not.
        self.tree_only_languages = tree_only_languages
        #: The language tree: each language's source (the first language when not named here).
        self.parents = dict(parents or {})
        #: Languages whose tree node is not active (and so not visible): every page view, edit form,
        #: ``new/`` form, page action and API list of them answers 404; their texts stay stored.
        self.inactive: set[str] = set()
        #: Active languages whose tree node is not visible: the region's API leaves them out.
        self.hidden: set[str] = set()
        self.request_count = 0
        self.pages: dict[int, _Page] = {}
        self._clock = clock or dt.datetime(2026, 11, 24, 8, 0)
        self.today = self._clock.date()
        self._row_ids = itertools.count(1)
        self._failures: list[_Failure | None] = []
        self._user: str | None = None
        self.online = True

    # --- test controls -------------------------------------------------------------------------

    def fail_next(
        self, error: NetworkError, count: int = 1, after_write: bool = False, skip: int = 0
    ) -> None:
        """Make ``count`` requests fail with ``error`` after ``skip`` good ones.

        ``after_write``: the request does its work (a save is stored) and then fails, like a
        timeout whose reply was lost.
        """
        self._failures += [None] * skip + [_Failure(error, after_write) for _ in range(count)]

    def add_page(self, texts: dict[str, tuple[str, str]], parent: int | None = None) -> int:
        """Create a page with PUBLIC translations ``{lang: (title, content)}``; returns its id."""
        page_id = max(self.pages, default=0) + 1
        self.pages[page_id] = _Page(page_id, parent, order=float(page_id))
        for lang, (title, content) in texts.items():
            self._save(page_id, lang, title, content, "PUBLIC", minor=False)
        return page_id

    def edit(
        self, page_id: int, lang: str, title: str, content: str, status: str = "PUBLIC",
        minor: bool = False,
    ) -> None:  # fmt: skip
        """Another editor saves through the web form (not counted as our request)."""
        self._save(page_id, lang, title, content, status, minor)

    def set_language(self, code: str, *, active: bool = True, visible: bool = True) -> None:
        """An administrator changes a language's tree node (the CMS refuses an inactive visible one)."""
        if not active and visible:
            raise ValueError("language_tree_node_inactive_requires_invisible")
        self.inactive.discard(code)
        self.hidden.discard(code)
        if not active:
            self.inactive.add(code)
        if not visible:
            self.hidden.add(code)

    def remove_language(self, code: str) -> None:
        """An administrator deletes the language's tree node: the CMS deletes its translations too."""
        self.language_list = [lg for lg in self.language_list if lg.code != code]
        for page in self.pages.values():
            page.versions.pop(code, None)

    def add_language(self, code: str, rtl: bool = False, parent: str | None = None) -> None:
        """An administrator adds a language tree node (again): active and visible, no translations yet."""
        next_id = max((lg.id for lg in self.language_list), default=0) + 1
        self.language_list.append(Language(next_id, code, code, code, rtl))
        if parent is not None:
            self.parents[code] = parent

    def active_codes(self) -> list[str]:
        """The region's active languages in tree order (the trees' translation states name them)."""
        listed = [lg.code for lg in self.language_list if lg.code not in self.inactive]
        return listed + [code for code in self.tree_only_languages if code not in listed]

    def mirror(self, page_id: int, mirrored_id: int | None, first: bool = False) -> None:
        """Embed ``mirrored_id``'s live content in ``page_id`` (before its own text when ``first``)."""
        self.pages[page_id].mirrored, self.pages[page_id].mirrored_first = mirrored_id, first

    def archive(self, page_id: int) -> None:
        """Archive a page (and so its subtree) as the web UI does."""
        self.pages[page_id].archived = True

    def move(self, page_id: int, target_id: int, position: str) -> None:
        """Another editor moves a page in the web UI (not counted as our request)."""
        if position not in ("first-child", "left", "right"):
            raise ClientError(400, f"unknown position {position!r}")
        page, target = self.pages[page_id], self.pages[target_id]
        node: _Page | None = target
        while node is not None:
            if node.page_id == page_id:
                raise ClientError(400, "a page cannot be moved below itself")
            node = self.pages.get(node.parent) if node.parent is not None else None
        if position == "first-child":
            siblings = [p.order for p in self.pages.values() if p.parent == target_id]
            page.parent, page.order = target_id, min(siblings, default=1.0) - 1.0
        else:
            page.parent = target.parent
            page.order = target.order + (-0.5 if position == "left" else 0.5)
        self._renumber(page.parent)

    def _renumber(self, parent: int | None) -> None:
        siblings = sorted((p for p in self.pages.values() if p.parent == parent), key=lambda p: p.order)
        for index, sibling in enumerate(siblings):
            sibling.order = float(index + 1)

    def children_of(self, parent: int | None) -> list[int]:
        """Page ids under ``parent`` in tree order, archived ones included (for assertions)."""
        siblings = [p for p in self.pages.values() if p.parent == parent]
        return [p.page_id for p in sorted(siblings, key=lambda p: (p.order, p.page_id))]

    def latest(self, page_id: int, lang: str) -> StoredTranslation | None:
        """The latest stored version (for assertions), or None."""
        versions = self.pages[page_id].versions.get(lang)
        if not versions:
            return None
        last = versions[-1]
        return StoredTranslation(page_id, lang, last.title, last.content, self._rtl(lang))

    def translation_state(self, page_id: int, lang: str) -> str:
        """UP_TO_DATE / OUTDATED / MISSING as the CMS computes it (against the language's parent)."""
        versions = self.pages[page_id].versions.get(lang)
        if not versions:
            return "MISSING"
        root = self.language_list[0].code
        if lang == root:
            return "UP_TO_DATE"
        source = self.parent_of(lang) or root
        majors = [v for v in self.pages[page_id].versions.get(source, []) if not v.minor]
        if not majors:
            return "OUTDATED"
        return "OUTDATED" if versions[-1].when <= majors[-1].when else "UP_TO_DATE"

    def parent_of(self, lang: str) -> str | None:
        """The language's source in the language tree (None for the root)."""
        root = self.language_list[0].code
        return None if lang == root else self.parents.get(lang, root)

    # --- the CMS's own rules ---------------------------------------------------------------------

    def _rtl(self, lang: str) -> bool:
        return any(lg.right_to_left for lg in self.language_list if lg.code == lang)

    def _archived(self, page: _Page) -> bool:
        node: _Page | None = page
        seen: set[int] = set()
        while node is not None and node.page_id not in seen:  # a parent cycle ends the walk
            if node.archived:
                return True
            seen.add(node.page_id)
            node = self.pages.get(node.parent) if node.parent is not None else None
        return False

    def _ordered(self) -> list[tuple[_Page, int]]:
        out: list[tuple[_Page, int]] = []

        def walk(parent: int | None, depth: int) -> None:
            for page in sorted(self.pages.values(), key=lambda p: (p.order, p.page_id)):
                if page.parent == parent:
                    out.append((page, depth))
                    walk(page.page_id, depth + 1)

        walk(None, 1)
        return out

    def _save(self, page_id: int, lang: str, title: str, content: str, status: str, minor: bool) -> None:
        versions = self.pages[page_id].versions.setdefault(lang, [])
        stored = cms_normalise(content)
        if versions and (versions[-1].title, versions[-1].content) == (title, stored):
            minor = True
        if not versions:
            minor = False
        self._clock += dt.timedelta(minutes=1)
        versions.append(_Version(next(self._row_ids), title, stored, status, minor, self._clock))
        if status == "AUTO_SAVE":
            return
        self.today = max(self.today, self._clock.date())


def _slug(title: str) -> str:
    return "-".join(title.lower().split()) or "page"
