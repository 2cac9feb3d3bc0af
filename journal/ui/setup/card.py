"""The centred, readable-width card every setup page shows its content in."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

MIN_WIDTH = 420
MAX_WIDTH = 620


class _Card(QFrame):
    """A frame never narrower than its content needs (nor than `MIN_WIDTH`).

    An explicit `setMinimumWidth` would replace the minimum its layout asks for, and the
    stretches beside the card could then squeeze longer text (Spanish, a larger scale) until
    words were cut; this keeps the layout's minimum."""

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(MIN_WIDTH, 0))


def card(*widgets: QWidget) -> QWidget:
    """Centre a column of widgets in a readable-width card."""
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    frame = _Card()
    frame.setObjectName("card")
    frame.setMaximumWidth(MAX_WIDTH)
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
