"""HTML -> Markdown for a whole page, checked against the normal form before it is returned.

Each top-level block is written as pleasant Markdown where that is exact, and the result is rendered
with :func:`markdown_to_html` and compared block by block under the normal form. A block that does not
come back identical falls back one :class:`Level` at a time (Markdown with HTML inline tags, then an HTML
block); if the page as a whole still differs, it becomes one ``<div>`` HTML block. The output depends
only on the normal form of the input, so converting the rendered HTML again gives the same Markdown
(idempotence).
"""

from __future__ import annotations

import re

from editor.text.convert.blocks import block_markdown
from editor.text.convert.inline import Level
from editor.text.convert.render import MARKDOWN_BLOCK_LEVEL, markdown_to_html
from editor.text.errors import ContentError
from editor.text.limits import MAX_INLINE_WORK
from editor.text.normal_form import BLOCK_LEVEL, FRAGMENT, Element, parse_fragment, serialize
from editor.text.sanitize import first_removed, sanitize_html

#: Blocks larger than this (as HTML) stay HTML blocks: python-markdown's inline pass is superlinear.
MAX_MARKDOWN_BLOCK = 64 * 1024
#: Characters that can start an inline Markdown construct or an escape in the Markdown we write.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]<>&!#]")
_LISTS = ("ul", "ol")


def html_to_markdown(html: str) -> str:
    """Convert CMS HTML to Markdown that :func:`markdown_to_html` turns back into equivalent HTML.

    Raises :class:`~editor.text.errors.ContentError` for input that cannot be parsed.
    """
    root = parse_fragment(html)
    span = _span_wrapper(html)
    if span is not None:
        return _whole_as_html(span, html, root)
    if not root.children:
        return ""
    blocks = [child for child in root.children if isinstance(child, Element)]
    if len(blocks) < len(root.children) or any(not _top_level_block(b) for b in blocks):
        return _whole_as_html(root, html)
    expected = [serialize(block) for block in blocks]
    levels = [Level.PRETTY if _inline_pass_is_cheap(e) else Level.RAW for e in expected]
    texts = _write_blocks(blocks, levels)
    rendered = _rendered_blocks(_join(texts))
    if rendered == expected:
        return _join(texts)
    suspects = (
        [i for i, (got, want) in enumerate(zip(rendered, expected, strict=True)) if got != want]
        if len(rendered) == len(expected)
        else range(len(blocks))
    )
    for index in suspects:
        while levels[index] < Level.RAW and _rendered_blocks(texts[index]) != [expected[index]]:
            levels[index] = Level(levels[index] + 1)
            texts[index] = block_markdown(blocks[index], levels[index])
    texts = _write_blocks(blocks, levels)
    if _rendered_blocks(_join(texts)) == expected:
        return _join(texts)
    return _whole_as_html(root, html)  # blocks that interact in a way the checks above did not foresee


def _inline_pass_is_cheap(html: str) -> bool:
    """True when python-markdown's inline pass over ``html`` as Markdown stays fast.

    That pass rebuilds the whole text for every match (an escape, a link, an emphasis), so its cost grows
    with length x matches: 20,000 ``[`` in one paragraph took 4 s. Blocks above
    :data:`~editor.text.limits.MAX_INLINE_WORK` (or :data:`MAX_MARKDOWN_BLOCK`) stay HTML blocks.
    """
    if len(html) > MAX_MARKDOWN_BLOCK:
        return False
    return len(html) * len(_INLINE_SPECIAL.findall(html)) <= MAX_INLINE_WORK


def _top_level_block(element: Element) -> bool:
    """True if python-markdown keeps ``element`` as a block and whitespace around it does not count."""
    return element.tag in BLOCK_LEVEL and element.tag in MARKDOWN_BLOCK_LEVEL


def _write_blocks(blocks: list[Element], levels: list[Level]) -> list[str]:
    """Markdown for each block; a list right after a Markdown list of the same kind stays HTML."""
    texts: list[str] = []
    for index, (block, level) in enumerate(zip(blocks, levels, strict=True)):
        follows_same_list = index and block.tag in _LISTS and blocks[index - 1].tag == block.tag
        if follows_same_list and levels[index - 1] is not Level.RAW:
            levels[index] = level = Level.RAW
        texts.append(block_markdown(block, level))
    return texts


def _join(texts: list[str]) -> str:
    return "\n\n".join(texts) + "\n"


def _rendered_blocks(markdown: str) -> list[str]:
    """The normal forms of the top-level nodes ``markdown`` renders to ([] when it cannot be rendered)."""
    try:
        html = markdown_to_html(markdown)
    except ContentError:  # nested deeper than Markdown allows: the caller falls back to HTML
        return []
    root = parse_fragment(html, unwrap=False)
    return [serialize(child) for child in root.children]


def _span_wrapper(html: str) -> Element | None:
    """The fragment of ``html`` as written when it is one ``<span>`` without attributes around inline
    content (inside ``<div>`` wrappers only), else None.

    That is how the CMS stores a text that is all inline (docs/integreat-cms.md, "HTML rules"). Our normal
    form drops that wrapper as it drops the ``<div>`` one, but a stricter reader counts only the ``<div>``:
    the span is kept, so the round trip gives the span back, not a ``<div>`` in its place.
    """
    root = parse_fragment(html, unwrap=False)
    while len(root.children) == 1 and isinstance(root.children[0], Element):
        only = root.children[0]
        if only.attrs or only.tag not in ("div", "span"):
            return None
        if only.tag == "span":
            inline = not any(isinstance(c, Element) and c.tag in BLOCK_LEVEL for c in only.children)
            return root if inline else None
        root = Element(FRAGMENT, {}, only.children)
    return None


def _whole_as_html(root: Element, source: str, normal: Element | None = None) -> str:
    """The whole fragment as one ``<div>`` HTML block (the normal form drops that wrapper); ``source`` is
    the HTML it was read from (for a message), ``normal`` the fragment's normal form when ``root`` is not
    (a kept ``<span>`` wrapper)."""
    text = f"<div>{serialize(root, pretty=True)}</div>\n"
    if serialize(parse_fragment(markdown_to_html(text))) != serialize(normal or root):
        if sanitize_html(serialize(root)) != serialize(root):
            what, line = first_removed(source) or ("markup", 1)
            raise ContentError(
                f"HTML holds markup the CMS editor does not allow (scripts, event handlers or unsafe "
                f"links), which Integreat Desk would remove on saving: {what} (line {line})",
                "unsafe_markup",
                detail=what,
                line=line,
            )
        raise ContentError("HTML cannot be represented in Markdown without changing it", "not_markdown")
    return text
