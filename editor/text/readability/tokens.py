"""Tokenising masked prose into sentences, clauses and words, with their spans.

Definitions (also in docs/readability.md):

* a **word** is a run of letters and digits (with combining marks) that may contain an apostrophe, a
  hyphen, Easy German's middle dot (``Volks·hoch·schule``), a soft hyphen or a zero-width (non-)joiner
  between two such characters, and that contains at least one letter. Pure numbers (``2024``, ``1,5``,
  ``10:00``) are not words;
* a word's **letters** are its characters for which ``str.isalpha()`` is true;
* a **sentence** ends at ``.``, ``!``, ``?``, ``…`` (or a run of them) followed by white space, the end
  of a block or the end of the text, and at every block boundary (paragraph, heading, list item, table
  cell, line break). A ``.`` does not end a sentence after a single letter (``z. B.``), after a number
  (``3. Mai``), after a known abbreviation (``bzw.``), or when the next word starts in lower case;
* a **clause** is a part of a sentence between ``,`` ``;`` ``:`` ``–`` ``—`` or a free-standing ``-``.

Sentences and clauses without words are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress
from operator import not_
from typing import NamedTuple

from editor.text.readability.prose import BREAK, SOFT
from editor.text.readability.wordlists import NON_FINAL_ABBREVIATIONS

_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a"
    "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0900-\u0903"
    "\u093a-\u094f\u0981-\u0983\u09bc-\u09d7\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
)
# A run of letters, digits and combining marks; written as runs of each class (not one character at a
# time through an alternation): the same matches, scanned in C.
_RUN = rf"(?:[^\W_]+|[{_MARKS}]+)+"
_JOIN = rf"['’\-‐·{SOFT}\u200c\u200d]"
_TOKEN = re.compile(
    rf"(?P<num>\d+(?:[.,:/]\d+)+)"
    rf"|(?P<word>{_RUN}(?:{_JOIN}+{_RUN})*)"
    r"|(?P<term>[.!?…؟。]+)"
    r"|(?P<sep>[,;:–—،؛]|(?<=\s)-(?=\s))"
    rf"|(?P<brk>{BREAK})"
)
# The same tokens for a text without combining marks, soft hyphens and zero-width (non-)joiners (most
# German and English texts): a run is then letters and digits only and a join one of five characters,
# and the simpler pattern scans twice as fast.
_NUM_PLAIN = r"\d+(?:[.,:/]\d+)+"
_WORD_PLAIN = r"[^\W_]+(?:['’\-‐·]+[^\W_]+)*"
_TOKEN_PLAIN = re.compile(
    rf"(?P<num>{_NUM_PLAIN})"
    rf"|(?P<word>{_WORD_PLAIN})"
    r"|(?P<term>[.!?…؟。]+)"
    r"|(?P<sep>[,;:–—،؛]|(?<=\s)-(?=\s))"
    rf"|(?P<brk>{BREAK})"
)
# For counting only: the plain tokens, but a run of words apart by spaces is one match (a word where a
# number starts ends the run: the token pattern takes the number there).
_RUNS_PLAIN = re.compile(
    _TOKEN_PLAIN.pattern.replace(
        rf"(?P<word>{_WORD_PLAIN})", rf"(?P<word>{_WORD_PLAIN}(?: +(?!{_NUM_PLAIN}){_WORD_PLAIN})*)"
    )
)
_SPECIAL = re.compile(rf"[{_MARKS}{SOFT}\u200c\u200d]").search


def _without_underscore(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` with ``[^\W_]`` (a letter or digit) written ``\w``: the same matches in a text without
    ``_`` (the only character that tells them apart), and one category test per character instead of a
    set (a third faster on long texts)."""
    return re.compile(pattern.pattern.replace(r"[^\W_]", r"\w"))


#: The patterns above for a text without ``_`` (most texts: see :func:`_without_underscore`).
_TOKEN_W, _TOKEN_PLAIN_W, _RUNS_PLAIN_W = map(_without_underscore, (_TOKEN, _TOKEN_PLAIN, _RUNS_PLAIN))
_CLOSERS = "\"'»«“”„‘’)]"
#: Closers and the filler of a masked entity (``gut.&rsquo; Dann``: the sentence ends after the quote).
_CLOSERS_OR_SOFT = _CLOSERS + SOFT
_SPACE = " \t\n\r\f\v\u00a0\u2009\u202f"


class Word(NamedTuple):
    """A word at ``start:end``; ``text`` is its masked form without soft hyphens."""

    start: int
    end: int
    text: str
    letters: int


class Clause(NamedTuple):
    """A clause: words ``first`` … ``last - 1`` of the text's word list."""

    first: int
    last: int


class Sentence(NamedTuple):
    """A sentence at ``start:end`` (first word to terminator), with its words and clauses."""

    start: int
    end: int
    first: int
    last: int
    clauses: tuple[Clause, ...]

    @property
    def word_count(self) -> int:
        """Number of words in the sentence."""
        return self.last - self.first


class Tokens(NamedTuple):
    """The tokenised text."""

    words: tuple[Word, ...]
    sentences: tuple[Sentence, ...]


class _Builder:
    """Collects words into clauses and sentences while the token stream is read."""

    def __init__(self) -> None:
        self.words: list[Word] = []
        self.sentences: list[Sentence] = []
        self.clauses: list[Clause] = []
        self.sentence_first = 0
        self.clause_first = 0
        self.end = 0

    def close_clause(self) -> None:
        if len(self.words) > self.clause_first:
            self.clauses.append(Clause(self.clause_first, len(self.words)))
        self.clause_first = len(self.words)

    def close_sentence(self, end: int | None = None) -> None:
        self.close_clause()
        count = len(self.words)
        if count > self.sentence_first:
            first = self.sentence_first
            stop = end if end is not None else self.words[-1].end
            self.sentences.append(Sentence(self.words[first].start, stop, first, count, tuple(self.clauses)))
        self.clauses = []
        self.sentence_first = self.clause_first = count


def tokenize(masked: str) -> Tokens:
    """Split masked prose (see :func:`~editor.text.readability.prose.mask_prose`) into tokens."""
    builder = _Builder()
    words = builder.words
    previous: re.Match[str] | None = None  # the previous token
    for match in _tokens(masked):
        kind = match.lastgroup
        if kind == "word":
            text = match.group()
            clean = text.replace(SOFT, "") if SOFT in text else text
            letters = len(clean) if clean.isalpha() else sum(1 for c in clean if c.isalpha())
            if letters:
                words.append(Word(match.start(), match.end(), clean, letters))
        elif kind == "sep":
            builder.close_clause()
        elif kind == "brk":
            builder.close_sentence()
        elif kind == "term" and _ends_sentence(masked, match, _token(previous)):
            builder.close_sentence(match.end())
        previous = match
    builder.close_sentence()
    return Tokens(tuple(words), tuple(builder.sentences))


def _tokens(masked: str) -> Iterator[re.Match[str]]:
    """The token matches of ``masked`` (the plain pattern where it gives the same tokens, and either
    without its underscore test where there is none)."""
    if _SPECIAL(masked):
        return (_TOKEN if "_" in masked else _TOKEN_W).finditer(masked)
    return (_TOKEN_PLAIN if "_" in masked else _TOKEN_PLAIN_W).finditer(masked)


def _token(match: re.Match[str] | None) -> tuple[str, str, int]:
    """(kind, text, end) of a token (of none: ``("", "", -1)``)."""
    if match is None:
        return ("", "", -1)
    return (match.lastgroup or "", match.group(), match.end())


def _ends_sentence(masked: str, match: re.Match[str], previous: tuple[str, str, int]) -> bool:
    """Decide whether the terminator ``match`` ends a sentence."""
    end = match.end()
    length = len(masked)
    pos = end
    while pos < length and masked[pos] in _CLOSERS_OR_SOFT:
        pos += 1
    if pos < length and masked[pos] not in _SPACE and masked[pos] != BREAK:
        return False
    if match.group() != ".":
        return True
    while pos < length and (masked[pos] in _SPACE or masked[pos] in _CLOSERS_OR_SOFT):
        pos += 1
    if pos >= length or masked[pos] == BREAK:
        return True
    prev_kind, prev_text, prev_end = previous
    if prev_end == match.start():
        if prev_kind == "num" or (prev_kind == "word" and prev_text.isdigit()):
            return False
        if prev_kind == "word" and (len(prev_text) == 1 or _is_abbreviation(prev_text)):
            return False
    return not masked[pos].islower()


def _is_abbreviation(word: str) -> bool:
    return word.lower().replace(SOFT, "") in NON_FINAL_ABBREVIATIONS


def count_lix(masked: str, long_letters: int) -> tuple[int, int, int]:
    """``(words, words over long_letters letters, sentences)`` of masked prose: the counts LIX needs, as
    :func:`tokenize` would give them (same tokens, same sentence rules), without building the tokens."""
    if _SPECIAL_OR_ODD_SPACE(masked):
        if _SPECIAL(masked):
            return _count_lix_tokens(masked, long_letters)
        return _count_lix_runs(masked, long_letters)
    return _count_lix_pieces([block.split() for block in masked.split(BREAK)], long_letters)


#: White space that ``str.split`` splits at but the sentence rules do not take for white space (they
#: know :data:`_SPACE` and the block break): a text with one is counted by runs of words.
_ODD_SPACE = "\x1c\x1d\x1f\x85\u1680\u2000-\u2008\u200a\u2028\u2029\u205f\u3000"
_SPECIAL_OR_ODD_SPACE = re.compile(rf"[{_MARKS}{SOFT}\u200c\u200d{_ODD_SPACE}]").search
#: What a piece of text between white space that is not all letters counts (see _piece_counts), per
#: piece and per long-word length: a region's texts repeat their punctuated words.
_PIECES: dict[int, dict[str, tuple[int, int, int]]] = {}
#: How a piece ends: no sentence end; a terminator that ends the sentence; a "." that ends it unless
#: the next visible character is lower case; a "." that ends it only at the end of the block.
_NO_END, _END, _END_UNLESS_LOWER, _END_AT_BLOCK_END = range(4)


def _count_lix_pieces(blocks: list[list[str]], long_letters: int) -> tuple[int, int, int]:
    """:func:`count_lix` of a text given as its blocks' pieces between white space (each white space
    character one of :data:`_SPACE`): a piece of letters only is a word, counted in bulk; any other
    piece is counted by the token pattern once (:func:`_piece_counts`) and remembered. A "." at the end
    of a piece looks at the next piece's first visible character (past closing quotes and brackets)."""
    memo = _PIECES.get(long_letters)
    if memo is None or len(memo) >= 200_000:
        memo = _PIECES[long_letters] = {}
    longer = long_letters.__lt__
    words = long_words = sentences = 0
    sentence_first = 0  # words counted when the current sentence began
    for pieces in blocks:
        alpha = list(map(str.isalpha, pieces))
        long_words += sum(map(longer, map(len, compress(pieces, alpha))))
        before = words  # words before this block
        others = 0  # words of the block's other pieces so far
        for seen, index in enumerate(compress(range(len(pieces)), map(not_, alpha))):
            piece = pieces[index]
            found = memo.get(piece)
            if found is None:
                found = memo[piece] = _piece_counts(piece, long_letters)
            count, long_count, end = found
            others += count
            long_words += long_count
            if end == _NO_END:
                continue
            if end != _END:  # a ".": the next visible character decides
                visible = ""
                for following in pieces[index + 1 :]:
                    visible = following.lstrip(_CLOSERS)
                    if visible:
                        break
                if visible and (end == _END_AT_BLOCK_END or visible[0].islower()):
                    continue
            words = before + index - seen + others  # the words up to this piece's end
            sentences += words > sentence_first
            sentence_first = words
        words = before + len(pieces) - alpha.count(False) + others
        sentences += words > sentence_first  # the end of a block ends the sentence
        sentence_first = words
    return words, long_words, sentences


def _piece_counts(piece: str, long_letters: int) -> tuple[int, int, int]:
    """``(words, long words, how it ends)`` of a piece between white space, by the token pattern: on a
    piece alone it finds the tokens it finds there in the text (no token but a free-standing ``-``,
    which counts nothing, spans white space). Only a terminator at the end (closing quotes and brackets
    aside) can end a sentence: one followed by another character does not (:func:`_ends_sentence`)."""
    words = long_words = 0
    end = _NO_END
    previous = ("", "", -1)
    for match in (_TOKEN_PLAIN if "_" in piece else _TOKEN_PLAIN_W).finditer(piece):
        kind, text = match.lastgroup or "", match.group()
        if kind == "word":
            letters = len(text) if text.isalpha() else sum(1 for c in text if c.isalpha())
            if letters:
                words += 1
                long_words += letters > long_letters
        elif kind == "term" and not piece[match.end() :].lstrip(_CLOSERS):
            if text != ".":
                end = _END
            else:
                prev_kind, prev_text, prev_end = previous
                after_number_or_short = prev_end == match.start() and (
                    prev_kind == "num"
                    or (prev_kind == "word" and (prev_text.isdigit() or len(prev_text) == 1))
                    or (prev_kind == "word" and _is_abbreviation(prev_text))
                )
                end = _END_AT_BLOCK_END if after_number_or_short else _END_UNLESS_LOWER
        previous = (kind, text, match.end())
    return words, long_words, end


def _count_lix_runs(masked: str, long_letters: int) -> tuple[int, int, int]:
    """:func:`count_lix` by runs of words apart by spaces (any text without the special characters)."""
    words = long_words = sentences = 0
    sentence_first = 0  # words counted when the current sentence began
    previous = ("", "", -1)  # the previous token: kind, text, end (see _token)
    for match in (_RUNS_PLAIN if "_" in masked else _RUNS_PLAIN_W).finditer(masked):
        kind = match.lastgroup or ""
        if kind == "word":
            run = match.group().split()
            if "".join(run).isalpha():  # letters only: a word's letters are its length
                words += len(run)
                long_words += sum(map(long_letters.__lt__, map(len, run)))  # in C
            else:
                for word in run:
                    letters = len(word) if word.isalpha() else sum(1 for c in word if c.isalpha())
                    if letters:
                        words += 1
                        long_words += letters > long_letters
            previous = ("word", run[-1], match.end())
            continue
        if kind == "brk" or (kind == "term" and _ends_sentence(masked, match, previous)):
            sentences += words > sentence_first
            sentence_first = words
        previous = (kind, match.group(), match.end())
    sentences += words > sentence_first
    return words, long_words, sentences


def _count_lix_tokens(masked: str, long_letters: int) -> tuple[int, int, int]:
    """:func:`count_lix` token by token (any text)."""
    words = long_words = sentences = 0
    sentence_first = 0
    previous: re.Match[str] | None = None
    for match in _tokens(masked):
        kind = match.lastgroup
        if kind == "word":
            text = match.group()
            clean = text.replace(SOFT, "") if SOFT in text else text
            letters = len(clean) if clean.isalpha() else sum(1 for c in clean if c.isalpha())
            if letters:
                words += 1
                long_words += letters > long_letters
        elif kind == "brk" or (kind == "term" and _ends_sentence(masked, match, _token(previous))):
            sentences += words > sentence_first
            sentence_first = words
        previous = match
    sentences += words > sentence_first
    return words, long_words, sentences
