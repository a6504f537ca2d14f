"""Segments: CMS HTML split into aligned blocks, and the alignment of two block lists (Qt-free).

One block model serves the source diff, QA, the translation memory, XLIFF and the conflict dialog
(docs/decisions/0017-segments.md). :func:`split_blocks` walks the normal form of a fragment
(:mod:`editor.text.normal_form`, the same parse the editor surface uses) and returns one :class:`Block`
per heading, paragraph, list item (nested lists give deeper levels) and table cell, in document order.
Containers (``div``, ``section``, ``blockquote``, lists, tables) are walked into; inline runs directly in
a container become a ``text`` block. ``pre`` and ``div[contenteditable=false]`` (contact cards) are kept
whole as ``other`` blocks.

:func:`align` pairs a source and a target block list, also when one has more blocks than the other
(:mod:`editor.text.alignment` does the work).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editor.text.normal_form import (
    BLOCK_LEVEL,
    FRAGMENT,
    Element,
    Node,
    parse_fragment,
    serialize,
)

if TYPE_CHECKING:
    from editor.text.alignment import Pair

#: Block kinds.
HEADING, PARAGRAPH, TEXT, ITEM, CELL, OTHER = "heading", "paragraph", "text", "item", "cell", "other"
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_CONTAINERS = frozenset(
    "div section article aside main header footer nav blockquote figure details body center fieldset "
    "form dl".split()
)
_LISTS = frozenset({"ul", "ol", "menu", "dir"})
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot"})
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_SPACED = BLOCK_LEVEL | {"br", "td", "th", "li"}


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a page: what alignment, diff, QA, the memory and XLIFF work on.

    ``kind`` is one of ``heading``, ``paragraph``, ``text`` (loose inline text), ``item`` (list item),
    ``cell`` (table cell) or ``other``; ``level`` is the heading level, the list nesting depth (1 for
    a top-level list) or 0. ``path`` locates the element (``ol[1]/li[2]``); ``list_type`` is ``ol`` or
    ``ul`` for items; ``row``/``column`` place a cell in its table (``table`` counts tables). ``text``
    is the plain text (whitespace collapsed); ``links`` are the ``href``s and ``notranslate`` the texts
    of ``notranslate``/``translate="no"`` elements, in order. ``html`` (the block element in normal
    form) and ``inline_html`` (its own content, nested lists excluded) are written on demand from the
    parsed nodes, which are not compared: two blocks are equal when kind, place and text are
    (:func:`same_markup` compares the markup).
    """

    kind: str
    level: int
    path: str
    text: str
    links: tuple[str, ...] = ()
    notranslate: tuple[str, ...] = ()
    list_type: str = ""
    table: int = 0
    row: int = 0
    column: int = 0
    element: Element = field(default_factory=lambda: Element(FRAGMENT), compare=False, repr=False)
    own: tuple[Node, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def html(self) -> str:
        """The block element in normal form (for a loose text run: the run)."""
        return serialize(self.element)

    @property
    def inline_html(self) -> str:
        """The block's own content as HTML (a list item's nested lists excluded)."""
        if self.own is not None:
            return "".join(serialize(node) for node in self.own).strip()
        if self.element.tag == FRAGMENT:
            return serialize(self.element)
        return "".join(serialize(node) for node in self.element.children)

    @property
    def numbers(self) -> tuple[str, ...]:
        """The numbers in the text (``8``, ``1.4.2025``, ``9:30``), in order."""
        return tuple(_NUMBER.findall(self.text))

    @property
    def words(self) -> int:
        """How many words the block has."""
        return len(self.text.split())


@dataclass
class _Walk:
    blocks: list[Block] = field(default_factory=list)
    tables: int = 0


def split_blocks(html: str) -> list[Block]:
    """Split CMS HTML into blocks in document order (raises ``ContentError`` for unparsable input)."""
    walk = _Walk()
    _container(parse_fragment(html), "", 0, walk)
    return walk.blocks


def plain_text(html: str) -> str:
    """The plain text of a fragment, blocks joined by newlines (what the panes' words are)."""
    return "\n".join(block.text for block in split_blocks(html))


def _container(element: Element, path: str, depth: int, walk: _Walk) -> None:
    """Walk the children of a container: blocks become blocks, inline runs ``text`` blocks."""
    counts: dict[str, int] = {}
    run: list[Node] = []
    for child in element.children:
        if isinstance(child, Element) and (child.tag in BLOCK_LEVEL or (child.tag == "br" and not run)):
            _flush_run(run, path, walk)
            run = []
            if child.tag == "br":
                continue
            counts[child.tag] = counts.get(child.tag, 0) + 1
            _block(child, f"{path}/{child.tag}[{counts[child.tag]}]", depth, walk)
        else:
            run.append(child)  # text, inline elements and comments: one run
    _flush_run(run, path, walk)


def _flush_run(run: list[Node], path: str, walk: _Walk) -> None:
    if run and _text(run):
        walk.blocks.append(_make(TEXT, 0, f"{path}/text()", run, Element(FRAGMENT, {}, list(run))))


def _block(element: Element, path: str, depth: int, walk: _Walk) -> None:
    tag = element.tag
    if tag in _HEADINGS:
        walk.blocks.append(_leaf(element, HEADING, _HEADINGS[tag], path))
    elif tag == "p":
        walk.blocks.append(_leaf(element, PARAGRAPH, 0, path))
    elif tag in _LISTS:
        _list(element, path, depth + 1, walk)
    elif tag == "table":
        walk.tables += 1
        _table(element, path, walk.tables, walk)
    elif tag in _CONTAINERS and element.attrs.get("contenteditable") != "false":
        _container(element, path, depth, walk)
    elif tag == "li":  # a stray list item outside a list
        _item(element, path, max(depth, 1), "", walk)
    elif tag != "hr":
        walk.blocks.append(_leaf(element, OTHER, 0, path))


#: List levels split into blocks of their own; deeper ones stay in their item's block.
MAX_SEGMENT_NESTING = 32


def _list(element: Element, path: str, level: int, walk: _Walk) -> None:
    counts: dict[str, int] = {}
    for child in element.children:
        if isinstance(child, Element):
            counts[child.tag] = counts.get(child.tag, 0) + 1
            child_path = f"{path}/{child.tag}[{counts[child.tag]}]"
            if child.tag == "li":
                _item(child, child_path, level, element.tag, walk)
            else:
                _block(child, child_path, level - 1, walk)


def _item(element: Element, path: str, level: int, list_type: str, walk: _Walk) -> None:
    """A list item: its own content (nested lists excluded) first, then the nested lists."""
    if level >= MAX_SEGMENT_NESTING:  # deeper lists stay inside this item's block (no real page nests so)
        walk.blocks.append(_make(ITEM, level, path, element.children, element, None, list_type))
        return
    own = [c for c in element.children if not (isinstance(c, Element) and c.tag in _LISTS)]
    nested = [c for c in element.children if isinstance(c, Element) and c.tag in _LISTS]
    walk.blocks.append(_make(ITEM, level, path, own, element, tuple(own) if nested else None, list_type))
    counts: dict[str, int] = {}
    for child in nested:
        counts[child.tag] = counts.get(child.tag, 0) + 1
        _list(child, f"{path}/{child.tag}[{counts[child.tag]}]", level + 1, walk)


def _table(element: Element, path: str, table: int, walk: _Walk) -> None:
    rows: list[tuple[Element, str]] = []
    counts: dict[str, int] = {}
    for child in element.children:
        if not isinstance(child, Element):
            continue
        counts[child.tag] = counts.get(child.tag, 0) + 1
        child_path = f"{path}/{child.tag}[{counts[child.tag]}]"
        if child.tag == "tr":
            rows.append((child, child_path))
        elif child.tag in _TABLE_PARTS:
            inner: dict[str, int] = {}
            for row in child.children:
                if isinstance(row, Element) and row.tag == "tr":
                    inner["tr"] = inner.get("tr", 0) + 1
                    rows.append((row, f"{child_path}/tr[{inner['tr']}]"))
        elif child.tag == "caption":
            walk.blocks.append(_leaf(child, PARAGRAPH, 0, child_path))
    for row_number, (row, row_path) in enumerate(rows, 1):
        column = 0
        cell_counts: dict[str, int] = {}
        for cell in row.children:
            if isinstance(cell, Element) and cell.tag in ("td", "th"):
                column += 1
                cell_counts[cell.tag] = cell_counts.get(cell.tag, 0) + 1
                cell_path = f"{row_path}/{cell.tag}[{cell_counts[cell.tag]}]"
                walk.blocks.append(
                    _make(CELL, 0, cell_path, cell.children, cell, None, "", (table, row_number, column))
                )


def _leaf(element: Element, kind: str, level: int, path: str) -> Block:
    return _make(kind, level, path, element.children, element)


def _make(
    kind: str,
    level: int,
    path: str,
    nodes: list[Node],
    element: Element,
    own: tuple[Node, ...] | None = None,
    list_type: str = "",
    place: tuple[int, int, int] = (0, 0, 0),
) -> Block:
    text, links, notranslate = _read(nodes)
    return Block(kind, level, path, text, links, notranslate, list_type, *place, element, own)


def same_markup(a: Block, b: Block) -> bool:
    """True when the two blocks' own markup (tags, attributes, text) is the same."""
    stack: list[tuple[Node, Node]] = [(a.element, b.element)]
    if a.own is not None or b.own is not None:
        left, right = a.own or (), b.own or ()
        if len(left) != len(right):
            return False
        stack = list(zip(left, right, strict=True))
    while stack:
        one, other = stack.pop()
        if isinstance(one, Element) and isinstance(other, Element):
            if one.tag != other.tag or one.attrs != other.attrs or len(one.children) != len(other.children):
                return False
            stack.extend(zip(one.children, other.children, strict=True))
        elif one != other:
            return False
    return True


def _read(nodes: list[Node]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Plain text, link targets and ``notranslate`` texts of ``nodes`` in one walk."""
    if len(nodes) == 1 and isinstance(nodes[0], str):  # a block of plain text only (most blocks)
        return " ".join(nodes[0].split()), (), ()
    parts: list[str] = []
    links: list[str] = []
    notranslate: list[str] = []
    stack: list[Node] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        elif isinstance(node, Element):
            tag = node.tag
            if tag in _SPACED:
                parts.append(" ")
            if tag == "a" and "href" in node.attrs:
                links.append(node.attrs["href"].strip())
            if node.attrs and _is_notranslate(node):
                notranslate.append(_text(node.children))
            if tag not in ("script", "style"):
                stack.extend(reversed(node.children))
    return " ".join("".join(parts).split()), tuple(links), tuple(notranslate)


def _is_notranslate(element: Element) -> bool:
    classes = element.attrs.get("class", "").split()
    return "notranslate" in classes or element.attrs.get("translate", "").lower() == "no"


def _text(nodes: list[Node]) -> str:
    parts: list[str] = []
    stack: list[Node] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        elif isinstance(node, Element):
            if node.tag in _SPACED:
                parts.append(" ")
            if node.tag not in ("script", "style"):
                stack.extend(reversed(node.children))
    return " ".join("".join(parts).split())  # the same as collapsing ``\s+`` and stripping, faster


def align(source: Sequence[Block], target: Sequence[Block], *, same_language: bool = False) -> list[Pair]:
    """Pair ``source`` and ``target`` blocks in order, gaps where one side has no block
    (:func:`editor.text.alignment.align`)."""
    from editor.text.alignment import align as _align

    return _align(source, target, same_language=same_language)
