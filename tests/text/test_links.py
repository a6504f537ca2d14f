"""Link extraction, classification and offline validation (editor.text.links)."""

from __future__ import annotations

import pytest

from editor.text.links import (
    LinkKind,
    classify,
    extract_links,
    offline_problem,
    pack_links,
    replace_href,
    unpack_links,
)
from editor.text.masking import mask_prose


def test_links_extract_offsets_and_entities() -> None:
    """Hrefs are found with their offsets, entities decoded, and the visible label without tags."""
    text = '<p>Go <a class="link-external" href="https://a.example/?x=1&amp;y=2">to <b>A</b></a></p>'
    (link,) = extract_links(text)
    assert link.href == "https://a.example/?x=1&y=2"
    assert text[link.start : link.end] == "https://a.example/?x=1&amp;y=2"
    assert link.label == "to A"


@pytest.mark.parametrize(
    "text",
    [
        '<p>Go <a href="https://a.example/?x=1&amp;y=2">to <b>A</b></a> and <a href=/x/>x</a></p>',
        '<p dir="rtl"><a href="mailto:amt@stadt.example">مكتب الأجانب</a> «\u200f»</p>',
        "See [the page](https://b.example/x) now",
        "<p>no link</p>",
        "",
    ],
)
def test_links_packed_as_extracted(text: str) -> None:
    """What the working copy keeps of a text's links reads back as :func:`extract_links` finds them,
    labels included (Arabic too); a text without links keeps ""."""
    packed = pack_links(text)
    assert unpack_links(packed) == extract_links(text)
    assert (packed == "") == (not extract_links(text))


def test_links_extract_markdown() -> None:
    """Markdown links are found when the text has no HTML links."""
    (link,) = extract_links("See [the page](https://b.example/x) now")
    assert link.href == "https://b.example/x"


@pytest.mark.parametrize(
    ("href", "kind"),
    [
        ("https://a.example", LinkKind.WEB),
        ("mailto:a@b.example", LinkKind.MAILTO),
        ("TEL:+4989", LinkKind.TEL),
        ("#top", LinkKind.ANCHOR),
        ("/region/de/x/", LinkKind.RELATIVE),
        ("ftp://x.example", LinkKind.OTHER),
    ],
)
def test_links_classify(href: str, kind: LinkKind) -> None:
    """Each address gets its kind."""
    assert classify(href) is kind


@pytest.mark.parametrize(
    ("href", "bad"),
    [
        ("mailto:info@stadt.example", False),
        ("mailto:info@stadt.example?subject=Hallo", False),
        ("mailto:info.stadt.example", True),
        ("mailto:", True),
        ("tel:+49%2089%2099998-210", False),
        ("tel:110", False),
        ("tel:0800 abc", True),
        ("tel:+1234567890123456", True),
        ("https://www.stadt.example/a b", True),
        ("https:///nohost", True),
        ("javascript:alert(1)", True),
    ],
)
def test_links_offline_problem(href: str, bad: bool) -> None:
    """mailto:, tel: and web addresses are validated without the network."""
    assert (offline_problem(href) is not None) is bad


def test_links_replace_href_only_targets() -> None:
    """Replacing an address changes the href, never the visible text that shows the same address."""
    text = '<a href="https://old.example/">https://old.example/</a>'
    new, count = replace_href(text, "https://old.example/", "https://new.example/")
    assert count == 1
    assert new == '<a href="https://new.example/">https://old.example/</a>'


def test_links_masking_uses_shared_patterns() -> None:
    """The spell checker's masking blanks the addresses the link module knows (one pattern module)."""
    text = "Mail info@stadt.example or see www.stadt.example today"
    masked = mask_prose(text)
    assert "stadt" not in masked
    assert "today" in masked


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("beratung@stadt-musterstadt.de", "mailto:beratung@stadt-musterstadt.de"),
        ("www.stadt-musterstadt.de/vhs?kurs=1", "https://www.stadt-musterstadt.de/vhs?kurs=1"),
        ("tel:+49 821 3240", "tel:+49 821 3240"),
        ("/musterstadt/de/wohnen/", "/musterstadt/de/wohnen/"),
    ],
)
def test_complete_address_gives_what_the_link_check_accepts(typed: str, meant: str) -> None:
    """A bare e-mail address or host typed into the link dialog is completed to an address that the
    offline link check finds nothing wrong with; words are no address at all."""
    from editor.text.links import complete_address, offline_detail

    assert complete_address(typed) == meant
    assert offline_detail(meant) is None
    assert complete_address("foo bar") is None
