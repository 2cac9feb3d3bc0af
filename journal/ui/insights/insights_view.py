"""The Insights view: charts and plain captions of patterns in the journal over a date range."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.drawing.charts import build_charts
from journal.errors import VaultError
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights import (
    CHECKINS_DOCUMENT,
    PERIODS,
    Insights,
    chart_captions,
    compute_insights,
    record_span,
)
from journal.insights.records import period_name
from journal.model import Entry
from journal.session import Session
from journal.ui.common.folding_row import FoldingRow
from journal.ui.common.widgets import described, heading, named
from journal.ui.insights.evidence_view import CalendarSection, PromisesCard

SETTINGS_DOCUMENT = "insights_settings"
"""Vault document {"left_on": "YYYY-MM-DD" | None}: the day the user left, if they set it."""
EMPTY_TEXT = QT_TRANSLATE_NOOP("InsightsView", "Nothing recorded in this period yet.")
INTRO = QT_TRANSLATE_NOOP(
    "InsightsView",
    "These charts show what you have recorded, nothing more. They describe patterns in your "
    "entries; they do not judge you or anyone else.",
)
CHART_HEIGHT = 380
DEBOUNCE_MS = 250
STYLE = """
QLabel#heading { font-size: 17pt; font-weight: 600; }
QLabel#subheading { font-size: 11pt; font-weight: 600; }
QLabel#caption { font-size: 10.5pt; padding: 2px 4px 14px 4px; }
QLabel#promisesCaption { font-size: 10.5pt; padding: 2px 4px 6px 4px; }
QFrame#cycleCard { border: 1px solid palette(mid); border-radius: 8px; }
QLabel#emptyState { font-size: 13pt; padding: 40px 4px; }
"""


class InsightsView(QWidget):
    """Charts and captions of the unlocked journal; `refresh()` re-reads, `wipe()` clears."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._entries: list[Entry] = []
        self._checkins: object = None
        self._range_chosen = False
        self.insights: Insights | None = None
        self.setStyleSheet(STYLE)

        self.date_from = self._date_edit(QT_TRANSLATE_NOOP("Names", "From"))
        self.date_to = self._date_edit(QT_TRANSLATE_NOOP("Names", "To"))
        self.period = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Period"))
        for key in PERIODS:
            self.period.addItem(period_name(key), key)
        self.whole_record = named(
            QPushButton(translate("InsightsView", "Whole record")),
            QT_TRANSLATE_NOOP("Names", "Whole record"),
            translate("InsightsView", "Show everything from the first entry"),
        )
        self.left = named(
            QCheckBox(translate("InsightsView", "I left on")),
            QT_TRANSLATE_NOOP("Names", "I left on"),
            translate("InsightsView", "Count contact attempts after the day you left"),
        )
        self.left_on = self._date_edit(QT_TRANSLATE_NOOP("Names", "Date you left"))
        self.left_on.setMaximumDate(QDate.currentDate())  # a day that has come, not a plan
        self.left_on.setEnabled(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._recompute)
        self.date_from.dateChanged.connect(self._range_edited)
        self.date_to.dateChanged.connect(self._range_edited)
        self.period.currentIndexChanged.connect(self._recompute)
        self.whole_record.clicked.connect(self.show_whole_record)
        self.left.toggled.connect(self._left_changed)
        self.left_on.dateChanged.connect(self._left_changed)

        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.empty = QLabel(translate("InsightsView", EMPTY_TEXT))
        self.empty.setObjectName("emptyState")
        self.empty.setAccessibleName(self.empty.text())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        self.cycle_card = QFrame()
        self.cycle_card.setObjectName("cycleCard")
        self.cycle_caption = self._caption_label()
        described(self.cycle_caption, QT_TRANSLATE_NOOP("Names", "The cycle"))
        card = QVBoxLayout(self.cycle_card)
        card.addWidget(heading(translate("InsightsView", "The cycle"), level=2))
        card.addWidget(self.cycle_caption)
        self.cycle_card.setVisible(False)
        self.calendar_section = CalendarSection()
        self.calendar_section.setVisible(False)
        self.calendar = self.calendar_section.calendar
        self.promises_card = PromisesCard()
        self.charts_box = QWidget()
        self._charts_layout = QVBoxLayout(self.charts_box)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self._charts_layout.setSpacing(4)
        self.chart_views: list[QChartView] = []
        self.caption_labels: list[QLabel] = []

        span = QWidget()  # the dates shown and how they are grouped
        controls = QHBoxLayout(span)
        controls.setContentsMargins(0, 0, 0, 0)
        for text, edit in (
            (translate("InsightsView", "From"), self.date_from),
            (translate("InsightsView", "To"), self.date_to),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            controls.addWidget(label)
            controls.addWidget(edit)
        by = QLabel(translate("InsightsView", "By"))
        by.setBuddy(self.period)
        controls.addSpacing(8)
        controls.addWidget(by)
        controls.addWidget(self.period)
        controls.addWidget(self.whole_record)
        controls.addStretch(1)
        leaving = QWidget()  # the day the person left
        left_row = QHBoxLayout(leaving)
        left_row.setContentsMargins(0, 0, 0, 0)
        left_row.addWidget(self.left)
        left_row.addWidget(self.left_on)
        left_row.addStretch(1)
        # In one row when there is room; the day you left goes below in a narrow window.
        self.controls = FoldingRow(span, leaving, apart=True)

        body = QWidget()
        body.setObjectName("insightsBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(14, 10, 14, 14)
        column.addWidget(heading(translate("InsightsView", "Insights")))
        intro = QLabel(translate("InsightsView", INTRO))
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(self.message)
        column.addWidget(self.empty)
        column.addWidget(self.cycle_card)
        column.addWidget(self.promises_card)
        column.addWidget(self.calendar_section)
        column.addWidget(self.charts_box)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.controls)
        layout.addWidget(self.scroll, 1)
        self._reset_controls()

    # ------------------------------------------------------------------ public

    @Slot()
    def refresh(self) -> None:
        """Re-read the entries and check-ins from the vault and redraw."""
        try:
            entries = self._session.vault.entries()
            checkins = self._session.vault.load_document(CHECKINS_DOCUMENT, None)
            settings = self._session.vault.load_document(SETTINGS_DOCUMENT, None)
        except VaultError as exc:
            self.wipe()
            self._show_message(exc.message)
            return
        self._entries = entries
        self._checkins = checkins
        self._apply_settings(settings)
        if not self._range_chosen:
            self._set_range(*self._whole_range())
        self._recompute()

    @Slot()
    def wipe(self) -> None:
        """Clear every chart, caption and date (called on lock)."""
        self._timer.stop()
        self._entries = []
        self._checkins = None
        self.insights = None
        self._clear_charts()
        self.cycle_caption.clear()
        self.cycle_card.setVisible(False)
        self.calendar_section.wipe()
        self.calendar_section.setVisible(False)
        self.promises_card.wipe()
        self.empty.setVisible(False)
        self.message.clear()
        self.message.setVisible(False)
        self._reset_controls()

    @Slot()
    def show_whole_record(self) -> None:
        """Set the range from the first to the last thing recorded."""
        self._set_range(*self._whole_range())
        self._range_chosen = False
        self._recompute()

    # ------------------------------------------------------------------ private

    def _date_edit(self, name: str) -> QDateEdit:
        edit = named(QDateEdit(), name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setMaximumDate(QDate(9998, 12, 31))
        return edit

    def _caption_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("caption")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # behaviour names may be the user's own
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _reset_controls(self) -> None:
        self._range_chosen = False
        widgets = (self.date_from, self.date_to, self.period, self.left, self.left_on)
        for widget in widgets:
            widget.blockSignals(True)
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-3))
        self.date_to.setDate(today)
        self.period.setCurrentIndex(0)
        self.left.setChecked(False)
        self.left_on.setMaximumDate(today)
        self.left_on.setDate(today)
        self.left_on.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)

    def _whole_range(self) -> tuple[date, date]:
        today = date.today()
        span = record_span(self._entries, self._checkins)
        if span is None:
            return today - timedelta(days=91), today
        return span

    def _set_range(self, start: date, end: date) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _apply_settings(self, settings: object) -> None:
        left_on: date | None = None
        if isinstance(settings, dict) and isinstance(settings.get("left_on"), str):
            try:
                left_on = date.fromisoformat(settings["left_on"])
            except ValueError:
                left_on = None
        for widget in (self.left, self.left_on):
            widget.blockSignals(True)
        self.left.setChecked(left_on is not None)
        self.left_on.setEnabled(left_on is not None)
        if left_on is not None:
            self.left_on.setDate(QDate(left_on.year, left_on.month, left_on.day))
        for widget in (self.left, self.left_on):
            widget.blockSignals(False)

    @Slot()
    def _range_edited(self) -> None:
        self._range_chosen = True
        self._timer.start()

    @Slot()
    def _left_changed(self) -> None:
        self.left_on.setEnabled(self.left.isChecked())
        left_on = self._left_on()
        try:
            self._session.vault.save_document(
                SETTINGS_DOCUMENT, {"left_on": left_on.isoformat() if left_on else None}
            )
        except VaultError as exc:
            self._show_message(exc.message)
            return
        self._recompute()

    def _left_on(self) -> date | None:
        if not self.left.isChecked():
            return None
        value: date = self.left_on.date().toPython()  # type: ignore[assignment]
        return value

    @Slot()
    def _recompute(self) -> None:
        self._timer.stop()
        if not self._session.is_unlocked:
            self.wipe()
            return
        start: date = self.date_from.date().toPython()  # type: ignore[assignment]
        end: date = self.date_to.date().toPython()  # type: ignore[assignment]
        self.message.setVisible(False)
        if start > end:
            self._clear_charts()
            self.cycle_card.setVisible(False)
            self.calendar_section.setVisible(False)
            self.promises_card.setVisible(False)
            self.empty.setVisible(False)
            self._show_message(translate("InsightsView", "The “From” date is after the “To” date."))
            return
        self.insights = compute_insights(
            self._entries,
            start=start,
            end=end,
            checkins=self._checkins,
            period=str(self.period.currentData()),
            left_on=self._left_on(),
        )
        self._show(self.insights)

    def _show(self, ins: Insights) -> None:
        self._clear_charts()
        self.empty.setVisible(ins.is_empty)
        texts = chart_captions(ins)
        self.cycle_caption.setText(texts["cycle"])
        self.cycle_caption.setAccessibleDescription(texts["cycle"])
        self.cycle_card.setVisible(bool(texts["cycle"]))
        if ins.start is not None and ins.end is not None and not ins.is_empty:
            self.promises_card.show_promises(self._entries, ins.start, ins.end)
            self.calendar_section.show_calendar(self._entries, ins.end)
            self.calendar_section.setVisible(True)
        else:
            self.promises_card.wipe()
            self.calendar_section.wipe()
            self.calendar_section.setVisible(False)
        for key, chart, _caption in build_charts(ins):
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_HEIGHT)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            named(view, chart.title(), texts[key])
            caption = self._caption_label()
            caption.setText(texts[key])
            described(caption, QT_TRANSLATE_NOOP("Names", "Chart caption"))
            caption.setAccessibleDescription(
                translate("InsightsView", "About: {chart}").format(chart=chart.title())
            )
            self._charts_layout.addWidget(view)
            self._charts_layout.addWidget(caption)
            self.chart_views.append(view)
            self.caption_labels.append(caption)

    def _clear_charts(self) -> None:
        for label in self.caption_labels:
            label.clear()
            label.setAccessibleDescription("")
        for widget in [*self.chart_views, *self.caption_labels]:
            self._charts_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.chart_views = []
        self.caption_labels = []

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
