"""The bundled demo region "Musterstadt": CMS API v3 shapes, tree rules, and a reproducible generator."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import lxml.html
import pytest

from editor.sync.bundled_client import BundledCmsClient

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
BASE_URL = "https://cms.musterstadt.example"
LANGS = ("de", "en", "ar", "fa", "uk")
REGION_KEYS = [
    "id", "name", "path", "live", "prefix", "name_without_prefix", "plz", "extras", "events",
    "pois", "contacts", "push_notifications", "longitude", "latitude", "bounding_box", "aliases",
    "tunews", "external_news", "zammad_privacy_policy", "languages", "is_chat_enabled",
]  # fmt: skip
PAGE_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": int, "url": str, "path": str, "title": str, "modified_gmt": str, "last_updated": str,
    "excerpt": str, "content": str, "parent": dict, "order": int, "available_languages": dict,
    "thumbnail": (str, type(None)), "organization": (dict, type(None)), "hash": type(None),
    "embedded_offers": list, "slug_history": list,
}  # fmt: skip
EMERGENCY_NUMBERS = {"110", "112", "116117", "116016"}

Page = dict[str, Any]


def load_generator() -> ModuleType:
    """Import ``scripts/build_demo.py`` (not a package) as a module."""
    spec = importlib.util.spec_from_file_location("build_demo", ROOT / "scripts" / "build_demo.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_demo"] = module
    spec.loader.exec_module(module)
    return module


def read(name: str) -> Any:
    """One committed demo file, parsed."""
    return json.loads((DEMO / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pages() -> dict[str, list[Page]]:
    """The committed page lists by language."""
    return {lang: read(f"pages/{lang}.json") for lang in LANGS}


def by_id(pages: dict[str, list[Page]]) -> dict[tuple[str, int], Page]:
    """Every listed page keyed by (language, translation id)."""
    return {(lang, p["id"]): p for lang, items in pages.items() for p in items}


def german_of(page: Page, lang: str, index: dict[tuple[str, int], Page]) -> Page:
    """The German source of a translation."""
    return page if lang == "de" else index[("de", page["available_languages"]["de"]["id"])]


def strings(value: Any) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in strings(item)] if isinstance(value, list) else []


def blocks(html: str) -> list[str]:
    """Tags of the top-level blocks inside the wrapping ``<div>``."""
    return [child.tag for child in lxml.html.fromstring(html)]


def test_demo_generator_reproduces_committed_json() -> None:
    """Re-running the generator yields the committed JSON byte for byte, and nothing else."""
    files = load_generator().build_demo()
    committed = sorted(str(p.relative_to(DEMO)) for p in DEMO.rglob("*.json"))
    assert sorted(files) == committed
    for name, text in files.items():
        assert (DEMO / name).read_bytes() == text.encode("utf-8"), name


def test_demo_check_mode_reports_stale_file(tmp_path: Path) -> None:
    """``--check`` against an outdated folder exits 1 and writes nothing."""
    generator = load_generator()
    assert generator.main(["--out", str(tmp_path)]) == 0
    (tmp_path / "pages" / "uk.json").write_text("[]\n", encoding="utf-8")
    assert generator.main(["--check", "--out", str(tmp_path)]) == 1
    assert (tmp_path / "pages" / "uk.json").read_text(encoding="utf-8") == "[]\n"
    assert generator.main(["--check", "--out", str(DEMO)]) == 0


def test_demo_json_is_pretty_printed_utf8() -> None:
    """Files are indent-2 JSON with raw UTF-8 (no \\u escapes) and a final newline."""
    for path in DEMO.rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n", path
    assert "Українська" in (DEMO / "languages.json").read_text(encoding="utf-8")


def test_demo_region_has_api_keys_in_order() -> None:
    """region.json has transform_region's keys in order with plausible values."""
    region = read("region.json")
    assert list(region) == REGION_KEYS
    assert (region["name"], region["path"], region["prefix"]) == (
        "Stadt Musterstadt", "musterstadt", "Stadt"
    )  # fmt: skip
    assert region["name"] == f"{region['prefix']} {region['name_without_prefix']}"
    assert re.fullmatch(r"\d{5}", region["plz"])
    (lon_min, lat_min), (lon_max, lat_max) = region["bounding_box"]
    assert lon_min < region["longitude"] < lon_max
    assert lat_min < region["latitude"] < lat_max
    assert all(set(v) == {"latitude", "longitude"} for v in region["aliases"].values())
    assert region["languages"] == read("languages.json")


def test_demo_languages_have_api_shape() -> None:
    """languages.json: German source first, RTL for Arabic and Farsi, transform_language keys."""
    languages = read("languages.json")
    assert [lang["code"] for lang in languages] == list(LANGS)
    for lang in languages:
        assert list(lang) == ["id", "code", "bcp47_tag", "native_name", "dir"]
        assert lang["bcp47_tag"].split("-")[0] == lang["code"]
        rtl = lang["code"] in ("ar", "fa")
        assert lang["dir"] == ("RIGHT_TO_LEFT" if rtl else "LEFT_TO_RIGHT")
    assert len({lang["id"] for lang in languages}) == len(languages)


def test_demo_pages_have_api_keys_in_order(pages: dict[str, list[Page]]) -> None:
    """Every page object has transform_page's keys in order and their types."""
    for lang, items in pages.items():
        for page in items:
            assert list(page) == list(PAGE_TYPES), page["path"]
            for key, kind in PAGE_TYPES.items():
                assert isinstance(page[key], kind), (lang, page["path"], key)
            assert list(page["parent"]) == ["id", "url", "path"]
            assert page["embedded_offers"] == []
            assert page["hash"] is None
    ids = [p["id"] for items in pages.values() for p in items]
    assert len(ids) == len(set(ids)), "translation row ids are unique across the region"


def test_demo_pages_paths_urls_and_parents_agree(pages: dict[str, list[Page]]) -> None:
    """path = /musterstadt/<lang>/<ancestors>/<slug>/, url = base + path, parent listed first."""
    for lang, items in pages.items():
        seen: dict[str, Page] = {}
        for page in items:
            path = page["path"]
            assert path.startswith(f"/musterstadt/{lang}/")
            assert path.endswith("/")
            assert page["url"] == BASE_URL + path
            segments = path.strip("/").split("/")[2:]
            assert page["slug_history"] == [segments[-1]]
            assert segments[-1] == segments[-1].lower()
            parent = page["parent"]
            if len(segments) == 1:
                assert parent == {"id": 0, "url": None, "path": None}
            else:
                assert parent["path"] == "/" + "/".join(path.strip("/").split("/")[:-1]) + "/"
                assert parent["path"] in seen, f"{path}: parent comes later or is missing"
                assert parent["url"] == BASE_URL + parent["path"]
                assert parent["id"] > 0
            seen[path] = page


def test_demo_parent_page_ids_are_the_same_in_every_language(
    pages: dict[str, list[Page]],
) -> None:
    """``parent.id`` is the parent's Page id: identical for all translations of a page."""
    index = by_id(pages)
    for lang, items in pages.items():
        for page in items:
            source = german_of(page, lang, index)
            assert page["parent"]["id"] == source["parent"]["id"], page["path"]
            assert page["order"] == source["order"], page["path"]


def test_demo_order_is_tree_id_for_roots_and_lft_for_children(
    pages: dict[str, list[Page]],
) -> None:
    """Roots ascend by tree id; children have lft > 1, ascending among siblings, above the parent."""
    german = pages["de"]
    roots = [p["order"] for p in german if p["parent"]["id"] == 0]
    assert roots == sorted(roots)
    assert len(set(roots)) == len(roots)
    by_path = {p["path"]: p for p in german}
    last_child: dict[str, int] = {}
    for page in german:
        parent_path = page["parent"]["path"]
        if parent_path is None:
            continue
        parent = by_path[parent_path]
        floor = 1 if parent["parent"]["id"] == 0 else parent["order"]
        assert page["order"] > max(floor, last_child.get(parent_path, 0)), page["path"]
        last_child[parent_path] = page["order"]


def test_demo_available_languages_are_symmetric(pages: dict[str, list[Page]]) -> None:
    """A listed target links back; an unlisted target has an untranslated ancestor (CMS rule)."""
    index = by_id(pages)
    orphans = 0
    for lang, items in pages.items():
        for page in items:
            assert lang not in page["available_languages"]
            for other, link in page["available_languages"].items():
                assert link["url"] == BASE_URL + link["path"]
                assert link["path"].startswith(f"/musterstadt/{other}/")
                target = index.get((other, link["id"]))
                if target is None:
                    orphans += 1
                    listed = {p["path"] for p in pages[other]}
                    assert page["parent"]["id"] != 0
                    assert "/".join(link["path"].split("/")[:-2]) + "/" not in listed
                    continue
                assert target["path"] == link["path"]
                assert target["available_languages"][lang]["id"] == page["id"]
    assert orphans > 0, "the demo should contain a translation dropped by its parent"


def test_demo_pages_listed_only_with_translated_ancestors(pages: dict[str, list[Page]]) -> None:
    """Every ancestor path of a listed page is listed in the same language."""
    for items in pages.values():
        listed = {p["path"] for p in items}
        for page in items:
            parts = page["path"].strip("/").split("/")
            for depth in range(3, len(parts)):
                assert "/" + "/".join(parts[:depth]) + "/" in listed, page["path"]


def test_demo_german_tree_is_large_and_three_levels_deep(pages: dict[str, list[Page]]) -> None:
    """At least 30 German pages, depth at most 3 and depth 3 reached."""
    depths = [len(p["path"].strip("/").split("/")) - 2 for p in pages["de"]]
    assert len(depths) >= 30
    assert max(depths) == 3
    assert min(depths) == 1
    assert sum(1 for d in depths if d == 1) >= 6


def test_demo_some_translations_are_missing(pages: dict[str, list[Page]]) -> None:
    """German is complete; Ukrainian ~60 %, Farsi ~70 %, the others partly missing."""
    total = len(pages["de"])
    share = {lang: len(pages[lang]) / total for lang in LANGS}
    assert 0.5 <= share["uk"] <= 0.65
    assert 0.65 <= share["fa"] <= 0.75
    assert all(share[lang] < 1 for lang in LANGS[1:])
    for page in pages["de"]:
        assert set(page["available_languages"]) <= set(LANGS[1:])


def test_demo_some_translations_are_older_than_the_source(pages: dict[str, list[Page]]) -> None:
    """About five translations predate their German text and lack one of its blocks."""
    index = by_id(pages)
    outdated = []
    for lang in LANGS[1:]:
        for page in pages[lang]:
            source = german_of(page, lang, index)
            mine = datetime.fromisoformat(page["last_updated"])
            if mine < datetime.fromisoformat(source["last_updated"]):
                outdated.append(page["path"])
                assert len(blocks(page["content"])) < len(blocks(source["content"])), page["path"]
            else:
                assert blocks(page["content"]) == blocks(source["content"]), page["path"]
    assert 4 <= len(outdated) <= 8
    assert {path.split("/")[2] for path in outdated} >= {"en", "ar", "fa", "uk"}


def test_demo_timestamps_are_one_instant_in_utc_and_berlin(pages: dict[str, list[Page]]) -> None:
    """modified_gmt ends in Z; last_updated is the same instant with +01:00 or +02:00."""
    offsets = set()
    for items in pages.values():
        for page in items:
            assert page["modified_gmt"].endswith("Z")
            utc = datetime.fromisoformat(page["modified_gmt"].replace("Z", "+00:00"))
            local = datetime.fromisoformat(page["last_updated"])
            assert utc == local
            offsets.add(page["last_updated"][-6:])
    assert offsets == {"+01:00", "+02:00"}


def test_demo_excerpt_is_the_content_without_tags(pages: dict[str, list[Page]]) -> None:
    """``excerpt`` is the tag-stripped, untruncated content."""
    for items in pages.values():
        for page in items:
            assert page["excerpt"] == lxml.html.fromstring(page["content"]).text_content()
            assert "<" not in page["excerpt"]


def test_demo_content_is_wrapped_cms_html(pages: dict[str, list[Page]]) -> None:
    """One root <div> per page; external links marked, internal ones not; notranslate normalised."""
    for items in pages.values():
        for page in items:
            assert len(lxml.html.fragments_fromstring(page["content"])) == 1
            root = lxml.html.fromstring(page["content"])
            assert root.tag == "div"
            for link in root.iter("a"):
                href, classes = link.get("href", ""), (link.get("class") or "").split()
                internal = href.startswith(BASE_URL) or href.startswith("/musterstadt/")
                card_link = link.getparent() is not None and "contact-card" in (
                    link.getparent().get("class") or ""
                )
                if not card_link and not link.xpath("ancestor::div[@data-contact-id]"):
                    assert ("link-external" in classes) != internal, href
            for span in root.iter("span"):
                assert span.get("translate") == "no"
                assert span.get("dir") == "ltr"


def test_demo_content_covers_the_cms_markup(pages: dict[str, list[Page]]) -> None:
    """Tables, contact cards, nested lists, hr/br, tel/mailto, emoji, RTL and notranslate occur."""
    everything = "".join(p["content"] for items in pages.values() for p in items)
    for needle in ("<table>", "<h2>", "<h3>", "<h4>", "<strong>", "<em>", "<ol>", "<hr>", "<br>",
                   'href="tel:', 'href="mailto:', 'class="link-external"', 'class="contact-card',
                   'contenteditable="false"', "data-contact-url="):  # fmt: skip
        assert needle in everything, needle
    assert re.search(r"<li>[^<]*(<[^/][^>]*>[^<]*</[^>]+>[^<]*)*<ul>", everything), "nested list"
    assert re.search("[\U0001f300-\U0001faff]", everything), "emoji"
    notranslate = '<span class="notranslate" translate="no" dir="ltr">'
    for lang in LANGS[1:]:
        assert notranslate in "".join(p["content"] for p in pages[lang]), lang
    for lang in ("ar", "fa"):
        assert all('dir="rtl"' in p["content"] for p in pages[lang]), lang
    assert 'dir="rtl"' not in "".join(p["content"] for p in pages["de"] + pages["uk"])


def test_demo_uses_only_fictional_addresses(pages: dict[str, list[Page]]) -> None:
    """Mail and web hosts end in .example; phone numbers are the fiction range or emergency lines."""
    everything = "\n".join(strings([pages, read("region.json")]))
    for mail in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", everything):
        assert mail.endswith(".example"), mail
    for host in re.findall(r"https?://([^/\"\s<]+)", everything):
        assert host.endswith(".example"), host
    for number in re.findall(r'href="tel:([^"]+)', everything):
        digits = unquote(number).replace(" ", "")  # lxml percent-encodes spaces in href
        assert digits in EMERGENCY_NUMBERS or digits.startswith("+498999998"), number


def test_demo_is_read_by_the_bundled_client(pages: dict[str, list[Page]]) -> None:
    """The client a pull reads the demo through groups all translations into the German tree."""
    client = BundledCmsClient(DEMO)
    region = client.region("musterstadt")
    assert [x.code for x in region.languages] == list(LANGS)
    trees = {lang: client.tree("musterstadt", lang) for lang in LANGS}
    assert len(trees["de"]) == len(pages["de"])
    assert sum(len(rows) for rows in trees.values()) == sum(len(v) for v in pages.values())
    assert max(row.depth for row in trees["de"]) == 3
