"""The surface's QTextDocument: built from the block model and read back exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from editor.text.normal_form import first_difference
from editor.text.surface import from_html, to_html
from editor.views.editor.surface.builder import build_document
from editor.views.editor.surface.reader import read_document
from tests.text.test_convert_properties import inline_html, page_html

EXAMPLES = [
    "<div><p>Erster <strong>Absatz</strong>.</p>\n<p>Zweiter Absatz.</p></div>",
    "".join(f"<h{n}>Titel</h{n}>" for n in range(1, 7)),
    "<p><strong>fett</strong> und <em>kursiv</em>, <b>b</b> <i>i</i> x<u>2</u>x<s>3</s>"
    "x<sup>4</sup><sub>5</sub></p>",
    "<ul>\n<li>eins</li>\n<li>zwei\n<ol>\n<li>drei</li>\n</ol>\n</li>\n</ul>",
    '<ol start="3"><li>drei</li><li>vier</li></ol><ul dir="rtl"><li>א</li><li>ב</li></ul>',
    "<ul><li><p>a</p><p>b</p></li><li><p>c</p></li></ul><ul><li>a<ul><li>b</li></ul></li></ul>",
    '<p><a href="/augsburg/de/wohnen/">Wohnen</a> <a class="link-external" href="https://example.org">C</a></p>',
    '<p dir="rtl"><a href="https://x.de/ar/%D8%A7%D9%84%D9%84%D8%BA%D8%A9/" title="t">اللغة</a></p>',
    '<p><img src="/media/a.png" alt="Karte" width="20"> x</p><hr><p>a</p>',
    "<p>Zeile 1<br>\nZeile 2<br>Zeile 3</p>",
    '<p><span class="notranslate" translate="no" dir="ltr">Integreat <em>App</em></span> ok</p>',
    '<table class="t"><thead><tr><th scope="col">Tag</th></tr></thead>'
    '<tbody><tr><td style="width: 50%;">Mo</td><td>Di</td></tr></tbody></table>',
    '<p>Kontakt:</p><div data-contact-id="12" data-contact-url="/augsburg/contact/12/?details=a,b">'
    "<p>Frau Muster</p></div><p>Ende</p>",
    '<p style="text-align: center;" class="a  b" data-x="1">&amp; &nbsp; &lt;b&gt; 😀 مرحبا\ttab</p>',
    "<blockquote><p>zitat</p><h3>h</h3></blockquote><pre>\tcode\n\n</pre><!-- c --><p>x<!-- d --></p>",
    "bare <b>inline</b> text<p>p</p>tail",
    "<p>\u2028 \ufffc \ufdd0 x</p><p></p>",
    '<div dir="rtl">نص <b>عريض</b></div><section class="s"><p>a</p><h3>b</h3></section><div><p>c</p></div>',
]


@pytest.fixture(scope="module")
def app() -> QApplication:
    """A Qt application for documents and fonts."""
    return QApplication.instance() or QApplication([])  # type: ignore[return-value]


def through_document(html: str, rtl: bool = False) -> str:
    """HTML -> blocks -> QTextDocument -> blocks -> HTML."""
    document = QTextDocument()
    table = build_document(document, from_html(html), rtl)
    return to_html(read_document(document, table))


@pytest.mark.parametrize("html", EXAMPLES)
def test_surface_document_round_trip_is_lossless(app: QApplication, html: str) -> None:
    """Every construct the CMS stores comes back from the document equal under the normal form."""
    assert first_difference(html, through_document(html)) is None
    assert first_difference(html, through_document(html, rtl=True)) is None


@pytest.mark.parametrize("html", EXAMPLES[:4])
def test_surface_document_unchanged_blocks_keep_their_source(app: QApplication, html: str) -> None:
    """Blocks read back unchanged are written as the exact source slice they were parsed from."""
    blocks = from_html(html)
    document = QTextDocument()
    table = build_document(document, blocks, False)
    back = read_document(document, table)
    assert [block.source for block in back] == [block.source for block in blocks]
    assert all(block.source for block in back)


def test_surface_document_shows_text_not_markup(app: QApplication) -> None:
    """The document's text holds no markup notation: links show their text, atoms one character."""
    html = EXAMPLES[7] + EXAMPLES[10] + EXAMPLES[12]
    document = QTextDocument()
    build_document(document, from_html(html), True)
    text = document.toPlainText()
    for notation in ("](", "{:", "<span", "class=", "dir=", "%D8", "</"):
        assert notation not in text
    assert "اللغة" in text


def test_surface_document_typing_changes_only_that_block(app: QApplication) -> None:
    """Typing into the second paragraph rewrites it; the first comes back byte for byte."""
    html = '<p class="a"  id="x">Eins</p>\n<p>Zwei</p>'
    document = QTextDocument()
    table = build_document(document, from_html(html), False)
    cursor = QTextCursor(document.findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(" und drei")
    assert to_html(read_document(document, table)) == '<p class="a"  id="x">Eins</p>\n<p>Zwei und drei</p>'


_DOC_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@_DOC_SETTINGS
@given(page=page_html())
def test_surface_document_generated_pages_round_trip(app: QApplication, page: str) -> None:
    """Generated CMS pages survive the document, left to right and right to left."""
    assert first_difference(page, through_document(page)) is None


@_DOC_SETTINGS
@given(content=inline_html())
def test_surface_document_generated_inline_round_trips(app: QApplication, content: str) -> None:
    """Generated inline content (marks, links, atoms, entities, newlines) survives the document."""
    page = f"<p>{content}</p>"
    assert first_difference(page, through_document(page, rtl=True)) is None
