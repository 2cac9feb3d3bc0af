"""Small field factories of the entry editor: named text boxes, lines, scrolling tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from journal.ui.common.widgets import named


def text_box(name: str, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    """Return a named multi-line field with a hint, where Tab moves on."""
    box = named(QPlainTextEdit(), name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def line_field(name: str, placeholder: str = "") -> QLineEdit:
    """Return a named one-line field with a hint."""
    line = named(QLineEdit(), name)
    line.setPlaceholderText(placeholder)
    return line


def scrolling(widget: QWidget) -> QScrollArea:
    """Return `widget` in a frameless scroll area (a tab that may not fit)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # never sideways
    area.setWidget(widget)
    return area
