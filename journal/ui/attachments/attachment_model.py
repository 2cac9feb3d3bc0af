"""The rows of an entry's attachments list: saved attachments, or files waiting to be added."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from journal import attachments as att
from journal.attachments import Attachment
from journal.errors import VaultError
from journal.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    format_datetime,
    format_number,
    language,
    translate,
)
from journal.ui.common.widgets import named

# A file to add: (display name, path on disk or bytes in memory).
Source = tuple[str, Path | bytes]


def _short_hash(digest: str) -> str:
    return f"{digest[:8]}…{digest[-4:]}" if len(digest) > 12 else digest


@dataclass(frozen=True)
class AttachmentRow:
    """One line of the list: a saved attachment, or a file waiting for the entry's save."""

    name: str
    size: int
    added: str
    sha256: str
    has_location: bool
    attachment: Attachment | None = None  # None while waiting for the entry to be saved
    source: Path | bytes | None = None


SHA256_EXPLAINED = QT_TRANSLATE_NOOP(
    "Attachments",
    "SHA-256 is a fingerprint of the file: any change to it, even a single pixel, gives a "
    "different one. An export lists it so anyone can check that a copy is the same file.",
)
# journal.attachments.LOCATION_NOTE, marked for translation where the attachments are shown.
LOCATION_NOTE = QT_TRANSLATE_NOOP(
    "Attachments",
    "This photo contains location data (GPS). Anyone you share an export with could see "
    "where it was taken.",
)


def size_text(size: int) -> str:
    """Return a file's size as short text in the current language ("1.5 MB", "3 bytes")."""
    if language() is SOURCE_LANGUAGE:
        return att.format_size(size)
    if size < 1024:
        if size == 1:
            return translate("Attachments", "%n byte", None, size)
        return translate("Attachments", "%n bytes", None, size)
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{format_number(value, 1)} {unit}"
        value /= 1024
    return f"{format_number(value, 1)} GB"


class AttachmentTableModel(QAbstractTableModel):
    """Attachments of one entry (or files waiting to be added) as table rows."""

    COL_NAME, COL_SIZE, COL_ADDED, COL_HASH = range(4)
    HEADERS = (  # English; shown translated
        QT_TRANSLATE_NOOP("Attachments", "Name"),
        QT_TRANSLATE_NOOP("Attachments", "Size"),
        QT_TRANSLATE_NOOP("Attachments", "Added"),
        "SHA-256",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttachmentRow] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Attachments", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_HASH:
            return translate("Attachments", SHA256_EXPLAINED)
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
                if row.has_location:
                    return translate("Attachments", "{name} (location)").format(name=row.name)
                return row.name
            if column == self.COL_SIZE:
                return size_text(row.size)
            if column == self.COL_ADDED:
                return row.added
            if column == self.COL_HASH:
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return row.sha256 or translate("Attachments", "not computed yet")
                if row.sha256:
                    return _short_hash(row.sha256)
                return translate("Attachments", "when saved")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_HASH and row.sha256:
                return f"SHA-256: {row.sha256}"
            if column == self.COL_NAME and row.has_location:
                return translate("Attachments", LOCATION_NOTE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_rows(self, rows: Sequence[AttachmentRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AttachmentRow]:
        """Return the rows shown (oldest first)."""
        return list(self._rows)

    def row(self, index: int) -> AttachmentRow | None:
        """Return one row, or None."""
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def clear(self) -> None:
        """Forget every row."""
        self.set_rows([])


def saved_row(attachment: Attachment) -> AttachmentRow:
    """Return the row of a saved attachment."""
    return AttachmentRow(
        attachment.filename,
        attachment.size,
        _short_date(attachment.added_at),
        attachment.sha256,
        attachment.has_location,
        attachment,
    )


def _short_date(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return format_datetime(local, english="%d %b %Y, %H:%M")


def pending_row(name: str, source: Path | bytes) -> AttachmentRow:
    """Return the row of a file to add when the entry is saved (size, location data)."""
    if isinstance(source, bytes):
        size, location = len(source), att.has_location_bytes(source)
    else:
        try:
            size = source.stat().st_size
            with att.open_regular_file(source) as handle:  # never blocks on a FIFO
                location = bool(att.has_location_stream(handle))
        except (OSError, VaultError):
            size, location = 0, False
    when = translate("Attachments", "when you save")
    return AttachmentRow(att.safe_filename(name), size, when, "", location, None, source)


def attachments_table(model: AttachmentTableModel, *, pending: bool) -> QTableView:
    """Return the table showing `model` (no date or hash columns for files still waiting)."""
    table = named(QTableView(), QT_TRANSLATE_NOOP("Names", "Attachments"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setMinimumHeight(90)
    header = table.horizontalHeader()
    header.setSectionResizeMode(AttachmentTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
    for column in (
        AttachmentTableModel.COL_SIZE,
        AttachmentTableModel.COL_ADDED,
        AttachmentTableModel.COL_HASH,
    ):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if pending:  # no date or hash before the entry is saved
        table.setColumnHidden(AttachmentTableModel.COL_ADDED, True)
        table.setColumnHidden(AttachmentTableModel.COL_HASH, True)
    return table
