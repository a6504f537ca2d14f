"""The region's languages as the page trees tell them: which trees a pull reads, which languages are gone.

The working copy keeps every language it ever pulled, with its texts: a text typed here is never
dropped because the CMS stopped offering its language. Two region-wide facts are kept in the sync
meta (written through the unit of work):

* ``tree_only_languages``: languages the trees' translation states name that the region's language
  list does not (active in the CMS, but not visible; their pages are still edited there);
* ``gone_languages``: languages of the working copy whose page tree the CMS refuses (404): deactivated
  or removed from the region's language tree. The CMS then refuses its edit and ``new/`` forms too.
  Their trees are not asked again, their texts wait in the outbox and a push names the language
  (:func:`gone_problem`) instead of sending them. The trees' translation states name every active
  language, so a gone language that is active again shows there: that pull reads its tree again, and
  its waiting texts go out with the usual check against the server (docs/decisions/0041).

A language removed from the region and added again comes back with no texts: the CMS deleted them with
its old tree node. Its empty tree is then not the ``remote_empty`` stop but ``language_emptied``, when the
source language's tree agrees (:meth:`TreeReader.emptied_in_cms`); its kept texts lose their base
(:func:`forget_emptied`), so those changed here are created again by the push (docs/decisions/0043).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping, Sequence

from editor.models.store import Store
from editor.models.sync_reads import LocalRow
from editor.models.unit_sync import LanguageSpec
from editor.sync import issues
from editor.sync.client import CmsClient
from editor.sync.errors import ClientError, NetworkError
from editor.sync.issues import Problem
from editor.sync.pull import Listing, known_in
from editor.sync.report import SyncIssue, SyncReport

log = logging.getLogger(__name__)

_GONE, _TREE_ONLY = "gone_languages", "tree_only_languages"


def gone(store: Store) -> set[str]:
    """The working copy's languages the CMS refused the last time it was asked (see the docstring)."""
    return _codes(store.sync_meta().get(_GONE, ""))


def tree_only(store: Store) -> set[str]:
    """Languages the trees name that the region does not list (active, but not visible)."""
    return _codes(store.sync_meta().get(_TREE_ONLY, ""))


def remember(
    store: Store, listing: Listing, specs: Sequence[LanguageSpec], gone_now: Collection[str]
) -> None:
    """Keep the trees' languages the region does not list and the languages gone now (written only
    when they changed), so later pulls ask neither the region nor the CMS about them again."""
    rows = [row for rows in listing.rows.values() for row in rows]
    listed = {code for row in rows for code in row.translation_states}
    meta = store.sync_meta()
    values = {
        _TREE_ONLY: ",".join(sorted(listed - {spec.code for spec in specs})),
        _GONE: ",".join(sorted(gone_now)),
    }
    changed = {key: value for key, value in values.items() if value != meta.get(key, "")}
    if changed:
        if _GONE in changed:
            log.info("languages the CMS refuses now: %s", changed[_GONE] or "none")
        with store.unit() as unit:
            unit.set_sync_meta(**changed)


def gone_problem(language: str) -> Problem:
    """The problem of a text (or new page) in ``language`` that cannot be sent while it is gone."""
    return issues.problem("language_gone", language=language)


class TreeReader:
    """Reads one pull's page trees into ``listing`` and notes what they tell about the languages."""

    def __init__(
        self,
        client: CmsClient,
        region: str,
        listing: Listing,
        local: Mapping[tuple[int, str], LocalRow],
        report: SyncReport,
        cancelled: Callable[[], bool],
    ) -> None:
        self.client, self.region, self.listing, self.local = client, region, listing, local
        self.report, self.cancelled = report, cancelled
        #: Languages whose tree was asked in this pull, and those the CMS refused (404).
        self.asked: set[str] = set()
        self.refused: set[str] = set()
        #: Languages the CMS holds no texts of any more (removed and added again), with how many the
        #: working copy knew (:meth:`emptied_in_cms`).
        self.emptied: dict[str, int] = {}

    def read(self, specs: Sequence[LanguageSpec]) -> None:
        """Read the trees of ``specs`` not asked yet. A language whose tree is empty although the last
        pulls brought texts of it is skipped and reported (``remote_empty``: nothing is changed), unless
        the source language's tree tells that the CMS holds none of them (:meth:`emptied_in_cms`)."""
        for spec in specs:
            if spec.code in self.asked:
                continue
            if self.cancelled():
                return
            self.asked.add(spec.code)
            try:
                rows = self.client.tree(self.region, spec.code)
            except ClientError as exc:
                if exc.status != 404:
                    raise
                self.refused.add(spec.code)  # deactivated or removed in the CMS
                continue
            known = known_in(self.local, spec.code)
            if not rows and known and self.emptied_in_cms(spec.code):
                self.emptied[spec.code] = known
                self.listing.rows[spec.code] = []
                continue
            if not rows and known:
                self.listing.skipped.add(spec.code)
                empty = issues.problem("remote_empty", language=spec.code, known=known)
                self.report.failed.append(SyncIssue.of(None, None, spec.code, "", empty))
                continue
            self.listing.rows[spec.code] = rows
        if self.asked and self.asked == self.refused:  # every tree refused: not a language's doing
            codes = ", ".join(sorted(self.asked))
            raise ClientError(404, f"the CMS refused the page tree of every language ({codes})")

    def emptied_in_cms(self, language: str) -> bool:
        """True when the source language's tree, read in this pull, tells that the CMS holds no text in
        ``language`` (an active language: its rows name it) for every page of it the last pulls brought
        that it lists (at least one): the state ``MISSING``. An empty tree for another reason (rights, a
        CMS fault) does not make the source tree say so: that stays the ``remote_empty`` stop."""
        source = self.listing.source
        rows = self.listing.rows.get(source, []) if language != source else []
        known = {page for (page, lang), row in self.local.items() if lang == language and row.base_hash}
        states = [row.translation_states.get(language) for row in rows if row.page_id in known]
        named = bool(rows) and all(language in row.translation_states for row in rows)
        return named and bool(states) and all(state == "MISSING" for state in states)

    def named(self) -> set[str]:
        """Every language the trees read so far name (their translation states: the active languages)."""
        rows = [row for rows in self.listing.rows.values() for row in rows]
        return {code for row in rows for code in row.translation_states}


def forget_emptied(
    store: Store, emptied: Mapping[str, int], local: Mapping[tuple[int, str], LocalRow], report: SyncReport
) -> bool:
    """The kept texts of the ``emptied`` languages lose their base (the CMS holds none of them now;
    texts in conflict stay as they are), the language tree is read again (the language's node is new),
    and each language is reported (``language_emptied``): once, or while texts of it are in conflict.
    True when something was written."""
    ids = [
        row.translation_id
        for (_page, lang), row in local.items()
        if lang in emptied and row.base_hash and not row.in_conflict
    ]
    if ids:
        with store.unit() as unit:
            report.changes |= unit.forget_bases(ids)
            unit.clear_sync_meta("language_tree")
    for language, known in sorted(emptied.items()):
        rows = [row for (_page, lang), row in local.items() if lang == language and row.base_hash]
        waiting = sum(1 for row in rows if row.changed_locally and not row.in_conflict)
        log.info("the CMS holds no texts in %s any more (%d known, %d waiting)", language, known, waiting)
        found = issues.problem("language_emptied", language=language, known=known, waiting=waiting)
        report.failed.append(SyncIssue.of(None, None, language, "", found))
    return bool(ids)


class GoneCheck:
    """A push's view of the gone languages: those the last pull found, and one the CMS refuses now
    (a 404 from a page form whose language's tree is refused too: one request, once per language)."""

    def __init__(self, store: Store, client: CmsClient, region: str) -> None:
        self.store, self.client, self.region = store, client, region
        self.codes = gone(store)
        self._active: set[str] = set()

    def __contains__(self, language: object) -> bool:
        return language in self.codes

    def refused(self, exc: BaseException, language: str) -> bool:
        """True when ``exc``, a page form's answer for ``language``, means the language is gone."""
        if not (isinstance(exc, ClientError) and exc.status == 404) or language in self._active:
            return False
        try:
            self.client.tree(self.region, language)
        except ClientError as refused:
            if refused.status != 404:
                return False
            self.codes.add(language)
            with self.store.unit() as unit:
                unit.set_sync_meta(**{_GONE: ",".join(sorted(self.codes))})
            return True
        except NetworkError:
            return False
        self._active.add(language)
        return False


def _codes(text: str) -> set[str]:
    return {code for code in text.split(",") if code}
