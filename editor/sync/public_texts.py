"""Public texts without a request each: where the public page list's ``content`` is the stored text.

The API's ``content`` is not the stored text (docs/integreat-cms.md): it is ``combined_text`` (a
mirrored page's live content placed before or after the page's own) with the shortcodes ``[page …]``
and ``[contact …]`` expanded, and an empty text is replaced by a "not available in this language"
block. :func:`listed_texts` takes a list item's text as the stored one only when all of this holds,
each checked from what the pull has read, never assumed:

* the tree row is PUBLIC: its latest version is the public one, the one the list shows;
* the tree row carries no tag (``live_content`` is False): the page mirrors no other page;
* the item is that row's: the same translation row id (short link), or else the same path (built
  from the tree's slugs), and in both cases the same title;
* the content is exactly one top-level element: the CMS's ``clean_content`` stores every text as one
  (several are wrapped in a ``<div>``), a mirror would add a second one, and the "not available"
  block is two (``<p>`` and ``<ul>``);
* it contains no ``[``: the shortcode parser returns a text without ``[`` unchanged, and a stored
  ``[`` that is not a known shortcode (or is escaped as ``\\[``) would still show one;
* it contains nothing the two shortcodes expand to: a link whose only attribute is ``href``
  (``[page]``) or a contact card (``data-contact-id``, ``[contact]``). Stored texts with such markup
  (internal links the CMS cleaned, contact cards) are read one by one.

Anything else is read one by one (``preview/``), as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import lxml.etree
import lxml.html

from editor.sync.api_json import ApiPage
from editor.sync.cms_types import StoredTranslation, TreeRow
from editor.sync.pull import row_paths

#: A link with ``href`` as its only attribute: what ``[page <id>]`` expands to.
_PAGE_LINK = re.compile(r'<a href="[^"]*">')


def may_be_listed(row: TreeRow) -> bool:
    """Whether the public list could give this row's stored text (PUBLIC, no tag)."""
    return row.status == "PUBLIC" and row.live_content is False


def is_stored_form(content: str) -> bool:
    """Whether an API ``content`` is provably the stored text of a page that mirrors nothing (see the
    module docstring): one top-level element, no ``[``, no shortcode expansion."""
    if "[" in content or "data-contact-id" in content or _PAGE_LINK.search(content):
        return False
    try:
        parts = lxml.html.fragments_fromstring(content)
    except (lxml.etree.ParserError, ValueError):
        return False
    nodes = [p for p in parts if not (isinstance(p, str) and not p.strip())]
    return len(nodes) == 1 and not isinstance(nodes[0], str) and not (nodes[0].tail or "").strip()


def listed_texts(
    rows: Sequence[TreeRow],
    wanted: Sequence[TreeRow],
    items: Sequence[ApiPage],
    region: str,
    language: str,
    rtl: bool,
) -> dict[int, StoredTranslation]:
    """The stored texts of ``wanted`` rows that the public list ``items`` of ``language`` gives exactly
    (by CMS page id); ``rows`` is the language's whole tree (for the paths)."""
    paths = row_paths(region, language, list(rows))
    unique = {path for path, n in Counter(paths.values()).items() if n == 1}
    by_id = {item.id: item for item in items}
    by_path = {item.path: item for item in items}
    if len(by_path) != len(items):  # two items with one path: match by id only
        by_path = {}
    out: dict[int, StoredTranslation] = {}
    for row in wanted:
        if not may_be_listed(row):
            continue
        if row.short_link_id is not None:
            item = by_id.get(row.short_link_id)
        else:
            path = paths.get(row.page_id)
            item = by_path.get(path) if path in unique else None
        if item is None or " ".join(item.title.split()) != row.title or not is_stored_form(item.content):
            continue
        out[row.page_id] = StoredTranslation(row.page_id, language, item.title, item.content, rtl)
    return out
