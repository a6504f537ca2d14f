"""Bad input and the less common paths of the xliff, tm and glossary commands: one line, exit 2."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.commands.conftest import run


def _argv(data: Path, *parts: str) -> list[str]:
    return [*parts[:2], "--data", str(data), "--region", "musterstadt", *parts[2:]]


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (("xliff", "import", "{tmp}/missing.xliff"), "missing.xliff: no such file"),
        (("xliff", "import", "{tmp}/empty.zip"), "the zip holds no .xliff file"),
        (("xliff", "export", "--lang", "en", "--pages", "1,x", "--out", "{tmp}"), "expected comma-separated"),
        (
            ("xliff", "export", "--lang", "en", "--pages", "424242", "--out", "{tmp}"),
            "no page with id 424242",
        ),
        (("glossary", "import", "{tmp}/terms.txt"), "expected a .tbx or .csv file"),
        (("glossary", "import", "{tmp}/latin1.csv"), "invalid UTF-8 at byte offset"),
        (("glossary", "import", "{tmp}/en.csv"), "the terms are in en, the region's source is de"),
        (("glossary", "import", "{tmp}/broken.tbx"), "not well-formed"),
        (("tm", "export", "--lang", "en", "--out", "{tmp}/no/such/dir/x.tmx"), "cannot write"),
    ],
)
def test_exchange_commands_bad_input(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], parts: tuple[str, ...], message: str
) -> None:
    """Each problem is named in one line on stderr; nothing is written; exit code 2."""
    zipfile.ZipFile(tmp_path / "empty.zip", "w").writestr("readme.txt", "nothing")
    (tmp_path / "terms.txt").write_text("x", "utf-8")
    (tmp_path / "latin1.csv").write_bytes("de,en\nGebühr,fee\n".encode("latin-1"))
    (tmp_path / "en.csv").write_text("en,de\nfee,Gebühr\n", "utf-8")
    (tmp_path / "broken.tbx").write_text("<martif", "utf-8")
    argv = _argv(demo_data, *(part.replace("{tmp}", str(tmp_path)) for part in parts))
    code, _, err = run(argv, capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert not (demo_data / "regions" / "musterstadt" / "glossary.json").exists()


@pytest.mark.parametrize("command", ["qa", "tm", "glossary", "xliff"])
def test_exchange_commands_unknown_region(
    demo_data: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """A region without a working copy is named."""
    action = {
        "qa": [],
        "tm": ["lookup", "--lang", "en", "x"],
        "glossary": ["list"],
        "xliff": ["export", "--lang", "en", "--out", "x"],
    }
    argv = [
        command,
        *action[command][:1],
        "--data",
        str(demo_data),
        "--region",
        "nowhere",
        *action[command][1:],
    ]
    code, _, err = run(argv, capsys)
    assert code == 2
    assert "nowhere" in err


def test_glossary_replace_and_list(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--replace keeps only the file's terms; list prints terms and "do not translate"."""
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("de,en\nAmt,office\n", "utf-8")
    second.write_text("de,en,do_not_translate\nJobcenter,,yes\n", "utf-8")
    assert run(_argv(demo_data, "glossary", "import", str(first)), capsys)[0] == 0
    assert run(_argv(demo_data, "glossary", "import", str(second), "--replace"), capsys)[0] == 0
    code, out, _ = run(_argv(demo_data, "glossary", "list"), capsys)
    assert code == 0
    assert out == "Jobcenter\t(do not translate)\n"
    assert run(_argv(demo_data, "glossary", "import", str(first)), capsys)[0] == 0
    _code, out, _ = run(_argv(demo_data, "glossary", "list"), capsys)
    assert out.splitlines() == ["Jobcenter\t(do not translate)", "Amt\ten: office"]


def test_tm_lookup_human_output(demo_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Suggestions print with their percentage and the page; none says so on stderr."""
    code, out, _ = run(
        _argv(demo_data, "tm", "lookup", "--lang", "en", "Diese Unterlagen brauchen Sie"), capsys
    )
    assert code == 0
    assert out.splitlines()[0] == "100%  Documents you need"
    code, out, err = run(
        _argv(demo_data, "tm", "lookup", "--lang", "en", "Fahrradreparatur am Deich"), capsys
    )
    assert (code, out, err.strip()) == (0, "", "no suggestion")


def test_xliff_import_title_only_change(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that changes only the title says so, and the content stays as it was."""
    code, out, _ = run(
        _argv(demo_data, "xliff", "export", "--lang", "en", "--pages", "cms:2293", "--out", str(tmp_path)),
        capsys,
    )
    assert code == 0
    path = Path(out.split(" written to ", 1)[1].strip())
    path.write_text(
        path.read_text("utf-8").replace("Extending a residence permit", "Renewing a residence permit"),
        "utf-8",
    )
    code, out, _ = run(_argv(demo_data, "xliff", "import", str(path)), capsys)
    assert "“Extending a residence permit” (en): title changed to “Renewing a residence permit”" in out


def test_qa_damaged_glossary_is_named(demo_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A glossary file that cannot be read stops QA with its name, not a traceback."""
    (demo_data / "regions" / "musterstadt" / "glossary.json").write_text("{", "utf-8")
    code, _, err = run(["qa", "--data", str(demo_data), "--region", "musterstadt"], capsys)
    assert code == 2
    assert "glossary.json: the glossary cannot be read" in err


def test_xliff_import_unparsable_target_is_refused(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A target HTML nested too deeply to parse is refused naming the file; nothing is written."""
    path = tmp_path / "deep.xliff"
    content = "<b>" * 3000 + "x"
    path.write_text(
        '<xliff version="1.2"><file original="2293" source-language="de-DE" target-language="en-US"><body>'
        f'<trans-unit resname="body"><target><![CDATA[{content}]]></target></trans-unit>'
        "</body></file></xliff>",
        "utf-8",
    )
    code, _, err = run(_argv(demo_data, "xliff", "import", str(path)), capsys)
    assert code == 2
    assert "deep.xliff: <file original='2293'>: HTML cannot be parsed" in err
