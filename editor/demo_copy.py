"""The demo working copy made ahead of time: a first ``--demo`` start copies it instead of pulling.

A new data directory gets the demo region through an ordinary pull from the bundled JSON
(:func:`editor.sync.bundled_client.fill_demo`): SQLAlchemy, the unit of work and a hash per text take
about 0.4 s, more than the whole window. The set-up and the installer build run that same pull once
(``python -m editor.demo_copy``) and keep the result in ``resources/demo/working-copy.sqlite`` with a
stamp naming what it was made from: the program version, the schema, the demo JSON and (in a checkout)
the size and time of every file of the code that writes a working copy. A new data directory then gets
a copy of that file (checked, a few milliseconds), under the same lock and atomic rename as every
new working copy (:func:`editor.models.db.create_file`). A copy whose stamp does not match, or
that cannot be read, is not used: the pull runs as before. (docs/decisions/0020-start-up.md)

Qt-free; imported only when a demo working copy is about to be created.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from editor import __version__
from editor.models.db import SCHEMA_HEAD, checked_schema, create_file, has_content
from editor.models.demo import DEMO_SLUG, demo_source
from editor.models.errors import StoreError
from editor.models.store import working_copy_path

log = logging.getLogger(__name__)

TEMPLATE = "working-copy.sqlite"
STAMP = "working-copy.stamp"
#: The code whose change can change what the demo pull writes (in a checkout).
_CODE = ("models", "sync", "text")


def stamp(*, frozen: bool) -> str:
    """What a usable copy must have been made from, as one hex digest (``frozen``: an installed build,
    which has no source files to look at and is built together with its copy)."""
    digest = hashlib.sha256(f"{__version__}\n{SCHEMA_HEAD}\n".encode())
    demo = demo_source()
    for path in sorted([*demo.glob("*.json"), *(demo / "pages").glob("*.json")]):
        digest.update(path.relative_to(demo).as_posix().encode() + b"\n")
        digest.update(path.read_bytes())
    if not frozen:
        package = Path(__file__).resolve().parent
        for name, size, mtime in sorted(_code_files(package)):
            digest.update(f"{name}:{size}:{mtime}\n".encode())
    return digest.hexdigest()


def usable_template(folder: Path | None = None) -> Path | None:
    """The copy in ``folder`` (default ``resources/demo``) when its stamp matches this program."""
    folder = folder if folder is not None else demo_source()
    template = folder / TEMPLATE
    try:
        recorded = (folder / STAMP).read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    if not template.is_file():
        return None
    return template if stamp(frozen=bool(getattr(sys, "frozen", False))) in recorded else None


def copy_demo(data_dir: Path, folder: Path | None = None) -> bool:
    """Create the demo working copy in ``data_dir`` from the copy made ahead; False when there is none
    that fits (or it cannot be read), or the data directory has a demo working copy already."""
    path = working_copy_path(data_dir, DEMO_SLUG)
    if has_content(path):
        return False
    template = usable_template(folder)
    if template is None:
        return False
    try:
        return create_file(path, lambda new: _restore(template, new))
    except (StoreError, sqlite3.Error, OSError) as exc:  # the pull makes it instead
        log.info("%s: the demo copy made ahead cannot be used (%s); pulling instead", template, exc)
        return False


def build(folder: Path) -> Path:
    """Make the copy in ``folder`` by the ordinary demo pull, with its stamp; returns the copy."""
    from editor.models.demo import ensure_demo
    from editor.sync.bundled_client import fill_demo

    folder.mkdir(parents=True, exist_ok=True)
    target, partial = folder / TEMPLATE, folder / f".{TEMPLATE}.{os.getpid()}.partial"
    with tempfile.TemporaryDirectory(prefix="integreat-demo-") as scratch:
        ensure_demo(Path(scratch), fill_demo).close()
        source = sqlite3.connect(working_copy_path(Path(scratch), DEMO_SLUG))
        try:
            partial.unlink(missing_ok=True)
            source.execute("VACUUM INTO ?", (str(partial),))
        finally:
            source.close()
    made = sqlite3.connect(partial)
    try:  # copied byte for byte: in write-ahead mode like every working copy (the log folded in)
        made.execute("PRAGMA journal_mode = WAL")
    finally:
        made.close()
    os.replace(partial, target)
    (folder / STAMP).write_text(f"{stamp(frozen=False)}\n{stamp(frozen=True)}\n", encoding="ascii")
    return target


def _restore(template: Path, new: Path) -> None:
    """Replace the new (empty) working copy ``new`` by a copy of ``template``, checked and on disk."""
    shutil.copyfile(template, new)
    conn = sqlite3.connect(new)
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        version = checked_schema(conn, template)  # our tables, not only our version number
    finally:
        conn.close()
    if check != "ok" or version != SCHEMA_HEAD:
        raise StoreError(f"{template}: damaged ({check}) or of another schema ({version})")
    descriptor = os.open(new, os.O_RDONLY)
    try:
        os.fsync(descriptor)  # on disk before create_file renames it into place
    finally:
        os.close(descriptor)


def _code_files(package: Path) -> Iterator[tuple[str, int, int]]:
    for name in _CODE:
        stack = [package / name]
        while stack:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.is_dir() and entry.name != "__pycache__":
                        stack.append(Path(entry.path))
                    elif entry.name.endswith((".py", ".sql")):
                        info = entry.stat()
                        yield os.path.relpath(entry.path, package), info.st_size, info.st_mtime_ns


def main(argv: list[str] | None = None) -> int:
    """``python -m editor.demo_copy [FOLDER]``: make the copy (default: ``resources/demo``)."""
    parser = argparse.ArgumentParser(prog="python -m editor.demo_copy", description=main.__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        target = build(args.folder or demo_source())
    except (StoreError, sqlite3.Error, OSError) as exc:
        print(f"demo_copy: {exc}", file=sys.stderr)
        return 1
    print(f"demo_copy: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
