"""Property tests: generated CMS-style HTML survives HTML -> Markdown -> HTML; conversion is idempotent."""

from __future__ import annotations

import html as html_module
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.text.convert import html_to_markdown, markdown_to_html
from editor.text.normal_form import first_difference
from editor.text.surface import from_html, to_html

# Letters from the region languages, RTL scripts, emoji (non-BMP), Markdown syntax, entities' characters,
# and every kind of whitespace that matters (space, nbsp, newline, tab).
_ALPHABET = st.sampled_from(
    list("abcXYZ019äöüß")
    + list("مرحبا")
    + list("سلام")
    + list("שלום")
    + ["😀", "👩", "\u200d", "👧", "𝄞"]
    + list("*_#.->`[]()<&\\{}!|=+:;'\"")
    + [" ", " ", " ", "\u00a0", "\n", "\t"]
)
_TEXT = st.lists(_ALPHABET, min_size=1, max_size=12).map("".join)
_WORD = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyz0123456789-")), min_size=1, max_size=8)
_URL = st.one_of(
    st.builds(lambda w: f"https://example.org/{w}", _WORD),
    st.builds(lambda w: f"/augsburg/de/{w}/?a=1&b=2", _WORD),
    st.builds(lambda w: f"https://de.wikipedia.org/wiki/{w}_(Begriff)", _WORD),
    st.sampled_from(["mailto:info@example.org", "tel:+49 821 123", "#anker"]),
)
_ATTR_VALUE = st.one_of(_WORD, _TEXT)
_DIR = st.sampled_from(["rtl", "ltr"])


def _text_html(text: str, draw: st.DrawFn) -> str:
    """Escape ``text`` for HTML, spelling characters as entities or literally at random."""
    out = []
    for char in text:
        choice = draw(st.integers(0, 2))
        if char == "&":
            out.append("&amp;" if choice else "&#38;")
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;" if choice else ">")
        elif char == "\u00a0":
            out.append("&nbsp;" if choice else char)
        elif choice == 0 and char.isalpha():
            out.append(f"&#{ord(char)};")
        else:
            out.append(char)
    return "".join(out)


def _attrs_html(attrs: dict[str, str], draw: st.DrawFn) -> str:
    """Attributes in a random order, values escaped."""
    names = draw(st.permutations(sorted(attrs)))
    return "".join(f' {n}="{html_module.escape(attrs[n], quote=True)}"' for n in names)


@st.composite
def inline_html(draw: st.DrawFn, depth: int = 0) -> str:
    """A run of inline content: text, emphasis, links, images, breaks, notranslate spans."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 9 if depth < 3 else 0))
        if kind <= 2:
            parts.append(_text_html(draw(_TEXT), draw))
        elif kind <= 4:
            tag = draw(st.sampled_from(["strong", "em", "b", "i", "u", "s", "sup", "sub", "code"]))
            parts.append(f"<{tag}>{draw(inline_html(depth + 1))}</{tag}>")
        elif kind == 5:
            attrs = {"href": draw(_URL)}
            if draw(st.booleans()):
                attrs["class"] = "link-external"
            if draw(st.booleans()):
                attrs["title"] = draw(_ATTR_VALUE)
            parts.append(f"<a{_attrs_html(attrs, draw)}>{draw(inline_html(depth + 1))}</a>")
        elif kind == 6:
            attrs = {"src": f"/media/{draw(_WORD)}.png"}
            for name in draw(st.sets(st.sampled_from(["alt", "width", "height", "style", "class"]))):
                attrs[name] = draw(_ATTR_VALUE)
            parts.append(f"<img{_attrs_html(attrs, draw)}>")
        elif kind == 7:
            parts.append(draw(st.sampled_from(["<br>", "<br>\n", "<br/>"])))
        elif kind == 8:
            span = {"class": "notranslate", "translate": "no", "dir": "ltr"}
            parts.append(f"<span{_attrs_html(span, draw)}>{draw(inline_html(depth + 1))}</span>")
        else:
            parts.append(f'<span dir="{draw(_DIR)}">{draw(inline_html(depth + 1))}</span>')
    return "".join(parts)


def _block_attrs(draw: st.DrawFn) -> str:
    attrs = {}
    if draw(st.integers(0, 3)) == 0:
        attrs["dir"] = draw(_DIR)
    if draw(st.integers(0, 5)) == 0:
        attrs["style"] = "text-align: center;"
    if draw(st.integers(0, 5)) == 0:
        attrs["class"] = draw(st.sampled_from(["intro", "box wide", "x  y"]))
    return _attrs_html(attrs, draw)


@st.composite
def list_html(draw: st.DrawFn, depth: int = 0) -> str:
    """ul/ol with tight items, items with nested lists, or loose items (li containing p)."""
    tag = draw(st.sampled_from(["ul", "ol"]))
    start = f' start="{draw(st.integers(0, 12))}"' if tag == "ol" and draw(st.booleans()) else ""
    start += f' dir="{draw(_DIR)}"' if draw(st.integers(0, 3)) == 0 else ""
    loose = draw(st.booleans())
    items = []
    for _ in range(draw(st.integers(1, 4))):
        if loose:
            body = "".join(f"<p>{draw(inline_html())}</p>" for _ in range(draw(st.integers(1, 2))))
        else:
            body = draw(inline_html())
        if depth < 2 and draw(st.integers(0, 3)) == 0:
            body += draw(st.sampled_from(["", "\n"])) + draw(list_html(depth + 1))
        items.append(f"<li>{body}</li>")
    separator = draw(st.sampled_from(["", "\n"]))
    return f"<{tag}{start}>{separator}{separator.join(items)}{separator}</{tag}>"


@st.composite
def block_html(draw: st.DrawFn) -> str:
    """One top-level block as the CMS stores it."""
    kind = draw(st.integers(0, 9))
    if kind <= 3:
        return f"<p{_block_attrs(draw)}>{draw(inline_html())}</p>"
    if kind == 4:
        level = draw(st.integers(1, 6))
        return f"<h{level}{_block_attrs(draw)}>{draw(inline_html())}</h{level}>"
    if kind == 5:
        return draw(list_html())
    if kind == 6:
        return draw(st.sampled_from(["<hr>", '<hr class="dots">']))
    if kind == 7:
        cell = draw(inline_html())
        return (
            f'<table style="width: 100%"><thead><tr><th>{cell}</th></tr></thead>'
            f'<tbody><tr><td colspan="2">{draw(inline_html())}</td></tr></tbody></table>'
        )
    if kind == 8:
        contact = {"data-contact-id": str(draw(st.integers(1, 99))), "data-contact-url": draw(_URL)}
        return f"<div{_attrs_html(contact, draw)}><p>{draw(inline_html())}</p></div>"
    return f"<blockquote><p>{draw(inline_html())}</p></blockquote>"


@st.composite
def page_html(draw: st.DrawFn) -> str:
    """A page: several blocks, optional whitespace between them, optionally the CMS's wrapper div."""
    blocks = draw(st.lists(block_html(), min_size=1, max_size=5))
    separator = draw(st.sampled_from(["", "\n", "\n\n  "]))
    content = separator.join(blocks)
    return f"<div>{content}</div>" if draw(st.booleans()) else content


_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(page_html())
def test_convert_round_trip_is_lossless_and_idempotent(page: str) -> None:
    """Generated CMS HTML survives HTML -> Markdown -> HTML, and converting back gives the same Markdown."""
    markdown = html_to_markdown(page)
    rendered = markdown_to_html(markdown)
    assert first_difference(page, rendered) is None, markdown
    assert html_to_markdown(rendered) == markdown


@settings(max_examples=100, deadline=None)
@given(inline_html())
def test_convert_inline_text_is_lossless(content: str) -> None:
    """Any inline run inside a paragraph round-trips, however much it looks like Markdown."""
    page = f"<p>{content}</p>"
    assert first_difference(page, markdown_to_html(html_to_markdown(page))) is None


@st.composite
def common_paragraph(draw: st.DrawFn) -> str:
    """Everyday content: text (however Markdown-like), bold, italic, plain and external links."""
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        words = draw(_TEXT.map(lambda t: t.replace("\n", " ").replace("\t", " ")).filter(str.strip))
        text = _text_html(words, draw)
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(text)
        elif kind == 1:
            tag = draw(st.sampled_from(["strong", "em"]))
            parts.append(f" <{tag}>{text}</{tag}> ")
        else:
            attrs = {"href": draw(_URL.filter(lambda url: "(" not in url and " " not in url))}
            if kind == 3:
                attrs["class"] = "link-external"
            parts.append(f" <a{_attrs_html(attrs, draw)}>{text}</a> ")
    return f"<p>{''.join(parts)}</p>"


@settings(max_examples=100, deadline=None)
@given(common_paragraph())
def test_convert_common_content_reads_as_markdown(page: str) -> None:
    """Everyday paragraphs become Markdown without any HTML tag, and still round-trip."""
    markdown = html_to_markdown(page)
    assert re.search(r"<[A-Za-z/!]", markdown) is None, markdown
    assert first_difference(page, markdown_to_html(markdown)) is None


@_SETTINGS
@given(page_html())
def test_surface_round_trip_is_lossless(page: str) -> None:
    """Generated CMS HTML survives HTML -> surface blocks -> HTML, and a second pass changes nothing."""
    rendered = to_html(from_html(page))
    assert first_difference(page, rendered) is None, rendered
    assert to_html(from_html(rendered)) == rendered


@settings(max_examples=100, deadline=None)
@given(inline_html())
def test_surface_inline_text_is_lossless(content: str) -> None:
    """Any inline run inside a paragraph round-trips through the surface's runs, marks and atoms."""
    page = f"<p>{content}</p>"
    assert first_difference(page, to_html(from_html(page))) is None
