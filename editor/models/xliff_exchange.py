"""XLIFF exchange with agencies: which pages go out, and what an XLIFF file would change here.

The file format lives in :mod:`editor.text.xliff`; this module maps its ``<file original>`` to local
pages (the CMS page id; a page not yet on the CMS is named by its local id), its BCP 47 tags to the
region's languages, and writes an import through the store's unit of work (one transaction for the
whole file), so an edited target becomes an ordinary local edit with history, waiting in the outbox.
:func:`plan_import` is the preview (nothing written); :func:`apply_import` takes a plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from editor.models.changes import Changes
from editor.models.errors import StoreError
from editor.models.records import LanguageInfo
from editor.models.store import Store
from editor.text.errors import ContentError
from editor.text.normal_form import html_equivalent
from editor.text.xliff import XliffPage, xliff_file_name


class ExchangeError(ValueError):
    """An export or import that cannot be done; the message says what and where.

    ``code`` names the problem and ``params`` hold its values (ADR 0018); code ``at`` is a problem of
    one ``<file>`` of an import (``params["where"]``) whose cause is ``inner`` (another ExchangeError,
    a ContentError or a StoreError), so views word the whole in the UI language."""

    def __init__(
        self, message: str, code: str = "other", inner: BaseException | None = None, **params: object
    ) -> None:
        super().__init__(message)
        self.code = code
        self.inner = inner
        self.params = {key: str(value) for key, value in params.items()}


def _at(where: str, exc: BaseException) -> ExchangeError:
    """``exc`` as the problem of the ``<file>`` at ``where``."""
    return ExchangeError(f"{where}: {exc}", "at", exc, where=where)


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One page ready for an XLIFF file: its file name (as the CMS names it) and its content."""

    page_id: int
    file_name: str
    page: XliffPage


@dataclass(frozen=True, slots=True)
class ImportChange:
    """What importing one ``<file>`` would do to the local translation.

    ``title_changed``/``content_changed`` say what differs; ``source_changed`` warns that the German
    (source) text here is no longer the one the file was translated from; ``new`` means there is no
    local translation yet. ``old_*`` are the local texts before the import.
    """

    page_id: int
    language: str
    title: str
    content: str
    old_title: str
    old_content: str
    title_changed: bool
    content_changed: bool
    source_changed: bool
    new: bool

    @property
    def changed(self) -> bool:
        """True when the import would write anything."""
        return self.title_changed or self.content_changed


def _source_of(store: Store, language: str) -> LanguageInfo:
    languages = {lang.code: lang for lang in store.languages()}
    if language not in languages:
        raise ExchangeError(
            f"the region has no language {language!r} (it has {', '.join(languages)})",
            "no_language",
            language=language,
            languages=", ".join(languages),
        )
    parent = languages[language].parent_code
    if parent is None:
        raise ExchangeError(
            f"{language} is the region's source language; XLIFF is for translations",
            "source_language",
            language=language,
        )
    return languages[parent]


def _cms_ids(store: Store) -> dict[int, int | None]:
    return {row.id: row.cms_page_id for row in store.page_tree()}


def export_items(store: Store, language: str, pages: Iterable[int] | None = None) -> list[ExportItem]:
    """The pages to export to ``language`` (every page with a source text, or the CMS page ids in
    ``pages``), one :class:`ExportItem` each."""
    source = _source_of(store, language)
    target = {lang.code: lang for lang in store.languages()}[language]
    cms_ids = _cms_ids(store)
    by_cms = {cms: local for local, cms in cms_ids.items() if cms is not None}
    region = store.region()
    slug = region.slug if region else "region"
    if pages is None:
        wanted = sorted(cms_ids, key=lambda local: cms_ids[local] or local)
    else:
        wanted = [_local_page(by_cms, cms_ids, number) for number in pages]
    items = []
    for local in wanted:
        original = cms_ids[local] or local
        if cms_ids[local] is None and local in by_cms:
            raise ExchangeError(
                f"page {local} has no CMS id and its local id is another page's CMS id",
                "id_clash",
                page=local,
            )
        src = store.translation(local, source.code)
        if src is None:
            if pages is not None:
                raise ExchangeError(
                    f"page {original} has no {source.code} text to translate from",
                    "no_source_text",
                    page=original,
                    language=source.code,
                )
            continue
        tgt = store.translation(local, language)
        page = XliffPage(
            str(original), source.bcp47_tag, target.bcp47_tag, src.title, tgt.title if tgt else "",
            src.content, tgt.content if tgt else "",
        )  # fmt: skip
        version = len(store.history(local, source.code)) + 1
        name = xliff_file_name(slug, source.code, language, original, version, src.slug)
        items.append(ExportItem(local, name, page))
    return items


def _local_page(by_cms: dict[int, int], cms_ids: dict[int, int | None], number: int) -> int:
    if number in by_cms:
        return by_cms[number]
    if number in cms_ids and cms_ids[number] is None:
        return number
    raise ExchangeError(f"no page with id {number} in this working copy", "no_page", page=number)


def plan_import(store: Store, pages: Sequence[XliffPage], name: str = "XLIFF") -> list[ImportChange]:
    """What importing ``pages`` would change (nothing is written); raises :class:`ExchangeError`
    naming the file and the ``<file>`` that cannot be imported, before anything is written."""
    cms_ids = _cms_ids(store)
    by_cms = {cms: local for local, cms in cms_ids.items() if cms is not None}
    tags = {lang.bcp47_tag.lower(): lang.code for lang in store.languages()}
    tags.update({lang.code.lower(): lang.code for lang in store.languages()})
    plan = []
    for page in pages:
        where = f"{name}: <file original={page.original!r}>"
        number = page.page_id
        if number is None:
            raise ExchangeError(f"{where}: original is not a page id", "not_page_id", where=where)
        try:
            local = _local_page(by_cms, cms_ids, number)
        except ExchangeError as exc:
            raise _at(where, exc) from None
        language = tags.get(page.target_language.lower())
        if language is None:
            raise ExchangeError(
                f"{where}: the region has no language {page.target_language!r}",
                "target_language",
                where=where,
                language=page.target_language,
            )
        try:
            plan.append(_change(store, local, language, page, where))
        except ContentError as exc:
            raise _at(where, exc) from None
    return plan


def _change(store: Store, local: int, language: str, page: XliffPage, where: str) -> ImportChange:
    try:
        source = store.translation(local, _source_of(store, language).code)
    except ExchangeError as exc:
        raise _at(where, exc) from None
    current = store.translation(local, language)
    old_title = current.title if current else ""
    old_content = current.content if current else ""
    source_changed = source is not None and not (
        source.title == page.source_title and html_equivalent(source.content, page.source_content)
    )
    return ImportChange(
        local, language, page.target_title, page.target_content, old_title, old_content,
        page.target_title != old_title, not html_equivalent(page.target_content, old_content),
        source_changed, current is None,
    )  # fmt: skip


def apply_import(store: Store, plan: Iterable[ImportChange]) -> Changes:
    """Write the changed translations of ``plan`` as local edits (history, outbox) in one unit of work:
    all of them or, on an error, none. Unchanged ones are skipped, so importing an unchanged file writes
    nothing."""
    changed = [item for item in plan if item.changed]
    if not changed:
        return Changes()
    try:
        with store.unit() as unit:
            for item in changed:
                content = item.content if item.content_changed else item.old_content
                unit.save_text(item.page_id, item.language, title=item.title, content=content, reason="xliff")
    except StoreError as exc:
        raise ExchangeError(str(exc), "store", exc) from exc
    return unit.changes


def export_xliff(
    store: Store, language: str, pages: list[int] | None, out: Path, *, version: str = "1.2"
) -> tuple[Path, int]:
    """Write the XLIFF (``version`` 1.2 or 2.0) of ``pages`` (CMS page ids; None: all) in ``language``:
    one page as an ``.xliff`` file, several as a zip of them. ``out`` is the folder the file goes into
    under its usual name, or the file to write. Returns the file written and how many pages it holds.
    Raises :class:`ExchangeError`, or ``OSError`` when the file cannot be written (then nothing is: the
    file is written whole or not at all, :mod:`editor.models.whole_file`)."""
    import zipfile
    from datetime import datetime
    from typing import BinaryIO

    from editor.models.whole_file import replace_file, replace_text
    from editor.text.xliff import write_xliff, zip_file_name

    items = export_items(store, language, pages)
    if not items:
        raise ExchangeError(
            f"no page has a text to translate into {language}", "nothing_to_export", language=language
        )
    languages = {lang.code: lang for lang in store.languages()}
    source = languages[language].parent_code or ""
    dirs = {code: "RIGHT_TO_LEFT" if lang.rtl else "LEFT_TO_RIGHT" for code, lang in languages.items()}
    texts = [
        (
            item.file_name,
            write_xliff([item.page], version, source_direction=dirs[source], target_direction=dirs[language]),
        )
        for item in items
    ]
    if len(texts) == 1:
        target = out / texts[0][0] if out.is_dir() else out
        replace_text(target, texts[0][1])
        return target, 1
    region = store.region()
    name = zip_file_name(region.slug if region else "region", source, language, datetime.now())
    target = out / name if out.is_dir() else out

    def write(file: BinaryIO) -> None:
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            for file_name, text in texts:
                archive.writestr(file_name, text)

    replace_file(target, write)
    return target, len(texts)
