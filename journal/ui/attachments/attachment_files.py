"""Files on disk and the vault: choosing, storing with progress, saving a plaintext copy."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from journal import attachments as att
from journal.attachments import Attachment
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.session import Session
from journal.ui.attachments.attachment_model import Source
from journal.ui.attachments.attachment_viewers import png_bytes
from journal.ui.common.file_dialogs import choose_file
from journal.ui.common.messages import ask
from journal.vault import Vault

COPY_WARNING = QT_TRANSLATE_NOOP(
    "Attachments",
    "<b>The copy will not be encrypted.</b> Anyone who opens it can see it. Save it straight "
    "to a USB stick or a folder only you use, and delete it when you no longer need it. "
    "Avoid shared, cloud-synced and Downloads folders.",
)


def choose_files_to_add(parent: QWidget) -> list[str]:
    """Ask which file to attach, with Qt's own dialog (no "recently used" entry)."""
    chosen = choose_file(
        parent,
        translate("Attachments", "Add a file to this entry"),
        "",
        translate("Attachments", "All files (*)"),
        save=False,
    )
    return [chosen] if chosen else []


def choose_copy_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save a plaintext copy, with Qt's own dialog (no "recently used" entry)."""
    suffix = Path(suggested).suffix.lstrip(".")
    if suffix:
        name_filter = translate("Attachments", "{kind} file (*.{suffix})").format(
            kind=suffix.upper(), suffix=suffix
        )
    else:
        name_filter = translate("Attachments", "Any file (*.*)")
    title = translate("Attachments", "Save a copy (not encrypted)")
    return choose_file(parent, title, suggested, name_filter, save=True)


class ProgressReader(io.RawIOBase):
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


def size_of(path: Path) -> int:
    """Return the size of a file on disk (0 when it cannot be read)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def local_files(urls: Sequence[QUrl]) -> list[Path]:
    """Return the dropped or pasted URLs that are files on this computer."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def store_file(
    vault: Vault,
    entry_id: str,
    name: str,
    source: Path | bytes,
    progress: Callable[[int, int], None],
) -> Attachment:
    """Store a file (from disk or memory) in the vault, calling `progress(done, total)`."""
    total = len(source) if isinstance(source, bytes) else size_of(source)

    def on_read(done: int) -> None:
        progress(done, total)

    if isinstance(source, bytes):
        reader = ProgressReader(io.BytesIO(source), on_read)
        return vault.add_attachment(entry_id, cast(BinaryIO, reader), filename=name)
    handle = att.open_regular_file(source)  # VaultError for a folder, FIFO or device
    with handle:
        reader = ProgressReader(handle, on_read)
        return vault.add_attachment(entry_id, cast(BinaryIO, reader), filename=name)


def save_copy(parent: QWidget, session: Session, attachment: Attachment) -> Path | None:
    """Save a plaintext copy (0600) after a plain warning; return where, None if not asked.

    Raises VaultError when the copy cannot be written.
    """
    answer = ask(
        parent,
        QMessageBox.Icon.Warning,
        translate("Attachments", "Save a copy that is not encrypted?"),
        translate("Attachments", COPY_WARNING),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Save or not session.is_unlocked:
        return None
    path = choose_copy_path(parent, attachment.filename)
    if not path or not session.is_unlocked:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        att.write_private_copy(session.vault.read_attachment(attachment.id), path)
    finally:
        QApplication.restoreOverrideCursor()
    return Path(path)


def clipboard_sources() -> list[Source] | None:
    """Return a picture (as PNG, encoded in memory) or files on the clipboard; None if empty."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData() if clipboard is not None else None
    if data is None:
        return None
    if data.hasImage():
        image = clipboard.image()
        if not image.isNull():
            name = translate("Attachments", "Screenshot {time}.png").format(time=_stamp())
            return [(name, png_bytes(image))]
    files = local_files(data.urls()) if data.hasUrls() else []
    return [(path.name, path) for path in files]


def dropped_sources(data: QMimeData) -> list[Source]:
    """Return the dropped local files, else a dropped picture (as PNG, encoded in memory)."""
    sources: list[Source] = [(path.name, path) for path in local_files(data.urls())]
    if not sources and data.hasImage():
        image = data.imageData()
        if isinstance(image, QImage) and not image.isNull():
            name = translate("Attachments", "Picture {time}.png").format(time=_stamp())
            sources = [(name, png_bytes(image))]
    return sources


def _stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d %H.%M.%S")
