"""Labels of the help panel: wrapped, selectable text, plain or rich."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def text_label(text: str, object_name: str = "", *, rich: bool = False) -> QLabel:
    """Return a word-wrapped label whose text can be selected, named `object_name` for style."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def escape(text: str) -> str:
    """Escape text for rich labels (quotes stay as they are)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
