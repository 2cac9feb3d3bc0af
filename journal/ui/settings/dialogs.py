"""Dialogs: change passphrase, recovery code, integrity check, settings."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, QUrl, Slot
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

from journal.errors import VaultError
from journal.session import Session
from journal.strength import assess
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.session_views import ClearedOnLock
from journal.ui.common.widgets import PassphraseField, named, paragraph
from journal.ui.common.worker import run_in_background
from journal.ui.safety.capture import capture_protection_available
from journal.ui.settings.preferences import Preferences

BUSY_TEXT = "Changing the passphrase… This takes a moment."
B = TypeVar("B", bound=QAbstractButton)


def labelled(button: B, text: str | None = None) -> B:
    """Set a button's text (if given); its accessible name is that visible text, no `&`."""
    if text is not None:
        button.setText(text)
    return named(button, button.text().replace("&", ""))


class ChangePassphraseDialog(SafeDialog, ClearedOnLock):
    """Choose a new passphrase; only the key wrapping changes (the slow KDF runs off the UI)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change passphrase")
        self._session = session
        self._running = False
        self._abandoned = False
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
        self.busy_bar.setRange(0, 0)  # no end known: a moving bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy, 1)
        self.busy.setVisible(False)
        self.busy_bar.setVisible(False)
        layout = self.content
        layout.addWidget(
            paragraph(
                "Your entries stay as they are; only the lock on them changes. Your recovery "
                "code keeps working."
            )
        )
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
        new_passphrase = self.passphrase.text()
        self.error.clear()
        self._set_running(True)
        run_in_background(lambda: vault.change_passphrase(new_passphrase), self._done, self._failed)

    def _set_running(self, running: bool) -> None:
        self._running = running
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

    def _done(self, _: object) -> None:
        self._running = False
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
        message = exc.message if isinstance(exc, VaultError) else str(exc)
        self.error.setText(f"The passphrase was not changed. {message}")

    def _tell_window_after_lock(self) -> None:
        """The change finished after the journal locked: say which passphrase now opens it."""
        if not Shiboken.isValid(self):
            return
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and window.isVisible():
            window.statusBar().showMessage(
                "Your new passphrase was set just before the journal locked. Unlock with it.",
                60_000,
            )

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


def replace_recovery_code(session: Session, parent: QWidget) -> str | None:
    """Ask, then make a new recovery code and show it once; returns the code or None."""
    answer = ask(
        parent,
        QMessageBox.Icon.Question,
        "Make a new recovery code?",
        "Your current recovery code will stop working and a new one will be shown once. "
        "Make sure you can write it down now, somewhere safe.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        code = session.vault.replace_recovery_code()
    except VaultError as exc:
        ask(parent, QMessageBox.Icon.Warning, "Recovery code", exc.message)
        return None
    return code


class RecoveryCodeDialog(SafeDialog):
    """Show a new recovery code once."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your new recovery code")
        groups = code.split("-")
        label = named(QLabel("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])), "Recovery code")
        label.setObjectName("recoveryCode")  # after named(): the style sheet keys on it
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        stored = named(QCheckBox("I have stored it safely"), "I have stored it safely")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        stored.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = self.content
        layout.addWidget(
            paragraph(
                "Write this code on paper and keep it where the other person will not look. "
                "It is shown only once. The old code no longer works."
            )
        )
        layout.addWidget(label)
        layout.addWidget(stored)
        self.footer.addWidget(buttons)
        self.setMinimumWidth(520)


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
            "none changed, removed or reordered since they were written.\n\n"
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
            "are still shown. Keep a copy of the journal file and ask someone you trust for help.",
            details="\n".join(report.problems),
        )


class SettingsDialog(SafeDialog):
    """Preferences that are safe to keep in clear (never journal content)."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._prefs = preferences
        self.autolock = named(QSpinBox(), "Lock after this long without use")
        self.autolock.setRange(0, 240)
        self.autolock.setSpecialValueText("Never")
        self.autolock.setSuffix(" min")
        self.autolock.setValue(preferences.autolock_minutes)
        self.lock_on_minimise = labelled(QCheckBox("Lock when the window is minimised"))
        self.lock_on_minimise.setChecked(preferences.lock_on_minimise)
        self.discreet = labelled(QCheckBox("Discreet mode"))
        self.discreet.setChecked(preferences.discreet)
        self.discreet_title = named(QLineEdit(preferences.discreet_title), "Neutral window title")
        self.discreet_title.setEnabled(preferences.discreet)
        self.discreet.toggled.connect(self.discreet_title.setEnabled)
        self.open_page = labelled(QCheckBox("After a quick exit, open this page in the browser:"))
        self.open_page.setChecked(preferences.open_page_after_exit)
        self.exit_page = named(QLineEdit(preferences.exit_page), "Page to open after quick exit")
        self.exit_page.setPlaceholderText("for example a weather or news page")
        self.exit_page.setEnabled(preferences.open_page_after_exit)
        self.open_page.toggled.connect(self.exit_page.setEnabled)
        self.capture = labelled(QCheckBox("Hide the window from screenshots and screen sharing"))
        self.capture.setChecked(preferences.hide_from_capture and capture_protection_available())
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
                "<small>Settings are stored without encryption, so they never contain anything "
                "you wrote.</small>"
            )
        )
        layout.addWidget(self.error)
        self.footer.addWidget(buttons)
        self.setMinimumWidth(560)

    def _apply(self) -> None:
        url = QUrl.fromUserInput(self.exit_page.text().strip())
        if self.open_page.isChecked() and (
            not url.isValid() or url.scheme() not in ("http", "https")
        ):
            self.error.setText("Type a web address starting with https://, or untick the option.")
            return
        prefs = self._prefs
        prefs.autolock_minutes = self.autolock.value()
        prefs.lock_on_minimise = self.lock_on_minimise.isChecked()
        prefs.discreet = self.discreet.isChecked()
        prefs.discreet_title = self.discreet_title.text()
        prefs.open_page_after_exit = self.open_page.isChecked()
        prefs.exit_page = url.toString() if self.exit_page.text().strip() else ""
        prefs.hide_from_capture = self.capture.isChecked()
        self.accept()
