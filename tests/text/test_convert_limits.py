"""Hostile Markdown: brackets, unclosed link targets and deep nesting end quickly, with a result or a message.

Each input here took from seconds to minutes (or crashed with a RecursionError) before the fix; the
timeouts (pytest-timeout) fail the test instead of hanging the suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor.text.convert import ContentError, html_to_markdown, markdown_to_html
from editor.text.limits import MAX_MARKDOWN_NESTING
from editor.text.normal_form import first_difference


@pytest.mark.timeout(20)
def test_markdown_to_html_many_open_brackets_is_linear() -> None:
    """100 KB of ``[`` (minutes with python-markdown's own link pattern) is one paragraph of brackets."""
    assert markdown_to_html("[" * 100_000) == "<p>" + "[" * 100_000 + "</p>"


@pytest.mark.timeout(20)
def test_markdown_to_html_brackets_still_make_links() -> None:
    """Linear bracket matching finds the same links, nested brackets and images included."""
    html = markdown_to_html("[[a](b) [c [d] e](f) ![g](h.png) [i][] [j]\n" * 3_000)
    assert html.count('<a href="b">a</a>') == 3_000
    assert html.count('<a href="f">c [d] e</a>') == 3_000
    assert html.count('<img alt="g" src="h.png">') == 3_000


@pytest.mark.timeout(20)
def test_markdown_to_html_unclosed_link_targets_are_bounded() -> None:
    """Thousands of ``[a](`` without a ``)`` stay text instead of a scan to the end from each one."""
    text = "[a](" * 20_000 + ")"
    assert markdown_to_html(text).startswith("<p>[a]([a](")


@pytest.mark.timeout(20)
def test_markdown_to_html_many_short_lines_in_one_block() -> None:
    """40,000 lines of a lone ``-`` in one block (about a minute before) become 20,000 headings."""
    assert markdown_to_html("-\n" * 40_000).count("<h2>-</h2>") == 20_000


@pytest.mark.parametrize(
    "markdown",
    [
        "".join("    " * depth + "- x\n" for depth in range(1_000)),
        "- " * 1_000 + "x\n",
        "1. " * 1_000 + "x\n",
        "> " * 1_000 + "x\n",
    ],
    ids=["indented-list", "list-markers", "numbered", "quotes"],
)
@pytest.mark.timeout(20)
def test_markdown_to_html_deep_nesting_is_refused_with_the_line(markdown: str) -> None:
    """1,000 levels of lists or quotes: a ContentError naming the line, not a RecursionError."""
    with pytest.raises(ContentError, match=rf"Markdown line \d+ .* more than {MAX_MARKDOWN_NESTING} levels"):
        markdown_to_html(markdown)


def test_convert_deeply_indented_pre_text_is_not_nesting() -> None:
    """A <pre> line with 600 leading spaces is text, not nesting: the page still round-trips."""
    html = "<pre>" + " " * 600 + "x\n" + " " * 600 + "- y</pre>"
    markdown = html_to_markdown(html)
    assert first_difference(html, markdown_to_html(markdown)) is None


def test_markdown_to_html_nesting_at_the_limit_renders() -> None:
    """A list exactly as deep as the limit still converts; one level more is refused."""
    text = "".join("    " * depth + "- x\n" for depth in range(MAX_MARKDOWN_NESTING))
    assert markdown_to_html(text).count("<ul>") == MAX_MARKDOWN_NESTING
    with pytest.raises(ContentError, match=rf"line {MAX_MARKDOWN_NESTING + 1} "):
        markdown_to_html(text + "    " * MAX_MARKDOWN_NESTING + "- x\n")


@pytest.mark.timeout(60)
def test_html_to_markdown_deep_html_lists_stay_lossless() -> None:
    """HTML lists 400 levels deep (deeper than Markdown may nest) come back as an HTML block, unchanged."""
    html = "<ul><li>x\n" * 400 + "</li></ul>" * 400
    assert first_difference(html, markdown_to_html(html_to_markdown(html))) is None


@pytest.mark.parametrize("special", ["[", "\\", "*", "`"])
@pytest.mark.timeout(20)
def test_html_to_markdown_paragraph_full_of_markdown_syntax(special: str) -> None:
    """A stored paragraph of 40,000 characters to escape (20 s before) stays an HTML block, unchanged."""
    html = "<p>" + special * 40_000 + "</p>"
    markdown = html_to_markdown(html)
    assert markdown.startswith("<p>")
    assert first_difference(html, markdown_to_html(markdown)) is None


@pytest.mark.timeout(20)
def test_convert_cli_twenty_thousand_brackets_end_quickly(tmp_path: Path) -> None:
    """``convert --to html`` on 20,000 ``[`` prints the paragraph and exits 0."""
    source = tmp_path / "brackets.md"
    source.write_text("[" * 20_000, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "editor", "convert", "--to", "html", str(source)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == "<p>" + "[" * 20_000 + "</p>\n"


@pytest.mark.timeout(20)
def test_convert_cli_deep_list_names_file_and_line(tmp_path: Path) -> None:
    """A 1,000-level list: exit 2 and one line naming the file and the first line too deep."""
    source = tmp_path / "deep.md"
    source.write_text("".join("  " * depth + "- x\n" for depth in range(1_000)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "editor", "convert", "--to", "html", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"{source}: Markdown line ")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
