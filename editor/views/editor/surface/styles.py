"""How marks and block kinds look on the surface: the visual part of char and block formats.

The visual properties are derived from the model (marks, heading level, direction) every time a run is
written or restyled; the reader never looks at them, only at the ids in the user properties.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import unquote

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextFormat

from editor.text.surface.align import alignment_of
from editor.text.surface.model import Mark, Marks, Tag
from editor.views.editor.surface.records import P_MARKS, P_NEWLINE

LINK_COLOUR = QColor("#1a5fb4")
#: CSS ``text-align`` as Qt draws it: left and right are where they are on the page, also in a
#: right-to-left block (``AlignAbsolute``); start and end follow the block's direction.
_ALIGNMENTS = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "justify": Qt.AlignmentFlag.AlignJustify,
    "start": Qt.AlignmentFlag.AlignLeading,
    "end": Qt.AlignmentFlag.AlignTrailing,
}
_HEADING_SIZE = {1: 3, 2: 2, 3: 1, 4: 0, 5: 0, 6: 0}
_BOLD = frozenset(("strong", "b", "th"))
_ITALIC = frozenset(("em", "i", "cite", "var", "dfn"))
_MONO = frozenset(("code", "kbd", "samp"))
_VISUAL = (
    QTextFormat.Property.FontWeight,
    QTextFormat.Property.FontItalic,
    QTextFormat.Property.FontUnderline,
    QTextFormat.Property.TextUnderlineStyle,
    QTextFormat.Property.FontStrikeOut,
    QTextFormat.Property.TextVerticalAlignment,
    QTextFormat.Property.FontFamilies,
    QTextFormat.Property.FontSizeAdjustment,
    QTextFormat.Property.ForegroundBrush,
    QTextFormat.Property.BackgroundBrush,
    QTextFormat.Property.IsAnchor,
    QTextFormat.Property.AnchorHref,
    QTextFormat.Property.TextToolTip,
)


@lru_cache(maxsize=4096)
def display_href(href: str) -> str:
    """An address as a person reads it: percent-encoding decoded (``%D8%A7`` -> ``ا``)."""
    try:
        return unquote(href, errors="strict")
    except UnicodeDecodeError:
        return href


def style_run(
    fmt: QTextCharFormat, marks: Marks, heading: int = 0, cell_tag: str = "", *, fresh: bool = False
) -> None:
    """Set the visual properties of ``fmt`` for text inside ``marks`` in a block of ``heading`` level."""
    if not fresh:
        for prop in _VISUAL:
            fmt.clearProperty(prop)
    names = {mark.tag.name for mark in marks}
    if heading:
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE.get(heading, 0))
    if heading or names & _BOLD or cell_tag == "th":
        fmt.setFontWeight(QFont.Weight.Bold)
    if names & _ITALIC:
        fmt.setFontItalic(True)
    if names & {"u", "ins"}:
        fmt.setFontUnderline(True)
    if names & {"s", "del", "strike"}:
        fmt.setFontStrikeOut(True)
    if "sup" in names:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    elif "sub" in names:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
    if names & _MONO:
        fmt.setFontFamilies(["monospace"])
    if "mark" in names:
        fmt.setBackground(QBrush(QColor("#fff3a0")))
    link = next((mark.tag for mark in reversed(marks) if mark.tag.name == "a"), None)
    if link is not None:
        href = link.get("href")
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setToolTip(display_href(href))
        fmt.setForeground(QBrush(LINK_COLOUR))
        fmt.setFontUnderline(True)


def run_format(key: str, marks: Marks, heading: int = 0, cell_tag: str = "") -> QTextCharFormat:
    """A char format for a run: the marks' key plus their look."""
    fmt = QTextCharFormat(_look(_look_key(marks), heading, cell_tag))
    if key:
        fmt.setProperty(P_MARKS, key)
    return fmt


def clear_caches() -> None:
    """Forget the shared looks and decoded addresses (benchmarks measure a cold open)."""
    _look.cache_clear()
    display_href.cache_clear()


def _look_key(marks: Marks) -> tuple[frozenset[str], str | None]:
    """What of ``marks`` the look depends on: their element names and the innermost link's address."""
    href = None
    for mark in marks:
        if mark.tag.name == "a":
            href = mark.tag.get("href")
    return frozenset([mark.tag.name for mark in marks]), href


@lru_cache(maxsize=4096)
def _look(key: tuple[frozenset[str], str | None], heading: int, cell_tag: str) -> QTextCharFormat:
    """The visual part of a run's format, shared by every run that looks the same (copied, never changed)."""
    names, href = key
    marks = tuple(Mark(Tag(name)) for name in sorted(names - {"a"}))
    if href is not None:
        marks = (*marks, Mark(Tag("a", (("href", href),))))
    fmt = QTextCharFormat()
    style_run(fmt, marks, heading, cell_tag, fresh=True)
    return fmt


def newline_format(base: QTextCharFormat, char: str = "\n") -> QTextCharFormat:
    """``base`` marked as a space standing for ``char`` (a newline, or a character Qt reserves)."""
    fmt = QTextCharFormat(base)
    fmt.setProperty(P_NEWLINE, char)
    return fmt


def direction_of(tag: Tag | None, rtl_default: bool) -> Qt.LayoutDirection:
    """The layout direction a block with ``tag`` gets in a pane (its ``dir``, else the pane's)."""
    value = tag.get("dir").lower() if tag else ""
    if value == "rtl" or (value != "ltr" and rtl_default):
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


@lru_cache(maxsize=1024)
def text_align(tag: Tag | None) -> Qt.AlignmentFlag | None:
    """The alignment the ``text-align`` of ``tag``'s ``style`` asks for (None: none or unknown)."""
    value = alignment_of(tag)
    return _ALIGNMENTS.get(value) if value is not None else None


def style_block(fmt: QTextBlockFormat, tag: Tag | None, rtl_default: bool) -> None:
    """Heading level, spacing, direction and alignment (``text-align``) of a block format."""
    level = (
        int(tag.name[1]) if tag and len(tag.name) == 2 and tag.name[0] == "h" and tag.name[1].isdigit() else 0
    )
    fmt.setHeadingLevel(level)
    fmt.setTopMargin(10 if level else 4)
    fmt.setBottomMargin(6 if level else 4)
    fmt.setLayoutDirection(direction_of(tag, rtl_default))
    align = text_align(tag)
    if align is not None:
        fmt.setAlignment(align)
