"""Random inputs for the QA fast paths of decision 0033, and their results as digests.

``_files/qa_speed_golden.json`` was recorded by the code before those changes (``8a78a08``) with
``python -m tests.text.qa_speed_cases [FILE]``: per seeded random case the SHA-1 of the blocks
:func:`split_blocks` gives (every field, the markup included), of the pairs :func:`align` gives and of
the warnings :func:`check_translation` gives. Same seeds, same inputs: the test compares the digests.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

from editor.text.qa import QaContext, check_translation
from editor.text.segments import Block, align, split_blocks

GOLDEN = Path(__file__).resolve().parent / "_files" / "qa_speed_golden.json"
CASES = 400
_WORDS = (
    "Termin Beratung Wohnung Miete Antrag appointment advice flat rent form Jobcenter Kita école "
    "موعد استشارة 住房 ab x Öffnungszeiten naïve façade ²³ Ⅻ snake_case"
).split()
_SPACES = [" ", " ", " ", "\n", "  ", "\t", "\u00a0", " \n "]
_TOKENS = ["8", "12", "2025", "1.000", "14:30", "9.30 Uhr", "3.4.2025", "2026-01-31", "0711 123456",
           "+49 (0)30 1234567", "amt@stadt.example", "٣٤", "۱۲:۳۰", "2 pm", "50,5", "1.", "_x_"]  # fmt: skip
_LINKS = ["https://integreat.app/r/de/a/", "https://integreat.app/r/en/a-en/", "mailto:amt@stadt.example",
          "https://www.host.example/seite/1", "/r/de/b/", "tel:+49301234"]  # fmt: skip
_INLINE = ["strong", "em", "b", "span", "a", "code", "sup"]


def _text(rng: random.Random, words: int) -> str:
    parts = []
    for _ in range(words):
        parts.append(rng.choice(_TOKENS) if rng.random() < 0.15 else rng.choice(_WORDS))
        parts.append(rng.choice(_SPACES))
    if rng.random() < 0.5:
        parts.append(rng.choice([".", "!", "?", ",", ""]))
    return "".join(parts)


def _inline(rng: random.Random, depth: int) -> str:
    out = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.55 or depth > 2:
            out.append(_text(rng, rng.randint(0, 12)))
        elif roll < 0.65:
            out.append("<br>")
        elif roll < 0.7:
            out.append(f"<!-- {_text(rng, 2)} -->")
        else:
            tag = rng.choice(_INLINE)
            attrs = ""
            if tag == "a":
                attrs = f' href="{rng.choice(_LINKS)}"'
            elif tag == "span" and rng.random() < 0.5:
                attrs = rng.choice([' class="notranslate"', ' translate="no"', ' class="x notranslate"'])
            out.append(f"<{tag}{attrs}>{_inline(rng, depth + 1)}</{tag}>")
    return "".join(out)


def _list(rng: random.Random, depth: int) -> str:
    tag = rng.choice(["ul", "ol"])
    items = []
    for _ in range(rng.randint(1, 4)):
        nested = _list(rng, depth + 1) if depth < 3 and rng.random() < 0.25 else ""
        items.append(f"<li>{_inline(rng, 1)}{nested}</li>{rng.choice(['', ' ', chr(10)])}")
    return f"<{tag}>{''.join(items)}</{tag}>"


def _table(rng: random.Random) -> str:
    def cell() -> str:
        return f"<{rng.choice(['td', 'th'])}>{_inline(rng, 1)}</td>"

    rows = "".join(
        "<tr>" + "".join(cell() for _ in range(rng.randint(1, 3))) + "</tr>" for _ in range(rng.randint(1, 3))
    )
    caption = f"<caption>{_text(rng, 3)}</caption>" if rng.random() < 0.3 else ""
    return f"<table>{caption}{'<tbody>' + rows + '</tbody>' if rng.random() < 0.5 else rows}</table>"


def _block(rng: random.Random, depth: int) -> str:
    roll = rng.random()
    if roll < 0.4:
        return f"<p>{_inline(rng, 0)}</p>"
    if roll < 0.5:
        return f"<h{rng.randint(1, 6)}>{_inline(rng, 1)}</h{rng.randint(1, 6)}>"
    if roll < 0.62:
        return _list(rng, 1)
    if roll < 0.68:
        return _table(rng)
    if roll < 0.78 and depth < 3:
        tag = rng.choice(["div", "section", "blockquote"])
        return f"<{tag}>{_blocks(rng, depth + 1)}</{tag}>"
    if roll < 0.82:
        return f'<div contenteditable="false">{_inline(rng, 1)}</div>'
    if roll < 0.85:
        return f"<pre>{_text(rng, 4)}\n  {_text(rng, 2)}</pre>"
    if roll < 0.88:
        return rng.choice(["<hr>", "<br>", "<!-- c -->", "<script>x = 1</script>"])
    return _inline(rng, 0)


def _blocks(rng: random.Random, depth: int) -> str:
    return rng.choice(_SPACES[:5]).join(_block(rng, depth) for _ in range(rng.randint(0, 6)))


def page(rng: random.Random) -> str:
    """A random CMS fragment: blocks, sometimes in the CMS's wrapper, with whitespace around."""
    html = _blocks(rng, 0)
    if rng.random() < 0.4:
        html = f"<div>{rng.choice(_SPACES[:5])}{html}</div>"
    if rng.random() < 0.1:
        html = f"<span>{_inline(rng, 0)}</span>"
    return rng.choice(["", " ", "\n"]) + html + rng.choice(["", "\n", "  "])


def translation(rng: random.Random, source: str) -> str:
    """A random "translation": often the source with some blocks changed, dropped or added."""
    if rng.random() < 0.3:
        return page(rng)
    pieces = source.split("</p>")
    out = []
    for piece in pieces:
        roll = rng.random()
        if roll < 0.1:
            continue
        out.append(piece if roll < 0.6 else piece.replace("Termin", "appointment").replace("8", "9"))
        if roll > 0.93:
            out.append(f"<p>{_text(rng, 5)}")
    return "</p>".join(out)


def _digest(data: Any) -> str:
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode(), usedforsecurity=False).hexdigest()


def block_data(blocks: list[Block]) -> list[list[Any]]:
    """Every field of each block, its markup written out."""
    return [
        [b.kind, b.level, b.path, b.text, list(b.links), list(b.notranslate), b.list_type, b.table, b.row,
         b.column, b.html, b.inline_html]
        for b in blocks
    ]  # fmt: skip


def context(rng: random.Random) -> QaContext:
    """A context whose word checks know some of the words (or no target dictionary at all)."""
    source_words = {"Termin", "Beratung", "Wohnung", "Miete", "Antrag", "Kita", "Jobcenter", "Öffnungszeiten"}
    target_words = {"appointment", "advice", "flat", "rent", "form", "Jobcenter", "Kita"}
    target = None if rng.random() < 0.5 else target_words.__contains__
    return QaContext("de", "en", lambda href: href.replace("/de/", "/en/") if "/de/" in href else None,
                     source_words.__contains__, target)  # fmt: skip


def cases() -> dict[str, str]:
    """Digest per case name: ``split``, ``align`` (across languages and of one language) and ``qa``."""
    found: dict[str, str] = {}
    for seed in range(CASES):
        rng = random.Random(seed)
        source = page(rng)
        target = translation(rng, source)
        left, right = split_blocks(source), split_blocks(target)
        found[f"split {seed}"] = _digest([block_data(left), block_data(right)])
        pairs = [[(p.source_index, p.target_index) for p in align(left, right, same_language=same)]
                 for same in (False, True)]  # fmt: skip
        found[f"align {seed}"] = _digest(pairs)
        issues = check_translation(source, target, context(rng))
        found[f"qa {seed}"] = _digest([[i.code, str(i.message), i.source_index, i.target_index, i.source_path,
                                        i.target_path] for i in issues])  # fmt: skip
    return found


def long_cases() -> dict[str, str]:
    """Long pages (the banded alignment): many blocks of random lengths, some moved or missing."""
    found: dict[str, str] = {}
    for seed in range(6):
        rng = random.Random(1000 + seed)
        source = "".join(f"<p>{_text(rng, rng.randint(1, 40))}</p>" for _ in range(rng.randint(150, 260)))
        target = translation(rng, source)
        left, right = split_blocks(source), split_blocks(target)
        pairs = [[(p.source_index, p.target_index) for p in align(left, right, same_language=same)]
                 for same in (False, True)]  # fmt: skip
        found[f"long {seed}"] = _digest(pairs)
    return found


def write_golden(path: Path = GOLDEN) -> None:
    """Record the digests (run with the code before the fast paths)."""
    path.write_text(json.dumps({**cases(), **long_cases()}, indent=0, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    write_golden(Path(sys.argv[1]) if len(sys.argv) > 1 else GOLDEN)
