"""Build a working copy from CMS API v3 data (the demo region, or the first pull of a real one).

Page identity: the API's ``id`` is a translation row id and a page's own Page id is not in its object.
Translations of one page are grouped through ``available_languages`` (which names each sibling
translation's row id); the tree comes from ``parent.path``; Page ids are learnt from children's
``parent.id`` (see docs/decisions/0005-page-identity.md).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.models.api_shapes import (
    ApiLanguage,
    ApiPage,
    ApiRegion,
    parse_languages,
    parse_pages,
    parse_region,
)
from editor.models.changes import Changes
from editor.models.errors import ImportDataError, StoreError
from editor.models.store import Store, db_time
from editor.text.plain import html_to_plain

#: Translations written per statement during an import.
_BATCH = 1000


@dataclass(frozen=True)
class RegionData:
    """Everything needed to create a working copy."""

    region: ApiRegion
    cms_url: str
    languages: list[ApiLanguage]
    pages: dict[str, list[ApiPage]]
    #: For data read without texts: ``texts(lang)`` gives ``{translation id: content}`` of one language.
    texts: Callable[[str], dict[int, str]] | None = None


def read_json(path: Path) -> Any:
    """Read a JSON file; errors name the file and what is wrong."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportDataError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ImportDataError(f"{path}: not UTF-8 (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ImportDataError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc


def load_region_dir(folder: Path, cms_url: str = "") -> RegionData:
    """Read ``region.json``, ``languages.json`` and ``pages/<lang>.json`` from ``folder``.

    The page texts are not kept: the import reads them again one language at a time, so a large
    region never holds every text of every language in memory at once.
    """
    region = parse_region(read_json(folder / "region.json"), str(folder / "region.json"))
    languages = parse_languages(read_json(folder / "languages.json"), str(folder / "languages.json"))

    def page_file(code: str) -> Path:
        return folder / "pages" / f"{code}.json"

    def read(code: str) -> list[ApiPage]:
        path = page_file(code)
        return parse_pages(read_json(path), code, str(path)) if path.exists() else []

    pages = {lang.code: [dataclasses.replace(p, content="") for p in read(lang.code)] for lang in languages}
    return RegionData(region, cms_url, languages, pages, lambda code: {p.id: p.content for p in read(code)})


def import_region(store: Store, data: RegionData) -> Changes:
    """Fill an empty working copy with ``data`` in one transaction."""
    if store.region() is not None:
        raise StoreError(f"{store.path}: the working copy already holds a region")
    groups = group_translations(data.pages, [lang.code for lang in data.languages])
    source = data.languages[0].code
    with store.transaction() as conn:  # plain sqlite3: no ORM to load for a first start
        conn.execute(
            "INSERT INTO region (slug, name, cms_url) VALUES (?, ?, ?)",
            (data.region.slug, data.region.name, data.cms_url),
        )
        conn.executemany(
            "INSERT INTO language (code, bcp47_tag, native_name, direction, parent_code, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(lang.code, lang.bcp47_tag, lang.native_name, "RTL" if lang.rtl else "LTR",
              None if lang.code == source else source, index)
             for index, lang in enumerate(data.languages)],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO page (id, parent_id, position, archived, cms_page_id) VALUES (?, ?, ?, 0, ?)",
            [(g.id, g.parent, g.position, g.cms_page_id) for g in sorted(groups, key=lambda g: g.depth)],
        )
        next_id = 1
        for lang in data.languages:  # one language at a time: only its texts are in memory
            members = [(g.id, g.members[lang.code]) for g in groups if lang.code in g.members]
            texts = data.texts(lang.code) if data.texts is not None else {}
            for first in range(0, len(members), _BATCH):  # batches keep memory flat for large regions
                batch = [
                    (next_id + first + n, page_id, p, texts.get(p.id, p.content))
                    for n, (page_id, p) in enumerate(members[first : first + _BATCH])
                ]
                conn.executemany(
                    "INSERT INTO translation (id, page_id, language_code, title, slug, content, status, "
                    "server_updated_at, base_token, base_hash, base_title, base_content, changed_locally) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'PUBLIC', ?, ?, NULL, ?, ?, 0)",
                    [(tid, page_id, p.language, p.title, p.slug, text, db_time(p.last_updated), str(p.id),
                      p.title, text) for tid, page_id, p, text in batch],
                )  # fmt: skip
                conn.executemany(
                    "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
                    [(tid, p.title, html_to_plain(text)) for tid, _page_id, p, text in batch],
                )
            next_id += len(members)
    return Changes(tree=True, languages=True)


@dataclass
class PageGroup:
    """The translations of one page, found through ``available_languages``."""

    id: int
    members: dict[str, ApiPage]
    parent: int | None = None
    position: int = 0
    depth: int = 0
    cms_page_id: int | None = None


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
                raise ImportDataError(
                    f"pages/{lang}.json: two pages ({page.path}, {group.members[lang].path}) "
                    "claim to be the same page"
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
                    f"pages/{lang}.json: the parent {page.parent_path} of {page.path} is missing"
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
                raise ImportDataError(f"the page tree has a cycle at {first_path(group)}")
            seen.add(node.id)
            depth += 1
        group.depth = depth


def first_path(group: PageGroup) -> str:
    """A path that names the page in messages."""
    return next(iter(group.members.values())).path
