"""The year calendar widget: keyboard-navigable days, a text alternative, a day's entries."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from journal.drawing.calendar import CalendarGeometry, geometry, legend_lines, paint_calendar
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights import DayMark, calendar_caption, month_summary
from journal.insights.wording import entries_count, kind_noun, weekday_day
from journal.model import KINDS

CALENDAR_NAME = QT_TRANSLATE_NOOP("InsightsCalendarView", "Calendar of the past year")
_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -7,
    Qt.Key.Key_Down: 7,
}


class YearCalendar(QWidget):
    """Twelve months of days; arrows move the selected day, Enter opens it (`day_opened`)."""

    day_opened = Signal(object)  # the date
    day_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("InsightsCalendarView", CALENDAR_NAME))
        self.marks: dict[date, DayMark] = {}
        self.start = date.today()
        self.end = date.today()
        self.selected = date.today()
        self.setMinimumHeight(self.heightForWidth(900))

    # ------------------------------------------------------------------ public

    def set_marks(self, marks: dict[date, DayMark], start: date, end: date) -> None:
        """Show `marks` for the days from `start` to `end`; select the last day with an entry."""
        self.marks = dict(marks)
        self.start, self.end = start, end
        self.selected = max(self.marks) if self.marks else end
        self.setAccessibleDescription(self.text_alternative())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """Forget every mark (on lock)."""
        self.marks = {}
        self.setAccessibleDescription("")
        self.update()

    def text_alternative(self) -> str:
        """Return the calendar in words: a caption, one sentence per month, and the legend."""
        months = self._geometry().months
        lines = [calendar_caption(self.marks, self.start, self.end)]
        lines += [month_summary(first, self.marks) for first in months]
        lines += legend_lines()
        return "\n".join(lines)

    def day_text(self, day: date) -> str:
        """Return what was recorded on a day, in words."""
        mark = self.marks.get(day)
        head = weekday_day(day)
        if mark is None:
            return translate("InsightsCalendarView", "{day}: nothing recorded.").format(day=head)
        kinds = ", ".join(kind_noun(kind) for kind in KINDS if kind in mark.kinds)
        entries = entries_count(mark.entries)
        if mark.severity is None:
            text = translate(
                "InsightsCalendarView", "{day}: {entries} ({kinds}). Press Enter to list them."
            )
        else:
            text = translate(
                "InsightsCalendarView",
                "{day}: {entries} ({kinds}), highest severity {level}. Press Enter to list them.",
            )
        return text.format(day=head, entries=entries, kinds=kinds, level=mark.severity)

    def select(self, day: date) -> None:
        """Select a day within the shown range."""
        day = min(max(day, self.start), self.end)
        if day != self.selected:
            self.selected = day
            self.day_changed.emit(day)
            self.update()

    # ------------------------------------------------------------------ Qt

    def hasHeightForWidth(self) -> bool:
        """Keep the months square as the view is resized."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height that fits the months at `width`."""
        rows = max(1, -(-len(self._months()) // 4))
        return int(rows * width / 4 * 0.95 + max(44.0, width * 0.075))

    def sizeHint(self) -> QSize:
        """Prefer a width that leaves the day numbers readable."""
        return QSize(900, self.heightForWidth(900))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the months, the marks and (with focus) the selected day."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        focus = self.selected if self.hasFocus() else None
        paint_calendar(painter, self._geometry(), self.marks, self.start, self.end, focus=focus)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move by a day or a week, Page Up/Down by a month, Enter opens the day."""
        key = event.key()
        if key in _STEPS:
            self.select(self.selected + timedelta(days=_STEPS[Qt.Key(key)]))
        elif key == Qt.Key.Key_PageUp:
            self.select(self.selected - timedelta(days=30))
        elif key == Qt.Key.Key_PageDown:
            self.select(self.selected + timedelta(days=30))
        elif key == Qt.Key.Key_Home:
            self.select(self.start)
        elif key == Qt.Key.Key_End:
            self.select(self.end)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_opened.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the clicked day and open it."""
        day = self._geometry().day_at(QPointF(event.position()))
        if day is not None and self.start <= day <= self.end:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select(day)
            self.day_opened.emit(day)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the selected day."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the selection outline."""
        super().focusOutEvent(event)
        self.update()

    # ------------------------------------------------------------------ private

    def _months(self) -> tuple[date, ...]:
        return self._geometry().months

    def _geometry(self) -> CalendarGeometry:
        return geometry(QRectF(self.rect()), self.start, self.end)
