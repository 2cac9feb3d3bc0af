"""An entry's attachments: list, add (chooser, drop, paste), view from memory, save a copy, remove.

Content goes from the vault to the screen through memory only: images through `QImageReader`
on a `QBuffer`, audio through `QMediaPlayer.setSourceDevice` (when QtMultimedia loads). Nothing
is written anywhere but the vault, except a copy the user asks for (after a plain warning).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journal.attachments import Attachment
from journal.errors import VaultError
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.session import Session
from journal.ui.attachments.attachment_buttons import attachment_buttons
from journal.ui.attachments.attachment_changes import (
    added_message,
    confirm_removal,
    store_with_progress,
)
from journal.ui.attachments.attachment_details import AttachmentDetails
from journal.ui.attachments.attachment_files import (
    choose_files_to_add,
    clipboard_sources,
    dropped_sources,
    local_files,
    save_copy,
)
from journal.ui.attachments.attachment_model import (
    AttachmentRow,
    AttachmentTableModel,
    Source,
    attachments_table,
    pending_row,
    saved_row,
)
from journal.ui.attachments.attachment_viewers import (
    AudioPlayer,
    ImageViewer,
    can_play,
    open_viewer,
)
from journal.ui.common.messages import ask

MAX_VIEW_BYTES = 300 * 1024 * 1024  # larger files are offered as "Save a copy…" only
DROP_HINT = QT_TRANSLATE_NOOP(
    "Attachments",
    "Drop files here, press <b>Add file…</b>, or paste a screenshot (Ctrl+V). Files are stored "
    "encrypted inside the journal. The original file is not changed or removed: delete it "
    "yourself if it should not stay on this computer.",
)
PENDING_HINT = QT_TRANSLATE_NOOP(
    "Attachments",
    "Photos, screenshots, recordings and documents you add here are stored encrypted in the "
    "journal when you save the entry. Drop files here, press <b>Add file…</b>, or paste a "
    "screenshot (Ctrl+V) while this tab is open.",
)


class AttachmentsView(QWidget):
    """The attachments of one saved entry, or (``pending=True``) files to add once it is saved."""

    status = Signal(str)
    changed = Signal()
    busy_changed = Signal(bool)  # True while a file is being stored (the page holds still)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        pending: bool = False,
        paste_scope: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._pending = pending
        self._entry_id: str | None = None
        self._busy = False
        self.setAcceptDrops(True)

        self.model = AttachmentTableModel(self)
        self.table = attachments_table(self.model, pending=pending)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self._activated)

        self._buttons = attachment_buttons(pending=pending)
        self.add_button, self.view_button = self._buttons.add, self._buttons.view
        self.save_button, self.remove_button = self._buttons.save, self._buttons.remove
        self.add_button.clicked.connect(self.choose_and_add)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)

        self.details = AttachmentDetails()
        self.hint = QLabel(translate("Attachments", PENDING_HINT if pending else DROP_HINT))
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QLabel()
        self.progress.setAccessibleName(translate("Names", "Adding attachment"))
        self.progress.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.progress)
        layout.addLayout(self._buttons.row())
        layout.addWidget(self.hint)

        # Ctrl+V anywhere in `paste_scope` (the whole entry view) or in this list.
        self.paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, paste_scope or self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste)
        self._update_buttons()

    # ------------------------------------------------------------------ state

    @property
    def entry_id(self) -> str | None:
        """Return the saved entry shown (None for an unsaved one)."""
        return self._entry_id

    def set_entry(self, entry_id: str | None) -> None:
        """Show the attachments of a saved entry (None: nothing to show)."""
        self._entry_id = entry_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the entry's attachments from the vault."""
        if self._pending:
            self._update_buttons()
            return
        attachments: list[Attachment] = []
        if self._entry_id is not None and self._session.is_unlocked:
            attachments = self._session.vault.attachments(self._entry_id)
        self.model.set_rows([saved_row(item) for item in attachments])
        self._update_buttons()
        self.changed.emit()

    def count(self) -> int:
        """Return how many attachments (or files waiting) are listed."""
        return self.model.rowCount()

    def selected(self) -> AttachmentRow | None:
        """Return the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Select a row (and show its hash)."""
        self.table.selectRow(row)

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        row = self.selected()
        usable = not self._busy and (self._pending or self._entry_id is not None)
        self._buttons.enable(row, usable)
        self.details.show_rows(row, self.model.rows())
        # The hint matters most before the first file; afterwards the list speaks for itself.
        self.hint.setVisible(self._pending or self.model.rowCount() == 0)

    def take_pending(self) -> list[Source]:
        """Return and forget the files waiting for the entry to be saved."""
        sources: list[Source] = [
            (row.name, row.source) for row in self.model.rows() if row.source is not None
        ]
        self.model.clear()
        self._update_buttons()
        self.changed.emit()
        return sources

    def wipe(self) -> None:
        """Forget everything shown (on lock): rows, hashes, queued screenshots."""
        self._entry_id = None
        self.model.clear()
        self.details.wipe()
        self.progress.clear()
        self.progress.setVisible(False)
        for viewer in [*self.findChildren(ImageViewer), *self.findChildren(AudioPlayer)]:
            viewer.wipe()
            viewer.reject()
        self._update_buttons()

    # ----------------------------------------------------------------- adding

    @Slot()
    def choose_and_add(self) -> None:
        """Ask for a file with Qt's own dialog and add it."""
        if self._busy:
            return
        paths = choose_files_to_add(self)
        self.add_sources([(Path(p).name, Path(p)) for p in paths])

    def add_sources(self, sources: Sequence[Source]) -> int:
        """Add files (to the entry, or to the waiting list); return how many were added."""
        if not sources or self._busy:
            return 0
        if self._pending:
            rows = self.model.rows() + [pending_row(name, src) for name, src in sources]
            self.model.set_rows(rows)
            self.select_row(len(rows) - 1)
            self._update_buttons()
            self.changed.emit()
            return len(sources)
        if self._entry_id is None or not self._session.is_unlocked:
            return 0
        entry_id = self._entry_id
        added: list[Attachment] = []
        self._set_busy(True)
        try:
            for name, source in sources:
                try:
                    vault = self._session.vault
                    added.append(store_with_progress(vault, entry_id, name, source, self.progress))
                except VaultError as exc:
                    if self._session.is_unlocked:
                        self.status.emit(exc.message)
                    break
        finally:
            self._set_busy(False)
        if not self._session.is_unlocked or self._entry_id != entry_id:
            return len(added)  # locked or quick exit meanwhile: show nothing more
        self.refresh()
        if added:
            ids = [row.attachment.id if row.attachment else "" for row in self.model.rows()]
            if added[-1].id in ids:
                self.select_row(ids.index(added[-1].id))
            self.status.emit(added_message(added, sources))
        return len(added)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()
            self.progress.setVisible(False)
        self.table.setEnabled(not busy)
        self._update_buttons()
        self.busy_changed.emit(busy)

    @Slot()
    def paste(self) -> None:
        """Add a picture (as PNG, encoded in memory) or files from the clipboard."""
        sources = clipboard_sources()
        if sources is None:
            return
        if sources:
            self.add_sources(sources)
            return
        self.status.emit(
            translate("Attachments", "The clipboard holds no picture or file to attach.")
        )

    # ------------------------------------------------------------ drag & drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept dropped local files and pictures."""
        data = event.mimeData()
        if not self._busy and (data.hasImage() or local_files(data.urls())):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the drag moves over the list."""
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped files (after the drop has finished)."""
        sources = dropped_sources(event.mimeData())
        if not sources:
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.add_sources(sources))

    # ---------------------------------------------------------- view and save

    @Slot(QModelIndex)
    def _activated(self, _index: QModelIndex) -> None:
        if self.view_button.isEnabled():
            self.view_selected()
        elif self.save_button.isEnabled():
            self.save_selected()

    def _read(self, attachment: Attachment) -> bytes | None:
        if attachment.size > MAX_VIEW_BYTES:
            self.status.emit(
                translate(
                    "Attachments",
                    "This file is too large to show here. Use “Save a copy…” instead.",
                )
            )
            return None
        try:
            return b"".join(self._session.vault.read_attachment(attachment.id))
        except VaultError as exc:
            self._tell(exc.message)
            return None

    @Slot()
    def view_selected(self) -> None:
        """Show the selected picture, or play the selected sound, from memory."""
        row = self.selected()
        attachment = row.attachment if row is not None else None
        if attachment is None or self._busy:
            return
        if not attachment.is_image and not can_play(attachment):
            self.save_selected()
            return
        data = self._read(attachment)
        if data is None:
            return
        if open_viewer(attachment, data, self) is None:
            self._tell(
                translate(
                    "Attachments",
                    "This picture cannot be shown (its format is not supported). "
                    "You can save a copy and open it with another program.",
                )
            )

    @Slot()
    def save_selected(self) -> None:
        """Save a plaintext copy of the selected attachment after a plain warning (0600)."""
        row = self.selected()
        attachment = row.attachment if row is not None else None
        if attachment is None or self._busy:
            return
        try:
            path = save_copy(self, self._session, attachment)
        except VaultError as exc:
            self._tell(
                translate("Attachments", "The copy was not saved. {reason}").format(
                    reason=exc.message
                )
            )
            return
        if path is None:
            return
        self.status.emit(
            translate("Attachments", "Saved a copy (not encrypted) as {name}.").format(
                name=path.name
            )
        )

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected attachment after one confirmation (a tombstone stays)."""
        row = self.selected()
        if row is None or self._busy:
            return
        if row.attachment is None:  # not saved yet: just take it off the list
            self.model.set_rows([r for r in self.model.rows() if r is not row])
            self._update_buttons()
            self.changed.emit()
            return
        if not confirm_removal(self, row.name) or not self._session.is_unlocked:
            return
        try:
            self._session.vault.remove_attachment(row.attachment.id)
        except VaultError as exc:
            self._tell(exc.message)
            return
        self.refresh()
        self.status.emit(translate("Attachments", "Attachment removed."))

    def _tell(self, text: str) -> None:
        if self._session.is_unlocked and self.isVisible():
            ask(self, QMessageBox.Icon.Information, translate("Attachments", "Attachment"), text)
        else:
            self.status.emit(text)
