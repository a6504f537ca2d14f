"""The QA report of a region: every translation checked against its source (library code for the
window's QA list and ``integreat-desk qa``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from editor.models.link_targets import PageLinks
from editor.models.page_address import page_paths
from editor.models.store import Store
from editor.text.errors import ContentError
from editor.text.qa import QaContext, QaIssue, check_translation

#: Builds the word predicate of a language (``Speller.in_own_dictionary``), or None without one.
WordCheck = Callable[[str], Callable[[str], bool] | None]
#: Builds the glossary check of a (source, target) language pair, or None without a glossary.
GlossaryCheck = Callable[[str, str], Callable[[str, str], Sequence[str]] | None]


@dataclass(frozen=True)
class TranslationQa:
    """The warnings of one translation: page, language, title, the page's path in that language."""

    page_id: int
    language: str
    source_language: str
    title: str
    path: str
    issues: tuple[QaIssue, ...]


def region_qa(
    store: Store,
    languages: Iterable[str] | None = None,
    *,
    words: WordCheck | None = None,
    glossary: GlossaryCheck | None = None,
    page_ids: Iterable[int] | None = None,
) -> list[TranslationQa]:
    """Check every translation (of ``languages``, of ``page_ids``) against its source language's text."""
    infos = {lang.code: lang for lang in store.languages()}
    wanted = [code for code in (languages or infos) if infos[code].parent_code]
    links = PageLinks(store)
    pages = set(page_ids) if page_ids is not None else None
    report = []
    for language in wanted:
        source = infos[language].parent_code or ""
        context = QaContext(
            source, language, links.resolver(language),
            words(source) if words else None, words(language) if words else None,
            glossary(source, language) if glossary else None,
        )  # fmt: skip
        paths = {page: path for path, page in page_paths(store, language).items()}
        for translation in store.iter_translations(language):
            if pages is not None and translation.page_id not in pages:
                continue
            original = store.translation(translation.page_id, source)
            if original is None:
                continue
            issues = check_pair(original.content, translation.content, context)
            report.append(
                TranslationQa(
                    translation.page_id,
                    language,
                    source,
                    translation.title,
                    paths.get(translation.page_id, ""),
                    tuple(issues),
                )
            )
    return report


def check_pair(source: str, target: str, context: QaContext) -> list[QaIssue]:
    """The warnings of ``target`` against ``source``; a text that cannot be read is one warning."""
    try:
        return check_translation(source, target, context)
    except ContentError as exc:
        return [QaIssue("unreadable", f"the text cannot be checked: {exc}")]
