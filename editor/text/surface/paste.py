"""Clean HTML pasted from a browser or Word down to what the CMS's editor accepts.

``clean_pasted_html`` is the one entry point the surface calls. When ``editor.text.sanitize`` (the CMS
allowlist, ``sanitize_html(html, strict=True)``) is present it runs first; then a small built-in
allowlist keeps only what a person would have typed in the CMS's editor: tags a CMS page holds, their
plain attributes (``href``, ``dir``, ``colspan`` …) and no styles, classes, scripts, Office namespaces
or comments; unknown elements are unwrapped (their text kept).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import lxml.html

from editor.text.normal_form import check_characters

ALLOWED_TAGS = frozenset(
    "a b blockquote br em h1 h2 h3 h4 h5 h6 i li ol p s span strong sub sup "
    "table tbody td tfoot th thead tr u ul".split()
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "target"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
    "*": {"dir", "lang"},
}
DROP_WITH_CONTENT = frozenset(("script", "style", "head", "title", "meta", "link", "xml", "template"))
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:", "/", "#")


def _external_sanitizer() -> Callable[..., str] | None:
    try:
        module = importlib.import_module("editor.text.sanitize")
    except ImportError:
        return None
    function = getattr(module, "sanitize_html", None)
    return function if callable(function) else None


def _allowed(tag: str, name: str) -> bool:
    return name in ALLOWED_ATTRIBUTES.get(tag, set()) or name in ALLOWED_ATTRIBUTES["*"]


def builtin_clean(html: str) -> str:
    """The built-in allowlist (see the module docstring)."""
    html = "".join(char for char in html if char in "\t\n\r" or ord(char) >= 0x20)
    check_characters(html.replace("\r", ""), "pasted HTML")
    root = lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
    for element in list(root.iter()):
        if element is root:
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag.lower() in DROP_WITH_CONTENT or ":" in tag:
            element.drop_tree()
        elif tag not in ALLOWED_TAGS:
            element.drop_tag()
        else:
            for name in list(element.attrib):
                value = element.attrib[name]
                if not _allowed(tag, name) or (
                    name == "href" and not value.strip().startswith(_SAFE_SCHEMES)
                ):
                    del element.attrib[name]
            if tag == "span" and not element.attrib:
                element.drop_tag()
    inner = (root.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)
    return inner.strip()


def clean_own_html(html: str) -> str:
    """HTML copied from a surface (our clipboard format): kept as the CMS keeps it, only made safe.

    Without ``editor.text.sanitize`` it is returned as is (it came from a page of the working copy).
    """
    external = _external_sanitizer()
    return external(html) if external is not None else html


def clean_pasted_html(html: str) -> str:
    """Pasted HTML as the CMS would accept it."""
    external = _external_sanitizer()
    if external is not None:
        html = external(html, strict=True)
    return builtin_clean(html)
