"""The sanitiser: what the CMS's editor allows stays byte for byte, scripts and unsafe URLs go."""

from __future__ import annotations

import json

import pytest

from editor.resources import resources_dir
from editor.text.convert import ContentError, html_to_markdown, markdown_to_html
from editor.text.normal_form import first_difference
from editor.text.sanitize import (
    ALLOWED_TAGS,
    allowed_attributes,
    first_removed,
    is_allowed_attribute,
    is_safe_css,
    is_safe_url,
    sanitize_html,
)

#: Content as the CMS stores it: classes, dir, notranslate spans, contact cards, tables, images.
CMS_CONTENT = [
    '<p dir="rtl">مرحبا <a class="link-external" href="https://www.caritas.de/">Caritas</a></p>',
    '<p><span class="notranslate" dir="ltr" translate="no">Jobcenter</span> hilft.</p>',
    '<div contenteditable="false" data-contact-id="12" data-contact-url="/augsburg/contact/?details=a,b">'
    "<p>Beratung</p></div>",
    '<table style="width: 100%"><tbody><tr><td colspan="2" style="text-align: center;">x</td></tr>'
    "</tbody></table>",
    '<p><img alt="Karte" height="200" src="/media/regions/1/karte.png" style="float: right" width="300"></p>',
    '<p><a aria-hidden="true" href="https://e.org/" tabindex="-1">'
    '<img alt="" src="/static/svg/www.svg"></a></p>',
    '<ol start="3" type="a"><li value="3">drei</li></ol><ul start="2"><li>x</li></ul>',
    '<p>Telefon: <a href="tel:+49821123">0821 123</a>, <a href="mailto:info@example.org">Mail</a>, '
    '<a href="#anker">oben</a>, <a href="/augsburg/de/wohnen/">Wohnen</a></p>',
    "<p>a <!-- Notiz --> b</p><details open><summary>Mehr</summary><p>Text</p></details>",
    '<p><video controls src="/media/film.mp4"></video><u>u</u> <s>s</s> <sup>1</sup></p>',
]


@pytest.mark.parametrize("html", CMS_CONTENT)
def test_sanitize_keeps_cms_content_unchanged(html: str) -> None:
    """Everything the CMS itself stores comes back identical, character for character."""
    assert sanitize_html(html) == html


def test_sanitize_keeps_every_demo_page_unchanged() -> None:
    """The bundled demo region (real CMS output) passes the sanitiser untouched."""
    for path in sorted((resources_dir() / "demo" / "pages").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            assert sanitize_html(item["content"]) == item["content"], (path.name, item["path"])


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ('<p>a<script>alert(1)</script> b</p>', "<p>a b</p>"),
        ('<p onclick="steal()" onmouseover="x()" class="c">t</p>', '<p class="c">t</p>'),
        ('<p><a href="javascript:alert(1)">x</a></p>', "<p><a>x</a></p>"),
        ('<p><a href=" JaVa&#x09;Script:alert(1)">x</a></p>', "<p><a>x</a></p>"),
        ('<p><a href="data:text/html;base64,PHNjcmlwdD4=">x</a></p>', "<p><a>x</a></p>"),
        ('<p><a href="file:///etc/passwd">x</a></p>', "<p><a>x</a></p>"),
        ('<p><img src="file:///home/u/secret.png" alt="s"></p>', '<p><img alt="s"></p>'),
        ('<p><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="s"></p>', '<p><img alt="s"></p>'),
        ('<p><img srcset="a.png 1x, javascript:x 2x"></p>', "<p><img></p>"),
        ('<p style="background: url(file:///etc/x)">t</p>', "<p>t</p>"),
        ('<p style="width: expr\\65 ssion(alert(1))">t</p>', "<p>t</p>"),
        ("<iframe src=\"https://e.org\">fallback</iframe><p>x</p>", "<p>x</p>"),
        ("<p>a<svg><script>x()</script></svg>b</p>", "<p>ab</p>"),
        ("<p>x<object data=\"a.swf\"><embed src=\"a.swf\"></object></p>", "<p>x</p>"),
        ("<form action=\"https://e.org\"><p>in</p><input name=\"q\"><button>go</button></form>", "<p>in</p>"),
        ("<p><custom-tag>kept text</custom-tag> <blink>b</blink></p>", "<p>kept text b</p>"),
        ("<style>@import url(file:///etc/x.css);</style><p>x</p>", "<p>x</p>"),
        ('<p><a href="https://e.org" formaction="x" ping="https://t.example/">x</a></p>',
         '<p><a href="https://e.org" ping="https://t.example/">x</a></p>'),
    ],
)  # fmt: skip
def test_sanitize_removes_what_could_run_or_read_local_files(dirty: str, clean: str) -> None:
    """Scripts, handlers, frames, forms and unsafe URLs go; text and safe markup stay."""
    assert first_difference(sanitize_html(dirty), clean) is None, sanitize_html(dirty)


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://integreat.app/augsburg/de/", True),
        ("http://example.org", True),
        ("mailto:info@example.org", True),
        ("tel:+49 821 123", True),
        ("/augsburg/de/wohnen/?a=1&b=2", True),
        ("#anker", True),
        ("seite.html", True),
        ("//cdn.example.org/x.png", True),
        ("javascript:alert(1)", False),
        (" \tjava\nscript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("vbscript:x", False),
        ("data:text/html,<script>x</script>", False),
        ("file:///etc/passwd", False),
        ("ftp://example.org/x", True),
        ("sms:+4917012345", True),
        ("geo:48.37,10.89", True),
        ("blob:https://e.org/1234", False),
        ("whatsapp://send?text=x", False),
    ],
)
def test_sanitize_is_safe_url(url: str, safe: bool) -> None:
    """Only relative URLs and the web and contact schemes pass, however the scheme is disguised."""
    assert is_safe_url(url) is safe


def test_sanitize_data_images_only_as_raster_image_sources() -> None:
    """A base64 PNG is a safe image source, never a safe link; SVG data never is."""
    png = "data:image/png;base64,iVBORw0KGgo="
    assert is_safe_url(png, image=True)
    assert not is_safe_url(png)
    assert not is_safe_url("data:image/svg+xml;base64,PHN2Zz4=", image=True)


def test_sanitize_css_rules() -> None:
    """Plain declarations pass; script, imports and local files are refused, escaped or not."""
    assert is_safe_css("text-align: center; width: 100%")
    assert is_safe_css("background: url(https://e.org/a.png)")
    assert not is_safe_css("background: url(' file:///etc/x')")
    assert not is_safe_css("x: expression(alert(1))")
    assert not is_safe_css("x: java/**/script:alert(1)")
    assert not is_safe_css("@\\69mport 'x.css'")


def test_sanitize_public_allowlist() -> None:
    """The allowlist the paste cleaner reuses: tags, attributes per tag, data-/aria-, no handlers."""
    assert {"p", "a", "img", "table", "span", "div"} <= ALLOWED_TAGS
    assert "script" not in ALLOWED_TAGS
    assert {"href", "class", "dir"} <= allowed_attributes("a")
    assert "src" not in allowed_attributes("a")
    assert allowed_attributes("script") == frozenset()
    assert is_allowed_attribute("div", "data-contact-id", strict=True)
    assert is_allowed_attribute("a", "aria-hidden", strict=True)
    assert not is_allowed_attribute("p", "onclick")
    assert not is_allowed_attribute("p", "foo", strict=True)
    assert is_allowed_attribute("p", "foo")


def test_sanitize_strict_keeps_only_listed_attributes() -> None:
    """For pasted HTML, attributes outside the allowlist go too."""
    assert sanitize_html('<p foo="1" class="c">x</p>', strict=True) == '<p class="c">x</p>'


def test_sanitize_deep_nesting_is_iterative() -> None:
    """2,000 nested elements with a handler at the bottom: cleaned without a RecursionError."""
    html = "<div>" * 2000 + '<p onclick="x()">t</p>' + "</div>" * 2000
    assert "onclick" not in sanitize_html(html)


@pytest.mark.parametrize(
    ("markdown", "forbidden"),
    [
        ("Text\n\n<script>alert(1)</script>\n", "<script"),
        ("Text <script>alert(1)</script>\n", "<script"),
        ("[klick](javascript:alert(1))\n", "javascript"),
        ("[klick](data:text/html;base64,PHNjcmlwdD4=)\n", "data:"),
        ("![bild](file:///etc/passwd)\n", "file:"),
        ('Absatz\n{: onclick="alert(1)" }\n', "onclick"),
        ('[x](https://e.org){: onmouseover="alert(1)" }\n', "onmouseover"),
        ('<p onclick="alert(1)">x</p>\n', "onclick"),
        ('<iframe src="file:///etc/passwd"></iframe>\n', "iframe"),
    ],
)
def test_markdown_to_html_output_is_sanitised(markdown: str, forbidden: str) -> None:
    """What an editor types in Markdown cannot smuggle script or local files into the HTML we push."""
    assert forbidden not in markdown_to_html(markdown).lower()


def test_sanitize_keeps_the_round_trip_of_cms_content() -> None:
    """HTML -> Markdown -> HTML stays lossless for CMS content after sanitising."""
    page = "".join(CMS_CONTENT[:8])
    assert first_difference(page, markdown_to_html(html_to_markdown(page))) is None


def test_html_to_markdown_names_markup_that_saving_would_remove() -> None:
    """A stored page with a handler cannot round-trip; the message says why (it then opens read-only)."""
    with pytest.raises(ContentError, match="markup the CMS editor does not allow"):
        html_to_markdown('<p onclick="x()">a</p>')


@pytest.mark.parametrize(
    ("html", "what", "line"),
    [
        ('<p>a</p>\n<p><iframe src="https://v.example/embed/1"></iframe></p>', "<iframe>", 2),
        ('<div>\n<p>a</p>\n\n<p><a href="javascript:x()">x</a></p>', 'the href="javascript:x()" of <a>', 4),
        ('<p onclick="x()">a</p>', "the onclick attribute of <p>", 1),
        ("<p>a</p>\n<p><custom-tag>x</custom-tag></p>", "<custom-tag>", 2),
        ("<form>\n<p>x</p></form>", "<form>", 1),
    ],
)  # fmt: skip
def test_html_to_markdown_says_what_saving_would_remove_and_where(html: str, what: str, line: int) -> None:
    """The refusal names the first thing the cleaning would remove and its line in the input, and
    ``first_removed`` finds nothing in content the CMS itself stores."""
    with pytest.raises(ContentError) as raised:
        html_to_markdown(html)
    assert str(raised.value).endswith(f": {what} (line {line})")
    assert raised.value.code == "unsafe_markup"
    assert raised.value.params == {"detail": what, "line": str(line)}
    assert first_removed(html) == (what, line)
    assert first_removed("".join(CMS_CONTENT)) is None
