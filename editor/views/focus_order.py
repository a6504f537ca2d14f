"""Tab order in reading order: a window's focus chain follows the parts as they are laid out.

Qt puts a widget at the end of its window's focus chain when it is made. The window builds parts of
its panes after the first paint (the sidebars, ADR 0020), so without help Tab went from the right
pane's editor back to the left pane's sidebar. :func:`order_focus` puts the chain in the order of the
parts given (each part's own widgets keep their order among themselves).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets of ``window``'s focus chain that can take the focus, in chain order (the widgets
    standing in for another through a focus proxy left out)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 100_000:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def order_focus(window: QWidget, parts: Sequence[QWidget]) -> None:
    """Make Tab go through ``parts`` one after another: every focusable widget in ``parts[0]`` (in
    its present order), then those in ``parts[1]``, and so on. Widgets outside ``parts`` stay where
    they are relative to each other, after the last part."""
    chain = focus_chain(window)
    ordered: list[QWidget] = []
    for part in parts:
        ordered += [w for w in chain if (w is part or part.isAncestorOf(w)) and w not in ordered]
    for first, second in pairwise(ordered):
        QWidget.setTabOrder(first, second)
