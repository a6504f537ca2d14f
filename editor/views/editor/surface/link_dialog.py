"""The link editor (Ctrl+K): text, address (shown decoded), and a picker of the region's own pages."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.views.editor.surface.styles import display_href


@dataclass(frozen=True)
class PageLink:
    """A page of the region in one language: its title and its CMS address."""

    title: str
    address: str


def page_address(base_url: str, region: str, language: str, slugs: list[str]) -> str:
    """The CMS address of a page: ``<base>/<region>/<lang>/<ancestor slugs…>/<slug>/``, percent-encoded."""
    path = "/".join(quote(part, safe="") for part in [region, language, *slugs])
    return f"{base_url.rstrip('/')}/{path}/"


def encode_address(typed: str) -> str:
    """An address as typed (decoded Arabic, spaces) in the form it is stored (percent-encoded)."""
    return quote(typed.strip(), safe=":/?#[]@!$&'()*+,;=%~-._")


class LinkDialog(QDialog):
    """Edit a link's text and address, pick a page, or remove the link."""

    def __init__(
        self, text: str, href: str, pages: list[PageLink], existing: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link"))
        self.removed = False
        self._original_href = href
        self.text_edit = QLineEdit(text)
        self.address_edit = QLineEdit(display_href(href))
        self.address_edit.setPlaceholderText("https://")
        self.address_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a page of this region…"))
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_return)
        self.page_list = QListWidget()
        for page in pages:
            item = QListWidgetItem(page.title)
            item.setToolTip(display_href(page.address))
            item.setData(Qt.ItemDataRole.UserRole, page.address)
            self.page_list.addItem(item)
        self.page_list.itemClicked.connect(self._on_page_chosen)
        self.page_list.itemActivated.connect(self._on_page_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Text:"), self.text_edit)
        form.addRow(self.tr("Address:"), self.address_edit)
        self.address_problem = QLabel()
        self.address_problem.setWordWrap(True)
        self.address_problem.setStyleSheet("color: #b71c1c;")
        self.address_problem.hide()
        self.address_edit.textChanged.connect(lambda _text: self.address_problem.hide())
        form.addRow("", self.address_problem)
        form.addRow(self.tr("Page:"), self.filter_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if existing:
            remove = QPushButton(self.tr("Remove link"))
            buttons.addButton(remove, QDialogButtonBox.ButtonRole.DestructiveRole)
            remove.clicked.connect(self._on_remove_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.page_list, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    # -- public API -------------------------------------------------------------------------------
    def accept(self) -> None:
        """Close when the address is one (or empty); else say what is wrong and stay open."""
        from editor.text.links import complete_address  # on demand: the link patterns, not at start-up

        typed = self.address_edit.text().strip()
        unchanged = typed == display_href(self._original_href)  # a stored link is kept as it is
        if not (self.removed or unchanged) and complete_address(typed) is None:
            self.address_problem.setText(
                self.tr(
                    "“{0}” is not a web address. Type it with https:// (or an e-mail address), or "
                    "choose a page of this region below."
                ).format(typed)
            )
            self.address_problem.show()
            self.address_edit.setFocus()
            return
        super().accept()

    def text(self) -> str:
        """The link text."""
        return self.text_edit.text()

    def address(self) -> str:
        """The address to store: unchanged if not edited, else encoded as the CMS stores it."""
        typed = self.address_edit.text().strip()
        if typed == display_href(self._original_href):
            return self._original_href
        chosen = self.page_list.currentItem()
        if chosen is not None and display_href(chosen.data(Qt.ItemDataRole.UserRole)) == typed:
            return str(chosen.data(Qt.ItemDataRole.UserRole))
        from editor.text.links import complete_address

        return encode_address(complete_address(typed) or typed)

    # -- private slots ----------------------------------------------------------------------------
    def _on_filter_changed(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        current = self.page_list.currentItem()
        if needle and (current is None or current.isHidden()):
            visible = [self.page_list.item(row) for row in range(self.page_list.count())]
            first = next((item for item in visible if not item.isHidden()), None)
            if first is not None:
                self.page_list.setCurrentItem(first)

    def _on_filter_return(self) -> None:
        """Enter in the page search takes the highlighted page (then the dialog's OK closes it)."""
        current = self.page_list.currentItem()
        if current is not None and not current.isHidden():
            self._on_page_chosen(current)

    def _on_page_chosen(self, item: QListWidgetItem) -> None:
        self.page_list.setCurrentItem(item)
        self.address_edit.setText(display_href(item.data(Qt.ItemDataRole.UserRole)))
        if not self.text_edit.text().strip():
            self.text_edit.setText(item.text())

    def _on_remove_clicked(self) -> None:
        self.removed = True
        self.accept()
