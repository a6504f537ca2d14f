"""The region's local names as each language writes them: accepted on every page, typos still found."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.cli import build_parser
from editor.models.demo import ensure_demo
from editor.models.errors import StoreError
from editor.models.store import Store
from editor.sync.bundled_client import fill_demo
from editor.text.region_names import RegionNames, anchors_of, chance, find_region_names, name_words
from editor.text.spelling_service import SpellingService

TOWN_AR = "موسترشتات"  # how the demo's Arabic pages write Musterstadt


def _never_known(_word: str) -> bool:
    return False


def _source(pages: int, named: set[int]) -> dict[int, str]:
    """German pages; those in ``named`` mention the town."""
    return {
        page: f"<p>Seite {page}: Beratung{' in Musterstadt' if page in named else ''} für alle.</p>"
        for page in range(pages)
    }


def test_region_names_accept_a_transliteration_that_follows_the_town_from_page_to_page() -> None:
    """A word on the 8 pages whose German text names the town (of 30, 10 naming it) is a local name."""
    source = _source(30, set(range(10)))
    pages = {page: f"<p>صفحة {page}{' في ' + TOWN_AR if page < 8 else ''}</p>" for page in range(30)}
    found = find_region_names(pages, source, name_words("Stadt Musterstadt"), _never_known)
    assert TOWN_AR in found


def test_region_names_reject_a_repeated_typo_that_follows_no_name() -> None:
    """The same typo on 6 pages, spread over pages with and without the town, is not a name."""
    source = _source(30, set(range(10)))
    typo_pages = {1, 4, 12, 17, 22, 28}
    pages = {page: f"<p>صفحة {page}{' مدرصة' if page in typo_pages else ''}</p>" for page in range(30)}
    assert find_region_names(pages, source, name_words("Stadt Musterstadt"), _never_known) == frozenset()


def test_region_names_need_three_pages_and_more_than_chance() -> None:
    """Two pages are no evidence; neither are three pages following a name that is on almost every page."""
    anchors = name_words("Stadt Musterstadt")
    two = {page: f"<p>{TOWN_AR if page < 2 else 'صفحة'}</p>" for page in range(30)}
    assert find_region_names(two, _source(30, set(range(10))), anchors, _never_known) == frozenset()
    everywhere = _source(30, set(range(28)))
    three = {page: f"<p>{TOWN_AR if page < 3 else 'صفحة'}</p>" for page in range(30)}
    assert find_region_names(three, everywhere, anchors, _never_known) == frozenset()
    assert chance(30, 28, 3, 3) > 0.5


def test_region_names_anchors_are_the_name_without_prefix_and_frequent_unknown_names() -> None:
    """``Stadt`` says what kind of place it is; a capitalised unknown word on 3 German pages is a name."""
    source = dict.fromkeys(range(3), "<p>Treffpunkt am Rathausplatz.</p>")
    anchors = anchors_of("Stadt Musterstadt", source, lambda word: word in {"Treffpunkt", "Stadt"})
    assert anchors == {"musterstadt", "rathausplatz"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo working copy (real file), with its Arabic, Farsi, Ukrainian, German, English pages."""
    store = ensure_demo(tmp_path_factory.mktemp("demo"), fill_demo)
    yield store
    store.close()


@pytest.fixture
def service(demo: Store, tmp_path: Path) -> SpellingService:
    """A spelling service with the real dictionaries and the demo region."""
    return SpellingService(tmp_path / "user", region=demo)


def test_spelling_town_transliteration_not_flagged_on_any_arabic_demo_page(
    demo: Store, service: SpellingService
) -> None:
    """The Arabic transliteration of Musterstadt is not flagged on any of the demo's Arabic pages."""
    speller = service.speller("ar")
    pages = demo.published_pages("ar")
    assert sum(TOWN_AR in text for _, text in pages) >= 10
    flagged = {m.word for _, text in pages for m in speller.check_text(text)}
    assert TOWN_AR not in flagged
    without_region = SpellingService(service.config_dir.parent / "bare").speller("ar")
    assert TOWN_AR in {m.word for _, text in pages for m in without_region.check_text(text)}


@pytest.mark.parametrize(
    ("lang", "text", "planted"),
    [
        (
            "de",
            "Die Ausländerbehörde in Musterstadt hilft. Bitte den Antarg mitbringen und eine Wohnnug suchen.",
            ["Antarg", "Wohnnug"],
        ),
        (
            "ar",
            f"تعلّم اللغة الألمانية خطوة مهمة للاستقرار في {TOWN_AR}. "
            f"هناك مدرصة في {TOWN_AR} ورسائل الدوائز الحكومية.",
            ["مدرصة", "الدوائز"],
        ),
    ],
)
def test_spelling_with_region_names_still_finds_every_planted_misspelling(
    service: SpellingService, lang: str, text: str, planted: list[str]
) -> None:
    """With the region's names on, each planted misspelling is found at its offsets, nothing else."""
    found = service.speller(lang).check_text(text)
    assert [(m.word, text[m.start : m.end]) for m in found] == [(word, word) for word in planted]


def test_spellcheck_cli_file_with_region_accepts_the_local_name(
    demo: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``spellcheck FILE --lang ar --data DIR --region SLUG`` knows the town; without --region it flags it."""
    data = demo.path.parents[2]
    monkeypatch.setenv("INTEGREAT_DESK_DATA", str(data))
    page = tmp_path / "ar.md"
    text = f"مرحباً بكم في {TOWN_AR}. هناك مدرصة."
    page.write_text(text, encoding="utf-8")

    def run(*extra: str) -> list[str]:
        args = build_parser().parse_args(["spellcheck", str(page), "--lang", "ar", "--json", *extra])
        assert args.func(args) == 0
        return [row["word"] for row in json.loads(capsys.readouterr().out)]

    assert run() == [TOWN_AR, "مدرصة"]
    assert run("--data", str(data), "--region", "musterstadt") == ["مدرصة"]


class _UnreadableRegion:
    """A region whose working copy cannot be read (a lost or locked file): every read fails."""

    def published_pages(self, language: str) -> list[tuple[int, str]]:
        raise StoreError(f"regions/musterstadt/working-copy.sqlite: cannot be read ({language})")

    def region(self) -> None:
        return None


def test_spelling_region_names_unreadable_region_checks_with_the_dictionary(tmp_path: Path) -> None:
    """When the region's pages cannot be read, the names are left out: the text is still checked with the
    dictionary (the planted misspelling found), no error reaches the caller, and the read is not retried
    for every word."""
    region = _UnreadableRegion()
    calls: list[str] = []
    original = region.published_pages

    def counted(language: str) -> list[tuple[int, str]]:
        calls.append(language)
        return original(language)

    region.published_pages = counted  # type: ignore[method-assign]
    speller = SpellingService(tmp_path / "user", region=region).speller("ar")
    text = f"هناك مدرصة في {TOWN_AR}."
    assert "مدرصة" in {m.word for m in speller.check_text(text)}
    assert "مدرصة" in {m.word for m in speller.check_text(text + " ونص آخر")}
    assert len(calls) == 1


def test_spelling_prepare_reads_the_region_names_before_the_first_check(service: SpellingService) -> None:
    """``prepare()`` (called where a pane loads its speller in the background) reads the region's names,
    so the first check of an unknown word on the UI thread does not; before it they are unread."""
    speller = service.speller("ar")
    names = [d for d in speller._dicts if isinstance(d, RegionNames)]
    assert len(names) == 1
    assert not names[0].prepared
    assert speller.prepare() is speller
    assert names[0].prepared
    assert TOWN_AR in names[0].words
