"""python-markdown's link, image and code-span patterns, linear on hostile input (Qt-free).

(Plus two block processors whose per-line work on a long block was slow: :class:`_HashHeader` and
:class:`_SetextHeader`.)

python-markdown (3.11) scans from every ``[`` to its matching ``]`` and from every backtick to a closing
run of the same length, character by character in Python: 100 KB of ``[`` or of unmatched backticks took
minutes. The classes here give the same results from tables built once per text:

* :class:`_BracketTable`: where each ``[`` is closed; :class:`_LinearBrackets` is ``getText`` on top of
  it (and ``getLink`` bounded to :data:`~editor.text.limits.MAX_LINK_TARGET` characters);
* :class:`_BacktickRuns`: the backtick runs, for ``find_code_spans``.

python-markdown replaces a match by a placeholder *before* the place it goes on scanning from, so the
rest of the text keeps its distance from the end: a table stays valid while the text from the queried
position on is the same as the end of the text the table was made for.
"""

from __future__ import annotations

import bisect
import re
from xml.etree.ElementTree import Element, SubElement

import markdown
from markdown.blockprocessors import HashHeaderProcessor, SetextHeaderProcessor
from markdown.inlinepatterns import (
    BACKTICK_RE,
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    BacktickInlineProcessor,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)

from editor.text.limits import MAX_LINK_TARGET


def register_linear_patterns(md: markdown.Markdown) -> None:
    """Replace python-markdown's link, image and code-span patterns (same names and priorities)."""
    md.inlinePatterns.register(_Backtick(BACKTICK_RE), "backtick", 190)
    md.inlinePatterns.register(_Reference(REFERENCE_RE, md), "reference", 170)
    md.inlinePatterns.register(_Link(LINK_RE, md), "link", 160)
    md.inlinePatterns.register(_Image(IMAGE_LINK_RE, md), "image_link", 150)
    md.inlinePatterns.register(_ImageReference(IMAGE_REFERENCE_RE, md), "image_reference", 140)
    md.inlinePatterns.register(_ShortReference(REFERENCE_RE, md), "short_reference", 130)
    md.inlinePatterns.register(_ShortImageReference(IMAGE_REFERENCE_RE, md), "short_image_ref", 125)
    md.parser.blockprocessors.register(_HashHeader(md.parser), "hashheader", 70)
    md.parser.blockprocessors.register(_SetextHeader(md.parser), "setextheader", 60)


def _same_tail(table_text: str, text: str, index: int) -> bool:
    """True when ``text[index:]`` is the end of ``table_text`` (the table made for it still applies)."""
    return text is table_text or (len(text) - index <= len(table_text) and table_text.endswith(text[index:]))


_BRACKET = re.compile(r"[\[\]]")


class _BracketTable:
    """Where each ``[`` of one text is closed (positions as distances from the end of the text)."""

    __slots__ = ("closing", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.closing: dict[int, int] = {}  # distance from the end: ``[`` -> its ``]``
        length = len(text)
        stack: list[int] = []
        for match in _BRACKET.finditer(text):
            if match.group() == "[":
                stack.append(length - match.start())
            elif stack:
                self.closing[stack.pop()] = length - match.start()


class _LinearBrackets:
    """``getText``/``getLink`` of python-markdown's link and image patterns, bounded per link."""

    _table: _BracketTable | None = None

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        """The text between the ``[`` just before ``index`` and its ``]``; ``handled`` False without one."""
        table = self._table
        if table is None or not _same_tail(table.text, data, index - 1):
            table = self._table = _BracketTable(data)
        closing = table.closing.get(len(data) - (index - 1))
        if closing is None:
            return data[index:], len(data), False
        end = len(data) - closing
        return data[index:end], end + 1, True

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        """python-markdown's ``getLink``, reading at most :data:`MAX_LINK_TARGET` characters."""
        stop = index + MAX_LINK_TARGET
        if all(data.find(mark, index, stop) == -1 for mark in ")\"'"):
            return "", None, index, False  # (a quote can end python-markdown's scan without a ")")
        window = data if len(data) <= stop else data[:stop]
        link: tuple[str, str | None, int, bool] = super().getLink(window, index)  # type: ignore[misc]
        return link  # (``super()`` is the python-markdown pattern class each subclass mixes this into)


class _Link(_LinearBrackets, LinkInlineProcessor):
    """``[text](url)`` with linear bracket matching."""


class _Image(_LinearBrackets, ImageInlineProcessor):
    """``![alt](src)`` with linear bracket matching."""


class _Reference(_LinearBrackets, ReferenceInlineProcessor):
    """``[text][id]`` with linear bracket matching."""


class _ImageReference(_LinearBrackets, ImageReferenceInlineProcessor):
    """``![alt][id]`` with linear bracket matching."""


class _ShortReference(_LinearBrackets, ShortReferenceInlineProcessor):
    """``[id]`` with linear bracket matching."""


class _ShortImageReference(_LinearBrackets, ShortImageReferenceInlineProcessor):
    """``![id]`` with linear bracket matching."""


class _BacktickRuns:
    """The backtick runs of one text: start, length, where each length occurs, the longest run after each."""

    __slots__ = ("by_length", "ends", "lengths", "longest", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        runs = [(m.start(), m.end() - m.start()) for m in re.finditer("`+", text)]
        self.starts = [start for start, _ in runs]
        self.lengths = [length for _, length in runs]
        self.ends = [start + length for start, length in runs]
        self.by_length: dict[int, list[int]] = {}
        for index, length in enumerate(self.lengths):
            self.by_length.setdefault(length, []).append(index)
        # longest[i]: (length, index) of the first longest run among runs i, i+1, …
        self.longest: list[tuple[int, int]] = [(0, -1)] * (len(runs) + 1)
        for index in range(len(runs) - 1, -1, -1):
            best = self.longest[index + 1]
            self.longest[index] = (self.lengths[index], index) if self.lengths[index] >= best[0] else best

    def find(self, position: int) -> tuple[int, int | None]:
        """``BacktickInlineProcessor.find_code_spans`` for the backtick at ``position`` of :attr:`text`."""
        run = bisect.bisect_right(self.starts, position) - 1
        ticks = self.ends[run] - position
        start = self.ends[run]
        same = self.by_length.get(ticks, [])
        match = bisect.bisect_right(same, run)
        if match < len(same):
            return start, self.starts[same[match]]
        longest, index = self.longest[run + 1]
        if 0 < longest < ticks:
            return start - (ticks - longest), self.starts[index]
        return start + ticks, None  # (sic: python-markdown skips twice the opening run here)


class _Backtick(BacktickInlineProcessor):
    """Code spans with the backtick runs found once per text, not rescanned from every backtick."""

    _runs: _BacktickRuns | None = None

    def find_code_spans(self, start: int, text: str) -> tuple[int, int | None]:  # type: ignore[override]
        """Where the code span opened at ``start`` begins and ends (end None: no closing run)."""
        runs = self._runs
        if runs is None or not _same_tail(runs.text, text, start):
            runs = self._runs = _BacktickRuns(text)
        offset = len(runs.text) - len(text)
        begin, end = runs.find(start + offset)
        return begin - offset, None if end is None else end - offset


class _HashHeader(HashHeaderProcessor):
    """``#`` headings: no regex search through a block that holds no ``#`` at all.

    python-markdown tests every block once per line it splits off; its pattern, which cannot skip ahead
    to a ``#``, made 20,000 lines of ``-`` take 14 s. ``"#" in block`` gives the same answer fast.
    """

    def test(self, parent: Element, block: str) -> bool:
        """True when a line of ``block`` is a ``#`` heading."""
        return "#" in block and super().test(parent, block)


class _SetextHeader(SetextHeaderProcessor):
    """Underlined headings: the rest of the block is sliced off, not split into lines and joined again."""

    def run(self, parent: Element, blocks: list[str]) -> None:
        """Make the heading of the first two lines; put the rest of the block back."""
        block = blocks.pop(0)
        first = block.find("\n")
        second = block.find("\n", first + 1)
        underline = block[first + 1 :] if second == -1 else block[first + 1 : second]
        heading = SubElement(parent, "h1" if underline.startswith("=") else "h2")
        heading.text = block[:first].strip()
        if second != -1:
            blocks.insert(0, block[second + 1 :])
