"""``BundledCmsClient``: a read-only CMS that serves a folder of API v3 JSON (the demo region).

The folder holds what the CMS's public API returns: ``region.json``, ``languages.json`` and
``pages/<lang>.json``. Serving it through the client contract means the demo region is created by the
very pull that fills a working copy from a real CMS — there is no second importer
(docs/decisions/0013-unit-of-work.md). Writes are refused: the demo has no server.

The public API never gives a page's own Page id (docs/decisions/0005-page-identity.md): the
translations of one page are grouped through ``available_languages``, the tree comes from
``parent.path``, inner pages take their real Page id from their children's ``parent.id`` and the others
get fresh ids above every id the data names. The texts decoded for the tree are kept up to
:data:`KEPT_CHARS` for the pull that follows; beyond that they are read again one language at a time (a
large region never holds every text of every language in memory).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.models.errors import ImportDataError, cause_code
from editor.sync.api_json import (
    ApiPage,
    has_no_controls,
    parse_languages,
    parse_page_texts,
    parse_pages,
    parse_region,
)
from editor.sync.cms_time import cms_date
from editor.sync.cms_types import PushResult, Region, RegionChoice, StoredTranslation, TreeRow
from editor.sync.errors import ClientError


def read_json(path: Path) -> Any:
    """Read a JSON file; errors name the file and what is wrong."""
    return _decode(path, _read_bytes(path))


def read_page_list(path: Path) -> tuple[Any, bool]:
    """A page list file and whether no string in it holds a control character
    (:func:`~editor.sync.api_json.has_no_controls`)."""
    raw = _read_bytes(path)
    return _decode(path, raw), has_no_controls(raw)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        message = f"cannot be read ({exc.strerror})"
        raise ImportDataError(
            path, message, "unreadable", cause=cause_code(exc), detail=exc.strerror or exc
        ) from exc


def _decode(path: Path, raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ImportDataError(path, f"not UTF-8 (byte {exc.start})", "not_utf8", byte=exc.start) from exc
    except json.JSONDecodeError as exc:
        message = f"not valid JSON ({exc.msg}, line {exc.lineno})"
        raise ImportDataError(path, message, "not_json", line=exc.lineno, column=exc.colno) from exc


@dataclass
class PageGroup:
    """The translations of one page, found through ``available_languages``."""

    id: int
    members: dict[str, ApiPage]
    parent: int | None = None
    position: int = 0
    depth: int = 0
    cms_page_id: int | None = None
    children: list[PageGroup] = field(default_factory=list)


def group_translations(pages: Mapping[str, list[ApiPage]], order: list[str]) -> list[PageGroup]:
    """Group page objects of every language into pages and link them into a tree.

    Languages are visited source first; a page object joins the group that one of its
    ``available_languages`` links (or a link to it) already placed, otherwise it starts a new group.
    """
    placed: dict[tuple[str, int], PageGroup] = {}
    groups: list[PageGroup] = []
    by_path: dict[tuple[str, str], PageGroup] = {}
    for lang in order:
        for page in pages.get(lang, []):
            group = placed.get((lang, page.id))
            if group is None:
                group = next((placed[(o, t)] for o, t in page.available.items() if (o, t) in placed), None)
            if group is None:
                group = PageGroup(id=len(groups) + 1, members={})
                groups.append(group)
            if lang in group.members:
                other = group.members[lang].path
                raise ImportDataError(
                    f"pages/{lang}.json",
                    f"two pages ({page.path}, {other}) claim to be the same page",
                    "same_page",
                    first=page.path,
                    second=other,
                )
            group.members[lang] = page
            by_path[(lang, page.path)] = group
            placed[(lang, page.id)] = group
            for other, tid in page.available.items():
                placed.setdefault((other, tid), group)
    _link_tree(groups, by_path, order)
    return groups


def _link_tree(groups: list[PageGroup], by_path: dict[tuple[str, str], PageGroup], order: list[str]) -> None:
    for group in groups:
        first = next(group.members[lang] for lang in order if lang in group.members)
        group.position = first.order
        for lang in order:
            page = group.members.get(lang)
            if page is None or page.parent_path is None:
                continue
            parent = by_path.get((lang, page.parent_path))
            if parent is None:
                raise ImportDataError(
                    f"pages/{lang}.json",
                    f"the parent {page.parent_path} of {page.path} is missing",
                    "parent_missing",
                    parent=page.parent_path,
                    page=page.path,
                )
            group.parent = parent.id
            if page.parent_id:
                parent.cms_page_id = page.parent_id
            break
    by_id = {g.id: g for g in groups}
    for group in groups:
        depth, seen, node = 0, {group.id}, group
        while node.parent is not None:
            node = by_id[node.parent]
            if node.id in seen:
                path = first_path(group)
                raise ImportDataError("", f"the page tree has a cycle at {path}", "cycle", page=path)
            seen.add(node.id)
            depth += 1
        group.depth = depth


def first_path(group: PageGroup) -> str:
    """A path that names the page in messages."""
    return next(iter(group.members.values())).path


#: Characters of titles and texts the client keeps from its first reading of the page lists (≈ the
#: 4,000 translations of a region of 200 pages × 20 languages; docs/decisions/0035): up to this, a pull
#: takes each language's texts without decoding its file again; a larger region's further languages
#: are read again one at a time, as before, so its peak memory grows by at most this much.
KEPT_CHARS = 24_000_000


class BundledCmsClient:
    """A read-only :class:`~editor.sync.client.CmsClient` over a folder of API v3 JSON."""

    parallel_reads = 1

    def __init__(self, folder: Path, base_url: str = "", slug: str | None = None) -> None:
        self.folder, self.base_url = Path(folder), base_url
        self.request_count = 0
        self._user: str | None = None
        region_file, languages_file = self.folder / "region.json", self.folder / "languages.json"
        languages = parse_languages(read_json(languages_file), str(languages_file))
        self._region = parse_region(read_json(region_file), str(region_file), languages)
        if slug is not None:  # the folder's region served under another slug (a renamed copy)
            self._region = dataclasses.replace(self._region, slug=slug)
        self._order = [lang.code for lang in languages]
        # the texts read here are kept for the pull (up to KEPT_CHARS), so it does not decode them again
        self._kept: dict[str, dict[int, tuple[str, str]]] = {}
        pages, budget = {}, KEPT_CHARS
        for code in self._order:
            listed = self._read(code)
            budget -= sum(len(p.content) + len(p.title) for p in listed)
            if budget >= 0:
                self._kept[code] = {p.id: (p.title, p.content) for p in listed}
            pages[code] = [_without_text(p) for p in listed]
        self._rows = _tree_rows(group_translations(pages, self._order), self._order)
        self._texts: tuple[str, dict[int, tuple[str, str]]] | None = None
        self._rtl: dict[str, bool] = {}  # by code: written right to left
        for lang in self._region.languages:
            self._rtl[lang.code] = self._rtl.get(lang.code, False) or lang.right_to_left

    @property
    def region_slug(self) -> str:
        """The slug of the bundled region."""
        return self._region.slug

    def _read(self, code: str) -> list[ApiPage]:
        path = self.folder / "pages" / f"{code}.json"
        if not path.exists():
            return []
        data, no_controls = read_page_list(path)
        return parse_pages(data, code, str(path), no_controls=no_controls)

    # --- the client contract -------------------------------------------------------------------

    @property
    def logged_in_user(self) -> str | None:
        """Whoever "logged in" (the demo asks for no password)."""
        return self._user

    def login(self, user: str, password: str, totp_secret_or_code: str | None = None) -> None:
        """Accept anyone: the bundled region is public and read-only."""
        self._user = user

    def editable_regions(self) -> list[RegionChoice]:
        """The one bundled region."""
        return [RegionChoice(self._region.slug, self._region.name)]

    def region(self, slug: str) -> Region:
        """The bundled region."""
        self.request_count += 1
        if slug != self._region.slug:
            raise ClientError(404, f"no region {slug} here (this folder holds {self._region.slug})")
        return self._region

    def public_pages(self, slug: str, lang: str) -> list[ApiPage]:
        """The bundled page list of ``lang`` (texts included)."""
        self.request_count += 1
        return self._read(lang)

    def tree(self, region: str, lang: str) -> list[TreeRow]:
        """The tree rows of ``lang`` (every bundled page is PUBLIC; ids as the module docstring says)."""
        self.request_count += 1
        return list(self._rows.get(lang, []))

    def archived(self, region: str, lang: str) -> list[TreeRow]:
        """No archived pages are bundled."""
        self.request_count += 1
        return []

    def language_parents(
        self, region: str, lang: str, page_id: int, codes: list[str]
    ) -> dict[str, str | None] | None:
        """The bundled region's language tree: every language translated from the first one."""
        self.request_count += 1
        first = self._region.languages[0].code
        return {code: None if code == first else first for code in codes}

    def stored_translation(self, region: str, lang: str, page_id: int) -> StoredTranslation:
        """The bundled title and text (the language's file is read once, then kept until the next)."""
        self.request_count += 1
        if self._texts is None or self._texts[0] != lang:  # the file's shape was checked by __init__
            by_page = {row.short_link_id: row.page_id for row in self._rows.get(lang, [])}
            path = self.folder / "pages" / f"{lang}.json"
            texts = self._kept.pop(lang, {})  # kept: the same as parse_page_texts gives
            if not texts and path.exists():
                data, no_controls = read_page_list(path)
                texts = parse_page_texts(data, str(path), no_controls=no_controls)
            self._texts = (lang, {by_page[i]: text for i, text in texts.items() if i in by_page})
        found = self._texts[1].get(page_id)
        if found is None:
            raise ClientError(404, f"page {page_id} has no {lang} translation")
        return StoredTranslation(page_id, lang, found[0], found[1], self._rtl.get(lang, False))

    def translation_form(
        self, region: str, lang: str, page_id: int, codes: list[str]
    ) -> tuple[StoredTranslation, dict[str, str | None] | None]:
        """The bundled text and the flat language tree (counted as one request)."""
        text = self.stored_translation(region, lang, page_id)
        first = self._region.languages[0].code
        return text, {code: None if code == first else first for code in codes}

    def push(self, *args: Any, **kwargs: Any) -> PushResult:
        """Refused: the demo region has no server."""
        raise ClientError(405, "the demo region is read-only")

    def create_page(self, *args: Any, **kwargs: Any) -> int:
        """Refused: the demo region has no server."""
        raise ClientError(405, "the demo region is read-only")

    def move_page(self, *args: Any, **kwargs: Any) -> None:
        """Refused: the demo region has no server."""
        raise ClientError(405, "the demo region is read-only")

    archive_page = restore_page = refresh_date = move_page


def _without_text(page: ApiPage) -> ApiPage:
    from dataclasses import replace

    return replace(page, content="")


def _tree_rows(groups: list[PageGroup], order: list[str]) -> dict[str, list[TreeRow]]:
    """Each language's tree rows in depth-first order (siblings by the API's ``order``)."""
    taken = {g.cms_page_id for g in groups if g.cms_page_id}
    fresh = iter(range(max(taken, default=0) + 1, 1 << 62))
    ids = {g.id: g.cms_page_id or next(fresh) for g in groups}
    children: dict[int | None, list[PageGroup]] = {}
    for group in groups:
        children.setdefault(group.parent, []).append(group)
    ordered: list[PageGroup] = []
    stack = sorted(children.get(None, []), key=lambda g: (g.position, g.id), reverse=True)
    while stack:  # depth first without recursion: a tree may be thousands of levels deep
        group = stack.pop()
        ordered.append(group)
        stack += sorted(children.get(group.id, []), key=lambda g: (g.position, g.id), reverse=True)
    source = order[0]
    rows: dict[str, list[TreeRow]] = {code: [] for code in order}
    for position, group in enumerate(ordered):
        states = _states(group, order)
        for code, page in group.members.items():
            parent = ids[group.parent] if group.parent is not None else None
            stamp = cms_date(page.last_updated) if page.last_updated else None  # the day the CMS shows
            rows[code].append(
                TreeRow(
                    ids[group.id], code, group.depth + 1, parent, position, page.title, page.slug, "PUBLIC",
                    stamp, states if code == source else {}, page.id,
                )
            )  # fmt: skip
    return rows


def _states(group: PageGroup, order: list[str]) -> dict[str, str]:
    """The CMS's translation states as the source row shows them (older than the source: outdated)."""
    source = group.members.get(order[0])
    out: dict[str, str] = {}
    for code in order[1:]:
        page = group.members.get(code)
        if page is None:
            out[code] = "MISSING"
        elif source and source.last_updated and page.last_updated and page.last_updated < source.last_updated:
            out[code] = "OUTDATED"
        else:
            out[code] = "UP_TO_DATE"
    return out


#: ``fill(store)``: how :func:`editor.models.demo.ensure_demo` gets its content in.
Filler = Callable[[Any], None]


def demo_filler(folder: Path, slug: str, cms_url: str) -> Filler:
    """A filler that pulls the bundled region in ``folder`` into an empty working copy."""

    def fill(store: Any) -> None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            if (folder / "earlier.json").exists():
                BundledCmsClient(folder, cms_url, slug)  # bad data: the message names this folder
            earlier = earlier_folder(folder, Path(tmp))
            if earlier is not None:  # the region as it was: its translations get their bases there
                _pull(store, earlier, slug, cms_url, folder)
            _pull(store, folder, slug, cms_url, folder)
        with store.unit() as unit:  # read from files, never synced with a CMS
            unit.clear_sync_meta("last_pull_at", "user")

    return fill


def _pull(store: Any, folder: Path, slug: str, cms_url: str, shown: Path) -> None:
    """Pull the region in ``folder``; problems name ``shown`` (the bundled folder the user knows)."""
    from editor.models.errors import StoreError
    from editor.sync.errors import NetworkError
    from editor.sync.service import SyncService

    client = BundledCmsClient(folder, cms_url, slug)
    try:
        # the demo copy is built in a temporary file under the creation lock: no one else can sync it
        report = SyncService(store, client, slug, "demo", lambda _user: "demo", exclusive=False).pull()
    except NetworkError as exc:  # e.g. the folder holds another region
        raise StoreError(f"{shown}: the region could not be read ({exc})", "bad_demo", path=shown) from exc
    if not report.ok:
        problems = "; ".join(f"{i.language} {i.title}: {i.message}" for i in report.failed + report.conflicts)
        raise StoreError(f"{shown}: the demo region could not be read ({problems})", "bad_demo", path=shown)


def earlier_folder(folder: Path, out: Path) -> Path | None:
    """The bundled region as it was before the changes ``earlier.json`` lists, written into ``out``.

    Each entry gives a page object's older version (``language``, ``path``, its ``id``, ``content``
    and time stamps); the other languages' ``available_languages`` follow the id. None when the
    folder has no ``earlier.json``. Pulled first, it gives the demo's outdated translations the source
    text they were translated from, as a real working copy has it from an earlier pull.
    """
    listed = folder / "earlier.json"
    if not listed.exists():
        return None
    changes = read_json(listed)
    if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
        raise ImportDataError(listed, "not a list of page versions", "not_versions")
    (out / "pages").mkdir(parents=True, exist_ok=True)
    for name in ("region.json", "languages.json"):
        (out / name).write_bytes((folder / name).read_bytes())
    lists = {path.stem: read_json(path) for path in sorted((folder / "pages").glob("*.json"))}
    renamed: dict[tuple[str, int], int] = {}
    for change in changes:
        for item in lists.get(str(change.get("language")), []):
            if isinstance(item, dict) and item.get("path") == change.get("path"):
                renamed[(str(change["language"]), item["id"])] = change["id"]
                item.update({k: change[k] for k in ("id", "content", "modified_gmt", "last_updated")})
    for items in lists.values():
        for item in items:
            for language, ref in (item.get("available_languages") or {}).items():
                if isinstance(ref, dict) and (language, ref.get("id")) in renamed:
                    ref["id"] = renamed[(language, ref["id"])]
    for code, items in lists.items():
        (out / "pages" / f"{code}.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return out


def fill_demo(store: Any) -> None:
    """Fill an empty working copy with the bundled demo region "Musterstadt" (through a pull)."""
    from editor.models.demo import DEMO_CMS_URL, DEMO_SLUG, demo_source

    demo_filler(demo_source(), DEMO_SLUG, DEMO_CMS_URL)(store)
