"""Find each top-level element's original HTML in the stored page, so unchanged blocks stay byte-identical.

The scan is a candidate only: a slice is used when it parses to exactly the block's canonical HTML
(``source_matches``), so a page the scan misreads (implicitly closed tags, broken markup) simply falls
back to the canonical form, which is equal under the normal form anyway.
"""

from __future__ import annotations

import re
from functools import lru_cache

from editor.text.errors import ContentError
from editor.text.normal_form import VOID, parse_fragment, serialize

_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(/?)([A-Za-z][^\s/>]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S
)
_RAW = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"))


Span = tuple[str, int, int]


@lru_cache(maxsize=8)
def _scan(html: str) -> tuple[tuple[Span, ...], tuple[Span, ...]] | None:
    """``(tag, start, end)`` of each top-level element, and of each element one level below them.

    A regular-expression tag scan, done once per page: the CMS's wrapper, the sources and
    :func:`cms_wrapped` all read it.
    """
    spans: list[Span] = []
    inner: list[Span] = []
    depth = 0
    starts = [0, 0]
    position = 0
    while True:
        match = _TOKEN.search(html, position)
        if match is None:
            break
        position = match.end()
        closing, name = match.group(1), match.group(2)
        if name is None:
            continue
        tag = name.lower()
        if not closing:
            if tag in VOID:
                if depth < 2:
                    (spans, inner)[depth].append((tag, match.start(), match.end()))
                continue
            if depth < 2:
                starts[depth] = match.start()
            depth += 1
            if tag in _RAW:  # its text is not markup: jump to its end tag
                end = re.compile(f"</{tag}\\s*>", re.I).search(html, position)
                if end is None:
                    return None
                position = end.start()
            continue
        if tag in VOID:
            continue
        depth -= 1
        if depth < 0:
            return None
        if depth < 2:
            (spans, inner)[depth].append((tag, starts[depth], match.end()))
    return (tuple(spans), tuple(inner)) if depth == 0 else None


def clear_caches() -> None:
    """Forget the scans of recent pages (benchmarks measure a cold open)."""
    _scan.cache_clear()


def top_level_sources(html: str, tags: list[str]) -> list[str] | None:
    """The source slice of every top-level element of the parsed page (named ``tags``), or None."""
    scanned = _scan(html)
    spans = scanned[0] if scanned is not None else None
    inner_spans: tuple[Span, ...] | None = scanned[1] if scanned is not None else ()
    # the CMS wrapper: a lone attribute-less div/span around everything is dropped by the normal form
    while spans is not None and len(spans) == 1 and (len(tags) != 1 or spans[0][0] != tags[0]):
        tag, start, end = spans[0]
        inner_start = html.find(">", start) + 1
        inner_end = html.rfind("<", start, end)
        if tag not in ("div", "span") or inner_start <= 0 or inner_end < inner_start:
            return None
        if inner_spans is not None:  # the level below was scanned with the page
            spans, inner_spans = inner_spans, None
            continue
        html = html[inner_start:inner_end]
        scanned = _scan(html)
        spans = scanned[0] if scanned is not None else None
    if spans is None or len(spans) != len(tags):
        return None
    if any(tag != name for (tag, _, _), name in zip(spans, tags, strict=True)):
        return None
    return [html[start:end] for _, start, end in spans]


def cms_wrapped(html: str) -> bool:
    """True when ``html`` is wrapped in the CMS's own attribute-less ``<div>`` (kept when writing back)."""
    spans = (_scan(html) or ((), ()))[0]
    return len(spans) == 1 and spans[0][0] == "div" and html.startswith("<div>", spans[0][1])


def source_matches(source: str, canonical: str) -> bool:
    """True if ``source`` is exactly one element whose canonical HTML is ``canonical``."""
    try:
        parsed = parse_fragment(source, unwrap=False)
    except ContentError:
        return False
    return len(parsed.children) == 1 and serialize(parsed.children[0]) == canonical
