"""The link editor (Ctrl+K): decoded addresses, the page picker, and the toolbar action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from editor.views.editor.surface.link_dialog import LinkDialog, PageLink, encode_address, page_address
from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.format_actions import FormatToolBar

AR_PAGE = PageLink("اللغة", page_address("https://cms.example", "stadt", "ar", ["اللغة", "دورة"]))


def test_link_dialog_shows_decoded_and_keeps_the_stored_address(qtbot: QtBot) -> None:
    """The address field shows Arabic, not %D8…; unchanged, the exact stored address comes back."""
    href = AR_PAGE.address
    assert "%D8%A7" in href
    dialog = LinkDialog("x", href, [], True, None)
    qtbot.addWidget(dialog)
    assert dialog.address_edit.text() == "https://cms.example/stadt/ar/اللغة/دورة/"
    assert dialog.address() == href
    dialog.address_edit.setText("https://example.org/a b")
    assert dialog.address() == encode_address("https://example.org/a b") == "https://example.org/a%20b"


def test_link_dialog_page_picker_fills_the_address(qtbot: QtBot) -> None:
    """Choosing a page of the region puts its address (in the pane's language) and its title in."""
    dialog = LinkDialog("", "", [PageLink("Wohnen", "https://cms.example/stadt/ar/w/"), AR_PAGE], False, None)
    qtbot.addWidget(dialog)
    dialog.filter_edit.setText("لغ")
    visible = [dialog.page_list.item(i) for i in range(2) if not dialog.page_list.item(i).isHidden()]
    assert [item.text() for item in visible] == ["اللغة"]
    dialog._on_page_chosen(visible[0])
    assert dialog.text() == "اللغة"
    assert dialog.address() == AR_PAGE.address


@pytest.mark.parametrize("inside", [True, False])
def test_format_bar_ctrl_k_edits_the_link_without_nesting(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, inside: bool
) -> None:
    """Ctrl+K inside a link (or on a selection over it) edits that link: never a link in a link."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html('<p>Siehe <a href="/alt/" class="link-external">Seite</a> hier</p>')
    cursor = edit.textCursor()
    cursor.setPosition(8)
    if not inside:
        cursor.setPosition(5)
        cursor.setPosition(11, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    bar = FormatToolBar(lambda: edit, None, lambda _code: [AR_PAGE])
    qtbot.addWidget(bar)
    bar.language_of = lambda _editor: "ar"

    def accept(dialog: LinkDialog) -> int:
        assert dialog.page_list.count() == 1
        dialog.address_edit.setText("https://neu.example/")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LinkDialog, "exec", accept)
    bar.edit_link(edit)
    html = edit.html()
    assert html.count("<a ") == 1
    if inside:
        assert html == '<p>Siehe <a class="link-external" href="https://neu.example/">Seite</a> hier</p>'


def test_link_dialog_enter_in_the_page_search_takes_the_match(qtbot: QtBot) -> None:
    """Typing part of a title and pressing Enter links that page (as a person expects), not nothing."""
    pages = [PageLink("Einbürgerung", "https://cms.example/stadt/de/einbuergerung/"), AR_PAGE]
    dialog = LinkDialog("Testsatz", "", pages, False, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.filter_edit.setFocus()
    qtbot.keyClicks(dialog.filter_edit, "einb")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.address() == "https://cms.example/stadt/de/einbuergerung/"
    assert dialog.text() == "Testsatz"


@pytest.mark.parametrize("by_key", [True, False])
def test_format_bar_follows_undo(qtbot: QtBot, by_key: bool) -> None:
    """After undoing bold and a heading (Ctrl+Z or Edit → Undo), the toolbar no longer shows them on."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.load_html("<p>Neue Zeile</p>")
    bar = FormatToolBar(lambda: edit, None)
    qtbot.addWidget(bar)
    edit.sig_format_changed.connect(bar.update_state)
    edit.selectAll()
    edit.toggle_bold()
    edit.set_heading(2)
    assert bar.actions_by_name["bold"].isChecked()
    assert bar.actions_by_name["h2"].isChecked()
    for _ in range(2):
        if by_key:
            qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        else:
            edit.undo()
    assert edit.html() == "<p>Neue Zeile</p>"
    assert not bar.actions_by_name["bold"].isChecked()
    assert not bar.actions_by_name["h2"].isChecked()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.stadt-musterstadt.de/vhs", "https://www.stadt-musterstadt.de/vhs"),
        ("beratung@stadt.de", "mailto:beratung@stadt.de"),
        ("tel:+49821123", "tel:+49821123"),
        ("/stadt/de/wohnen/", "/stadt/de/wohnen/"),
        ("https://example.org/a b", "https://example.org/a%20b"),
    ],
)
def test_link_dialog_completes_an_address_typed_without_https(qtbot: QtBot, typed: str, stored: str) -> None:
    """A host or e-mail address typed bare gets https:// or mailto: (else the CMS stores a link relative
    to the page, which leads nowhere); full addresses and the CMS's own paths stay as typed."""
    dialog = LinkDialog("Volkshochschule", "", [], False, None)
    qtbot.addWidget(dialog)
    dialog.address_edit.setText(typed)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.address() == stored


def test_link_dialog_refuses_words_as_an_address(qtbot: QtBot) -> None:
    """ "foo bar" is no address: OK says so and the dialog stays open; a stored link nobody changed
    closes as it is."""
    dialog = LinkDialog("Stadtbibliothek", "", [], False, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.address_edit.setText("foo bar")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.address_problem.isVisible()
    assert "foo bar" in dialog.address_problem.text()
    dialog.address_edit.setText("stadtbibliothek.de")
    assert not dialog.address_problem.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = LinkDialog("alt", "seite.html", [], True, None)
    qtbot.addWidget(kept)
    kept.accept()
    assert kept.result() == QDialog.DialogCode.Accepted
    assert kept.address() == "seite.html"
