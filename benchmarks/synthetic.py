"""A synthetic large region in the CMS API v3 shapes: 2,000 pages x 20 languages, ~400 words each."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

WORDS = """
Integrationskurs Termin Beratung Wohnung Miete Antrag Formular Jobcenter Aufenthalt Schule Kita Arzt
Versicherung Sprache Kurs Stadt Amt Hilfe Familie Arbeit Anerkennung Abschluss Bescheid Frist Unterlagen
Ausweis Kinder Eltern Gesundheit Notfall Beratungsstelle Öffnungszeiten
""".split()


def _paragraphs(rng: random.Random, words: int) -> str:
    parts, left = [], words
    while left > 0:
        n = min(left, rng.randint(30, 70))
        text = " ".join(rng.choice(WORDS) for _ in range(n))
        parts.append(f"<p>{text}.</p>")
        left -= n
    parts.insert(1, "<ul><li>Erster Punkt</li><li>Zweiter <strong>Punkt</strong></li></ul>")
    return "<div>" + "".join(parts) + "</div>"


def generate(
    folder: Path, pages: int = 2000, languages: int = 20, words: int = 400, distinct: int = 50
) -> int:
    """Write region.json, languages.json and pages/<lang>.json; returns the translation count.

    ``distinct`` texts are used in turn (every translation its own text when it is at least
    ``pages * languages``)."""
    rng = random.Random(7)
    codes = ["de"] + [f"x{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(1, languages)]  # xab, xac, …
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    (folder / "region.json").write_text(json.dumps({"path": "grossstadt", "name": "Großstadt"}))
    langs = [{"id": i, "code": c, "bcp47_tag": c, "native_name": c.upper(),
              "dir": "LEFT_TO_RIGHT"} for i, c in enumerate(codes)]  # fmt: skip
    (folder / "languages.json").write_text(json.dumps(langs))
    # a tree: 40 roots, each with 7 children, each with 6 grandchildren (40 + 280 + 1680 = 2000)
    parents: list[int | None] = []
    for root in range(40):
        parents.append(None)
        for _child in range(7):
            parents.append(root * 49)
            child_index = len(parents) - 1
            parents.extend([child_index] * 6)
    parents = parents[:pages]
    texts = [_paragraphs(rng, words) for _ in range(distinct)]
    count = 0
    for li, code in enumerate(codes):
        items: list[dict[str, Any]] = []
        paths: dict[int, str] = {}
        for p, parent in enumerate(parents):
            paths[p] = (paths[parent] if parent is not None else f"/grossstadt/{code}/") + f"s{p}/"
            parent_ref = ({"id": 100000 + parent, "url": "", "path": paths[parent]}
                          if parent is not None else {"id": 0, "url": None, "path": None})  # fmt: skip
            items.append({
                "id": li * 100000 + p + 1, "url": "", "path": paths[p], "title": f"Seite {p} {code}",
                "modified_gmt": "2026-01-01T00:00:00Z",
                "last_updated": "2026-01-01T01:00:00+01:00", "excerpt": "",
                "content": texts[(li * len(parents) + p) % len(texts)], "parent": parent_ref, "order": p,
                "available_languages": {o: {"id": oi * 100000 + p + 1, "url": "", "path": ""}
                                        for oi, o in enumerate(codes) if o != code},
                "thumbnail": None, "organization": None, "hash": None, "embedded_offers": [],
                "slug_history": [],
            })  # fmt: skip
            count += 1
        (folder / "pages" / f"{code}.json").write_text(json.dumps(items, ensure_ascii=False))
    return count
