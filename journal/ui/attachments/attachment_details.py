"""Below the attachments list: the selected file's full SHA-256 and a note on location data."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.attachments.attachment_model import SHA256_EXPLAINED, AttachmentRow
from journal.ui.common.widgets import described, named


class AttachmentDetails(QWidget):
    """The full hash of the selected row (selectable) and which files carry GPS data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The full hash on one line (read-only, selectable, scrolls when the pane is narrow).
        explained = translate("Attachments", SHA256_EXPLAINED)
        self.hash_label = QLabel(translate("Attachments", "Fingerprint (SHA-256):"))
        self.hash_label.setToolTip(explained)
        self.hash_line = named(
            QLineEdit(), QT_TRANSLATE_NOOP("Names", "SHA-256 of the selected attachment"), explained
        )
        self.hash_line.setToolTip(explained)
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
        described(self.location_note, QT_TRANSLATE_NOOP("Names", "Location note"))
        self.location_note.setWordWrap(True)
        self.location_note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hash_row)
        layout.addWidget(self.location_note)

    def show_rows(self, selected: AttachmentRow | None, rows: Sequence[AttachmentRow]) -> None:
        """Show the selected row's hash and name the listed files that carry location data."""
        if selected is not None and selected.sha256:
            self.hash_line.setText(selected.sha256)
            self.hash_line.setCursorPosition(0)
        else:
            self.hash_line.clear()
        self.hash_row.setVisible(bool(selected is not None and selected.sha256))
        located = [r.name for r in rows if r.has_location]
        if located:
            self.location_note.setText(location_text(located))
        self.location_note.setVisible(bool(located))
        self.setVisible(self.hash_row.isVisibleTo(self) or bool(located))

    def wipe(self) -> None:
        """Forget the hash and the names (on lock)."""
        self.hash_line.clear()
        self.location_note.clear()
        self.location_note.setVisible(False)


def location_text(located: Sequence[str]) -> str:
    """Return the note naming (up to three of) the files that carry location data."""
    names = ", ".join(f"“{name}”" for name in located[:3])
    if len(located) > 3:
        text = translate(
            "Attachments",
            "Location data (GPS) found in {names} and %n more. It is kept unchanged as evidence, "
            "but anyone you share an export or a copy with could see where the photo was taken.",
            None,
            len(located) - 3,
        )
    else:
        text = translate(
            "Attachments",
            "Location data (GPS) found in {names}. It is kept unchanged as evidence, but anyone "
            "you share an export or a copy with could see where the photo was taken.",
        )
    return text.format(names=names)
