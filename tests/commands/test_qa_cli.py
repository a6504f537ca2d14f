"""``integreat-desk qa`` on the demo working copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.models.page_address import find_page_by_path
from editor.models.store import open_store
from tests.commands.conftest import run

GERMAN_OBLIGATION = "https://cms.musterstadt.example/musterstadt/de/auslaenderbehoerde/wohnsitzauflage/"
ENGLISH_OBLIGATION = (
    "https://cms.musterstadt.example/musterstadt/en/foreigners-authority/residence-obligation/"
)


def _break_english_office_page(data: Path) -> int:
    """Point the English foreigners' authority page's link at the German address and leave German in it."""
    store = open_store(data, "musterstadt")
    page = find_page_by_path(store, "musterstadt/en/foreigners-authority").page_id
    english = store.translation(page, "en")
    assert english is not None
    assert ENGLISH_OBLIGATION in english.content
    content = english.content.replace(ENGLISH_OBLIGATION, GERMAN_OBLIGATION)
    content = content.replace("</div>", "<p>Bitte bringen Sie alle Unterlagen und Briefe mit.</p></div>")
    store.save_translation(page, "en", title=english.title, content=content)
    store.close()
    return page


def test_qa_region_names_german_links_and_german_text(
    demo_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link to the German page (an English one exists) and a German paragraph are listed, with the page."""
    page = _break_english_office_page(demo_data)
    code, out, err = run(["qa", "--data", str(demo_data), "--region", "musterstadt", "--lang", "en"], capsys)
    assert code == 0, err
    assert out.startswith("QA of Stadt Musterstadt: ")
    section = out.split(f"en · page {page} ", 1)[1].split("\n\n", 1)[0]
    assert section.split("\n", 1)[0].endswith("(foreigners-authority)")
    assert f"links to the de page {GERMAN_OBLIGATION}; the en page is {ENGLISH_OBLIGATION}" in section
    assert "[untranslated]" in section
    assert "<p>" not in out


def test_qa_region_json(demo_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json lists translations with warnings: page, language, title, path and the issues at blocks."""
    page = _break_english_office_page(demo_data)
    code, out, _ = run(["qa", "--data", str(demo_data), "--region", "musterstadt", "--json"], capsys)
    assert code == 0
    rows = json.loads(out)
    mine = next(r for r in rows if r["page"] == page and r["language"] == "en")
    codes = {issue["code"] for issue in mine["issues"]}
    assert {"source-link", "untranslated"} <= codes
    assert {r["language"] for r in rows} <= {"en", "ar", "fa", "uk"}
    link = next(i for i in mine["issues"] if i["code"] == "source-link")
    assert isinstance(link["target_block"], int)
    assert link["target_path"].startswith("/")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--region", "nowhere"], "no working copy of region 'nowhere'"),
        (["--region", "musterstadt", "--lang", "xx"], "--lang xx: the region has no such language"),
        ([], "--region SLUG is required"),
    ],
)
def test_qa_bad_input(
    demo_data: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Unknown region or language: one line, exit 2."""
    code, _, err = run(["qa", "--data", str(demo_data), *argv], capsys)
    assert code == 2
    assert message in err
