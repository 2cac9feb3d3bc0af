"""Table model of journal entries for the list view (Qt model/view)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from journal.display import behaviour_labels, first_words, format_when, kind_label
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.model import Entry
from journal.taxonomy import Taxonomy
from journal.vault import EntryListing

Index = QModelIndex | QPersistentModelIndex


class EntryTableModel(QAbstractTableModel):
    """Rows of entries: when, kind, behaviours and the first words of what happened."""

    COL_WHEN = 0
    COL_KIND = 1
    COL_BEHAVIOURS = 2
    COL_SUMMARY = 3
    HEADERS = (  # English; shown translated
        QT_TRANSLATE_NOOP("EntryTable", "When it happened"),
        QT_TRANSLATE_NOOP("EntryTable", "Kind"),
        QT_TRANSLATE_NOOP("EntryTable", "Behaviours"),
        QT_TRANSLATE_NOOP("EntryTable", "What happened"),
    )

    def __init__(self, taxonomy: Taxonomy, parent: Any = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._entries: Sequence[Entry | None] = []
        self._ids: list[str | None] = []

    def set_entries(self, entries: Sequence[Entry | None]) -> None:
        """Replace every row: a list, or the vault's `EntryListing` (each entry is built
        when its row is first drawn or read, so a long journal shows at once)."""
        self.beginResetModel()
        if isinstance(entries, EntryListing):
            self._entries, self._ids = entries, list(entries.ids)
        else:
            self._entries = list(entries)
            self._ids = [entry.id if entry else None for entry in self._entries]
        self.endResetModel()

    def clear(self) -> None:
        """Drop every entry (on lock)."""
        self.set_entries([])

    def entry(self, row: int) -> Entry | None:
        """Return the entry shown on `row` (None: none, or found damaged when read)."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entry_ids(self) -> list[str]:
        """Return the ids of the entries listed, in order (without building them)."""
        return [entry_id for entry_id in self._ids if entry_id]

    def row_of(self, entry_id: str) -> int:
        """Return the row of an entry id, or -1."""
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("EntryTable", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if entry is None:  # found damaged when read: the list is refreshed without it
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_WHEN:
                return format_when(entry)
            if column == self.COL_KIND:
                return kind_label(entry.kind)
            if column == self.COL_BEHAVIOURS:
                return ", ".join(behaviour_labels(entry, self._taxonomy))
            if column == self.COL_SUMMARY:
                return first_words(entry.what_happened or entry.reflection)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SUMMARY:
            return first_words(entry.what_happened, 300)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KIND:
            return kind_label(entry.kind)  # the whole name, where the column cuts it
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_BEHAVIOURS:
            return ", ".join(behaviour_labels(entry, self._taxonomy)) or None
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
