"""The sync-base hash and the search index's plain text are what the code gave before the one-pass
normaliser (decision 0030), and the one-pass normaliser writes what the tree path writes.

``_files/normal_form_golden.json`` was recorded from the code before the change by
``python -m tests.text.normal_form_cases``; see that module for the inputs.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.text.errors import ContentError
from editor.text.normal_form import normalise_html, parse_fragment, serialize
from tests.text.normal_form_cases import GOLDEN, _soup, cases


def test_hashes_and_plain_texts_unchanged() -> None:
    """Every recorded input (demo texts, synthetic texts, 4,000 fragments of tag soup) gives the same
    sync-base hash (or the same refusal), the same fallback hash and the same plain text as before."""
    recorded = json.loads(GOLDEN.read_text("utf-8"))
    computed = cases()
    assert sorted(computed) == sorted(recorded)
    different = [name for name in recorded if computed[name] != recorded[name]]
    assert different == []


def _tree_path(html: str) -> str:
    """The normal form as the tree (parse_fragment + serialize) writes it."""
    return serialize(parse_fragment(html))


def _outcome(normalise: Callable[[str], str], html: str) -> tuple[str, ...]:
    """The normal form, or the refusal (code, parameters, message)."""
    try:
        return ("ok", normalise(html))
    except ContentError as exc:
        return ("refused", exc.code, str(exc.params), str(exc))


def _same(html: str) -> None:
    assert _outcome(normalise_html, html) == _outcome(_tree_path, html), html


_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<pre>", "</pre>", "<li>",
        "<ul>", "</ul>", "<br>", "<img src=x>", "<hr>", "<!--c-->", "<?pi?>", "<script>a<b</script>",
        "<style>&amp;</style>", "<textarea> x </textarea>", "<table>", "<td>", "<div class=a>",
        '<p id="2" class="b">', "<span dir=rtl>", "&nbsp;", "&amp;", "\u00a0", " ", "  ", "\n", "\t",
        "\r\n", "x", "Wort", "مرحبا", "😀", "<", ">", "&", "<xmp><i>x</i></xmp>", "<iframe>a<b>c</iframe>",
        "<listing>\n</listing>", "<plaintext>", "<title>t</title>", "<body>", "</body>", "<html>",
        "\x00", "\ud800",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_one_pass_normaliser_writes_what_the_tree_writes(html: str) -> None:
    """Any sequence of tags, text, whitespace and oddities: the same string, or the same refusal."""
    _same(html)


@settings(max_examples=500, deadline=None)
@given(st.randoms(use_true_random=False))
def test_one_pass_normaliser_on_seeded_soup(rng: object) -> None:
    """The golden file's kind of tag soup, from other seeds."""
    text = _soup(rng)  # type: ignore[arg-type]
    _same(text)
    _same(f"<div>\n{text} </div>")
    _same(f"<span>{text}</span>")


def test_one_pass_normaliser_on_deep_nesting() -> None:
    """Nesting deeper than the writer's recursion (the tree path writes those with an explicit stack)."""
    for depth in (99, 100, 101, 102, 250, 1000):
        _same("<div><span>" * depth + "<p> x </p>\n<b>y</b>" + "</span></div>" * depth)
        _same("<div>" * depth + " <p>a</p> " + "</div>" * depth)
        _same("<pre>" + "<div>" * depth + " x " + "</div>" * depth + "</pre>")
