"""The source's structure without its words, for a new translation."""

from __future__ import annotations

from editor.text.skeleton import skeleton_html


def test_skeleton_keeps_structure_links_and_notranslate() -> None:
    """Headings, lists, links and notranslate names stay; the words go."""
    html = (
        "<h2>Unterlagen</h2><ul><li>Pass</li><li>Foto</li></ul>"
        '<p>Im <a href="/de/amt/">Amt</a> bei <span class="notranslate" translate="no">Bürgerbüro</span>.</p>'
    )
    assert skeleton_html(html) == (
        "<h2></h2><ul><li></li><li></li></ul>"
        '<p><a href="/de/amt/">Amt</a><span class="notranslate" translate="no">Bürgerbüro</span></p>'
    )
