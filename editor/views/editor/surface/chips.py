"""Protected atoms drawn as compact rounded chips: a ``QTextObjectInterface`` for U+FFFC characters.

A chip is one character, so the cursor moves over it, Delete removes it whole and nothing can be typed
inside it. Inline chips (``notranslate`` text, images, unknown inline HTML) sit on the line; block chips
(contact cards, rules, unknown blocks) fill their own paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from editor.views.editor.surface.records import P_KIND, P_LABEL

CHIP_TYPE = QTextFormat.ObjectTypes.UserObject + 1
BLOCK_KINDS = frozenset(("contact", "rule", "unknown-block"))
_STYLE = {  # kind: (background, border, caption)
    "notranslate": ("#e8f0fe", "#7aa7e8", ""),
    "image": ("#f1f3f4", "#9aa0a6", "▣ "),
    "unknown": ("#fff4e5", "#e0a040", "‹› "),
    "contact": ("#eef7ee", "#6aa56a", "☎ "),
    "rule": ("#ffffff", "#9aa0a6", ""),
    "unknown-block": ("#fff4e5", "#e0a040", "‹› "),
}
_PAD = 5.0
_MAX_INLINE = 260.0


class ChipHandler(QPyTextObject):
    """Sizes and paints chips; stateless (label and kind live in the character's format)."""

    def _font(self, document: QTextDocument, kind: str) -> QFont:
        font = QFont(document.defaultFont())
        if kind != "notranslate":
            font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        return font

    def _text(self, fmt: QTextFormat) -> tuple[str, str]:
        kind = str(fmt.property(P_KIND) or "unknown")
        caption = _STYLE.get(kind, _STYLE["unknown"])[2]
        return kind, caption + str(fmt.property(P_LABEL) or "")

    def intrinsicSize(self, document: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        """Width of the label plus padding; block chips take the line's width."""
        kind, text = self._text(fmt)
        metrics = QFontMetricsF(self._font(document, kind))
        height = metrics.height() + 2
        if kind in BLOCK_KINDS:
            natural = max(metrics.horizontalAdvance(line) for line in text.split("\n")) * 1.1 + 4 * _PAD
            available = document.textWidth() - 2 * document.documentMargin() - 12
            width = max(min(natural, available) if available > 0 else natural, 80.0)
            if kind == "rule":
                width = max(available, 80.0)
            lines = text.count("\n") + 1
            return QSizeF(width, lines * height + 8 if kind != "rule" else 10.0)
        width = min(metrics.horizontalAdvance(text) * 1.08 + 2 * _PAD + 2, _MAX_INLINE)
        return QSizeF(width, height)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        position: int,
        fmt: QTextFormat,
    ) -> None:
        """A rounded box with the label (elided), or a line for a rule."""
        kind, text = self._text(fmt)
        background, border, _ = _STYLE.get(kind, _STYLE["unknown"])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind == "rule":
            painter.setPen(QPen(QColor(border), 1.5))
            middle = rect.center().y()
            painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))
            painter.restore()
            return
        rect = QRectF(rect)
        box = rect.adjusted(0.5, 1.5, -0.5, -0.5)
        painter.setPen(
            QPen(
                QColor(border), 1.0, Qt.PenStyle.DashLine if kind == "notranslate" else Qt.PenStyle.SolidLine
            )
        )
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, 5, 5)
        font = self._font(document, kind)
        if "\n" in text:
            self._draw_card(painter, box, font, text)
            painter.restore()
            return
        painter.setFont(font)
        painter.setPen(QColor("#202124"))
        inner = box.adjusted(_PAD, 0, -_PAD, 0)
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        option = QTextOption(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        option.setTextDirection(
            Qt.LayoutDirection.LeftToRight
            if kind == "notranslate"
            else Qt.LayoutDirection.LayoutDirectionAuto
        )
        painter.drawText(inner, elided, option)
        painter.restore()

    def _draw_card(self, painter: QPainter, box: QRectF, font: QFont, text: str) -> None:
        """A card: the first line bold (the name), the rest smaller and grey (the details)."""
        title, _, details = text.partition("\n")
        metrics = QFontMetricsF(font)
        line = QRectF(box.left() + _PAD + 2, box.top() + 4, box.width() - 2 * _PAD - 4, metrics.height())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#202124"))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            line, left, QFontMetricsF(bold).elidedText(title, Qt.TextElideMode.ElideRight, line.width())
        )
        painter.setFont(font)
        painter.setPen(QColor("#5f6368"))
        for row in details.split("\n"):
            line.translate(0, metrics.height())
            elided = metrics.elidedText(row, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)


def install_chips(document: QTextDocument, handler: ChipHandler) -> None:
    """Register ``handler`` for chips on ``document``'s layout (again after a layout change)."""
    document.documentLayout().registerHandler(CHIP_TYPE, handler)
