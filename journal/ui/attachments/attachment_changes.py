"""Changing a saved entry's attachments: storing a file with its progress shown, what the user is
told once files are added, and the question asked before one is removed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from journal import attachments as att
from journal.attachments import Attachment
from journal.i18n import translate
from journal.ui.attachments.attachment_files import store_file
from journal.ui.attachments.attachment_model import Source
from journal.ui.common.messages import ask
from journal.vault import Vault


def store_with_progress(
    vault: Vault, entry_id: str, name: str, source: Path | bytes, label: QLabel
) -> Attachment:
    """Store one file in the entry, its progress in `label` when large, the window kept alive."""
    shown = att.safe_filename(name)

    def progress(done: int, total: int) -> None:
        if total > 4 * att.CHUNK_SIZE:
            percent = min(100, done * 100 // max(1, total))
            label.setText(
                translate("Attachments", "Adding “{name}”… {percent}%").format(
                    name=shown, percent=percent
                )
            )
            label.setVisible(True)
        # Keep the window alive (quick exit, lock) while a large file is stored.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    return store_file(vault, entry_id, name, source, progress)


def added_message(added: Sequence[Attachment], sources: Sequence[Source]) -> str:
    """Return what the status bar says once `added` (not empty) is stored from `sources`."""
    if len(added) == 1:
        message = translate("Attachments", "Added “{name}”.").format(name=added[0].filename)
    else:
        message = translate("Attachments", "Added %n attachments.", None, len(added))
    if any(isinstance(source, Path) for _name, source in sources):
        message += " " + translate("Attachments", "The original file is still where it was.")
    if any(a.has_location for a in added):
        message += " " + translate(
            "Attachments", "It has location data (GPS): see the note below the list."
        )
    return message


def confirm_removal(parent: QWidget, name: str) -> bool:
    """Ask once whether the attachment `name` is to be removed for good (Cancel by default)."""
    answer = ask(
        parent,
        QMessageBox.Icon.Warning,
        translate("Attachments", "Remove this attachment?"),
        translate(
            "Attachments",
            "“{name}” will be removed from the journal for good. The journal keeps only a "
            "marker that a file was removed (no name, no content), so its integrity can still "
            "be checked.",
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
