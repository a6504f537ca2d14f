"""What the main window remembers between sessions (``state.ini`` through :class:`Config`): the pane
languages, the geometry, the splitter, whether the quality report was open and the last page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QApplication

from editor.views.tree.page_item_model import PageTreeItemModel

if TYPE_CHECKING:
    from editor.views.main_window import MainWindow


def restore_window_state(window: MainWindow) -> None:
    """Set the pane languages, geometry and splitter as last time; open the last page (else the
    first) right after the first paint."""
    state, languages = window.config.state, window.languages
    codes = [lang.code for lang in languages]
    source = state.get("source_language") or (codes[0] if codes else "")
    target = state.get("target_language") or (codes[1] if len(codes) > 1 else source)
    window.source_pane.set_languages(languages, source)
    window.target_pane.set_languages(languages, target)
    window.tree_columns.refresh()
    geometry = state.get("geometry")
    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
    else:
        window.resize(1480, 900)
    splitter = state.get("splitter")
    if splitter:
        window.splitter.restoreState(QByteArray.fromBase64(splitter.encode()))
    model = window.tree_model
    page = int(state.get("last_page"))
    if not model.index_of_page(page).isValid():
        page = model.data(model.index(0, 0), PageTreeItemModel.PAGE_ID_ROLE) or 0
    if page:
        # after the first paint: the tree shows at once, the page fills in right after
        QTimer.singleShot(0, lambda: window.open_page(page) if window.source_pane.page_id is None else None)


def save_window_state(window: MainWindow) -> None:
    """Keep the geometry and splitter (unless this is a screenshot run), the page and the languages."""
    config, state = window.config, window.config.state
    if config.keep_window_geometry:
        state.set("geometry", bytes(window.saveGeometry().toBase64().data()).decode())
        state.set("splitter", bytes(window.splitter.saveState().toBase64().data()).decode())
        state.set("quality_report", window.report.open_state())
    page = window.source_pane.page_id or window.target_pane.page_id
    if page is not None:
        state.set("last_page", page)
    for key, pane in (("source_language", window.source_pane), ("target_language", window.target_pane)):
        if pane.language is not None:
            state.set(key, pane.language.code)
    QApplication.processEvents()
