"""Paragraphs of a conflict: split CMS HTML into blocks and line up base, mine and theirs (Qt-free).

A *block* is one top-level block element of the normal form (:mod:`editor.text.normal_form`: the CMS's
own ``div`` wrapper is dropped), or a run of top-level inline content. Blocks are compared in their
canonical serialisation, so attribute order and the wrapper never show up as differences.

:func:`align` lines each side up with the base (``difflib``): a row per base block with what each side
made of it, plus rows for the blocks a side inserted, so a conflict reads row by row. Each
:class:`ParagraphRow` knows which side changed and proposes a default: the side that changed, or mine
when both did.
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
    """Line up the blocks of the three versions, row by row, along the base (see the module docstring).

    Each base block gets a row with what each side made of it (nothing when deleted); blocks a side
    inserted get rows at their place, paired with what the other side inserted there.
    """
    base, mine, theirs = split_blocks(base_html), split_blocks(mine_html), split_blocks(theirs_html)
    mine_at, mine_new = _anchor(base, mine)
    theirs_at, theirs_new = _anchor(base, theirs)
    rows: list[ParagraphRow] = []
    for gap in range(len(base) + 1):
        inserted_mine = [mine[j] for j in mine_new.get(gap, [])]
        inserted_theirs = [theirs[j] for j in theirs_new.get(gap, [])]
        rows.extend(_pair((), inserted_mine, inserted_theirs))
        if gap < len(base):
            mine_part = (mine[mine_at[gap]],) if gap in mine_at else ()
            theirs_part = (theirs[theirs_at[gap]],) if gap in theirs_at else ()
            rows.append(ParagraphRow((base[gap],), mine_part, theirs_part))
    return rows


def _anchor(base: list[str], other: list[str]) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Which ``other`` block stands for each base block, and which were inserted before base block k."""
    at: dict[int, int] = {}
    inserted: dict[int, list[int]] = {}
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        paired = min(i2 - i1, j2 - j1)
        for k in range(paired):
            at[i1 + k] = j1 + k
        if j2 - j1 > paired:
            inserted.setdefault(i1 + paired, []).extend(range(j1 + paired, j2))
    return at, inserted


def _pair(base: tuple[str, ...], mine: list[str], theirs: list[str]) -> list[ParagraphRow]:
    """Rows for blocks both sides inserted at the same place: equal ones agree, the rest side by side."""
    rows: list[ParagraphRow] = []
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or i2 - i1 == j2 - j1:
            rows += [
                ParagraphRow(base, (mine[i],), (theirs[j],))
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
        else:
            rows.append(ParagraphRow(base, tuple(mine[i1:i2]), tuple(theirs[j1:j2])))
    return rows
