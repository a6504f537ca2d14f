"""The string-based readability masking (ADR 0034) gives exactly what the list-based one gave."""

from __future__ import annotations

import json
import random

from editor.text.readability.prose import mask_prose
from tests.text import prose_reference
from tests.text.demo_pages import DEMO

#: Pieces of the markup every masking step handles, and their overlaps (an entity inside a tag, a raw
#: element inside a comment, a page shortcode inside a contact shortcode, URLs inside links, …).
PIECES = [
    *"aZäß9 _*`~\\|#>-+.!?…,;:[]()<>&@\"'\n\n\ufeff\u00ad\u200c",
    "<p>", "</p>", "<br/>", "<h2 class=\"x\">", "<strong>", "</strong>", "<a href=\"https://x.de/a?b=1&amp;c\">",
    "</a>", "<!-- c -->", "<!--", "-->", "<script>x<y</script>", "<style>", "</style>", "<li>", "<td>",
    "&amp;", "&eacute;", "&shy;", "&zwnj;", "&zwj;", "&hellip;", "&#46;", "&#x2014;", "&nbsp;", "&quot;",
    "&unknown;", "&#65279;", "&Auml;", "# ", "## Titel #", " - ", "1. ", "> ", "| a | b |", "|---|---|",
    "```", "~~~", "---", "***", "[x]: https://y.de", "[contact 7 \"Amt\"]", "[page 12 \"Seite\"]",
    "![bild](b.png)", "[text](https://z.de)", "[ref][1]", "https://www.amt.de/pfad.", "www.x.de",
    "mailto:a@b.de", "tel:+49", "name@stadt.example", "snake_case", "__fett__", "*kursiv*", "`code`",
    "  \n", "\\\n", "Haus", "Bescheinigung", " ", " ", "    ",
]  # fmt: skip


def test_mask_prose_equals_the_list_based_masking_on_random_texts() -> None:
    """20,000 random texts of the pieces above: the same masked text, character by character."""
    chooser = random.Random(34)
    for _ in range(20_000):
        text = "".join(chooser.choice(PIECES) for _ in range(chooser.randint(0, 40)))
        assert mask_prose(text) == prose_reference.mask_prose(text), repr(text)


def test_mask_prose_equals_the_list_based_masking_on_the_demo_pages() -> None:
    """Every demo page in every language (HTML as the CMS sends it)."""
    count = 0
    for path in sorted(DEMO.glob("*.json")):
        for page in json.loads(path.read_text("utf-8")):
            for text in (page["content"], page["title"]):
                assert mask_prose(text) == prose_reference.mask_prose(text), (path.name, page["path"])
                count += 1
    assert count > 50
