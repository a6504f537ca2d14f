"""Blocks and their alignment, on the demo region's real pages."""

from __future__ import annotations

from editor.text.alignment import similarity
from editor.text.segments import CELL, HEADING, ITEM, PARAGRAPH, TEXT, align, split_blocks
from tests.text.demo_pages import RESIDENCE_DE, RESIDENCE_EN, demo_html


def test_split_blocks_kinds_levels_and_paths() -> None:
    """Headings, paragraphs, nested list items and their paths come out in document order."""
    blocks = split_blocks(demo_html("de", RESIDENCE_DE))
    kinds = [(b.kind, b.level) for b in blocks]
    assert kinds[:4] == [(PARAGRAPH, 0), (PARAGRAPH, 0), (HEADING, 2), (ITEM, 1)]
    nested = [b for b in blocks if b.kind == ITEM and b.level == 2]
    assert [b.text for b in nested] == [
        "Arbeitsvertrag und die letzten drei Lohnabrechnungen, oder",
        "Bescheid vom Jobcenter",
    ]
    assert nested[0].path == "/ul[1]/li[4]/ul[1]/li[1]"
    parent = next(b for b in blocks if b.text == "Nachweise über Ihr Einkommen:")
    assert "<ul>" not in parent.inline_html
    assert parent.list_type == "ul"
    assert parent.html.startswith("<li>Nachweise")
    assert "<ul>" in parent.html


def test_split_blocks_links_notranslate_numbers() -> None:
    """Links, notranslate texts and numbers are read from the block."""
    blocks = split_blocks(demo_html("en", RESIDENCE_EN))
    last = blocks[-1]
    assert last.notranslate == ("Fiktionsbescheinigung",)
    assert last.links[0].endswith(
        "/de/auslaenderbehoerde/aufenthaltstitel-verlaengern/fiktionsbescheinigung/"
    )
    assert blocks[0].numbers == ("8", "10")


def test_split_blocks_tables_loose_text_and_cards() -> None:
    """Table cells know their row and column; loose inline text and contact cards are blocks."""
    html = (
        "Lose <b>Text</b><table><thead><tr><th>Tag</th><th>Zeit</th></tr></thead>"
        "<tbody><tr><td>Mo</td><td>9:00</td></tr></tbody></table>"
        '<div contenteditable="false"><p>Karte</p></div><hr><p></p>'
    )
    blocks = split_blocks(html)
    assert blocks[0].kind == TEXT
    assert blocks[0].text == "Lose Text"
    cells = [(b.row, b.column, b.text) for b in blocks if b.kind == CELL]
    assert cells == [(1, 1, "Tag"), (1, 2, "Zeit"), (2, 1, "Mo"), (2, 2, "9:00")]
    assert blocks[-2].kind == "other"
    assert blocks[-2].text == "Karte"
    assert blocks[-1].kind == PARAGRAPH
    assert blocks[-1].text == ""


def test_align_target_with_fewer_blocks_leaves_gaps_where_german_has_more() -> None:
    """The English residence page lacks a paragraph, a four-step list and the Bürgergeld paragraph."""
    source = split_blocks(demo_html("de", RESIDENCE_DE))
    target = split_blocks(demo_html("en", RESIDENCE_EN))
    pairs = align(source, target)
    missing = [p.source.text[:20] for p in pairs if p.target is None and p.source]
    assert missing == [
        "Seit dem 1. April 20",
        "So läuft es ab",
        "Sie stellen den Antr",
        "Beim Termin prüfen w",
        "Der neue Aufenthalts",
        "Sie bekommen per Pos",
        "Wenn Sie Bürgergeld ",
    ]
    matched = {p.source.text: p.target.text for p in pairs if p.source and p.target}
    assert matched["Diese Unterlagen brauchen Sie"] == "Documents you need"
    assert matched["Bescheid vom Jobcenter"] == "decision letter from the Jobcenter"
    assert len(matched) == len(target)


def test_align_target_with_more_blocks_leaves_gaps_on_the_source_side() -> None:
    """Swapping the sides: the same blocks become gaps in the (now shorter) source."""
    source = split_blocks(demo_html("en", RESIDENCE_EN))
    target = split_blocks(demo_html("de", RESIDENCE_DE))
    pairs = align(source, target)
    assert sum(1 for p in pairs if p.source is None) == 7
    assert all(p.source is not None for p in pairs if p.target and p.target.text == "Mietvertrag")


def test_align_every_demo_translation_keeps_order_and_covers_all_blocks() -> None:
    """Every block of both sides appears exactly once, in order, for every demo page pair."""
    import json

    from tests.text.demo_pages import DEMO

    for language in ("en", "ar", "fa", "uk"):
        for page in json.loads((DEMO / f"{language}.json").read_text("utf-8")):
            german = page["available_languages"].get("de")
            if not german:
                continue
            de = next(p for p in json.loads((DEMO / "de.json").read_text("utf-8")) if p["id"] == german["id"])
            source, target = split_blocks(de["content"]), split_blocks(page["content"])
            pairs = align(source, target)
            assert [p.source_index for p in pairs if p.source_index is not None] == list(range(len(source)))
            assert [p.target_index for p in pairs if p.target_index is not None] == list(range(len(target)))


def test_similarity_prefers_same_kind_and_numbers() -> None:
    """A heading never pairs with a paragraph; shared numbers raise the score."""
    heading, paragraph = split_blocks("<h2>Kosten</h2><p>Es kostet 13 Euro.</p>")
    cost = split_blocks("<p>It costs 13 euros.</p>")[0]
    assert similarity(heading, cost) < -2
    assert similarity(paragraph, cost) > similarity(split_blocks("<p>Es kostet viel.</p>")[0], cost)


def test_split_blocks_deeply_nested_lists_end_without_recursion_error() -> None:
    """A 1,000-level nested list splits into a bounded number of blocks instead of overflowing the stack."""
    from editor.text.segments import MAX_SEGMENT_NESTING

    html = "<ul><li>x" * 1000 + "</li></ul>" * 1000
    blocks = split_blocks(html)
    assert len(blocks) == MAX_SEGMENT_NESTING
    assert blocks[-1].text.count("x") == 1000 - MAX_SEGMENT_NESTING + 1
