"""Plain text of CMS HTML for the search index, history previews and reports."""

from __future__ import annotations

from editor.text.plain import html_to_plain


def test_html_to_plain_keeps_punctuation_after_links_and_marks() -> None:
    """A link or bold word before a comma reads as written, not "Beratung ," (history, search results)."""
    html = (
        '<p>Fragen Sie bei der <a href="/x/">Migrationsberatung</a>, welcher Kurs passt. '
        '<strong>5</strong>&nbsp;Jahre, <span class="notranslate" translate="no">VHS</span>.</p>'
    )
    assert html_to_plain(html) == "Fragen Sie bei der Migrationsberatung, welcher Kurs passt. 5 Jahre, VHS."


def test_html_to_plain_separates_blocks_and_line_breaks() -> None:
    """Words in neighbouring blocks, cells and around <br> never run together."""
    html = (
        "<h2>Titel</h2><p>eins<br>zwei</p><ul><li>drei</li><li>vier</li></ul>"
        "<table><tr><td>a</td><td>b</td></tr></table>"
    )
    assert html_to_plain(html) == "Titel eins zwei drei vier a b"
