"""The ``readability`` sub-command: file and stdin forms, JSON shape, errors, the region report."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from editor.cli import parse_args
from editor.commands import readability as command

FILES = Path(__file__).parent / "_files"


def _run(argv: list[str]) -> int:
    args = parse_args(argv)
    return int(args.func(args))


def test_cli_json_has_documented_keys_and_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints every documented key; finding offsets index the text as read."""
    text = "<p>Der Antrag wird vom Amt geprüft.</p>\n<p>Sie werden z. B. Post bekommen.</p>"
    path = tmp_path / "page.html"
    path.write_text(text, encoding="utf-8")
    assert _run(["readability", str(path), "--lang", "de", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("hix_like", "amstad", "wiener_sachtextformel_1", "smog_de", "lix", "parameters"):
        assert key in data
    assert set(data["parameters"]) == {
        "avg_sentence_length", "avg_clause_length", "avg_word_length",
        "pct_long_words", "pct_long_clauses", "pct_long_sentences",
    }  # fmt: skip
    categories = {f["category"] for f in data["findings"]}
    assert {"passive-voice", "future-tense", "abbreviation"} <= categories
    for finding in data["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
        assert set(finding) == {"category", "start", "end", "text", "hint"}


def test_cli_json_rounds_to_two_decimals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Measures are rounded to two decimals (Amstad of "Die Beratungsstelle …" is 47.01)."""
    path = tmp_path / "b.md"
    path.write_text(
        "Die Beratungsstelle hilft vielen Familien. Sie beantragen dort Kindergeld, Wohngeld "
        "und Elterngeld. Sie bekommen schnell eine Antwort.",
        encoding="utf-8",
    )
    assert _run(["readability", str(path), "--lang", "de", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["amstad"] == 47.01
    assert data["lix"] == 58.61
    assert data["smog_de"] == 5.75


def test_cli_null_where_measure_does_not_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """For Arabic the German formulas are null and the measures are indicative."""
    path = tmp_path / "ar.md"
    path.write_text("مرحبا بكم في المدينة. نحن نساعدكم.", encoding="utf-8")
    assert _run(["readability", str(path), "--lang", "ar", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["amstad"] is None
    assert data["hix_like"] is None
    assert data["smog_de"] is None
    assert data["lix"] is not None
    assert data["indicative"] is True


def test_cli_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Without FILE the text comes from stdin."""
    stdin = io.TextIOWrapper(io.BytesIO(b"Der Hund bellt laut."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert _run(["readability", "--lang", "de", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["words"] == 4


def test_cli_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json a readable summary is printed."""
    assert _run(["readability", str(FILES / "plain_web.md"), "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "HIX-like" in out
    assert "Flesch-Amstad" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["readability", "/nonexistent/page.md", "--lang", "de"], "/nonexistent/page.md: no such file"),
        (["readability", "PLACEHOLDER"], "--lang CODE is required"),
        (["readability", "--region", "x"], "no working copy here"),
    ],
)
def test_cli_bad_input_exit_2_one_line(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input: exit code 2 and one clear line on stderr, no traceback."""
    argv = [str(tmp_path / "x.md") if a == "PLACEHOLDER" else a for a in argv]
    (tmp_path / "x.md").write_text("Text.", encoding="utf-8")
    assert _run(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_cli_not_utf8_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not UTF-8 is reported, not crashed on."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Grüße".encode("latin-1"))
    assert _run(["readability", str(path), "--lang", "de"]) == 2
    assert "invalid UTF-8 at byte offset" in capsys.readouterr().err


def test_cli_missing_region_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A region without a working copy gives exit 2 and names the region."""
    assert _run(["readability", "--data", str(tmp_path), "--region", "nowhere"]) == 2
    assert "nowhere" in capsys.readouterr().err


class _FakeStore:
    """Stands in for the working-copy store while the real one has no fixture data."""

    read_only = False

    def __init__(self) -> None:
        self.closed = False

    def iter_translations(self, language: str | None = None, *, on_unreadable: Any = None) -> Any:
        pages = [
            SimpleNamespace(page_id=1, language="de", title="Anmeldung",
                            content=(FILES / "plain_web.md").read_text(encoding="utf-8")),
            SimpleNamespace(page_id=2, language="de", title="Aufenthalt",
                            content=(FILES / "administrative.html").read_text(encoding="utf-8")),
            SimpleNamespace(page_id=2, language="en", title="Residence", content=""),
        ]  # fmt: skip
        return [p for p in pages if language is None or p.language == language]

    def close(self) -> None:
        self.closed = True


def test_cli_region_report_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The region form prints every page's score and worst finding; --csv for a spreadsheet."""
    import editor.models.store as store_module

    store = _FakeStore()
    monkeypatch.setattr(store_module, "open_store", lambda data, slug: store)
    assert _run(["readability", "--data", str(tmp_path), "--region", "demo", "--csv", "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("page,title,language,score")
    assert len(lines) == 4
    assert store.closed
    assert "nested-sentence" in lines[2]
    assert _run(["readability", "--data", str(tmp_path), "--region", "demo", "--csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3  # only pages with findings
    assert _run(["readability", "--data", str(tmp_path), "--region", "demo", "--lang", "de"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert len(table) == 3
    assert table[0].startswith("page\ttitle\tlanguage")
    assert "Anmeldung" in table[1]


def test_worst_finding_prefers_severe_categories() -> None:
    """The worst finding is the most severe category present, the longest of them."""
    from editor.text.readability import analyse

    result = analyse((FILES / "administrative.html").read_text(encoding="utf-8"), "de")
    worst = command.worst_finding(result)
    assert worst is not None
    assert worst.category.value == "nested-sentence"
