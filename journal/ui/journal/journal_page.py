"""The journal screen: filters and entry list on the left, an entry or the editor on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import VaultError
from journal.i18n import translate
from journal.model import Entry
from journal.session import Session
from journal.taxonomy import Taxonomy
from journal.ui.common.messages import ask
from journal.ui.common.widgets import Banner, Notice
from journal.ui.editor.editor import EntryEditor
from journal.ui.journal.drafts import DraftActions
from journal.ui.journal.entry_list import EntryList
from journal.ui.journal.entry_view import EntryView
from journal.ui.journal.problems_banner import ProblemsBanner

DRAFT_INTERVAL_MS = 3000


BUILD_SLICE = 400  # entries built per pass of the event loop after unlocking (a few ms)


class JournalPage(DraftActions, QWidget):
    """Browse, search, read, write and amend entries of the unlocked journal."""

    status = Signal(str)
    lock_requested = Signal()
    help_requested = Signal()  # Get help beside a safety note: the help panel's safety plan
    busy_changed = Signal(bool)  # True while a file is being stored: nothing else may write

    def __init__(self, session: Session, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._taxonomy = taxonomy
        self._busy = False

        self.entries = EntryList(session, taxonomy)
        self.model = self.entries.model  # the list, the table and the search field, by name
        self.table = self.entries.table
        self.search = self.entries.search
        self.entries.filters_changed.connect(self.refresh)
        self.entries.entry_chosen.connect(self._show_chosen)
        self.entries.entry_activated.connect(lambda: self.view.browser.setFocus())
        self.entries.new_button.clicked.connect(self.new_entry)
        self.entries.lock_button.clicked.connect(self.lock_requested)

        self.banner = Banner()
        self.problems_banner = ProblemsBanner()
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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.entries)
        # "Entry saved" appears above the entry, where the eye goes after Save, and is announced.
        self.notice = Notice()
        right_side = QWidget()
        right_column = QVBoxLayout(right_side)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.notice)
        right_column.addWidget(self.right, 1)
        self.splitter.addWidget(right_side)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.entries.setMinimumWidth(280)  # the editor gets room to fit without sideways scrolling
        self.splitter.setChildrenCollapsible(False)
        self.right.currentChanged.connect(self._give_editor_room)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self._draft_timer = QTimer(self)
        self._builder = QTimer(self)  # builds the entries the list has not shown yet
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_slice)
        self._indexing = False  # the entries are built: the link index's pages next
        self._shown_problems: list[str] = []
        self._other_problems: list[str] = []
        self._draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self._autosave_draft)

    # ---------------------------------------------------------------- building

    def _make_editor(self) -> EntryEditor:
        editor = EntryEditor(self._taxonomy, self._session)
        if editor.attachments is not None:
            editor.attachments.status.connect(self.status)
        editor.save_requested.connect(self._save)
        editor.cancel_requested.connect(self.cancel_editing)
        editor.help_requested.connect(self.help_requested)
        editor.edited.connect(self._start_draft_timer)
        editor.save_button.setEnabled(not self._busy)
        self.right.addWidget(editor)
        return editor

    @Slot()
    def _give_editor_room(self) -> None:
        """Widen the editor side when the form would not fit it (no sideways scrolling)."""
        if self.right.currentWidget() is not self.editor:
            return
        total = sum(self.splitter.sizes())
        need = max(self.editor.minimumSizeHint().width(), self.editor.needed_width()) + 8
        if 0 < self.splitter.sizes()[1] < need < total:
            self.splitter.setSizes([total - need, need])

    # --------------------------------------------------------------- lifecycle

    def start(self) -> None:
        """Show the unlocked journal and offer to resume a saved draft."""
        vault = self._session.vault
        self.entries.show_own_behaviours()
        self.refresh()
        self.right.setCurrentWidget(self.view)
        problems = vault.problems
        self._other_problems = []  # found here, not by the vault: kept when more come
        try:
            draft = vault.load_draft()
        except VaultError as exc:
            draft = None
            self._other_problems.append(exc.message)
        problems += self._other_problems
        if problems:
            self.problems_banner.show_problems(problems)  # stays until dismissed
        if draft is not None:
            self.banner.show_message(
                translate("JournalPage", "You have an unsaved entry from last time."),
                [
                    (translate("JournalPage", "Resume draft"), self.resume_draft),
                    (translate("JournalPage", "Discard draft"), self.discard_draft),
                ],
            )
        self.table.setFocus()
        # The list builds the entries it shows; the rest are built (and checked) in slices
        # while the person reads it, then the search text, so the first search is as quick
        # as the others. A damaged entry found then is reported like those found unlocking.
        self._shown_problems = problems
        self._indexing = False
        self._builder.start()

    @Slot()
    def _build_slice(self) -> None:
        if not self._session.is_unlocked:
            self._builder.stop()
            return
        try:
            self._build_more(self._session.vault)
        except VaultError:  # locked, restored or closed meanwhile: what shows it starts again
            self._builder.stop()

    def _build_more(self, vault: Any) -> None:
        if self._indexing:  # so the next unlock reads what is unchanged quicker
            if not vault.refresh_link_index(1):  # a page per pass (a few ms)
                self._builder.stop()
            return
        if vault.build_entries(BUILD_SLICE):
            return  # the next slice on the next pass of the event loop
        vault.prepare_search()
        self.entries.show_own_behaviours()  # those the person wrote in, now all are read
        self._indexing = True  # then the link index's pages, one per pass
        problems = vault.problems + self._other_problems
        if any(problem not in self._shown_problems for problem in problems):
            self._shown_problems = problems
            self.problems_banner.show_problems(problems)
            self.refresh()  # without the damaged entries

    def wipe(self) -> None:
        """Forget everything shown: list, entry, editor, filters' text (on lock)."""
        self._draft_timer.stop()
        self._builder.stop()
        self.entries.wipe()
        self.view.wipe()
        self.banner.dismiss()
        self.problems_banner.dismiss()
        self.notice.dismiss()
        self.right.removeWidget(self.editor)
        self.editor.deleteLater()
        self.editor = self._make_editor()
        self.right.setCurrentWidget(self.view)

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
        self.entries.refresh(self.view.entry.id if self.view.entry else None)

    def select(self, entry_id: str) -> None:
        """Select an entry in the list (and show it)."""
        self.entries.select(entry_id)

    @Slot(object)
    def _show_chosen(self, entry: Entry | None) -> None:
        if entry is None or entry.id is None:
            self.view.show_entry(None, [])
            return
        self.view.show_entry(entry, self._session.vault.history(entry.id))
        if not self.editing:
            self.right.setCurrentWidget(self.view)

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.entries.focus_search()

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
                message = translate(
                    "JournalPage", "Amendment saved. The original is kept in the history."
                )
            else:
                saved = vault.add_entry(entry)
                message = translate("JournalPage", "Entry saved.")
            vault.clear_draft()
        except VaultError as exc:
            self.editor.error.setText(exc.message)
            return
        self._draft_timer.stop()
        waiting = self.editor.take_attachments()
        self.editor.load(None)
        self.right.setCurrentWidget(self.view)
        if saved.behaviours:
            self.entries.show_own_behaviours()
        self.refresh()
        self.select(saved.id or "")
        if not self.entries.listed(saved.id or ""):
            self.view.show_entry(saved, vault.history(saved.id or ""))
        self.table.setFocus()
        if waiting and self.view.attachments is not None:
            if self.view.entry is None or self.view.entry.id != saved.id:
                self.view.show_entry(saved, vault.history(saved.id or ""))
            added = self.view.attachments.add_sources(waiting)
            if not self._session.is_unlocked:
                return
            message += " " + _added_text(added, len(waiting))
        self.notice.show_message(message)
        self.status.emit(message)

    @Slot()
    def cancel_editing(self) -> None:
        """Close the editor; ask once if something typed would be lost."""
        if self.editor.has_content():
            answer = ask(
                self,
                QMessageBox.Icon.Question,
                translate("JournalPage", "Discard this entry?"),
                translate(
                    "JournalPage", "What you typed has not been saved as an entry. Discard it?"
                ),
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
            translate("JournalPage", "Delete this entry?"),
            translate(
                "JournalPage",
                "The entry and all its earlier versions will be removed for good. The journal "
                "keeps only a marker that an entry was deleted (no content), so its integrity can "
                "still be checked.",
            ),
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
        self.status.emit(translate("JournalPage", "Entry deleted."))

    @Slot(bool)
    def _attachment_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.table, self.entries.new_button, self.view.amend_button):
            widget.setEnabled(not busy)
        self.view.delete_button.setEnabled(not busy and self.view.entry is not None)
        if not busy:
            self.view.amend_button.setEnabled(self.view.entry is not None)
        self.editor.save_button.setEnabled(not busy)
        self.busy_changed.emit(busy)


def _added_text(added: int, waiting: int) -> str:
    """Return what became of the files picked while writing, after the entry was saved."""
    if added == waiting:
        if added == 1:  # English has no catalog: the count picks the English message
            return translate("JournalPage", "%n attachment added.", None, added)
        return translate("JournalPage", "%n attachments added.", None, added)
    return translate(
        "JournalPage",
        "%n of {total} files could not be added; you can add them again below the entry.",
        None,
        waiting - added,
    ).format(total=waiting)
