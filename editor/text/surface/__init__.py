"""The editing surface's block model: CMS HTML as blocks a person edits, mapped back without loss.

``from_html`` splits a page into top-level blocks, each with its original HTML and a model of what a
person sees (paragraphs, headings, lists, tables, quotes with inline runs of marked text, and protected
atoms for what a person does not type). ``to_html`` writes a model back; a block whose model did not
change is written as its original HTML, byte for byte. See docs/decisions/0011-editing-surface.md.
"""

from __future__ import annotations

from editor.text.surface.from_html import from_html
from editor.text.surface.model import (
    Atom,
    Block,
    ListBlock,
    ListItem,
    Mark,
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
from editor.text.surface.to_html import block_html, inline_html, to_html

__all__ = [
    "Atom",
    "Block",
    "ListBlock",
    "ListItem",
    "Mark",
    "ProtectedBlock",
    "QuoteBlock",
    "Run",
    "TableBlock",
    "TableCell",
    "TableRow",
    "TableSection",
    "Tag",
    "TextBlock",
    "block_html",
    "from_html",
    "inline_html",
    "to_html",
]
