"""Named layers of ``ExtraSelection``s on one editor, so that several features can mark the same text.

Qt keeps one list per editor; each feature sets its own layer and the editor shows all of them (the
current-block highlight first, so word marks draw over it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

Editor = QTextEdit | QPlainTextEdit

_LAYERS = "_desk_mark_layers"
#: Drawing order: earlier layers are drawn first (under later ones).
ORDER = ("gaps", "current", "diff", "glossary", "qa", "links", "finding")


def set_layer(editor: Editor, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
    """Replace layer ``name`` of ``editor`` and show every layer."""
    layers: dict[str, list[QTextEdit.ExtraSelection]] = getattr(editor, _LAYERS, None) or {}
    layers[name] = selections
    setattr(editor, _LAYERS, layers)
    ordered = sorted(layers, key=lambda key: ORDER.index(key) if key in ORDER else len(ORDER))
    editor.setExtraSelections([mark for key in ordered for mark in layers[key]])


def layer(editor: Editor, name: str) -> list[QTextEdit.ExtraSelection]:
    """The selections of layer ``name`` (empty when not set)."""
    layers: dict[str, list[QTextEdit.ExtraSelection]] = getattr(editor, _LAYERS, None) or {}
    return list(layers.get(name, []))


def clear_layers(editor: Editor) -> None:
    """Drop every layer and Qt's copy of them, while the editor still shows the document they mark.

    Call it before that document is replaced and deleted: Qt keeps the last selections it was given
    and measures them again on the next change, and a selection whose document is gone crashes it.
    """
    setattr(editor, _LAYERS, {})
    editor.setExtraSelections([])
