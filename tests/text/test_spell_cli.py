"""Tests for ``integreat-desk spellcheck`` (editor.commands.spellcheck), run in-process."""

from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

import pytest

from editor.cli import build_parser


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    args = build_parser().parse_args(["spellcheck", *argv])
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTEGREAT_DESK_DATA", str(tmp_path / "user"))


def test_spellcheck_cli_json_offsets_into_raw_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """For HTML the offsets point into the raw file text, entities and tags included."""
    html = (
        "<div><p>Die Ausl&auml;nderbeh&ouml;rde hilft &amp; ber&auml;t. Bitte den Antarg "
        'mitbringen.&nbsp;<a href="https://www.augsburg.de/fehlerr">Hier</a> klicken, '
        "Wohnnug suchen.</p></div>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    code, out, _ = _run([str(path), "--lang", "de", "--json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert [(r["word"], html[r["start"] : r["end"]]) for r in rows] == [
        ("Antarg", "Antarg"),
        ("Wohnnug", "Wohnnug"),
    ]
    assert rows[0]["suggestions"][0] == "Antrag"
    assert set(rows[0]) == {"word", "start", "end", "suggestions"}


def test_spellcheck_cli_arabic_markdown_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An Arabic Markdown file reports the planted misspelling at its code-point offsets."""
    text = "## مرحبًا\n\nالمَدْرَسَةُ في [الموقع](https://integreat.app) مفتوحة. هناك مدرصة.\r\n"
    path = tmp_path / "page.md"
    path.write_bytes(text.encode("utf-8"))
    code, out, _ = _run([str(path), "--lang", "ar", "--json"], capsys)
    start = text.index("مدرصة")
    assert code == 0
    assert [(r["word"], r["start"], r["end"]) for r in json.loads(out)] == [("مدرصة", start, start + 5)]


def test_spellcheck_cli_reads_stdin_text_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without FILE the text comes from stdin; the plain output names line, column and hints."""
    stdin = types.SimpleNamespace(buffer=io.BytesIO(b"Zeile eins\nEin Fehlerr.\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, err = _run(["--lang", "de-si"], capsys)
    assert code == 0
    assert out.startswith("<stdin>:2:5: Fehlerr -> Fehler")
    assert "1 spelling issue" in err


def test_spellcheck_cli_no_dictionary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A language without a dictionary says so on stderr and exits 1 with an empty list."""
    path = tmp_path / "ti.md"
    path.write_text("ሰላም", encoding="utf-8")
    code, out, err = _run([str(path), "--lang", "ti", "--json"], capsys)
    assert (code, json.loads(out)) == (1, [])
    assert "ti: no spellcheck dictionary" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["/no/such/file.md", "--lang", "de"], "/no/such/file.md: no such file"),
        (["--lang", "!!"], "not a language code"),
        (["x.md"], "--lang CODE is required"),
        (["--region", "augsburg"], "no working copy here"),
    ],
)
def test_spellcheck_cli_bad_input_exits_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input gives one clear line on stderr and exit code 2, never a traceback."""
    code, _, err = _run(argv, capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_spellcheck_cli_rejects_non_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not UTF-8 is refused with its name."""
    path = tmp_path / "latin1.md"
    path.write_bytes("Größe".encode("latin-1"))
    code, _, err = _run([str(path), "--lang", "de"], capsys)
    assert code == 2
    assert "latin1.md: invalid UTF-8 at byte offset" in err


def test_spellcheck_cli_region_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The region form reports every page translation with its language, count and words."""
    pages = [
        types.SimpleNamespace(page_id=1, language="de", title="A", markdown="Ein Antarg."),
        types.SimpleNamespace(page_id=1, language="ar", title="ب", markdown="هناك مدرصة"),
        types.SimpleNamespace(page_id=2, language="ti", title="C", markdown="ሰላም"),
    ]
    calls: list[object] = []

    class _Store:
        read_only = False

        def close(self) -> None:
            pass

        def iter_translations(
            self, lang: str | None, *, on_unreadable: object = None
        ) -> list[types.SimpleNamespace]:
            calls.append(lang)
            return [p for p in pages if lang is None or p.language == lang]

    module = types.ModuleType("editor.models.store")
    module.open_store = lambda data_dir, slug: _Store()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "editor.models.store", module)
    code, out, err = _run(["--data", str(tmp_path), "--region", "augsburg", "--json", "--all"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert [(r["page"], r["language"], r["count"], r["words"]) for r in rows] == [
        (1, "de", 1, ["Antarg"]),
        (1, "ar", 1, ["مدرصة"]),
        (2, "ti", 0, []),
    ]
    assert rows[2]["checked"] is False
    assert "ti: no spellcheck dictionary" in err
    code, out, _ = _run(["--data", str(tmp_path), "--region", "x", "--lang", "de"], capsys)
    assert code == 0
    assert calls[-1] == "de"
    assert out.startswith("page\ttitle\tlanguage\tissues\twords\n1\tA\tde\t1\tAntarg")
