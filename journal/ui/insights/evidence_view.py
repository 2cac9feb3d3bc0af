"""The Insights sections built on the Reality Check: the year calendar with the entries of a
chosen day, and "Promises and what followed"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights import (
    PROMISE_BEHAVIOURS,
    PromiseOutcome,
    calendar_span,
    entry_day,
    format_day,
    outcome_text,
    promises,
    promises_caption,
    year_calendar,
)
from journal.insights.wording import clock, kind_label
from journal.model import Entry
from journal.taxonomy import Taxonomy, default_taxonomy
from journal.ui.common.widgets import heading, named
from journal.ui.insights.calendar_view import CALENDAR_NAME, YearCalendar

CALENDAR_NOTE = QT_TRANSLATE_NOOP(
    "InsightsEvidence",
    "Each day with an entry is marked; incident days are shaded by severity (1–5). Use the arrow "
    "keys to move between days and Enter to list a day's entries. This calendar follows the one "
    "in the Danger Assessment (Campbell): a trained advocate can go through it with you as part "
    "of a risk assessment. The app itself does not score risk.",
)
PROMISES_TITLE = QT_TRANSLATE_NOOP("InsightsEvidence", "Promises and what followed")
PROMISES_NOTE = QT_TRANSLATE_NOOP(
    "InsightsEvidence",
    "Each entry that records a promise, an apology or a gift after harm, and the incidents "
    "recorded after it.",
)
SNIPPET = 70


def calendar_title(end: date, today: date | None = None) -> str:
    """Return "Calendar of the past year", or of the twelve months to another day."""
    if end == (today or date.today()):
        return translate("InsightsCalendarView", CALENDAR_NAME)
    return translate("InsightsEvidence", "Calendar of the twelve months to {day}").format(
        day=format_day(end)
    )


class CalendarSection(QFrame):
    """The year calendar, a line about the selected day, and the entries of an opened day."""

    day_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self.title = heading(translate("InsightsCalendarView", CALENDAR_NAME), level=2)
        note = QLabel(translate("InsightsEvidence", CALENDAR_NOTE))
        note.setWordWrap(True)
        self.calendar = YearCalendar()
        self.day_line = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Selected day"))
        self.day_line.setTextFormat(Qt.TextFormat.PlainText)
        self.day_line.setWordWrap(True)
        self.day_list = named(
            QListWidget(), QT_TRANSLATE_NOOP("Names", "Entries on the chosen day")
        )
        self.day_list.setVisible(False)
        self.day_list.setMaximumHeight(160)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.addWidget(self.title)
        column.addWidget(note)
        column.addWidget(self.calendar)
        column.addWidget(self.day_line)
        column.addWidget(self.day_list)
        self.calendar.day_changed.connect(self._day_changed)
        self.calendar.day_opened.connect(self.open_day)

    def show_calendar(self, entries: list[Entry], end: date) -> None:
        """Show the twelve months ending with `end`'s month, up to `end`."""
        self._entries = entries
        start, days = calendar_span(end)
        self.title.setText(calendar_title(end))
        self.title.setAccessibleName(self.title.text())
        self.calendar.setAccessibleName(self.title.text())
        self.calendar.set_marks(year_calendar(entries, end, days), start, end)
        self._day_changed(self.calendar.selected)
        self.day_list.clear()
        self.day_list.setVisible(False)

    def wipe(self) -> None:
        """Forget every entry and mark (on lock)."""
        self._entries = []
        self.calendar.clear()
        self.day_line.clear()
        self.day_list.clear()
        self.day_list.setVisible(False)

    @Slot(object)
    def open_day(self, day: date) -> None:
        """List the entries recorded on `day` under the calendar."""
        self.day_list.clear()
        found = sorted((e for e in self._entries if entry_day(e) == day), key=Entry.sort_key)
        for entry in found:
            self.day_list.addItem(_entry_line(entry))
        if not found:
            self.day_list.addItem(
                translate("InsightsEvidence", "Nothing recorded on {day}.").format(
                    day=format_day(day)
                )
            )
        self.day_list.setAccessibleDescription(
            translate("InsightsEvidence", "Entries on {day}").format(day=format_day(day))
        )
        self.day_list.setVisible(True)
        self.day_opened.emit(day)

    @Slot(object)
    def _day_changed(self, day: date) -> None:
        text = self.calendar.day_text(day)
        self.day_line.setText(text)
        self.day_line.setAccessibleDescription(text)


class PromisesCard(QFrame):
    """A caption and one line per recorded promise, apology or gift after harm."""

    def __init__(self, taxonomy: Taxonomy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cycleCard")
        self._taxonomy = taxonomy
        self.outcomes: list[PromiseOutcome] = []
        self.caption = QLabel()
        self.caption.setObjectName("promisesCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setAccessibleName(translate("InsightsEvidence", PROMISES_TITLE))
        self.lines = named(
            QListWidget(), QT_TRANSLATE_NOOP("Names", "Promises, apologies and gifts recorded")
        )
        self.lines.setMaximumHeight(200)
        column = QVBoxLayout(self)
        column.addWidget(heading(translate("InsightsEvidence", PROMISES_TITLE), level=2))
        note = QLabel(translate("InsightsEvidence", PROMISES_NOTE))
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(self.caption)
        column.addWidget(self.lines)
        self.setVisible(False)

    def show_promises(self, entries: list[Entry], start: date, end: date) -> None:
        """Show the promises recorded from `start` to `end` (incidents after `end` count too)."""
        tax = self._taxonomy or default_taxonomy()
        self.outcomes = [o for o in promises(entries) if start <= o.day <= end]
        text = promises_caption(
            self.outcomes, as_of=max((entry_day(e) for e in entries), default=end)
        )
        self.caption.setText(text)
        self.caption.setAccessibleDescription(text)
        self.lines.clear()
        labels = {b: tax.label(b) for b in PROMISE_BEHAVIOURS}
        for outcome in self.outcomes:
            self.lines.addItem(outcome_text(outcome, labels))
        self.setVisible(bool(self.outcomes))

    def wipe(self) -> None:
        """Forget everything shown (on lock)."""
        self.outcomes = []
        self.caption.clear()
        self.caption.setAccessibleDescription("")
        self.lines.clear()
        self.setVisible(False)


def _entry_line(entry: Entry) -> str:
    start = entry.sort_key()[0]
    parts = []
    if entry.occurred_precision == "approximate":
        parts.append(translate("InsightsEvidence", "about {time}").format(time=clock(start)))
    elif entry.occurred_precision != "day":
        parts.append(clock(start))
    parts.append(kind_label(entry.kind))
    if entry.severity is not None:
        parts.append(translate("InsightsEvidence", "severity {level}").format(level=entry.severity))
    text = " ".join(entry.what_happened.split())
    if text:
        parts.append(text if len(text) <= SNIPPET else text[: SNIPPET - 1].rstrip() + "…")
    return " · ".join(parts)
