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
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.plans import DocumentStore
from journal.ui.common.widgets import named
from journal.ui.help.list_editor import ListEditor, note_edit, plan_button
from journal.ui.safety.clipboard import ClipboardGuard


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ContactsView(ListEditor):
    """The user's trusted contacts: name, how to reach them, a note."""

    LIST_NAME = QT_TRANSLATE_NOOP("Names", "Trusted contacts")
    ADD = QT_TRANSLATE_NOOP("Names", "Add contact")
    REMOVE = QT_TRANSLATE_NOOP("Names", "Remove contact")
    SAVE = QT_TRANSLATE_NOOP("Names", "Save contacts")
    EMPTY = QT_TRANSLATE_NOOP(
        "PlansView", "No contacts yet. Press “Add contact” to add someone you trust."
    )

    def __init__(self, clipboard: ClipboardGuard | None = None, parent: QWidget | None = None):
        super().__init__(
            translate(
                "PlansView",
                "People you trust and how to reach them. They are kept encrypted inside your "
                "journal and are only shown while it is unlocked.",
            ),
            parent,
        )
        self._clipboard = clipboard
        self.name_edit = named(QLineEdit(), QT_TRANSLATE_NOOP("Names", "Name"))
        self.reach_edit = named(QLineEdit(), QT_TRANSLATE_NOOP("Names", "How to reach"))
        self.reach_edit.setPlaceholderText(
            translate("PlansView", "Phone number, address, or where to find them")
        )
        self.note_edit = note_edit(QT_TRANSLATE_NOOP("Names", "Note"))
        self.copy_button = plan_button(
            QT_TRANSLATE_NOOP("Names", "Copy how to reach"),
            translate("PlansView", "Copy it; the clipboard is cleared after 30 seconds"),
        )
        self.form.addRow(translate("PlansView", "Name"), self.name_edit)
        self.form.addRow(translate("PlansView", "How to reach"), self.reach_edit)
        self.form.addRow(translate("PlansView", "Note"), self.note_edit)
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
        name = item["name"].strip() or translate("PlansView", "(new contact)")
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
            self._say(translate("PlansView", "Copied. The clipboard is cleared after 30 seconds."))


class SafetyPlanView(ListEditor):
    """The safety plan: seeded steps and the user's own, each with a note and done or not."""

    LIST_NAME = QT_TRANSLATE_NOOP("Names", "Safety plan steps")
    ADD = QT_TRANSLATE_NOOP("Names", "Add step")
    REMOVE = QT_TRANSLATE_NOOP("Names", "Remove step")
    SAVE = QT_TRANSLATE_NOOP("Names", "Save plan")
    EMPTY = QT_TRANSLATE_NOOP("PlansView", "No steps yet. Press “Add step” to write your own.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate(
                "PlansView",
                "Things to have ready in case you need to leave quickly. Tick a step when it is "
                "done, add notes (where things are, who has a copy), and add your own steps.",
            ),
            parent,
        )
        self.step_edit = named(QLineEdit(), QT_TRANSLATE_NOOP("Names", "Step"))
        self.done_box = named(
            QCheckBox(translate("PlansView", "Done")), QT_TRANSLATE_NOOP("Names", "Done")
        )
        self.note_edit = note_edit(QT_TRANSLATE_NOOP("Names", "Note"), 140)
        self.note_edit.setPlaceholderText(
            translate("PlansView", "For example: where it is kept, who can help")
        )
        self.form.addRow(translate("PlansView", "Step"), self.step_edit)
        self.form.addRow("", self.done_box)
        self.form.addRow(translate("PlansView", "Note"), self.note_edit)
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
        text = item["text"].strip() or translate("PlansView", "(new step)")
        note = item["note"].strip().splitlines()
        if not note:
            return text
        return translate("PlansView", "{step}\nNote: {note}").format(step=text, note=note[0])

    def _decorate(self, row: QListWidgetItem, item: dict[str, Any]) -> None:
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Qt.CheckState.Checked if item["done"] else Qt.CheckState.Unchecked)
        if item["done"]:
            said = translate("PlansView", "{step} (done)")
        else:
            said = translate("PlansView", "{step} (not done yet)")
        row.setData(Qt.ItemDataRole.AccessibleTextRole, said.format(step=self._label(item)))

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

    LIST_NAME = QT_TRANSLATE_NOOP("Names", "Triggers")
    ADD = QT_TRANSLATE_NOOP("Names", "Add trigger")
    REMOVE = QT_TRANSLATE_NOOP("Names", "Remove trigger")
    SAVE = QT_TRANSLATE_NOOP("Names", "Save plan")
    EMPTY = QT_TRANSLATE_NOOP("PlansView", "No triggers yet. Press “Add trigger” to write one.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate(
                "PlansView",
                "Moments when going back can feel tempting, and what you will do then. Write one "
                "action or one person per line.",
            ),
            parent,
        )
        self.trigger_edit = named(QLineEdit(), QT_TRANSLATE_NOOP("Names", "Trigger"))
        self.actions_edit = note_edit(QT_TRANSLATE_NOOP("Names", "What I will do"), 120)
        self.people_edit = note_edit(QT_TRANSLATE_NOOP("Names", "Who I will contact"), 90)
        self.people_edit.setPlaceholderText(
            translate("PlansView", "Names from your trusted contacts, a helpline…")
        )
        self.form.addRow(translate("PlansView", "Trigger"), self.trigger_edit)
        self.form.addRow(translate("PlansView", "What I will do"), self.actions_edit)
        self.form.addRow(translate("PlansView", "Who I will contact"), self.people_edit)
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
        text = item["trigger"].strip() or translate("PlansView", "(new trigger)")
        count = len(item["actions"])
        if count == 1:
            plan = translate("PlansView", "1 planned action")
        elif count:
            plan = translate("PlansView", "{count} planned actions").format(count=count)
        else:
            plan = translate("PlansView", "No plan yet")
        return f"{text}\n{plan}"

    def _fill(self, item: dict[str, Any] | None) -> None:
        self.trigger_edit.setText(item["trigger"] if item else "")
        self.trigger_edit.setCursorPosition(0)
        self.actions_edit.setPlainText("\n".join(item["actions"]) if item else "")
        self.people_edit.setPlainText("\n".join(item["people"]) if item else "")

    def _first_field(self) -> QWidget:
        return self.trigger_edit
