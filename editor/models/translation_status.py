"""A translation's state against its source: the ONE rule the tree, the worklist, the quality report
and the translator's desk read (docs/decisions/0021-status-from-content.md).

A translation records its *source base*: the hash of the normalised source text it was last brought up
to date with (``translation.source_hash``, written only by the unit of work). It is **outdated** when
the source's normalised content now differs from that base — so restoring the source to the base text
makes it current again, and a re-save that changed nothing outdates nothing. Two special bases:

* :data:`UNKNOWN_BASE` (``""``): the CMS says outdated and no older source text is known — outdated,
  and the "what changed" view shows the whole source as new;
* ``None``: never recorded (a working copy from before schema 0007, until its next pull or save): the
  time stamps decide, as decision 0019 did — older than the source's last change is outdated.

Drafts and texts waiting for review show as such whatever their base (as the page tree always did).
"""

from __future__ import annotations

from editor.models.records import TranslationState

#: The recorded base of a translation the CMS calls outdated when no older source text is known.
UNKNOWN_BASE = ""


def is_outdated(
    base_hash: str | None,
    source_hash: str | None,
    stamp: str | None = None,
    source_stamp: str | None = None,
) -> bool:
    """True when the source changed since the translation's base (see the module docstring).

    ``base_hash`` is the translation's recorded source base, ``source_hash`` the source's content hash
    now (None: no source text, or not hashed yet); the stamps (ISO text, the later of the server and
    local change times) are used only when no base was ever recorded.
    """
    if base_hash is None:
        return bool(source_stamp and stamp and stamp < source_stamp)
    if base_hash == UNKNOWN_BASE:
        return True
    return source_hash is not None and base_hash != source_hash


def translation_state(status: str, outdated: bool) -> TranslationState:
    """The state the page tree shows for a translation with ``status`` (a Status name)."""
    if status == "DRAFT":
        return TranslationState.DRAFT
    if status == "REVIEW":
        return TranslationState.REVIEW
    return TranslationState.OUTDATED if outdated else TranslationState.UP_TO_DATE
