"""Keeping a window on the screen it opens on (issue 13 item 7).

A geometry saved on a large monitor (or a second screen that is gone) must not put the window partly
off a 1366×768 laptop screen: :func:`fit_rect` shrinks it to the available area and moves it inside.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget


def fit_rect(frame: QRect, available: QRect) -> QRect:
    """``frame`` made no larger than ``available`` and moved inside it (top-left kept when it fits)."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() + 1 - width)
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def parse_size(text: str) -> QSize:
    """``"1366x768"`` as a size; raises ValueError with a clear message otherwise."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        width, height = (int(p) for p in parts)
    except ValueError:
        raise ValueError(f"--geometry {text!r}: expected WIDTHxHEIGHT, e.g. 1366x768") from None
    if not (320 <= width <= 10000 and 240 <= height <= 10000):
        raise ValueError(f"--geometry {text!r}: the size must be between 320x240 and 10000x10000")
    return QSize(width, height)


def fit_to_screen(window: QWidget, available: QRect | None = None) -> QRect:
    """Move and shrink ``window`` (its frame, title bar included) into ``available``.

    ``available`` defaults to the available geometry (without task bars) of the window's screen.
    Returns the new frame geometry.
    """
    if available is None:
        screen = window.screen()
        if screen is None:
            return window.frameGeometry()
        available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    fitted = fit_rect(frame, available)
    if fitted.size() != frame.size():
        window.resize(fitted.width() - extra.width(), fitted.height() - extra.height())
    window.move(fitted.topLeft())
    return fitted
