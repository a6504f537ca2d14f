"""A block's text alignment as the CMS's editor (TinyMCE) writes it: ``text-align`` in its ``style``.

Qt-free: the surface shows the alignment (``editor.views.editor.surface.styles``) and its alignment
command changes it here, on the block's tag, so the page's HTML carries it as the CMS writes it.
"""

from __future__ import annotations

import re

from editor.text.surface.model import Tag

#: The alignments the editor sets (CSS ``text-align`` values, as TinyMCE writes them).
ALIGNMENTS = ("left", "center", "right", "justify")
#: Tags whose alignment the command sets (paragraphs and headings).
ALIGNABLE = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
_VALUE = re.compile(r"(?:^|;)\s*text-align\s*:\s*([a-zA-Z-]+)", re.IGNORECASE)
_DECLARATION = re.compile(r"(?:^|(?<=;))\s*text-align\s*:[^;]*(?:;|$)", re.IGNORECASE)


def alignment_of(tag: Tag | None) -> str | None:
    """The ``text-align`` value of ``tag``'s ``style``, lower case (None: none)."""
    style = tag.get("style") if tag is not None else ""
    if "text-align" not in style.lower():
        return None
    found = _VALUE.search(style)
    return found.group(1).lower() if found else None


def aligned(tag: Tag, value: str | None) -> Tag:
    """``tag`` with its ``style``'s ``text-align`` set to ``value`` (None: removed; the other
    declarations are kept; an empty ``style`` is dropped)."""
    if value is not None and value not in ALIGNMENTS:
        raise ValueError(f"unknown alignment {value!r}")
    rest = _DECLARATION.sub("", tag.get("style")).strip()
    if rest and not rest.endswith(";"):
        rest += ";"
    style = " ".join(part for part in (rest, f"text-align: {value};" if value else "") if part)
    return tag.with_attr("style", style) if style else tag.without("style")
