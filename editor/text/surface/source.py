"""Find each top-level element's original HTML in the stored page, so unchanged blocks stay byte-identical.

The scan is a candidate only: a slice is used when it parses to exactly the block's canonical HTML
(``source_matches``), so a page the scan misreads (implicitly closed tags, broken markup) simply falls
back to the canonical form, which is equal under the normal form anyway.
"""

from __future__ import annotations

from html.parser import HTMLParser

from editor.text.errors import ContentError
from editor.text.normal_form import VOID, Element, parse_fragment, serialize


class _Spans(HTMLParser):
    """Offsets of the top-level elements of an HTML string."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self.line_starts = [0]
        self.line_starts.extend(i + 1 for i, char in enumerate(html) if char == "\n")
        self.depth = 0
        self.start = 0
        self.spans: list[tuple[str, int, int]] = []
        self.broken = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: object) -> None:
        offset = self._offset()
        if tag in VOID:
            if self.depth == 0:
                self.spans.append((tag, offset, offset + len(self.get_starttag_text() or "")))
            return
        if self.depth == 0:
            self.start = offset
        self.depth += 1

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        if self.depth == 0:
            offset = self._offset()
            self.spans.append((tag, offset, offset + len(self.get_starttag_text() or "")))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        self.depth -= 1
        if self.depth < 0:
            self.broken = True
            self.depth = 0
        elif self.depth == 0:
            offset = self._offset()
            end = self.html.find(">", offset)
            self.spans.append((tag, self.start, end + 1 if end >= 0 else len(self.html)))


def _scan(html: str) -> list[tuple[str, int, int]] | None:
    parser = _Spans(html)
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        return None
    if parser.broken or parser.depth:
        return None
    return parser.spans


def top_level_sources(html: str, root: Element) -> list[str] | None:
    """The source slice of every top-level element of ``root`` (the parsed page), in order, or None."""
    elements = [child for child in root.children if isinstance(child, Element)]
    spans = _scan(html)
    # the CMS wrapper: a lone attribute-less div/span around everything is dropped by the normal form
    while spans is not None and len(spans) == 1 and (len(elements) != 1 or spans[0][0] != elements[0].tag):
        tag, start, end = spans[0]
        inner_start = html.find(">", start) + 1
        inner_end = html.rfind("<", start, end)
        if tag not in ("div", "span") or inner_start <= 0 or inner_end < inner_start:
            return None
        html = html[inner_start:inner_end]
        spans = _scan(html)
    if spans is None or len(spans) != len(elements):
        return None
    if any(tag != element.tag for (tag, _, _), element in zip(spans, elements, strict=True)):
        return None
    return [html[start:end] for _, start, end in spans]


def source_matches(source: str, canonical: str) -> bool:
    """True if ``source`` is exactly one element whose canonical HTML is ``canonical``."""
    try:
        parsed = parse_fragment(source, unwrap=False)
    except ContentError:
        return False
    return len(parsed.children) == 1 and serialize(parsed.children[0]) == canonical
