"""What the quality report keeps per translation and what its QA column depends on (Qt-free).

The cache row's ``result`` holds the text figures and the QA count with the key it was computed for:
``words|score|measure|spelling#qa-key|qa``. The figures depend on the text alone (its content hash);
the QA count on the text, its source-language text, where the source's links lead in the
translation's language and the glossary, so it has a key of its own: a source edit recomputes the QA
of that page's translations and nothing else.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from editor.models.errors import StoreError
from editor.models.link_targets import PageLinks
from editor.models.store import Store
from editor.reports.links import LinkFinding, LinkProblem
from editor.reports.metrics import CACHE_VERSION, QaInputs
from editor.reports.pages import PageIndex
from editor.text.links import LinkDetail, link_spans

if TYPE_CHECKING:
    from editor.text.glossary import Glossary


def _problem_to_json(f: LinkFinding) -> list[object]:
    """The fields :func:`problems_from_json` reads, in its order (``asdict`` would copy each deeply)."""
    problem = f.problem.value if f.problem else None
    detail = f.detail.stored() if f.detail is not None else ""
    return [f.href, f.start, f.end, f.label, f.kind, problem, detail, f.suggestion, f.status]


def problems_to_json(problems: list[LinkFinding]) -> str:
    """The link problems of a translation as the cache keeps them (lists of the fields, no page)."""
    if not problems:  # most translations
        return "[]"
    return json.dumps([_problem_to_json(f) for f in problems], ensure_ascii=False)


def problems_from_json(text: str, page_id: int, language: str) -> list[LinkFinding]:
    """What :func:`problems_to_json` wrote, for the translation (page id, language)."""
    found = []
    for href, start, end, label, kind, problem, message, suggestion, status in json.loads(text):
        finding = object.__new__(LinkFinding)  # 40,000 of them from the cache: no per-field checks
        finding.__dict__.update(
            page_id=page_id, language=language, href=href, start=start, end=end, label=label, kind=kind,
            problem=LinkProblem(problem) if problem else None, detail=LinkDetail.read(message),
            suggestion=suggestion,
            status=status,
        )  # fmt: skip
        found.append(finding)
    return found


def pack(metrics: str, qa_key: str | None, qa: int | None, counts: tuple[int, int] | None = None) -> str:
    """The cache's ``result`` of a translation; ``counts``: (broken links, link problems), so a row read
    from the cache needs no parsing of its link problems."""
    tail = "" if counts is None else f"#{counts[0]}|{counts[1]}"
    return f"{metrics}#{qa_key or ''}|{'' if qa is None else qa}{tail}"


def unpack(result: str | None) -> tuple[str | None, str | None, int | None]:
    """``(figures, QA key, QA count)`` of a cached ``result`` (None where nothing is kept)."""
    if not result:
        return None, None, None
    metrics, _sep, qa_part = result.partition("#")
    key, _sep, count = qa_part.partition("#")[0].partition("|")
    return metrics or None, key or None, int(count) if count else None


def link_counts(result: str | None) -> tuple[int, int] | None:
    """``(broken links, link problems)`` kept in a cached ``result`` (None: an entry without them)."""
    if not result or result.count("#") < 2:
        return None
    broken, _sep, problems = result.rpartition("#")[2].partition("|")
    return int(broken), int(problems)


def region_glossary(store: Store) -> tuple[Glossary | None, str]:
    """The region's glossary for QA (None: none, or a damaged one) and a hash of it."""
    from editor.models.glossary_store import load_glossary

    try:
        glossary = load_glossary(store)
    except StoreError:  # a damaged glossary: QA without it (the glossary's own view names the file)
        glossary = None
    used = glossary if glossary and glossary.terms else None
    return used, hashlib.sha1(repr(used).encode(), usedforsecurity=False).hexdigest()


#: The dictionaries' digest this process's spellers were loaded with, per folder.
_LOADED: dict[Path | None, str] = {}


class Dictionaries:
    """What a language's spelling count and QA word checks depend on besides the text, in the user's
    data (``<data>/dictionaries``): the language's personal word list and the names of the dictionaries
    a user added there. :meth:`text_key` mixes it into a text's content hash."""

    def __init__(self, data_dir: Path | None) -> None:
        self._folder = None if data_dir is None else Path(data_dir) / "dictionaries"
        self._digests: dict[str, str] = {}
        self._installed: str | None = None

    def digest(self, language: str) -> str:
        """A hash of what ``language``'s figures depend on here ("" when there is nothing: no personal
        words, no added dictionaries)."""
        found = self._digests.get(language)
        if found is None:
            found = self._digests[language] = self._digest(language)
        return found

    def region_digest(self, languages: list[str]) -> str:
        """The :meth:`digest` of every language of a region in one ("" when each is "")."""
        digests = [self.digest(code) for code in languages]
        if not any(digests):
            return ""
        return hashlib.sha1("|".join(digests).encode(), usedforsecurity=False).hexdigest()

    def spellers_current(self, languages: list[str]) -> None:
        """Make sure this process's spellers for the data folder (``metrics.local_computer``) read the
        personal lists as they are now: a list changed since they were loaded drops them."""
        digest = self.region_digest(languages)
        if _LOADED.get(self._folder, digest) != digest:
            from editor.reports.metrics import forget_local

            forget_local(None if self._folder is None else self._folder.parent)
        _LOADED[self._folder] = digest

    def forget(self) -> None:
        """Read the personal lists and dictionaries again when next asked (they may have changed)."""
        self._digests, self._installed = {}, None

    def text_key(self, language: str, content: str) -> str:
        """The key a text's figures and QA are kept under: its content hash (``metrics.content_key``),
        with the dictionaries' :meth:`digest` when there is one."""
        from editor.reports.metrics import content_key

        key, extra = content_key(language, content), self.digest(language)
        if not extra:
            return key
        return hashlib.sha1(f"{key}\0{extra}".encode(), usedforsecurity=False).hexdigest()

    def _digest(self, language: str) -> str:
        if self._folder is None:
            return ""
        from editor.text.languages import UnknownLanguageError, plan_for

        try:
            base = plan_for(language).base
        except (UnknownLanguageError, ValueError):
            base = language
        try:
            personal = (self._folder / "personal" / f"{base}.txt").read_bytes()
        except OSError:
            personal = b""
        installed = self._installed_names()
        if not personal and not installed:
            return ""
        digest = hashlib.sha1(personal, usedforsecurity=False)
        digest.update(installed.encode("utf-8", "surrogateescape"))
        return digest.hexdigest()

    def _installed_names(self) -> str:
        """The dictionaries a user added to the folder (not those unpacked from the installer's bundle,
        which are the same whenever they are unpacked), by name."""
        if self._installed is None:
            self._installed = ""
            if self._folder is not None:
                from editor.text.bundled import BUNDLED_DIR, BundledDictionaries

                self._installed = "\n".join(BundledDictionaries(BUNDLED_DIR, self._folder).added())
        return self._installed


class QaKeys:
    """Builds the QA inputs of a region and the QA cache key of each (source, translation) pair."""

    def __init__(self, store: Store, index: PageIndex, dictionaries: Dictionaries | None = None) -> None:
        glossary, self.glossary = region_glossary(store)
        self.inputs = QaInputs(index.region, index.paths, glossary)
        self.dictionaries = dictionaries or Dictionaries(None)
        #: Part of every fingerprint: a new glossary, cache version or personal word reads every text again.
        self.version = f"{CACHE_VERSION}|{self.glossary[:12]}"
        installed = self.dictionaries.region_digest(index.languages)
        if installed:
            self.version += f"|{installed[:12]}"
        self._links = PageLinks.from_paths(index.region, index.paths)
        self._targets: dict[tuple[str, str], str | None] = {}
        self._sources: dict[int, str] = {}
        self._hrefs: dict[int, list[str]] = {}
        self._page_links: dict[str, bool] = {}

    def key(self, source_id: int, source_language: str, source: str, language: str, content_key: str) -> str:
        """The QA key of a translation (``content_key``: its :meth:`Dictionaries.text_key`) against
        ``source``."""
        source_key = self._sources.get(source_id)
        if source_key is None:
            source_key = self._sources[source_id] = self.dictionaries.text_key(source_language, source)
        hrefs = self._hrefs.get(source_id)
        if hrefs is None:  # the same for the page's every translation
            hrefs = self._hrefs[source_id] = [href for href, _start, _end in link_spans(source)]
        targets = [(href, self._target(href, language)) for href in hrefs]
        digest = hashlib.sha1(usedforsecurity=False)
        digest.update(
            f"{self.glossary}\0{source_key}\0{content_key}\0{targets!r}".encode("utf-8", "surrogatepass")
        )
        return digest.hexdigest()

    def _target(self, href: str, language: str) -> str | None:
        found = self._targets.get((href, language), "")
        if found == "":
            page = self._page_links.get(href)
            if page is None:  # whether it names one of the region's pages does not depend on the language
                page = self._page_links[href] = self._links.page_of(href) is not None
            found = self._targets[(href, language)] = self._links.address_in(href, language) if page else None
        return found

    def forget_sources(self) -> None:
        """Forget the source texts' hashes and links (after an edit: a source may have changed)."""
        self._sources.clear()
        self._hrefs.clear()
