"""The surface's block model: plain dataclasses, no Qt.

A page is a list of top-level blocks. Each block remembers its ``source`` (the HTML it was parsed from,
exactly as stored) and ``original`` (the canonical HTML of its model when it was parsed); a block whose
model still writes ``original`` is written back as ``source``. Inline content is a flat list of runs of
text and atoms, each carrying the stack of marks (inline elements, outermost first) it sits in. A mark
is one element *instance* (``key``), so ``<b>a</b><b>b</b>`` stays two elements.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

_keys = itertools.count(1)

Attrs = tuple[tuple[str, str], ...]


def new_key() -> int:
    """A fresh identity for a mark or an atom."""
    return next(_keys)


@dataclass(frozen=True, slots=True)
class Tag:
    """An element's name and its attributes (sorted by name)."""

    name: str
    attrs: Attrs = ()

    @staticmethod
    def of(name: str, attrs: dict[str, str] | None = None) -> Tag:
        """A tag with ``attrs`` sorted by name."""
        return Tag(name, tuple(sorted((attrs or {}).items())))

    def get(self, name: str, default: str = "") -> str:
        """The value of attribute ``name``."""
        return next((value for key, value in self.attrs if key == name), default)

    def without(self, *names: str) -> Tag:
        """This tag without the attributes ``names``."""
        return Tag(self.name, tuple((k, v) for k, v in self.attrs if k not in names))

    def with_attr(self, name: str, value: str) -> Tag:
        """This tag with attribute ``name`` set to ``value``."""
        kept = {**dict(self.attrs), name: value}
        return Tag.of(self.name, kept)


@dataclass(frozen=True, slots=True)
class Mark:
    """One inline element instance (``strong``, ``a``, ``span dir`` …) that text sits in."""

    tag: Tag
    key: int = field(default_factory=new_key, compare=False)


Marks = tuple[Mark, ...]


@dataclass(slots=True)
class Run:
    """A run of text inside ``marks`` (outermost first)."""

    text: str
    marks: Marks = ()


@dataclass(slots=True)
class Atom:
    """Inline content a person does not type: shown as a protected chip, written as ``html``.

    ``kind`` is ``notranslate``, ``break``, ``image`` or ``unknown``; ``label`` is what the chip shows.
    """

    kind: str
    html: str
    label: str
    marks: Marks = ()
    key: int = field(default_factory=new_key)


Inline = Run | Atom


@dataclass(slots=True)
class TextBlock:
    """A paragraph, a heading (``h1``–``h6``) or bare inline content (``tag`` None)."""

    tag: Tag | None
    content: list[Inline] = field(default_factory=list)
    source: str = ""
    original: str = ""

    @property
    def heading_level(self) -> int:
        """1–6 for a heading, 0 otherwise."""
        name = self.tag.name if self.tag else ""
        return int(name[1]) if len(name) == 2 and name[0] == "h" and name[1] in "123456" else 0


@dataclass(slots=True)
class ListItem:
    """An ``li``: its inline text (or its paragraphs), then the lists nested in it.

    A *loose* item (``<li><p>…</p><p>…</p></li>``) holds ``paragraphs`` and no ``content``.
    """

    tag: Tag
    content: list[Inline] = field(default_factory=list)
    sublists: list[ListBlock] = field(default_factory=list)
    paragraphs: list[TextBlock] = field(default_factory=list)


@dataclass(slots=True)
class ListBlock:
    """A ``ul`` or ``ol`` with its items."""

    tag: Tag
    items: list[ListItem] = field(default_factory=list)
    source: str = ""
    original: str = ""

    @property
    def ordered(self) -> bool:
        """True for ``ol``."""
        return self.tag.name == "ol"


@dataclass(slots=True)
class TableCell:
    """A ``td`` or ``th``: its inline content, or its blocks.

    A cell holding block content (``<td><p>…</p><ul>…</ul></td>``) has ``blocks`` (paragraphs, headings,
    lists) and no ``content``.
    """

    tag: Tag
    content: list[Inline] = field(default_factory=list)
    blocks: list[TextBlock | ListBlock] = field(default_factory=list)


@dataclass(slots=True)
class TableRow:
    """A ``tr``."""

    tag: Tag
    cells: list[TableCell] = field(default_factory=list)


@dataclass(slots=True)
class TableSection:
    """``thead``/``tbody``/``tfoot`` (``tag`` None: rows directly in the table)."""

    tag: Tag | None
    rows: list[TableRow] = field(default_factory=list)


@dataclass(slots=True)
class TableBlock:
    """A ``table`` with sections, rows and cells."""

    tag: Tag
    sections: list[TableSection] = field(default_factory=list)
    source: str = ""
    original: str = ""

    @property
    def rows(self) -> list[TableRow]:
        """All rows, in order."""
        return [row for section in self.sections for row in section.rows]


def new_table(rows: int, columns: int, *, header: bool) -> TableBlock:
    """An empty table of ``rows`` × ``columns`` cells, as the CMS's editor makes one: rows in a
    ``tbody``; with ``header`` the first row is a ``thead`` row of ``th`` cells."""
    if rows < 1 or columns < 1:
        raise ValueError(f"a table needs at least one row and one column, not {rows} × {columns}")

    def row(cell: str) -> TableRow:
        return TableRow(Tag("tr"), [TableCell(Tag(cell)) for _ in range(columns)])

    sections = [TableSection(Tag("thead"), [row("th")])] if header else []
    body = [row("td") for _ in range(rows - 1 if header else rows)]
    if body:
        sections.append(TableSection(Tag("tbody"), body))
    return TableBlock(Tag("table"), sections)


@dataclass(slots=True)
class QuoteBlock:
    """A ``blockquote`` holding paragraphs and headings."""

    tag: Tag
    children: list[TextBlock] = field(default_factory=list)
    source: str = ""
    original: str = ""


@dataclass(slots=True)
class ProtectedBlock:
    """A block a person does not type (contact card, rule, unknown): kept as ``html``, shown as a card.

    ``kind`` is ``contact``, ``rule`` or ``unknown``; ``label`` names it and ``text`` is the text it holds.
    """

    kind: str
    html: str
    label: str
    text: str = ""
    source: str = ""
    original: str = ""
    key: int = field(default_factory=new_key)


Block = TextBlock | ListBlock | TableBlock | QuoteBlock | ProtectedBlock
