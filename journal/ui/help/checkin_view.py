"""The red-flag check-in: the seven red flags as a short dated self-check, past ones listed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal import plans
from journal.errors import VaultError
from journal.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, format_date, language, translate
from journal.plans import DocumentStore
from journal.resources import format_day as _day
from journal.ui.common.widgets import heading, named, paragraph
from journal.ui.help.list_editor import UNSAVED, note_edit, plan_button


def _short_day(day: date) -> str:
    """Return a day as the history table shows it ("1 Dec 2026")."""
    if language() is SOURCE_LANGUAGE:
        return f"{day.day} {day:%b %Y}"
    return format_date(day)


def flag_bar(count: int) -> str:
    """Return a text gauge such as "●●●○○○○ 3 of 7" (readable without colour)."""
    total = len(plans.FLAG_IDS)
    of = translate("CheckInView", "{count} of {total}").format(count=count, total=total)
    return "●" * count + "○" * (total - count) + f"  {of}"


class CheckInView(QWidget):
    """The seven red flags as a short dated self-check, with past check-ins listed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: DocumentStore | None = None
        self._checkins: list[plans.CheckIn] = []
        self._loading = False
        self.dirty = False
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        for row, flag in enumerate(plans.RED_FLAGS):
            box = named(QCheckBox(flag.title), flag.title, flag.question)
            box.toggled.connect(self._mark_dirty)
            question = QLabel(flag.question)
            question.setWordWrap(True)
            question.setBuddy(box)
            question.setContentsMargins(0, 2, 0, 0)  # line up with the check box's text
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(question, row, 1, Qt.AlignmentFlag.AlignTop)
            self.boxes[flag.id] = box
        grid.setColumnStretch(1, 1)
        self.date_edit = named(QDateEdit(), QT_TRANSLATE_NOOP("Names", "Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(translate("CheckInView", "d MMMM yyyy"))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.dateChanged.connect(self._date_changed)
        self.note_edit = note_edit(QT_TRANSLATE_NOOP("Names", "Note"), 48)
        self.note_edit.setMaximumHeight(60)
        self.note_edit.setPlaceholderText(
            translate("CheckInView", "Anything you want to remember about this time")
        )
        self.note_edit.textChanged.connect(self._mark_dirty)
        self.save_button = plan_button(QT_TRANSLATE_NOOP("Names", "Save check-in"))
        self.save_button.clicked.connect(self.save)
        self.status = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Save status"))
        self.status.setWordWrap(True)
        self.history = named(QTableWidget(0, 4), QT_TRANSLATE_NOOP("Names", "Past check-ins"))
        self.history.setHorizontalHeaderLabels(
            [
                translate("CheckInView", "Date"),
                translate("CheckInView", "Red flags"),
                translate("CheckInView", "Which"),
                translate("CheckInView", "Note"),
            ]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.trend = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Change over time"))
        self.trend.setWordWrap(True)

        form = QHBoxLayout()
        date_label = QLabel(translate("CheckInView", "Date"))
        date_label.setBuddy(self.date_edit)
        form.addWidget(date_label)
        form.addWidget(self.date_edit)
        form.addSpacing(12)
        note_label = QLabel(translate("CheckInView", "Note"))
        note_label.setBuddy(self.note_edit)
        form.addWidget(note_label)
        form.addWidget(self.note_edit, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)

        self.history.setMinimumHeight(150)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(
            paragraph(
                translate(
                    "CheckInView",
                    "Over the last week or two, which of these felt true? There are no right "
                    "answers. Each check-in is saved with its date, so you can see how things "
                    "change over time.",
                )
            )
        )
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(heading(translate("CheckInView", "Past check-ins"), 2))
        layout.addWidget(self.trend)
        layout.addWidget(self.history, 1)
        scroll = QScrollArea()  # small windows scroll instead of squashing the questions
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @property
    def loaded(self) -> bool:
        """Return True while showing a vault's check-ins."""
        return self._store is not None

    def shows(self, store: DocumentStore) -> bool:
        """Return True if the check-ins shown were read from `store`."""
        return self._store is store

    def load(self, store: DocumentStore) -> None:
        """Show past check-ins from the unlocked vault; start today's."""
        self._store = store
        try:
            self._checkins = plans.load_checkins(store)
        except ValueError as exc:
            self._checkins = []
            self.status.setText(
                translate("CheckInView", "The saved check-ins could not be read: {error}").format(
                    error=exc
                )
            )
        else:
            self.status.clear()
        self._fill_history()
        with QSignalBlocker(self.date_edit):
            self.date_edit.setMaximumDate(QDate.currentDate())
            self.date_edit.setDate(QDate.currentDate())
        self._date_changed()
        self.dirty = False

    def checkins(self) -> list[plans.CheckIn]:
        """Return the saved check-ins, oldest first."""
        return list(self._checkins)

    def _answers(self) -> dict[str, bool]:
        return {flag: box.isChecked() for flag, box in self.boxes.items()}

    @Slot()
    def _mark_dirty(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.status.setText(translate("ListEditor", UNSAVED))
        self.changed.emit()

    @Slot()
    def _date_changed(self) -> None:
        """Show that day's saved answers when there are some (saving again replaces them)."""
        day = self.date_edit.date().toPython()
        saved = next((c for c in self._checkins if c.day == day), None)
        self._loading = True
        try:
            for flag, box in self.boxes.items():
                box.setChecked(bool(saved and saved.answers.get(flag, False)))
            self.note_edit.setPlainText(saved.note if saved else "")
        finally:
            self._loading = False
        if saved is not None:
            self.status.setText(
                translate(
                    "CheckInView",
                    "You already checked in on this day. Saving again replaces that check-in.",
                )
            )
        else:
            self.status.clear()
        self.dirty = False

    @Slot()
    def save(self) -> bool:
        """Save this check-in with its date (encrypted) and list it."""
        if self._store is None:
            self.status.setText(translate("ListEditor", "Unlock your journal to save."))
            return False
        day: date = self.date_edit.date().toPython()
        try:
            checkin = plans.make_checkin(day, self._answers(), self.note_edit.toPlainText())
            self._checkins = plans.save_checkin(self._store, checkin)
        except ValueError as exc:
            self.status.setText(str(exc))
            return False
        except VaultError as exc:
            self.status.setText(
                translate("ListEditor", "Not saved: {error}").format(error=exc.message)
            )
            return False
        self._fill_history()
        self.dirty = False
        self.status.setText(
            translate("CheckInView", "Saved your check-in for {day}.").format(day=_day(day))
        )
        return True

    def _fill_history(self) -> None:
        newest_first = list(reversed(self._checkins))
        self.history.setRowCount(len(newest_first))
        for row, checkin in enumerate(newest_first):
            cells = (
                _short_day(checkin.day),
                flag_bar(checkin.count),
                ", ".join(checkin.flagged_titles()) or translate("CheckInView", "None"),
                checkin.note,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.history.setItem(row, column, cell)
        self.history.resizeRowsToContents()
        self.trend.setText(self._trend_text())

    def _trend_text(self) -> str:
        if not self._checkins:
            return translate("CheckInView", "No check-ins yet. Your first one will appear here.")
        last, total = self._checkins[-1], len(plans.FLAG_IDS)
        if len(self._checkins) == 1:
            return translate(
                "CheckInView", "One check-in so far: {count} of {total} red flags."
            ).format(count=last.count, total=total)
        first = self._checkins[0]
        change = last.count - first.count
        if change < 0:
            text = translate(
                "CheckInView",
                "{checkins} check-ins. Latest ({latest}): {count} of {total} red flags — "
                "{change} fewer than at your first check-in. "
                "First ({first}): {first_count} of {total}.",
            )
        elif change > 0:
            text = translate(
                "CheckInView",
                "{checkins} check-ins. Latest ({latest}): {count} of {total} red flags — "
                "{change} more than at your first check-in. "
                "First ({first}): {first_count} of {total}.",
            )
        else:
            text = translate(
                "CheckInView",
                "{checkins} check-ins. Latest ({latest}): {count} of {total} red flags — "
                "the same number as at your first check-in. "
                "First ({first}): {first_count} of {total}.",
            )
        return text.format(  # two or more check-ins here, so always the plural
            checkins=len(self._checkins),
            latest=_day(last.day),
            count=last.count,
            total=total,
            change=abs(change),
            first=_day(first.day),
            first_count=first.count,
        )

    def wipe(self) -> None:
        """Forget every answer, note and past check-in (lock, quick exit)."""
        self._store = None
        self._checkins = []
        self._loading = True
        for box in self.boxes.values():
            box.setChecked(False)
        self.note_edit.clear()
        self._loading = False
        self.history.clearContents()
        self.history.setRowCount(0)
        self.trend.clear()
        self.status.clear()
        self.dirty = False
