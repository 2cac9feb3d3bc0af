"""Paint the year calendar (Qt painting): months of days, incidents shaded by severity, other
kinds as dots, and a legend. Shared by the Insights view and the PDF; never imports journal.ui."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from journal.drawing.charts import KIND_COLOURS
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights import DayMark, month_starts
from journal.insights.wording import kind_short, month_year
from journal.severity import SEVERITY_SHORT, severity_short

# A sequential scale from light to dark vermillion (severity 1 → 5); the number is also written
# in the corner of each incident day, so the shade is never the only cue.
SEVERITY_COLOURS: dict[int, str] = {
    1: "#FDD9C4",
    2: "#F9A77F",
    3: "#EE7340",
    4: "#C9470F",
    5: "#7F2704",
}
UNRATED_INCIDENT = "#F3E3D9"
DOT_KINDS: tuple[str, ...] = ("tension", "reconciliation", "contact_attempt", "reflection")
WEEKDAYS = ("M", "T", "W", "T", "F", "S", "S")  # English; shown: `weekday_letters()`
COLOUR_NAMES: dict[str, str] = {
    "tension": QT_TRANSLATE_NOOP("CalendarPicture", "orange"),
    "reconciliation": QT_TRANSLATE_NOOP("CalendarPicture", "green"),
    "contact_attempt": QT_TRANSLATE_NOOP("CalendarPicture", "purple"),
    "reflection": QT_TRANSLATE_NOOP("CalendarPicture", "light blue"),
}


def weekday_letters() -> tuple[str, ...]:
    """Return the one-letter names of the weekdays, Monday first, in the language in force."""
    return (
        translate("CalendarPicture", "M", "Monday"),
        translate("CalendarPicture", "T", "Tuesday"),
        translate("CalendarPicture", "W", "Wednesday"),
        translate("CalendarPicture", "T", "Thursday"),
        translate("CalendarPicture", "F", "Friday"),
        translate("CalendarPicture", "S", "Saturday"),
        translate("CalendarPicture", "S", "Sunday"),
    )


FOCUS_COLOUR = "#0050A0"


@dataclass(frozen=True)
class CalendarGeometry:
    """Where each month and day sits in a rectangle: `columns` months to a row, then a legend."""

    rect: QRectF
    months: tuple[date, ...]
    columns: int

    @property
    def rows(self) -> int:
        """Return the number of month rows."""
        return max(1, -(-len(self.months) // self.columns))

    @property
    def legend_height(self) -> float:
        """Return the height kept for the legend under the months."""
        return max(44.0, self.rect.width() * 0.075)

    @property
    def month_size(self) -> tuple[float, float]:
        """Return the width and height of one month block."""
        width = self.rect.width() / self.columns
        height = (self.rect.height() - self.legend_height) / self.rows
        return width, height

    def month_rect(self, index: int) -> QRectF:
        """Return the rectangle of the `index`-th month."""
        w, h = self.month_size
        row, col = divmod(index, self.columns)
        return QRectF(self.rect.left() + col * w, self.rect.top() + row * h, w, h)

    def cell(self, index: int) -> tuple[float, float, float]:
        """Return (left, top of the first week row, cell size) inside a month."""
        box = self.month_rect(index)
        size = min((box.width() - 8) / 7, (box.height() - 8) / 8)
        left = box.left() + (box.width() - 7 * size) / 2
        return left, box.top() + 2 * size, size

    def day_rect(self, day: date) -> QRectF | None:
        """Return the rectangle of a day's cell, or None if its month is not shown."""
        first = day.replace(day=1)
        if first not in self.months:
            return None
        index = self.months.index(first)
        left, top, size = self.cell(index)
        row = (first.weekday() + day.day - 1) // 7
        return QRectF(left + day.weekday() * size, top + row * size, size, size)

    def day_at(self, point: QPointF) -> date | None:
        """Return the day whose cell holds `point`, or None."""
        for index, first in enumerate(self.months):
            if not self.month_rect(index).contains(point):
                continue
            left, top, size = self.cell(index)
            col = int((point.x() - left) // size)
            row = int((point.y() - top) // size)
            if not (0 <= col < 7 and 0 <= row < 6):
                return None
            number = row * 7 + col - first.weekday() + 1
            if number < 1:
                return None
            day = first + timedelta(days=number - 1)
            return day if day.month == first.month else None
        return None


def geometry(rect: QRectF, start: date, end: date, columns: int = 4) -> CalendarGeometry:
    """Return the layout of the months from `start` to `end` in `rect`."""
    return CalendarGeometry(rect, tuple(month_starts(start, end)), columns)


def paint_calendar(
    painter: QPainter,
    geo: CalendarGeometry,
    marks: dict[date, DayMark],
    start: date,
    end: date,
    *,
    focus: date | None = None,
) -> None:
    """Paint the months of `geo`, the marks of the days from `start` to `end`, and a legend."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#1a1a1a")
    faint = QColor("#9a9a9a")
    for index, first in enumerate(geo.months):
        box = geo.month_rect(index)
        left, top, size = geo.cell(index)
        painter.setPen(ink)
        painter.setFont(_font(size * 0.42, bold=True))
        title = QRectF(left, box.top() + size * 0.1, 7 * size, size * 0.9)
        painter.drawText(title, int(Qt.AlignmentFlag.AlignCenter), month_year(first))
        painter.setFont(_font(size * 0.32))
        painter.setPen(QColor("#555555"))
        for col, letter in enumerate(weekday_letters()):
            cell = QRectF(left + col * size, top - size, size, size)
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), letter)
        day = first
        while day.month == first.month:
            rect = geo.day_rect(day)
            assert rect is not None
            inside = start <= day <= end
            _paint_day(painter, rect, day, marks.get(day) if inside else None, inside, ink, faint)
            day += timedelta(days=1)
    if focus is not None:
        rect = geo.day_rect(focus)
        if rect is not None:
            pen = QPen(QColor(FOCUS_COLOUR))
            pen.setWidthF(max(2.0, rect.width() * 0.1))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
    _paint_legend(painter, geo)
    painter.restore()


def _paint_day(
    painter: QPainter,
    rect: QRectF,
    day: date,
    mark: DayMark | None,
    inside: bool,
    ink: QColor,
    faint: QColor,
) -> None:
    size = rect.width()
    inner = rect.adjusted(1, 1, -1, -1)
    painter.setPen(QPen(QColor("#d8d8d8"), 0.6))
    painter.setBrush(QBrush(QColor("white")))
    painter.drawRect(inner)
    text_colour = ink if inside else faint
    if mark is not None and mark.has_incident:
        fill = SEVERITY_COLOURS.get(mark.severity or 0, UNRATED_INCIDENT)
        painter.setPen(QPen(QColor("#7F2704"), 0.8))
        painter.setBrush(QBrush(QColor(fill)))
        painter.drawRect(inner)
        if mark.severity is not None and mark.severity >= 4:
            text_colour = QColor("white")
        painter.setFont(_font(size * 0.24, bold=True))
        painter.setPen(text_colour)
        corner = QRectF(inner.left() + 1, inner.top(), inner.width() - 2, inner.height() * 0.4)
        label = str(mark.severity) if mark.severity is not None else "•"
        painter.drawText(
            corner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), label
        )
    painter.setFont(_font(size * 0.34))
    painter.setPen(text_colour)
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), str(day.day))
    if mark is not None:
        dots = [k for k in DOT_KINDS if k in mark.kinds]
        radius = size * 0.08
        total = len(dots) * radius * 2.6
        x = inner.center().x() - total / 2 + radius * 1.3
        y = inner.bottom() - radius * 1.6
        for kind in dots:
            painter.setPen(QPen(QColor("white"), 0.6))
            painter.setBrush(QBrush(QColor(KIND_COLOURS[kind])))
            painter.drawEllipse(QPointF(x, y), radius, radius)
            x += radius * 2.6


def _paint_legend(painter: QPainter, geo: CalendarGeometry) -> None:
    area = QRectF(
        geo.rect.left(),
        geo.rect.bottom() - geo.legend_height,
        geo.rect.width(),
        geo.legend_height,
    )
    box = area.height() * 0.32
    painter.setFont(_font(box * 0.62))
    metrics_y = area.top() + area.height() * 0.12
    x = area.left() + 6
    painter.setPen(QColor("#1a1a1a"))
    severity = translate("CalendarPicture", "Incident, severity:")
    painter.drawText(QPointF(x, metrics_y + box * 0.8), severity)
    x += painter.fontMetrics().horizontalAdvance(severity) + box * 0.5
    for level in range(1, 6):
        painter.setPen(QPen(QColor("#7F2704"), 0.8))
        painter.setBrush(QBrush(QColor(SEVERITY_COLOURS[level])))
        painter.drawRect(QRectF(x, metrics_y, box, box))
        painter.setPen(QColor("white" if level >= 4 else "#1a1a1a"))
        painter.drawText(
            QRectF(x, metrics_y, box, box), int(Qt.AlignmentFlag.AlignCenter), str(level)
        )
        x += box * 1.25
    painter.setPen(QPen(QColor("#7F2704"), 0.8))
    painter.setBrush(QBrush(QColor(UNRATED_INCIDENT)))
    painter.drawRect(QRectF(x + box * 0.5, metrics_y, box, box))
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(
        QPointF(x + box * 1.8, metrics_y + box * 0.8), translate("CalendarPicture", "not rated")
    )
    second = metrics_y + box * 1.5
    x = area.left() + 6
    for kind in DOT_KINDS:
        painter.setPen(QPen(QColor("white"), 0.6))
        painter.setBrush(QBrush(QColor(KIND_COLOURS[kind])))
        painter.drawEllipse(QPointF(x + box * 0.4, second + box * 0.45), box * 0.3, box * 0.3)
        painter.setPen(QColor("#1a1a1a"))
        name = kind_short(kind)
        painter.drawText(QPointF(x + box, second + box * 0.8), name)
        x += box * 1.6 + painter.fontMetrics().horizontalAdvance(name)


def legend_lines() -> list[str]:
    """Return the legend in words, for captions and screen readers."""
    lines = [
        translate(
            "CalendarPicture", "Incident days are shaded by severity: {level} – {meaning}"
        ).format(level=level, meaning=severity_short(level))
        for level in SEVERITY_SHORT
    ]
    lines.append(
        translate(
            "CalendarPicture",
            "An incident day without a severity is pale with a dot in the corner.",
        )
    )
    dots = ", ".join(f"{kind_short(k).lower()} ({_colour_name(k)})" for k in DOT_KINDS)
    lines.append(
        translate("CalendarPicture", "Coloured dots mark other entries: {kinds}.").format(
            kinds=dots
        )
    )
    return lines


def _colour_name(kind: str) -> str:
    return translate("CalendarPicture", COLOUR_NAMES[kind])


def render_calendar_image(
    marks: dict[date, DayMark], start: date, end: date, width_px: int = 1400
) -> QImage:
    """Render the calendar offscreen (needs only a QGuiApplication) as a white image."""
    columns = 4
    months = len(month_starts(start, end))
    rows = max(1, -(-months // columns))
    month_h = width_px / columns * 0.95
    height = int(rows * month_h + max(44.0, width_px * 0.075))
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_calendar(
        painter, geometry(QRectF(0, 0, width_px, height), start, end, columns), marks, start, end
    )
    painter.end()
    return image


def _font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, int(pixels)))
    font.setBold(bold)
    return font
