"""Back up the journal (an encrypted copy) and restore it from a backup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from journal.errors import VaultError, WrongPassphrase
from journal.session import Session
from journal.ui.export_dialog import ChoosePath, choose_file
from journal.ui.messages import SafeDialog, ask
from journal.ui.widgets import PassphraseField, heading, named, paragraph

BACKUP_FILTER = "Reality Check backup (*.rcv)"


def _qt_save(parent: QWidget, title: str, suggested: str, name_filter: str) -> str | None:
    return choose_file(parent, title, suggested, name_filter, save=True)


def _qt_open(parent: QWidget, title: str, suggested: str, name_filter: str) -> str | None:
    return choose_file(parent, title, suggested, name_filter, save=False)


def backup_journal(
    session: Session, parent: QWidget, *, choose_path: ChoosePath | None = None
) -> Path | None:
    """ "Back up journal…": write an encrypted copy where the user chooses; returns its path."""
    chooser = choose_path or _qt_save
    suggested = f"journal-backup-{date.today().isoformat()}.rcv"
    chosen = chooser(parent, "Back up journal", suggested, BACKUP_FILTER)
    if not chosen:
        return None
    target = Path(chosen)
    if not target.suffix:
        target = target.with_suffix(".rcv")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        session.vault.backup(target)
    except VaultError as exc:
        QApplication.restoreOverrideCursor()
        ask(parent, QMessageBox.Icon.Warning, "Back up journal", exc.message)
        return None
    QApplication.restoreOverrideCursor()
    ask(
        parent,
        QMessageBox.Icon.Information,
        "Back up journal",
        f"The backup was saved as {target.name}. It is encrypted: it opens with the passphrase "
        "this journal has now. Keep it somewhere the other person will not look, for example "
        "a USB stick you keep with you.",
    )
    return target


class RestoreDialog(SafeDialog):
    """Ask for the backup's passphrase, check the backup, then replace the journal with it."""

    def __init__(self, session: Session, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self._session = session
        self._backup = backup
        self.passphrase = PassphraseField("Backup passphrase")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        file_label = named(QLabel(backup.name), "Backup file")
        form.addRow("Backup file:", file_label)
        form.addRow("&Passphrase of the backup:", self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Restore")
        named(ok, "Restore")
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "Cancel")
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        warning = paragraph(
            "<b>Restoring replaces the journal on this computer with the backup.</b> Entries "
            "written since the backup was made will be gone. The backup is checked first; "
            "if anything is wrong with it, your journal stays as it is."
        )
        warning.setObjectName("warning")
        layout = self.content
        layout.addWidget(heading("Restore from backup"))
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    @Slot()
    def _restore(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.setText("Type the passphrase the journal had when the backup was made.")
            return
        self.error.setText("Checking the backup…")
        self.error.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._session.restore_from(self._backup, passphrase)
        except WrongPassphrase:
            self.error.setText("That passphrase does not open this backup.")
            return
        except VaultError as exc:
            self.error.setText(exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.wipe()
        self.accept()

    def wipe(self) -> None:
        """Clear the passphrase and any message."""
        self.passphrase.wipe()
        self.error.clear()


def restore_journal(
    session: Session, parent: QWidget, *, choose_path: ChoosePath | None = None
) -> bool:
    """ "Restore from backup…": pick a backup, ask its passphrase, restore; True when done.

    Afterwards the session is unlocked on the restored journal: the caller reloads its views.
    """
    chooser = choose_path or _qt_open
    chosen = chooser(parent, "Restore from backup", "", BACKUP_FILTER)
    if not chosen:
        return False
    dialog = RestoreDialog(session, Path(chosen), parent)
    restored = bool(dialog.exec())
    dialog.wipe()
    if restored:
        ask(
            parent,
            QMessageBox.Icon.Information,
            "Restore from backup",
            "The journal was restored from the backup. Its passphrase is now the backup's.",
        )
    return restored
