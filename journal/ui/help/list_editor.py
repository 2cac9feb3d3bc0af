"""The list editor the user's plans share: a list, the chosen item's fields, save status.

Items live in the encrypted vault only: `load()` reads them from the unlocked vault, `save()`
writes them through `journal.plans`, `wipe()` forgets them (lock, quick exit).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import VaultError
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.plans import DocumentStore
from journal.ui.common.widgets import named, paragraph

SAVED = QT_TRANSLATE_NOOP("ListEditor", "Saved.")
UNSAVED = QT_TRANSLATE_NOOP("ListEditor", "Changes not saved yet.")


def note_edit(name: str, height: int = 90) -> QPlainTextEdit:
    """Return a named multi-line field where Tab moves on (`name`: English, "Names")."""
    edit = named(QPlainTextEdit(), name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def plan_button(text: str, description: str = "") -> QPushButton:
    """Return a named button that never becomes the default (Return in a field skips it).

    `text` is English, marked with `QT_TRANSLATE_NOOP("Names", ...)`: the button shows and is
    named by its translation; `description` is passed translated.
    """
    button = named(QPushButton(translate("Names", text)), text, description)
    button.setAutoDefault(False)
    return button


class ListEditor(QWidget):
    """A list on the left, the selected item's fields on the right, buttons and status below.

    Items are plain dicts while being edited; `_save()` validates them through journal.plans.
    """

    changed = Signal()
    # English, translated where shown: names and buttons in context "Names", EMPTY in "PlansView".
    LIST_NAME = QT_TRANSLATE_NOOP("Names", "Items")
    ADD = QT_TRANSLATE_NOOP("Names", "Add")
    REMOVE = QT_TRANSLATE_NOOP("Names", "Remove")
    SAVE = QT_TRANSLATE_NOOP("Names", "Save")
    EMPTY = QT_TRANSLATE_NOOP("PlansView", "Nothing here yet.")

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: DocumentStore | None = None
        self._items: list[dict[str, Any]] = []
        self._shown: dict[str, Any] | None = None  # the item whose fields are on screen
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
        self.add_button = plan_button(self.ADD)
        self.remove_button = plan_button(self.REMOVE)
        self.save_button = plan_button(self.SAVE)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.save_button.clicked.connect(self.save)
        self.status = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Save status"))
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.empty_hint = QLabel(translate("PlansView", self.EMPTY))
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
            self._say(
                translate("ListEditor", "The saved copy could not be read: {error}").format(
                    error=exc
                ),
                error=True,
            )
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
        self._shown = item
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
        """A field changed: keep it in the item whose fields are shown, refresh its row.

        The item is the one the fields were filled from, never "whatever row is current
        now": a note typed there always lands on the step it was typed for.
        """
        if self._loading:
            return
        item = self._shown
        index = next((i for i, known in enumerate(self._items) if known is item), -1)
        if item is None or index < 0:
            return
        item[key] = value
        row = self.list.item(index)
        if row is not None:
            self._render(row, item)
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._say(translate("ListEditor", UNSAVED))
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setObjectName("error" if error else "")
        self.status.style().unpolish(self.status)  # the app style's error colour follows
        self.status.style().polish(self.status)
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
            self._say(translate("ListEditor", "Unlock your journal to save."), error=True)
            return False
        try:
            self._write(self._store, self._items)
        except ValueError as exc:
            self._say(str(exc), error=True)
            return False
        except VaultError as exc:
            self._say(
                translate("ListEditor", "Not saved: {error}").format(error=exc.message), error=True
            )
            return False
        self.dirty = False
        self._say(translate("ListEditor", SAVED))
        return True

    def wipe(self) -> None:
        """Forget every item and field (lock, quick exit)."""
        self._store = None
        self._items = []
        self._loading = True
        with QSignalBlocker(self.list):
            self.list.clear()
        self._shown = None
        self._fill(None)
        self._loading = False
        self.dirty = False
        self.status.clear()
        self._show_item(-1)
