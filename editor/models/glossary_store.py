"""Where a region's glossary is kept: ``glossary.json`` beside the working copy (user data, not a
cache; no schema change). Written atomically (a temporary file, then a rename)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from editor.models.errors import StoreError, failure
from editor.models.store import Store
from editor.text.glossary import Glossary, Term

GLOSSARY_FILE = "glossary.json"


def glossary_path(store: Store) -> Path:
    """The glossary file of ``store``'s region."""
    return store.path.parent / GLOSSARY_FILE


def load_glossary(store: Store) -> Glossary:
    """The region's glossary (empty when there is none yet); raises :class:`StoreError` when the file
    is damaged, naming it."""
    path = glossary_path(store)
    source = next((lang.code for lang in store.languages() if lang.parent_code is None), "de")
    if not path.exists():
        return Glossary(source)
    try:
        data = json.loads(path.read_text("utf-8"))
        terms = tuple(
            Term(
                str(item["term"]),
                {
                    str(code): tuple(str(w) for w in words)
                    for code, words in item.get("translations", {}).items()
                },
                bool(item.get("do_not_translate", False)),
                str(item.get("note", "")),
            )
            for item in data["terms"]
        )
        return Glossary(str(data.get("source_language", source)), terms)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreError(
            f"{path}: the glossary cannot be read ({exc})", "bad_glossary", path=path, **failure(exc)
        ) from exc


def save_glossary(store: Store, glossary: Glossary) -> None:
    """Write the region's glossary."""
    path = glossary_path(store)
    data: dict[str, Any] = {
        "source_language": glossary.source_language,
        "terms": [
            {"term": t.term, "translations": {c: list(w) for c, w in t.translations.items()},
             "do_not_translate": t.do_not_translate, "note": t.note}
            for t in glossary.terms
        ],
    }  # fmt: skip
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    os.replace(partial, path)
