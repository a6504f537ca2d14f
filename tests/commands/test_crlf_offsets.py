"""``spellcheck`` and ``readability`` read a file with universal newlines (docs/readability.md, "How text
is counted"): their offsets are the indices of the text as Python's ``open(path).read()`` gives it, also
for a file with Windows line ends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import build_parser


@pytest.fixture(autouse=True)
def _user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTEGREAT_DESK_DATA", str(tmp_path / "user"))


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    args = build_parser().parse_args(argv)
    assert int(args.func(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_offsets_are_those_of_the_text_read_with_universal_newlines(
    newline: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "seite.txt"
    lines = [
        "Der Antrag wird vom Amt geprüft.",
        "Wir werden Sie morgen anrufen.",
        "Bringen Sie den Temrin mit.",
    ]
    path.write_bytes(newline.join(lines).encode() + newline.encode())
    text = path.read_text(encoding="utf-8")  # universal newlines, as a script reads it
    found = _run(["spellcheck", str(path), "--lang", "de", "--json"], capsys)
    start = text.index("Temrin")
    assert [(row["word"], row["start"], row["end"]) for row in found] == [("Temrin", start, start + 6)]
    result = _run(["readability", str(path), "--lang", "de", "--json"], capsys)
    spans = {row["category"]: text[row["start"] : row["end"]] for row in result["findings"]}
    assert spans["passive-voice"] == "wird vom Amt geprüft"
    assert spans["future-tense"] == "werden Sie morgen anrufen"
