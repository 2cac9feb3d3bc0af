"""The journal screen: filters and entry list on the left, an entry or the editor on the right."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.errors import VaultBusy, VaultError
from journal.model import KIND_LABELS, KINDS, Entry
from journal.session import Session
from journal.taxonomy import Taxonomy
from journal.ui.common.messages import ask
from journal.ui.common.widgets import Banner, named
from journal.ui.editor.editor import EntryEditor
from journal.ui.journal.entry_model import EntryTableModel
from journal.ui.journal.entry_view import EntryView

DRAFT_INTERVAL_MS = 3000


class JournalPage(QWidget):
    """Browse, search, read, write and amend entries of the unlocked journal."""

    status = Signal(str)
    lock_requested = Signal()
    busy_changed = Signal(bool)  # True while a file is being stored: nothing else may write

    def __init__(self, session: Session, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._taxonomy = taxonomy
        self._busy = False

        self.search = named(QLineEdit(), "Search", "Search all text of all entries (Ctrl+F)")
        self.search.setPlaceholderText("Search all entries (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.kind_filter = named(QComboBox(), "Filter by kind")
        self.kind_filter.addItem("All kinds", None)
        for kind in KINDS:
            self.kind_filter.addItem(KIND_LABELS[kind], kind)
        self.behaviour_filter = named(QComboBox(), "Filter by behaviour")
        self._fill_behaviour_filter()
        self.use_dates = named(QCheckBox("Dates"), "Dates: filter by when it happened")
        self.date_from = named(QDateEdit(), "From date")
        self.date_to = named(QDateEdit(), "To date")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)
        self.date_from.setDate(QDate.currentDate().addYears(-1))
        self.date_to.setDate(QDate.currentDate())
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.order = named(QComboBox(), "Order")
        self.order.addItem("Newest first", True)
        self.order.addItem("Oldest first", False)
        self.count = QLabel()
        self.count.setAccessibleName("Number of entries shown")

        self.model = EntryTableModel(taxonomy, self)
        self.table = named(QTableView(), "Entries")
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
        self.table.activated.connect(lambda _index: self.view.browser.setFocus())

        self.new_button = named(QPushButton("New entry"), "New entry", "Write a new entry (Ctrl+N)")
        self.new_button.clicked.connect(self.new_entry)
        self.lock_button = named(QPushButton("Lock"), "Lock", "Lock the journal (Ctrl+L)")
        self.lock_button.clicked.connect(self.lock_requested)

        self.banner = Banner()
        self.view = EntryView(taxonomy, session)
        if self.view.attachments is not None:
            self.view.attachments.status.connect(self.status)
            # While a large file is stored, the window stays responsive (Quick exit, Lock),
            # but the list and the entry's other actions wait until it is done.
            self.view.attachments.busy_changed.connect(self._attachment_busy)
        self.view.amend_requested.connect(self.amend_entry)
        self.view.delete_requested.connect(self.delete_entry)
        self.right = QStackedWidget()
        self.right.addWidget(self.view)
        self.editor = self._make_editor()

        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.behaviour_filter, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        dates.addWidget(self.order)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.lock_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addLayout(filters)
        ll.addLayout(dates)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._refresh_timer.start)
        for signal in (
            self.kind_filter.currentIndexChanged,
            self.behaviour_filter.currentIndexChanged,
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.order.currentIndexChanged,
        ):
            signal.connect(self.refresh)
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self._autosave_draft)

    # ---------------------------------------------------------------- building

    def _make_editor(self) -> EntryEditor:
        editor = EntryEditor(self._taxonomy, self._session)
        if editor.attachments is not None:
            editor.attachments.status.connect(self.status)
        editor.save_requested.connect(self._save)
        editor.cancel_requested.connect(self.cancel_editing)
        editor.edited.connect(self._start_draft_timer)
        editor.save_button.setEnabled(not self._busy)
        self.right.addWidget(editor)
        return editor

    def _fill_behaviour_filter(self, extra: list[str] | None = None) -> None:
        self.behaviour_filter.blockSignals(True)
        current = self.behaviour_filter.currentData()
        self.behaviour_filter.clear()
        self.behaviour_filter.addItem("All behaviours", None)
        for behaviour in self._taxonomy.all_behaviours():
            self.behaviour_filter.addItem(behaviour.name, behaviour.id)
        for own in sorted(extra or []):
            self.behaviour_filter.addItem(own, own)
        index = self.behaviour_filter.findData(current)
        self.behaviour_filter.setCurrentIndex(max(0, index))
        self.behaviour_filter.blockSignals(False)

    # --------------------------------------------------------------- lifecycle

    def start(self) -> None:
        """Show the unlocked journal and offer to resume a saved draft."""
        vault = self._session.vault
        known = {b.id for b in self._taxonomy.all_behaviours()}
        own = {b for e in vault.entries() for b in e.behaviours if b not in known}
        self._fill_behaviour_filter(sorted(own))
        self.refresh()
        self.right.setCurrentWidget(self.view)
        problems = vault.problems
        try:
            draft = vault.load_draft()
        except VaultError as exc:
            draft = None
            problems.append(exc.message)
        if problems:
            self.status.emit(
                f"{len(problems)} damaged record(s) could not be read; the rest of the journal "
                "is fine. Journal ▸ Check integrity shows details."
            )
        if draft is not None:
            self.banner.show_message(
                "You have an unsaved entry from last time.",
                [("Resume draft", self.resume_draft), ("Discard draft", self.discard_draft)],
            )
        self.table.setFocus()
        # Build the search text while the person reads the list, so the first search is as
        # quick as the others (about 40 ms once, after the window has been drawn).
        QTimer.singleShot(0, self._prepare_search)

    @Slot()
    def _prepare_search(self) -> None:
        if self._session.is_unlocked:
            self._session.vault.prepare_search()

    def wipe(self) -> None:
        """Forget everything shown: list, entry, editor, filters' text (on lock)."""
        self._draft_timer.stop()
        self._refresh_timer.stop()
        self.model.clear()
        self.view.wipe()
        self.banner.dismiss()
        self.search.clear()
        self.right.removeWidget(self.editor)
        self.editor.deleteLater()
        self.editor = self._make_editor()
        self._fill_behaviour_filter()
        self.right.setCurrentWidget(self.view)
        self.count.clear()

    def on_locked(self) -> None:
        """The journal locks: forget everything shown (a session view, see SessionViews)."""
        self.wipe()

    def on_unlocked(self, session: Session) -> None:
        """The journal was unlocked: show it."""
        self.start()

    def on_changed(self) -> None:
        """The journal was restored: forget the old one and show the new one."""
        self.wipe()
        self.start()

    @property
    def busy(self) -> bool:
        """Return True while a file is being stored (every other write waits until it is done)."""
        return self._busy

    @property
    def editing(self) -> bool:
        """Return True while the editor is open."""
        return self.right.currentWidget() is self.editor

    # -------------------------------------------------------------- browsing

    @Slot()
    def refresh(self) -> None:
        """Apply search and filters to the list, keeping the selection when possible."""
        if not self._session.is_unlocked:
            return
        vault = self._session.vault
        selected = self.view.entry.id if self.view.entry else None
        entries = vault.search(self.search.text())
        kind = self.kind_filter.currentData()
        if kind:
            entries = [e for e in entries if e.kind == kind]
        behaviour = self.behaviour_filter.currentData()
        if behaviour:
            entries = [e for e in entries if behaviour in e.behaviours]
        if self.use_dates.isChecked():
            start = datetime.combine(self.date_from.date().toPython(), time.min)
            end = datetime.combine(self.date_to.date().toPython(), time.max)
            entries = [e for e in entries if start <= _local(e.occurred_start) <= end]
        if self.order.currentData():
            entries.reverse()
        self.model.set_entries(entries)
        total = len(vault)
        noun = "entry" if total == 1 else "entries"
        self.count.setText(
            f"{len(entries)} of {total} {noun}" if len(entries) != total else f"{total} {noun}"
        )
        if selected:
            self.select(selected)

    def select(self, entry_id: str) -> None:
        """Select an entry in the list (and show it)."""
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.entry(rows[0].row()) if rows else None
        if entry is None or entry.id is None:
            self.view.show_entry(None, [])
            return
        self.view.show_entry(entry, self._session.vault.history(entry.id))
        if not self.editing:
            self.right.setCurrentWidget(self.view)

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search.setFocus()
        self.search.selectAll()

    # --------------------------------------------------------------- writing

    @Slot()
    def new_entry(self) -> None:
        """Open the editor on a new entry dated now."""
        if self._busy:
            return
        if self.editing and self.editor.has_content():
            self.editor.what_happened.setFocus()
            return
        self.editor.load(None)
        self.right.setCurrentWidget(self.editor)
        self.editor.what_happened.setFocus()

    def amend_entry(self, entry: Entry | None) -> None:
        """Open the editor on a saved entry; saving appends a revision."""
        if entry is None or self._busy:
            return
        self.editor.load(entry, amending=entry)
        self.right.setCurrentWidget(self.editor)
        self.editor.what_happened.setFocus()

    @Slot(object)
    def _save(self, entry: Entry) -> None:
        vault = self._session.vault
        try:
            if self.editor.amending is not None and self.editor.amending.id:
                saved = vault.amend_entry(self.editor.amending.id, entry)
                message = "Amendment saved. The original is kept in the history."
            else:
                saved = vault.add_entry(entry)
                message = "Entry saved."
            vault.clear_draft()
        except VaultError as exc:
            self.editor.error.setText(exc.message)
            return
        self._draft_timer.stop()
        waiting = self.editor.take_attachments()
        self.editor.load(None)
        self.right.setCurrentWidget(self.view)
        if saved.behaviours:
            known = {b.id for b in self._taxonomy.all_behaviours()}
            own = {b for e in vault.entries() for b in e.behaviours if b not in known}
            self._fill_behaviour_filter(sorted(own))
        self.refresh()
        self.select(saved.id or "")
        if self.model.row_of(saved.id or "") < 0:
            self.view.show_entry(saved, vault.history(saved.id or ""))
        self.table.setFocus()
        if waiting and self.view.attachments is not None:
            if self.view.entry is None or self.view.entry.id != saved.id:
                self.view.show_entry(saved, vault.history(saved.id or ""))
            added = self.view.attachments.add_sources(waiting)
            if not self._session.is_unlocked:
                return
            if added == len(waiting):
                message += f" {added} attachment{'s' if added != 1 else ''} added."
            else:
                message += (
                    f" {len(waiting) - added} of {len(waiting)} files could not be added; "
                    "you can add them again below the entry."
                )
        self.status.emit(message)

    @Slot()
    def cancel_editing(self) -> None:
        """Close the editor; ask once if something typed would be lost."""
        if self.editor.has_content():
            answer = ask(
                self,
                QMessageBox.Icon.Question,
                "Discard this entry?",
                "What you typed has not been saved as an entry. Discard it?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._draft_timer.stop()
        if self._session.is_unlocked:
            try:
                self._session.vault.clear_draft()
            except VaultError as exc:
                self.status.emit(exc.message)
        self.editor.load(None)
        self.right.setCurrentWidget(self.view)
        self.table.setFocus()

    def delete_entry(self, entry: Entry | None) -> None:
        """Delete an entry after one confirmation that explains what stays."""
        if entry is None or entry.id is None:
            return
        answer = ask(
            self,
            QMessageBox.Icon.Warning,
            "Delete this entry?",
            "The entry and all its earlier versions will be removed for good. The journal keeps "
            "only a marker that an entry was deleted (no content), so its integrity can still be "
            "checked.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._session.vault.delete_entry(entry.id)
        except VaultError as exc:
            self.status.emit(exc.message)
            return
        self.view.show_entry(None, [])
        self.refresh()
        self.status.emit("Entry deleted.")

    @Slot(bool)
    def _attachment_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.table, self.new_button, self.view.amend_button):
            widget.setEnabled(not busy)
        self.view.delete_button.setEnabled(not busy and self.view.entry is not None)
        if not busy:
            self.view.amend_button.setEnabled(self.view.entry is not None)
        self.editor.save_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    # ---------------------------------------------------------------- drafts

    @Slot()
    def _start_draft_timer(self) -> None:
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def save_draft(self) -> bool:
        """Before the journal locks or closes: save the editor's content as an encrypted draft;
        True when one was written.

        A file still being stored is cancelled first (nothing of it is kept; it can be added
        again), so what was typed is never lost to the file's open transaction."""
        if self._session.is_unlocked:
            self._session.vault.cancel_import()
        return self._write_draft()

    @Slot()
    def _autosave_draft(self) -> None:
        """Every few seconds while writing; waits (the timer keeps running) while a file is
        being stored."""
        self._write_draft(autosave=True)

    def _write_draft(self, *, autosave: bool = False) -> bool:
        if not (self.editing and self.editor.has_content() and self._session.is_unlocked):
            self._draft_timer.stop()
            return False
        try:
            entry = self.editor.to_entry()
        except ValueError:
            entry = self._lenient_draft()
            if entry is None:
                return False
        try:
            self._session.vault.save_draft(entry)
        except VaultBusy:
            if not autosave:
                self.status.emit(VaultBusy.default_message)
            return False  # the timer tries again in a few seconds
        except VaultError as exc:
            self.status.emit(exc.message)
            return False
        return True

    def _lenient_draft(self) -> Entry | None:
        """Return a draft even if the form is not valid yet (e.g. end before start)."""
        self.editor.has_end.setChecked(False)
        try:
            return self.editor.to_entry()
        except ValueError:
            return None

    @Slot()
    def resume_draft(self) -> None:
        """Open the saved draft in the editor."""
        self.banner.dismiss()
        try:
            draft = self._session.vault.load_draft()
        except VaultError as exc:
            self.status.emit(exc.message)
            return
        if draft is None:
            return
        amending = None
        if draft.id:
            try:
                amending = self._session.vault.get_entry(draft.id)
            except VaultError:
                amending = None
        self.editor.load(draft, amending=amending)
        self.editor.dirty = True
        self.right.setCurrentWidget(self.editor)
        self.editor.what_happened.setFocus()
        self.status.emit("Draft restored. Save it when you are ready.")

    @Slot()
    def discard_draft(self) -> None:
        """Delete the saved draft after the user chose to."""
        self.banner.dismiss()
        try:
            self._session.vault.clear_draft()
        except VaultError as exc:
            self.status.emit(exc.message)


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
