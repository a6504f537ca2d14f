"""Recovery files: texts that could not be saved to a working copy, kept for the next start.

When a working copy is lost while the app runs (its write-ahead log removed by another program), the
window writes what it still holds — unsaved pane texts and the edits saved since the last sync — to
``<data>/recovery/<region>-<UTC time>.json``. The next start finds these files and offers to restore
them; each entry is saved through :meth:`Store.save_translation`, so it gets history and an outbox
entry like any edit. A file whose entries were all restored is deleted; one that failed keeps the
entries that could not be restored.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.models.changes import Changes
from editor.models.errors import StoreError, failure

if TYPE_CHECKING:
    from editor.models.store import Store

RECOVERY_DIR = "recovery"
_FORMAT = 1


@dataclass(frozen=True)
class RecoveryEntry:
    """One translation's text as the app last held it."""

    page_id: int
    language: str
    title: str
    html: str
    origin: str = "unsaved"
    """"unsaved" (typed, never saved) or "saved" (saved since the last sync, maybe not in the file)."""


@dataclass(frozen=True)
class RecoveryFile:
    """A recovery file of one region."""

    path: Path
    region: str
    created: str
    entries: tuple[RecoveryEntry, ...]


@dataclass(frozen=True)
class RestoreResult:
    """What restoring a recovery file did."""

    changes: Changes
    restored: int
    failed: tuple[str, ...]
    """One message per entry that could not be restored (it stays in the file)."""


def recovery_dir(data_dir: Path) -> Path:
    """The folder recovery files are written to."""
    return Path(data_dir) / RECOVERY_DIR


def merge_entries(entries: list[RecoveryEntry]) -> list[RecoveryEntry]:
    """One entry per (page, language): a later entry replaces an earlier one."""
    by_key: dict[tuple[int, str], RecoveryEntry] = {}
    for entry in entries:
        by_key.pop((entry.page_id, entry.language), None)
        by_key[(entry.page_id, entry.language)] = entry
    return list(by_key.values())


def write_recovery(data_dir: Path, region: str, entries: list[RecoveryEntry]) -> Path:
    """Write ``entries`` to a new recovery file (written whole, then renamed into place)."""
    folder = recovery_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{region}-{stamp}.json"
    body = {
        "format": _FORMAT,
        "region": region,
        "created": now.isoformat(timespec="seconds"),
        "entries": [asdict(entry) for entry in merge_entries(entries)],
    }
    _write_json(target, body)
    return target


def find_recovery(data_dir: Path, region: str) -> list[RecoveryFile]:
    """The readable recovery files of ``region``, oldest first (unreadable files are skipped)."""
    folder = recovery_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"{region}-*.json")):
        try:
            file = load_recovery(path)
        except StoreError:
            continue
        if file.region == region and file.entries:
            found.append(file)
    return found


def load_recovery(path: Path) -> RecoveryFile:
    """Read a recovery file; :class:`StoreError` naming the file when it is not one."""
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        entries = tuple(
            RecoveryEntry(
                int(e["page_id"]),
                str(e["language"]),
                str(e["title"]),
                str(e["html"]),
                str(e.get("origin", "unsaved")),
            )
            for e in body["entries"]
        )
        return RecoveryFile(path, str(body["region"]), str(body.get("created", "")), entries)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(
            f"{path}: not a readable recovery file ({exc})", "bad_recovery_file", path=path, **failure(exc)
        ) from exc


def restore_recovery(store: Store, file: RecoveryFile) -> RestoreResult:
    """Save every entry through the store (history and outbox as for any edit).

    The file is deleted when every entry was restored; otherwise it keeps the ones that failed.
    """
    changes = Changes()
    restored = 0
    failed: list[str] = []
    kept: list[RecoveryEntry] = []
    for entry in file.entries:
        try:
            changes = changes | store.save_translation(
                entry.page_id, entry.language, title=entry.title, content=entry.html, reason="recovery"
            )
        except StoreError as exc:
            failed.append(str(exc))
            kept.append(entry)
            continue
        restored += 1
    if kept:
        body = _body_of(file, kept)
        _write_json(file.path, body)
    else:
        file.path.unlink(missing_ok=True)
    return RestoreResult(changes, restored, tuple(failed))


def _body_of(file: RecoveryFile, entries: list[RecoveryEntry]) -> dict[str, Any]:
    return {
        "format": _FORMAT,
        "region": file.region,
        "created": file.created,
        "entries": [asdict(entry) for entry in entries],
    }


def _write_json(target: Path, body: dict[str, Any]) -> None:
    handle, tmp_name = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(body, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
