"""``integreat-desk convert --to markdown|html [FILE]``: convert page content between CMS HTML and Markdown.

Reads FILE (or stdin) as UTF-8 (a leading BOM is ignored) and writes the result to stdout as UTF-8.
``--check`` converts there and back instead and reports on stderr whether nothing was lost (exit 0) or
the first difference (exit 1). Bad input gives one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from editor.commands.inputs import InputError, note_if_empty, read_input
from editor.text.convert import html_to_markdown, markdown_to_html
from editor.text.errors import ContentError
from editor.text.normal_form import first_difference

EXIT_OK = 0
EXIT_DIFFERENT = 1
EXIT_BAD_INPUT = 2


def register(subparsers: Any) -> None:
    """Add the ``convert`` sub-command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "convert",
        help="convert page content between CMS HTML and Markdown",
        description="Convert page content between CMS HTML and Markdown (stdin/stdout, UTF-8).",
    )
    parser.add_argument("--to", required=True, choices=("markdown", "html"), help="the format to produce")
    parser.add_argument(
        "--check",
        action="store_true",
        help="convert there and back and report whether the HTML survives unchanged",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="input file (default: stdin)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the conversion; return the exit code."""
    try:
        name, text = read_input(args.file, drop_bom=True)
    except InputError as exc:
        return _fail(str(exc))
    note_if_empty(name, text, "nothing to convert")
    try:
        if args.check:
            return _check(name, text, args.to)
        result = html_to_markdown(text) if args.to == "markdown" else markdown_to_html(text)
    except ContentError as exc:
        return _fail(f"{name}: {exc}")
    if result and not result.endswith("\n"):
        result += "\n"
    sys.stdout.buffer.write(result.encode("utf-8"))
    sys.stdout.buffer.flush()
    return EXIT_OK


def _check(name: str, text: str, target: str) -> int:
    """Round-trip the HTML side (the input, or the HTML the Markdown input renders to)."""
    html = text if target == "markdown" else markdown_to_html(text)
    back = markdown_to_html(html_to_markdown(html))
    difference = first_difference(html, back)
    if difference is None:
        print(f"{name}: lossless", file=sys.stderr)
        return EXIT_OK
    print(f"{name}: not lossless, {difference}", file=sys.stderr)
    return EXIT_DIFFERENT


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_BAD_INPUT
