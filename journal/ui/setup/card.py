"""The centred, readable-width card every setup page shows its content in."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget


def card(*widgets: QWidget) -> QWidget:
    """Centre a column of widgets in a readable-width card."""
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    frame = QFrame()
    frame.setObjectName("card")
    frame.setMaximumWidth(620)
    frame.setMinimumWidth(420)
    column = QVBoxLayout(frame)
    column.setSpacing(12)
    column.setContentsMargins(28, 24, 28, 24)
    for widget in widgets:
        column.addWidget(widget)
    row.addWidget(frame, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page
