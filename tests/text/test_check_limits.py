"""Hostile input for the spell check and readability: long tokens, long runs, deep nesting, bad --lang.

Each input took from 10 seconds to minutes before the fix; pytest-timeout fails the test instead of
hanging the suite. The commands run as ``python -m editor`` in a subprocess, as a user runs them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.text.limits import MAX_WORD_LENGTH
from editor.text.masking import mask_prose
from editor.text.readability import analyse


def _cli(*argv: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *argv],
        capture_output=True,
        text=True,
        check=False,
        env={"INTEGREAT_DESK_DATA": str(data), "PATH": "/usr/bin:/bin", "HOME": str(data)},
    )


@pytest.mark.timeout(20)
def test_spellcheck_cli_one_long_token_is_skipped(tmp_path: Path) -> None:
    """A 50,000-letter token (25 s before) is not a word: no finding, exit 0, quickly."""
    source = tmp_path / "token.txt"
    source.write_text("Ein Satz mit Fehlre. " + "a" * 50_000 + " Ende.\n", encoding="utf-8")
    result = _cli("spellcheck", "--lang", "de", "--json", str(source), data=tmp_path / "user")
    assert result.returncode == 0, result.stderr
    assert [row["word"] for row in json.loads(result.stdout)] == ["Fehlre"]


def test_spellcheck_token_at_the_limit_is_still_checked(tmp_path: Path) -> None:
    """A token of exactly MAX_WORD_LENGTH letters is checked (and flagged); one more is skipped."""
    source = tmp_path / "tokens.txt"
    source.write_text(f"{'x' * MAX_WORD_LENGTH} {'y' * (MAX_WORD_LENGTH + 1)}\n", encoding="utf-8")
    result = _cli("spellcheck", "--lang", "de", "--json", str(source), data=tmp_path / "user")
    assert [row["word"] for row in json.loads(result.stdout)] == ["x" * MAX_WORD_LENGTH]


@pytest.mark.timeout(30)
def test_spellcheck_cli_line_and_column_of_many_findings(tmp_path: Path) -> None:
    """60,000 findings in a 2.5 MB file (minutes before: a count from the start per finding)."""
    lines = 60_000
    source = tmp_path / "many.txt"
    source.write_text("12345 67890 12345 67890 12345 67890 xyzzq\n" * lines, encoding="utf-8")
    result = _cli("spellcheck", "--lang", "de", str(source), data=tmp_path / "user")
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert len(out) == lines
    assert out[0].startswith(f"{source}:1:37: xyzzq")
    assert out[-1].startswith(f"{source}:{lines}:37: xyzzq")


@pytest.mark.parametrize(
    "text",
    ["a" * 200_000, "a." * 100_000, "Aa" * 100_000, "1" * 200_000, "<a b" * 50_000, "`" * 100_000],
    ids=["letters", "dotted", "mixed-case", "digits", "open-tags", "backticks"],
)
@pytest.mark.timeout(20)
def test_mask_prose_long_runs_are_linear(text: str) -> None:
    """Long runs that made the e-mail, digit, host, tag and code-span patterns quadratic mask quickly."""
    assert len(mask_prose(text)) == len(text)


@pytest.mark.timeout(20)
def test_mask_prose_unclosed_raw_elements_are_linear() -> None:
    """Thousands of unclosed <script> tags (a scan to the end from each before): one pass pairs tags."""
    text = "<script>" * 20_000 + "Wort"
    assert mask_prose(text).strip() == "Wort"  # an unclosed element masks only its own tag


@pytest.mark.timeout(30)
def test_readability_cli_deeply_nested_html(tmp_path: Path) -> None:
    """10,000 nested divs (19 s before) are analysed in a moment."""
    source = tmp_path / "nested.html"
    source.write_text("<div>" * 10_000 + "Ein kurzer Satz." + "</div>" * 10_000, encoding="utf-8")
    result = _cli("readability", "--lang", "de", "--json", str(source), data=tmp_path / "user")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["words"] == 3


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "www.a" * 40_000, "a@" * 100_000, " " * 200_000, "<span>" * 30_000],
    ids=["brackets", "hosts", "at-signs", "blanks", "open-tags"],
)
@pytest.mark.timeout(20)
def test_readability_long_runs_are_linear(text: str) -> None:
    """Runs that made readability's link, e-mail and table patterns quadratic are analysed quickly."""
    assert analyse(text, "de").language == "de"


@pytest.mark.parametrize("code", ["1234", "../../etc", "de/../x", "x" * 100_000, "de de"])
@pytest.mark.parametrize("command", ["readability", "spellcheck"])
def test_lang_option_is_validated_the_same_way(tmp_path: Path, command: str, code: str) -> None:
    """readability and spellcheck refuse a --lang that is not a language code with the same message."""
    source = tmp_path / "text.txt"
    source.write_text("Ein Satz.\n", encoding="utf-8")
    result = _cli(command, "--lang", code, str(source), data=tmp_path / "user")
    assert result.returncode == 2
    assert "not a language code (try de, en-GB, ar, fa, uk)" in result.stderr
    assert len(result.stderr) < 200
    assert "Traceback" not in result.stderr
