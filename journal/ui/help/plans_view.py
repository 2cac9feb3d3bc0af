"""The user's own help material: trusted contacts, safety plan, relapse plan, red-flag check-in.

Every view here shows the user's writing, which lives only inside the encrypted vault. Views
are given a `DocumentStore` (the unlocked vault) by `load()`, save through `journal.plans`,
and drop everything in `wipe()` (lock, quick exit). They never open files themselves.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal import plans
from journal.errors import VaultError
from journal.plans import DocumentStore
from journal.ui.common.widgets import heading, named, paragraph
from journal.ui.safety.clipboard import ClipboardGuard

SAVED = "Saved."
UNSAVED = "Changes not saved yet."


def _note_edit(name: str, height: int = 90) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _button(text: str, description: str = "") -> QPushButton:
    button = named(QPushButton(text), text, description)
    button.setAutoDefault(False)
    return button


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _ListEditor(QWidget):
    """A list on the left, the selected item's fields on the right, buttons and status below.

    Items are plain dicts while being edited; `_save()` validates them through journal.plans.
    """

    changed = Signal()
    LIST_NAME = "Items"
    ADD = "Add"
    REMOVE = "Remove"
    SAVE = "Save"
    EMPTY = "Nothing here yet."

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: DocumentStore | None = None
        self._items: list[dict[str, Any]] = []
        self._loading = False
        self.dirty = False
        self.list = named(QListWidget(), self.LIST_NAME)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._show_item)
        self.add_button = _button(self.ADD)
        self.remove_button = _button(self.REMOVE)
        self.save_button = _button(self.SAVE)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.save_button.clicked.connect(self.save)
        self.status = named(QLabel(), "Save status")
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.empty_hint = QLabel(self.EMPTY)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("hint")

        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        self.editor = editor

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.empty_hint)
        right.addWidget(editor)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        right.addLayout(save_row)
        right.addStretch(1)
        body.addLayout(left, 5)
        body.addSpacing(12)
        body.addLayout(right, 6)

        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(intro))
        layout.addLayout(body, 1)

    # -- to fill in by each view ---------------------------------------------------------

    def _read(self, store: DocumentStore) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _write(self, store: DocumentStore, items: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def _blank(self) -> dict[str, Any]:
        raise NotImplementedError

    def _label(self, item: dict[str, Any]) -> str:
        raise NotImplementedError

    def _fill(self, item: dict[str, Any] | None) -> None:
        """Show `item` in the fields (None: clear them)."""
        raise NotImplementedError

    def _first_field(self) -> QWidget:
        raise NotImplementedError

    def _decorate(self, row: QListWidgetItem, item: dict[str, Any]) -> None:
        """Adjust a list row beyond its text (e.g. a check mark)."""

    # -- shared behaviour ----------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """Return True while showing a vault's saved items."""
        return self._store is not None

    def shows(self, store: DocumentStore) -> bool:
        """Return True if the items shown were read from `store`."""
        return self._store is store

    def load(self, store: DocumentStore) -> None:
        """Show the saved items from the unlocked vault."""
        self._store = store
        try:
            items = self._read(store)
        except ValueError as exc:
            items = []
            self._say(f"The saved copy could not be read: {exc}", error=True)
        else:
            self.status.clear()
        self._set_items(items)
        self.dirty = False

    def items(self) -> list[dict[str, Any]]:
        """Return copies of the items as currently edited."""
        return [dict(item) for item in self._items]

    def _set_items(self, items: list[dict[str, Any]]) -> None:
        self._items = items
        self._loading = True
        with QSignalBlocker(self.list):
            self.list.clear()
            for item in items:
                row = QListWidgetItem()
                self.list.addItem(row)
                self._render(row, item)
        self._loading = False
        self.list.setCurrentRow(0 if items else -1)
        self._show_item(self.list.currentRow())

    def _render(self, row: QListWidgetItem, item: dict[str, Any]) -> None:
        with QSignalBlocker(self.list):
            row.setText(self._label(item))
            self._decorate(row, item)

    @Slot(int)
    def _show_item(self, index: int) -> None:
        item = self._items[index] if 0 <= index < len(self._items) else None
        self._loading = True
        try:
            self._fill(item)
        finally:
            self._loading = False
        self.editor.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self.empty_hint.setVisible(not self._items)

    def _current(self) -> dict[str, Any] | None:
        index = self.list.currentRow()
        return self._items[index] if 0 <= index < len(self._items) else None

    def _edited(self, key: str, value: object) -> None:
        """A field of the selected item changed: keep it and refresh its row."""
        if self._loading:
            return
        item = self._current()
        if item is None:
            return
        item[key] = value
        row = self.list.currentItem()
        if row is not None:
            self._render(row, item)
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._say(UNSAVED)
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setObjectName("error" if error else "")
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    @Slot()
    def _add(self) -> None:
        item = self._blank()
        self._items.append(item)
        row = QListWidgetItem()
        self.list.addItem(row)
        self._render(row, item)
        self.list.setCurrentRow(len(self._items) - 1)
        self._mark_dirty()
        self._first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _remove(self) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self._items):
            return
        del self._items[index]
        with QSignalBlocker(self.list):
            self.list.takeItem(index)
        self.list.setCurrentRow(min(index, len(self._items) - 1))
        self._show_item(self.list.currentRow())
        self._mark_dirty()

    @Slot()
    def save(self) -> bool:
        """Validate and save encrypted; say what is wrong instead when something is missing."""
        if self._store is None:
            self._say("Unlock your journal to save.", error=True)
            return False
        try:
            self._write(self._store, self._items)
        except ValueError as exc:
            self._say(str(exc), error=True)
            return False
        except VaultError as exc:
            self._say(f"Not saved: {exc.message}", error=True)
            return False
        self.dirty = False
        self._say(SAVED)
        return True

    def wipe(self) -> None:
        """Forget every item and field (lock, quick exit)."""
        self._store = None
        self._items = []
        self._loading = True
        with QSignalBlocker(self.list):
            self.list.clear()
        self._fill(None)
        self._loading = False
        self.dirty = False
        self.status.clear()
        self._show_item(-1)


class ContactsView(_ListEditor):
    """The user's trusted contacts: name, how to reach them, a note."""

    LIST_NAME = "Trusted contacts"
    ADD = "Add contact"
    REMOVE = "Remove contact"
    SAVE = "Save contacts"
    EMPTY = "No contacts yet. Press “Add contact” to add someone you trust."

    def __init__(self, clipboard: ClipboardGuard | None = None, parent: QWidget | None = None):
        super().__init__(
            "People you trust and how to reach them. They are kept encrypted inside your "
            "journal and are only shown while it is unlocked.",
            parent,
        )
        self._clipboard = clipboard
        self.name_edit = named(QLineEdit(), "Name")
        self.reach_edit = named(QLineEdit(), "How to reach")
        self.reach_edit.setPlaceholderText("Phone number, address, or where to find them")
        self.note_edit = _note_edit("Note")
        self.copy_button = _button(
            "Copy how to reach", "Copy it; the clipboard is cleared after 30 seconds"
        )
        self.form.addRow("Name", self.name_edit)
        self.form.addRow("How to reach", self.reach_edit)
        self.form.addRow("Note", self.note_edit)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        self.form.addRow("", copy_row)
        self.name_edit.textChanged.connect(lambda t: self._edited("name", t))
        self.reach_edit.textChanged.connect(lambda t: self._edited("reach", t))
        self.note_edit.textChanged.connect(
            lambda: self._edited("note", self.note_edit.toPlainText())
        )
        self.copy_button.clicked.connect(self._copy)
        self._show_item(-1)

    def _read(self, store: DocumentStore) -> list[dict[str, Any]]:
        return [
            {"id": c.id, "name": c.name, "reach": c.reach, "note": c.note}
            for c in plans.load_contacts(store)
        ]

    def _write(self, store: DocumentStore, items: list[dict[str, Any]]) -> None:
        plans.save_contacts(store, self.contacts())

    def contacts(self) -> list[plans.TrustedContact]:
        """Return the contacts as edited, validated (ValueError says what is missing)."""
        return [plans.make_contact(i["name"], i["reach"], i["note"], i["id"]) for i in self._items]

    def _blank(self) -> dict[str, Any]:
        return {"id": plans.new_id(), "name": "", "reach": "", "note": ""}

    def _label(self, item: dict[str, Any]) -> str:
        name = item["name"].strip() or "(new contact)"
        reach = item["reach"].strip()
        return f"{name}\n{reach}" if reach else name

    def _fill(self, item: dict[str, Any] | None) -> None:
        self.name_edit.setText(item["name"] if item else "")
        self.reach_edit.setText(item["reach"] if item else "")
        self.note_edit.setPlainText(item["note"] if item else "")

    def _first_field(self) -> QWidget:
        return self.name_edit

    @Slot()
    def _copy(self) -> None:
        text = self.reach_edit.text().strip()
        if text and self._clipboard is not None:
            self._clipboard.copy(text)
            self._say("Copied. The clipboard is cleared after 30 seconds.")


class SafetyPlanView(_ListEditor):
    """The safety plan: seeded steps and the user's own, each with a note and done or not."""

    LIST_NAME = "Safety plan steps"
    ADD = "Add step"
    REMOVE = "Remove step"
    SAVE = "Save plan"
    EMPTY = "No steps yet. Press “Add step” to write your own."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Things to have ready in case you need to leave quickly. Tick a step when it is "
            "done, add notes (where things are, who has a copy), and add your own steps.",
            parent,
        )
        self.step_edit = named(QLineEdit(), "Step")
        self.done_box = named(QCheckBox("Done"), "Done")
        self.note_edit = _note_edit("Note", 140)
        self.note_edit.setPlaceholderText("For example: where it is kept, who can help")
        self.form.addRow("Step", self.step_edit)
        self.form.addRow("", self.done_box)
        self.form.addRow("Note", self.note_edit)
        self.step_edit.textChanged.connect(lambda t: self._edited("text", t))
        self.done_box.toggled.connect(lambda on: self._edited("done", on))
        self.note_edit.textChanged.connect(
            lambda: self._edited("note", self.note_edit.toPlainText())
        )
        self.list.itemChanged.connect(self._ticked)
        self._show_item(-1)

    def _read(self, store: DocumentStore) -> list[dict[str, Any]]:
        return [
            {"id": i.id, "text": i.text, "note": i.note, "done": i.done, "seeded": i.seeded}
            for i in plans.load_safety_plan(store)
        ]

    def _write(self, store: DocumentStore, items: list[dict[str, Any]]) -> None:
        plans.save_safety_plan(store, self.steps())

    def steps(self) -> list[plans.SafetyItem]:
        """Return the steps as edited, validated."""
        return [
            plans.make_safety_item(i["text"], i["note"], i["done"], i["id"], i["seeded"])
            for i in self._items
        ]

    def _blank(self) -> dict[str, Any]:
        return {"id": plans.new_id(), "text": "", "note": "", "done": False, "seeded": False}

    def _label(self, item: dict[str, Any]) -> str:
        text = item["text"].strip() or "(new step)"
        note = item["note"].strip().splitlines()
        return f"{text}\nNote: {note[0]}" if note else text

    def _decorate(self, row: QListWidgetItem, item: dict[str, Any]) -> None:
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Qt.CheckState.Checked if item["done"] else Qt.CheckState.Unchecked)
        state = "done" if item["done"] else "not done yet"
        row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self._label(item)} ({state})")

    def _fill(self, item: dict[str, Any] | None) -> None:
        self.step_edit.setText(item["text"] if item else "")
        self.step_edit.setCursorPosition(0)
        self.done_box.setChecked(bool(item and item["done"]))
        self.note_edit.setPlainText(item["note"] if item else "")

    def _first_field(self) -> QWidget:
        return self.step_edit

    @Slot(QListWidgetItem)
    def _ticked(self, row: QListWidgetItem) -> None:
        index = self.list.row(row)
        if self._loading or not 0 <= index < len(self._items):
            return
        done = row.checkState() == Qt.CheckState.Checked
        item = self._items[index]
        if item["done"] == done:
            return
        item["done"] = done
        self._render(row, item)
        if index == self.list.currentRow():
            self._loading = True
            self.done_box.setChecked(done)
            self._loading = False
        self._mark_dirty()


class RelapsePlanView(_ListEditor):
    """The relapse-prevention plan: each trigger with planned actions and people to contact."""

    LIST_NAME = "Triggers"
    ADD = "Add trigger"
    REMOVE = "Remove trigger"
    SAVE = "Save plan"
    EMPTY = "No triggers yet. Press “Add trigger” to write one."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Moments when going back can feel tempting, and what you will do then. Write one "
            "action or one person per line.",
            parent,
        )
        self.trigger_edit = named(QLineEdit(), "Trigger")
        self.actions_edit = _note_edit("What I will do", 120)
        self.people_edit = _note_edit("Who I will contact", 90)
        self.people_edit.setPlaceholderText("Names from your trusted contacts, a helpline…")
        self.form.addRow("Trigger", self.trigger_edit)
        self.form.addRow("What I will do", self.actions_edit)
        self.form.addRow("Who I will contact", self.people_edit)
        self.trigger_edit.textChanged.connect(lambda t: self._edited("trigger", t))
        self.actions_edit.textChanged.connect(
            lambda: self._edited("actions", _lines(self.actions_edit.toPlainText()))
        )
        self.people_edit.textChanged.connect(
            lambda: self._edited("people", _lines(self.people_edit.toPlainText()))
        )
        self._show_item(-1)

    def _read(self, store: DocumentStore) -> list[dict[str, Any]]:
        return [
            {"id": t.id, "trigger": t.trigger, "actions": list(t.actions), "people": list(t.people)}
            for t in plans.load_relapse_plan(store)
        ]

    def _write(self, store: DocumentStore, items: list[dict[str, Any]]) -> None:
        plans.save_relapse_plan(store, self.triggers())

    def triggers(self) -> list[plans.RelapseTrigger]:
        """Return the triggers as edited, validated."""
        return [
            plans.make_trigger(i["trigger"], i["actions"], i["people"], i["id"])
            for i in self._items
        ]

    def _blank(self) -> dict[str, Any]:
        return {"id": plans.new_id(), "trigger": "", "actions": [], "people": []}

    def _label(self, item: dict[str, Any]) -> str:
        text = item["trigger"].strip() or "(new trigger)"
        count = len(item["actions"])
        plan = f"{count} planned action{'s' if count != 1 else ''}" if count else "No plan yet"
        return f"{text}\n{plan}"

    def _fill(self, item: dict[str, Any] | None) -> None:
        self.trigger_edit.setText(item["trigger"] if item else "")
        self.trigger_edit.setCursorPosition(0)
        self.actions_edit.setPlainText("\n".join(item["actions"]) if item else "")
        self.people_edit.setPlainText("\n".join(item["people"]) if item else "")

    def _first_field(self) -> QWidget:
        return self.trigger_edit


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def flag_bar(count: int) -> str:
    """Return a text gauge such as "●●●○○○○ 3 of 7" (readable without colour)."""
    total = len(plans.FLAG_IDS)
    return "●" * count + "○" * (total - count) + f"  {count} of {total}"


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
        self.date_edit = named(QDateEdit(), "Date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.dateChanged.connect(self._date_changed)
        self.note_edit = _note_edit("Note", 48)
        self.note_edit.setMaximumHeight(60)
        self.note_edit.setPlaceholderText("Anything you want to remember about this time")
        self.note_edit.textChanged.connect(self._mark_dirty)
        self.save_button = _button("Save check-in")
        self.save_button.clicked.connect(self.save)
        self.status = named(QLabel(), "Save status")
        self.status.setWordWrap(True)
        self.history = named(QTableWidget(0, 4), "Past check-ins")
        self.history.setHorizontalHeaderLabels(["Date", "Red flags", "Which", "Note"])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.trend = named(QLabel(), "Change over time")
        self.trend.setWordWrap(True)

        form = QHBoxLayout()
        form.addWidget(QLabel("Date"))
        form.addWidget(self.date_edit)
        form.addSpacing(12)
        note_label = QLabel("Note")
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
                "Over the last week or two, which of these felt true? There are no right "
                "answers. Each check-in is saved with its date, so you can see how things "
                "change over time."
            )
        )
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(heading("Past check-ins", 2))
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
            self.status.setText(f"The saved check-ins could not be read: {exc}")
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
        self.status.setText(UNSAVED)
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
                "You already checked in on this day. Saving again replaces that check-in."
            )
        else:
            self.status.clear()
        self.dirty = False

    @Slot()
    def save(self) -> bool:
        """Save this check-in with its date (encrypted) and list it."""
        if self._store is None:
            self.status.setText("Unlock your journal to save.")
            return False
        day: date = self.date_edit.date().toPython()
        try:
            checkin = plans.make_checkin(day, self._answers(), self.note_edit.toPlainText())
            self._checkins = plans.save_checkin(self._store, checkin)
        except ValueError as exc:
            self.status.setText(str(exc))
            return False
        except VaultError as exc:
            self.status.setText(f"Not saved: {exc.message}")
            return False
        self._fill_history()
        self.dirty = False
        self.status.setText(f"Saved your check-in for {_day(day)}.")
        return True

    def _fill_history(self) -> None:
        newest_first = list(reversed(self._checkins))
        self.history.setRowCount(len(newest_first))
        for row, checkin in enumerate(newest_first):
            cells = (
                f"{checkin.day.day} {checkin.day:%b %Y}",
                flag_bar(checkin.count),
                ", ".join(checkin.flagged_titles()) or "None",
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
            return "No check-ins yet. Your first one will appear here."
        last = self._checkins[-1]
        if len(self._checkins) == 1:
            return f"One check-in so far: {last.count} of 7 red flags."
        first = self._checkins[0]
        change = last.count - first.count
        if change < 0:
            trend = f"{-change} fewer than at your first check-in."
        elif change > 0:
            trend = f"{change} more than at your first check-in."
        else:
            trend = "the same number as at your first check-in."
        return (
            f"{len(self._checkins)} check-ins. Latest ({_day(last.day)}): {last.count} of 7 "
            f"red flags — {trend} First ({_day(first.day)}): {first.count} of 7."
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
