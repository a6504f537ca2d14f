"""ORM mapping of the local working copy (one SQLite file per region).

The schema is owned by the Alembic migrations in ``editor/models/migrations``; this module mirrors it
for queries. A test checks that the two agree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from editor.models.enums import APPLICATION_ID, Direction, Status

__all__ = ["APPLICATION_ID", "Base", "Direction", "Status"]


class Base(DeclarativeBase):
    """Declarative base of the working-copy tables."""


class Region(Base):
    """The one region a working copy holds."""

    __tablename__ = "region"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    cms_url: Mapped[str] = mapped_column(String(500), default="")


class Language(Base):
    """A content language of the region, with its parent in the region's language tree."""

    __tablename__ = "language"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    bcp47_tag: Mapped[str] = mapped_column(String(40))
    native_name: Mapped[str] = mapped_column(String(200))
    direction: Mapped[Direction] = mapped_column(Enum(Direction, native_enum=False, length=3))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("language.code"), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Page(Base):
    """A node of the page tree; its texts live in :class:`Translation` rows."""

    __tablename__ = "page"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("page.id", ondelete="CASCADE"), nullable=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    cms_page_id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)


class Translation(Base):
    """One page in one language: the current local text and the base captured at the last pull."""

    __tablename__ = "translation"
    __table_args__ = (UniqueConstraint("page_id", "language_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("page.id", ondelete="CASCADE"))
    language_code: Mapped[str] = mapped_column(ForeignKey("language.code"), index=True)
    title: Mapped[str] = mapped_column(String(1024))
    slug: Mapped[str] = mapped_column(String(1024), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[Status] = mapped_column(Enum(Status, native_enum=False, length=10))
    #: When the server last changed this text (its ``last_updated``), for "outdated".
    server_updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: Server version token at the last pull (the CMS's translation row id).
    base_token: Mapped[str | None] = mapped_column(String(100), nullable=True)
    #: Hash of the normalised server content at the last pull.
    base_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    base_title: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    base_content: Mapped[str | None] = mapped_column(Text, nullable=True)
    changed_locally: Mapped[bool] = mapped_column(Boolean, default=False)
    local_updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: Hash of the normalised current text (editor.models.store.content_hash), kept by the unit of work.
    content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: Hash of the source language's text this translation was last brought up to date with (its
    #: *source base*; the text is in ``source_text``). NULL: never recorded (a working copy from
    #: before 0007: the time stamps decide); "" (UNKNOWN_BASE): outdated, the base is not known.
    source_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)


class SourceText(Base):
    """A source text some translation was brought up to date with, once per normalised-content hash."""

    __tablename__ = "source_text"
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[str] = mapped_column(Text)


class TranslationVersion(Base):
    """A previous local version of a translation, kept on every save (local history)."""

    __tablename__ = "translation_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    translation_id: Mapped[int] = mapped_column(ForeignKey("translation.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(1024))
    content: Mapped[str] = mapped_column(Text)
    status: Mapped[Status] = mapped_column(Enum(Status, native_enum=False, length=10))
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(40), default="edit")


class Operation(Base):
    """A local change waiting to be sent to the CMS (see :mod:`editor.models.operations`)."""

    __tablename__ = "operation"
    id: Mapped[int] = mapped_column(primary_key=True)
    #: ``edit_text``, ``create_page``, ``move_page``, ``archive_page``, ``restore_page``, ``set_status``,
    #: ``refresh_date`` (from 0007).
    kind: Mapped[str] = mapped_column(String(20))
    page_id: Mapped[int] = mapped_column(ForeignKey("page.id", ondelete="CASCADE"), index=True)
    translation_id: Mapped[int | None] = mapped_column(
        ForeignKey("translation.id", ondelete="CASCADE"), nullable=True, index=True
    )
    #: The operation's own fields as JSON (minor edit, position, title, …).
    payload: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    queued_at: Mapped[datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: The push found the server moved on (precondition failed): the user decides.
    conflict: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SyncState(Base):
    """What the last pull saw in the CMS's page tree for one translation, and the last outcome."""

    __tablename__ = "sync_state"
    translation_id: Mapped[int] = mapped_column(
        ForeignKey("translation.id", ondelete="CASCADE"), primary_key=True
    )
    #: Change-detection fingerprint of the tree row (see editor.sync.engine.row_token).
    token: Mapped[str | None] = mapped_column(String(1200), nullable=True)
    short_link_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    title: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    slug: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: The server's status of the base text (``translation.base_*``).
    base_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    #: The server no longer lists this translation (archived, deleted, unpublished).
    dropped: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    seen_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    message: Mapped[str | None] = mapped_column(Text, nullable=True)


class Conflict(Base):
    """A translation changed on both sides: "theirs" (the base and "mine" are on the translation)."""

    __tablename__ = "conflict"
    translation_id: Mapped[int] = mapped_column(
        ForeignKey("translation.id", ondelete="CASCADE"), primary_key=True
    )
    #: "edit" (both changed) or "dropped" (the server no longer has it, mine changed).
    kind: Mapped[str] = mapped_column(String(20))
    theirs_title: Mapped[str] = mapped_column(String(1024))
    theirs_content: Mapped[str] = mapped_column(Text)
    theirs_token: Mapped[str | None] = mapped_column(String(1200), nullable=True)
    theirs_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    detected_at: Mapped[datetime] = mapped_column(DateTime)


class SyncMeta(Base):
    """Region-wide sync facts as key/value pairs (last pull time, user)."""

    __tablename__ = "sync_meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LinkCheck(Base):
    """The last online check of one address: HTTP status, where it redirects, or why it failed."""

    __tablename__ = "link_check"
    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    final_url: Mapped[str | None] = mapped_column(String(2048), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class TranslationConfirmation(Base):
    """When someone last confirmed a translation is still valid (shared with "still up to date")."""

    __tablename__ = "translation_confirmation"
    translation_id: Mapped[int] = mapped_column(
        ForeignKey("translation.id", ondelete="CASCADE"), primary_key=True
    )
    confirmed_at: Mapped[datetime] = mapped_column(DateTime)


class QualityCache(Base):
    """A translation's quality figures (JSON) for the content hash they were computed from."""

    __tablename__ = "quality_cache"
    translation_id: Mapped[int] = mapped_column(
        ForeignKey("translation.id", ondelete="CASCADE"), primary_key=True
    )
    content_hash: Mapped[str] = mapped_column(String(64))
    #: Change stamps and length of the text when it was hashed: equal → the text was not read again.
    fingerprint: Mapped[str] = mapped_column(String(200), server_default="")
    result: Mapped[str] = mapped_column(Text)
    #: The link context (pages, slugs, statuses, online results) the ``links`` were resolved against.
    links_context: Mapped[str] = mapped_column(String(64), server_default="")
    #: The translation's link problems (JSON).
    links: Mapped[str] = mapped_column(Text, server_default="[]")
