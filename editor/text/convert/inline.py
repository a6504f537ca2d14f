"""HTML -> Markdown for inline content (the children of a paragraph, heading or list item).

Content is first collected as pieces (text, markup, opening/closing ``*``/``**``) and escaped at the end,
when it is known where lines and the block begin and end (see :mod:`.escape`).
"""

from __future__ import annotations

import enum

from editor.text.convert.escape import (
    attribute_list,
    escape_alt,
    escape_inline_attribute,
    escape_segment,
    plain_title,
    plain_url,
)
from editor.text.convert.render import MARKDOWN_BLOCK_LEVEL
from editor.text.normal_form import BLOCK_LEVEL, RAW_TEXT, VOID, Comment, Element, Node, start_tag


class Level(enum.IntEnum):
    """How much Markdown syntax a block uses; a block falls back one level at a time."""

    PRETTY = 0  #: Markdown wherever it is exact
    TAGS = 1  #: Markdown block syntax, every inline element as an HTML tag
    RAW = 2  #: the whole block as an HTML block


MAX_INLINE_DEPTH = 24
_TEXT, _MARKUP, _OPEN, _CLOSE = range(4)
_EMPHASIS = {"em": "*", "strong": "**"}


class UnwritableError(Exception):
    """Raised inside the writers when content cannot be written at the requested level."""


class _Pieces:
    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []

    def add(self, kind: int, value: str) -> None:
        self.items.append((kind, value))

    def last_kind(self) -> int | None:
        return self.items[-1][0] if self.items else None


def inline_markdown(nodes: list[Node], level: Level, *, heading: bool = False) -> str | None:
    """Markdown for inline ``nodes``, or None if they cannot be written inline at ``level``."""
    pieces = _Pieces()
    try:
        _write(pieces, nodes, level, 0, inside_emphasis=False)
    except UnwritableError:
        return None
    return _finish(pieces.items, heading)


def _write(pieces: _Pieces, nodes: list[Node], level: Level, depth: int, inside_emphasis: bool) -> None:
    if depth > MAX_INLINE_DEPTH:
        raise UnwritableError("nested too deeply")
    last = len(nodes) - 1
    for index, node in enumerate(nodes):
        if isinstance(node, str):
            pieces.add(_TEXT, node)
        elif isinstance(node, Comment):
            if "\n" in node.text or "<!--" in node.text:
                raise UnwritableError("comment")
            pieces.add(_MARKUP, f"<!--{node.text}-->")
        else:
            if node.tag in BLOCK_LEVEL or node.tag in MARKDOWN_BLOCK_LEVEL or node.tag in RAW_TEXT:
                raise UnwritableError(node.tag)
            at_edge = inside_emphasis and index in (0, last)
            if level is Level.PRETTY and _write_pretty(pieces, node, depth, at_edge):
                continue
            _write_tag(pieces, node, level, depth)


def _write_tag(pieces: _Pieces, element: Element, level: Level, depth: int) -> None:
    pieces.add(_MARKUP, start_tag(element, escape_inline_attribute))
    if element.tag in VOID:  # lxml never gives a void element children
        return
    _write(pieces, element.children, level, depth + 1, inside_emphasis=False)
    pieces.add(_MARKUP, f"</{element.tag}>")


def _write_pretty(pieces: _Pieces, element: Element, depth: int, at_edge: bool) -> bool:
    """Write ``element`` with Markdown syntax; False if it has none (then it is written as a tag)."""
    tag = element.tag
    if tag in _EMPHASIS:
        if element.attrs or not element.children or at_edge or pieces.last_kind() == _CLOSE:
            return False
        pieces.add(_OPEN, _EMPHASIS[tag])
        _write(pieces, element.children, Level.PRETTY, depth + 1, inside_emphasis=True)
        pieces.add(_CLOSE, _EMPHASIS[tag])
        return True
    if tag == "a":
        return _write_link(pieces, element, depth)
    if tag == "img":
        return _write_image(pieces, element)
    if tag == "code":
        return _write_code(pieces, element)
    return False


def _target(element: Element, url_name: str) -> tuple[str, str] | None:
    """``(url "title")`` plus the ``{: ...}`` for the remaining attributes, if all can be written."""
    attributes = dict(element.attrs)
    url = attributes.pop(url_name, None)
    title = attributes.pop("title", None)
    if url is None or not plain_url(url) or (title is not None and not plain_title(title)):
        return None
    extra = attribute_list(attributes) if attributes else ""
    if extra is None:
        return None
    return (f'({url} "{title}")' if title is not None else f"({url})"), extra


def _write_link(pieces: _Pieces, element: Element, depth: int) -> bool:
    target = _target(element, "href")
    if target is None or not element.children:
        return False
    pieces.add(_MARKUP, "[")
    _write(pieces, element.children, Level.PRETTY, depth + 1, inside_emphasis=False)
    pieces.add(_MARKUP, "]" + target[0] + target[1])
    return True


def _write_image(pieces: _Pieces, element: Element) -> bool:
    alt = element.attrs.get("alt")
    written_alt = None if alt is None else escape_alt(alt)
    attributes = {name: value for name, value in element.attrs.items() if name != "alt"}
    target = _target(Element("img", attributes), "src")
    if written_alt is None or target is None or element.children:
        return False
    pieces.add(_MARKUP, f"![{written_alt}]{target[0]}{target[1]}")
    return True


def _write_code(pieces: _Pieces, element: Element) -> bool:
    if element.attrs or len(element.children) != 1 or not isinstance(element.children[0], str):
        return False
    code = element.children[0]
    if not code or "`" in code or "\n" in code or code.strip() != code:
        return False
    pieces.add(_MARKUP, f"`{code}`")
    return True


def _finish(items: list[tuple[int, str]], heading: bool) -> str:
    """Escape the text pieces now that line and block boundaries are known."""
    out: list[str] = []
    line_start = True
    count = len(items)
    for index, (kind, value) in enumerate(items):
        if kind != _TEXT:
            out.append(value)
            line_start = False
            continue
        before = items[index - 1][0] if index else None
        after = items[index + 1][0] if index + 1 < count else None
        ends_block = after is None
        segments = value.split("\n")
        last = len(segments) - 1
        for number, segment in enumerate(segments):
            if number:
                dangling = number == last and not segment and (ends_block or after == _CLOSE)
                opening = number == 1 and not segments[0] and before == _OPEN
                if heading or line_start or dangling or opening:
                    out.append("&#10;")
                    line_start = False
                else:
                    out.append("\n")
                    line_start = True
            escaped = escape_segment(
                segment,
                line_start=line_start,
                heading=heading,
                space_before=number == 0 and before == _OPEN,
                space_after=number < last or ends_block or after == _CLOSE,
            )
            if escaped:
                out.append(escaped)
                line_start = False
    return "".join(out)
