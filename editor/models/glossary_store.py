"""Where a region's glossary is kept: ``glossary.json`` beside the working copy (user data, not a
cache; no schema change). Written whole or not at all (:mod:`editor.models.whole_file`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from editor.models.errors import StoreError, cause_code, failure
from editor.models.store import Store
from editor.models.whole_file import replace_text
from editor.text.glossary import Glossary, GlossaryError, Term, from_csv, from_tbx, to_csv, to_tbx

GLOSSARY_FILE = "glossary.json"


def glossary_path(store: Store) -> Path:
    """The glossary file of ``store``'s region."""
    return store.path.parent / GLOSSARY_FILE


#: The last glossary read per file, with the file's identity then (inode, mtime, size): the desk's term
#: marks, the QA and an import's follow-up read share one :class:`Glossary` (and its term index) until
#: the file is written again (every write replaces the file: a new inode).
_LAST: dict[Path, tuple[tuple[int, int, int], Glossary, str]] = {}


def load_glossary(store: Store) -> Glossary:
    """The region's glossary (empty when there is none yet); raises :class:`StoreError` when the file
    is damaged, naming it."""
    path = glossary_path(store)
    source = next((lang.code for lang in store.languages() if lang.parent_code is None), "de")
    try:
        stat = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return Glossary(source)
    except OSError:
        stat = None  # read below, which says why it cannot be
    identity = (stat.st_ino, stat.st_mtime_ns, stat.st_size) if stat is not None else None
    last = _LAST.get(path)
    if identity is not None and last is not None and last[0] == identity and source == last[2]:
        return last[1]
    glossary = _read(path, source)
    if identity is not None:
        _LAST[path] = (identity, glossary, source)
    return glossary


def _read(path: Path, source: str) -> Glossary:
    try:
        data = _parse(path.read_text("utf-8"))
        terms = tuple(
            Term(
                str(item["term"]),
                {
                    str(code): tuple(str(w) for w in words)
                    for code, words in item.get("translations", {}).items()
                },
                bool(item.get("do_not_translate", False)),
                str(item.get("note", "")),
            )
            for item in data["terms"]
        )
        return Glossary(str(data.get("source_language", source)), terms)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreError(
            f"{path}: the glossary cannot be read ({exc})", "bad_glossary", path=path, **failure(exc)
        ) from exc


#: The start of the layout :func:`save_glossary` writes (JSON's own whitespace allowed around its parts).
_HEAD = re.compile(r'[ \t\n\r]*\{[ \t\n\r]*"source_language"[ \t\n\r]*:[ \t\n\r]*("(?:[^"\\]|\\.)*")'
                   r'[ \t\n\r]*,[ \t\n\r]*"terms"[ \t\n\r]*:[ \t\n\r]*\[[ \t\n\r]*')  # fmt: skip
_COMMA = re.compile(r"[ \t\n\r]*,[ \t\n\r]*")
_TAIL = re.compile(r"[ \t\n\r]*\][ \t\n\r]*\}[ \t\n\r]*\Z")


def _parse(text: str) -> Any:
    """``json.loads(text)``, term by term for the layout :func:`save_glossary` writes: one C call per
    term lets go of the interpreter lock in between (loading 120,000 terms in one call held it ≈ 0.7 s,
    stalling the GUI thread while an import ran on the database thread). Anything else, or anything
    damaged, is read by ``json.loads`` itself, so the result or the error is the same as before."""
    head = _HEAD.match(text)
    if head is None:
        return json.loads(text)
    decoder = json.JSONDecoder()
    terms: list[Any] = []
    at = head.end()
    try:
        if text.startswith("]", at):
            tail = _TAIL.match(text, at)
        else:
            while True:
                term, at = decoder.raw_decode(text, at)
                terms.append(term)
                comma = _COMMA.match(text, at)
                if comma is None:
                    break
                at = comma.end()
            tail = _TAIL.match(text, at)
        if tail is None:
            return json.loads(text)
        return {"source_language": json.loads(head.group(1)), "terms": terms}
    except ValueError:
        return json.loads(text)


def save_glossary(store: Store, glossary: Glossary) -> None:
    """Write the region's glossary."""
    path = glossary_path(store)
    terms = [
        {"term": t.term, "translations": {c: list(w) for c, w in t.translations.items()},
         "do_not_translate": t.do_not_translate, "note": t.note}
        for t in glossary.terms
    ]  # fmt: skip
    # one term per line, each written by the C encoder (``indent`` falls back to the Python one: 120,000
    # terms took 6 s instead of 0.4 s)
    lines = ",\n".join(json.dumps(term, ensure_ascii=False) for term in terms)
    head = json.dumps(glossary.source_language, ensure_ascii=False)
    replace_text(path, f'{{"source_language": {head}, "terms": [\n{lines}\n]}}\n')


#: The largest glossary file an import reads.
MAX_FILE = 20 * 1024 * 1024


def import_glossary_file(store: Store, path: Path, *, replace: bool = False) -> tuple[int, int]:
    """Add the terms of a TBX or CSV file to the region's glossary (a term already there takes the
    file's entry; ``replace`` drops the others). Returns (terms in the file, terms in the glossary).

    Raises :class:`GlossaryError` naming the file when it is not a glossary the region can take (not
    .tbx/.csv, too large, unreadable, not UTF-8, malformed, another source language), and
    :class:`StoreError` when the region's glossary cannot be read or written. Nothing is written then.
    """
    kind = path.suffix.lower()
    name = str(path)
    if kind not in (".tbx", ".csv", ".xml"):
        raise GlossaryError(f"{name}: expected a .tbx or .csv file", "not_glossary_file", name=name)
    try:
        if path.stat().st_size > MAX_FILE:
            megabytes = MAX_FILE // 1024 // 1024
            raise GlossaryError(
                f"{name}: larger than {megabytes} MB", "too_large", name=name, megabytes=megabytes
            )
        data = path.read_bytes()
    except OSError as exc:
        raise GlossaryError(
            f"{name}: cannot read ({exc.strerror or exc})",
            "unreadable",
            name=name,
            cause=cause_code(exc),
            detail=exc,
        ) from exc
    current = load_glossary(store)
    if kind == ".csv":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GlossaryError(
                f"{name}: invalid UTF-8 at byte offset {exc.start}", "not_utf8", name=name, byte=exc.start
            ) from exc
        found = from_csv(text, name)
    else:
        found = from_tbx(data, name, current.source_language)
    if found.source_language != current.source_language:
        raise GlossaryError(
            f"{name}: the terms are in {found.source_language}, "
            f"the region's source is {current.source_language}",
            "other_source",
            name=name,
            found=found.source_language,
            source=current.source_language,
        )
    merged = found if replace else current.merged(found)
    try:
        save_glossary(store, merged)
    except OSError as exc:
        where = glossary_path(store)
        raise StoreError(
            f"{where}: the glossary cannot be saved ({exc})", "glossary_not_saved", path=where, **failure(exc)
        ) from exc
    return len(found.terms), len(merged.terms)


def export_glossary_file(store: Store, out: Path, title: str) -> int:
    """Write the region's glossary to ``out`` (TBX or CSV by its ending); returns how many terms.
    Raises :class:`GlossaryError` for another ending or a file that cannot be written (then ``out`` is
    as it was: the file is written whole or not at all)."""
    name = str(out)
    if out.suffix.lower() not in (".tbx", ".csv"):
        raise GlossaryError(f"{name}: the name must end in .tbx or .csv", "not_glossary_file", name=name)
    glossary = load_glossary(store)
    text = to_csv(glossary) if out.suffix.lower() == ".csv" else to_tbx(glossary, title)
    try:
        replace_text(out, text)
    except OSError as exc:
        raise GlossaryError(
            f"{name}: cannot write ({exc.strerror or exc})",
            "not_written",
            name=name,
            cause=cause_code(exc),
            detail=exc,
        ) from exc
    return len(glossary.terms)
