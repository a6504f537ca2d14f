"""Write the surface's block model as HTML (canonical, or a block's original HTML where unchanged)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from editor.text.normal_form import escape_attribute, escape_text
from editor.text.surface.model import (
    Atom,
    Block,
    Inline,
    ListBlock,
    ProtectedBlock,
    QuoteBlock,
    Run,
    TableBlock,
    TableCell,
    Tag,
    TextBlock,
)
from editor.text.surface.source import source_matches


@lru_cache(maxsize=4096)
def start_tag(tag: Tag) -> str:
    """``<name a="…">`` with attributes sorted by name, as the normal form writes them."""
    attributes = "".join(f' {name}="{escape_attribute(value)}"' for name, value in sorted(tag.attrs))
    return f"<{tag.name}{attributes}>"


def inline_html(content: Sequence[Inline]) -> str:
    """The HTML of inline content: marks become nested elements, atoms their exact HTML."""
    out: list[str] = []
    _write_inline(content, 0, out)
    return "".join(out)


def _write_inline(items: Sequence[Inline], depth: int, out: list[str]) -> None:
    index = 0
    while index < len(items):
        item = items[index]
        if len(item.marks) > depth:
            mark = item.marks[depth]
            end = index + 1
            while end < len(items) and _inside(items[end], depth, mark.key):
                end += 1
            out.append(start_tag(mark.tag))
            _write_inline(items[index:end], depth + 1, out)
            out.append(f"</{mark.tag.name}>")
            index = end
            continue
        out.append(escape_text(item.text) if isinstance(item, Run) else item.html)
        index += 1


def _inside(item: Inline, depth: int, key: int) -> bool:
    return len(item.marks) > depth and item.marks[depth].key == key


def _wrap(tag: Tag | None, inner: str) -> str:
    return inner if tag is None else f"{start_tag(tag)}{inner}</{tag.name}>"


def _list_html(block: ListBlock) -> str:
    items = [
        _wrap(
            item.tag,
            "".join(block_html(paragraph) for paragraph in item.paragraphs)
            + inline_html(item.content)
            + "".join(_list_html(sub) for sub in item.sublists),
        )
        for item in block.items
    ]
    return _wrap(block.tag, "".join(items))


def _cell_html(cell: TableCell) -> str:
    return _wrap(cell.tag, inline_html(cell.content) + "".join(block_html(block) for block in cell.blocks))


def _table_html(block: TableBlock) -> str:
    sections = []
    for section in block.sections:
        rows = [_wrap(row.tag, "".join(_cell_html(cell) for cell in row.cells)) for row in section.rows]
        sections.append(_wrap(section.tag, "".join(rows)))
    return _wrap(block.tag, "".join(sections))


def block_html(block: Block) -> str:
    """The canonical HTML of ``block``'s model (what the normal form of its element is)."""
    if isinstance(block, TextBlock):
        return _wrap(block.tag, inline_html(block.content))
    if isinstance(block, ListBlock):
        return _list_html(block)
    if isinstance(block, TableBlock):
        return _table_html(block)
    if isinstance(block, QuoteBlock):
        return _wrap(block.tag, "".join(block_html(child) for child in block.children))
    return block.html


def unchanged(block: Block) -> bool:
    """True when ``block``'s model still writes the HTML it was parsed from."""
    return bool(block.original) and block_html(block) == block.original


def written_html(block: Block) -> str:
    """``block`` as it is saved: its original source when unchanged (and verified), else canonical."""
    html = block_html(block)
    if block.source and html == block.original and source_matches(block.source, html):
        return block.source
    return html


def to_html(blocks: Sequence[Block], *, wrap: bool | tuple[str, str] = False) -> str:
    """The page's HTML: blocks one per line (no line next to bare inline content, where it would count).

    ``wrap`` puts the page's wrapper back around it, as the page came: True the CMS's own ``<div>``
    (the normal form ignores it), a pair the start and end tags ``from_html.wrapper_tags`` names.
    """
    out: list[str] = []
    previous_bare = True
    for block in blocks:
        bare = isinstance(block, TextBlock) and block.tag is None
        if out and not bare and not previous_bare:
            out.append("\n")
        out.append(written_html(block))
        previous_bare = bare
    start, end = ("<div>", "</div>") if wrap is True else (wrap or ("", ""))
    return f"{start}{''.join(out)}{end}" if out else ""


__all__ = ["Atom", "ProtectedBlock", "block_html", "inline_html", "to_html", "unchanged", "written_html"]
