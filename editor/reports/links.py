"""The region's link check (Qt-free): every link of every translation, resolved offline at once.

Links to the region's own pages (on the CMS's address, the web app's, or relative ``/region/lang/…``)
are resolved against the working copy: a link to an archived, missing, unpublished or other-language
page is reported, with this language's address of the page suggested. ``mailto:`` and ``tel:`` are
validated. External web addresses are listed for the online check (:mod:`editor.sync.link_check`)
and, when a stored result exists, reported as broken or redirected.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from urllib.parse import urljoin, urlsplit

from editor.models.changes import Changes
from editor.models.errors import StoreError
from editor.models.page_address import PageAddress, PageAddressError, parse_page_address
from editor.models.quality_store import LinkResult
from editor.models.records import TranslationData
from editor.models.store import Store
from editor.reports.pages import PageIndex
from editor.text.links import (
    FlatLinks,
    Link,
    LinkDetail,
    LinkKind,
    detail,
    flat_links,
    host_of,
    link_label,
    link_spans,
    offline_detail,
    pack_links,
)

#: Hosts that serve a region's pages besides the CMS itself (the public web app).
WEB_APP_HOSTS = frozenset({"integreat.app", "web.integreat-app.de", "integreat-app.de"})
#: A progress callback: ``(done, total)``.
Progress = Callable[[int, int], None]


class LinkProblem(enum.Enum):
    """What is wrong with a link."""

    OTHER_LANGUAGE = "other_language"
    MISSING_PAGE = "missing_page"
    ARCHIVED_PAGE = "archived_page"
    UNPUBLISHED_PAGE = "unpublished_page"
    INVALID = "invalid"
    BROKEN = "broken"
    REDIRECT = "redirect"


@dataclass(frozen=True)
class LinkFinding:
    """One link of one translation and, when something is wrong, what and the address to use."""

    page_id: int
    language: str
    href: str
    start: int
    end: int
    label: str
    kind: str
    problem: LinkProblem | None = None
    detail: LinkDetail | None = None
    suggestion: str | None = None
    status: int | None = None

    @property
    def broken(self) -> bool:
        """The link does not get the reader there (see :data:`BROKEN_PROBLEMS`)."""
        return self.problem in BROKEN_PROBLEMS

    @property
    def message(self) -> str:
        """The problem's detail in English ("" when there is none); the views word :attr:`detail`."""
        return self.detail.english if self.detail is not None else ""

    @property
    def host(self) -> str:
        """The host of the address ("" for mailto/tel/relative)."""
        return host_of(self.href)

    def to_json(self) -> dict[str, object]:
        """A plain dict (the problem as its value)."""
        data = asdict(self)
        data["problem"] = self.problem.value if self.problem else None
        data["message"] = self.message
        data["detail"] = {"code": self.detail.code, **self.detail.params} if self.detail else None
        return data


#: Problems that mean the reader does not get where the link promises (the rest: a better address exists).
BROKEN_PROBLEMS = frozenset(
    {LinkProblem.BROKEN, LinkProblem.MISSING_PAGE, LinkProblem.ARCHIVED_PAGE, LinkProblem.INVALID}
)


@dataclass
class LinkReport:
    """Every link of a region (or of the translations asked for)."""

    findings: list[LinkFinding]

    @property
    def problems(self) -> list[LinkFinding]:
        """Only the links with a problem."""
        return [f for f in self.findings if f.problem is not None]

    def web_addresses(self) -> list[str]:
        """Distinct external web addresses (what the online check fetches), in first-seen order."""
        return list(dict.fromkeys(f.href for f in self.findings if f.kind == "web"))

    def for_page(self, page_id: int) -> list[LinkFinding]:
        """The findings of one page (every language)."""
        return [f for f in self.findings if f.page_id == page_id]


#: What an address is, whoever links it (``LinkResolver._parse``): kind, offline problem, the region's
#: page address it names, that page's id (None: none) and the ``scheme://host`` to suggest on.
_Parsed = tuple[LinkKind, LinkDetail | None, PageAddress | None, int | None, str]


class LinkResolver:
    """Resolves the links of translations against one :class:`PageIndex`."""

    def __init__(self, index: PageIndex, online: Mapping[str, LinkResult] | None = None) -> None:
        self.index = index
        self.online = online or {}
        self._own_hosts = set(WEB_APP_HOSTS)
        #: address → its verdict, or (the region's own pages) language → verdict
        self._memo: dict[str, LinkFinding | dict[str, LinkFinding]] = {}
        self._roots: dict[str, str] = {}
        #: address → what :meth:`_parse` found
        self._parsed: dict[str, _Parsed] = {}
        cms_host = host_of(index.cms_url)
        if cms_host:
            self._own_hosts.add(cms_host)

    def check(self, translation: TranslationData) -> list[LinkFinding]:
        """Every link of ``translation`` with what is wrong with it (labels only for problems)."""
        return self.check_text(translation.page_id, translation.language, translation.content)

    def check_text(self, page: int, language: str, text: str) -> list[LinkFinding]:
        """Every link of one page's ``text`` in ``language``.

        Verdicts are remembered per address (and per language for the region's own pages, whose
        resolution depends on it), so a region with many repeated links resolves each once.
        """
        flat: FlatLinks = []
        for href, start, end in link_spans(text):
            flat += (href, start, end, None)
        return self._resolve(page, language, flat, text)

    def check_stored(self, page: int, language: str, links: FlatLinks) -> list[LinkFinding]:
        """Every link of one page in ``language`` as the working copy keeps them
        (:func:`editor.text.links.flat_links`: address, offsets and label of each)."""
        return self._resolve(page, language, links, None)

    def problems_stored(self, page: int, language: str, links: FlatLinks) -> list[LinkFinding]:
        """:meth:`check_stored`, only the links with a problem (the others are not made at all)."""
        return self._resolve(page, language, links, None, problems_only=True)

    def _resolve(
        self, page: int, language: str, flat: FlatLinks, text: str | None, *, problems_only: bool = False
    ) -> list[LinkFinding]:
        """The findings of the links in ``flat`` (a label None: found in ``text`` when needed)."""
        findings = []
        memo = self._memo
        make = _finding_at
        for i in range(0, len(flat), 4):
            href, start, end, label = flat[i], flat[i + 1], flat[i + 2], flat[i + 3]
            verdict = memo.get(href)
            if not isinstance(verdict, LinkFinding):  # never seen, or per language (own pages)
                verdict = self._verdict(page, language, Link(href, start, end), verdict)
            if verdict.problem is None:
                if problems_only:
                    continue
                label = ""
            elif label is None:
                label = link_label(text or "", Link(href, start, end))
            findings.append(make(verdict, page, language, start, end, label))
        return findings

    def _verdict(
        self, page: int, language: str, link: Link, per_language: dict[str, LinkFinding] | None
    ) -> LinkFinding:
        """The verdict on ``link`` in ``language``, remembered for every language, or for ``language``
        when it names one of the region's pages (whether it does depends on the address alone)."""
        verdict = per_language.get(language) if per_language is not None else None
        if verdict is None:
            verdict = self._finding(page, language, link)
            if verdict.kind != "internal":
                self._memo[link.href] = verdict
            elif per_language is None:
                self._memo[link.href] = {language: verdict}
            else:
                per_language[language] = verdict
        return verdict

    def _finding(self, page_id: int, language: str, link: Link) -> LinkFinding:
        """The verdict on one address as linked from a page in ``language`` (the same for every page)."""
        parsed = self._parsed.get(link.href)
        if parsed is None:
            parsed = self._parsed[link.href] = self._parse(link)
        kind, problem, address, page, root = parsed
        base = _finding_at(_BLANK, page_id, language, link.start, link.end, "")
        base.__dict__.update(href=link.href, kind=kind.value)
        if problem is not None:
            return _with(base, LinkProblem.INVALID, problem)
        if address is not None:
            return self._internal(base, address, page, root)
        if kind is LinkKind.WEB:
            return self._online(base)
        return base

    def _parse(self, link: Link) -> _Parsed:
        """What does not depend on the linking language, once per address: its kind, its offline
        problem and, for an address into this region, the page it names (None: no such page) and the
        ``scheme://host`` a better address is suggested on."""
        kind = link.kind
        problem = offline_detail(link.href)
        address = self._own_page(link, kind) if problem is None else None
        if address is None:
            return kind, problem, None, None, ""
        return kind, None, address, _find(self.index, address), self._root(link.href)

    def _own_page(self, link: Link, kind: LinkKind) -> PageAddress | None:
        """The page address a link names, when it points into this region."""
        if kind is LinkKind.RELATIVE and link.href.startswith("/"):
            path = link.href
        elif kind is LinkKind.WEB:
            try:
                parts = urlsplit(link.href.strip())
                if (parts.hostname or "").lower() not in self._own_hosts:
                    return None
            except ValueError:
                return None
            path = parts.path
        else:
            return None
        try:
            address = parse_page_address(path)
        except PageAddressError:
            return None
        if address.region != self.index.region or address.cms_page_id is not None:
            return None
        return address if address.language in self.index.paths else None

    def _internal(self, base: LinkFinding, address: PageAddress, page: int | None, root: str) -> LinkFinding:
        index, own = self.index, base.language
        if page is None:
            message = detail("missing_page", path=address.path)
            return _with(base, LinkProblem.MISSING_PAGE, message, kind="internal")
        if page in index.archived:
            return _with(base, LinkProblem.ARCHIVED_PAGE, detail("archived"), kind="internal")
        better = index.address(page, own, root)
        if address.language != own:
            title = index.title(page, own)
            if better is None:
                message = detail("other_language_missing", language=address.language, title=title, own=own)
            else:
                message = detail("other_language", language=address.language, title=title)
            return _with(base, LinkProblem.OTHER_LANGUAGE, message, better, kind="internal")
        status = index.status.get((page, own))
        if status is not None and status != "PUBLIC":
            message = detail("unpublished", language=own, status=status.lower())
            return _with(base, LinkProblem.UNPUBLISHED_PAGE, message, kind="internal")
        wanted = "/".join(address.slugs)
        if index.by_page.get(own, {}).get(page) != wanted and better:
            return _with(base, LinkProblem.REDIRECT, detail("moved"), better, kind="internal")
        return _with(base, None, None, kind="internal")

    def _root(self, href: str) -> str:
        """``scheme://host`` of ``href`` against the CMS address, memoised by the address's start."""
        parts = href.split("/", 3)
        if len(parts) < 3 or parts[1] or parts[0] not in ("", "http:", "https:"):
            key = "" if href.startswith("/") and not href.startswith("//") else None
        else:
            key = "/".join(parts[:3])
        if key is None:
            return _root(href, self.index.cms_url)
        root = self._roots.get(key)
        if root is None:
            root = self._roots[key] = _root(href, self.index.cms_url)
        return root

    def _online(self, base: LinkFinding) -> LinkFinding:
        result = self.online.get(base.href)
        if result is None:
            return base
        if result.broken:
            message = LinkDetail.read(result.error) or detail("http", status=result.status)
            return _with(base, LinkProblem.BROKEN, message, status=result.status)
        if result.redirected:
            message = detail("redirects_to", url=result.final_url)
            return _with(base, LinkProblem.REDIRECT, message, result.final_url, status=result.status)
        return _with(base, None, None, status=result.status)


#: The fields of a finding before its place and verdict are written (see ``LinkResolver._finding``).
_BLANK = LinkFinding(0, "", "", 0, 0, "", "")


def _finding_at(
    verdict: LinkFinding, page: int, language: str, start: int, end: int, label: str
) -> LinkFinding:
    """``verdict`` at another place (a copy made without the frozen dataclass's per-field checks)."""
    finding = _new(LinkFinding)
    fields = verdict.__dict__.copy()
    fields["page_id"], fields["language"], fields["start"], fields["end"] = page, language, start, end
    fields["label"] = label
    _set_field(finding, "__dict__", fields)
    return finding


_new = object.__new__
_set_field = object.__setattr__


def check_region(
    store: Store,
    online: Mapping[str, LinkResult] | None = None,
    index: PageIndex | None = None,
    progress: Progress | None = None,
) -> LinkReport:
    """Resolve every link of the region's working copy (offline; with ``online`` results when given),
    from the links the working copy keeps beside each text (:func:`iter_links`)."""
    from editor.reports.gc_pause import gc_paused

    findings: list[LinkFinding] = []
    with gc_paused():  # the index too: its 40,000 rows made the collector run ≈ 150 times
        resolver = LinkResolver(index or PageIndex.build(store, context=False), online)
        texts = list(iter_links(store))
        for number, (page, language, links) in enumerate(texts, 1):
            findings.extend(resolver.check_stored(page, language, links))
            if progress is not None and number % 2000 == 0:
                progress(number, len(texts))
    return LinkReport(findings)


def check_links(
    store_translations: Iterable[TranslationData | tuple[int, str, str]],
    index: PageIndex,
    online: Mapping[str, LinkResult] | None = None,
    progress: Progress | None = None,
    total: int = 0,
) -> LinkReport:
    """Resolve every link of ``store_translations`` (offline; with ``online`` results when given).

    Items are translations or ``(page id, language, content)`` tuples (:func:`iter_texts`)."""
    from editor.reports.gc_pause import gc_paused

    resolver = LinkResolver(index, online)
    findings: list[LinkFinding] = []
    with gc_paused():
        for number, translation in enumerate(store_translations, 1):
            if isinstance(translation, tuple):
                findings.extend(resolver.check_text(*translation))
            else:
                findings.extend(resolver.check(translation))
            if progress is not None and number % 200 == 0:
                progress(number, total)
    return LinkReport(findings)


def _find(index: PageIndex, address: PageAddress) -> int | None:
    paths = index.paths.get(address.language, {})
    wanted = "/".join(address.slugs)
    if wanted in paths:
        return paths[wanted]
    by_slug = [page for path, page in paths.items() if path.rsplit("/", 1)[-1] == address.slugs[-1]]
    return by_slug[0] if len(by_slug) == 1 else None


def _root(href: str, cms_url: str) -> str:
    absolute = urljoin(cms_url or "https://integreat.app", href)
    parts = urlsplit(absolute)
    return f"{parts.scheme}://{parts.netloc}"


def _with(
    base: LinkFinding,
    problem: LinkProblem | None,
    message: LinkDetail | None,
    suggestion: str | None = None,
    *,
    kind: str | None = None,
    status: int | None = None,
) -> LinkFinding:
    """``base`` with its verdict written in (``base`` is the finding ``LinkResolver._finding`` made for
    this verdict, never one shared, so it is filled in place, without the frozen dataclass's checks)."""
    base.__dict__.update(
        problem=problem,
        detail=message,
        suggestion=suggestion,
        kind=kind or base.kind,
        status=status if status is not None else base.status,
    )
    return base


class PageLinkCheck:
    """The link problems of one translation at a time (what the editor marks at the links and
    ``links --page`` lists): offline verdicts and the stored online results, in text order, with
    their offsets in the text. The region's index is kept while the link context is unchanged."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._context = ""
        self._resolver: LinkResolver | None = None

    def problems(self, page_id: int, language: str, text: str | None = None) -> list[LinkFinding]:
        """The links of ``text`` (default: the stored text of the translation) that have a problem."""
        from editor.models.quality_store import link_context, link_results

        if text is None:
            current = self.store.translation(page_id, language)
            text = current.content if current is not None else ""
        context = link_context(self.store)
        if self._resolver is None or context != self._context:
            self._resolver = LinkResolver(PageIndex.build(self.store), link_results(self.store))
            self._context = context
        return [f for f in self._resolver.check_text(page_id, language, text) if f.problem is not None]

    @property
    def index(self) -> PageIndex:
        """The region's index the last check used (built on first use)."""
        if self._resolver is None:
            self._resolver = LinkResolver(PageIndex.build(self.store), {})
        return self._resolver.index


def use_new_address(store: Store, page_id: int, language: str, old: str, new: str) -> Changes:
    """Point every link to ``old`` in this translation at ``new``, saved through the store's public API
    (so the old text lands in history and the change in the outbox). Nothing changes when no link
    points to ``old``."""
    from editor.text.links import replace_href

    current = store.translation(page_id, language)
    if current is None:
        raise StoreError(
            f"{store.path}: no page {page_id} in language {language!r}",
            "no_translation",
            path=store.path,
            page=page_id,
            language=language,
        )
    content, count = replace_href(current.content, old, new)
    if not count:
        return Changes()
    return store.save_translation(page_id, language, title=current.title, content=content, reason="link")


def iter_links(store: Store) -> Iterator[tuple[int, str, FlatLinks]]:
    """``(page id, language, links)`` of every translation that has links, in id order, from the
    working copy's ``translation_link`` rows (ADR 0038). A translation without such a row (which the
    unit of work never leaves) has its links found in its text."""
    import json

    # one JSON text of every row, [[page, language, [links…]], …]: a single parse instead of 40,000
    (packed,) = store.query(
        "SELECT '[' || coalesce(group_concat(json_array(t.page_id, t.language_code, json(l.links))), '') "
        "|| ']' FROM translation t JOIN translation_link l ON l.translation_id = t.id WHERE l.links != ''"
    )[0]
    for page, language, links in json.loads(packed):
        yield page, language, links
    missing = store.query(
        "SELECT t.page_id, t.language_code, t.content FROM translation t "
        "WHERE NOT EXISTS (SELECT 1 FROM translation_link l WHERE l.translation_id = t.id) ORDER BY t.id"
    )
    for page, language, content in missing:
        yield int(page), language, flat_links(pack_links(content or ""))


def iter_texts(store: Store, batch: int = 2000) -> Iterator[tuple[int, int, str, str]]:
    """``(translation id, page id, language, content)`` of every translation, in id order, read in
    batches (lighter than :meth:`Store.iter_translations` for region-wide passes)."""
    last = 0
    while True:
        found = store.query(
            "SELECT id, page_id, language_code, content FROM translation WHERE id > ? ORDER BY id LIMIT ?",
            (last, batch),
        )
        if not found:
            return
        for tid, page, lang, content in found:
            yield int(tid), int(page), lang, content or ""
        last = int(found[-1][0])
