"""One pull of a region: read the region, the trees and the texts that may have changed, then apply the
decision table (:func:`editor.sync.engine.decide`) in one unit of work per language.

Requests: the region + languages (1 anonymous request, first pull only), login (2), one tree per
language, the source language's public page list when some public row has no short link, and the
texts of the translations whose tree row says they may have changed
(:func:`editor.sync.engine.needs_fetch`): a PUBLIC text is taken from its language's public page list
where that provably holds the stored text (:mod:`editor.sync.public_texts`; a list is read only when
it replaces two or more requests), every other one is read by itself (``preview/``). The language
tree (first pull, or when the languages change) comes from the edit form of one of those texts, which
replaces that text's own request (docs/decisions/0029-first-pull-language-tree.md).
Nothing is written to the working copy before the login succeeded.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from editor.models.sync_reads import LocalRow, being_restored, local_rows, page_ids_by_cms_id
from editor.models.unit_sync import LanguageSpec
from editor.sync import engine, issues, language_tree, region_languages
from editor.sync.api_json import ApiPage
from editor.sync.client import CmsClient
from editor.sync.cms_types import MalformedResponse, Region, StoredTranslation, TreeRow
from editor.sync.digests import Digests, DigestsAhead
from editor.sync.errors import ClientError, NetworkError
from editor.sync.issues import Problem
from editor.sync.public_texts import listed_texts, may_be_listed
from editor.sync.pull import Listing, by_key, cms_states, stamps, with_public_ids
from editor.sync.redact import has_userinfo, strip_userinfo
from editor.sync.report import Progress, SyncIssue, SyncReport

if TYPE_CHECKING:
    from editor.sync.service import SyncService

log = logging.getLogger(__name__)


class PullRun:
    """One pull (see the module docstring); ``cancel`` is checked between items."""

    def __init__(self, service: SyncService, report: SyncReport, cancel: threading.Event | None) -> None:
        self.service, self.report, self.cancel = service, report, cancel
        self.store, self.client, self.region_slug = service.store, service.client, service.region_slug
        #: Public page lists read in this run (the source language's for the row ids), by language.
        self._public: dict[str, list[ApiPage]] = {}
        #: False once a list read for texts gave fewer than two of them (the region's texts are mostly
        #: not in their stored form there: internal links, contact cards, mirrors); no more lists then.
        self._lists_pay = True
        #: Texts read with the language tree's edit form (by CMS page id and language), used by apply().
        self._prefetched: dict[tuple[int, str], StoredTranslation] = {}
        #: The CMS's translation states of the listing apply() wrote (``pull.cms_states``).
        self.states: dict[tuple[int, str], str] = {}
        #: Local ids of the pages a waiting restore brings back (set when the tree is written).
        self._restoring: frozenset[int] = frozenset()

    # --- reading --------------------------------------------------------------------------------

    def read_listing(self) -> tuple[Listing, dict[tuple[int, str], LocalRow]]:
        """Region (first pull only), login and the trees of the languages the CMS offers; the working
        copy's rows. A language whose tree the CMS refuses is gone: its texts stay and wait, its tree
        is not asked again until the trees name it again (:mod:`editor.sync.region_languages`)."""
        # Incremental pulls take the languages from the working copy: the trees list every active
        # language of the region, so the region is asked again only when one appears.
        specs = self._stored_specs()
        fresh = specs is None
        if specs is None:  # first pull: read and log in before the working copy gets anything
            region = self._read_region()
            self.service.ensure_login()
            specs = self._save_region(region)
        else:
            self.service.ensure_login()
        local = by_key(local_rows(self.store))
        listing = Listing(specs[0].code)
        gone = set() if fresh else region_languages.gone(self.store)
        trees = region_languages.TreeReader(
            self.client, self.region_slug, listing, local, self.report, self._cancelled
        )
        trees.read([spec for spec in specs if spec.code not in gone])
        back = gone & trees.named()  # active again
        unknown = trees.named() - {spec.code for spec in specs} - region_languages.tree_only(self.store)
        if unknown and not fresh:  # a new language, or one that is not visible: the region, once
            region_codes = {spec.code for spec in self._save_region(self._read_region())}
            back |= gone & region_codes
            specs = self._stored_specs() or specs
        trees.read([spec for spec in specs if spec.code not in gone or spec.code in back])
        gone = (gone - back) | trees.refused
        region_languages.remember(self.store, listing, specs, gone)
        if trees.emptied and region_languages.forget_emptied(self.store, trees.emptied, local, self.report):
            local = by_key(local_rows(self.store))  # those texts have no base now (0043)
        specs = [spec for spec in specs if spec.code not in gone]
        self.report.pulled = {spec.code: 0 for spec in specs}
        if not self.report.cancelled:
            self._add_public_ids(listing)
        if not self.report.cancelled and self.store.sync_meta().get("language_tree") != _tree_key(specs):
            self._read_language_tree(specs, listing, local)
        return listing, local

    def _stored_specs(self) -> list[LanguageSpec] | None:
        """The region's languages as the last pull stored them (None before the first pull)."""
        stored = self.store.region()
        if stored is None:
            return None
        languages = self.store.languages()
        specs = [
            LanguageSpec(lg.code, lg.bcp47_tag, lg.native_name, lg.rtl, lg.parent_code) for lg in languages
        ] or None
        if specs and has_userinfo(stored.cms_url):  # left by an older version
            with self.store.unit() as unit:
                unit.ensure_region(stored.slug, stored.name, strip_userinfo(stored.cms_url), specs)
        return specs

    def _read_region(self) -> Region:
        """The region and its languages from the CMS (one anonymous request; nothing is written)."""
        region = self.service.take_first_contact_region()
        if region is None:
            region = self.client.region(self.region_slug)
        if not region.languages:
            raise engine.RemoteEmpty("any language", 0)
        return region

    def _save_region(self, region: Region) -> list[LanguageSpec]:
        """Store the region, its CMS address (without credentials) and its languages."""
        specs = [
            LanguageSpec(lg.code, lg.bcp47_tag, lg.native_name, lg.right_to_left) for lg in region.languages
        ]
        stored = self.store.region()
        cms_url = strip_userinfo(
            str(getattr(self.client, "base_url", "") or (stored.cms_url if stored else ""))
        )
        with self.store.unit() as unit:
            self.report.changes |= unit.ensure_region(self.region_slug, region.name, cms_url, specs)
        return specs

    def _read_language_tree(
        self, specs: list[LanguageSpec], listing: Listing, local: dict[tuple[int, str], LocalRow]
    ) -> None:
        """The languages' parents from one page edit form (first pull, and again when the languages
        change; docs/decisions/0027-language-tree.md): the form of a translation whose text the pull
        reads by itself anyway, which gives that text too (docs/decisions/0029-first-pull-language-tree.md);
        the source language's first page when there is none, or when that form was refused."""
        codes = [spec.code for spec in specs]
        found = self._tree_with_a_text(listing, local, codes)
        if found is not None:
            parents, settled = found
        else:
            rows = listing.rows.get(listing.source) or []
            if not rows:  # no page to read a form of yet: the flat tree, asked again with the next pull
                return
            parents, settled = language_tree.read_parents(
                self.client, self.region_slug, listing.source, rows[0].page_id, codes
            )
        if parents is not None:
            specs[:] = [replace(spec, parent=parents.get(spec.code)) for spec in specs]
            stored = self.store.region()
            with self.store.unit() as unit:
                if stored is not None:
                    self.report.changes |= unit.ensure_region(stored.slug, stored.name, stored.cms_url, specs)
        if settled:
            with self.store.unit() as unit:
                unit.set_sync_meta(language_tree=_tree_key(specs))

    def _tree_with_a_text(
        self, listing: Listing, local: dict[tuple[int, str], LocalRow], codes: list[str]
    ) -> tuple[dict[str, str | None] | None, bool] | None:
        """(parents, settled) from the edit form of a text this pull reads by itself anyway (the text is
        kept for :meth:`apply`); None when there is no such text or its form was refused or not
        understood (the caller then asks the source's first page, as before 0029)."""
        row = _read_anyway(listing, local)
        if row is None:
            return None
        try:
            form = self.client.translation_form(self.region_slug, row.language, row.page_id, codes)
        except (ClientError, MalformedResponse) as exc:
            log.info("the edit form of page %s (%s) was not read (%s)", row.page_id, row.language, exc)
            return None
        except NetworkError as exc:
            log.info("the language tree was not read (%s); asked again with the next pull", exc)
            return None, False
        text, parents = form
        self._prefetched[(row.page_id, row.language)] = text
        return language_tree.unclear(parents, codes), True

    def _add_public_ids(self, listing: Listing) -> None:
        """One request for the source language's public pages makes PUBLIC rows exact (see pull.py)."""
        if all(row.short_link_id is not None for rows in listing.rows.values() for row in rows):
            return
        try:
            public = self.client.public_pages(self.region_slug, listing.source)
        except (NetworkError, MalformedResponse) as exc:
            log.info("public page list not read (%s); recently edited texts are compared", exc)
            return
        self._public[listing.source] = public
        with_public_ids(listing, self.region_slug, public)

    # --- applying -------------------------------------------------------------------------------

    def apply(
        self, listing: Listing, local: dict[tuple[int, str], LocalRow], progress: Progress | None
    ) -> None:
        """The page tree, then per language: fetch the texts that may have changed, decide, run the
        actions in one unit of work (each action in its own savepoint). The texts of the language being
        written and of the one read next are in memory; the tree is written once the first language is
        read (before any text, also when the pull is cancelled or fails)."""
        times, self.states = stamps(listing), cms_states(listing)
        wanted = [
            row for rows in listing.rows.values() for row in rows
            if engine.needs_fetch(local.get((row.page_id, row.language)), row)
        ]  # fmt: skip
        read = frozenset(listing.rows) - listing.skipped
        pages = (
            listing.page_ids() if listing.complete else frozenset(k[0] for k in local) | listing.page_ids()
        )
        done = 0
        # one language is written while the next is read (and its texts digested by a worker); the tree
        # is written after the first language is read, while the worker starts (docs/decisions/0035)
        tree_waiting = True

        def tree() -> None:
            nonlocal tree_waiting
            tree_waiting = False
            self._write_tree(listing)

        pending: Callable[[], None] = tree
        with DigestsAhead(len(wanted)) as ahead, _written_on_error(lambda: tree_waiting, tree):
            for language, rows in listing.rows.items():
                mine = [row for row in wanted if row.language == language]
                listed = self._listed_texts(listing, language, mine)
                formed = {
                    row.page_id: text
                    for row in mine
                    if (text := self._prefetched.get((row.page_id, language)))
                }
                texts = self._fetch(
                    [row for row in mine if row.page_id not in listed and row.page_id not in formed],
                    progress,
                    (done, len(wanted)),
                )
                texts.update(listed)
                texts.update(formed)
                asked = {row.page_id for row in mine}
                done += len(mine)
                if self.report.cancelled:
                    pending()  # the language read before is written, as without the overlap
                    return
                remote = {
                    (row.page_id, language): engine.RemoteItem(
                        row, texts.get(row.page_id), times.get((row.page_id, language))
                    )
                    for row in rows
                    if row.page_id in texts or row.page_id not in asked
                }
                failed_keys = {(f.cms_page_id, f.language) for f in self.report.failed}
                local_view = {k: v for k, v in local.items() if k[1] == language and k not in failed_keys}
                digests = ahead.submit([text.content for text in texts.values()])
                pending()
                pending = functools.partial(
                    self._decide_and_run, local_view, remote, read & {language}, pages, digests
                )
            ahead.no_more()
            pending()
        for language in read - set(listing.rows):  # read, but nothing listed: drops only
            local_view = {k: v for k, v in local.items() if k[1] == language}
            self._decide_and_run(local_view, {}, frozenset({language}), pages)
        if progress is not None:
            progress(len(wanted), len(wanted), "")

    def _write_tree(self, listing: Listing) -> None:
        """The page tree (before any text is written)."""
        with self.store.unit() as unit:
            self.report.changes |= unit.upsert_pages(listing.pages())
        self._restoring = being_restored(self.store)

    def _decide_and_run(
        self,
        local_view: dict[tuple[int, str], LocalRow],
        remote: dict[tuple[int, str], engine.RemoteItem],
        listed: frozenset[str],
        pages: frozenset[int],
        digests: Callable[[], Digests] = dict,
    ) -> None:
        """One language's decision table, run in one unit of work (new translations in one batch;
        ``digests`` gives those of their texts a worker computed ahead)."""
        # a page a waiting restore brings back is not "gone on the server" (nor its subtree)
        local_view = {k: v for k, v in local_view.items() if k in remote or v.page_id not in self._restoring}
        actions = engine.decide(local_view, remote, listed, pages)
        new = [a for a in actions if isinstance(a, engine.AddFromServer) and a.kind == "add"]
        with self.store.unit() as unit:
            batched = {id(a) for a in new} if self._run_new(unit, new, digests) else set()
            for action in actions:  # one by one (all of them when the batch failed)
                if id(action) not in batched:
                    self._run(unit, action)

    def _listed_texts(
        self, listing: Listing, language: str, wanted: list[TreeRow]
    ) -> dict[int, StoredTranslation]:
        """The texts of ``wanted`` that the language's public page list gives exactly
        (:mod:`editor.sync.public_texts`). The list is read for this only when it replaces two or more
        requests; the source language's, read for the row ids, is used as it is."""
        candidates = [row for row in wanted if may_be_listed(row)]
        items = self._public.pop(language, None)
        fresh = items is None
        if items is None:
            if len(candidates) < 2 or not self._lists_pay or self._cancelled():
                return {}
            try:
                items = self.client.public_pages(self.region_slug, language)
            except (NetworkError, MalformedResponse) as exc:
                log.info("public page list of %s not read (%s); its texts are read one by one", language, exc)
                self._lists_pay = False
                return {}
        rtl = any(lg.rtl for lg in self.store.languages() if lg.code == language)
        found = listed_texts(listing.rows[language], candidates, items, self.region_slug, language, rtl)
        if fresh and len(found) < 2:
            self._lists_pay = False
        return found

    def _fetch(
        self, rows: list[TreeRow], progress: Progress | None, counts: tuple[int, int]
    ) -> dict[int, StoredTranslation]:
        """The stored texts of ``rows``, read over a small bounded pool (``parallel_reads`` of the
        client, at most 4 connections); a failed read is reported and left out."""
        texts: dict[int, StoredTranslation] = {}
        workers = max(1, min(4, int(getattr(self.client, "parallel_reads", 1))))
        done, total = counts
        cancel = self.cancel

        def read(row: TreeRow) -> StoredTranslation | NetworkError:
            if cancel is not None and cancel.is_set():
                raise _CancelledError
            try:
                text: StoredTranslation = self.service.retry(_fetcher(self.client, self.region_slug, row))
            except NetworkError as exc:
                return exc
            return text

        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = pool.map(read, rows) if workers > 1 else map(read, rows)
            try:
                for row, result in zip(rows, results, strict=True):
                    if progress is not None:
                        progress(done, total, f"{row.language}: {row.title}")
                    done += 1
                    if isinstance(result, NetworkError):
                        issue = SyncIssue.of(
                            None, row.page_id, row.language, row.title, issues.failure(result)
                        )
                        self.report.failed.append(issue)
                    else:
                        texts[row.page_id] = result
            except _CancelledError:
                self.report.cancelled = True
        self._cancelled()
        return texts

    def check_structure(self, listing: Listing) -> None:
        """The decision table's rows for waiting structure operations (engine.decide_structure)."""
        operations = self.store.operations()
        if not operations:
            return
        cms_ids = {local: cms for cms, local in page_ids_by_cms_id(self.store).items()}
        listed: dict[int, int] = {}
        for language in [listing.source, *listing.rows]:
            for row in listing.rows.get(language, []):
                listed.setdefault(row.page_id, row.parent_id or 0)
        titles = {
            p.id: p.title([lang.code for lang in self.store.languages()]) for p in self.store.page_tree()
        }
        by_id = {op.id: op for op in operations}
        with self.store.unit() as unit:
            for action in engine.decide_structure(operations, cms_ids, listed):
                self._run(unit, action)
                if isinstance(action, engine.OperationConflict):
                    page = by_id[action.operation_id].page_id
                    issue = SyncIssue.of(page, cms_ids.get(page), "", titles.get(page, ""), action.problem)
                    self.report.conflicts.append(issue)

    def _run_new(self, unit: Any, new: list[engine.AddFromServer], digests: Callable[[], Digests]) -> bool:
        """Translations new here, in one go (a first pull); False when that failed as a whole."""
        if len(new) < 2:
            return not new
        items = [(a.cms_page_id, a.language, a.remote.remote_text(), a.remote.stamp) for a in new]
        try:
            with unit.savepoint():
                self.report.changes |= unit.add_server_texts(items, digests(), self.states)
        except Exception:
            log.info("adding %d new translations at once failed; adding them one by one", len(new))
            return False
        pulled = self.report.pulled
        for action in new:
            pulled[action.language] = pulled.get(action.language, 0) + 1
        return True

    def _run(
        self, unit: Any, action: engine.Action | engine.OperationConflict | engine.OperationDone
    ) -> None:
        """Run one action in its own savepoint; a failure is reported and does not stop the others."""
        report = self.report
        try:
            with unit.savepoint():
                changes = action.run(unit)
        except Exception as exc:
            log.exception("sync action %s failed", action.kind)
            report.failed.append(_issue_of(action, issues.failure(exc, "apply_failed")))
            return
        report.changes |= changes
        if isinstance(action, engine.AddFromServer) and changes.conflicts:
            report.conflicts.append(_issue_of(action, issues.problem("changed_while_arriving")))
        elif isinstance(action, engine.AddFromServer):
            report.pulled[action.language] = report.pulled.get(action.language, 0) + 1
        elif isinstance(action, engine.MarkConflict):
            code = "changed_both" if action.remote else "gone_on_server"
            report.conflicts.append(_issue_of(action, issues.problem(code)))

    def _cancelled(self) -> bool:
        """True (and recorded in the report) once the user cancelled."""
        if self.cancel is not None and self.cancel.is_set():
            self.report.cancelled = True
        return self.report.cancelled


def _read_anyway(listing: Listing, local: dict[tuple[int, str], LocalRow]) -> TreeRow | None:
    """The first row whose text this pull reads by itself anyway: it may have changed and no public
    list can give it (:func:`editor.sync.public_texts.may_be_listed`: a draft, a text in review, a
    page with live content)."""
    for language, rows in listing.rows.items():
        for row in rows:
            if not may_be_listed(row) and engine.needs_fetch(local.get((row.page_id, language)), row):
                return row
    return None


@contextlib.contextmanager
def _written_on_error(waiting: Callable[[], bool], write: Callable[[], None]) -> Iterator[None]:
    """Run ``write`` when the block fails while ``waiting()`` (the tree is written as it was before the
    first language was read, also by a pull that fails reading it)."""
    try:
        yield
    except BaseException:
        if waiting():
            write()
        raise


def _tree_key(specs: list[LanguageSpec]) -> str:
    """The languages the stored language tree was read for (it is read again when they change)."""
    return ",".join(spec.code for spec in specs)


def _issue_of(action: Any, problem: Problem) -> SyncIssue:
    row = getattr(action, "remote", None)
    tree_row = row.row if isinstance(row, engine.RemoteItem) else getattr(action, "row", None)
    cms_id = getattr(action, "cms_page_id", None) or (tree_row.page_id if tree_row else None)
    lang = getattr(action, "language", None) or (tree_row.language if tree_row else "")
    return SyncIssue.of(None, cms_id, lang, tree_row.title if tree_row else "", problem)


def _fetcher(client: CmsClient, region: str, row: TreeRow) -> Callable[[], StoredTranslation]:
    """A call that fetches the stored text of one tree row."""
    return lambda: client.stored_translation(region, row.language, row.page_id)


class _CancelledError(Exception):
    """Raised inside the read pool once the user cancelled."""
