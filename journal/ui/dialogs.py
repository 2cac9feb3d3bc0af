"""Dialogs: change passphrase, recovery code, integrity check, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from journal.errors import VaultError
from journal.session import Session
from journal.strength import assess
from journal.ui.capture import capture_protection_available
from journal.ui.messages import SafeDialog, ask
from journal.ui.preferences import Preferences
from journal.ui.widgets import PassphraseField, named, paragraph


class ChangePassphraseDialog(SafeDialog):
    """Choose a new passphrase; only the key wrapping changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change passphrase")
        self._session = session
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Change passphrase")
        named(ok, "Change passphrase")
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = self.content
        layout.addWidget(
            paragraph(
                "Your entries stay as they are; only the lock on them changes. Your recovery "
                "code keeps working."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _update(self) -> None:
        result = assess(self.passphrase.text())
        self.strength.setText(f"<b>{result.label}.</b> {result.hint}")

    def _apply(self) -> None:
        result = assess(self.passphrase.text())
        if not result.acceptable:
            self.error.setText(result.hint)
            return
        if self.passphrase.text() != self.confirm.text():
            self.error.setText("The two passphrases are not the same.")
            return
        QApplicationOverride.busy(True)
        try:
            self._session.vault.change_passphrase(self.passphrase.text())
        except VaultError as exc:
            self.error.setText(exc.message)
            return
        finally:
            QApplicationOverride.busy(False)
        self.passphrase.wipe()
        self.confirm.wipe()
        self.accept()


class QApplicationOverride:
    """Show a busy cursor during short blocking work."""

    @staticmethod
    def busy(on: bool) -> None:
        """Set or restore the wait cursor."""
        from PySide6.QtWidgets import QApplication

        if on:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()


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
        layout.addWidget(buttons)
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
            f"Chain fingerprint: {report.head[:16]}…",
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
        self.autolock = named(QSpinBox(), "Lock after minutes without use")
        self.autolock.setRange(0, 240)
        self.autolock.setSpecialValueText("Never")
        self.autolock.setSuffix(" min")
        self.autolock.setValue(preferences.autolock_minutes)
        self.lock_on_minimise = named(
            QCheckBox("Lock when the window is minimised"), "Lock when the window is minimised"
        )
        self.lock_on_minimise.setChecked(preferences.lock_on_minimise)
        self.discreet = named(QCheckBox("Discreet mode"), "Discreet mode")
        self.discreet.setChecked(preferences.discreet)
        self.discreet_title = named(QLineEdit(preferences.discreet_title), "Discreet window title")
        self.discreet_title.setEnabled(preferences.discreet)
        self.discreet.toggled.connect(self.discreet_title.setEnabled)
        self.open_page = named(
            QCheckBox("After a quick exit, open this page in the browser:"),
            "Open a page after quick exit",
        )
        self.open_page.setChecked(preferences.open_page_after_exit)
        self.exit_page = named(QLineEdit(preferences.exit_page), "Page to open after quick exit")
        self.exit_page.setPlaceholderText("for example a weather or news page")
        self.exit_page.setEnabled(preferences.open_page_after_exit)
        self.open_page.toggled.connect(self.exit_page.setEnabled)
        self.capture = named(
            QCheckBox("Hide the window from screenshots and screen sharing"),
            "Hide from screen capture",
        )
        self.capture.setChecked(preferences.hide_from_capture and capture_protection_available())
        if not capture_protection_available():
            self.capture.setEnabled(False)
            self.capture.setText("Hide from screenshots and screen sharing (Windows only)")
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
        layout.addWidget(buttons)
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
