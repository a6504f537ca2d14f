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
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_DIGIT = re.compile(r"\d")
_EMPTY: frozenset[str] = frozenset()


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


@dataclass(slots=True)
class _Features:
    """What the alignment compares of a block (never changed once made; not frozen, as a frozen
    dataclass sets each field through ``object.__setattr__``: 8× the cost of making one)."""

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
    left, right = _source_features(source, same_language), _Lazy(target, same_language)
    ratio = (sum(len(b.text) for b in target) or 1) / (sum(len(b.text) for b in source) or 1)
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
    left, right = _features([source], 0, same_language), _features([target], 0, same_language)
    return _score(left, right, 1.0, same_language)


class _Lazy:
    """The features of a block list, computed for a block when first needed (two versions of one
    text are mostly anchored by their text, so most blocks never need them)."""

    def __init__(self, blocks: Sequence[Block], words: bool) -> None:
        self.blocks = blocks
        self._words = words
        self._cache: dict[int, _Features] = {}

    def __len__(self) -> int:
        return len(self.blocks)

    def __getitem__(self, index: int) -> _Features:
        found = self._cache.get(index)
        if found is None:
            found = self._cache[index] = _features(self.blocks, index, self._words)
        return found


#: The features of the last source given as a tuple (immutable, so kept by identity): the quality
#: report aligns a page's source with each of its translations in turn.
_last_source: tuple[tuple[Block, ...], bool, _Lazy] | None = None


def _source_features(source: Sequence[Block], words: bool) -> _Lazy:
    """``_Lazy(source, words)``, the same object again for the same tuple of blocks."""
    global _last_source  # one entry; a race only computes features twice
    if not isinstance(source, tuple):
        return _Lazy(source, words)
    last = _last_source
    if last is not None and last[0] is source and last[1] == words:
        return last[2]
    features = _Lazy(source, words)
    _last_source = (source, words, features)
    return features


def _features(blocks: Sequence[Block], index: int, words: bool) -> _Features:
    block = blocks[index]
    following = blocks[index + 1].kind if index + 1 < len(blocks) else ""
    return _Features(
        block.kind,
        block.level,
        block.list_type,
        (block.row, block.column),
        frozenset(_NUMBER.findall(block.text)) if _DIGIT.search(block.text) else _EMPTY,
        frozenset(_link_key(link) for link in block.links) if block.links else _EMPTY,
        frozenset(block.notranslate) if block.notranslate else _EMPTY,
        len(block.text),
        block.text,
        frozenset(_WORD.findall(block.text.lower())) if words else _EMPTY,
        following,
    )


def _link_key(href: str) -> str:
    """Links compare by target; page links in another language differ anyway, so keep the host only
    for internal pages and the whole address for the rest."""
    return href.rstrip("/").lower()


def _signature(f: _Features) -> tuple[object, ...] | None:
    if not (f.numbers or f.links or f.notranslate):
        return None
    return (f.kind, f.level, f.numbers, f.links, f.notranslate)


def _anchors(left: _Lazy, right: _Lazy, same_language: bool) -> list[tuple[int, int]]:
    """Unique, equal keys on both sides, reduced to the longest order-keeping chain."""

    def key(features: _Lazy, index: int) -> object:
        block = features.blocks[index]
        if same_language:
            return (block.kind, block.text) if block.text else None
        return _signature(features[index])

    def unique(features: _Lazy) -> dict[object, int]:
        seen: dict[object, int] = {}
        dupes: set[object] = set()
        for index in range(len(features)):
            k = key(features, index)
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
    left: _Lazy,
    right: _Lazy,
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
    rf = [right[k] for k in range(j0, j1)]
    score = [[minus] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    row = score[0]
    for j in range(1, min(m, band) + 1):  # the first row: gaps in the source only (all finite)
        row[j], move[0][j] = row[j - 1] + GAP, 3
    for i in range(1, n + 1):
        centre = i * m // n
        row, above, moves = score[i], score[i - 1], move[i]
        lo, hi = max(0, centre - band), min(m, centre + band)
        if lo == 0:  # the first column: gaps in the target only (the band's lower edge only rises, so
            row[0], moves[0] = above[0] + GAP, 2  # the cell above is in the band and finite)
            lo = 1
        # Every cell inside the band is finite (its leftmost cell is below a cell of the previous row's
        # band, the others right of it), so only the leftmost cell's diagonal can be -inf; its cell
        # above is finite and wins then, as when the diagonal was not tried. Scores are finite.
        left_value, diagonal = row[lo - 1], above[lo - 1]
        for j, pair in enumerate(_scores(left[i0 + i - 1], rf[lo - 1 : hi], ratio, same_language), lo):
            up = above[j]
            best, step = diagonal + pair, 1  # -inf when the diagonal is outside the band (see above)
            value = up + GAP
            if value > best:
                best, step = value, 2
            value = left_value + GAP
            if value > best:
                best, step = value, 3
            row[j] = left_value = best
            moves[j] = step
            diagonal = up
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


_LOOSE = frozenset({"paragraph", "text", ITEM, OTHER})


def _score(a: _Features, b: _Features, ratio: float, same_language: bool) -> float:
    """How well two blocks pair: above ``2 * GAP`` a pair beats two gaps."""
    return _scores(a, [b], ratio, same_language)[0]


def _scores(a: _Features, targets: Sequence[_Features], ratio: float, same_language: bool) -> list[float]:
    """:func:`_score` of ``a`` with each of ``targets`` (one row of the alignment, in one call).

    The arithmetic is the same, operation by operation, as written out in the first version of this
    module, so scores (and with them the ties the alignment breaks) are bit for bit the same.
    """
    kind, level, list_type, cell, next_kind = a.kind, a.level, a.list_type, a.cell, a.next_kind
    numbers, links, notranslate, words, text = a.numbers, a.links, a.notranslate, a.words, a.text
    loose_kind = kind in _LOOSE
    expected = (a.length + 10) * ratio
    log = math.log
    found: list[float] = []
    for b in targets:
        if kind != b.kind:
            value = -1.0 if loose_kind and b.kind in _LOOSE else -4.0
        else:
            value = 2.0 + (0.5 if level == b.level else -0.5)
            if kind == ITEM and list_type != b.list_type:
                value -= 1.0
            if kind == CELL and cell == b.cell:
                value += 1.0
            if kind == HEADING and next_kind == b.next_kind:
                value += 0.5
        if numbers or b.numbers:  # not both empty: the Jaccard index written out
            value += 3.0 * (len(numbers & b.numbers) / len(numbers | b.numbers)) - 1.0
        if links or b.links:  # not both empty: the Jaccard index written out
            value += 3.0 * (len(links & b.links) / len(links | b.links)) - 1.0
        if notranslate or b.notranslate:  # not both empty: the Jaccard index written out
            value += 3.0 * (len(notranslate & b.notranslate) / len(notranslate | b.notranslate)) - 1.0
        if same_language:
            overlap = _jaccard(words, b.words)
            found.append(value - 3.5 + 6.0 * overlap + (3.0 if text == b.text else 0.0))
        else:
            off = abs(log((b.length + 10) / expected)) * 2.0
            found.append(value + 1.0 - (off if off < 3.0 else 3.0))
    return found
