"""A language's first pull through its translations' edit forms instead of its page tree (ADR 0029).

The logged-in page tree of a language is the only list that tells the status of each of its
translations' latest version (a draft over a public version, a text in review, an auto save): the
public lists show public versions only. For a language the working copy holds nothing of yet, the
edit form of each translation tells every fact its tree row gives the pull — the stored title and
content, slug, status, the date of ``last_updated`` and the short link — and the language tree as
well. So a language with at most two translations (the source language's tree says which exist) is
read through those forms: at most as many requests as its tree plus its texts would cost, usually
fewer. Structure (depth, parent, position) and the translation states come from the source tree,
which lists them for every page.

Only where that is exact: the source tree is read with every page of the region
(:meth:`~editor.sync.client.PageForms.tree` with ``all_pages``), and a language qualifies only when
that tree names its state on every page and none of its translations belongs to a page without a
source translation (such a page is in that language's tree only). A form that cannot be read puts
the language back on its tree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

from editor.sync.cms_types import MalformedResponse, TranslationForm, TreeRow
from editor.sync.errors import ClientError, NetworkError

#: A language with at most this many translations is read through its forms: its tree and texts
#: cost at least two requests (the tree, then a public list or a text) as soon as it has one.
MAX_FORMS = 2

Reader = Callable[[str, int], TranslationForm]


def form_languages(source_rows: Sequence[TreeRow], fresh: Sequence[str]) -> dict[str, list[TreeRow]]:
    """The languages of ``fresh`` (nothing of them in the working copy) to read through forms, each with
    the source rows of the pages it has a translation of. ``source_rows`` is the source language's
    tree with every page (``translated`` False: a page without a source translation)."""
    out: dict[str, list[TreeRow]] = {}
    for code in fresh:
        states = [row.translation_states.get(code) for row in source_rows]
        if any(state is None for state in states):  # not told (e.g. a fallback): its tree decides
            continue
        if any(
            not row.translated and state != "MISSING" for row, state in zip(source_rows, states, strict=True)
        ):
            continue  # a translation of a page the source tree has no row of
        pages = [row for row in source_rows if row.translated and row.translation_states[code] != "MISSING"]
        if len(pages) <= MAX_FORMS:
            out[code] = pages
    return out


def tree_row(source: TreeRow, language: str, form: TranslationForm) -> TreeRow:
    """The tree row a language's own tree would show, from its edit form and the source tree's row
    (structure and translation states are the page's; a title is shown whitespace-collapsed)."""
    return TreeRow(
        page_id=source.page_id,
        language=language,
        depth=source.depth,
        parent_id=source.parent_id,
        position=source.position,
        title=" ".join(form.text.title.split()),
        slug=form.slug,
        status=form.status,
        date=form.date,
        translation_states=source.translation_states,
        short_link_id=form.short_link_id,
    )


def read_forms(
    plan: Mapping[str, list[TreeRow]], read: Reader, workers: int, cancelled: Callable[[], bool]
) -> dict[str, dict[int, TranslationForm]]:
    """Read the forms of ``plan`` over at most ``workers`` connections. A language comes back only when
    every one of its forms was read (one that failed or was refused puts it back on its tree); none
    after a cancel."""
    jobs = [(code, row.page_id) for code, rows in plan.items() for row in rows]

    def one(job: tuple[str, int]) -> TranslationForm | None:
        if cancelled():
            return None
        try:
            return read(*job)
        except (NetworkError, ClientError, MalformedResponse):
            return None

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = list(pool.map(one, jobs))
    if cancelled():
        return {}
    out: dict[str, dict[int, TranslationForm]] = {code: {} for code in plan}
    failed: set[str] = set()
    for (code, page_id), form in zip(jobs, results, strict=True):
        if form is None or form.status == "UNKNOWN":
            failed.add(code)
        else:
            out[code][page_id] = form
    return {code: forms for code, forms in out.items() if code not in failed}
