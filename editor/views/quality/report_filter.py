"""``QualityFilterModel``: sorting and filtering the quality report (text, language, findings only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from editor.reports.export import has_findings
from editor.views.quality.report_model import QualityItemModel


class QualityFilterModel(QSortFilterProxyModel):
    """Sorts by each column's value; filters by a text in path or title, a language and findings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._language = ""
        self._findings_only = False
        self.setSortRole(QualityItemModel.SORT_ROLE)
        self.setDynamicSortFilter(False)

    # -- public API -------------------------------------------------------------------------------
    def set_filters(self, text: str, language: str, findings_only: bool) -> None:
        """Show only rows whose page path or title holds ``text`` (any case), in ``language`` ("" any),
        and with findings when ``findings_only``."""
        self.beginFilterChange()
        self._text, self._language, self._findings_only = text.casefold().strip(), language, findings_only
        self.endFilterChange()

    # -- Qt overrides -----------------------------------------------------------------------------
    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, QualityItemModel):
            return True
        row = model.row_at(source_row)
        if self._language and row.language != self._language:
            return False
        if self._findings_only and not has_findings(row):
            return False
        return not self._text or self._text in row.path.casefold() or self._text in row.title.casefold()
