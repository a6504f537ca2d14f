"""``StartScreen``: the working copies in the data folder, "Connect to a CMS…" and the demo.

Shown when the app starts without a region to open, and from File → Open region…. It only chooses:
the region session in ``app.py`` opens what was chosen (:attr:`StartScreen.sig_region_chosen`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.models.demo import DEMO_SLUG
from editor.models.working_copies import WorkingCopyInfo, list_working_copies

#: ``connect(parent) -> slug or None``: runs "Connect to a CMS…" and returns the region pulled.
ConnectFlow = Callable[[QWidget], "str | None"]


class StartScreen(QDialog):
    """Choose a working copy, connect to a CMS and pull a new one, or open the demo region."""

    # -- signals ----------------------------------------------------------------------------------
    sig_region_chosen = Signal(str)
    """The user chose the working copy of this region slug (the demo's slug for the demo)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(
        self,
        data_dir: Path,
        connect: ConnectFlow | None = None,
        current: str = "",
        parent: QWidget | None = None,
        *,
        opener: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._connect = connect
        self._current = current
        self._opener = opener
        self.chosen: str | None = None
        self.copies: list[WorkingCopyInfo] = []
        self.setWindowTitle(self.tr("Open a region — Integreat Desk"))
        self.setMinimumWidth(560)
        self.resize(820, 440)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.heading = QLabel()
        self.empty_label = QLabel(
            self.tr(
                "There is no working copy in this data folder yet. Connect to your Integreat CMS to "
                "pull a region, or look around in the demo region first.<br><br>To connect you need the "
                "address of your Integreat CMS, your user name and your password (and the second factor, "
                "when your account has one)."
            )
        )
        self.empty_label.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [self.tr("Region"), self.tr("CMS address"), self.tr("Last pull"), self.tr("Pages"),
             self.tr("Languages")]
        )  # fmt: skip
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(lambda _item, _col: self._on_open_clicked())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.folder_label = QLabel(self.tr("Data folder: {0}").format(str(self.data_dir)))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.connect_button = QPushButton(self.tr("&Connect to a CMS…"))
        self.connect_button.clicked.connect(self._on_connect_clicked)
        self.connect_button.setEnabled(self._connect is not None)
        self.demo_button = QPushButton(self.tr("Open the &demo region"))
        self.demo_button.clicked.connect(lambda: self.choose(DEMO_SLUG))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.open_button)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addSpacing(6)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)

    # -- public API -------------------------------------------------------------------------------
    def refresh(self, select: str = "") -> None:
        """List the working copies again (after a pull), selecting ``select`` (or the current one)."""
        self.copies = list_working_copies(self.data_dir)
        self.table.clear()
        locale = QLocale()
        wanted = select or self._current
        for info in self.copies:
            item = QTreeWidgetItem(self._row(info, locale))
            item.setData(0, Qt.ItemDataRole.UserRole, info.slug)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.problem:
                item.setDisabled(True)
                item.setToolTip(0, info.problem)
            self.table.addTopLevelItem(item)
            if info.slug == wanted or (not wanted and self.table.currentItem() is None and not info.problem):
                self.table.setCurrentItem(item)
        has_copies = bool(self.copies)
        self.heading.setText(
            self.tr("<h2>Integreat Desk</h2>Choose the region you want to work on.")
            if has_copies
            else self.tr("<h2>Welcome to Integreat Desk</h2>")
        )
        self.table.setVisible(has_copies)
        self.empty_label.setVisible(not has_copies)
        self.demo_button.setVisible(not any(info.slug == DEMO_SLUG for info in self.copies))
        # without copies, connecting is the way on (Enter) and the screen is only as tall as its text
        self.connect_button.setDefault(not has_copies and self._connect is not None)
        self.open_button.setDefault(has_copies)
        self.setMinimumHeight(320 if has_copies else 0)
        if has_copies:
            self.resize(self.width(), max(self.height(), 440))
        else:
            self._layout.activate()
            self.resize(self.width(), self._layout.heightForWidth(self.width()))
        self._update_buttons()

    def choose(self, slug: str) -> None:
        """Choose the working copy of ``slug`` and close the screen (with an ``opener``: only when it
        opened the region)."""
        if self._opener is not None and not self._opener(slug):
            self.refresh()
            return
        self.chosen = slug
        self.sig_region_chosen.emit(slug)
        self.accept()

    # -- private slots ----------------------------------------------------------------------------
    def _on_open_clicked(self) -> None:
        item = self.table.currentItem()
        if item is not None and not item.isDisabled():
            self.choose(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def _on_connect_clicked(self) -> None:
        if self._connect is None:
            return
        slug = self._connect(self)
        self.refresh(select=slug or "")  # a pull may have finished although the dialog was closed
        if slug:
            self.choose(slug)

    # -- helpers ----------------------------------------------------------------------------------
    def _row(self, info: WorkingCopyInfo, locale: QLocale) -> list[str]:
        if info.problem:
            return [info.slug, "", "", "", self.tr("cannot be opened: {0}").format(info.problem)]
        if info.slug == DEMO_SLUG:
            cms = self.tr("demo region (fictional)")
        else:
            cms = info.cms_url + (f" ({info.user})" if info.user else "")
        pulled = self.tr("never")
        if info.last_pull is not None:  # stored in UTC, shown in local time
            local = info.last_pull.replace(tzinfo=UTC).astimezone()
            pulled = local.strftime("%Y-%m-%d %H:%M")
        return [info.label, cms, pulled, locale.toString(info.pages), ", ".join(info.languages)]

    def _update_buttons(self) -> None:
        item = self.table.currentItem()
        self.open_button.setEnabled(item is not None and not item.isDisabled())
