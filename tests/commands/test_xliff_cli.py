"""``integreat-desk xliff export|import`` on the demo working copy."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from editor.models.store import open_store
from editor.text.xliff import read_xliff
from tests.commands.conftest import RESIDENCE_CMS_ID, run

FILES = Path(__file__).parents[1] / "text" / "_files" / "xliff"
_IMPORT = ("xliff", "import", "--data")


def _export(data: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Path:
    code, stdout, err = run(
        ["xliff", "export", "--data", str(data), "--region", "musterstadt", "--lang", "en", "--out", str(out),
         *extra], capsys,
    )  # fmt: skip
    assert code == 0, err
    return Path(stdout.split(" written to ", 1)[1].strip())


def _outbox(data: Path) -> int:
    store = open_store(data, "musterstadt")
    try:
        return store.outbox_count()
    finally:
        store.close()


def test_xliff_export_one_page_named_as_the_cms_names_it(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One page gives one .xliff named region_src_tgt_pageid_version_slug with original = CMS id."""
    path = _export(demo_data, tmp_path, capsys, "--pages", f"cms:{RESIDENCE_CMS_ID}")
    # version 2: the demo's German has one earlier version (the demo is pulled as it was, then as it is)
    assert path.name == f"musterstadt_de_en_{RESIDENCE_CMS_ID}_2_aufenthaltstitel-verlaengern.xliff"
    (page,) = read_xliff(path.read_bytes())
    assert page.target_title == "Extending a residence permit"
    assert page.source_title == "Aufenthaltstitel verlängern"


def test_xliff_import_unchanged_file_changes_nothing(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Importing what was just exported (all pages, a zip) writes nothing and queues nothing."""
    path = _export(demo_data, tmp_path, capsys, "--version", "2.0")
    assert path.suffix == ".zip"
    assert len(zipfile.ZipFile(path).namelist()) > 20
    code, out, _ = run(
        ["xliff", "import", "--data", str(demo_data), "--region", "musterstadt", str(path)], capsys
    )
    assert code == 0
    assert out.splitlines()[-1].startswith("0 translation(s) changed")
    assert _outbox(demo_data) == 0


def test_xliff_import_edited_target_becomes_a_local_edit(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An agency's edited target is saved as a local edit with history, waiting in the outbox."""
    path = _export(demo_data, tmp_path, capsys, "--pages", f"cms:{RESIDENCE_CMS_ID}")
    path.write_text(path.read_text("utf-8").replace("in good time</strong>", "on time</strong>"), "utf-8")
    argv = ["xliff", "import", "--data", str(demo_data), "--region", "musterstadt", str(path)]
    code, out, _ = run([*argv, "--dry-run"], capsys)
    assert "content changed" in out
    assert _outbox(demo_data) == 0
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert "“Extending a residence permit” (en): content changed" in out
    assert _outbox(demo_data) == 1
    store = open_store(demo_data, "musterstadt")
    page = next(r.id for r in store.page_tree() if r.cms_page_id == RESIDENCE_CMS_ID)
    assert "on time" in store.translation(page, "en").content  # type: ignore[union-attr]
    assert store.history(page, "en")[0].reason == "xliff"
    store.close()
    code, out, _ = run(argv, capsys)
    assert "1 unchanged" in out


def test_xliff_import_cms_export_file(demo_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file in the CMS's own 1.2 layout (legacy ``body`` unit) imports into the app."""
    argv = ["xliff", "import", "--data", str(demo_data), "--region", "musterstadt"]
    code, out, err = run([*argv, str(FILES / "cms-export-1.2.xliff")], capsys)
    assert code == 0, err
    assert "(en): content changed; note: the source text here changed" in out
    assert _outbox(demo_data) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('<xliff version="1.2"><file original="999999" source-language="de-DE" target-language="en-US">'
         '<body><trans-unit resname="title"><target>x</target></trans-unit></body></file></xliff>',
         "no page with id 999999"),
        ('<xliff version="1.2"><file original="2293" source-language="de-DE" target-language="xx-XX">'
         '<body><trans-unit resname="title"><target>x</target></trans-unit></body></file></xliff>',
         "no language 'xx-XX'"),
        ("not xml", "not well-formed"),
    ],
)  # fmt: skip
def test_xliff_import_bad_file_names_the_problem_and_writes_nothing(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    """An unknown page, an unknown language or broken XML: one message, exit 2, nothing stored."""
    path = tmp_path / "agency.xliff"
    path.write_text(content, "utf-8")
    code, _, err = run(
        ["xliff", "import", "--data", str(demo_data), "--region", "musterstadt", str(path)], capsys
    )
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert _outbox(demo_data) == 0


def test_xliff_export_refuses_the_source_language(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """German is the region's source language: there is nothing to translate into it."""
    code, _, err = run(
        [
            "xliff",
            "export",
            "--data",
            str(demo_data),
            "--region",
            "musterstadt",
            "--lang",
            "de",
            "--out",
            str(tmp_path),
        ],
        capsys,
    )
    assert code == 2
    assert "source language" in err


def test_xliff_import_takes_back_a_several_page_export_named_xlf(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export --out pages.xlf` of several pages writes a zip; importing that very file reads it as one."""
    path = _export(demo_data, tmp_path / "pages.xlf", capsys)
    assert path.name == "pages.xlf"
    assert zipfile.is_zipfile(path)
    argv = [*_IMPORT, str(demo_data), "--region", "musterstadt", "--dry-run", str(path)]
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert out.splitlines()[-1].startswith("0 translation(s) would change")


def _residence_local_id(data: Path) -> int:
    store = open_store(data, "musterstadt")
    try:
        return next(row.id for row in store.page_tree() if row.cms_page_id == RESIDENCE_CMS_ID)
    finally:
        store.close()


def test_xliff_export_pages_takes_the_ids_the_reports_show(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--pages N` is the local page id the qa/spellcheck/readability reports print; the file still
    carries the CMS id; `cms:N` names the same page by its CMS id."""
    local = _residence_local_id(demo_data)
    by_local = _export(demo_data, tmp_path / "a.xliff", capsys, "--pages", str(local))
    by_cms = _export(demo_data, tmp_path / "b.xliff", capsys, "--pages", f"cms:{RESIDENCE_CMS_ID}")
    assert [page.original for page in read_xliff(by_local.read_bytes())] == [str(RESIDENCE_CMS_ID)]
    assert by_local.read_text("utf-8") == by_cms.read_text("utf-8")


def test_xliff_export_pages_unknown_id_names_valid_ones(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An id that matches no page names the nearest valid ids; a CMS id given bare points to cms:N."""
    argv = ["xliff", "export", "--data", str(demo_data), "--region", "musterstadt", "--lang", "en"]
    code, _, err = run([*argv, "--out", str(tmp_path), "--pages", "9999"], capsys)
    assert code == 2
    assert "no page with id 9999 (nearest: " in err
    code, _, err = run([*argv, "--out", str(tmp_path), "--pages", str(RESIDENCE_CMS_ID)], capsys)
    assert code == 2
    assert f"cms:{RESIDENCE_CMS_ID} is page {_residence_local_id(demo_data)}" in err
    code, _, err = run([*argv, "--out", str(tmp_path), "--pages", "cms:1"], capsys)
    assert code == 2
    assert "no page with CMS id 1 (nearest: 1301, " in err
    assert not list(tmp_path.glob("*.xliff"))


def test_xliff_export_unwritable_target_names_it_and_leaves_nothing(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A target in a missing folder: a message naming it (no traceback), the bad-input exit code, no
    file and no temporary file left (the export is written whole or not at all, as the window's)."""
    from editor.commands.xliff import EXIT_BAD_INPUT

    target = tmp_path / "missing" / "pages.zip"
    code, out, err = run(
        ["xliff", "export", "--data", str(demo_data), "--region", "musterstadt", "--lang", "en",
         "--out", str(target)], capsys,
    )  # fmt: skip
    assert code == EXIT_BAD_INPUT
    assert f"{target} cannot be written" in err
    assert "Traceback" not in err + out
    assert not target.parent.exists()


def test_xliff_export_version_and_file_target(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--out`` naming a file writes that file; ``--version 2.0`` writes XLIFF 2.0 (the window's export
    and the command share one writer)."""
    target = tmp_path / "one.xliff"
    path = _export(demo_data, target, capsys, "--pages", f"cms:{RESIDENCE_CMS_ID}", "--version", "2.0")
    assert path == target
    assert 'version="2.0"' in target.read_text(encoding="utf-8")[:400]
    (page,) = read_xliff(target.read_bytes())
    assert page.target_title == "Extending a residence permit"
