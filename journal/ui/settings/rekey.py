"""Re-keying from the window: progress off the UI thread, a new recovery code, honest texts.

A re-key re-encrypts every entry and file under a new key (`Session.change_passphrase`,
`Session.replace_recovery_code`). It runs on a worker thread; its progress arrives here
through a queued signal. Locking or Quick exit cancel it (the vault rolls it back).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QWidget
from shiboken6 import Shiboken

from journal.errors import RekeyCancelled, VaultError
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.session import Session
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.session_views import ClearedOnLock, SessionViews
from journal.ui.common.widgets import named
from journal.ui.common.worker import run_in_background

CHANGE_PASSPHRASE_TEXT = QT_TRANSLATE_NOOP(
    "Rekey",
    "Your entries stay as they are. Every entry and file is locked again with a new key, so "
    "afterwards the old passphrase opens nothing in this journal file, not even with an old "
    "copy of its header. Copies of the whole journal file made before now (backups, copies on "
    "a USB stick) still open with the old passphrase: delete those you do not need and make a "
    "new backup. Your recovery code keeps working.",
)
NEW_CODE_WITH_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Rekey",
    "This journal was upgraded to a newer format, so it also gets a new recovery code, shown "
    "once when the passphrase is changed.",
)
REPLACE_CODE_QUESTION = QT_TRANSLATE_NOOP(
    "Rekey",
    "A new recovery code will be shown once; write it down then, somewhere safe. Every entry "
    "and file is locked again with a new key, so afterwards the current recovery code opens "
    "nothing in this journal file. Copies of the whole journal file made before now (backups, "
    "copies on a USB stick) still open with the old recovery code: delete those you do not "
    "need and make a new backup.",
)
NEW_CODE_TEXT = QT_TRANSLATE_NOOP(
    "Rekey",
    "Write this code on paper and keep it where the other person will not look. It is shown "
    "only once. The old recovery code no longer opens this journal file; copies of the whole "
    "file made before now still open with it, so delete those you do not need.",
)
PROGRESS_TEXT = QT_TRANSLATE_NOOP(
    "Rekey", "Locking every entry and file again with a new key: {done} of {total}."
)
STARTING_TEXT = QT_TRANSLATE_NOOP(
    "Rekey", "Preparing the new key… This takes a moment. Quick exit still works."
)

LOST_CODE_TEXT = QT_TRANSLATE_NOOP(
    "Rekey",
    "A new recovery code was made just as the journal locked, so it could not be shown. "
    "Unlock, then make a new recovery code.",
)

Work = Callable[[Callable[[int, int], None]], Any]


def tell_window(parent: QWidget | None, message: str) -> None:
    """Show a message that must not be missed in the main window's status bar for a minute."""
    window = parent.window() if parent is not None and Shiboken.isValid(parent) else None
    if isinstance(window, QMainWindow) and window.isVisible():
        window.statusBar().showMessage(message, 60_000)


class ProgressRelay(QObject):
    """Carries `progress(done, total)` from the worker thread to the UI thread."""

    moved = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._last = -1

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread for every row; passes on each new percent only."""
        percent = done * 100 // total if total else 100
        if percent != self._last or done == total:
            self._last = percent
            self.moved.emit(done, total)


class ProgressRow:
    """A progress bar and a plain sentence, filled by a `ProgressRelay`."""

    def __init__(self, what: str) -> None:
        self.bar = named(QProgressBar(), what)
        self.bar.setRange(0, 0)  # until the first row: a moving bar
        self.bar.setTextVisible(False)
        self.text = named(
            QLabel(translate("Rekey", STARTING_TEXT)), QT_TRANSLATE_NOOP("Names", "Progress")
        )
        self.text.setWordWrap(True)
        self.relay = ProgressRelay()
        self.relay.moved.connect(self.show_progress)

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        """Show how many records are done."""
        if not Shiboken.isValid(self.bar):
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        sentence = translate("Rekey", PROGRESS_TEXT).format(done=done, total=total)
        self.text.setText(sentence)
        self.bar.setAccessibleDescription(sentence)

    def reset(self) -> None:
        """Back to the moving bar and the first sentence."""
        self.bar.setRange(0, 0)
        self.text.setText(translate("Rekey", STARTING_TEXT))


class RekeyDialog(SafeDialog, ClearedOnLock):
    """Runs one re-key on a worker thread with its progress; closes itself when done."""

    def __init__(self, title: str, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._work = work
        self.result_value: Any = None
        self.error_message = ""
        self._running = False
        self._abandoned = False
        self.progress = ProgressRow(title)
        self.content.addWidget(self.progress.text)
        self.content.addWidget(self.progress.bar)
        self.setMinimumWidth(480)

    def exec(self) -> int:
        """Start the work, then show the dialog until it is done."""
        self._running = True
        report = self.progress.relay.report
        run_in_background(lambda: self._work(report), self._done, self._failed)
        return super().exec()

    def _done(self, value: object) -> None:
        self._running = False
        self.result_value = value
        if not Shiboken.isValid(self):
            return
        if self._abandoned:  # finished just as the journal locked: the code was never shown
            tell_window(self.parentWidget(), translate("Rekey", LOST_CODE_TEXT))
            return
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._running = False
        if isinstance(exc, RekeyCancelled):
            self.error_message = translate(
                "Rekey", "It was stopped before it finished; nothing was changed."
            )
        else:
            self.error_message = exc.message if isinstance(exc, VaultError) else str(exc)
        if Shiboken.isValid(self) and not self._abandoned:
            self.reject()

    def reject(self) -> None:
        """Close only when the work is over, or when the journal locks (see `wipe`)."""
        if self._running and not self._abandoned:
            return
        super().reject()

    def wipe(self) -> None:
        """The journal locks or Quick exit: the vault cancels the work; close now."""
        if self._running:
            self._abandoned = True
            super().reject()


def replace_recovery_code(
    session: Session, parent: QWidget, views: SessionViews | None = None
) -> str | None:
    """Ask, then make a new recovery code off the UI thread; returns the code or None."""
    answer = ask(
        parent,
        QMessageBox.Icon.Question,
        translate("Rekey", "Make a new recovery code?"),
        translate("Rekey", REPLACE_CODE_QUESTION),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    dialog = RekeyDialog(
        translate("Rekey", "Making a new recovery code"),
        lambda report: session.replace_recovery_code(progress=report),
        parent,
    )
    try:
        if views is not None:
            with views.showing(dialog):
                accepted = dialog.exec()
        else:
            accepted = dialog.exec()
        if not accepted:
            if dialog.error_message and session.is_unlocked:
                ask(
                    parent,
                    QMessageBox.Icon.Warning,
                    translate("Rekey", "Recovery code"),
                    translate("Rekey", "No new recovery code was made. {problem}").format(
                        problem=dialog.error_message
                    ),
                )
            return None
        code = dialog.result_value
        return code if isinstance(code, str) else None
    finally:
        dialog.deleteLater()
