"""Align two block lists: structure-aware anchors, then a Needleman–Wunsch alignment with gaps.

Used for a source and its translation (``same_language=False``: kind, level, list and table shape,
numbers, links, ``notranslate`` texts and the length ratio decide) and for two versions of one text
(``same_language=True``: the words themselves count most). Steps:

1. **Anchors**: blocks whose text (same language) or signature (kind, numbers, links, ``notranslate``)
   is unique on both sides and equal are paired; the longest chain of such pairs that keeps the order
   of both sides is kept.
2. **Between anchors** a Needleman–Wunsch alignment with a constant gap cost pairs the rest; a pair
   is only taken where it scores better than leaving both blocks unpaired. Long stretches are aligned
   within a band around the diagonal, so a 5,000-word page aligns in milliseconds.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from editor.text.segments import CELL, HEADING, ITEM, OTHER, Block

GAP = -1.0
_BAND_CELLS = 20_000
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Pair:
    """One row of an alignment: a source block, a target block, or both.

    ``source_index``/``target_index`` index the input lists (None for a gap on that side).
    """

    source: Block | None
    target: Block | None
    source_index: int | None
    target_index: int | None

    @property
    def is_gap(self) -> bool:
        """True when one side has no block here."""
        return self.source is None or self.target is None


@dataclass(frozen=True, slots=True)
class _Features:
    kind: str
    level: int
    list_type: str
    cell: tuple[int, int]
    numbers: frozenset[str]
    links: frozenset[str]
    notranslate: frozenset[str]
    length: int
    text: str
    words: frozenset[str]
    next_kind: str


def align(source: Sequence[Block], target: Sequence[Block], *, same_language: bool = False) -> list[Pair]:
    """Pair ``source`` and ``target`` blocks in order; unpaired blocks appear as gaps (see module)."""
    left = _features(source)
    right = _features(target)
    total_left = sum(f.length for f in left) or 1
    ratio = (sum(f.length for f in right) or 1) / total_left
    anchors = _anchors(left, right, same_language)
    pairs: list[tuple[int | None, int | None]] = []
    start_i = start_j = 0
    for i, j in [*anchors, (len(left), len(right))]:
        pairs += _between(left, right, start_i, i, start_j, j, ratio, same_language)
        if i < len(left):
            pairs.append((i, j))
        start_i, start_j = i + 1, j + 1
    return [
        Pair(source[i] if i is not None else None, target[j] if j is not None else None, i, j)
        for i, j in pairs
    ]


def similarity(source: Block, target: Block, *, same_language: bool = False) -> float:
    """The pair score :func:`align` uses (above ``-2`` a pair beats two gaps); for tests and the UI."""
    left, right = _features([source])[0], _features([target])[0]
    return _score(left, right, 1.0, same_language)


def _features(blocks: Sequence[Block]) -> list[_Features]:
    out: list[_Features] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1].kind if index + 1 < len(blocks) else ""
        out.append(
            _Features(
                block.kind,
                block.level,
                block.list_type,
                (block.row, block.column),
                frozenset(block.numbers),
                frozenset(_link_key(link) for link in block.links),
                frozenset(block.notranslate),
                len(block.text),
                block.text,
                frozenset(w.lower() for w in _WORD.findall(block.text)),
                following,
            )
        )
    return out


def _link_key(href: str) -> str:
    """Links compare by target; page links in another language differ anyway, so keep the host only
    for internal pages and the whole address for the rest."""
    return href.rstrip("/").lower()


def _signature(f: _Features) -> tuple[object, ...] | None:
    if not (f.numbers or f.links or f.notranslate):
        return None
    return (f.kind, f.level, f.numbers, f.links, f.notranslate)


def _anchors(left: list[_Features], right: list[_Features], same_language: bool) -> list[tuple[int, int]]:
    """Unique, equal keys on both sides, reduced to the longest order-keeping chain."""

    def key(f: _Features) -> object:
        return (f.kind, f.text) if same_language and f.text else _signature(f)

    def unique(features: list[_Features]) -> dict[object, int]:
        seen: dict[object, int] = {}
        dupes: set[object] = set()
        for index, f in enumerate(features):
            k = key(f)
            if k is None:
                continue
            if k in seen:
                dupes.add(k)
            seen[k] = index
        return {k: i for k, i in seen.items() if k not in dupes}

    mine, theirs = unique(left), unique(right)
    candidates = sorted((i, theirs[k]) for k, i in mine.items() if k in theirs)
    return _longest_chain(candidates)


def _longest_chain(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence increasing in both coordinates (patience sorting, O(n log n))."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(candidates)
    for n, (_i, j) in enumerate(candidates):
        position = bisect.bisect_left(tails, j)
        if position == len(tails):
            tails.append(j)
            tail_index.append(n)
        else:
            tails[position] = j
            tail_index[position] = n
        previous[n] = tail_index[position - 1] if position else -1
    chain: list[tuple[int, int]] = []
    n = tail_index[-1] if tail_index else -1
    while n >= 0:
        chain.append(candidates[n])
        n = previous[n]
    return chain[::-1]


def _between(
    left: list[_Features],
    right: list[_Features],
    i0: int,
    i1: int,
    j0: int,
    j1: int,
    ratio: float,
    same_language: bool,
) -> list[tuple[int | None, int | None]]:
    """Needleman–Wunsch over ``left[i0:i1]`` × ``right[j0:j1]`` (banded when large)."""
    n, m = i1 - i0, j1 - j0
    if not n or not m:
        return [(i, None) for i in range(i0, i1)] + [(None, j) for j in range(j0, j1)]
    band = max(abs(n - m) + 8, _BAND_CELLS // max(n, m)) if n * m > _BAND_CELLS else n + m
    minus = -math.inf
    score = [[minus] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m // n
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            if i == 0 and j == 0:
                continue
            best, step = minus, 0
            if i and j and score[i - 1][j - 1] > minus:
                best = score[i - 1][j - 1] + _score(left[i0 + i - 1], right[j0 + j - 1], ratio, same_language)
                step = 1
            if i and score[i - 1][j] + GAP > best:
                best, step = score[i - 1][j] + GAP, 2
            if j and score[i][j - 1] + GAP > best:
                best, step = score[i][j - 1] + GAP, 3
            score[i][j], move[i][j] = best, step
    return _trace(move, n, m, i0, j0)


def _trace(move: list[list[int]], n: int, m: int, i0: int, j0: int) -> list[tuple[int | None, int | None]]:
    out: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i or j:
        step = move[i][j]
        if step == 1:
            out.append((i0 + i - 1, j0 + j - 1))
            i, j = i - 1, j - 1
        elif step == 2 or not j:
            out.append((i0 + i - 1, None))
            i -= 1
        else:
            out.append((None, j0 + j - 1))
            j -= 1
    return out[::-1]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def _score(a: _Features, b: _Features, ratio: float, same_language: bool) -> float:
    """How well two blocks pair: above ``2 * GAP`` a pair beats two gaps."""
    if a.kind != b.kind:
        loose = {a.kind, b.kind} <= {"paragraph", "text", ITEM, OTHER}
        value = -1.0 if loose else -4.0
    else:
        value = 2.0 + (0.5 if a.level == b.level else -0.5)
        if a.kind == ITEM and a.list_type != b.list_type:
            value -= 1.0
        if a.kind == CELL and a.cell == b.cell:
            value += 1.0
        if a.kind == HEADING and a.next_kind == b.next_kind:
            value += 0.5
    for mine, theirs in ((a.numbers, b.numbers), (a.links, b.links), (a.notranslate, b.notranslate)):
        if mine or theirs:
            value += 3.0 * _jaccard(mine, theirs) - 1.0
    if same_language:
        overlap = _jaccard(a.words, b.words)
        return value - 3.5 + 6.0 * overlap + (3.0 if a.text == b.text else 0.0)
    expected = (a.length + 10) * ratio
    return value + 1.0 - min(3.0, abs(math.log((b.length + 10) / expected)) * 2.0)
