"""``integreat-desk tm`` and ``integreat-desk glossary`` on the demo working copy."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.etree
import pytest

from editor.models.page_address import find_page_by_path
from editor.models.store import open_store
from tests.commands.conftest import run


def test_tm_export_tmx_has_current_and_history_pairs(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The TMX holds the current aligned pairs and those of earlier versions (source of their time)."""
    store = open_store(demo_data, "musterstadt")
    page = find_page_by_path(
        store, "musterstadt/en/foreigners-authority/extending-a-residence-permit"
    ).page_id
    english = store.translation(page, "en")
    assert english is not None
    store.save_translation(
        page,
        "en",
        title=english.title,
        content=english.content.replace("rental contract", "tenancy agreement"),
    )
    store.close()
    out = tmp_path / "en.tmx"
    code, stdout, err = run(
        [
            "tm",
            "export",
            "--data",
            str(demo_data),
            "--region",
            "musterstadt",
            "--lang",
            "en",
            "--out",
            str(out),
        ],
        capsys,
    )
    assert code == 0, err
    root = lxml.etree.parse(str(out)).getroot()
    units = {(tuple(s.text for s in tu.iter("seg")), tu.findall("prop")[1].text) for tu in root.iter("tu")}
    assert (("Mietvertrag", "tenancy agreement"), "current") in units
    assert any(
        segs == ("Mietvertrag", "rental contract") and origin.startswith("version ") for segs, origin in units
    )
    assert f"{len(units)} translation unit(s)" in stdout
    assert (demo_data / "regions" / "musterstadt" / "translation-memory.cache.sqlite").exists()


def test_tm_lookup_json(demo_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A lookup lists translations with their percentage, best first."""
    argv = ["tm", "lookup", "--data", str(demo_data), "--region", "musterstadt", "--lang", "en", "--json"]
    code, out, _ = run([*argv, "Diese Unterlagen brauchen Sie"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert (rows[0]["score"], rows[0]["target"]) == (100, "Documents you need")


def test_glossary_import_export_and_qa(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CSV glossary imports, exports as TBX, and QA flags a term translated otherwise."""
    csv = tmp_path / "terms.csv"
    csv.write_text("de,en,do_not_translate,note\nMietvertrag,tenancy agreement,,\n", "utf-8")
    base = ["--data", str(demo_data), "--region", "musterstadt"]
    code, out, err = run(["glossary", "import", *base, str(csv)], capsys)
    assert code == 0, err
    assert "1 term(s) imported" in out
    tbx = tmp_path / "terms.tbx"
    code, out, _ = run(["glossary", "export", *base, "--out", str(tbx)], capsys)
    assert code == 0
    assert b"<term>tenancy agreement</term>" in tbx.read_bytes()
    code, out, _ = run(["qa", *base, "--lang", "en"], capsys)
    assert "“Mietvertrag” should be translated as “tenancy agreement” [glossary]" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tm", "export", "--lang", "de", "--out", "x.tmx"], "source language"),
        (["tm", "lookup", "--lang", "xx", "Amt"], "no such language"),
        (["glossary", "import", "missing.csv"], "missing.csv: cannot read"),
        (["glossary", "export", "--out", "terms.txt"], "must end in .tbx or .csv"),
    ],
)
def test_tm_and_glossary_bad_input(
    demo_data: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Bad arguments: one line naming the problem, exit 2."""
    code, _, err = run([*argv[:2], "--data", str(demo_data), "--region", "musterstadt", *argv[2:]], capsys)
    assert code == 2
    assert message in err
