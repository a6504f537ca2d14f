"""Tests for ``integreat-desk convert``: files, stdin/stdout, --check, and bad input."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import build_parser

PAGE = (
    '<div><h2>Wohnen</h2>\n<p>Die <a class="link-external" href="https://e.org">Caritas</a> hilft.</p></div>'
)
MARKDOWN = "## Wohnen\n\nDie [Caritas](https://e.org){: .link-external } hilft.\n"


def run_cli(argv: list[str]) -> int:
    """Parse ``argv`` with the real parser and run the command function."""
    args = build_parser().parse_args(argv)
    return int(args.func(args))


def test_convert_cli_html_file_to_markdown(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    """A UTF-8 HTML file becomes Markdown on stdout."""
    source = tmp_path / "page.html"
    source.write_text(PAGE, encoding="utf-8")
    assert run_cli(["convert", "--to", "markdown", str(source)]) == 0
    assert capfdbinary.readouterr().out.decode("utf-8") == MARKDOWN


def test_convert_cli_markdown_to_html_file(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    """Markdown with RTL text and emoji becomes UTF-8 HTML on stdout."""
    source = tmp_path / "page.md"
    source.write_bytes("مرحبا 😀\n".encode())
    assert run_cli(["convert", "--to", "html", str(source)]) == 0
    assert capfdbinary.readouterr().out.decode("utf-8") == "<p>مرحبا 😀</p>\n"


def test_convert_cli_reads_stdin_and_ignores_bom() -> None:
    """Without FILE the command reads stdin; a UTF-8 BOM is ignored (run as ``python -m editor``)."""
    result = subprocess.run(
        [sys.executable, "-m", "editor", "convert", "--to", "markdown"],
        input=b"\xef\xbb\xbf" + PAGE.encode(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == MARKDOWN


def test_convert_cli_invalid_utf8_names_byte_offset(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Invalid UTF-8 gives one stderr line with the file and the byte offset, and exit code 2."""
    source = tmp_path / "broken.html"
    source.write_bytes(b"\xef\xbb\xbf<p>ok \xff</p>")
    assert run_cli(["convert", "--to", "markdown", str(source)]) == 2
    captured = capfd.readouterr()
    assert captured.out == ""
    assert captured.err == f"{source}: invalid UTF-8 at byte offset 9\n"


def test_convert_cli_missing_file(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist gives a clear message and exit code 2."""
    missing = tmp_path / "nope.md"
    assert run_cli(["convert", "--to", "html", str(missing)]) == 2
    assert capfd.readouterr().err == f"{missing}: no such file\n"


def test_convert_cli_control_character_is_bad_input(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Content lxml cannot hold gives one line naming the file, exit code 2, no traceback."""
    source = tmp_path / "nul.html"
    source.write_bytes(b"<p>a\x00b</p>")
    assert run_cli(["convert", "--to", "markdown", str(source)]) == 2
    err = capfd.readouterr().err
    assert err.startswith(f"{source}: HTML contains the control character U+0000")
    assert err.count("\n") == 1


def test_convert_cli_check_reports_lossless(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """--check converts there and back and says so on stderr, exit code 0."""
    source = tmp_path / "page.html"
    source.write_text(PAGE, encoding="utf-8")
    assert run_cli(["convert", "--to", "markdown", "--check", str(source)]) == 0
    captured = capfd.readouterr()
    assert captured.out == ""
    assert captured.err == f"{source}: lossless\n"


def test_convert_cli_reads_stdin_in_process(
    monkeypatch: pytest.MonkeyPatch, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Without FILE, stdin is read as UTF-8 bytes."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"- a\n")))
    assert run_cli(["convert", "--to", "html"]) == 0
    assert capfdbinary.readouterr().out == b"<ul>\n<li>a</li>\n</ul>\n"


def test_convert_cli_directory_and_unreadable_path(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """A directory, or a path that cannot be opened, gives one clear line and exit code 2."""
    assert run_cli(["convert", "--to", "html", str(tmp_path)]) == 2
    assert capfd.readouterr().err == f"{tmp_path}: is a directory, not a file\n"
    (tmp_path / "file.md").write_text("x", encoding="utf-8")
    below_file = tmp_path / "file.md" / "x.md"
    assert run_cli(["convert", "--to", "html", str(below_file)]) == 2
    assert capfd.readouterr().err == f"{below_file}: cannot read: Not a directory\n"
