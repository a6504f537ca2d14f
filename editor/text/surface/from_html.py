"""Parse CMS HTML into the surface's block model, checked block by block against the normal form.

Every block's model is written back at once and compared with the canonical HTML of the element it came
from; a block the model cannot hold exactly becomes a :class:`ProtectedBlock` holding that HTML. Inline
content the model cannot hold becomes an :class:`Atom`. So the mapping is lossless by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.text.normal_form import BLOCK_LEVEL, Comment, Element, Node, parse_fragment, serialize
from editor.text.surface.model import (
    Atom,
    Block,
    Inline,
    ListBlock,
    ListItem,
    Mark,
    Marks,
    ProtectedBlock,
    QuoteBlock,
    Run,
    TableBlock,
    TableCell,
    TableRow,
    TableSection,
    Tag,
    TextBlock,
)
from editor.text.surface.source import cms_wrapped, top_level_sources
from editor.text.surface.to_html import block_html, start_tag

#: Inline elements whose text a person edits (they become marks on runs of text).
MARK_TAGS = frozenset(
    "a abbr b bdi bdo cite code del dfn em i ins kbd mark q s samp small span strong sub sup u var".split()
)
_INLINE_TOP = MARK_TAGS | {"br", "img"}
TEXT_TAGS = frozenset("p h1 h2 h3 h4 h5 h6".split())
#: Blocks of text a person edits: paragraphs, headings, and a ``div`` holding only inline content.
EDITABLE_TEXT_TAGS = TEXT_TAGS | {"div"}
#: Containers of paragraphs and headings (``div`` wrappers other than the CMS's own, quotes, sections).
CONTAINER_TAGS = frozenset("blockquote div section article aside".split())
_SECTIONS = frozenset(("thead", "tbody", "tfoot"))
LABEL_LIMIT = 40
_TAG_NAME = re.compile(r"<([^\s/>]+)")
#: Deeper nesting (of lists, of inline elements) stays a protected atom or block.
MAX_DEPTH = 24


def tag_of(element: Element) -> Tag:
    """The element's tag with its attributes."""
    return Tag.of(element.tag, element.attrs)


def text_of(node: Node) -> str:
    """The text inside ``node``, whitespace collapsed."""
    parts: list[str] = []
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            parts.append(current)
        elif isinstance(current, Element):
            if current.tag in BLOCK_LEVEL or current.tag == "br":
                parts.append(" ")
            stack.extend(reversed(current.children))
    return " ".join("".join(parts).split())


def _short(text: str) -> str:
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"


def is_notranslate(element: Element) -> bool:
    """The CMS's ``notranslate`` span (or any span marked ``translate="no"``)."""
    classes = element.attrs.get("class", "").split()
    return element.tag == "span" and ("notranslate" in classes or element.attrs.get("translate") == "no")


def _is_block_element(node: Node) -> bool:
    return isinstance(node, Element) and node.tag in BLOCK_LEVEL


def _has_block(element: Element) -> bool:
    stack = list(element.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Element):
            if node.tag in BLOCK_LEVEL:
                return True
            stack.extend(node.children)
    return False


# --------------------------------------------------------------------------------------------------------
# Inline content


def atom_of(node: Element | Comment, marks: Marks = ()) -> Atom:
    """The protected atom for an inline node the model does not edit."""
    html = serialize(node)
    if isinstance(node, Comment):
        return Atom("unknown", html, "comment", marks)
    if node.tag == "br":
        return Atom("break", html, "", marks)
    if node.tag == "img":
        src = node.attrs.get("src", "")
        name = node.attrs.get("alt") or src.rstrip("/").rsplit("/", 1)[-1] or "image"
        return Atom("image", html, _short(name), marks)
    if is_notranslate(node):
        return Atom("notranslate", html, text_of(node), marks)
    return Atom("unknown", html, _short(text_of(node)) or node.tag, marks)


def parse_inline(nodes: list[Node], marks: Marks = ()) -> list[Inline]:
    """Inline nodes as runs and atoms (block-level elements inside become atoms too)."""
    out: list[Inline] = []
    _parse_inline(nodes, marks, out)
    return out


def _parse_inline(nodes: list[Node], marks: Marks, out: list[Inline]) -> None:
    # recursive: marks nest at most MAX_DEPTH deep, deeper elements are atoms
    for node in nodes:
        if isinstance(node, str):
            out.append(Run(node, marks))
        elif (
            isinstance(node, Element)
            and node.tag in MARK_TAGS
            and node.children
            and len(marks) < MAX_DEPTH
            and not is_notranslate(node)
            and not _has_block(node)
        ):
            _parse_inline(node.children, (*marks, Mark(tag_of(node))), out)
        else:
            out.append(atom_of(node, marks))


# --------------------------------------------------------------------------------------------------------
# Blocks


def _text_block(element: Element) -> TextBlock | None:
    if any(isinstance(child, Element) and child.tag in BLOCK_LEVEL for child in element.children):
        return None
    return TextBlock(tag_of(element), parse_inline(element.children))


def _list_block(element: Element, depth: int = 0) -> ListBlock | None:
    if depth > MAX_DEPTH:
        return None
    block = ListBlock(tag_of(element))
    for child in element.children:
        if not isinstance(child, Element) or child.tag != "li":
            return None
        blocks = [i for i, node in enumerate(child.children) if _is_block_element(node)]
        split = blocks[0] if blocks else len(child.children)
        item = ListItem(tag_of(child), parse_inline(child.children[:split]))
        if split == 0 and blocks:  # a loose item: paragraphs first (then nested lists)
            paragraphs = _paragraphs(child.children)
            item.content, item.paragraphs = [], paragraphs
            split = len(paragraphs)
        for nested in child.children[split:]:
            if not isinstance(nested, Element) or nested.tag not in ("ul", "ol"):
                return None
            sub = _list_block(nested, depth + 1)
            if sub is None:
                return None
            item.sublists.append(sub)
        block.items.append(item)
    return block


def _paragraphs(nodes: list[Node]) -> list[TextBlock]:
    """The leading ``p`` elements of ``nodes`` (holding inline content only) as text blocks."""
    out: list[TextBlock] = []
    for node in nodes:
        if not isinstance(node, Element) or node.tag != "p":
            break
        text = _text_block(node)
        if text is None:
            break
        out.append(text)
    return out


def _table_cell(element: Element) -> TableCell | None:
    """A cell of inline content, or of blocks only: paragraphs, headings, ``div``s of text and lists.
    None for anything else (text beside blocks, a table in the cell), which keeps the table a chip."""
    if not _has_block(element):
        return TableCell(tag_of(element), parse_inline(element.children))
    cell = TableCell(tag_of(element))
    for child in element.children:
        block: TextBlock | ListBlock | None = None
        if isinstance(child, Element) and child.tag in EDITABLE_TEXT_TAGS:
            block = _text_block(child)
        elif isinstance(child, Element) and child.tag in ("ul", "ol"):
            block = _list_block(child)
        if block is None:
            return None
        cell.blocks.append(block)
    return cell


def _rows(nodes: list[Node]) -> list[TableRow] | None:
    rows = []
    for node in nodes:
        if not isinstance(node, Element) or node.tag != "tr":
            return None
        row = TableRow(tag_of(node))
        for cell in node.children:
            if not isinstance(cell, Element) or cell.tag not in ("td", "th"):
                return None
            model = _table_cell(cell)
            if model is None:
                return None
            row.cells.append(model)
        if not row.cells:
            return None
        rows.append(row)
    return rows


def _table_block(element: Element) -> TableBlock | None:
    block = TableBlock(tag_of(element))
    loose: list[Node] = []
    for child in [*element.children, None]:
        if isinstance(child, Element) and child.tag == "tr":
            loose.append(child)
            continue
        if loose:
            rows = _rows(loose)
            if rows is None:
                return None
            block.sections.append(TableSection(None, rows))
            loose = []
        if child is None:
            break
        if not isinstance(child, Element) or child.tag not in _SECTIONS:
            return None
        rows = _rows(child.children)
        if not rows:
            return None
        block.sections.append(TableSection(tag_of(child), rows))
    return block if block.sections else None


def _quote_block(element: Element) -> QuoteBlock | None:
    block = QuoteBlock(tag_of(element))
    for child in element.children:
        if not isinstance(child, Element) or child.tag not in TEXT_TAGS:
            return None
        text = _text_block(child)
        if text is None:
            return None
        block.children.append(text)
    return block if block.children else None


def protected_block(element: Element, html: str) -> ProtectedBlock:
    """A contact card, a rule or an unknown block, kept as ``html``."""
    text = text_of(element)
    if element.tag == "div" and "data-contact-id" in element.attrs:
        name, details = contact_summary(element)
        return ProtectedBlock("contact", html, name or element.attrs["data-contact-id"], details)
    if element.tag == "hr":
        return ProtectedBlock("rule", html, "", "")
    return ProtectedBlock("unknown", html, element.tag, text)


def _hidden(node: Node) -> bool:
    return isinstance(node, Element) and "display:none" in node.attrs.get("style", "").replace(" ", "")


def _visible_children(element: Element) -> list[Node]:
    return [child for child in element.children if not _hidden(child)]


def contact_summary(card: Element) -> tuple[str, str]:
    """A contact card's name (its heading, else its first text) and its details (address, e-mail …)."""
    visible = Element(card.tag, {}, _visible_children(card))
    heading = next(
        (node for node in _walk(visible) if isinstance(node, Element) and node.tag in TEXT_TAGS - {"p"}),
        None,
    )
    name = text_of(heading) if heading is not None else ""
    items = [
        text_of(node) for node in _walk(visible) if isinstance(node, Element) and node.tag in ("li", "p")
    ]
    details = " · ".join(item for item in items if item and item != name)
    if not name:
        name, _, details = (details or text_of(visible)).partition(" · ")
    return name, details


def _walk(root: Element) -> list[Node]:
    out: list[Node] = []
    stack: list[Node] = list(reversed(root.children))
    while stack:
        node = stack.pop()
        out.append(node)
        if isinstance(node, Element):
            stack.extend(reversed(node.children))
    return out


def _modelled(element: Element) -> Block | None:
    if element.tag in TEXT_TAGS:
        return _text_block(element)
    if element.tag in ("ul", "ol"):
        return _list_block(element)
    if element.tag == "table":
        return _table_block(element)
    if element.tag == "div" and "data-contact-id" in element.attrs:
        return None
    if element.tag == "div" and not any(_is_block_element(child) for child in element.children):
        return _text_block(element)
    if element.tag in CONTAINER_TAGS:
        return _quote_block(element)
    return None


def parse_block(element: Element) -> Block:
    """One top-level element as a block; a protected block when the model would not write it exactly."""
    html = serialize(element)
    block = _modelled(element)
    if block is None or block_html(block) != html:
        block = protected_block(element, html)
    block.original = html
    return block


def from_html(html: str, *, sources: bool = True) -> list[Block]:
    """The page ``html`` as top-level blocks (raises ContentError for what HTML cannot hold).

    ``sources=False`` leaves out finding each block's original HTML (:func:`attach_sources`, needed
    only to write an edited page back): the surface does it when a page is first read back.
    """
    root = parse_fragment(html)
    wrapper = _page_wrapper(root)
    blocks = list(_blocks(root if wrapper is None else wrapper))
    if sources:
        attach_sources(html, blocks)
    return blocks


def _page_wrapper(root: Element) -> Element | None:
    """The one ``div`` with attributes around a whole page (``<div dir="rtl">``, as the CMS stores many
    right-to-left pages) that the model holds only block by block: a heading, paragraphs *and* a list
    or a table. The surface shows its blocks and writes them back inside it (:func:`wrapper_tags`).
    None for anything else: a div the model holds as one block (inline text, paragraphs only), a
    contact card, several top-level elements."""
    if len(root.children) != 1:
        return None
    only = root.children[0]
    if not isinstance(only, Element) or only.tag != "div" or "data-contact-id" in only.attrs:
        return None
    if not any(_is_block_element(child) for child in only.children):
        return None
    block = _modelled(only)
    if block is not None and block_html(block) == serialize(only):
        return None
    return only


def wrapper_tags(html: str) -> tuple[str, str]:
    """The start and end tags :func:`from_html` took off the page ``html``, to write its blocks back in:
    the CMS's own ``<div>``, an attributed page wrapper (:func:`_page_wrapper`, written canonically),
    both, or neither (``("", "")``)."""
    start, end = ("<div>", "</div>") if cms_wrapped(html) else ("", "")
    if html.lstrip()[:4].lower() != "<div":
        return start, end
    wrapper = _page_wrapper(parse_fragment(html))
    if wrapper is not None:
        start, end = start + start_tag(tag_of(wrapper)), "</div>" + end
    return start, end


def attach_sources(html: str, blocks: list[Block]) -> None:
    """Give each top-level element's block its original HTML in ``html`` (the page it was parsed from).

    Where the scan cannot tell, ``source`` stays "" and the block is written in its canonical form.
    """
    tags: list[str] = []
    owners: list[Block | None] = []  # the block each top-level element became (None: inside bare content)
    for block in blocks:
        if isinstance(block, TextBlock) and block.tag is None:
            names = _bare_element_tags(block)
            tags += names
            owners += [None] * len(names)
        else:
            tags.append(_TAG_NAME.match(block.original).group(1))  # type: ignore[union-attr]
            owners.append(block)
    for owner, source in zip(owners, top_level_sources(html, tags) or [], strict=False):
        if owner is not None:
            owner.source = source


def _bare_element_tags(block: TextBlock) -> list[str]:
    """The names of the elements straight in bare inline content: outermost marks and element atoms."""
    names: list[str] = []
    last_key = 0
    for item in block.content:
        if item.marks:
            if item.marks[0].key != last_key:
                last_key = item.marks[0].key
                names.append(item.marks[0].tag.name)
            continue
        last_key = 0
        if isinstance(item, Atom) and item.html.startswith("<") and not item.html.startswith("<!"):
            names.append(_TAG_NAME.match(item.html).group(1))  # type: ignore[union-attr]
    return names


def _blocks(root: Element) -> Iterator[Block]:
    bare: list[Node] = []
    for child in root.children:
        if isinstance(child, Element) and (child.tag in BLOCK_LEVEL or child.tag not in _INLINE_TOP):
            if bare:
                yield _bare_block(bare)
                bare = []
            yield parse_block(child)
        else:
            bare.append(child)
    if bare:
        yield _bare_block(bare)


def _bare_block(nodes: list[Node]) -> TextBlock:
    """Inline content straight at the top level (no paragraph around it)."""
    block = TextBlock(None, parse_inline(nodes))
    block.original = block_html(block)
    return block
