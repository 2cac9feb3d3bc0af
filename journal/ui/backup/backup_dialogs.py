"""Back up the journal (an encrypted copy) and restore it from a backup."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QWidget,
)
from shiboken6 import Shiboken

from journal.errors import VaultError, WrongPassphrase
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.session import Session
from journal.ui.common.file_dialogs import ChoosePath, choose_file
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.session_views import ClearedOnLock, SessionViews
from journal.ui.common.widgets import (
    NAMES,
    PassphraseField,
    described,
    heading,
    named,
    paragraph,
)
from journal.ui.common.worker import run_in_background

BACKUP_FILTER = QT_TRANSLATE_NOOP("Backup", "Journal backup (*.rcv)")  # no product name
RESTORE = QT_TRANSLATE_NOOP("Names", "Restore")


def backup_filter() -> str:
    """Return the file chooser's filter for backups, in the interface's language."""
    return translate("Backup", BACKUP_FILTER)


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
    title = translate("Backup", "Back up journal")
    chosen = chooser(parent, title, suggested, backup_filter())
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
        ask(parent, QMessageBox.Icon.Warning, title, exc.message)
        return None
    QApplication.restoreOverrideCursor()
    ask(
        parent,
        QMessageBox.Icon.Information,
        title,
        translate(
            "Backup",
            "The backup was saved as {name}. It is encrypted: it opens with the passphrase this "
            "journal has now. Keep it somewhere the other person will not look, for example a "
            "USB stick you keep with you.",
        ).format(name=target.name),
    )
    return target


RESTORE_WARNING = QT_TRANSLATE_NOOP(
    "Backup",
    "<b>Restoring replaces the journal on this computer with the backup.</b> Entries written "
    "since the backup was made will be gone, and the journal's passphrase becomes the one the "
    "backup was made with. The backup is checked first, and the current journal file is kept "
    "until the restored one has opened: if anything is wrong, your journal stays as it is.",
)
LOCKED_WARNING = QT_TRANSLATE_NOOP(
    "Backup",
    "<p><b>Restoring replaces the journal on this computer with a backup.</b></p>"
    "<p>Use this when your journal no longer opens, or when you have forgotten its passphrase "
    "and have a backup. Anything written since the backup was made will be gone.</p>"
    "<p>You will need the passphrase the journal had <i>when the backup was made</i>. The "
    "current journal file is kept until the restored one has opened; if the passphrase is "
    "wrong or the backup is damaged, nothing changes.</p>"
    "<p>Choose OK to pick the backup file.</p>",
)


class RestoreDialog(SafeDialog, ClearedOnLock):
    """Ask for the backup's passphrase, check the backup, then replace the journal with it.

    The check and the swap run the KDF, so they run on a worker thread; the dialog shows it
    is busy and cannot be closed meanwhile (lock and Quick exit still close it: see `wipe`).
    """

    def __init__(self, session: Session, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Backup", "Restore from backup"))
        self._session = session
        self._backup = backup
        self._running = False
        self._abandoned = False
        self.passphrase = PassphraseField(QT_TRANSLATE_NOOP("Names", "Backup passphrase"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        described(self.error, QT_TRANSLATE_NOOP("Names", "Restore message"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(translate("Backup", "Restoring"))
        form = QFormLayout()
        file_label = named(QLabel(backup.name), QT_TRANSLATE_NOOP("Names", "Backup file"))
        file_label.setWordWrap(True)
        form.addRow(translate("Backup", "Backup file:"), file_label)
        form.addRow(translate("Backup", "&Passphrase of the backup:"), self.passphrase)
        label = form.labelForField(self.passphrase)
        if isinstance(label, QLabel):
            label.setBuddy(self.passphrase.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(translate(NAMES, RESTORE))
        named(self.restore_button, RESTORE)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(self.cancel_button, QT_TRANSLATE_NOOP("Names", "Cancel"))
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        warning = paragraph(translate("Backup", RESTORE_WARNING))
        warning.setObjectName("warning")
        status = QHBoxLayout()
        status.addWidget(self.busy, 1)
        status.addWidget(self.buttons)
        layout = self.content
        layout.addWidget(heading(translate("Backup", "Restore from backup")))
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.footer.addLayout(status)
        self.setMinimumWidth(560)

    @property
    def running(self) -> bool:
        """Return True while the backup is being checked and put in place."""
        return self._running

    @Slot()
    def _restore(self) -> None:
        if self._running:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.setText(
                translate("Backup", "Type the passphrase the journal had when the backup was made.")
            )
            return
        self._set_running(True)
        self.error.setText(translate("Backup", "Checking the backup… this takes a few seconds."))
        session, backup = self._session, self._backup
        run_in_background(
            lambda: session.restore_from(backup, passphrase), self._done, self._failed
        )

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.busy.setVisible(running)
        self.restore_button.setEnabled(not running)
        self.cancel_button.setEnabled(not running)
        self.passphrase.edit.setReadOnly(running)

    def _done(self, _: object) -> None:
        self._set_running(False)
        if self._abandoned or not Shiboken.isValid(self):
            return
        self.wipe()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if self._abandoned or not Shiboken.isValid(self):
            self._running = False
            return
        self._set_running(False)
        if isinstance(exc, WrongPassphrase):
            self.error.setText(
                translate(
                    "Backup",
                    "That passphrase does not open this backup. Type the passphrase the journal "
                    "had when the backup was made. Your journal was not changed.",
                )
            )
        elif isinstance(exc, VaultError):
            self.error.setText(
                translate("Backup", "{problem} Your journal was not changed.").format(
                    problem=exc.message
                )
            )
        else:
            self.error.setText(
                translate(
                    "Backup",
                    "The backup could not be restored ({problem}). Your journal was not changed.",
                ).format(problem=exc)
            )
        self.passphrase.edit.selectAll()
        self.passphrase.edit.setFocus()

    def reject(self) -> None:
        """Close, except while the restore runs (locking or Quick exit call `wipe` first)."""
        if self._running and not self._abandoned:
            return
        super().reject()

    def wipe(self) -> None:
        """Clear the passphrase and any message; a restore still running may then close it."""
        if self._running:
            self._abandoned = True
        self.passphrase.wipe()
        self.error.clear()


def restore_journal(
    session: Session,
    parent: QWidget,
    *,
    choose_path: ChoosePath | None = None,
    locked: bool = False,
    announce: bool = True,
    views: SessionViews | None = None,
) -> bool:
    """ "Restore from backup…": pick a backup, ask its passphrase, restore; True when done.

    `locked`: asked from the unlock screen (the journal may not open at all), so say plainly
    first what restoring does. Afterwards the session is unlocked on the restored journal: the
    caller reloads its views. `announce` shows the "restored" message here. `views`: the
    window's session views, which clear the dialog if the journal locks meanwhile.
    """
    if locked:
        answer = ask(
            parent,
            QMessageBox.Icon.Warning,
            translate("Backup", "Restore from a backup"),
            translate("Backup", LOCKED_WARNING),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return False
    chooser = choose_path or _qt_open
    chosen = chooser(parent, translate("Backup", "Restore from backup"), "", backup_filter())
    if not chosen:
        return False
    dialog = RestoreDialog(session, Path(chosen), parent)
    try:
        with views.showing(dialog) if views is not None else contextlib.nullcontext():
            restored = bool(dialog.exec())
    finally:
        dialog.wipe()
        dialog.deleteLater()
    if restored and announce:
        announce_restored(parent)
    return restored


def announce_restored(parent: QWidget) -> None:
    """Say the restore worked and that the passphrase is now the backup's."""
    ask(
        parent,
        QMessageBox.Icon.Information,
        translate("Backup", "Restore from backup"),
        translate(
            "Backup",
            "The journal was restored from the backup. Its passphrase is now the one the "
            "backup was made with.",
        ),
    )
