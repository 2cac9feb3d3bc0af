"""Rules of the editor's form: fields that follow the entry's kind, dates that follow the
precision, and times that must not lie in the future."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from journal.fields import asked_for, field_label, label_for_kind
from journal.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, language, translate
from journal.model import Precision
from journal.ui.common.widgets import named

DATE_TIME_FORMAT = "ddd d MMM yyyy  HH:mm"
DATE_FORMAT = "ddd d MMM yyyy"
FUTURE_SLACK = timedelta(minutes=5)  # a clock a little ahead is not "the future"
LABEL_CHARS = 24  # a longer detail label wraps (Spanish is longer; some kinds' labels are long)
EARLIEST = QDate(1900, 1, 1)  # journal.model accepts the years 1900 to 9998


def as_qt(value: datetime) -> QDateTime:
    """Return a stored time as a local QDateTime for the date fields."""
    return QDateTime(
        value.replace(tzinfo=None)
        if value.tzinfo is None
        else value.astimezone().replace(tzinfo=None)
    )


def as_python(value: QDateTime) -> datetime:
    """Return a date field's value as a local datetime, to the second."""
    result = value.toPython()
    assert isinstance(result, datetime)
    return result.replace(microsecond=0)


def date_time_edit(name: str) -> QDateTimeEdit:
    """Return a named date-and-time field with a calendar to pick the day from."""
    edit = named(QDateTimeEdit(), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_TIME_FORMAT)  # day and month names in the interface's language
    edit.setMinimumDate(EARLIEST)
    return edit


def details_toggle() -> QToolButton:
    """Return the "More details" button that opens the optional sections."""
    more = named(
        QToolButton(),
        QT_TRANSLATE_NOOP("Names", "More details"),
        translate(
            "Editor",
            "Place, behaviours, feelings, reflection, tags and files: open them when you want",
        ),
    )
    more.setCheckable(True)
    more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    more.setArrowType(Qt.ArrowType.RightArrow)
    more.setText(translate("Editor", "More details"))
    more.setToolTip(translate("Editor", "Place, behaviours, feelings, reflection, tags and files"))
    return more


def set_buddies(form: QFormLayout) -> None:
    """Make each row's label move the focus to its field (Alt+letter)."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label and field and isinstance(label.widget(), QLabel) and field.widget():
            label_widget = label.widget()
            assert isinstance(label_widget, QLabel)
            label_widget.setBuddy(field.widget())


def mnemonic(label: str, key: str, taken: str = "", *, any_letter: bool = False) -> str:
    """Return `label` with `key` as its Alt shortcut and a colon ("&Location:").

    When `key` is `taken` (lower case) by another row, or (`any_letter`: a translated label)
    missing from the label, the first free letter a-z of the label is the shortcut.
    """
    at = label.find(key) if key.lower() not in taken else -1
    if at < 0 and (any_letter or key.lower() in taken):
        free = (i for i, c in enumerate(label) if c.isascii() and c.isalpha())
        at = next((i for i in free if label[i].lower() not in taken), -1)
    return (label[:at] + "&" + label[at:] if at >= 0 else label) + ":"


def shortcut_of(text: str) -> str:
    """Return the Alt shortcut letter of a label ("&Kind:" → "k"; "" when it has none)."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1 : at + 2].lower() if at >= 0 else ""


def has_value(widget: QWidget) -> bool:
    """Return True when a field holds something the user entered."""
    if isinstance(widget, QLineEdit):
        return bool(widget.text().strip())
    if isinstance(widget, QPlainTextEdit):
        return bool(widget.toPlainText().strip())
    if isinstance(widget, QComboBox):
        return widget.currentIndex() > 0
    return False


class KindRows:
    """The detail rows of a form, shown, hidden and named according to the entry's kind."""

    def __init__(
        self, form: QFormLayout, rows: dict[str, tuple[QWidget, str]], taken: str = ""
    ) -> None:
        self._form = form
        self._rows = rows  # field name -> (field widget, preferred Alt shortcut letter)
        self._taken = taken  # shortcuts of the rest of the editor (lower case)
        self._keys: dict[str, str] = {}  # field name -> the shortcut it has now
        for name, (widget, key) in rows.items():
            label = QLabel(self._label(name, field_label(name), key))
            form.addRow(label, widget)
            _fit(label)

    def _label(self, name: str, text: str, key: str) -> str:
        """Return `text` with a shortcut no other row (nor the rest of the editor) uses."""
        others = self._taken + "".join(k for n, k in self._keys.items() if n != name)
        translated = language() is not SOURCE_LANGUAGE
        label = mnemonic(text, key, others, any_letter=translated)
        self._keys[name] = shortcut_of(label)
        return label

    def adapt(self, kind: str) -> None:
        """Show the fields `kind` asks about, and any field that already holds a value."""
        for name, (widget, key) in self._rows.items():
            self._form.setRowVisible(widget, asked_for(name, kind) or has_value(widget))
            label = self._form.labelForField(widget)
            text = label_for_kind(name, kind)
            if isinstance(label, QLabel):
                label.setText(self._label(name, text, key))
                label.setBuddy(widget)
                _fit(label)
            widget.setAccessibleDescription(text if text != field_label(name) else "")

    def label(self, name: str) -> str:
        """Return the label shown now beside field `name` (without its & shortcut)."""
        return self.label_widget(name).text().replace("&", "")

    def label_widget(self, name: str) -> QLabel:
        """Return the label beside field `name`."""
        label = self._form.labelForField(self._rows[name][0])
        assert isinstance(label, QLabel)
        return label

    def field(self, name: str) -> QWidget:
        """Return the widget of field `name`."""
        return self._rows[name][0]

    def shown(self) -> list[str]:
        """Return the names of the fields shown now, in order."""
        rows = self._rows.items()
        return [name for name, (widget, _key) in rows if self._form.isRowVisible(widget)]


def _fit(label: QLabel) -> None:
    """Let a label longer than LABEL_CHARS wrap onto more lines, so the fields keep their room.

    The wrapped label gets a fixed size (its lines' height at that width): a form row does not
    grow for a label's height-for-width on its own, and would cut the lines.
    """
    metrics = label.fontMetrics()
    room = metrics.averageCharWidth() * LABEL_CHARS
    long = metrics.horizontalAdvance(label.text().replace("&", "")) > room
    label.setWordWrap(long)
    policy = label.sizePolicy()
    policy.setHeightForWidth(False)
    label.setSizePolicy(policy)
    if long:
        label.setFixedSize(room, label.heightForWidth(room))
    else:
        label.setMinimumSize(0, 0)
        label.setMaximumSize(16777215, 16777215)  # QWIDGETSIZE_MAX: as any label


def show_precision(edits: tuple[QDateTimeEdit, ...], precision: str) -> None:
    """Hide the time part of the date fields when only the day is known."""
    display = DATE_FORMAT if precision == Precision.DAY.value else DATE_TIME_FORMAT
    for edit in edits:
        kept = edit.dateTime()  # a date-only format would drop the time: keep it for later
        edit.setDisplayFormat(display)
        edit.setDateTime(kept)


def cap_at_today(edits: tuple[QDateTimeEdit, ...], keep: datetime | None = None) -> None:
    """Offer no day after today in the fields' calendars and typing (a saved later day
    `keep`, e.g. from a computer whose clock was wrong, stays as it is)."""
    latest = QDate.currentDate()
    if keep is not None and QDate(keep.year, keep.month, keep.day) > latest:
        latest = QDate(keep.year, keep.month, keep.day)
    for edit in edits:
        edit.setMaximumDate(latest)


def future_problem(start: datetime, end: datetime | None, now: datetime | None = None) -> str:
    """Return a readable message when a time that should be past lies in the future."""
    latest = (now or datetime.now()) + FUTURE_SLACK
    if start > latest:
        return translate("Editor", "“When it happened” is later than now. Check the date and time.")
    if end is not None and end > latest:
        return translate("Editor", "“It went on until” is later than now. Check the date and time.")
    return ""
