"""The normal form of CMS HTML: THE definition of "lossless" for Integreat Desk.

Two HTML fragments are *equivalent* when :func:`normalise_html` returns the same string for both.
:func:`normalise_html` parses the text as an HTML fragment with lxml (libxml2's HTML parser, so the DOM is
what lxml builds, including its repairs of broken markup) and writes a canonical serialisation of that DOM.

What does NOT count (is normalised away):

- **Attribute order.** Attributes are written sorted by name.
- **Whitespace-only text between block-level elements.** A text node made only of ASCII whitespace
  (space, tab, LF, CR, FF) is dropped when the nodes on both sides of it are block-level elements or the
  start/end of a block-level parent (the fragment itself counts as a block-level parent). Not inside
  ``pre``, ``textarea``, ``listing``, ``xmp``, ``plaintext``, ``script`` and ``style``, where all text counts.
  The block-level elements are :data:`BLOCK_LEVEL`; comments are not block-level.
- **Leading and trailing whitespace of the whole fragment** (ASCII whitespace at the start of the first and
  the end of the last top-level text).
- **The CMS's own top-level wrapper.** When the fragment is exactly one ``<div>`` without attributes, the
  wrapper is dropped and its children become the fragment; the same for exactly one ``<span>`` without
  attributes whose children are all inline (text, comments, non-block elements). This is repeated until no
  such wrapper is left, so the normal form is idempotent (``<div><div><p>x</p></div></div>`` is ``<p>x</p>``).
- **How a character is spelled.** ``&amp;``/``&``, ``&nbsp;``/U+00A0, ``&#233;``/``é`` are the same
  character once parsed. (U+00A0 is NOT a space: it is never stripped or dropped.)

Everything else counts: text including whitespace inside text, non-breaking spaces, tag names, nesting,
attributes and their exact values (``class`` is compared as the written string, so class order and spacing
count; ``style`` likewise), ``dir``, void elements, comments.

lxml itself decides some things before we see the DOM, and they are therefore not differences either: a CR
or CRLF in the source becomes LF, a leading whitespace-only text before the first element is dropped,
``<p>a<div>`` closes the ``p``, and entities for C1 code points follow the HTML5 table (``&#x80;`` is "€").
Input that lxml would silently alter instead of parsing (NUL, other C0 control characters, lone
surrogates, U+FFFE/U+FFFF) is refused with :class:`~editor.text.errors.ContentError`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import lxml.etree

from editor.text.errors import ContentError

#: Elements whose boundaries make surrounding whitespace-only text insignificant.
BLOCK_LEVEL = frozenset(
    "address article aside blockquote body caption center col colgroup dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html legend "
    "li listing main menu nav ol optgroup option p plaintext pre section summary table tbody td tfoot th "
    "thead title tr ul xmp".split()
)
#: Elements serialised without an end tag.
VOID = frozenset(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source track "
    "wbr".split()
)
#: Elements whose text lxml does not decode, so it is written back verbatim.
RAW_TEXT = frozenset("script style xmp iframe noembed noframes plaintext".split())
#: Elements inside which no whitespace is ever dropped.
PRESERVE_WHITESPACE = frozenset("pre textarea listing xmp plaintext script style".split())
FRAGMENT = "#fragment"
_ASCII_SPACE = " \t\n\r\f"
#: The whitespace HTML drops between blocks and around the fragment.
ASCII_SPACE = _ASCII_SPACE
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LOCAL = threading.local()


_XHTML = {"x": "http://www.w3.org/1999/xhtml"}


def _parser() -> lxml.etree.HTMLParser:
    """One parser per thread (lxml parsers must not be shared between threads).

    libxml2's HTML parser as ``lxml.html`` configures it, without ``lxml.html``'s element classes: the
    tree is only copied, and looking up a Python class for every element cost a tenth of the parse.
    """
    parser: lxml.etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = lxml.etree.HTMLParser(
            remove_comments=False, remove_pis=False, huge_tree=True
        )
    return parser


@dataclass(slots=True, eq=False)
class Element:
    """An element of the parsed fragment: tag, attributes and children (text, comments, elements)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Comment:
    """An HTML comment (libxml2 also turns ``<?...>`` into one)."""

    text: str


Node = Element | Comment | str


def check_characters(text: str, what: str = "content") -> None:
    """Raise :class:`ContentError` if ``text`` holds a character lxml would reject or silently alter."""
    match = _BAD_CHARACTER.search(text)
    if match is not None:
        code = ord(match.group())
        raise ContentError(
            f"{what} contains the control character U+{code:04X} at character offset "
            f"{match.start()}, which HTML cannot hold",
            "control_character",
            char=f"U+{code:04X}",
            offset=match.start(),
        )


# --------------------------------------------------------------------------------------------------------
# Parsing and normalising


def parse_fragment(html: str, *, unwrap: bool = True) -> Element:
    """Parse ``html`` as a fragment and return its normal form as a tree rooted at a ``#fragment`` node.

    With ``unwrap=False`` the CMS wrapper is kept (used to compare single blocks).
    """
    check_characters(html, "HTML")
    root = Element(FRAGMENT)
    if html.strip(_ASCII_SPACE):
        _copy_children(parse_body(html), root)
    _drop_blank_text(root)
    _strip_fragment_edges(root)
    while unwrap and _unwrap(root):
        _strip_fragment_edges(root)
    return root


def parse_body(html: str) -> lxml.etree._Element:
    """lxml's ``body`` element with ``html`` parsed into it (``html`` checked and not blank).

    Raises :class:`ContentError` when libxml2 gives up on it."""
    parser = _parser()
    document = lxml.etree.fromstring(f"<html><body>{html}</body></html>", parser)
    if document is None:
        raise ContentError("HTML cannot be parsed: the document is empty")
    fatal = [error for error in parser.error_log if error.level_name == "FATAL"]
    if fatal:  # libxml2 gave up, e.g. "Excessive depth in document: 2048" (it drops the rest)
        reason = fatal[0].message.split(",")[0]
        raise ContentError(
            f"HTML cannot be parsed: {reason} (line {fatal[0].line})",
            "unparsable",
            line=fatal[0].line,
            detail=reason,
        )
    find: lxml.etree.XPath | None = getattr(_LOCAL, "body", None)
    if find is None:  # compiled once per thread, like the parser
        find = _LOCAL.body = lxml.etree.XPath("//body|//x:body", namespaces=_XHTML)
    return cast(list[lxml.etree._Element], find(document))[0]


def _copy_children(source: lxml.etree._Element, target: Element) -> None:
    """Copy lxml's tree below ``source`` into ``target`` (iteratively: nesting can be 2,000 deep)."""
    if source.text:
        target.children.append(source.text)
    stack = [(source, target)]
    while stack:
        parent, copy = stack.pop()
        children = copy.children
        for child in parent:  # lxml makes a new string for each read of tag, text and tail: read once
            tag = child.tag
            if isinstance(tag, str):
                attributes = cast(list[tuple[str, str]], child.items())
                element = Element(tag, dict(attributes) if attributes else {})
                text = child.text
                if text:
                    element.children.append(text)
                children.append(element)
                stack.append((child, element))
            else:  # a comment (libxml2 turns <?...> into one as well)
                children.append(Comment(child.text or ""))
            tail = child.tail
            if tail:
                children.append(tail)


def _is_block(node: Node | None) -> bool:
    return isinstance(node, Element) and node.tag in BLOCK_LEVEL


def _drop_blank_text(root: Element) -> None:
    """Drop whitespace-only text between block-level boundaries, everywhere below ``root``."""
    stack = [root]
    while stack:
        element = stack.pop()
        if element.tag in PRESERVE_WHITESPACE:
            continue
        children = element.children
        blank = False
        for child in children:
            if isinstance(child, Element):
                stack.append(child)
            elif not blank and isinstance(child, str) and not child.strip(_ASCII_SPACE):
                blank = True
        if not blank:
            continue  # nothing blank here (most elements): the children stay as they are
        block_parent = element.tag == FRAGMENT or element.tag in BLOCK_LEVEL
        kept: list[Node] = []
        for index, child in enumerate(children):
            if isinstance(child, str) and not child.strip(_ASCII_SPACE):
                before = children[index - 1] if index else None
                after = children[index + 1] if index + 1 < len(children) else None
                left = _is_block(before) or (before is None and block_parent)
                right = _is_block(after) or (after is None and block_parent)
                if left and right:
                    continue
            kept.append(child)
        element.children = kept


def _strip_fragment_edges(root: Element) -> None:
    strip_edges(root.children)


def strip_edges(nodes: list[Any]) -> None:
    """Strip ASCII whitespace at the start of the first and the end of the last top-level text (and
    drop a text left empty); ``nodes`` are strings and elements."""
    if nodes and isinstance(nodes[0], str):
        nodes[0] = nodes[0].lstrip(_ASCII_SPACE)
        if not nodes[0]:
            del nodes[0]
    if nodes and isinstance(nodes[-1], str):
        nodes[-1] = nodes[-1].rstrip(_ASCII_SPACE)
        if not nodes[-1]:
            del nodes[-1]


def _unwrap(root: Element) -> bool:
    """Drop the CMS's single top-level ``div``/``span`` wrapper; True if one was dropped."""
    if len(root.children) != 1:
        return False
    only = root.children[0]
    if not isinstance(only, Element) or only.attrs:
        return False
    if only.tag == "div" or (only.tag == "span" and not any(_is_block(child) for child in only.children)):
        root.children = only.children
        return True
    return False


# --------------------------------------------------------------------------------------------------------
# Serialising

_TEXT_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", 0xA0: "&nbsp;", 0x0D: "&#13;"}
_TEXT_ESCAPES.update({code: f"&#{code};" for code in [*range(0x01, 0x09), 0x0B, 0x0C, 0x7F]})
_TEXT_ESCAPES.update({code: f"&#{code};" for code in range(0x0E, 0x20)})
_BLANK_LINE = re.compile(r"(?<=\n) +(?=\n)")
_ATTR_ESCAPES = {**_TEXT_ESCAPES, ord('"'): "&quot;", 0x0A: "&#10;", 0x09: "&#9;"}


_NEEDS_TEXT_ESCAPE = re.compile("[&<>\xa0\r\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEEDS_ATTR_ESCAPE = re.compile('[&<>"\xa0\r\n\t\x01-\x08\x0b\x0c\x0e-\x1f\x7f]')


def escape_text(text: str) -> str:
    """Escape text for HTML so that lxml parses it back to exactly ``text``."""
    # str.translate with a dict is slow on long non-ASCII text; most text needs no escape at all
    return text.translate(_TEXT_ESCAPES) if _NEEDS_TEXT_ESCAPE.search(text) else text


def _escape_block_text(text: str) -> str:
    """Escape text inside a Markdown HTML block: python-markdown expands tabs and empties blank lines."""
    return _BLANK_LINE.sub(_spaces, escape_text(text).replace("\t", "&#9;"))


def _spaces(match: re.Match[str]) -> str:
    return "&#32;" * len(match.group())


def escape_attribute(value: str) -> str:
    """Escape an attribute value for a double-quoted HTML attribute."""
    return value.translate(_ATTR_ESCAPES) if _NEEDS_ATTR_ESCAPE.search(value) else value


def start_tag(element: Element, escape: Callable[[str], str] = escape_attribute) -> str:
    """The start tag of ``element`` with its attributes sorted by name."""
    if not element.attrs:
        return f"<{element.tag}>"
    return tag_with_attributes(element.tag, element.attrs, escape)


def tag_with_attributes(
    tag: str, attrs: dict[str, str], escape: Callable[[str], str] = escape_attribute
) -> str:
    """The start tag ``tag`` with ``attrs`` sorted by name."""
    attributes = "".join([f' {name}="{escape(attrs[name])}"' for name in sorted(attrs)])
    return f"<{tag}{attributes}>"


def serialize(node: Node, *, pretty: bool = False) -> str:
    """Write ``node`` as HTML in the canonical form (for a ``#fragment``: its children).

    ``pretty`` puts a newline between block-level boundaries where whitespace does not count, so a
    table or a contact card reads well as a raw HTML block; the normal form itself is compact.
    """
    out: list[str] = []
    if not pretty:  # the normal form itself: written recursively, ~2x faster (deep trees: the stack)
        _write_compact(node, False, out, 0)
        return "".join(out)
    _write_stack([(node, False, False)], out, pretty=True)
    return "".join(out)


#: Nesting written recursively; deeper subtrees (pages can nest 2,000 deep) go through the explicit stack.
_RECURSION_LIMIT = 100


def _write_compact(node: Node, raw_text: bool, out: list[str], depth: int) -> None:
    """``node`` in the compact canonical form (what :func:`_write_stack` writes without ``pretty``)."""
    if isinstance(node, str):
        out.append(node if raw_text else escape_text(node))
        return
    if isinstance(node, Comment):
        out.append(f"<!--{node.text}-->")
        return
    if depth > _RECURSION_LIMIT:
        _write_stack([(node, raw_text, True)], out)
        return
    tag = node.tag
    is_fragment = tag == FRAGMENT
    if not is_fragment:
        out.append(start_tag(node))
        if tag in VOID and not node.children:
            return
    raw = tag in RAW_TEXT
    for child in node.children:
        _write_compact(child, raw, out, depth + 1)
    if not is_fragment:
        out.append(f"</{tag}>")


def _write_stack(stack: list[_Item], out: list[str], pretty: bool = False) -> None:
    """Write the items of ``stack`` (iteratively: nesting can be 2,000 deep)."""
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        current, raw_text, compact = item
        if isinstance(current, str):
            out.append(
                current if raw_text else _escape_block_text(current) if pretty else escape_text(current)
            )
        elif isinstance(current, Comment):
            out.append(f"<!--{current.text}-->")
        else:
            stack.extend(reversed(_element_parts(current, compact)))


_Item = tuple[Node, bool, bool] | str


def _element_parts(element: Element, compact: bool) -> list[_Item]:
    """Start tag, children (as stack items) and end tag of ``element``."""
    is_fragment = element.tag == FRAGMENT
    parts: list[_Item] = [] if is_fragment else [start_tag(element)]
    if element.tag in VOID and not element.children:
        return parts
    raw_text = element.tag in RAW_TEXT
    compact = compact or element.tag in PRESERVE_WHITESPACE
    if compact:  # the normal form itself: no line breaks to decide
        parts.extend((child, raw_text, True) for child in element.children)
        if not is_fragment:
            parts.append(f"</{element.tag}>")
        return parts
    block_parent = is_fragment or element.tag in BLOCK_LEVEL
    previous: Node | None = None
    for index, child in enumerate(element.children):
        opens_line = _is_block(previous) or (not index and block_parent and not is_fragment)
        if _is_block(child) and opens_line:
            parts.append("\n")
        parts.append((child, raw_text, False))
        previous = child
    if block_parent and _is_block(previous) and not is_fragment:
        parts.append("\n")
    if not is_fragment:
        parts.append(f"</{element.tag}>")
    return parts


# --------------------------------------------------------------------------------------------------------
# Public comparison API


def normalise_html(html: str) -> str:
    """Return the canonical serialisation of ``html``'s normal form (see the module docstring).

    Written in one pass over lxml's tree (:mod:`editor.text.normal_string`): the same string as
    ``serialize(parse_fragment(html))``, at less than half the cost (decision 0030)."""
    from editor.text.normal_string import normal_string

    return normal_string(html)


def html_equivalent(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` have the same normal form, i.e. nothing that counts differs."""
    return normalise_html(a) == normalise_html(b)


def first_difference(a: str, b: str) -> str | None:
    """A short, human-readable description of the first difference, or None if equivalent.

    Example: ``at /p[2]/strong[1]/text()[1]: 'Beratung' vs 'Beratungen'``.
    """
    left = _events(parse_fragment(a))
    right = _events(parse_fragment(b))
    for (path, one), (_, other) in zip(left, right, strict=False):
        if one != other:
            return f"at {path or '/'}: {_describe(one, other)}"
    if len(left) == len(right):
        return None
    longer, label = (left, "first") if len(left) > len(right) else (right, "second")
    path, extra = longer[min(len(left), len(right))]
    return f"at {path or '/'}: only the {label} has {_token(extra)}"


_Event = tuple[str, tuple[str, str]]


def _events(root: Element) -> list[_Event]:
    """Flatten the tree to (path, (kind, value)) pairs in document order."""
    events: list[_Event] = []
    stack: list[tuple[Node | None, str]] = [(root, "")]
    while stack:
        node, path = stack.pop()
        if node is None:
            events.append((path, ("end", "")))
        elif isinstance(node, str):
            events.append((path, ("text", node)))
        elif isinstance(node, Comment):
            events.append((path, ("comment", node.text)))
        else:
            if node.tag != FRAGMENT:
                events.append((path, ("start", start_tag(node))))
            counts: dict[str, int] = {}
            children: list[tuple[Node | None, str]] = []
            for child in node.children:
                name = child.tag if isinstance(child, Element) else "text()"
                name = "comment()" if isinstance(child, Comment) else name
                counts[name] = counts.get(name, 0) + 1
                children.append((child, f"{path}/{name}[{counts[name]}]"))
            if node.tag != FRAGMENT:
                children.append((None, path))
            stack.extend(reversed(children))
    return events


def _describe(one: tuple[str, str], other: tuple[str, str]) -> str:
    if one[0] == other[0] == "text":
        x, y = one[1], other[1]
        pairs = enumerate(zip(x, y, strict=False))
        index = next((i for i, (p, q) in pairs if p != q), min(len(x), len(y)))
        start = max(0, index - 20)
        prefix = "…" if start else ""
        return f"{prefix}{x[start : index + 20]!r} vs {prefix}{y[start : index + 20]!r}"
    return f"{_token(one)} vs {_token(other)}"


def _token(event: tuple[str, str], limit: int = 80) -> str:
    kind, value = event
    text = {"end": "the end of the element", "text": f"text {value!r}"}.get(kind)
    text = text or (f"comment {value!r}" if kind == "comment" else value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
