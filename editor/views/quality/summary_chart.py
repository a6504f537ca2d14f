"""``SummaryChart``: the quality report's pictures, painted (per language shares, readability, hosts)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from editor.reports.quality import QualityReport

_SHARES = (("current", "#2e7d32"), ("outdated", "#f9a825"), ("draft", "#90a4ae"), ("missing", "#c62828"))
_ROW = 16


class SummaryChart(QWidget):
    """Three small bar charts a person reads at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares: dict[str, Counter[str]] = {}
        self._histogram: list[int] = []
        self._hosts: list[tuple[str, int]] = []
        self.setMinimumHeight(120)

    # -- public API -------------------------------------------------------------------------------
    def set_report(self, report: QualityReport) -> None:
        """Show the figures of ``report``."""
        self._shares = report.state_shares()
        self._histogram = report.readability_histogram("hix", 10)
        self._hosts = [(self.host_label(host), n) for host, n in report.broken_by_host().most_common(6)]
        self.setMinimumHeight(self._height())
        self.update()

    def legend(self) -> list[tuple[str, str]]:
        """(name, colour) of the share chart's parts, translated."""
        names = {
            "current": self.tr("current"),
            "outdated": self.tr("outdated"),
            "draft": self.tr("draft or review"),
            "missing": self.tr("missing"),
        }
        return [(names[key], colour) for key, colour in _SHARES]

    def host_label(self, host: str) -> str:
        """A host name as it is, or the kind of address without one (e-mail, phone, the region's pages)."""
        kinds = {
            "mailto": self.tr("e-mail (mailto)"),
            "tel": self.tr("phone (tel)"),
            "internal": self.tr("pages of the region"),
            "relative": self.tr("relative addresses"),
            "anchor": self.tr("anchors in the page"),
            "other": self.tr("other addresses"),
            "web": self.tr("web addresses"),
        }
        return kinds.get(host, host)

    # -- Qt overrides -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(900, self._height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        third = self.width() / 3
        self._paint_shares(painter, QRectF(0, 0, third - 10, self.height()))
        self._paint_bars(
            painter, QRectF(third, 0, third - 10, self.height()), self.tr("Readability (HIX, German)"),
            [(f"{i * 2}–{i * 2 + 2}", n) for i, n in enumerate(self._histogram)], QColor("#1565c0"),
        )  # fmt: skip
        self._paint_bars(
            painter, QRectF(2 * third, 0, third - 10, self.height()), self.tr("Broken links by host"),
            self._hosts, QColor("#c62828"),
        )  # fmt: skip
        painter.end()

    # -- helpers ----------------------------------------------------------------------------------
    def _height(self) -> int:
        return max(len(self._shares) + 3, len(self._histogram) + 2, 8) * _ROW

    def _paint_shares(self, painter: QPainter, area: QRectF) -> None:
        painter.drawText(QRectF(area.x(), 0, area.width(), _ROW), self.tr("Translations per language"))
        label_w = 50.0
        for i, (language, counts) in enumerate(self._shares.items()):
            y = (i + 1) * _ROW
            painter.drawText(QRectF(area.x(), y, label_w, _ROW), language)
            total = sum(counts.values()) or 1
            x = area.x() + label_w
            for key, colour in _SHARES:
                width = (area.width() - label_w) * counts.get(key, 0) / total
                if width:
                    painter.fillRect(QRectF(x, y + 2, width, _ROW - 4), QColor(colour))
                    x += width
        y = (len(self._shares) + 1) * _ROW
        x = area.x()
        for name, colour in self.legend():
            painter.fillRect(QRectF(x, y + 4, 8, 8), QColor(colour))
            advance = painter.fontMetrics().horizontalAdvance(name) + 4
            painter.drawText(QRectF(x + 11, y, advance, _ROW), name)
            x += 11 + advance + 6

    def _paint_bars(
        self, painter: QPainter, area: QRectF, title: str, items: list[tuple[str, int]], colour: QColor
    ) -> None:
        painter.drawText(QRectF(area.x(), 0, area.width(), _ROW), title)
        if not any(n for _label, n in items):
            painter.drawText(QRectF(area.x(), _ROW, area.width(), _ROW), self.tr("none"))
            return
        top = max(n for _label, n in items)
        label_w = min(140.0, area.width() / 2)
        row_h = max(8.0, min(_ROW, (area.height() - _ROW) / max(1, len(items))))
        for i, (label, n) in enumerate(items):
            y = _ROW + i * row_h
            painter.drawText(QRectF(area.x(), y, label_w, row_h), Qt.AlignmentFlag.AlignLeft, label)
            width = (area.width() - label_w - 30) * n / top
            painter.fillRect(QRectF(area.x() + label_w, y + 2, width, row_h - 4), colour)
            painter.drawText(QRectF(area.x() + label_w + width + 3, y, 30, row_h), str(n))
