"""Representative inputs for splitting, alignment and the source diff, and their results as plain data.

``tests/text/_files/alignment_golden.json`` holds what the code computed on these inputs *before* the
speed-ups of decision 0026 (written by ``python -m tests.text.alignment_cases``); the tests recompute
and compare, so a faster path that changes a single pair, block or span fails. The inputs: every demo
page in German against each translation (English, Arabic, Farsi, Ukrainian), the same with a quarter of
the target's blocks dropped (fewer), with blocks repeated (more) and with top-level blocks reordered,
German and Arabic pages against seeded edits of themselves (the source diff), and the 5,000-word pair of
``benchmarks/bench_translation.py`` and the German | Arabic pair of ``benchmarks/bench_desk.py``.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path
from typing import Any

from editor.text.diff import SourceDiff, source_diff
from editor.text.segments import Block, align, split_blocks

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "pages"
GOLDEN = Path(__file__).resolve().parent / "_files" / "alignment_golden.json"
_TOP_LEVEL = re.compile(r"(?=<(?:p|h[1-6]|ul|ol|table|div)\b)")


def _pages(language: str) -> dict[int, dict[str, Any]]:
    return {p["id"]: p for p in json.loads((DEMO / f"{language}.json").read_text("utf-8"))}


def page_pairs(language: str) -> list[tuple[str, str, str]]:
    """(page path, German HTML, ``language`` HTML) for every demo page translated into ``language``."""
    german = _pages("de")
    out = []
    for page in _pages(language).values():
        source = page["available_languages"].get("de")
        if source and source["id"] in german:
            out.append((page["path"], german[source["id"]]["content"], page["content"]))
    return sorted(out)


def _chunks(html: str) -> list[str]:
    return [part for part in _TOP_LEVEL.split(html) if part]


def fewer(html: str, seed: int) -> str:
    """``html`` with about a quarter of its top-level blocks dropped."""
    rng = random.Random(seed)
    return "".join(part for part in _chunks(html) if rng.random() >= 0.25)


def more(html: str, seed: int) -> str:
    """``html`` with about a quarter of its top-level blocks repeated."""
    rng = random.Random(seed)
    return "".join(part * (2 if rng.random() < 0.25 else 1) for part in _chunks(html))


def reordered(html: str, seed: int) -> str:
    """``html`` with a few neighbouring top-level blocks swapped."""
    rng = random.Random(seed)
    parts = _chunks(html)
    for _ in range(max(1, len(parts) // 5)):
        if len(parts) > 1:
            at = rng.randrange(len(parts) - 1)
            parts[at], parts[at + 1] = parts[at + 1], parts[at]
    return "".join(parts)


def edited(html: str, seed: int) -> str:
    """``html`` with paragraphs dropped and words changed (a base the text was edited from)."""
    rng = random.Random(seed)
    out = []
    for part in html.split("</p>"):
        roll = rng.random()
        if roll < 0.08:
            continue
        if roll < 0.25:
            words = part.split(" ")
            index = rng.randrange(len(words))
            if "<" not in words[index] and ">" not in words[index]:
                words[index] = rng.choice(["Wort", "كلمة", "neu", "2027"])
            part = " ".join(words)
        out.append(part)
    return "</p>".join(out)


def split_digest(blocks: list[Block]) -> str:
    """A digest of every compared field of every block (and its markup)."""
    rows = [
        (b.kind, b.level, b.path, b.text, b.links, b.notranslate, b.list_type, b.table, b.row, b.column)
        for b in blocks
    ]
    markup = [(b.html, b.inline_html) for b in blocks]
    return hashlib.sha256(repr((rows, markup)).encode("utf-8")).hexdigest()


def pairs_data(source: list[Block], target: list[Block], *, same_language: bool = False) -> list[list[Any]]:
    """The alignment as ``[source_index, target_index]`` rows."""
    return [[p.source_index, p.target_index] for p in align(source, target, same_language=same_language)]


def diff_data(diff: SourceDiff) -> list[list[Any]]:
    """The diff as ``[op, old_index, new_index, [[op, start, end, old], ...]]`` rows."""
    return [
        [b.op, b.old_index, b.new_index, [[s.op, s.start, s.end, s.old] for s in b.spans]]
        for b in diff.blocks
    ]


def bench_pair() -> tuple[str, str, str]:
    """The benchmark's 5,000-word German | English pair and its edited German base."""
    from benchmarks.bench_translation import _edited, _page_pair

    german, english = _page_pair()
    return german, english, _edited(german)


def desk_pair() -> tuple[str, str]:
    """The desk benchmark's German | Arabic pair: no block unique by its facts, so no anchors and one
    long banded alignment."""
    from benchmarks.bench_surface import _AR, _DE, page

    return page(5_000, _DE, False), page(4_600, _AR, True, seed=7)


def cases() -> dict[str, Any]:
    """Every input's results (see the module)."""
    out: dict[str, Any] = {}
    for language in ("en", "ar", "fa", "uk"):
        for number, (path, german, other) in enumerate(page_pairs(language)):
            name = f"{language}:{path}"
            source = split_blocks(german)
            out[f"split {name}"] = split_digest(split_blocks(other))
            out[f"align {name}"] = pairs_data(source, split_blocks(other))
            out[f"fewer {name}"] = pairs_data(source, split_blocks(fewer(other, number)))
            out[f"more {name}"] = pairs_data(source, split_blocks(more(other, number)))
            out[f"reordered {name}"] = pairs_data(source, split_blocks(reordered(other, number)))
            if language in ("en", "ar"):
                out[f"diff {name}"] = diff_data(source_diff(edited(other, number), other))
                out[f"diff reordered {name}"] = diff_data(source_diff(reordered(other, number), other))
    for path, german, _other in page_pairs("en"):
        out[f"split de:{path}"] = split_digest(split_blocks(german))
        out[f"diff de:{path}"] = diff_data(source_diff(edited(german, 3), german))
    german, english, base = bench_pair()
    out["split bench de"] = split_digest(split_blocks(german))
    out["align bench"] = pairs_data(split_blocks(german), split_blocks(english))
    out["diff bench"] = diff_data(source_diff(base, german))
    german, arabic = desk_pair()
    out["split desk ar"] = split_digest(split_blocks(arabic))
    out["align desk"] = pairs_data(split_blocks(german), split_blocks(arabic))
    return out


def write_golden() -> None:
    """Record the current code's results (run only with the code before a speed-up)."""
    rows = [
        json.dumps(name, ensure_ascii=False)
        + ": "
        + json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        for name, value in sorted(cases().items())
    ]
    GOLDEN.write_text("{\n" + ",\n".join(rows) + "\n}\n", "utf-8")  # one case a line


if __name__ == "__main__":
    write_golden()
