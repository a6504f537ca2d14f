"""Per-translation text figures for the quality report: words, readability, spelling (Qt-free).

Cached in the working copy per content hash (:func:`content_key`), so only changed texts are
computed again. :func:`compute_many` runs in this process or, for many texts, in worker processes
(CPU-bound pure Python: threads would share one core).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.text.glossary import Glossary

#: Bump when the figures are computed differently: every cached entry is then recomputed.
CACHE_VERSION = "4"
#: Texts per unit of work (a progress step and, with processes, one task).
CHUNK = 100


@dataclass(frozen=True)
class TextMetrics:
    """Figures of one translation's text."""

    words: int
    #: The language's readability measure: HIX-like (German), Flesch reading ease (English), LIX.
    score: float | None
    measure: str
    #: Spelling issues; None when there is no dictionary for the language.
    spelling: int | None

    def to_json(self) -> str:
        """The compact form the cache keeps: ``words|score|measure|spelling`` (empty for None)."""
        score = "" if self.score is None else repr(self.score)
        spelling = "" if self.spelling is None else str(self.spelling)
        return f"{self.words}|{score}|{self.measure}|{spelling}"

    @classmethod
    def from_json(cls, text: str) -> TextMetrics:
        """Read what :meth:`to_json` wrote."""
        words, score, measure, spelling = text.split("|")
        return cls(int(words), float(score) if score else None, measure, int(spelling) if spelling else None)


def content_key(language: str, content: str) -> str:
    """The cache key of a text: its content hash with the language and the cache version."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update(f"{CACHE_VERSION}\0{language}\0".encode())
    digest.update(content.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def readability_score(text: str, language: str) -> tuple[int, float | None, str]:
    """``(words, score, measure)`` as :func:`editor.text.readability.analyse` computes them, without
    the findings (which the report does not show and which cost half the time): HIX-like for German,
    Flesch reading ease for English, LIX elsewhere. A test keeps the two equal."""
    from editor.text.readability import analysis, formulas
    from editor.text.readability.model import Counts, measure_of
    from editor.text.readability.prose import mask_prose
    from editor.text.readability.tokens import count_lix, tokenize

    profile = analysis.profile_for(language)
    measure = measure_of(profile)
    if measure == "lix":  # the counts suffice
        words, long_words, sentences = count_lix(mask_prose(text), analysis.LONG_WORD_LETTERS)
        lix = formulas.lix(Counts(sentences=sentences, words=words, long_words=long_words)) if words else None
        return words, lix, "lix"
    tokens = tokenize(mask_prose(text))
    counts = analysis.count(tokens, analysis._hyphenation_language(language, profile))
    if counts.words == 0:
        return 0, None, measure
    if measure == "flesch":
        return counts.words, formulas.flesch_reading_ease(counts), measure
    measures: dict[str, float | None] = {
        "amstad": formulas.amstad(counts),
        "wiener_sachtextformel_1": formulas.wiener_sachtextformel_1(counts),
        "smog_de": formulas.smog_de(counts),
        "lix": formulas.lix(counts),
    }
    params = formulas.parameters(counts)
    if params is not None:
        measures.update(analysis._parameter_values(params))
    return counts.words, formulas.hix_like(measures), measure


@dataclass(frozen=True)
class QaInputs:
    """What the translator's QA check needs beyond the two texts (plain data: it is sent once to each
    worker process): the region's page paths per language (where a linked page lives in the
    translation's language) and the glossary."""

    region: str
    #: language → {slug path → page id}
    paths: dict[str, dict[str, int]]
    glossary: Glossary | None = None


#: One text to compute: ``(key, language, text, words/readability/spelling wanted, QA job)``; the QA
#: job is ``(source language, source text)`` or None when no QA count is wanted.
Item = tuple[int, str, str, bool, tuple[str, str] | None]
#: What comes back per item: ``(key, metrics or None, QA warnings or None)``.
Computed = tuple[int, TextMetrics | None, int | None]


class MetricsComputer:
    """Computes :class:`TextMetrics` and QA counts; holds one spelling service (dictionaries load once)."""

    def __init__(self, data_dir: Path | None, qa: QaInputs | None = None) -> None:
        self._data_dir = data_dir
        self._service: Any = None
        self._spellers: dict[str, Any] = {}
        self._known: dict[str, Callable[[str], bool] | None] = {}
        self.qa_inputs = qa
        self._links: Any = None
        self._blocks: dict[str, tuple[Any, ...]] = {}

    def compute(self, language: str, content: str) -> TextMetrics:
        """Words, the readability measure and the spelling issue count of one text."""
        words, score, measure = readability_score(content, language)
        speller = self._speller(language)
        spelling = None if speller is None else speller.count_issues(content)
        return TextMetrics(words, None if score is None else round(score, 2), measure, spelling)

    def qa(self, source_language: str, source: str, language: str, content: str) -> int:
        """How many QA warnings ``content`` has as the translation of ``source`` (the same check as
        ``integreat-desk qa``: :func:`editor.models.qa_report.check_pair`)."""
        from editor.models.qa_report import check_pair
        from editor.text.errors import ContentError
        from editor.text.qa import QaContext, check_pairs
        from editor.text.segments import align, split_blocks

        inputs = self.qa_inputs or QaInputs("", {})
        if self._links is None:
            from editor.models.link_targets import PageLinks

            self._links = PageLinks.from_paths(inputs.region, inputs.paths)
        glossary = inputs.glossary.checker(source_language, language) if inputs.glossary else None
        context = QaContext(
            source_language, language, self._links.resolver(language),
            self._word_check(source_language), self._word_check(language), glossary,
        )  # fmt: skip
        try:
            blocks = self._source_blocks(source)
            target = split_blocks(content)
            return len(check_pairs(blocks, target, align(blocks, target) if target else [], context))
        except ContentError:  # as check_pair: a text that cannot be read is one warning
            return len(check_pair(source, content, context))

    def _source_blocks(self, source: str) -> tuple[Any, ...]:
        """The source text's blocks, kept for the next translations of the same page."""
        from editor.text.segments import split_blocks

        blocks = self._blocks.get(source)
        if blocks is None:
            if len(self._blocks) >= 64:
                self._blocks.clear()
            blocks = self._blocks[source] = tuple(split_blocks(source))  # a tuple: its features are kept
        return blocks

    def warm(self, languages: list[str]) -> None:
        """Import the text modules and load the spellers of ``languages`` now (else on first use)."""
        import editor.models.qa_report
        import editor.text.qa
        import editor.text.readability.analysis
        import editor.text.segments  # noqa: F401

        for language in languages:
            self._speller(language)

    def run(self, item: Item) -> Computed:
        """One :data:`Item`."""
        key, language, text, figures, qa = item
        metrics = self.compute(language, text) if figures else None
        warnings = None if qa is None else self.qa(qa[0], qa[1], language, text)
        return key, metrics, warnings

    def _word_check(self, language: str) -> Callable[[str], bool] | None:
        """``Speller.in_own_dictionary`` of ``language``, remembered per word (QA asks for every word of
        every translation; a region's vocabulary repeats). A known word costs one dictionary lookup in C
        (:class:`_WordMemo`'s ``__getitem__``), not a Python call."""
        if language not in self._known:
            speller = self._speller(language)
            self._known[language] = (
                None if speller is None else _WordMemo(speller.in_own_dictionary).__getitem__
            )
        return self._known[language]

    def _speller(self, language: str) -> Any:
        if language not in self._spellers:
            self._spellers[language] = self._load(language)
        return self._spellers[language]

    def _load(self, language: str) -> Any:
        if self._data_dir is None:
            return None
        from editor.text.languages import UnknownLanguageError
        from editor.text.spelling_service import SpellingService

        if self._service is None:
            self._service = SpellingService(self._data_dir)
        try:
            speller = self._service.speller(language)
        except (UnknownLanguageError, ValueError, OSError):
            return None
        return speller if speller.available else None


class _WordMemo(dict[str, bool]):
    """Verdicts of a word check per word; a word not seen yet is checked (at most 200,000 kept)."""

    def __init__(self, check: Callable[[str], object]) -> None:
        super().__init__()
        self._check = check

    def __missing__(self, word: str) -> bool:
        if len(self) >= 200_000:
            self.clear()
        found = self[word] = bool(self._check(word))
        return found


_WORKER: MetricsComputer | None = None
_LOCAL: dict[Path | None, MetricsComputer] = {}


def local_computer(data_dir: Path | None, qa: QaInputs | None = None) -> MetricsComputer:
    """This process's computer for ``data_dir`` (dictionaries stay loaded between reports)."""
    computer = _LOCAL.get(data_dir)
    if computer is None:
        computer = _LOCAL[data_dir] = MetricsComputer(data_dir)
    if qa is not None and computer.qa_inputs != qa:
        computer.qa_inputs, computer._links = qa, None
    return computer


def forget_local(data_dir: Path | None) -> None:
    """Drop this process's computer for ``data_dir``: its dictionaries (personal words) changed."""
    _LOCAL.pop(data_dir, None)


def _init_worker(data_dir: str | None, qa: QaInputs | None) -> None:
    global _WORKER  # one computer per worker process
    from editor.sync.digests import end_with_parent

    end_with_parent()  # a killed app's workers would otherwise wait for work forever
    _WORKER = MetricsComputer(Path(data_dir) if data_dir else None, qa)


def _warm_worker(languages: list[str]) -> None:
    """Load what computing needs (the text modules, the languages' dictionaries) before the first texts
    arrive."""
    assert _WORKER is not None
    _WORKER.warm(languages)


def _worker_chunk(items: Sequence[Item]) -> list[tuple[int, str | None, int | None]]:
    from editor.reports.gc_pause import gc_paused

    assert _WORKER is not None
    with gc_paused():
        done = [_WORKER.run(item) for item in items]
    return [(key, None if m is None else m.to_json(), qa) for key, m, qa in done]


def compute_many(
    items: Sequence[Item],
    data_dir: Path | None,
    *,
    processes: int = 0,
    cancelled: Callable[[], bool] = lambda: False,
    qa: QaInputs | None = None,
) -> Iterator[list[Computed]]:
    """Compute :data:`Item` s chunk by chunk; yields ``[(key, metrics, QA warnings)]`` per chunk.

    ``processes`` > 1 uses that many worker processes (started by ``spawn``: safe in a GUI process
    with threads); otherwise everything runs here. Stops early when ``cancelled()``.
    """
    with Computation(data_dir, processes=processes, cancelled=cancelled, qa=qa) as computation:
        computation.add(items)
        yield from computation.results()


def _here(
    items: Sequence[Item], data_dir: Path | None, cancelled: Callable[[], bool], qa: QaInputs | None
) -> Iterator[list[Computed]]:
    """Compute in this process, chunk by chunk."""
    computer = local_computer(data_dir, qa)
    for start in range(0, len(items), CHUNK):
        if cancelled():
            return
        yield [computer.run(item) for item in items[start : start + CHUNK]]


class Computation:
    """Texts handed over while the report still reads the others (:meth:`add`), computed in worker
    processes or here; :meth:`results` yields the computed chunks in the order the texts came.

    With worker processes, each full chunk goes to them at once, so they compute while this process
    reads and checks links (on two cores the first pass no longer leaves one idle), and they start (an
    interpreter, the modules, the dictionaries) as soon as there is enough work for them.
    ``processes`` None: the machine's cores once ``threshold`` texts are queued, none for fewer (as
    when the count was known beforehand); an explicit number > 1: worker processes once there is
    more than one chunk.
    """

    def __init__(
        self,
        data_dir: Path | None,
        *,
        processes: int | None = 0,
        threshold: int = 0,
        cancelled: Callable[[], bool] = lambda: False,
        qa: QaInputs | None = None,
    ) -> None:
        self._data_dir, self._qa, self._cancelled = data_dir, qa, cancelled
        self._processes, self._threshold = processes, threshold
        self._items: list[Item] = []
        self._pool: ProcessPoolExecutor | None = None
        self._futures: list[tuple[Future[list[tuple[int, str | None, int | None]]], int]] = []
        self._sent = 0  # items handed to the pool
        self._broken = False

    def __enter__(self) -> Computation:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def count(self) -> int:
        """Texts handed over so far."""
        return len(self._items)

    def add(self, items: Iterable[Item]) -> None:
        """Queue ``items``; full chunks go to the worker processes once they are used."""
        self._items.extend(items)
        if self._pool is None and not self._broken:
            workers = self._workers()
            if workers > 1 and len(self._items) > CHUNK:
                self._start(workers)
        if self._pool is not None:
            self._submit(whole=False)

    def prepare(self, qa: QaInputs | None, languages: list[str], *, start: bool = False) -> None:
        """Set the QA inputs (before any text is added); ``start``: start the worker processes now (when
        they would be used at all) and let them load ``languages``' dictionaries while this process
        still reads (a report that is known to compute many texts)."""
        self._qa = qa
        workers = default_processes() if self._processes is None else self._processes
        if start and workers > 1 and self._pool is None and not self._broken:
            self._start(workers)
            assert self._pool is not None
            try:
                for _ in range(workers):
                    self._pool.submit(_warm_worker, languages)
            except (BrokenProcessPool, OSError):  # computed here (see results)
                self._broken = True
                self.close()

    def results(self) -> Iterator[list[Computed]]:
        """The computed chunks, in order (the texts not sent to workers are computed here)."""
        if self._pool is None:
            yield from _here(self._items, self._data_dir, self._cancelled, self._qa)
            return
        self._submit(whole=True)
        done = 0
        try:
            for future, count in self._futures:
                if self._cancelled():
                    return
                yield [(key, None if m is None else TextMetrics.from_json(m), warnings)
                       for key, m, warnings in future.result()]  # fmt: skip
                done += count
        except (BrokenProcessPool, OSError):  # no worker processes here: compute the rest in this one
            self._broken = True
        finally:
            self.close()
        if self._broken:
            yield from _here(self._items[done:], self._data_dir, self._cancelled, self._qa)

    def close(self) -> None:
        """Stop the worker processes (work not started is dropped)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            for future, _count in self._futures:
                future.cancel()
            pool.shutdown(wait=True)

    def _workers(self) -> int:
        if self._processes is None:
            return default_processes() if len(self._items) >= self._threshold else 0
        return self._processes

    def _start(self, workers: int) -> None:
        import multiprocessing

        folder = str(self._data_dir) if self._data_dir else None
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(folder, self._qa)
        )

    def _submit(self, whole: bool) -> None:
        assert self._pool is not None
        end = len(self._items) if whole else len(self._items) - len(self._items) % CHUNK
        try:
            for start in range(self._sent, end, CHUNK):
                chunk = self._items[start : min(start + CHUNK, end)]
                self._futures.append((self._pool.submit(_worker_chunk, chunk), len(chunk)))
                self._sent = start + len(chunk)
        except (BrokenProcessPool, OSError):  # the rest is computed here (see results)
            self._broken = True
            self.close()


def default_processes() -> int:
    """Worker processes for a large report: the machine's cores (at most 4); none in a frozen build,
    where starting the interpreter again is not possible the same way."""
    if getattr(sys, "frozen", False):
        return 0
    return max(1, min(4, os.cpu_count() or 1))
