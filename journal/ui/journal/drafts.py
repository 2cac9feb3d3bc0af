"""The journal page's draft: saved encrypted every few seconds while writing and before the
journal locks, offered again after unlocking (resume or discard)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QMessageBox, QStackedWidget

from journal.errors import VaultBusy, VaultError
from journal.i18n import translate
from journal.model import Entry
from journal.session import Session
from journal.ui.common.messages import ask
from journal.ui.common.widgets import Banner

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from journal.ui.editor.editor import EntryEditor


class DraftActions:
    """The draft's part of `JournalPage` (which provides the attributes below)."""

    _session: Session
    _draft_timer: QTimer
    editor: EntryEditor
    banner: Banner
    right: QStackedWidget
    status: SignalInstance
    editing: bool

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
        self.status.emit(translate("JournalPage", "Draft restored. Save it when you are ready."))

    @Slot()
    def discard_draft(self) -> None:
        """Delete the saved draft after the user chose to (and confirmed: it cannot be undone)."""
        answer = ask(
            self,
            QMessageBox.Icon.Question,
            translate("JournalPage", "Discard the unsaved entry?"),
            translate(
                "JournalPage",
                "The entry you started last time will be deleted for good. Discard it?",
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard or not self._session.is_unlocked:
            return
        self.banner.dismiss()
        try:
            self._session.vault.clear_draft()
        except VaultError as exc:
            self.status.emit(exc.message)
