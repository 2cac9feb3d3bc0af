"""QtCharts charts of an `Insights` record, for the Insights view and offscreen PDF images."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, QRectF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from journal.drawing.catalogs import current_locale
from journal.fields import Kind
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights import (
    FEELING_KINDS,
    RED_FLAGS,
    Insights,
    chart_captions,
    top_kind_feelings,
)
from journal.insights.wording import kind_short
from journal.model import KINDS

# Okabe & Ito (2008), "Color Universal Design": distinguishable with common colour-vision
# deficiencies. Yellow (#F0E442) is left out: too pale for lines on white.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#000000",  # black
)
KIND_COLOURS: dict[str, str] = {
    "incident": "#D55E00",
    "tension": "#E69F00",
    "reconciliation": "#009E73",
    "contact_attempt": "#CC79A7",
    "reflection": "#56B4E9",
}
KIND_SHORT: dict[str, str] = {kind.value: kind.short_label for kind in Kind}  # English
TITLES: dict[str, str] = {  # shown with translate("Charts", title)
    "entries_week": QT_TRANSLATE_NOOP("Charts", "Entries per week by kind"),
    "entries_month": QT_TRANSLATE_NOOP("Charts", "Entries per month by kind"),
    "entries_year": QT_TRANSLATE_NOOP("Charts", "Entries per year by kind"),
    "behaviours": QT_TRANSLATE_NOOP("Charts", "Behaviours recorded most often"),
    "severity": QT_TRANSLATE_NOOP("Charts", "Severity over time"),
    "emotions": QT_TRANSLATE_NOOP("Charts", "How strong your feelings were"),
    "feelings_by_kind": QT_TRANSLATE_NOOP("Charts", "Feelings by kind of event"),
    "body": QT_TRANSLATE_NOOP("Charts", "Body responses over time"),
    "checkins": QT_TRANSLATE_NOOP("Charts", "Red-flag check-ins: signs marked"),
}
TOP_BEHAVIOURS = 10
TOP_EMOTIONS = 5
TOP_KIND_FEELINGS = 6
LABEL_CHARS = 42


def build_charts(ins: Insights, *, scale: float = 1.0) -> list[tuple[str, QChart, str]]:
    """Return (key, chart, caption) for every chart that has something to show."""
    if ins.is_empty:
        return []
    texts = chart_captions(ins)
    built: list[tuple[str, QChart, str]] = []
    if ins.total:
        entries_caption = " ".join(t for t in (texts["entries"], texts["cycle"]) if t)
        built.append(("entries", _entries_chart(ins, scale), entries_caption))
    if ins.behaviours:
        built.append(("behaviours", _behaviours_chart(ins, scale), texts["behaviours"]))
    if ins.severity_count:
        built.append(("severity", _severity_chart(ins, scale), texts["severity"]))
    if ins.emotion_records:
        built.append(("emotions", _emotions_chart(ins, scale), texts["emotions"]))
    if ins.emotion_by_kind:
        built.append(
            ("feelings_by_kind", _feelings_by_kind_chart(ins, scale), texts["feelings_by_kind"])
        )
    if ins.body_counts:
        built.append(("body", _body_chart(ins, scale), texts["body"]))
    if ins.checkins:
        built.append(("checkins", _checkins_chart(ins, scale), texts["checkins"]))
    return built


def render_chart_images(
    ins: Insights, width_px: int = 1400, height_px: int = 700
) -> list[tuple[QImage, str]]:
    """Render every chart offscreen (needs only a QApplication) as (image, caption)."""
    images: list[tuple[QImage, str]] = []
    scale = max(1.0, width_px / 1000)
    for _key, chart, caption in build_charts(ins, scale=scale):
        scene = QGraphicsScene()
        scene.addItem(chart)
        chart.resize(width_px, height_px)
        layout = chart.layout()
        if layout is not None:
            layout.activate()
        image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area = QRectF(0, 0, width_px, height_px)
        scene.render(painter, area, area)
        painter.end()
        scene.removeItem(chart)
        chart.deleteLater()
        scene.deleteLater()
        images.append((image, caption))
    return images


# ----------------------------------------------------------------- the charts


def _title(key: str) -> str:
    return translate("Charts", TITLES[key])


def _base(title: str, scale: float) -> QChart:
    chart = QChart()
    chart.setLocale(current_locale())  # dates on a time axis, in the chart's language
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setTitle(title)
    chart.setTitleFont(_font(12.5 * scale, bold=True))
    chart.setTitleBrush(QBrush(QColor("#1a1a1a")))
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setFont(_font(10 * scale))
    legend.setLabelColor(QColor("#1a1a1a"))
    return chart


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _style_axis(axis: QAbstractAxis, scale: float, title: str = "") -> None:
    axis.setLabelsFont(_font(9.5 * scale))
    axis.setLabelsColor(QColor("#1a1a1a"))
    if title:
        axis.setTitleText(title)
        axis.setTitleFont(_font(9.5 * scale))
        axis.setTitleBrush(QBrush(QColor("#333333")))


def _category_axis(labels: list[str], scale: float) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(_unique(labels))
    _style_axis(axis, scale)
    if len(labels) > 12:
        axis.setLabelsAngle(-90)  # upright text would be cut short; vertical text is not
    return axis


def _value_axis(top: float, scale: float, title: str = "", *, whole: bool = True) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(top, 1))
    axis.setLabelFormat("%d" if whole else "%.1f")
    if whole and top <= 10:
        axis.setTickCount(int(max(top, 1)) + 1)
    else:
        axis.applyNiceNumbers()
        if whole:
            axis.setTickType(QValueAxis.TickType.TicksDynamic)
            axis.setTickAnchor(0)
            axis.setTickInterval(max(1.0, round(axis.max() / 5)))
    _style_axis(axis, scale, title)
    return axis


def _add_axes(
    chart: QChart, series: Sequence[QAbstractSeries], *, x: QAbstractAxis, y: QAbstractAxis
) -> None:
    """Put `x` at the bottom and `y` on the left of `chart`, and attach every series to both."""
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for item in series:
        item.attachAxis(x)
        item.attachAxis(y)


def _entries_chart(ins: Insights, scale: float) -> QChart:
    chart = _base(_title(f"entries_{ins.period}"), scale)
    rows = [
        (kind_short(kind), ins.counts_by_kind[kind], KIND_COLOURS[kind])
        for kind in KINDS
        if ins.totals_by_kind[kind]
    ]
    return _stacked_per_period(chart, ins, scale, rows)


def _stacked_per_period(
    chart: QChart, ins: Insights, scale: float, rows: list[tuple[str, list[int], str]]
) -> QChart:
    """Add stacked bars, one per period (each row: name, count per period, colour)."""
    series = QStackedBarSeries()
    for name, counts, colour in rows:
        bar = QBarSet(name)
        bar.append([float(v) for v in counts])
        bar.setColor(QColor(colour))
        bar.setBorderColor(QColor("white"))
        series.append(bar)
    series.setBarWidth(min(0.8, 0.2 + 0.1 * len(ins.periods)))  # one bar is not a wall
    chart.addSeries(series)
    peak = max(
        (sum(counts[i] for _, counts, _ in rows) for i in range(len(ins.periods))), default=0
    )
    x = _category_axis(ins.period_labels, scale)
    y = _value_axis(peak, scale, translate("Charts", "Entries"))
    _add_axes(chart, [series], x=x, y=y)
    return chart


def _behaviours_chart(ins: Insights, scale: float) -> QChart:
    chart = _base(_title("behaviours"), scale)
    top = list(reversed(ins.behaviours[:TOP_BEHAVIOURS]))  # the most frequent at the top
    series = QHorizontalStackedBarSeries()
    first = QBarSet(translate("Charts", "First half of the period"))
    first.append([float(s.first_half) for s in top])
    first.setColor(QColor("#56B4E9"))
    second = QBarSet(translate("Charts", "Second half"))
    second.append([float(s.second_half) for s in top])
    second.setColor(QColor("#0072B2"))
    for bar in (first, second):
        bar.setBorderColor(QColor("white"))
        series.append(bar)
    series.setBarWidth(min(0.7, 0.3 + 0.1 * len(top)))
    chart.addSeries(series)
    y = _category_axis([_user_text(s.label) for s in top], scale)
    y.setLabelsAngle(0)
    x = _value_axis(max(s.count for s in top), scale, translate("Charts", "Times recorded"))
    _add_axes(chart, [series], x=x, y=y)
    return chart


def _severity_chart(ins: Insights, scale: float) -> QChart:
    chart = _base(_title("severity"), scale)
    mean = _line(translate("Charts", "Average severity"), OKABE_ITO[0], scale)
    highest = QScatterSeries()
    highest.setName(translate("Charts", "Highest severity"))
    highest.setColor(QColor(OKABE_ITO[1]))
    highest.setBorderColor(QColor(OKABE_ITO[1]))
    highest.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
    highest.setMarkerSize(11 * scale)
    for i, (avg, top) in enumerate(zip(ins.severity_mean, ins.severity_max, strict=True)):
        if avg is not None:
            mean.append(float(i), avg)
        if top is not None:
            highest.append(float(i), float(top))
    _attach_xy(
        chart, [mean, highest], ins.period_labels, 5, scale, translate("Charts", "Severity (1–5)")
    )
    return chart


def _emotions_chart(ins: Insights, scale: float) -> QChart:
    chart = _base(_title("emotions"), scale)
    lines: list[QXYSeries] = []
    for n, name in enumerate(ins.top_emotions(TOP_EMOTIONS)):
        line = _line(_user_text(ins.emotion_labels[name]), OKABE_ITO[n % len(OKABE_ITO)], scale)
        if n % 2:
            pen = line.pen()
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
        for i, value in enumerate(ins.emotion_mean[name]):
            if value is not None:
                line.append(float(i), value)
        lines.append(line)
    average = translate("Charts", "Average intensity (0–10)")
    _attach_xy(chart, lines, ins.period_labels, 10, scale, average)
    return chart


def _feelings_by_kind_chart(ins: Insights, scale: float) -> QChart:
    chart = _base(_title("feelings_by_kind"), scale)
    names = top_kind_feelings(ins, TOP_KIND_FEELINGS)
    series = QBarSeries()
    for kind in FEELING_KINDS:
        if not any(kind in ins.emotion_by_kind[name] for name in names):
            continue
        bar = QBarSet(kind_short(kind))
        bar.append([ins.emotion_by_kind[name].get(kind, 0.0) for name in names])
        bar.setColor(QColor(KIND_COLOURS[kind]))
        bar.setBorderColor(QColor("white"))
        series.append(bar)
    series.setBarWidth(0.8)
    chart.addSeries(series)
    x = _category_axis([_wrapped(ins.emotion_labels.get(n, n)) for n in names], scale)
    x.setLabelsAngle(0)
    y = _value_axis(10, scale, translate("Charts", "Average intensity (0–10)"))
    _add_axes(chart, [series], x=x, y=y)
    return chart


def _body_chart(ins: Insights, scale: float) -> QChart:
    chart = _base(_title("body"), scale)
    top = ins.top_body(TOP_EMOTIONS)
    rows = [  # bars, like entries per period: many lines would tangle
        (
            _user_text(ins.body_labels[name]),
            ins.body_counts[name],
            OKABE_ITO[n % len(OKABE_ITO)],
        )
        for n, name in enumerate(top)
    ]
    return _stacked_per_period(chart, ins, scale, rows)


def _checkins_chart(ins: Insights, scale: float) -> QChart:
    chart = _base(_title("checkins"), scale)
    line = _line(translate("Charts", "Signs marked in a check-in"), OKABE_ITO[3], scale)
    for check in ins.checkins:
        line.append(float(_msecs(check.day)), float(check.flags))
    chart.addSeries(line)
    x = QDateTimeAxis()
    first, last = ins.checkins[0].day, ins.checkins[-1].day
    x.setRange(_datetime(first).addDays(-1), _datetime(last).addDays(1))
    x.setFormat("d MMM yyyy" if first.year != last.year else "d MMM")
    x.setTickCount(min(8, max(3, len({c.day for c in ins.checkins}) + 2)))
    _style_axis(x, scale)
    y = _value_axis(len(RED_FLAGS), scale, translate("Charts", "Signs marked"))
    _add_axes(chart, [line], x=x, y=y)
    chart.legend().setVisible(False)
    return chart


def _line(name: str, colour: str, scale: float) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    pen = QPen(QColor(colour))
    pen.setWidthF(2.2 * scale)
    line.setPen(pen)
    line.setPointsVisible(True)
    line.setMarkerSize(6 * scale)
    return line


def _attach_xy(
    chart: QChart,
    series: list[QXYSeries],
    labels: list[str],
    top: int,
    scale: float,
    title: str,
) -> None:
    for item in series:
        chart.addSeries(item)
    x = _category_axis(labels, scale)
    y = _value_axis(top, scale, title)
    _add_axes(chart, series, x=x, y=y)


def _datetime(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _msecs(day: date) -> int:
    return int(_datetime(day).toMSecsSinceEpoch())


def _user_text(label: str) -> str:
    """Shorten a user-derived name and escape it: chart labels and legends render HTML."""
    short = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"
    return html.escape(short, quote=False)


def _wrapped(label: str, width: int = 16) -> str:
    """Escape a label and break it into short lines (category labels would be cut short)."""
    lines: list[str] = []
    for word in _user_text(label).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


def _unique(labels: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for label in labels:
        while label in seen:
            label += " "
        seen.add(label)
        out.append(label)
    return out
