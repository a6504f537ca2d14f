"""HTML -> Markdown for one top-level block: paragraph, heading, rule, list, quote, or an HTML block."""

from __future__ import annotations

import re

from editor.text.convert.escape import attribute_list
from editor.text.convert.inline import Level, inline_markdown
from editor.text.normal_form import BLOCK_LEVEL, Element, Node, serialize

MAX_LIST_DEPTH = 8
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_LISTS = ("ul", "ol")
_INDENT = re.compile(r"\n(?!\n)")


def raw_block(element: Element) -> str:
    """The block as an HTML block, one line per block-level element where whitespace does not count."""
    return serialize(element, pretty=True)


def block_markdown(element: Element, level: Level) -> str:
    """Markdown for a top-level block at ``level``, falling back to an HTML block."""
    if level is not Level.RAW:
        written = _block(element, level, 0)
        if written:
            return written
    return raw_block(element)


def _block(element: Element, level: Level, depth: int) -> str | None:
    tag = element.tag
    if tag == "p":
        return _paragraph(element, level)
    if tag in _HEADINGS:
        return _heading(element, level)
    if tag == "hr":
        return None if element.attrs or element.children else "---"
    if tag in _LISTS:
        return _list(element, level, depth)
    if tag == "blockquote":
        return _blockquote(element, level, depth)
    return None


def _paragraph(element: Element, level: Level) -> str | None:
    text = inline_markdown(element.children, level)
    if not text:
        return None
    if not element.attrs:
        return text
    attributes = attribute_list(element.attrs)
    return None if attributes is None else f"{text}\n{attributes}"


def _heading(element: Element, level: Level) -> str | None:
    text = inline_markdown(element.children, level, heading=True)
    if not text:
        return None
    marker = "#" * _HEADINGS[element.tag]
    if not element.attrs:
        return f"{marker} {text}"
    attributes = attribute_list(element.attrs)
    return None if attributes is None else f"{marker} {text} {attributes}"


def _list(element: Element, level: Level, depth: int) -> str | None:
    """``- item`` / ``3. item`` lists: all items tight, or all loose (each a paragraph and more).

    Other attributes of a top-level list go on a line ``{: dir="rtl" }`` before it.
    """
    start = _list_start(element)
    items = element.children
    other = dict(element.attrs)
    if start is not None:
        other.pop("start", None)
    prefix = attribute_list(other) if other else ""
    if depth >= MAX_LIST_DEPTH or not items or prefix is None or (prefix and depth):
        return None
    written: list[str] = []
    loose: set[bool] = set()
    for number, item in enumerate(items, 1 if start is None else start):
        if not isinstance(item, Element) or item.tag != "li" or item.attrs:
            return None
        body = _loose_item(item, level, depth) or _tight_item(item, level, depth)
        if body is None:
            return None
        text, is_loose = body
        loose.add(is_loose)
        marker = f"{number}. " if element.tag == "ol" else "- "
        written.append(marker + _INDENT.sub("\n    ", text))
    if len(loose) > 1 or (loose == {True} and len(items) == 1):
        return None
    text = ("\n\n" if True in loose else "\n").join(written)
    return f"{prefix}\n\n{text}" if prefix else text


def _list_start(element: Element) -> int | None:
    """The first item number, or None if ``start`` must be written as an attribute (``start="1"``)."""
    start = element.attrs.get("start")
    if start is None:
        return 1
    if element.tag != "ol" or not start.isascii() or not start.isdigit():
        return None
    return int(start) if str(int(start)) == start and start != "1" else None


def _loose_item(item: Element, level: Level, depth: int) -> tuple[str, bool] | None:
    """An item made of blocks, the first a paragraph: ``- para\\n\\n    more``."""
    children = item.children
    if not children or not all(isinstance(child, Element) for child in children):
        return None
    first = children[0]
    if not isinstance(first, Element) or first.tag != "p" or first.attrs:
        return None
    parts: list[str] = []
    previous = ""
    for child in children:
        assert isinstance(child, Element)
        if child.tag in _LISTS and previous in _LISTS:
            return None
        written = _block(child, level, depth + 1)
        if not written:
            return None
        parts.append(written)
        previous = child.tag
    return "\n\n".join(parts), True


def _tight_item(item: Element, level: Level, depth: int) -> tuple[str, bool] | None:
    """Inline content, then nested lists: ``- text\\n    - nested`` (the text ends with a newline)."""
    children = item.children
    split = next(
        (i for i, child in enumerate(children) if isinstance(child, Element) and child.tag in _LISTS),
        len(children),
    )
    inline: list[Node] = list(children[:split])
    nested = children[split:]
    if any(not isinstance(child, Element) or child.tag not in _LISTS for child in nested):
        return None
    if nested:
        if not inline or not isinstance(inline[-1], str) or not inline[-1].endswith("\n"):
            return None
        inline[-1] = inline[-1][:-1]
        if not inline[-1]:
            inline.pop()
    if any(isinstance(child, Element) and child.tag in BLOCK_LEVEL for child in inline):
        return None
    text = inline_markdown(inline, level)
    if not text:
        return None
    parts = [text]
    previous = ""
    for child in nested:
        assert isinstance(child, Element)
        written = _list(child, level, depth + 1) if child.tag != previous else None
        if written is None:
            return None
        parts.append(written)
        previous = child.tag
    return "\n".join(parts), False


def _blockquote(element: Element, level: Level, depth: int) -> str | None:
    if element.attrs or not element.children or depth >= MAX_LIST_DEPTH:
        return None
    parts: list[str] = []
    for child in element.children:
        if not isinstance(child, Element):
            return None
        written = _block(child, level, depth + 1)
        if not written:
            return None
        parts.append(written)
    text = "\n\n".join(parts)
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
