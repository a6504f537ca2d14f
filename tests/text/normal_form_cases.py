"""Inputs for the normal form's hash and the search index's plain text, and their results as plain data.

``tests/text/_files/normal_form_golden.json`` holds what the code computed on these inputs *before* the
one-pass normaliser of decision 0030 (written by ``python -m tests.text.normal_form_cases``); the tests
recompute and compare, so a faster path that changes a single hash fails. The inputs: every text of the
demo region (``resources/demo``, its earlier versions included), texts of the synthetic large region
(``benchmarks/synthetic.py``), and 4,000 seeded fragments of tag soup built to reach every rule of the
normal form (whitespace between blocks, ``pre`` and raw text, the CMS wrappers, comments, processing
instructions, void elements, attributes in any order with any characters, entities, unclosed and stray
tags that libxml2 repairs, deep nesting, characters the normaliser refuses).
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
GOLDEN = Path(__file__).resolve().parent / "_files" / "normal_form_golden.json"

_TAGS = [
    "p", "div", "span", "b", "strong", "em", "i", "a", "ul", "ol", "li", "h1", "h2", "h3", "table", "tr",
    "td", "th", "tbody", "thead", "pre", "textarea", "blockquote", "section", "article", "dl", "dt", "dd",
    "code", "sup", "sub", "u", "s", "small", "mark", "abbr", "time", "figure", "figcaption", "details",
    "summary", "address", "center", "font", "label", "option", "select", "nav", "header", "footer",
]  # fmt: skip
_VOID = ["br", "hr", "img", "input", "wbr", "col", "embed", "source", "area", "meta", "link"]
_RAW = ["script", "style", "xmp", "iframe", "noembed", "noframes", "listing", "plaintext", "title"]
_ATTRS = ["class", "id", "dir", "href", "style", "title", "lang", "data-x", "alt", "src", "width", "xml:lang"]
_VALUES = [
    "", "a", "b a", "a  b", "x&y", "x &amp; y", '"q"', "'s'", "<tag>", "line\nbreak", "tab\there",
    "\u00a0nbsp", "rtl", "ltr", "/augsburg/de/seite/?a=1&b=2", "Öffnungszeiten", "مرحبا", "😀", "&#10;",
    "cr\rhere", "&nbsp;", "\u0085", "\u200b",
]  # fmt: skip
_TEXTS = [
    "", " ", "  ", "\n", "\t", "\r\n", "\r", " \n \t ", "Text", "zwei  Leerzeichen", " vorne", "hinten ",
    "a & b", "a &amp; b", "&nbsp;", "\u00a0", "&#233;", "é", "&lt;", "<", ">", "&gt;", "&", "&x;", "&#x80;",
    "&#0;", "&#xD;", "Arabisch مرحبا بكم", "فارسی", "Українська", "😀 emoji", "\u200f", "[page id=3]",
    "a\rb", "&copy;", "&unknown", "]]>", "--", "\u0085", "x\u2028y", "\u00ad",
]  # fmt: skip
_SPECIAL = [
    "<!-- a comment -->", "<!---->", "<!-- <p>x</p> -->", "<?php echo 1; ?>", "<?xml version='1.0'?>",
    "<![CDATA[x]]>", "<!DOCTYPE html>", "</p>", "</div>", "</span>", "</li>", "<p>", "<li>", "<td>", "<tr>",
    "<html>", "<body>", "</body>", "</html>", "<head>", "<body class='x'>", "<p/>", "<br/>", "<div/>",
    "<b><i>x</b></i>", "<a href=x>unquoted</a>", "<p class=a class=b>dup</p>", "<P CLASS=Up>Up</P>",
    "<custom-tag foo=bar>x</custom-tag>", "<svg><circle r=1></circle></svg>", "<math><mi>x</mi></math>",
    "< p>not a tag</p>", "<p <b>odd</p>", "<table><p>x</p></table>", "<ul><p>x</p></ul>",
    "<select><option>a<option>b</select>", "<frameset>",
]  # fmt: skip
#: Refused by the normaliser (recorded as the error's code).
_BAD = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\ud800", "\udfff", "\ufffe", "\uffff"]


def _soup(rng: random.Random, depth: int = 0) -> str:
    """A random fragment: elements, text, comments, whitespace and oddities, nested up to 6 deep."""
    parts: list[str] = []
    for _ in range(rng.randint(0, 5)):
        roll = rng.random()
        if roll < 0.30:
            parts.append(rng.choice(_TEXTS))
        elif roll < 0.40:
            parts.append(rng.choice([" ", "\n", "\n  ", "\t", "\r\n", " \r"]))
        elif roll < 0.70 and depth < 6:
            tag = rng.choice(_TAGS)
            inner = _soup(rng, depth + 1)
            close = "" if rng.random() < 0.1 else f"</{tag}>"
            parts.append(f"<{tag}{_attrs(rng)}>{inner}{close}")
        elif roll < 0.78:
            parts.append(f"<{rng.choice(_VOID)}{_attrs(rng)}>")
        elif roll < 0.84:
            tag = rng.choice(_RAW)
            parts.append(f"<{tag}{_attrs(rng)}>{rng.choice(_TEXTS)}<b>{rng.choice(_TEXTS)}</b></{tag}>")
        else:
            parts.append(rng.choice(_SPECIAL))
    return "".join(parts)


def _attrs(rng: random.Random) -> str:
    out = []
    for name in rng.sample(_ATTRS, rng.choice([0, 0, 0, 1, 1, 2, 3])):
        value = rng.choice(_VALUES).replace('"', "&quot;")
        out.append(f' {name}="{value}"' if rng.random() < 0.8 else f" {name}='{value.replace(chr(39), '')}'")
    return "".join(out)


def soup_texts(count: int = 4000, seed: int = 30) -> list[str]:
    """``count`` seeded fragments (see the module docstring): wrapped, padded, nested deep, or broken."""
    rng = random.Random(seed)
    texts = []
    for number in range(count):
        text = _soup(rng)
        kind = number % 10
        if kind == 1:
            text = f"<div>{text}</div>"
        elif kind == 2:
            text = f"<div>\n<div> {text} </div>\n</div>"
        elif kind == 3:
            text = f"<span>{text}</span>"
        elif kind == 4:
            text = f"  \n{text}\n\t "
        elif kind == 5 and number % 50 == 5:
            depth = rng.choice([90, 101, 150, 300])
            text = "<div><span>" * depth + text + "</span></div>" * depth
        elif kind == 6 and number % 20 == 6:
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(_BAD) + text[at:]
        texts.append(text)
    return texts


def demo_texts() -> list[tuple[str, str]]:
    """(name, HTML) of every text of the demo region, and the earlier versions ``earlier.json`` lists."""
    out = [
        (f"demo {path.stem}:{page['path']}", page["content"])
        for path in sorted((DEMO / "pages").glob("*.json"))
        for page in json.loads(path.read_text("utf-8"))
    ]
    earlier = json.loads((DEMO / "earlier.json").read_text("utf-8"))
    return out + [(f"earlier {c['language']}:{c['path']}", c["content"]) for c in earlier]


def synthetic_texts(count: int = 200) -> list[str]:
    """Texts as the synthetic large region of the benchmarks writes them."""
    from benchmarks.synthetic import _paragraphs

    rng = random.Random(7)
    return [_paragraphs(rng, rng.choice([5, 40, 400, 2000])) for _ in range(count)]


def inputs() -> list[tuple[str, str]]:
    """Every (name, HTML) input of the golden file."""
    named = demo_texts()
    named += [(f"synthetic {n}", text) for n, text in enumerate(synthetic_texts())]
    named += [(f"soup {n}", text) for n, text in enumerate(soup_texts())]
    return named


def results(html: str) -> list[str]:
    """[the sync-base hash or the refusal's code, the sync base's fallback hash, a digest of the plain
    text the search index gets]."""
    from editor.models.store import content_hash
    from editor.models.unit_base import normal_hash
    from editor.text.errors import ContentError
    from editor.text.plain import html_to_plain

    try:
        normal = content_hash(html)
    except ContentError as exc:
        normal = f"refused: {exc.code} {exc.params}"
    try:
        fallback = normal_hash(html)
    except UnicodeEncodeError:  # a lone surrogate: the raw text cannot be hashed either
        fallback = "refused: not encodable"
    plain = hashlib.sha256(html_to_plain(html).encode("utf-8", "surrogatepass")).hexdigest()
    return [normal, fallback, plain]


def cases() -> dict[str, str]:
    """Every input's results (see :func:`results`), as one short digest per input."""
    return {name: _digest(results(html)) for name, html in inputs()}


def _digest(values: list[str]) -> str:
    return hashlib.sha256("\x1f".join(values).encode("utf-8")).hexdigest()[:20]


if __name__ == "__main__":
    GOLDEN.write_text(
        json.dumps(cases(), indent=0, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {GOLDEN}")
