"""The user's own lists: trusted contacts, safety plan, relapse plan.

Every view here shows the user's writing, which lives only inside the encrypted vault. Views
are given a `DocumentStore` (the unlocked vault) by `load()`, save through `journal.plans`,
and drop everything in `wipe()` (lock, quick exit). They never open files themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QListWidgetItem, QWidget

from journal import plans
from journal.plans import DocumentStore
from journal.ui.common.widgets import named
from journal.ui.help.list_editor import ListEditor, note_edit, plan_button
from journal.ui.safety.clipboard import ClipboardGuard


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ContactsView(ListEditor):
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
        self.note_edit = note_edit("Note")
        self.copy_button = plan_button(
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


class SafetyPlanView(ListEditor):
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
        self.note_edit = note_edit("Note", 140)
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
        # Ticking a step's box makes it the step being edited: its note is the one shown, so
        # what is typed next is saved with it (not with the step selected before).
        if index != self.list.currentRow():
            self.list.setCurrentRow(index)
        self._loading = True
        self.done_box.setChecked(done)
        self._loading = False
        self._mark_dirty()


class RelapsePlanView(ListEditor):
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
        self.actions_edit = note_edit("What I will do", 120)
        self.people_edit = note_edit("Who I will contact", 90)
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
