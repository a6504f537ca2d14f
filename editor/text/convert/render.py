"""Markdown -> HTML: python-markdown with the dialect Integreat Desk writes.

Extensions and why:

- ``attr_list``: attributes Markdown has no syntax for, on the element they belong to:
  ``[Beratung](https://example.org){: .link-external }``, ``![Karte](karte.png){: width="300" }``,
  a paragraph ending in a line ``{: dir="rtl" }``, ``## Titel {: dir="rtl" }``; for a list, which
  ``attr_list`` cannot address, a line ``{: dir="rtl" }`` followed by a blank line just before it.
- ``sane_lists``: an ordered list keeps its start number (``3.`` gives ``<ol start="3">``), and a ``ul``
  directly after an ``ol`` stays a separate list.
- Not ``md_in_html``: it would re-interpret CMS HTML that happens to carry a ``markdown`` attribute; raw
  HTML blocks must stay verbatim. Not ``tables``: CMS tables carry attributes, so they stay HTML blocks,
  and without the extension a ``|`` in text needs no escaping.

One local tree processor: in a tight list item the text before a nested list ends with a newline
(``<li>Punkt\\n<ul>``), which is what TinyMCE writes and what the CMS stores. And fixes for hostile input:

- python-markdown's raw-HTML block extractor copies the rest of the document at the end of every raw
  block, and looks for the end of a start tag from every ``<`` even when no ``>`` follows (quadratic);
  :class:`_LinearHtmlExtractor` does neither;
- its link, image and code-span patterns rescan from every ``[`` and backtick (20,000 ``[``: minutes):
  :mod:`editor.text.convert.linear_patterns` replaces them;
- Markdown nested deeper than :data:`~editor.text.limits.MAX_MARKDOWN_NESTING` levels (lists, quotes,
  indentation) is refused with the line number, before python-markdown's recursive block parser hits
  Python's recursion limit.
"""

from __future__ import annotations

import itertools
import re
import threading
from xml.etree.ElementTree import Element

import markdown
import markdown.util
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListExtension, AttrListTreeprocessor
from markdown.extensions.sane_lists import SaneListExtension
from markdown.htmlparser import HTMLExtractor
from markdown.preprocessors import HtmlBlockPreprocessor, Preprocessor
from markdown.treeprocessors import Treeprocessor

from editor.text.convert.linear_patterns import register_linear_patterns
from editor.text.errors import ContentError
from editor.text.limits import MAX_MARKDOWN_NESTING
from editor.text.normal_form import check_characters
from editor.text.sanitize import sanitize_html

_LISTS = ("ul", "ol")


class _NestedListNewline(Treeprocessor):
    """End the text before the first nested list of a tight list item with a newline."""

    def run(self, root: Element) -> None:
        """Add the newline in every ``li`` of the tree."""
        for item in root.iter("li"):
            for index, child in enumerate(item):
                if child.tag not in _LISTS:
                    continue
                if index == 0:
                    item.text = (item.text or "") + "\n"
                elif not self.md.is_block_level(item[index - 1].tag):
                    item[index - 1].tail = (item[index - 1].tail or "") + "\n"
                break


_ATTRIBUTE_PARAGRAPH = re.compile(r"\{:?[ ]*([^\}\n ][^\}\n]*?)[ ]*\}")


class _ListAttributes(Treeprocessor):
    """Give a list the attributes of a paragraph ``{: dir="rtl" }`` standing right before it.

    ``attr_list`` has no syntax for ``ul``/``ol`` themselves (a trailing ``{: }`` belongs to the last
    item), so Integreat Desk puts the list's attribute list on its own line before the list.
    """

    def run(self, root: Element) -> None:
        """Move such attribute paragraphs onto the following list."""
        attr_list = AttrListTreeprocessor(self.md)
        for parent in root.iter():
            children = list(parent)
            for paragraph, following in itertools.pairwise(children):
                if paragraph.tag != "p" or following.tag not in _LISTS or len(paragraph):
                    continue
                match = _ATTRIBUTE_PARAGRAPH.fullmatch(paragraph.text or "")
                if match is None or paragraph.attrib or following.attrib.keys() - {"start"}:
                    continue
                attr_list.assign_attrs(following, match.group(1), strict=True)
                parent.remove(paragraph)


_BLANK_LINE_HERE = re.compile(r"(?:[ ]*\n){2}")


class _LinearHtmlExtractor(HTMLExtractor):
    """python-markdown's raw-HTML extractor without its quadratic slice at the end of each raw block.

    ``HTMLExtractor.handle_endtag`` (Markdown 3.11) tests for a blank line after a raw block with
    ``blank_line_re.match(self.rawdata[pos:])``, copying the rest of the document every time: a 5 MB page
    with thousands of tables took minutes. This is the same method, matching at ``pos`` instead.
    """

    _gt_text: str | None = None
    _gt_last = -1

    def check_for_whole_start_tag(self, i: int) -> int:
        """-1 at once when no ``>`` follows: the tag cannot be complete (the base class scans to the end).

        (The standard library's tolerant pattern runs to the end of the text from every ``<``; without a
        ``>`` after it the answer is always -1, which a fuzz test of 200,000 strings confirmed.)
        """
        rawdata = self.rawdata
        if rawdata is not self._gt_text:
            self._gt_text, self._gt_last = rawdata, rawdata.rfind(">")
        if self._gt_last < i:
            return -1
        result: int = super().check_for_whole_start_tag(i)
        return result

    def handle_endtag(self, tag: str) -> None:
        """Same as the base class, without copying the rest of the document."""
        if not self.inraw:
            super().handle_endtag(tag)
            return
        text = self.get_endtag_text(tag)
        cache: list[str] = self._cache  # type: ignore[attr-defined]  # not in the stubs
        cache.append(text)
        if tag in self.stack:  # pop up to and including the innermost open ``tag``
            del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag) :]
        if self.stack:
            return
        if _BLANK_LINE_HERE.match(self.rawdata, self.line_offset + self.offset + len(text)):
            cache.append("\n")
        else:
            self.intail = True
        self.inraw = False
        self.cleandoc.append(self.md.htmlStash.store("".join(cache)))
        self.cleandoc.append("\n\n")
        cache.clear()


class _HtmlBlocks(HtmlBlockPreprocessor):
    """The standard raw-HTML block preprocessor, using :class:`_LinearHtmlExtractor`."""

    def run(self, lines: list[str]) -> list[str]:
        """Stash raw HTML blocks and return the remaining lines."""
        parser = _LinearHtmlExtractor(self.md)
        parser.feed("\n".join(lines))
        parser.close()
        return "".join(parser.cleandoc).split("\n")


class _TooDeepError(Exception):
    """A Markdown line nests deeper than the limit (raised inside python-markdown, turned into a message)."""

    def __init__(self, line: str) -> None:
        super().__init__(line)
        self.line = line


class _NestingCheck(Preprocessor):
    """Refuse Markdown nested deeper than the limit, after raw HTML blocks are stashed away.

    Runs after the raw-HTML block preprocessor, so the text of a ``<pre>`` or table in an HTML block, which
    the block parser never sees, is not mistaken for nesting.
    """

    def run(self, lines: list[str]) -> list[str]:
        """Raise :class:`_TooDeepError` with the first line that is too deep; otherwise change nothing."""
        text = "\n".join(lines)
        for match in _TOO_DEEP.finditer(text):
            if _OPENS_CONTAINER.match(text, match.start()) is not None:
                end = text.find("\n", match.start())
                raise _TooDeepError(text[match.start() : end if end != -1 else len(text)])
        return lines


class _DeskExtension(Extension):
    """Registers the tree processors, the linear raw-HTML preprocessor and the linear link patterns."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        """Register the processors."""
        md.treeprocessors.register(_NestedListNewline(md), "desk_nested_list_newline", 15)
        md.treeprocessors.register(_ListAttributes(md), "desk_list_attributes", 7)
        md.preprocessors.register(_HtmlBlocks(md), "html_block", 20)
        md.preprocessors.register(_NestingCheck(md), "desk_nesting_check", 15)
        register_linear_patterns(md)


def new_markdown() -> markdown.Markdown:
    """A python-markdown instance configured for Integreat Desk's Markdown dialect."""
    # Extension objects, not names: a name makes python-markdown scan every installed package's
    # entry points (importlib.metadata), which costs more start-up time than the rest of the module.
    return markdown.Markdown(
        extensions=[AttrListExtension(), SaneListExtension(), _DeskExtension()], output_format="html"
    )


_LOCAL = threading.local()


def markdown_to_html(text: str) -> str:
    """Render Integreat Desk Markdown to CMS HTML (several top-level blocks are not wrapped).

    The result is cleaned by :func:`~editor.text.sanitize.sanitize_html` (no scripts, event handlers or
    ``javascript:``/``data:``/``file:`` links; HTML that is already clean comes back unchanged).
    Raises :class:`~editor.text.errors.ContentError` for control characters HTML cannot hold and for
    nesting deeper than :data:`~editor.text.limits.MAX_MARKDOWN_NESTING` levels.
    """
    check_characters(text, "Markdown")
    md: markdown.Markdown | None = getattr(_LOCAL, "markdown", None)
    if md is None:
        md = _LOCAL.markdown = new_markdown()
    md.reset()
    try:
        return sanitize_html(md.convert(text))
    except _TooDeepError as deep:
        md.reset()
        raise _nesting_error(text, deep.line) from None
    except RecursionError:
        md.reset()
        raise ContentError(
            f"Markdown nested too deeply to convert (lists or quotes more than about {MAX_MARKDOWN_NESTING} "
            "levels deep)",
            "too_deep",
            levels=MAX_MARKDOWN_NESTING,
            line="",
        ) from None


# One nesting level: 4 columns of indentation, a quote marker or a list marker (a line may open several).
_LEVEL = r"(?>\t|[ ]{1,3}\t|[ ]{4}|>[ ]?|[-*+][ ]+|\d{1,9}[.)][ ]+)"
_TOO_DEEP = re.compile(rf"^[ ]{{0,3}}{_LEVEL}{{{MAX_MARKDOWN_NESTING + 1}}}", re.M)


# Only lists and quotes nest (recursively) in python-markdown: a deep line must open one of them. (Lines
# that are only deeply indented, such as the text of a <pre> in an HTML block, are left alone.)
_OPENS_CONTAINER = re.compile(r"[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])")


def _nesting_error(text: str, line: str) -> ContentError:
    """The message for ``line`` (as python-markdown saw it), with its line number in ``text`` if found."""
    found = re.search(rf"^{re.escape(line)}$", text, re.M) if len(line) < 100_000 else None
    where = (
        f"line {text.count(chr(10), 0, found.start()) + 1} (character offset {found.start()})"
        if found
        else "a line"
    )
    return ContentError(
        f"Markdown {where} is nested more than {MAX_MARKDOWN_NESTING} levels deep (lists, quotes or "
        "indentation), which cannot be converted",
        "too_deep",
        levels=MAX_MARKDOWN_NESTING,
        line=text.count(chr(10), 0, found.start()) + 1 if found else "",
    )


#: Tags python-markdown treats as blocks (raw HTML blocks must start with one of them).
MARKDOWN_BLOCK_LEVEL = frozenset(markdown.util.BLOCK_LEVEL_ELEMENTS)
