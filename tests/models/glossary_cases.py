"""Inputs of the glossary reading golden test (tests/models/test_glossary_reading_golden.py): CSV texts and
glossary.json texts, valid and damaged, generated the same way each time."""

from __future__ import annotations

import json
import random
from typing import Any

from editor.text.glossary import Glossary, GlossaryError, Term


def csv_cases() -> dict[str, str]:
    """Named CSV texts for :func:`editor.text.glossary.from_csv`."""
    rng = random.Random(11)
    rows = ["de,en,ar,do_not_translate,note"]
    for n in range(400):
        en = " | ".join(f"term {n}{'x' * k}" for k in range(rng.randrange(0, 3)))
        rows.append(f'"Begriff, {n}",{en},"مصطلح\n{n}",{rng.choice(["", "yes", "X", "no"])},Hinweis {n}')
    big = "\n".join(rows) + "\n"
    return {
        "big": big,
        "bom_crlf": "\ufeffde,en\r\nAmt,office\r\n\r\n,\r\nJobcenter , job centre |  | centre \r\n",
        "short_rows": "de,en,fr,note\nA\nB,b\nC,c,,n\n",
        "too_many_cells": "de,en\nA,a\nB,b,c,d\n",
        "too_many_late": big + "A,a,b,c,d,e,f\n",
        "no_term": "de,en\n,a\n",
        "no_header": "\n\nde,en\n",
        "empty": "",
        "quote_open": 'de,en\nA,"open\n',
        "nul": "de,en\nA\x00,a\n",
        "field_limit": "de,en\nA," + "x" * 200_000 + "\n",
        "structure_then_limit": "de,en\nA,a,b\nB," + "x" * 200_000 + "\n",
    }


def json_cases() -> dict[str, str]:
    """Named glossary.json texts for :func:`editor.models.glossary_store.load_glossary`: the layout
    ``save_glossary`` writes, an indented one (older versions), other key orders and damage."""
    terms = [
        {"term": f"Begriff {n}", "translations": {"en": [f"term {n}"], "ar": ["مصطلح", "\\\"x\""]},
         "do_not_translate": n % 7 == 0, "note": f"n{n}" if n % 3 else ""}
        for n in range(300)
    ]  # fmt: skip
    lines = ",\n".join(json.dumps(term, ensure_ascii=False) for term in terms)
    saved = f'{{"source_language": "de", "terms": [\n{lines}\n]}}\n'
    return {
        "saved": saved,
        "saved_empty": '{"source_language": "de", "terms": [\n\n]}\n',
        "saved_escaped_language": '{"source_language": "d\\u0065", "terms": [\n{"term": "A"}\n]}\n',
        "indented": json.dumps({"source_language": "ar", "terms": terms[:50]}, ensure_ascii=False, indent=2),
        "other_order": json.dumps({"terms": terms[:20], "source_language": "de"}),
        "no_language": json.dumps({"terms": terms[:5]}),
        "extra_spaces": saved.replace(",\n", " ,\r\n\t").replace("\n]}", "\n ] } "),
        "trailing_garbage": saved + "x",
        "trailing_comma": saved.replace("\n]}", ",\n]}"),
        "cut": saved[: len(saved) // 2],
        "bad_item": saved.replace('{"term": "Begriff 200"', '{"term": Begriff 700"'),
        "item_not_object": saved.replace("\n]}", ",\n42\n]}"),
        "item_without_term": saved.replace('"term": "Begriff 9"', '"word": "Begriff 9"'),
        "translations_not_dict": saved.replace(
            '"translations": {"en": ["term 3"]', '"translations": [["term 3"]'
        ),
        "duplicate_terms_key": '{"source_language": "de", "terms": [\n{"term": "A"}\n], "terms": []}\n',
        "not_json": "kein JSON",
        "empty": "",
    }


def outcome(read: Any) -> Any:
    """A reading's result as plain data: the glossary's terms, or the error's type, code and text."""
    try:
        glossary: Glossary = read()
    except GlossaryError as exc:
        return ["GlossaryError", exc.code, str(exc), exc.params]
    except Exception as exc:
        return [type(exc).__name__, getattr(exc, "code", ""), str(exc)]
    return [glossary.source_language, [_term(term) for term in glossary.terms]]


def _term(term: Term) -> list[Any]:
    return [term.term, {code: list(words) for code, words in term.translations.items()},
            term.do_not_translate, term.note]  # fmt: skip


def export_cases() -> dict[str, Glossary]:
    """Named glossaries for the export golden test (tests/models/test_glossary_export_golden.py): empty,
    awkward characters (markup, quotes, line breaks, right-to-left, emoji) and generated ones."""
    rng = random.Random(13)
    tricky = (
        Term("Amt & <Behörde>", {"en": ('office "A"', "authority's"), "ar": ("مكتب",)}, False, "a < b > c"),
        Term("Jobcenter", {}, True, "Zeile 1\nZeile 2\r\nZeile 3\ttab"),
        Term("  Leerzeichen  ", {"en": (" space ",), "fa": ("اداره",)}, False, ""),
        Term("Kita 👶", {"en": ("day care 👶",), "uk": ("дитсадок",)}, True, "]]> & &amp;"),
        Term("Ärzt:innen", {"fr": ("médecins",), "en": ("doctors", "physicians", "GPs")}, False, "ß"),
    )
    codes = ("en", "ar", "fa", "uk", "tr")
    generated = tuple(
        Term(
            f"Begriff {n} {rng.choice(['Amt', 'Antrag', 'Kasse'])}",
            {code: tuple(f"{code} {n}.{k}" for k in range(rng.randrange(1, 3)))
             for code in rng.sample(codes, rng.randrange(0, 4))},
            rng.random() < 0.1,
            rng.choice(["", f"Hinweis {n}", f"Zeile {n}\nweiter"]),
        )
        for n in range(2_500)
    )  # fmt: skip
    return {
        "empty": Glossary("de"),
        "tricky": Glossary("de", tricky),
        "arabic_source": Glossary("ar", tricky[:2]),
        "generated": Glossary("de", generated),
    }
