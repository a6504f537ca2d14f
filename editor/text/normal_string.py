"""The normal form's string written in one pass over lxml's tree (decision 0030).

:func:`editor.text.normal_form.normalise_html` is the hash of every sync base and of every text a pull
compares, so a large first import normalises every text once. The tree path (``parse_fragment`` copies
lxml's tree into :class:`~editor.text.normal_form.Element` objects, drops blank text in a second pass,
unwraps, then ``serialize`` walks the copy) spent two thirds of its time building and walking the copy.
:func:`normal_string` applies the same rules while it writes straight from lxml's elements:

* blank text (ASCII whitespace only) is dropped where the node before it and the node after it are
  block-level elements or the edges of a block-level parent (the fragment counts as one) — except below
  ``pre``, ``textarea``, ``listing``, ``xmp``, ``plaintext``, ``script`` and ``style``;
* the fragment's edges are stripped, and a lone attribute-less ``div`` (or ``span`` without block-level
  children) at the top is unwrapped, again and again, stripping the edges after each;
* text is escaped unless its parent is a raw-text element, attributes are written sorted, void elements
  without children get no end tag, comments and processing instructions are written as comments.

The result is the same string as ``serialize(parse_fragment(html))``: ``tests/text/test_normal_form_golden``
compares both on generated HTML and the hashes with those recorded before this module existed. Nesting
deeper than :data:`_MAX_DEPTH` (Python's recursion) goes the tree path, which writes it with a stack.
"""

from __future__ import annotations

from typing import Any

from editor.text.normal_form import (
    ASCII_SPACE,
    BLOCK_LEVEL,
    PRESERVE_WHITESPACE,
    RAW_TEXT,
    VOID,
    check_characters,
    escape_text,
    parse_body,
    parse_fragment,
    serialize,
    strip_edges,
    tag_with_attributes,
)

#: Deeper nesting is written by the tree path (its writer needs no recursion).
_MAX_DEPTH = 200


class _TooDeepError(Exception):
    """The fragment nests deeper than :data:`_MAX_DEPTH`."""


def normal_string(html: str) -> str:
    """The canonical serialisation of ``html``'s normal form (see the module docstring)."""
    check_characters(html, "HTML")
    if not html.strip(ASCII_SPACE):
        return ""
    nodes = _kept_children(parse_body(html), True)
    strip_edges(nodes)
    while len(nodes) == 1 and _unwraps(nodes[0]):
        nodes = _kept_children(nodes[0], nodes[0].tag == "div")
        strip_edges(nodes)
    out: list[str] = []
    try:
        _write_nodes(nodes, out, False, False, -1)
    except _TooDeepError:
        return serialize(parse_fragment(html))
    return "".join(out)


def _is_block(node: Any) -> bool:
    tag = node.tag
    return isinstance(tag, str) and tag in BLOCK_LEVEL


def _kept_children(element: Any, block_parent: bool) -> list[Any]:
    """``element``'s text and child nodes in order, without the blank text that does not count."""
    children = list(element)
    text = element.text
    nodes: list[Any] = []
    if text and (
        text.strip(ASCII_SPACE)
        or not block_parent
        or not (_is_block(children[0]) if children else block_parent)
    ):
        nodes.append(text)
    last = len(children) - 1
    for index, child in enumerate(children):
        nodes.append(child)
        tail = child.tail
        if tail and (
            tail.strip(ASCII_SPACE)
            or not _is_block(child)
            or not (_is_block(children[index + 1]) if index < last else block_parent)
        ):
            nodes.append(tail)
    return nodes


def _unwraps(node: Any) -> bool:
    """True for the CMS's wrapper: an attribute-less ``div``, or ``span`` without block children."""
    if isinstance(node, str) or node.tag not in ("div", "span") or node.items():
        return False
    return node.tag == "div" or not any(_is_block(child) for child in node)


def _write(element: Any, out: list[str], keep: bool, depth: int) -> None:
    """Write ``element`` (an lxml node); ``keep``: below an element where all whitespace counts."""
    tag = element.tag
    if not isinstance(tag, str):  # a comment (libxml2 turns <?...> into one as well)
        out.append(f"<!--{element.text or ''}-->")
        return
    if depth > _MAX_DEPTH:
        raise _TooDeepError
    out.append(tag_with_attributes(tag, dict(element.attrib)) if element.items() else f"<{tag}>")
    keep = keep or tag in PRESERVE_WHITESPACE
    if tag in VOID:  # rare with children: the general way
        nodes = _all_children(element) if keep else _kept_children(element, tag in BLOCK_LEVEL)
        if nodes:
            _write_nodes(nodes, out, keep, tag in RAW_TEXT, depth)
            out.append(f"</{tag}>")
        return
    raw = tag in RAW_TEXT
    children = list(element)
    block_parent = tag in BLOCK_LEVEL
    text = element.text
    if text and (
        keep
        or not block_parent
        or text.strip(ASCII_SPACE)
        or not (_is_block(children[0]) if children else True)
    ):
        out.append(text if raw else escape_text(text))
    last = len(children) - 1
    depth += 1
    for index, child in enumerate(children):
        _write(child, out, keep, depth)
        tail = child.tail
        if tail and (
            keep
            or tail.strip(ASCII_SPACE)
            or not _is_block(child)
            or not (_is_block(children[index + 1]) if index < last else block_parent)
        ):
            out.append(tail if raw else escape_text(tail))
    out.append(f"</{tag}>")


def _write_nodes(nodes: list[Any], out: list[str], keep: bool, raw: bool, depth: int) -> None:
    for node in nodes:
        if isinstance(node, str):
            out.append(node if raw else escape_text(node))
        else:
            _write(node, out, keep, depth + 1)


def _all_children(element: Any) -> list[Any]:
    """``element``'s text and child nodes in order."""
    nodes: list[Any] = [element.text] if element.text else []
    for child in element:
        nodes.append(child)
        if child.tail:
            nodes.append(child.tail)
    return nodes
