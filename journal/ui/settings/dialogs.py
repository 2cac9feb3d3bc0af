"""Dialogs: change passphrase, recovery code, integrity check (settings: settings_dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QWidget,
)
from shiboken6 import Shiboken

from journal.errors import RekeyCancelled, VaultError
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.session import Session
from journal.strength import assess
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.session_views import ClearedOnLock
from journal.ui.common.widgets import NAMES, PassphraseField, named, paragraph
from journal.ui.common.worker import run_in_background
from journal.ui.settings.rekey import (
    CHANGE_PASSPHRASE_TEXT,
    NEW_CODE_TEXT,
    NEW_CODE_WITH_PASSPHRASE,
    PROGRESS_TEXT,
    ProgressRelay,
)
from journal.ui.settings.settings_dialog import SettingsDialog, labelled

__all__ = [
    "ChangePassphraseDialog",
    "RecoveryCodeDialog",
    "SettingsDialog",
    "labelled",
    "show_integrity_report",
]

BUSY_TEXT = QT_TRANSLATE_NOOP(
    "Names", "Changing the passphrase… This takes a moment. Quick exit still works."
)
CHANGE = QT_TRANSLATE_NOOP("Names", "Change passphrase")
STORED = QT_TRANSLATE_NOOP("Names", "I have stored it safely")


class ChangePassphraseDialog(SafeDialog, ClearedOnLock):
    """Choose a new passphrase; the journal is re-encrypted under a new key off the UI thread
    (`Session.change_passphrase`), with its progress; `new_recovery_code` is then set when the
    journal also got a new recovery code (to show at once)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ChangePassphraseDialog", "Change passphrase"))
        self._session = session
        self._running = False
        self._abandoned = False
        self.new_recovery_code: str | None = None
        self.passphrase = PassphraseField(QT_TRANSLATE_NOOP("Names", "New passphrase"))
        self.confirm = PassphraseField(
            QT_TRANSLATE_NOOP("Names", "Confirm new passphrase"), with_toggle=False
        )
        self.strength = QLabel(" ")
        self.strength.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.passphrase.edit.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(translate("ChangePassphraseDialog", "&New passphrase:"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(translate("ChangePassphraseDialog", "C&onfirm:"), self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.change_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.change_button.setText(translate(NAMES, CHANGE))
        named(self.change_button, CHANGE)
        self.cancel_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
            QT_TRANSLATE_NOOP("Names", "Cancel"),
        )
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        self.busy = named(QLabel(translate(NAMES, BUSY_TEXT)), BUSY_TEXT)
        self.busy.setWordWrap(True)
        self.busy_bar = named(QProgressBar(), QT_TRANSLATE_NOOP("Names", "Changing the passphrase"))
        self.busy_bar.setRange(0, 0)  # no end known until the re-key reports: a moving bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self._progress = ProgressRelay()
        self._progress.moved.connect(self._show_progress)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy, 1)
        self.busy.setVisible(False)
        self.busy_bar.setVisible(False)
        layout = self.content
        text = translate("Rekey", CHANGE_PASSPHRASE_TEXT)
        if session.is_unlocked and session.vault.needs_new_recovery_code:
            text += " " + translate("Rekey", NEW_CODE_WITH_PASSPHRASE)
        layout.addWidget(paragraph(text))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(busy_row)
        self.footer.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @property
    def running(self) -> bool:
        """Return True while the new passphrase is being applied."""
        return self._running

    def _update(self) -> None:
        result = assess(self.passphrase.text())
        self.strength.setText(f"<b>{result.label}.</b> {result.hint}")

    @Slot()
    def _apply(self) -> None:
        if self._running:
            return
        result = assess(self.passphrase.text())
        if not result.acceptable:
            self.error.setText(result.hint)
            return
        if self.passphrase.text() != self.confirm.text():
            self.error.setText(
                translate("ChangePassphraseDialog", "The two passphrases are not the same.")
            )
            return
        try:
            vault = self._session.vault
        except VaultError as exc:
            self.error.setText(exc.message)
            return
        del vault  # the session re-keys it and remembers its new header
        new_passphrase = self.passphrase.text()
        session, report = self._session, self._progress.report
        self.error.clear()
        self._set_running(True)
        run_in_background(
            lambda: session.change_passphrase(new_passphrase, progress=report),
            self._done,
            self._failed,
        )

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self._gone():
            return
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(done)
        sentence = translate("Rekey", PROGRESS_TEXT).format(done=done, total=total)
        self.busy.setText(sentence)
        self.busy_bar.setAccessibleDescription(sentence)

    def _set_running(self, running: bool) -> None:
        self._running = running
        if running:
            self.busy.setText(translate(NAMES, BUSY_TEXT))
            self.busy_bar.setRange(0, 0)
        self.busy.setVisible(running)
        self.busy_bar.setVisible(running)
        # Keep the focus in a (read-only) field: when the focused button is disabled Qt would
        # move it on, possibly to Quick exit, where a stray Space would trigger it.
        self.passphrase.edit.setReadOnly(running)
        self.confirm.edit.setReadOnly(running)
        if self.passphrase.toggle is not None:
            self.passphrase.toggle.setEnabled(not running)
        if running or self.focusWidget() in (self.quick_exit, None):
            self.passphrase.edit.setFocus()
        self.change_button.setEnabled(not running)
        self.cancel_button.setEnabled(not running)

    def _gone(self) -> bool:
        """Return True when the dialog was closed (lock, Quick exit) or deleted meanwhile."""
        return self._abandoned or not Shiboken.isValid(self)

    def _done(self, code: object) -> None:
        self._running = False
        self.new_recovery_code = code if isinstance(code, str) else None
        if self._gone():
            self._tell_window_after_lock()
            return
        self._set_running(False)
        self.wipe()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._running = False
        if self._gone():
            return
        self._set_running(False)
        if isinstance(exc, RekeyCancelled):
            message = translate(
                "ChangePassphraseDialog",
                "It was stopped before it finished; the old passphrase still opens it.",
            )
        else:
            message = exc.message if isinstance(exc, VaultError) else str(exc)
        self.error.setText(
            translate("ChangePassphraseDialog", "The passphrase was not changed. {problem}").format(
                problem=message
            )
        )

    def _tell_window_after_lock(self) -> None:
        """The change finished after the journal locked: say which passphrase now opens it."""
        if not Shiboken.isValid(self):
            return
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and window.isVisible():
            if self.new_recovery_code is None:
                message = translate(
                    "ChangePassphraseDialog",
                    "Your new passphrase was set just before the journal locked. Unlock with it.",
                )
            else:
                message = translate(
                    "ChangePassphraseDialog",
                    "Your new passphrase was set just before the journal locked. Unlock with it. "
                    "Then make a new recovery code: the new one could not be shown.",
                )
            window.statusBar().showMessage(message, 60_000)

    def reject(self) -> None:
        """Close, except while the change runs (locking or Quick exit call `wipe` first)."""
        if self._running and not self._abandoned:
            return
        super().reject()

    def wipe(self) -> None:
        """Clear both fields and any message; a change still running may then close it."""
        if self._running:
            self._abandoned = True
        self.passphrase.wipe()
        self.confirm.wipe()
        self.error.clear()
        self.strength.setText(" ")


class RecoveryCodeDialog(SafeDialog):
    """Show a new recovery code once (printing it is possible, as on the first page)."""

    def __init__(self, code: str, parent: QWidget | None = None, *, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecoveryCodeDialog", "Your new recovery code"))
        groups = code.split("-")
        label = named(
            QLabel("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])),
            QT_TRANSLATE_NOOP("Names", "Recovery code"),
        )
        label.setObjectName("recoveryCode")  # after named(): the style sheet keys on it
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        stored = named(QCheckBox(translate(NAMES, STORED)), STORED)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        printing = named(
            buttons.addButton(
                translate("RecoveryCodeDialog", "Print…"), QDialogButtonBox.ButtonRole.ActionRole
            ),
            QT_TRANSLATE_NOOP("Names", "Print recovery code"),
        )
        printing.setAutoDefault(False)
        printing.clicked.connect(lambda: self._print(label.text()))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        stored.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = self.content
        layout.addWidget(paragraph(text or translate("Rekey", NEW_CODE_TEXT)))
        layout.addWidget(label)
        layout.addWidget(stored)
        self.footer.addWidget(buttons)
        self.setMinimumWidth(520)

    def _print(self, code: str) -> None:
        """Print through the app's own print dialog (its warning, Quick exit, no file)."""
        from journal.ui.safety.printing import print_recovery_code

        print_recovery_code(self, code)


def show_integrity_report(session: Session, parent: QWidget) -> None:
    """Run `verify()` and show the result in plain words."""
    title = translate("IntegrityReport", "Check integrity")
    try:
        report = session.vault.verify()
    except VaultError as exc:
        ask(parent, QMessageBox.Icon.Warning, title, exc.message)
        return
    if report.ok:
        ask(
            parent,
            QMessageBox.Icon.Information,
            title,
            translate(
                "IntegrityReport",
                "Everything checks out: {entries} entries, {revisions} saved versions, your "
                "plans, contacts, check-ins and settings: nothing in this file was changed, "
                "removed or reordered after it was written. A check cannot tell whether the "
                "whole file was replaced by an older copy of itself: if entries you remember "
                "are missing, that may be what happened.\n\n"
                "Chain fingerprint: {fingerprint}…\n\n"
                "The chain fingerprint is a short code computed from every saved version in "
                "order: if anything were changed, removed or reordered, it would be different. "
                "An export lists it so someone can check the copy against this journal.",
            ).format(
                entries=report.entries, revisions=report.revisions, fingerprint=report.head[:16]
            ),
        )
    else:
        ask(
            parent,
            QMessageBox.Icon.Warning,
            title,
            translate(
                "IntegrityReport",
                "Some of the journal could not be confirmed as unchanged. Entries that can be "
                "read are still shown. Keep a copy of the journal file as it is; restore a "
                "recent backup or use your recovery code, and if you think someone changed the "
                "file, talk to an advocate or someone you trust.",
            ),
            details="\n".join(report.problems),
        )
