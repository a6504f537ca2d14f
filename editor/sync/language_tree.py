"""The region's language tree as a page edit form shows it (docs/decisions/0027-language-tree.md).

The CMS's API gives no language tree and editors may not open its admin page, but every page edit
form has the "Translator view" box: ``<select id="side-by-side-select">`` with one option per active
language that is not the root, in tree order. Its value is the side-by-side URL
``/<region>/pages/<target slug>/<page id>/edit/side-by-side/``, its label "{source} to {target}" with
translated language names in the user's UI language. The target's code comes from the URL; the
source's name is some other option's target name, or else it is the root (the one region language
that is no option's target). The separator ("to", "nach", ...) is learnt from the labels: it is the
same in all of them. Anything ambiguous gives None (the caller keeps the flat tree and logs it).
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from editor.sync import cms_html
from editor.sync.cms_types import MalformedResponse
from editor.sync.errors import ClientError, NetworkError

if TYPE_CHECKING:
    from editor.sync.client import PageForms

log = logging.getLogger(__name__)

_TARGET = re.compile(r"/pages/([^/]+)/\d+/edit/side-by-side/?$")
#: At most this many readings of the labels are tried (each label split at each separator occurrence).
_MAX_READINGS = 4096


def read_parents(
    client: PageForms, region: str, lang: str, page_id: int, codes: list[str]
) -> tuple[dict[str, str | None] | None, bool]:
    """(each language's parent or None, settled) from the edit form of one page. None keeps the flat
    tree under the first language (logged). Not settled: a passing failure (timeout, 5xx, no
    network), asked again with the next pull; a refused (4xx) or unclear form is settled."""
    try:
        parents = client.language_parents(region, lang, page_id, codes)
    except (ClientError, MalformedResponse) as exc:
        log.warning("the language tree was not read: page form %s refused (%s)", page_id, exc)
        return None, True
    except NetworkError as exc:
        log.info("the language tree was not read (%s); asked again with the next pull", exc)
        return None, False
    return unclear(parents, codes), True


def unclear(parents: dict[str, str | None] | None, codes: list[str]) -> dict[str, str | None] | None:
    """``parents`` as a form told them; None, with a warning in the log, when it did not."""
    if parents is None:
        log.warning(
            "the CMS's language tree could not be read unambiguously; every language counts as "
            "translated from %s",
            codes[0],
        )
    return parents


def side_by_side_options(html: str) -> list[tuple[str, str]] | None:
    """(target code, label) of every option of the translator view box; None without the box."""
    doc = cms_html.parse(html)
    selects = doc.xpath('//select[@id="side-by-side-select"]')
    if not selects:
        return None
    options: list[tuple[str, str]] = []
    for option in selects[0].xpath(".//option"):
        value = (option.get("value") or "").strip()
        if not value:
            continue
        match = _TARGET.search(value.split("?", 1)[0])
        label = " ".join(option.text_content().split())
        if match is None or not label:
            return None
        options.append((match.group(1), label))
    return options


def parse_language_tree(html: str, codes: Sequence[str]) -> dict[str, str | None] | None:
    """Each of ``codes`` (the region's languages) mapped to its parent's code (None for the root),
    read from a page edit form; None when the form does not tell it unambiguously."""
    options = side_by_side_options(html)
    if options is None:
        return None
    targets = [code for code, _ in options]
    if len(set(targets)) != len(targets):
        return None
    roots = [code for code in codes if code not in targets]
    if len(roots) != 1:
        return None
    root = roots[0]
    if not options:
        return {root: None}
    names = _read_labels([label for _, label in options])
    if names is None:
        return None
    by_name = {target: targets[i] for i, (_, target) in enumerate(names)}
    parents: dict[str, str | None] = {root: None}
    for code, (source, _) in zip(targets, names, strict=True):
        parents[code] = by_name.get(source, root)
    if any(code not in parents or (parents[code] not in (None, *codes)) for code in codes):
        return None  # a region language's parent is hidden, or a language is missing
    return {code: parents[code] for code in codes} if _acyclic(parents, root) else None


def _read_labels(labels: list[str]) -> list[tuple[str, str]] | None:
    """(source name, target name) of each label, when exactly one reading is consistent."""
    found: set[tuple[tuple[str, str], ...]] = set()
    for separator in _separators(labels):
        splits = [_splits(label, separator) for label in labels]
        count = 1
        for s in splits:
            count *= len(s)
        if count > _MAX_READINGS:
            return None
        for reading in itertools.product(*splits):
            if _consistent(reading):
                found.add(reading)
        if len(found) > 1:
            return None
    return list(next(iter(found))) if len(found) == 1 else None


def _separators(labels: list[str]) -> list[str]:
    """Word sequences between spaces (up to three words) that every label contains."""
    words = labels[0].split(" ")
    candidates = {
        " " + " ".join(words[i:j]) + " "
        for i in range(1, len(words))
        for j in range(i + 1, min(i + 4, len(words)))
    }
    return sorted(c for c in candidates if all(c in label for label in labels))


def _splits(label: str, separator: str) -> list[tuple[str, str]]:
    """Every (before, after) split of ``label`` at an occurrence of ``separator``."""
    out = []
    start = label.find(separator)
    while start >= 0:
        out.append((label[:start], label[start + len(separator) :]))
        start = label.find(separator, start + 1)
    return [(s, t) for s, t in out if s and t]


def _consistent(reading: tuple[tuple[str, str], ...]) -> bool:
    """Distinct target names; every source another option's target or one common root name."""
    targets = [t for _, t in reading]
    if len(set(targets)) != len(targets):
        return False
    roots = {s for s, _ in reading if s not in targets}
    return len(roots) == 1 and all(s != t for s, t in reading)


def _acyclic(parents: dict[str, str | None], root: str) -> bool:
    """Every language reaches the root."""
    for code in parents:
        seen: set[str] = set()
        node: str | None = code
        while node is not None and node != root:
            if node in seen:
                return False
            seen.add(node)
            node = parents.get(node)
        if node != root:
            return False
    return True
