"""The left side of the journal page: search, filters, the list of entries and their count."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.model import KIND_LABELS, KINDS, Entry
from journal.session import Session
from journal.taxonomy import Taxonomy
from journal.ui.common.folding_row import FoldingRow
from journal.ui.common.widgets import named
from journal.ui.editor.behaviours import own_group
from journal.ui.journal.entry_model import EntryTableModel

TEXT_ROLE = Qt.ItemDataRole.AccessibleTextRole


class EntryList(QWidget):
    """Search and filter the unlocked journal's entries; emits the entry chosen in the list."""

    filters_changed = Signal()  # search text (after a short pause), kind, behaviour, dates, order
    entry_chosen = Signal(object)  # Entry, or None when nothing is selected
    entry_activated = Signal()

    def __init__(self, session: Session, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._taxonomy = taxonomy

        self.search = named(
            QLineEdit(),
            QT_TRANSLATE_NOOP("Names", "Search"),
            translate("EntryList", "Search all text of all entries (Ctrl+F)"),
        )
        self.search.setPlaceholderText(translate("EntryList", "Search all entries (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Filter by kind"))
        self.kind_filter.addItem(translate("EntryList", "All kinds"), None)
        for kind in KINDS:
            self.kind_filter.addItem(KIND_LABELS[kind], kind)
        self.behaviour_filter = named(
            QComboBox(), QT_TRANSLATE_NOOP("Names", "Filter by behaviour")
        )
        self.fill_behaviour_filter()
        self.use_dates = named(
            QCheckBox(translate("EntryList", "Dates")),
            QT_TRANSLATE_NOOP("Names", "Dates: filter by when it happened"),
        )
        self.date_from = named(QDateEdit(), QT_TRANSLATE_NOOP("Names", "From date"))
        self.date_to = named(QDateEdit(), QT_TRANSLATE_NOOP("Names", "To date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")  # the month's name in the interface's language
            edit.setEnabled(False)
        self.date_from.setDate(QDate.currentDate().addYears(-1))
        self.date_to.setDate(QDate.currentDate())
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.order = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Order"))
        self.order.addItem(translate("EntryList", "Newest first"), True)
        self.order.addItem(translate("EntryList", "Oldest first"), False)
        self.count = QLabel()
        self.count.setAccessibleName(translate("Names", "Number of entries shown"))

        self.model = EntryTableModel(taxonomy, self)
        self.table = named(QTableView(), QT_TRANSLATE_NOOP("Names", "Entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EntryTableModel.COL_WHEN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EntryTableModel.COL_KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            EntryTableModel.COL_BEHAVIOURS, QHeaderView.ResizeMode.Interactive
        )
        header.setStretchLastSection(True)
        self.table.setColumnWidth(EntryTableModel.COL_WHEN, 190)
        self.table.setColumnWidth(EntryTableModel.COL_KIND, 110)
        self.table.setColumnWidth(EntryTableModel.COL_BEHAVIOURS, 150)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.entry_activated.emit())

        self.new_button = named(
            QPushButton(translate("EntryList", "New entry")),
            QT_TRANSLATE_NOOP("Names", "New entry"),
            translate("EntryList", "Write a new entry (Ctrl+N)"),
        )
        self.lock_button = named(
            QPushButton(translate("EntryList", "Lock")),
            QT_TRANSLATE_NOOP("Names", "Lock"),
            translate("EntryList", "Lock the journal (Ctrl+L)"),
        )

        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.behaviour_filter, 1)
        span = QWidget()
        dates = QHBoxLayout(span)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(translate("EntryList", "to", "between two dates")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        # The order's whole name ("Recientes primero") stays readable: in a narrow list the
        # order goes under the dates instead of being cut; it is never wider than its words.
        self.order.setSizePolicy(
            QSizePolicy.Policy.Maximum, self.order.sizePolicy().verticalPolicy()
        )
        self.dates_row = FoldingRow(span, self.order, apart=True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.dates_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        for signal in (
            self.kind_filter.currentIndexChanged,
            self.behaviour_filter.currentIndexChanged,
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.order.currentIndexChanged,
        ):
            signal.connect(self.filters_changed)

    def fill_behaviour_filter(self, extra: list[str] | None = None) -> None:
        """Offer every bundled behaviour, then the user's own `extra` ones; keep the choice."""
        self.behaviour_filter.blockSignals(True)
        current = self.behaviour_filter.currentData()
        self.behaviour_filter.clear()
        self.behaviour_filter.addItem(translate("EntryList", "All behaviours"), None)
        # Grouped as in the editor: a group's name is a heading that cannot be chosen.
        groups = [(g.name, [(b.name, b.id) for b in g.behaviours]) for g in self._taxonomy.groups]
        if extra:
            groups.append((own_group(), [(own, own) for own in sorted(extra)]))
        for group, behaviours in groups:
            self._filter_heading(group)
            for name, key in behaviours:
                self.behaviour_filter.addItem("    " + name, key)
                index = self.behaviour_filter.count() - 1
                said = translate("EntryList", "{behaviour} ({group})").format(
                    behaviour=name, group=group
                )
                self.behaviour_filter.setItemData(index, said, TEXT_ROLE)
        index = self.behaviour_filter.findData(current)
        self.behaviour_filter.setCurrentIndex(max(0, index))
        self.behaviour_filter.blockSignals(False)

    def _filter_heading(self, group: str) -> None:
        self.behaviour_filter.addItem(group, None)
        index = self.behaviour_filter.count() - 1
        item = self.behaviour_filter.model().item(index)  # type: ignore[attr-defined]
        item.setEnabled(False)  # a heading: arrow keys and the mouse pass over it
        font = QFont()
        font.setBold(True)
        item.setFont(font)

    def show_own_behaviours(self) -> None:
        """Add the behaviours the user wrote in (not bundled) to the filter."""
        known = {b.id for b in self._taxonomy.all_behaviours()}
        self.fill_behaviour_filter(sorted(self._session.vault.behaviours_used() - known))

    def refresh(self, keep: str | None = None) -> None:
        """Apply search and filters to the list, selecting entry `keep` again if listed."""
        if not self._session.is_unlocked:
            return
        vault = self._session.vault
        kind = self.kind_filter.currentData()
        behaviour = self.behaviour_filter.currentData()
        dates = self.use_dates.isChecked()
        entries: Sequence[Entry | None]
        if self.search.text().strip() or kind or behaviour or dates:
            found = self._filtered(vault.search(self.search.text()), kind, behaviour, dates)
            if self.order.currentData():
                found.reverse()
            entries = found
        else:  # every entry, each built when its row is first drawn: a long journal shows
            listing = vault.listing()  # at once; the rest are built while the person reads
            entries = listing.reversed() if self.order.currentData() else listing
        self.model.set_entries(entries)
        self.count.setText(count_text(len(entries), len(vault)))
        if keep:
            self.select(keep)

    def _filtered(
        self, entries: list[Entry], kind: str | None, behaviour: str | None, dates: bool
    ) -> list[Entry]:
        if kind:
            entries = [e for e in entries if e.kind == kind]
        if behaviour:
            entries = [e for e in entries if behaviour in e.behaviours]
        if dates:
            start = datetime.combine(self.date_from.date().toPython(), time.min)
            end = datetime.combine(self.date_to.date().toPython(), time.max)
            entries = [e for e in entries if start <= _local(e.occurred_start) <= end]
        return entries

    def select(self, entry_id: str) -> None:
        """Select an entry in the list (which shows it)."""
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def listed(self, entry_id: str) -> bool:
        """Return True if the entry is in the list as filtered now."""
        return self.model.row_of(entry_id) >= 0

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search.setFocus()
        self.search.selectAll()

    def wipe(self) -> None:
        """Forget the list, the search text and the user's own behaviours (on lock)."""
        self._search_timer.stop()
        self.model.clear()
        self.search.clear()
        self.fill_behaviour_filter()
        self.count.clear()

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry: Entry | None = self.model.entry(rows[0].row()) if rows else None
        self.entry_chosen.emit(entry)


def count_text(shown: int, total: int) -> str:
    """Return "3 of 12 entries" (or "12 entries" when all are shown), translated.

    English has no catalog to choose its plural form: the code picks the English message by
    the count and the catalog of another language picks that language's form (`%n`).
    """
    if shown == total:
        if total == 1:
            return translate("EntryList", "%n entry", None, total)
        return translate("EntryList", "%n entries", None, total)
    if total == 1:
        text = translate("EntryList", "{shown} of %n entry", None, total)
    else:
        text = translate("EntryList", "{shown} of %n entries", None, total)
    return text.format(shown=shown)


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
