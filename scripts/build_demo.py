"""Generate the bundled demo region "Musterstadt" in the JSON shapes of the Integreat CMS API v3.

The page tree and the texts live in ``resources/demo/source/*.py`` (plain data, no imports). This
script turns them into exactly what the CMS would serve:

- ``resources/demo/region.json``: ``GET /api/v3/regions/musterstadt/``
- ``resources/demo/languages.json``: ``GET /api/v3/musterstadt/languages/``
- ``resources/demo/pages/<lang>.json``: ``GET /api/v3/musterstadt/<lang>/pages/``
- ``resources/demo/earlier.json``: source texts as they were before their last change
  (``source_before``): the demo is pulled once as it was then and once as it is now, so its outdated
  translations have a recorded base (docs/decisions/0021)

It mimics what the CMS does on save (``content_utils.clean_content``: one root element,
``link-external`` on external links, normalised ``notranslate`` spans, rendered contact cards) and in
``api/v3/pages.py:transform_page``. Ids, timestamps and order are derived deterministically, so a
re-run changes nothing. ``python scripts/build_demo.py --check`` exits 1 if the committed JSON is stale.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = ROOT / "resources" / "demo"
SOURCE_DIR = DEMO_DIR / "source"

#: ``api/v3/regions.py:transform_region`` key order (``languages`` is filled in here).
REGION_KEYS = (
    "id", "name", "path", "live", "prefix", "name_without_prefix", "plz", "extras", "events",
    "pois", "contacts", "push_notifications", "longitude", "latitude", "bounding_box", "aliases",
    "tunews", "external_news", "zammad_privacy_policy", "languages", "is_chat_enabled",
)  # fmt: skip
#: ``api/v3/languages.py:transform_language`` key order.
LANGUAGE_KEYS = ("id", "code", "bcp47_tag", "native_name", "dir")
#: ``api/v3/pages.py:transform_page`` key order.
PAGE_KEYS = (
    "id", "url", "path", "title", "modified_gmt", "last_updated", "excerpt", "content", "parent",
    "order", "available_languages", "thumbnail", "organization", "hash", "embedded_offers",
    "slug_history",
)  # fmt: skip


class DemoSourceError(ValueError):
    """The demo source data is inconsistent (unknown parent, bad timestamp, ...)."""


@dataclass
class DemoPage:
    """One page of the source tree with its translations (lang -> (slug, title, html))."""

    key: str
    page_id: int
    parent: DemoPage | None
    spec: dict[str, Any]
    translations: dict[str, tuple[str, str, str]]
    children: list[DemoPage] = field(default_factory=list)
    order: int = 0
    stamps: dict[str, datetime] = field(default_factory=dict)  # UTC, aware
    row_ids: dict[str, int] = field(default_factory=dict)


# ----------------------------------------------------------------------------------------------
# Time: Europe/Berlin without tzdata (the EU rule since 1996), formatted like DjangoJSONEncoder
# ----------------------------------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> datetime:
    day = datetime(year, month + 1, 1, 1, tzinfo=UTC) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def berlin_offset(instant: datetime) -> timedelta:
    """UTC offset of Europe/Berlin at an aware UTC instant (+2 h in summer time, else +1 h)."""
    start, end = _last_sunday(instant.year, 3), _last_sunday(instant.year, 10)
    return timedelta(hours=2) if start <= instant < end else timedelta(hours=1)


def parse_local(text: str) -> datetime:
    """Parse a Berlin wall-clock time ``YYYY-MM-DD HH:MM:SS.mmm`` into an aware UTC instant."""
    naive = datetime.fromisoformat(text)
    for hours in (2, 1):
        instant = (naive - timedelta(hours=hours)).replace(tzinfo=UTC)
        if berlin_offset(instant) == timedelta(hours=hours):
            return instant
    raise DemoSourceError(f"{text!r} does not exist in Europe/Berlin")  # pragma: no cover


def django_iso(moment: datetime) -> str:
    """``DjangoJSONEncoder`` for an aware datetime: milliseconds only if set, ``Z`` for UTC."""
    text = moment.isoformat()
    if moment.microsecond:
        text = text[:23] + text[26:]
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


def api_times(instant: datetime) -> tuple[str, str]:
    """``(modified_gmt, last_updated)`` of an aware UTC instant, as the CMS serialises them."""
    return django_iso(instant), django_iso(instant.astimezone(timezone(berlin_offset(instant))))


# ----------------------------------------------------------------------------------------------
# HTML: the CMS's save-time cleaning and Django's strip_tags
# ----------------------------------------------------------------------------------------------


class _Stripper(HTMLParser):
    """Django's ``MLStripper``: keeps text and entity references as written."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        self.parts.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.parts.append(f"&#{name};")


def strip_tags(value: str) -> str:
    """``django.utils.html.strip_tags``: the API's ``excerpt``."""
    while "<" in value and ">" in value:
        stripper = _Stripper()
        stripper.feed(value)
        stripper.close()
        new_value = "".join(stripper.parts)
        if value.count("<") == new_value.count("<"):
            break
        value = new_value
    return value


def render_contact_card(contact_id: int, url: str, contacts: dict[int, dict[str, str]]) -> str:
    """A contact card as ``contacts/contact_card.html`` renders it (compacted whitespace)."""
    if contact_id not in contacts:
        raise DemoSourceError(f"unknown contact {contact_id}")
    contact, base = contacts[contact_id], contacts[contact_id]["static_url"]
    wanted = url.split("details=", 1)[1].split(",") if "details=" in url else []
    items = []
    rows = (
        ("address", "pin", "Address: ", contact["map_url"], contact["address"]),
        ("email", "email", "Email: ", f"mailto:{contact['email']}", contact["email"]),
        ("phone_number", "call", "Phone Number: ", f"tel:{contact['phone_tel']}",
         contact["phone_number"]),
        ("website", "www", "Website: ", contact["website"], contact["website"]),
    )  # fmt: skip
    for detail, icon, alt, href, text in rows:
        if detail in wanted:
            items.append(
                f'<li><img src="{base}{icon}.svg" alt="{alt}" width="15" height="15">'
                f'<a href="{href}">{text}</a></li>'
            )
    heading = " | ".join(contact[d] for d in ("name", "area_of_responsibility") if d in wanted and contact[d])
    return (
        f'<div contenteditable="false" data-contact-id="{contact_id}" data-contact-url="{url}" '
        f'class="contact-card notranslate" dir="ltr" translate="no">'
        f'<a href="{url}" style="display: none">Contact</a>'
        + (f"<h4>{heading}</h4>" if heading else "")
        + f'<ul class="details">{"".join(items)}</ul></div>'
    )


def _add_class(element: Any, name: str) -> None:
    """``element.classes.add(name)`` (kept untyped: lxml-stubs type ``iter()`` as ``_Element``)."""
    classes = (element.get("class") or "").split()
    if name not in classes:
        element.set("class", " ".join([*classes, name]))


def clean_content(html: str, link_for: dict[str, str], config: ModuleType) -> str:
    """What ``content_utils.clean_content`` stores for ``html``; ``page:<key>`` links resolved."""
    root = lxml.html.fromstring(html.strip())  # several top-level nodes -> one <div>
    for link in root.iter("a"):
        href = link.get("href") or ""
        if href.startswith("page:"):
            if href[5:] not in link_for:
                raise DemoSourceError(f"link to unknown page {href!r}")
            link.set("href", link_for[href[5:]])
            href = link.get("href") or ""
        if href and not any(url in href for url in config.INTERNAL_URLS):
            _add_class(link, "link-external")
    for span in root.iter("span"):
        if "notranslate" in (span.get("class") or "").split() or span.get("translate") == "no":
            _add_class(span, "notranslate")
            span.set("translate", "no")
            span.set("dir", "ltr")
    for card in [div for div in root.iter("div") if div.get("data-contact-id") is not None]:
        url = card.get("data-contact-url") or ""
        rendered = render_contact_card(int(card.get("data-contact-id") or 0), url, config.CONTACTS)
        new = lxml.html.fragment_fromstring(rendered)
        new.tail, parent = card.tail, card.getparent()
        if parent is None:  # the CMS crashes on a root card; our content is always wrapped
            raise DemoSourceError("a contact card must not be the only element")
        parent.replace(card, new)
    return str(lxml.html.tostring(root, encoding="unicode", with_tail=False))


# ----------------------------------------------------------------------------------------------
# Loading the source and deriving ids, order and timestamps
# ----------------------------------------------------------------------------------------------


def load_module(path: Path) -> ModuleType:
    """Import one source module by file path (the source folder is not a package)."""
    spec = importlib.util.spec_from_file_location(f"demo_source_{path.stem}", path)
    if spec is None or spec.loader is None:  # pragma: no cover
        raise DemoSourceError(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stable(*parts: str) -> int:
    return zlib.crc32("/".join(parts).encode("utf-8"))


def load_tree(source_dir: Path, config: ModuleType, langs: list[str]) -> list[DemoPage]:
    """All pages in tree (pre-)order, with nested-set order, timestamps and translation row ids."""
    by_key: dict[str, DemoPage] = {}
    roots: list[DemoPage] = []
    for name in config.SECTIONS:
        for spec in load_module(source_dir / f"{name}.py").PAGES:
            parent = by_key.get(spec["parent"]) if spec["parent"] else None
            if spec["parent"] and parent is None:
                raise DemoSourceError(f"{name}: {spec['key']}: parent {spec['parent']} not defined yet")
            trans = {lang: spec[lang] for lang in langs if lang in spec}
            if langs[0] not in trans or spec["key"] in by_key:
                raise DemoSourceError(f"{name}: {spec['key']}: no source text or duplicate key")
            page = DemoPage(spec["key"], spec["id"], parent, spec, trans)
            by_key[page.key] = page
            (parent.children if parent else roots).append(page)
    ordered: list[DemoPage] = []
    for index, root in enumerate(roots):
        root.order = config.FIRST_TREE_ID + index * config.TREE_ID_STEP
        _number(root, 1, ordered)
    _stamp(ordered, langs)
    return ordered


def _number(page: DemoPage, lft: int, out: list[DemoPage]) -> int:
    """Pre-order walk: children get their nested-set ``lft`` as ``order``; returns ``rgt``."""
    out.append(page)
    if page.parent is not None:
        page.order = lft
    right = lft + 1
    for child in page.children:
        right = _number(child, right, out) + 1
    return right


def _stamp(pages: list[DemoPage], langs: list[str]) -> None:
    """Derive translation timestamps (after the source, or before it if outdated) and row ids."""
    saves = []
    for index, page in enumerate(pages):
        source = parse_local(page.spec["updated"])
        page.stamps[langs[0]] = source
        for lang in page.translations:
            if lang == langs[0]:
                continue
            seed = _stable(page.key, lang)
            days = 1 + seed % 23 if lang not in page.spec.get("outdated", ()) else -30 - seed % 40
            day = (source + berlin_offset(source) + timedelta(days=days)).date()
            clock = f"{8 + seed % 10:02}:{seed % 60:02}:{seed // 60 % 60:02}.{seed % 997 + 1:03}"
            page.stamps[lang] = parse_local(f"{day} {clock}")
        saves += [(stamp, index, langs.index(lang)) for lang, stamp in page.stamps.items()]
    for rank, (_, index, lang_index) in enumerate(sorted(saves)):
        page, lang = pages[index], langs[lang_index]
        page.row_ids[lang] = 2000 + rank * 3 + _stable(page.key, lang, "row") % 3


# ----------------------------------------------------------------------------------------------
# The API objects
# ----------------------------------------------------------------------------------------------


def visible(page: DemoPage, lang: str) -> bool:
    """The CMS rule: listed only if the page and all its ancestors are translated (public)."""
    node: DemoPage | None = page
    while node is not None:
        if lang not in node.translations:
            return False
        node = node.parent
    return True


def page_path(page: DemoPage, lang: str, region: str, source_lang: str) -> str:
    """``get_absolute_url``: ancestors' slugs in ``lang``, else the source language's slug."""
    slugs: list[str] = []
    node: DemoPage | None = page
    while node is not None:
        slugs.insert(0, node.translations.get(lang, node.translations[source_lang])[0])
        node = node.parent
    return f"/{region}/{lang}/{'/'.join(slugs)}/"


def page_object(
    page: DemoPage, lang: str, langs: list[str], config: ModuleType, link_for: dict[str, str]
) -> dict[str, Any]:
    """One item of ``/api/v3/<region>/<lang>/pages/`` (``transform_page``)."""
    region, base, source = config.REGION["path"], config.BASE_URL, langs[0]
    slug, title, html = page.translations[lang]
    path = page_path(page, lang, region, source)
    content = clean_content(html, link_for, config)
    parent: dict[str, Any] = {"id": 0, "url": None, "path": None}
    if page.parent is not None:
        parent_path = page_path(page.parent, lang, region, source)
        parent = {"id": page.parent.page_id, "url": base + parent_path, "path": parent_path}
    modified_gmt, last_updated = api_times(page.stamps[lang])
    available = {
        other: {
            "id": page.row_ids[other],
            "url": base + page_path(page, other, region, source),
            "path": page_path(page, other, region, source),
        }
        for other in langs
        if other != lang and other in page.translations
    }
    icon, org = page.spec.get("icon"), page.spec.get("organization")
    values: tuple[Any, ...] = (
        page.row_ids[lang], base + path, path, title, modified_gmt, last_updated,
        strip_tags(content), content, parent, page.order, available,
        f"{config.MEDIA_URL}{icon}" if icon else None,
        config.ORGANIZATIONS[org] if org else None, None, [], [slug],
    )  # fmt: skip
    return dict(zip(PAGE_KEYS, values, strict=True))


def dump(data: Any) -> str:
    """Pretty-printed UTF-8 JSON as committed (indent 2, no ASCII escapes, final newline)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def build_demo(source_dir: Path = SOURCE_DIR) -> dict[str, str]:
    """All demo files as ``{path relative to resources/demo: JSON text}``."""
    config = load_module(source_dir / "region.py")
    languages = [dict(zip(LANGUAGE_KEYS, (lang[k] for k in LANGUAGE_KEYS), strict=True))
                 for lang in config.LANGUAGES]  # fmt: skip
    langs = [lang["code"] for lang in languages]
    pages = load_tree(source_dir, config, langs)
    region = {key: languages if key == "languages" else config.REGION[key] for key in REGION_KEYS}
    files = {"region.json": dump(region), "languages.json": dump(languages)}
    slug: str = config.REGION["path"]
    for lang in langs:
        # internal links point at the target's translation in this language, else at the source
        link_for = {
            p.key: config.BASE_URL
            + page_path(p, lang if lang in p.translations else langs[0], slug, langs[0])
            for p in pages
        }
        items = [page_object(page, lang, langs, config, link_for) for page in pages if visible(page, lang)]
        files[f"pages/{lang}.json"] = dump(items)
    earlier = earlier_versions(pages, langs, config)
    if earlier:
        files["earlier.json"] = dump(earlier)
    return files


def earlier_versions(pages: list[DemoPage], langs: list[str], config: ModuleType) -> list[dict[str, Any]]:
    """The source texts as they were before their last change (``source_before``), for the demo's
    earlier pull: the API object's new id, text and time stamps (a day before its oldest translation,
    so every translation was up to date then)."""
    source, slug = langs[0], config.REGION["path"]
    link_for = {p.key: config.BASE_URL + page_path(p, source, slug, source) for p in pages}
    out = []
    for page in pages:
        before = page.spec.get("source_before")
        if before is None:
            continue
        stamp = min(s for lang, s in page.stamps.items() if lang != source) - timedelta(days=1)
        modified_gmt, last_updated = api_times(stamp)
        out.append({
            "language": source, "path": page_path(page, source, slug, source),
            "id": page.row_ids[source] + 100_000, "content": clean_content(before, link_for, config),
            "modified_gmt": modified_gmt, "last_updated": last_updated,
        })  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the demo JSON (or, with ``--check``, report stale files and exit 1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--out", type=Path, default=DEMO_DIR, help="target folder")
    args = parser.parse_args(argv)
    try:
        files = build_demo()
    except DemoSourceError as exc:
        print(f"build_demo: {exc}", file=sys.stderr)
        return 2
    stale = []
    for name, text in files.items():
        target = args.out / name
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
    for name in stale:
        print(f"{'stale' if args.check else 'wrote'}: {args.out / name}", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
