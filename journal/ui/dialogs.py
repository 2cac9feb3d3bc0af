"""Dialogs: change passphrase, recovery code, integrity check, settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.errors import VaultError
from journal.session import Session
from journal.strength import assess
from journal.ui.widgets import PassphraseField, named, paragraph


class ChangePassphraseDialog(QDialog):
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
        layout = QVBoxLayout(self)
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
    answer = QMessageBox.question(
        parent,
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
        QMessageBox.warning(parent, "Recovery code", exc.message)
        return None
    return code


class RecoveryCodeDialog(QDialog):
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
        layout = QVBoxLayout(self)
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
        QMessageBox.warning(parent, "Check integrity", exc.message)
        return
    if report.ok:
        QMessageBox.information(
            parent,
            "Check integrity",
            f"Everything checks out: {report.entries} entries, {report.revisions} saved versions, "
            "none changed, removed or reordered since they were written.\n\n"
            f"Chain fingerprint: {report.head[:16]}…",
        )
    else:
        box = QMessageBox(QMessageBox.Icon.Warning, "Check integrity", "", parent=parent)
        box.setText(
            "Some of the journal could not be confirmed as unchanged. Entries that can be read "
            "are still shown. Keep a copy of the journal file and ask someone you trust for help."
        )
        box.setDetailedText("\n".join(report.problems))
        box.exec()


SETTINGS_AUTOLOCK = "security/autolock_minutes"
DEFAULT_AUTOLOCK_MINUTES = 5


class SettingsDialog(QDialog):
    """Preferences that are safe to keep in clear (never journal content)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._settings = settings
        self.autolock = named(QSpinBox(), "Lock after minutes without use")
        self.autolock.setRange(0, 240)
        self.autolock.setSpecialValueText("Never")
        self.autolock.setSuffix(" min")
        self.autolock.setValue(autolock_minutes(settings))
        form = QFormLayout()
        form.addRow("&Lock after this long without use:", self.autolock)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                "<small>Settings are stored without encryption, so they never contain anything "
                "you wrote.</small>"
            )
        )
        layout.addWidget(buttons)

    def _apply(self) -> None:
        self._settings.setValue(SETTINGS_AUTOLOCK, self.autolock.value())
        self.accept()


def autolock_minutes(settings: QSettings) -> int:
    """Return the idle minutes before locking (0 = never)."""
    try:
        return max(0, int(settings.value(SETTINGS_AUTOLOCK, DEFAULT_AUTOLOCK_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_AUTOLOCK_MINUTES
