"""Dialogs: change passphrase, recovery code, integrity check, settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QWidget,
)
from shiboken6 import Shiboken

from journal.errors import RekeyCancelled, VaultError
from journal.protective_settings import (
    MAX_AUTOLOCK_MINUTES,
    ProtectiveSettings,
    is_safe_exit_page,
)
from journal.session import Session
from journal.strength import assess
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.session_views import ClearedOnLock
from journal.ui.common.widgets import PassphraseField, named, paragraph
from journal.ui.common.worker import run_in_background
from journal.ui.safety.capture import capture_protection_available
from journal.ui.settings.preferences import Preferences
from journal.ui.settings.rekey import (
    CHANGE_PASSPHRASE_TEXT,
    NEW_CODE_TEXT,
    NEW_CODE_WITH_PASSPHRASE,
    PROGRESS_TEXT,
    ProgressRelay,
)

BUSY_TEXT = "Changing the passphrase… This takes a moment. Quick exit still works."
B = TypeVar("B", bound=QAbstractButton)


def labelled(button: B, text: str | None = None) -> B:
    """Set a button's text (if given); its accessible name is that visible text, no `&`."""
    if text is not None:
        button.setText(text)
    return named(button, button.text().replace("&", ""))


class ChangePassphraseDialog(SafeDialog, ClearedOnLock):
    """Choose a new passphrase; the journal is re-encrypted under a new key off the UI thread
    (`Session.change_passphrase`), with its progress; `new_recovery_code` is then set when the
    journal also got a new recovery code (to show at once)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change passphrase")
        self._session = session
        self._running = False
        self._abandoned = False
        self.new_recovery_code: str | None = None
        self.passphrase = PassphraseField("New passphrase")
        self.confirm = PassphraseField("Confirm new passphrase", with_toggle=False)
        self.strength = QLabel(" ")
        self.strength.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.passphrase.edit.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow("&New passphrase:", self.passphrase)
        form.addRow("", self.strength)
        form.addRow("C&onfirm:", self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.change_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.change_button.setText("Change passphrase")
        named(self.change_button, "Change passphrase")
        self.cancel_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "Cancel"
        )
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        self.busy = named(QLabel(BUSY_TEXT), BUSY_TEXT)
        self.busy.setWordWrap(True)
        self.busy_bar = named(QProgressBar(), "Changing the passphrase")
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
        text = CHANGE_PASSPHRASE_TEXT
        if session.is_unlocked and session.vault.needs_new_recovery_code:
            text += NEW_CODE_WITH_PASSPHRASE
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
            self.error.setText("The two passphrases are not the same.")
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
        sentence = PROGRESS_TEXT.format(done=done, total=total)
        self.busy.setText(sentence)
        self.busy_bar.setAccessibleDescription(sentence)

    def _set_running(self, running: bool) -> None:
        self._running = running
        if running:
            self.busy.setText(BUSY_TEXT)
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
            message = "It was stopped before it finished; the old passphrase still opens it."
        else:
            message = exc.message if isinstance(exc, VaultError) else str(exc)
        self.error.setText(f"The passphrase was not changed. {message}")

    def _tell_window_after_lock(self) -> None:
        """The change finished after the journal locked: say which passphrase now opens it."""
        if not Shiboken.isValid(self):
            return
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and window.isVisible():
            message = "Your new passphrase was set just before the journal locked. Unlock with it."
            if self.new_recovery_code is not None:
                message += " Then make a new recovery code: the new one could not be shown."
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
        self.setWindowTitle("Your new recovery code")
        groups = code.split("-")
        label = named(QLabel("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])), "Recovery code")
        label.setObjectName("recoveryCode")  # after named(): the style sheet keys on it
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        stored = named(QCheckBox("I have stored it safely"), "I have stored it safely")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        printing = named(
            buttons.addButton("Print…", QDialogButtonBox.ButtonRole.ActionRole),
            "Print recovery code",
        )
        printing.setAutoDefault(False)
        printing.clicked.connect(lambda: self._print(label.text()))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        stored.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = self.content
        layout.addWidget(paragraph(text or NEW_CODE_TEXT))
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
    try:
        report = session.vault.verify()
    except VaultError as exc:
        ask(parent, QMessageBox.Icon.Warning, "Check integrity", exc.message)
        return
    if report.ok:
        ask(
            parent,
            QMessageBox.Icon.Information,
            "Check integrity",
            f"Everything checks out: {report.entries} entries, {report.revisions} saved versions, "
            "your plans, contacts, check-ins and settings: nothing in this file was changed, "
            "removed or reordered after it was written. A check cannot tell whether the whole "
            "file was replaced by an older copy of itself: if entries you remember are missing, "
            "that may be what happened.\n\n"
            f"Chain fingerprint: {report.head[:16]}…\n\n"
            "The chain fingerprint is a short code computed from every saved version in "
            "order: if anything were changed, removed or reordered, it would be different. "
            "An export lists it so someone can check the copy against this journal.",
        )
    else:
        ask(
            parent,
            QMessageBox.Icon.Warning,
            "Check integrity",
            "Some of the journal could not be confirmed as unchanged. Entries that can be read "
            "are still shown. Keep a copy of the journal file as it is; restore a recent backup "
            "or use your recovery code, and if you think someone changed the file, talk to an "
            "advocate or someone you trust.",
            details="\n".join(report.problems),
        )


class SettingsDialog(SafeDialog):
    """Locking and Quick exit settings (stored encrypted in the journal, so only while it is
    unlocked) and discreet mode (stored on this computer: needed before unlocking)."""

    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        *,
        protective: ProtectiveSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._prefs = preferences
        self.protective = protective  # the new ones once accepted; None while locked
        self.save_protective: Callable[[ProtectiveSettings], str | None] | None = None
        shown = protective or ProtectiveSettings()
        self.autolock = named(QSpinBox(), "Lock after this long without use")
        self.autolock.setRange(0, MAX_AUTOLOCK_MINUTES)
        self.autolock.setSpecialValueText("Never")
        self.autolock.setSuffix(" min")
        self.autolock.setValue(shown.autolock_minutes)
        self.lock_on_minimise = labelled(QCheckBox("Lock when the window is minimised"))
        self.lock_on_minimise.setChecked(shown.lock_on_minimise)
        self.discreet = labelled(QCheckBox("Discreet mode"))
        self.discreet.setChecked(preferences.discreet)
        self.discreet_title = named(QLineEdit(preferences.discreet_title), "Neutral window title")
        self.discreet_title.setEnabled(preferences.discreet)
        self.discreet.toggled.connect(self.discreet_title.setEnabled)
        self.open_page = labelled(QCheckBox("After a quick exit, open this page in the browser:"))
        self.open_page.setChecked(shown.open_page_after_exit)
        self.exit_page = named(QLineEdit(shown.exit_page), "Page to open after quick exit")
        self.exit_page.setPlaceholderText("https:// and for example a weather or news page")
        self.exit_page.setEnabled(shown.open_page_after_exit)
        self.open_page.toggled.connect(self.exit_page.setEnabled)
        self.capture = labelled(QCheckBox("Hide the window from screenshots and screen sharing"))
        self.capture.setChecked(shown.hide_from_capture and capture_protection_available())
        if not capture_protection_available():
            self.capture.setEnabled(False)
            labelled(
                self.capture, "Hide the window from screenshots and screen sharing (Windows only)"
            )
            self.capture.setToolTip("This system does not let apps hide from capture.")
        self.error = QLabel()
        self.error.setObjectName("error")

        locking = QGroupBox("Locking")
        lf = QFormLayout(locking)
        lf.addRow("&Lock after this long without use:", self.autolock)
        lf.addRow(self.lock_on_minimise)
        privacy = QGroupBox("Privacy")
        pf = QFormLayout(privacy)
        pf.addRow(self.discreet)
        pf.addRow("Neutral window &title:", self.discreet_title)
        pf.addRow(
            paragraph(
                "<small>Discreet mode shows a neutral name and icon instead of "
                "“Reality Check”, from the unlock screen on.</small>"
            )
        )
        pf.addRow(self.open_page)
        pf.addRow(self.exit_page)
        pf.addRow(
            paragraph(
                "<small>Opening a page leaves an entry in the browser's history, which is why "
                "it is off unless you choose it.</small>"
            )
        )
        pf.addRow(self.capture)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = self.content
        layout.addWidget(locking)
        layout.addWidget(privacy)
        layout.addWidget(
            paragraph(
                "<small>Locking, screen capture and the page after a quick exit are stored "
                "encrypted in your journal. Discreet mode and the window's size are stored on "
                "this computer without encryption, because they are needed before unlocking; "
                "they never contain anything you wrote.</small>"
            )
        )
        if protective is None:  # locked: the journal's settings can be neither read nor saved
            for widget in (self.autolock, self.lock_on_minimise, self.open_page, self.capture):
                widget.setEnabled(False)
            self.exit_page.setEnabled(False)
            layout.addWidget(
                paragraph("Unlock your journal to change locking and quick exit settings.")
            )
        layout.addWidget(self.error)
        self.footer.addWidget(buttons)
        self.setMinimumWidth(560)

    def _apply(self) -> None:
        self.error.clear()
        if self.protective is not None:
            page = self.exit_page.text().strip()
            if page and "://" not in page:
                page = "https://" + page
            if self.open_page.isChecked() and not is_safe_exit_page(page):
                self.error.setText(
                    "Type a web address starting with https://, or untick the option."
                )
                return
            chosen = ProtectiveSettings(
                autolock_minutes=self.autolock.value(),
                lock_on_minimise=self.lock_on_minimise.isChecked(),
                hide_from_capture=self.capture.isChecked(),
                open_page_after_exit=self.open_page.isChecked(),
                exit_page=page if is_safe_exit_page(page) else "",
            )
            if chosen != self.protective and self.save_protective is not None:
                problem = self.save_protective(chosen)
                if problem is not None:
                    self.error.setText(f"The settings were not saved. {problem}")
                    return
            self.protective = chosen
        prefs = self._prefs
        prefs.discreet = self.discreet.isChecked()
        prefs.discreet_title = self.discreet_title.text()
        self.accept()
