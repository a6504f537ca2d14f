"""The source bases of the unit of work: which source text each translation is up to date with.

Mixed into :class:`editor.models.unit.Unit` (same transaction). The rules (docs/decisions/0021):

* every write of a text keeps ``translation.content_hash`` (the normalised-content hash);
* a major save of a translation records base = the source's text now; a minor one leaves it;
* a minor save of a source moves the base of the translations that were current with it along, and a
  major one drops their waiting "still up to date" operations (the confirmation is overtaken);
* a pull takes the base from the CMS's translation states (:meth:`SourceBases.take_cms_states`);
* "Still up to date" / "Still valid" (one action, :meth:`SourceBases.confirm_current`) records the
  confirmation, sets base = the source now and queues a :class:`~editor.models.operations.RefreshDate`.

The state itself is :mod:`editor.models.translation_status`; the texts of the bases are kept once per
hash in ``source_text`` and dropped when no translation refers to them any more.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from editor.models.changes import Changes
from editor.models.errors import StoreError
from editor.models.translation_status import UNKNOWN_BASE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: CMS translation states that mean "up to date with the source" (machine translations count too).
CURRENT_STATES = frozenset({"UP_TO_DATE", "MACHINE_TRANSLATED"})
#: How many older source versions of the local history are looked at for a base the CMS does not give.
_HISTORY_LOOKUP = 20


def normal_hash(html: str) -> str:
    """:func:`editor.models.store.content_hash`, or a hash of the raw text the normaliser refuses."""
    from editor.models.store import content_hash
    from editor.text.errors import ContentError

    try:
        return content_hash(html)
    except ContentError:
        return hashlib.sha256(html.encode("utf-8")).hexdigest()


def base_from_cms(state: str, recorded: str | None, source_now: str | None, server: str | None) -> str | None:
    """The base a pull records for a translation the CMS calls ``state`` (None: keep the recorded one).

    ``recorded`` is its recorded base, ``source_now`` the local source's hash, ``server`` the hash of
    the source text this pull took from the CMS. Up to date there: base = that source text, unless the
    translation is current here already (e.g. moved along by a minor edit not sent yet). Outdated there:
    an older recorded base is kept (so is one equal to the source: content decides, e.g. a source
    restored to the base text); without one, :data:`PREVIOUS` asks for the previous source version the
    working copy knows. Other states (in translation, missing, unknown) keep what is recorded.
    """
    if state in CURRENT_STATES:
        if server is None or recorded in (source_now, server):
            return None
        return server
    if state == "OUTDATED" and recorded is None:
        return PREVIOUS
    return None


#: :func:`base_from_cms`'s answer "the previous source version the working copy knows, else unknown".
PREVIOUS = "previous"


class SourceBases:
    """The source-base writes of the unit of work (see the module docstring)."""

    s: Session
    where: str

    if TYPE_CHECKING:

        def touched(self, changes: Changes) -> Changes: ...
        def marks_noted(self, pages: Iterable[int]) -> AbstractContextManager[None]: ...
        def translation_row(self, page_id: int, language: str) -> Any: ...
        def _add_op(self, kind: str, page_id: int, translation_id: int | None, **fields: Any) -> None: ...
        def _drop_ops(self, page_id: int, kind: str, translation_id: int | None = None) -> None: ...
        def _ops(self, page_id: int, kind: str, translation_id: int | None = None) -> list[Any]: ...
        def _pending_create_of(self, row: Any) -> bool: ...

    # --- texts written here -------------------------------------------------------------------------

    def text_written(self, row: Any, old_hash: str | None, *, minor_edit: bool, major_save: bool) -> None:
        """``row``'s text was just written: hash it, record its own base after a major save, and carry
        the translations that use it as their source along (minor) or drop their confirmations (major)."""
        new_hash = normal_hash(row.content)
        row.content_hash = new_hash
        if major_save:
            self._base_to_source(row)
        if old_hash == new_hash:
            return
        for child in self._children(row):
            if minor_edit and old_hash is not None and child.source_hash == old_hash:
                self._set_source_base(child, new_hash, row.content)
            elif not minor_edit:
                self._drop_ops(child.page_id, "refresh_date", translation_id=child.id)
        self.s.flush()

    def hash_of(self, row: Any) -> str:
        """``row``'s content hash (computed and kept now when a working copy from before 0007 lacks it)."""
        if row.content_hash is None:
            row.content_hash = normal_hash(row.content)
        return str(row.content_hash)

    # --- "still up to date" / "still valid" ---------------------------------------------------------

    def confirm_current(self, page_id: int, languages: Collection[str] | None, at: datetime) -> Changes:
        """Confirm a page's translations (``languages``, or all it has) are still up to date and valid:
        the confirmation time, base = the source now, and a RefreshDate queued for each (source
        languages first, as the CMS refreshes them)."""
        from editor.models.schema import Language, Translation, TranslationConfirmation

        order = {lang.code: (lang.position, lang.code) for lang in self.s.query(Language)}
        rows = [
            row
            for row in self.s.query(Translation).filter(Translation.page_id == page_id)
            if languages is None or row.language_code in languages
        ]
        if not rows:
            wanted = sorted(languages) if languages is not None else "any language"
            raise StoreError(
                f"{self.where}: page {page_id} has no translation in {wanted}",
                "no_translation",
                path=self.where,
                page=page_id,
                language=", ".join(languages or []),
            )
        for row in sorted(rows, key=lambda r: order.get(r.language_code, (0, r.language_code))):
            self.s.merge(TranslationConfirmation(translation_id=row.id, confirmed_at=at))
            self._base_to_source(row)
            self._drop_ops(page_id, "refresh_date", translation_id=row.id)
            if not self._pending_create_of(row) and not self._ops(page_id, "create_page"):
                self._add_op("refresh_date", page_id, row.id)
        keys = frozenset((page_id, row.language_code) for row in rows)
        return self.touched(Changes(pages=frozenset({page_id}), translations=keys, tree=True, outbox=True))

    # --- a pull ---------------------------------------------------------------------------------------

    def take_cms_states(self, states: Mapping[tuple[int, str], str]) -> Changes:
        """Record the bases the CMS's translation states of this pull imply (:func:`base_from_cms`).

        ``states`` maps (CMS page id, language) to the state the page tree shows. Reads no text except
        for the bases it changes; a repeated pull with nothing changed writes nothing.
        """
        from sqlalchemy import text

        parents: dict[str, str | None] = dict(
            self.s.execute(text("SELECT code, parent_code FROM language")).all()
        )
        found = self.s.execute(
            text(
                "SELECT p.cms_page_id, t.language_code, t.id, t.page_id, t.content_hash, t.source_hash, "
                "t.base_hash FROM translation t JOIN page p ON p.id = t.page_id "
                "WHERE p.cms_page_id IS NOT NULL"
            )
        ).all()
        rows = {(int(r[0]), str(r[1])): r for r in found}
        changed: set[tuple[int, str]] = set()
        bases: list[dict[str, Any]] = []
        bulk: set[int] = set()
        for key, row in rows.items():
            state, parent = states.get(key), parents.get(key[1])
            source = rows.get((key[0], parent)) if state and parent else None
            if source is None:
                continue
            source_now = source[4] or source[6]
            decided = base_from_cms(str(state), row[5], source_now, source[6])
            if decided is None:
                continue
            if decided == PREVIOUS:
                self._base_to_previous(int(row[2]), int(source[2]), source[6])
            else:
                bases.append({"t": int(row[2]), "h": decided, "s": int(source[2])})
                bulk.add(int(row[3]))
            changed.add((int(row[3]), key[1]))
        if not changed:
            return Changes()
        if bases:  # the pages of the bases are noted once each, not once per translation (ADR 0035)
            with self.marks_noted(bulk):
                self._set_source_bases_sql(bases)
        self._collect()
        pages = frozenset(page for page, _ in changed)
        return self.touched(Changes(pages=pages, translations=frozenset(changed), tree=True))

    def cms_bases_of_new(
        self, keys: Sequence[tuple[int, str]], states: Mapping[tuple[int, str], str]
    ) -> dict[tuple[int, str], str]:
        """The bases :meth:`take_cms_states` would record for translations new to the working copy
        (``keys``: CMS page id, language), for the first import to write with the rows instead of
        rewriting every row after the pull (ADR 0035); their source texts are kept now. Left to
        :meth:`take_cms_states`: a base it looks up in the history (outdated) and a translation whose
        source is not written yet. It still runs after the pull and finds these bases decided (the
        recorded base is the server's source text, which it keeps or, if the source moved, replaces)."""
        from sqlalchemy import text

        parents: dict[str, str | None] = dict(
            self.s.execute(text("SELECT code, parent_code FROM language")).all()
        )
        sources: dict[tuple[int, str], Any] = {}
        for parent in {parents.get(language) for _, language in keys} - {None}:
            found = self.s.execute(
                text(
                    "SELECT p.cms_page_id, t.id, t.content_hash, t.base_hash FROM translation t "
                    "JOIN page p ON p.id = t.page_id WHERE t.language_code = :l AND p.cms_page_id IS NOT NULL"
                ),
                {"l": parent},
            ).all()
            sources.update({(int(r[0]), str(parent)): r for r in found})
        bases: dict[tuple[int, str], str] = {}
        texts: list[dict[str, Any]] = []
        for key in keys:
            state, parent = states.get(key), parents.get(key[1])
            source = sources.get((key[0], parent)) if state and parent else None
            if source is None:
                continue
            decided = base_from_cms(str(state), None, source[2] or source[3], source[3])
            if decided is not None and decided != PREVIOUS:
                bases[key] = decided
                texts.append({"s": int(source[1]), "h": decided})
        self._keep_source_texts(texts)
        return bases

    # --- helpers ----------------------------------------------------------------------------------------

    def _source_of(self, row: Any) -> Any:
        from editor.models.schema import Language

        language = self.s.get(Language, row.language_code)
        parent = language.parent_code if language is not None else None
        return self.translation_row(row.page_id, parent) if parent else None

    def _children(self, row: Any) -> list[Any]:
        from editor.models.schema import Language, Translation

        codes = [
            lang.code for lang in self.s.query(Language).filter(Language.parent_code == row.language_code)
        ]
        if not codes:
            return []
        query = self.s.query(Translation).filter(
            Translation.page_id == row.page_id, Translation.language_code.in_(codes)
        )
        return list(query)

    def _base_to_source(self, row: Any) -> None:
        """Base = the source's text now (nothing for the root language or without a source text)."""
        source = self._source_of(row)
        if source is not None:
            self._set_source_base(row, self.hash_of(source), source.content)

    def _set_source_base(self, row: Any, new_hash: str, content: str) -> None:
        from sqlalchemy import text

        old = row.source_hash
        if old == new_hash:
            return
        self.s.execute(
            text("INSERT OR IGNORE INTO source_text (hash, content) VALUES (:h, :c)"),
            {"h": new_hash, "c": content},
        )
        row.source_hash = new_hash
        self.s.flush()
        if old:
            self._collect(old)

    def _set_source_bases_sql(self, bases: list[dict[str, Any]]) -> None:
        """Base = the source text the pull took (the source's base columns), without loading ORM rows:
        ``bases`` are ``{"t": translation id, "h": hash, "s": source translation id}``."""
        from sqlalchemy import text

        if not bases:
            return
        self._keep_source_texts(bases)
        self.s.execute(text("UPDATE translation SET source_hash = :h WHERE id = :t"), bases)

    def _keep_source_texts(self, bases: list[dict[str, Any]]) -> None:
        """Keep the source texts of ``bases`` (``{"h": hash, "s": source translation id}``: its base)."""
        texts = list(dict.fromkeys((b["s"], b["h"]) for b in bases))
        if texts:  # the driver's executemany on this unit's connection (same transaction)
            raw = self.s.connection().connection.driver_connection
            assert raw is not None
            raw.executemany(
                "INSERT OR IGNORE INTO source_text (hash, content) "
                "SELECT base_hash, coalesce(base_content, '') FROM translation "
                "WHERE id = ? AND base_hash = ?",
                texts,
            )

    def _base_to_previous(self, translation_id: int, source_id: int, server: str | None) -> None:
        """Base = the newest source text in the local history that differs from the source now; else
        unknown (the CMS says outdated, but since when nobody here knows)."""
        from sqlalchemy import text

        versions = self.s.execute(
            text(
                "SELECT content FROM translation_version WHERE translation_id = :s ORDER BY id DESC LIMIT :n"
            ),
            {"s": source_id, "n": _HISTORY_LOOKUP},
        ).all()
        for (content,) in versions:
            old = normal_hash(str(content))
            if old != server:
                self.s.execute(
                    text("INSERT OR IGNORE INTO source_text (hash, content) VALUES (:h, :c)"),
                    {"h": old, "c": str(content)},
                )
                self.s.execute(
                    text("UPDATE translation SET source_hash = :h WHERE id = :t"),
                    {"h": old, "t": translation_id},
                )
                return
        self.s.execute(
            text("UPDATE translation SET source_hash = :h WHERE id = :t"),
            {"h": UNKNOWN_BASE, "t": translation_id},
        )

    def _collect(self, old: str | None = None) -> None:
        """Drop source texts no translation is based on any more (``old``: just that one)."""
        from sqlalchemy import text

        if old is not None:
            self.s.execute(
                text(
                    "DELETE FROM source_text WHERE hash = :h AND NOT EXISTS "
                    "(SELECT 1 FROM translation WHERE source_hash = :h)"
                ),
                {"h": old},
            )
            return
        self.s.execute(
            text(
                "DELETE FROM source_text WHERE hash NOT IN "
                "(SELECT source_hash FROM translation WHERE source_hash IS NOT NULL)"
            )
        )
