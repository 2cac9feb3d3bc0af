"""Thumbnails of an entry's image attachments for the PDF, decoded in memory only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from journal.attachments import format_size
from journal.errors import VaultError
from journal.vault import Vault

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from journal.export.data import ExportItem

MAX_IMAGE_BYTES = 40 << 20  # larger images are listed, not drawn
THUMB_PIXELS = 600  # longest side of the thumbnail kept in memory (printed about 2 inches)
MAX_PER_ENTRY = 6


def image_loader(vault: Vault) -> Callable[[ExportItem], Sequence[tuple[QImage, str]]]:
    """Return f(item) -> [(thumbnail, caption)] for the item's image attachments."""

    def load(item: ExportItem) -> list[tuple[QImage, str]]:
        pictures: list[tuple[QImage, str]] = []
        for att in item.attachments:
            if len(pictures) >= MAX_PER_ENTRY:
                break
            if not att.is_image or att.size > MAX_IMAGE_BYTES:
                continue
            image = _thumbnail(vault, att.id)
            if image is not None:
                pictures.append((image, f"{att.filename} ({format_size(att.size)})"))
        return pictures

    return load


def _thumbnail(vault: Vault, attachment_id: str) -> QImage | None:
    """Decode one image from the vault in memory and shrink it; None if it cannot be read."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImageReader

    try:
        data = QByteArray(b"".join(vault.read_attachment(attachment_id)))
    except VaultError:
        return None
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # photos taken sideways stand the right way up
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > THUMB_PIXELS:
        reader.setScaledSize(
            size.scaled(THUMB_PIXELS, THUMB_PIXELS, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    buffer.close()
    data.clear()
    return None if image.isNull() else image
