"""Two groups of controls side by side when the window has room, one above the other when it
has not (a small screen, a larger scale, longer words in Spanish): never wider than the wider
group, so nothing runs off the edge or needs sideways scrolling."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
ONE_ABOVE_THE_OTHER = QBoxLayout.Direction.TopToBottom


class FoldingRow(QWidget):
    """`first` and `second` in a row (`apart`: pushed to the two ends), folded into a column
    whenever the row would be wider than the space given."""

    def __init__(
        self, first: QWidget, second: QWidget, *, apart: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.parts = (first, second)
        self._row = QBoxLayout(SIDE_BY_SIDE, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._row.addWidget(first)
        if apart:
            self._row.addStretch(1)
            self._row.addWidget(second)
        else:
            self._row.addWidget(second, 1)

    @property
    def folded(self) -> bool:
        """Return whether the two groups stand one above the other now."""
        return self._row.direction() == ONE_ABOVE_THE_OTHER

    def _side_by_side_width(self) -> int:
        parts = sum(part.minimumSizeHint().width() for part in self.parts)
        return parts + self._row.spacing()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider group; as tall as the groups need the way they stand now."""
        width = max(part.minimumSizeHint().width() for part in self.parts)
        return QSize(width, self._row.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fold when the two groups do not fit side by side; unfold when they do again."""
        wide = event.size().width() >= self._side_by_side_width()
        direction = SIDE_BY_SIDE if wide else ONE_ABOVE_THE_OTHER
        if self._row.direction() != direction:
            self._row.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)
