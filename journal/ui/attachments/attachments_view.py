"""An entry's attachments: list, add (chooser, drop, paste), view from memory, save a copy, remove.

Content goes from the vault to the screen through memory only: images through `QImageReader`
on a `QBuffer`, audio through `QMediaPlayer.setSourceDevice` (when QtMultimedia loads). Nothing
is written anywhere but the vault, except a copy the user asks for (after a plain warning).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal import attachments as att
from journal.attachments import Attachment
from journal.errors import VaultError
from journal.session import Session
from journal.ui.attachments.attachment_viewers import (
    AudioPlayer,
    ImageViewer,
    can_play,
    image_from_bytes,
    png_bytes,
)
from journal.ui.common.file_dialogs import choose_file
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.widgets import named

MAX_VIEW_BYTES = 300 * 1024 * 1024  # larger files are offered as "Save a copy…" only
COPY_WARNING = (
    "<b>The copy will not be encrypted.</b> Anyone who opens it can see it. Save it straight "
    "to a USB stick or a folder only you use, and delete it when you no longer need it. "
    "Avoid shared, cloud-synced and Downloads folders."
)
DROP_HINT = (
    "Drop files here, press <b>Add file…</b>, or paste a screenshot (Ctrl+V). Files are stored "
    "encrypted inside the journal. The original file is not changed or removed: delete it "
    "yourself if it should not stay on this computer."
)
PENDING_HINT = (
    "Photos, screenshots, recordings and documents you add here are stored encrypted in the "
    "journal when you save the entry. Drop files here, press <b>Add file…</b>, or paste a "
    "screenshot (Ctrl+V) while this tab is open."
)

__all__ = [
    "AttachmentTableModel",
    "AttachmentsView",
    "Source",
    "choose_copy_path",
    "choose_files_to_add",
]

# A file to add: (display name, path on disk or bytes in memory).
Source = tuple[str, Path | bytes]


def choose_files_to_add(parent: QWidget) -> list[str]:
    """Ask which file to attach, with Qt's own dialog (no "recently used" entry)."""
    chosen = choose_file(parent, "Add a file to this entry", "", "All files (*)", save=False)
    return [chosen] if chosen else []


def choose_copy_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save a plaintext copy, with Qt's own dialog (no "recently used" entry)."""
    suffix = Path(suggested).suffix.lstrip(".")
    name_filter = f"{suffix.upper()} file (*.{suffix})" if suffix else "Any file (*.*)"
    return choose_file(parent, "Save a copy (not encrypted)", suggested, name_filter, save=True)


def _short_hash(digest: str) -> str:
    return f"{digest[:8]}…{digest[-4:]}" if len(digest) > 12 else digest


# ----------------------------------------------------------------------- model


@dataclass(frozen=True)
class _Row:
    name: str
    size: int
    added: str
    sha256: str
    has_location: bool
    attachment: Attachment | None = None  # None while waiting for the entry to be saved
    source: Path | bytes | None = None


class AttachmentTableModel(QAbstractTableModel):
    """Attachments of one entry (or files waiting to be added) as table rows."""

    COL_NAME, COL_SIZE, COL_ADDED, COL_HASH = range(4)
    HEADERS = ("Name", "Size", "Added", "SHA-256")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_NAME:
                return row.name + (" (location)" if row.has_location else "")
            if column == self.COL_SIZE:
                return att.format_size(row.size)
            if column == self.COL_ADDED:
                return row.added
            if column == self.COL_HASH:
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return row.sha256 or "not computed yet"
                return _short_hash(row.sha256) if row.sha256 else "when saved"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_HASH and row.sha256:
                return f"SHA-256: {row.sha256}"
            if column == self.COL_NAME and row.has_location:
                return att.LOCATION_NOTE
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_rows(self, rows: Sequence[_Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[_Row]:
        """Return the rows shown (oldest first)."""
        return list(self._rows)

    def row(self, index: int) -> _Row | None:
        """Return one row, or None."""
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def clear(self) -> None:
        """Forget every row."""
        self.set_rows([])


def _saved_row(attachment: Attachment) -> _Row:
    return _Row(
        attachment.filename,
        attachment.size,
        _short_date(attachment.added_at),
        attachment.sha256,
        attachment.has_location,
        attachment,
    )


def _short_date(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%d %b %Y, %H:%M")


def _pending_row(name: str, source: Path | bytes) -> _Row:
    if isinstance(source, bytes):
        size, location = len(source), att.has_location_bytes(source)
    else:
        try:
            size = source.stat().st_size
            with source.open("rb") as handle:
                location = bool(att.has_location_stream(handle))
        except OSError:
            size, location = 0, False
    return _Row(att.safe_filename(name), size, "when you save", "", location, None, source)


# ---------------------------------------------------------------------- reader


class _ProgressReader(io.RawIOBase):
    """Wraps the source so the window stays responsive (quick exit, lock) during big imports."""

    def __init__(self, stream: BinaryIO, on_read: Callable[[int], None]) -> None:
        super().__init__()
        self._stream = stream
        self._on_read = on_read
        self.done = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._stream.seekable()

    def tell(self) -> int:
        return self._stream.tell()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self.done = self._stream.seek(offset, whence)  # the location check reads, then rewinds
        return self.done

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.done += len(data)
        self._on_read(self.done)
        return data

    def readinto(self, buffer: Any) -> int:  # pragma: no cover - read() is what the vault uses
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


# ---------------------------------------------------------------------- widget


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
        self.table = named(QTableView(), "Attachments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(90)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AttachmentTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            AttachmentTableModel.COL_SIZE,
            AttachmentTableModel.COL_ADDED,
            AttachmentTableModel.COL_HASH,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if pending:  # no date or hash before the entry is saved
            self.table.setColumnHidden(AttachmentTableModel.COL_ADDED, True)
            self.table.setColumnHidden(AttachmentTableModel.COL_HASH, True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self._activated)

        self.add_button = named(
            QPushButton("Add file…"), "Add file…", "Attach a file to this entry"
        )
        self.add_button.clicked.connect(self.choose_and_add)
        self.view_button = named(QPushButton("View"), "View", "Show the picture or play the sound")
        self.view_button.clicked.connect(self.view_selected)
        self.save_button = named(
            QPushButton("Save a copy…"), "Save a copy…", "Save a copy that is not encrypted"
        )
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = named(QPushButton("Remove…"), "Remove attachment")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.view_button, self.save_button):
            if pending:  # (never show() a widget before it has a parent: it becomes a window)
                button.hide()

        # The full hash on one line (read-only, selectable, scrolls when the pane is narrow).
        self.hash_label = QLabel("SHA-256:")
        self.hash_line = named(QLineEdit(), "SHA-256 of the selected attachment")
        self.hash_line.setReadOnly(True)
        self.hash_line.setFrame(False)
        self.hash_line.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.hash_line.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hash_line.setStyleSheet("background: transparent")
        self.hash_label.setBuddy(self.hash_line)
        self.hash_row = QWidget()
        hash_layout = QHBoxLayout(self.hash_row)
        hash_layout.setContentsMargins(0, 0, 0, 0)
        hash_layout.addWidget(self.hash_label)
        hash_layout.addWidget(self.hash_line, 1)
        self.location_note = QLabel()
        self.location_note.setObjectName("warning")
        self.location_note.setAccessibleName("Location note")
        self.location_note.setWordWrap(True)
        self.location_note.setVisible(False)
        self.hint = QLabel(PENDING_HINT if pending else DROP_HINT)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setStyleSheet("color: #555")
        self.progress = QLabel()
        self.progress.setAccessibleName("Adding attachment")
        self.progress.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hash_row)
        layout.addWidget(self.location_note)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
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
        self.model.set_rows([_saved_row(item) for item in attachments])
        self._update_buttons()
        self.changed.emit()

    def count(self) -> int:
        """Return how many attachments (or files waiting) are listed."""
        return self.model.rowCount()

    def selected(self) -> _Row | None:
        """Return the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Select a row (and show its hash)."""
        self.table.selectRow(row)

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        row = self.selected()
        saved = row.attachment if row is not None else None
        usable = not self._busy and (self._pending or self._entry_id is not None)
        self.add_button.setEnabled(usable)
        self.remove_button.setEnabled(usable and row is not None)
        self.save_button.setEnabled(usable and saved is not None)
        viewable = saved is not None and (saved.is_image or can_play(saved))
        self.view_button.setEnabled(usable and viewable)
        if row is not None and row.sha256:
            self.hash_line.setText(row.sha256)
            self.hash_line.setCursorPosition(0)
        else:
            self.hash_line.clear()
        self.hash_row.setVisible(bool(row is not None and row.sha256))
        # The hint matters most before the first file; afterwards the list speaks for itself.
        self.hint.setVisible(self._pending or self.model.rowCount() == 0)
        located = [r.name for r in self.model.rows() if r.has_location]
        if located:
            names = ", ".join(f"“{name}”" for name in located[:3])
            more = f" and {len(located) - 3} more" if len(located) > 3 else ""
            self.location_note.setText(
                f"Location data (GPS) found in {names}{more}. It is kept unchanged as evidence, "
                "but anyone you share an export or a copy with could see where the photo was "
                "taken."
            )
        self.location_note.setVisible(bool(located))

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
        self.hash_line.clear()
        self.location_note.clear()
        self.location_note.setVisible(False)
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
            rows = self.model.rows() + [_pending_row(name, src) for name, src in sources]
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
                    added.append(self._add_one(entry_id, name, source))
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
            located = [a for a in added if a.has_location]
            message = (
                f"Added “{added[0].filename}”."
                if len(added) == 1
                else f"Added {len(added)} attachments."
            )
            if any(isinstance(source, Path) for _name, source in sources):
                message += " The original file is still where it was."
            if located:
                message += " It has location data (GPS): see the note below the list."
            self.status.emit(message)
        return len(added)

    def _add_one(self, entry_id: str, name: str, source: Path | bytes) -> Attachment:
        vault = self._session.vault
        total = len(source) if isinstance(source, bytes) else _size_of(source)
        shown = att.safe_filename(name)

        def progress(done: int) -> None:
            if total > 4 * att.CHUNK_SIZE:
                percent = min(100, done * 100 // max(1, total))
                self.progress.setText(f"Adding “{shown}”… {percent}%")
                self.progress.setVisible(True)
            # Keep the window alive (quick exit, lock) while a large file is stored.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

        if isinstance(source, bytes):
            reader = _ProgressReader(io.BytesIO(source), progress)
            return vault.add_attachment(entry_id, cast(BinaryIO, reader), filename=name)
        try:
            handle = source.open("rb")
        except OSError as exc:
            raise VaultError(f"“{shown}” could not be read ({exc.strerror}).") from exc
        with handle:
            reader = _ProgressReader(handle, progress)
            return vault.add_attachment(entry_id, cast(BinaryIO, reader), filename=name)

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
        clipboard = QGuiApplication.clipboard()
        data = clipboard.mimeData() if clipboard is not None else None
        if data is None:
            return
        if data.hasImage():
            image = clipboard.image()
            if not image.isNull():
                stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
                self.add_sources([(f"Screenshot {stamp}.png", png_bytes(image))])
                return
        files = _local_files(data.urls()) if data.hasUrls() else []
        if files:
            self.add_sources([(path.name, path) for path in files])
            return
        self.status.emit("The clipboard holds no picture or file to attach.")

    # ------------------------------------------------------------ drag & drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept dropped local files and pictures."""
        data = event.mimeData()
        if not self._busy and (data.hasImage() or _local_files(data.urls())):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the drag moves over the list."""
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped files (after the drop has finished)."""
        data = event.mimeData()
        sources: list[Source] = [(path.name, path) for path in _local_files(data.urls())]
        if not sources and data.hasImage():
            image = data.imageData()
            if isinstance(image, QImage) and not image.isNull():
                stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
                sources = [(f"Picture {stamp}.png", png_bytes(image))]
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
            self.status.emit("This file is too large to show here. Use “Save a copy…” instead.")
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
        dialog: SafeDialog
        if attachment.is_image:
            image = image_from_bytes(data)
            if image is None:
                self._tell(
                    "This picture cannot be shown (its format is not supported). "
                    "You can save a copy and open it with another program."
                )
                return
            dialog = ImageViewer(attachment, image, self)
        else:
            dialog = AudioPlayer(attachment, data, self)
        del data
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not modal: the entry can stay in view beside it

    @Slot()
    def save_selected(self) -> None:
        """Save a plaintext copy of the selected attachment after a plain warning (0600)."""
        row = self.selected()
        attachment = row.attachment if row is not None else None
        if attachment is None or self._busy:
            return
        answer = ask(
            self,
            QMessageBox.Icon.Warning,
            "Save a copy that is not encrypted?",
            COPY_WARNING,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save or not self._session.is_unlocked:
            return
        path = choose_copy_path(self, attachment.filename)
        if not path or not self._session.is_unlocked:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            att.write_private_copy(self._session.vault.read_attachment(attachment.id), path)
        except VaultError as exc:
            QApplication.restoreOverrideCursor()
            self._tell(f"The copy was not saved. {exc.message}")
            return
        QApplication.restoreOverrideCursor()
        self.status.emit(f"Saved a copy (not encrypted) as {Path(path).name}.")

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
        answer = ask(
            self,
            QMessageBox.Icon.Warning,
            "Remove this attachment?",
            f"“{row.name}” will be removed from the journal for good. The journal keeps only a "
            "marker that a file was removed (no name, no content), so its integrity can still "
            "be checked.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not self._session.is_unlocked:
            return
        try:
            self._session.vault.remove_attachment(row.attachment.id)
        except VaultError as exc:
            self._tell(exc.message)
            return
        self.refresh()
        self.status.emit("Attachment removed.")

    def _tell(self, text: str) -> None:
        if self._session.is_unlocked and self.isVisible():
            ask(self, QMessageBox.Icon.Information, "Attachment", text)
        else:
            self.status.emit(text)


# --------------------------------------------------------------------- helpers


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _local_files(urls: Sequence[QUrl]) -> list[Path]:
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.is_file()]
