"""The structure of a page without its text: the start of a new translation (Qt-free).

:func:`skeleton_html` keeps every element — headings, paragraphs, lists, tables, links, contact cards —
and removes the words, so the translator fills in the same structure. Kept as they are: the texts of
``notranslate`` elements (names that stay in every language), link texts (an empty link cannot be seen
or edited; the translator overwrites the words) and ``pre`` blocks.
"""

from __future__ import annotations

from editor.text.normal_form import Comment, Element, Node, parse_fragment, serialize

_KEEP_TEXT = frozenset({"a", "pre", "code"})


def skeleton_html(html: str) -> str:
    """``html`` with its translatable words removed (see the module docstring)."""
    root = parse_fragment(html)
    return "".join(serialize(node) for node in _strip(root).children)


def _strip(element: Element) -> Element:
    if _keeps_text(element):
        return element
    children: list[Node] = []
    for child in element.children:
        if isinstance(child, Element):
            children.append(_strip(child))
        elif isinstance(child, Comment) or not child.strip():
            children.append(child)
    return Element(element.tag, dict(element.attrs), children)


def _keeps_text(element: Element) -> bool:
    classes = element.attrs.get("class", "").split()
    return element.tag in _KEEP_TEXT or "notranslate" in classes or element.attrs.get("translate") == "no"
