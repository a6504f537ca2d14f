"""Paragraphs of a conflict: split CMS HTML into blocks and line up base, mine and theirs (Qt-free).

A *block* is one top-level block element of the normal form (:mod:`editor.text.normal_form`: the CMS's
own ``div`` wrapper is dropped), or a run of top-level inline content. Blocks are compared in their
canonical serialisation, so attribute order and the wrapper never show up as differences.

:func:`align` pairs mine with theirs (``difflib``) and attaches the base blocks each side came from, so a
conflict reads row by row; each :class:`ParagraphRow` knows which side changed and proposes a default:
the side that changed, or mine when both did.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from difflib import SequenceMatcher

from editor.text.normal_form import BLOCK_LEVEL, FRAGMENT, Element, Node, parse_fragment, serialize


class Side(enum.Enum):
    """Which version a paragraph row takes."""

    MINE = "mine"
    THEIRS = "theirs"


def split_blocks(html: str) -> list[str]:
    """The top-level blocks of ``html`` as canonical HTML strings (inline runs grouped into one block)."""
    root = parse_fragment(html)
    blocks: list[str] = []
    inline: list[Node] = []

    def flush() -> None:
        if inline:
            text = serialize(Element(FRAGMENT, children=list(inline)))
            if text.strip():
                blocks.append(text)
            inline.clear()

    for child in root.children:
        if isinstance(child, Element) and child.tag in BLOCK_LEVEL:
            flush()
            blocks.append(serialize(child))
        else:
            inline.append(child)
    flush()
    return blocks


@dataclass(frozen=True)
class ParagraphRow:
    """One row of the conflict view: the base blocks and each side's blocks at that place."""

    base: tuple[str, ...]
    mine: tuple[str, ...]
    theirs: tuple[str, ...]

    @property
    def agreed(self) -> bool:
        """Both sides hold the same text here: nothing to choose."""
        return self.mine == self.theirs

    @property
    def both_changed(self) -> bool:
        """Both sides changed this place differently: a real conflict the user must look at."""
        return not self.agreed and self.mine != self.base and self.theirs != self.base

    @property
    def default_side(self) -> Side:
        """The side that changed (theirs when only the server changed), else mine."""
        if not self.agreed and self.mine == self.base:
            return Side.THEIRS
        return Side.MINE

    def side(self, side: Side) -> tuple[str, ...]:
        """The blocks of ``side``."""
        return self.mine if side is Side.MINE else self.theirs


def align(base_html: str, mine_html: str, theirs_html: str) -> list[ParagraphRow]:
    """Line up the blocks of the three versions, row by row (see the module docstring)."""
    base, mine, theirs = split_blocks(base_html), split_blocks(mine_html), split_blocks(theirs_html)
    from_base_mine = _origins(base, mine)
    from_base_theirs = _origins(base, theirs)
    used: set[int] = set()
    rows: list[ParagraphRow] = []
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            pairs = [((i, i + 1), (j, j + 1)) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
        else:
            pairs = [((i1, i2), (j1, j2))]
        for (a1, a2), (b1, b2) in pairs:
            origin = {k for i in range(a1, a2) for k in from_base_mine.get(i, ())}
            origin |= {k for j in range(b1, b2) for k in from_base_theirs.get(j, ())}
            fresh = sorted(origin - used)
            used.update(fresh)
            rows.append(ParagraphRow(tuple(base[k] for k in fresh), tuple(mine[a1:a2]), tuple(theirs[b1:b2])))
    return rows


def _origins(base: list[str], other: list[str]) -> dict[int, tuple[int, ...]]:
    """For each block of ``other``, the base blocks it matches or replaced."""
    found: dict[int, tuple[int, ...]] = {}
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                found[j] = (i,)
        elif tag == "replace":
            for j in range(j1, j2):
                found[j] = tuple(range(i1, i2))
    return found
