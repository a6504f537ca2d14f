"""An empty input to ``convert``, ``spellcheck`` and ``readability``: the empty result, exit 0, and one
line on stderr naming the file (or stdin) and saying it is empty."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from editor.cli import build_parser

COMMANDS = [
    (["convert", "--to", "markdown"], "", "nothing to convert"),
    (["convert", "--to", "html"], "", "nothing to convert"),
    (["spellcheck", "--lang", "de", "--json"], [], "nothing to check"),
    (["readability", "--lang", "de", "--json"], "not_enough_text", "nothing to score"),
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    args = build_parser().parse_args(argv)
    code = int(args.func(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTEGREAT_DESK_DATA", str(tmp_path / "user"))


def _result(out: str, wanted: object) -> object:
    if isinstance(wanted, list):
        return json.loads(out)
    if wanted == "not_enough_text":
        return json.loads(out)["status"]
    return out


@pytest.mark.parametrize(("argv", "wanted", "why"), COMMANDS)
def test_an_empty_file_is_named_on_stderr(
    argv: list[str], wanted: object, why: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "leer.html"
    path.write_text("  \n", encoding="utf-8")
    code, out, err = _run([*argv, str(path)], capsys)
    assert code == 0
    assert _result(out, wanted) == wanted
    assert err == f"{path}: the file is empty; {why}\n"


@pytest.mark.parametrize(("argv", "wanted", "why"), COMMANDS)
def test_empty_stdin_is_named_on_stderr_and_text_is_not(
    argv: list[str],
    wanted: object,
    why: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, out, err = _run(argv, capsys)
    assert (code, _result(out, wanted), err) == (0, wanted, f"<stdin>: the input is empty; {why}\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<p>Hallo</p>")))
    assert _run(argv, capsys)[2] == ""
