"""A region's glossary: source terms, their agreed translations per language, "do not translate" terms.

Qt-free. :meth:`Glossary.find` marks terms in a source text (for highlighting); :meth:`Glossary.check`
says which terms of a source block are not translated as agreed in the target block (a QA warning).
Terms match case-insensitively at word starts and allow a short inflection ending (``Jobcenters``
matches ``Jobcenter``). Import and export as TBX (ISO 30042, the ``martif`` dialect agencies' tools
read) and CSV (first column the source language, one column per language, ``|`` between
alternatives, then ``do_not_translate`` and ``note``).
"""

from __future__ import annotations

import csv
import io
import re
from _sre import unicode_tolower
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from re._casefix import _EXTRA_CASES
from typing import Any

import lxml.etree

from editor.text.worded import Worded

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ENDING = r"[^\W\d_]{0,3}"


class GlossaryError(ValueError):
    """A glossary file that cannot be read; the message names the file and the place.

    ``code`` names the problem and ``params`` hold its values (``name`` is the file), so the views
    word it in the UI language; ``str(exc)`` is the English sentence for the command line.
    """

    def __init__(self, message: str, code: str = "other", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}


@dataclass(frozen=True, eq=False)
class Term:
    """A source-language term with its agreed translations (language code → alternatives)."""

    term: str
    translations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    do_not_translate: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A glossary term found in a text: ``start``/``end`` are offsets into that text."""

    term: Term
    start: int
    end: int


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not alternatives:
        return None
    body = "|".join(re.escape(w) for w in alternatives)
    return re.compile(rf"(?<!\w)(?:{body}){_ENDING}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=2048)
def _compiled(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    """:func:`_pattern` of alternatives already in its order (longest first, no repeats)."""
    body = "|".join(re.escape(w) for w in alternatives)
    return re.compile(rf"(?<!\w)(?:{body}){_ENDING}(?!\w)", re.IGNORECASE)


def _fold_table() -> dict[int, int]:
    """Each character's lower case as ``re.IGNORECASE`` compares it (``_sre.unicode_tolower``), joined
    with the other lower cases the engine treats as the same letter (``re._casefix``: ı and i, ſ and s,
    σ and ς …) into one representative: two characters the engine matches always fold alike."""
    groups: dict[int, int] = {}
    for start in _EXTRA_CASES:
        if start in groups:
            continue
        component: set[int] = set()
        todo = [start]
        while todo:
            code = todo.pop()
            if code not in component:
                component.add(code)
                todo.extend(_EXTRA_CASES.get(code, ()))
        for code in component:
            groups[code] = min(component)
    return groups


_GROUPS = _fold_table()


class _FoldMap(dict[int, str]):
    """``str.translate`` table folding a character as :func:`_fold_table` says (filled on use)."""

    def __missing__(self, code: int) -> str:
        low = unicode_tolower(code)
        folded = self[code] = chr(_GROUPS.get(low, low))
        return folded


_FOLD = _FoldMap()


class _Starts:
    """The glossary's alternatives (:func:`_pattern`'s order), folded as the regular expression engine
    compares them: for a text, the pattern of only the alternatives found in it at some position. An
    alternative absent from the text can never match, so the matches are those of the whole glossary's
    pattern (ADR 0039: that pattern of 120,000 terms took ≈ 6 s to compile and ≈ 1 ms per character to
    run, on the GUI thread)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.alternatives = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
        self.by_folded: dict[str, list[int]] = {}
        for number, word in enumerate(self.alternatives):
            self.by_folded.setdefault(word.translate(_FOLD), []).append(number)
        self.sizes = sorted({len(folded) for folded in self.by_folded})

    def pattern(self, text: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives that occur in ``text`` (folded), None when none does."""
        folded = text.translate(_FOLD)
        found: set[int] = set()
        by_folded = self.by_folded
        for at in range(len(folded)):
            for size in self.sizes:
                if at + size > len(folded):
                    break
                numbers = by_folded.get(folded[at : at + size])
                if numbers is not None:
                    found.update(numbers)
        if not found:
            return None
        return _compiled(tuple(self.alternatives[number] for number in sorted(found)))


@dataclass(frozen=True)
class Glossary:
    """The glossary of one region (source language ``source_language``)."""

    source_language: str = "de"
    terms: tuple[Term, ...] = ()

    @cached_property
    def _index(self) -> tuple[_Starts, dict[str, Term]]:
        by_text = {t.term.strip().lower(): t for t in self.terms if t.term.strip()}
        return _Starts(t.term for t in self.terms), by_text

    def find(self, text: str) -> list[TermMatch]:
        """The terms in ``text`` (a source block's plain text), in order, longest term first."""
        starts, by_text = self._index
        pattern = starts.pattern(text)
        if pattern is None:
            return []
        found = []
        for match in pattern.finditer(text):
            term = _term_of(match.group(), by_text)
            if term is not None:
                found.append(TermMatch(term, match.start(), match.end()))
        return found

    def check(self, source_text: str, target_text: str, language: str) -> list[str]:
        """Warnings for terms of ``source_text`` not translated as agreed in ``target_text``."""
        warnings: list[str] = []
        for term in {m.term.term: m.term for m in self.find(source_text)}.values():
            expected = (term.term,) if term.do_not_translate else term.translations.get(language, ())
            if not expected:
                continue
            pattern = _pattern(expected)
            if pattern is not None and not pattern.search(target_text):
                if term.do_not_translate:
                    message = f"“{term.term}” is not to be translated but is missing"
                    warnings.append(Worded(message, "glossary_keep", term=term.term))
                else:
                    agreed = " or ".join(f"“{e}”" for e in expected)
                    message = f"“{term.term}” should be translated as {agreed}"
                    shown = ", ".join(f"„{e}“" for e in expected)
                    warnings.append(Worded(message, "glossary_term", term=term.term, agreed=shown))
        return warnings

    def checker(self, source: str, target: str) -> Callable[[str, str], Sequence[str]] | None:
        """A ``(source_text, target_text)`` check for QA, None when no term concerns ``target``."""
        if source != self.source_language or not any(
            t.do_not_translate or t.translations.get(target) for t in self.terms
        ):
            return None
        return lambda source_text, target_text: self.check(source_text, target_text, target)

    def merged(self, other: Glossary) -> Glossary:
        """This glossary with ``other``'s terms added; a term in both takes ``other``'s entry."""
        keys = {t.term.strip().lower() for t in other.terms}
        kept = tuple(t for t in self.terms if t.term.strip().lower() not in keys)
        return Glossary(self.source_language, kept + other.terms)

    def languages(self) -> list[str]:
        """Every target language a translation is given for, sorted."""
        return sorted({code for t in self.terms for code in t.translations})


def _term_of(found: str, by_text: dict[str, Term]) -> Term | None:
    lowered = found.lower()
    for cut in range(0, 4):
        term = by_text.get(lowered[: len(lowered) - cut] if cut else lowered)
        if term is not None:
            return term
    return None


# --------------------------------------------------------------------------------------------------------
# CSV


def to_csv(glossary: Glossary) -> str:
    """CSV: ``<source>,<lang>…,do_not_translate,note`` (alternatives joined by ``|``)."""
    languages = glossary.languages()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([glossary.source_language, *languages, "do_not_translate", "note"])
    for term in glossary.terms:
        cells = [" | ".join(term.translations.get(code, ())) for code in languages]
        writer.writerow([term.term, *cells, "yes" if term.do_not_translate else "", term.note])
    return out.getvalue()


def from_csv(text: str, name: str = "CSV") -> Glossary:
    """Read :func:`to_csv`'s layout (``do_not_translate`` and ``note`` columns optional)."""
    # a Python loop, not list(): the interpreter lock is let go between rows (an import on a worker
    # thread would otherwise stall the GUI thread for the whole file, ADR 0039)
    rows = [row for row in csv.reader(io.StringIO(text.lstrip("\ufeff")))]  # noqa: C416
    if not rows or not rows[0] or not rows[0][0].strip():
        raise GlossaryError(
            f"{name}: the first row must name the source language, then the languages", "no_header", name=name
        )
    header = [cell.strip() for cell in rows[0]]
    terms = []
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise GlossaryError(
                f"{name}: line {number} has {len(row)} cells, the header {len(header)}",
                "cells",
                name=name,
                line=number,
                cells=len(row),
                header=len(header),
            )
        cells = dict(zip(header, row, strict=False))
        term = cells[header[0]].strip()
        if not term:
            raise GlossaryError(
                f"{name}: line {number} has no {header[0]} term",
                "no_term",
                name=name,
                line=number,
                language=header[0],
            )
        translations = {
            code: tuple(p.strip() for p in value.split("|") if p.strip())
            for code, value in cells.items()
            if code not in (header[0], "do_not_translate", "note") and value.strip()
        }
        dnt = cells.get("do_not_translate", "").strip().lower() in ("yes", "true", "1", "x")
        terms.append(Term(term, translations, dnt, cells.get("note", "").strip()))
    return Glossary(header[0], tuple(terms))


# --------------------------------------------------------------------------------------------------------
# TBX


#: Terms serialised per call of lxml's ``tostring``: one C call for 120,000 terms held the interpreter lock
#: ≈ 0.6 s (and freeing the tree as long), stalling the GUI thread while an export ran on the database
#: thread (ADR 0042).
_TBX_CHUNK = 1_000


def to_tbx(glossary: Glossary, title: str = "Integreat Desk glossary") -> str:
    """TBX (``martif``): one ``termEntry`` per term, a ``langSet`` per language; "do not translate"
    is ``<termNote type="translatable">no</termNote>`` on the source term.

    Written in chunks of terms, each a whole document whose ``body`` part is cut out: pretty printing
    indents an element by its depth only, so the text is the same as one document's."""
    terms, parts = glossary.terms, []
    head = tail = ""
    for start in range(0, max(len(terms), 1), _TBX_CHUNK):
        root = lxml.etree.Element("martif", {"type": "TBX", XML_LANG: glossary.source_language})
        header = lxml.etree.SubElement(root, "martifHeader")
        source_desc = lxml.etree.SubElement(lxml.etree.SubElement(header, "fileDesc"), "sourceDesc")
        lxml.etree.SubElement(source_desc, "p").text = title
        body = lxml.etree.SubElement(lxml.etree.SubElement(root, "text"), "body")
        for number, term in enumerate(terms[start : start + _TBX_CHUNK], start + 1):
            entry = lxml.etree.SubElement(body, "termEntry", {"id": f"t{number}"})
            if term.note:
                lxml.etree.SubElement(entry, "note").text = term.note
            _lang_set(entry, glossary.source_language, (term.term,), term.do_not_translate)
            for code, alternatives in term.translations.items():
                _lang_set(entry, code, alternatives, False)
        text = lxml.etree.tostring(root, encoding="unicode", pretty_print=True)
        if not terms:
            head = text  # an empty body: ``<body/>``
            break
        # markup in the title or the terms is escaped: the first "<body>" and the last "</termEntry>"
        # are the document's own (one copy of each chunk's terms: the text is tens of MB)
        start_at = text.index("<body>") + len("<body>")
        end = text.rindex("</termEntry>") + len("</termEntry>")
        head, tail = text[:start_at], text[end:]
        parts.append(text[start_at:end])
    return "".join(['<?xml version="1.0" encoding="UTF-8"?>\n', head, *parts, tail])


def _lang_set(entry: Any, code: str, words: Iterable[str], dnt: bool) -> None:
    lang_set = lxml.etree.SubElement(entry, "langSet", {XML_LANG: code})
    for word in words:
        tig = lxml.etree.SubElement(lang_set, "tig")
        lxml.etree.SubElement(tig, "term").text = word
        if dnt:
            lxml.etree.SubElement(tig, "termNote", {"type": "translatable"}).text = "no"


def from_tbx(data: bytes, name: str = "TBX", source_language: str = "de") -> Glossary:
    """Read TBX (``martif`` or TBX v3 ``tbx`` with ``conceptEntry``/``langSec``/``termSec``)."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", 0) or 0
        raise GlossaryError(f"{name}: not well-formed XML ({exc})", "not_xml", name=name, line=line) from None
    source = root.get(XML_LANG) or source_language
    terms = []
    for entry in (e for e in root.iter() if _local(e.tag) in ("termEntry", "conceptEntry")):
        words: dict[str, list[str]] = {}
        dnt = False
        for lang_set in (e for e in entry if _local(e.tag) in ("langSet", "langSec")):
            code = (lang_set.get(XML_LANG) or "").split("-")[0].lower()
            for node in lang_set.iter():
                if _local(node.tag) == "term" and (node.text or "").strip():
                    words.setdefault(code, []).append((node.text or "").strip())
                if _local(node.tag) == "termNote" and node.get("type") == "translatable":
                    dnt = dnt or (node.text or "").strip().lower() == "no"
        if not words.get(source):
            raise GlossaryError(
                f"{name}: a term entry has no {source} term", "entry_without_term", name=name, language=source
            )
        note = next((n.text or "" for n in entry if _local(n.tag) == "note"), "")
        first, *_rest = words.pop(source)
        terms.append(Term(first, {code: tuple(w) for code, w in words.items()}, dnt, note.strip()))
    return Glossary(source, tuple(terms))


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""
