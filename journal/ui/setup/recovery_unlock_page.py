"""Unlocking with the recovery code, and choosing a new passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.ui.common.session_views import ClearedOnLock
from journal.ui.common.widgets import PassphraseField, heading, named, paragraph
from journal.ui.setup.card import card

if TYPE_CHECKING:
    from journal.strength import Strength


class RecoveryUnlockPage(QWidget, ClearedOnLock):
    """Open with the recovery code, then choose a new passphrase."""

    recover_requested = Signal(str, str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        intro = paragraph(
            "Type your recovery code: the one you were given when you created the journal, or "
            "the newest one if you made a new one (dashes and capital letters do not matter). "
            "Then choose a new passphrase; the old one will no longer open this journal file."
        )
        self.code = named(QLineEdit(), "Recovery code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.passphrase = PassphraseField("New passphrase")
        self.confirm = PassphraseField("Confirm new passphrase", with_toggle=False)
        self.strength = QLabel(" ")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.submit_button = named(
            QPushButton("Unlock and set passphrase"), "Unlock and set passphrase"
        )
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._submit)
        back = named(QPushButton("Back"), "Back")
        back.clicked.connect(self.cancelled)
        self.passphrase.edit.textChanged.connect(self._update)
        self.confirm.edit.returnPressed.connect(self._submit)
        form = QWidget()
        grid = QFormLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addRow("&Recovery code:", self.code)
        grid.addRow("&New passphrase:", self.passphrase)
        grid.addRow("", self.strength)
        grid.addRow("C&onfirm:", self.confirm)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.busy, 1)
        row.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card(heading("Use your recovery code"), intro, form, self.error, buttons))
        self.setFocusProxy(self.code)

    @Slot()
    def _update(self) -> None:
        result = _assess(self.passphrase.text())
        self.strength.setText(
            f"<b>{result.label}.</b> {result.hint}" if self.passphrase.text() else " "
        )

    @Slot()
    def _submit(self) -> None:
        if self.busy.isVisible():
            return
        if not self.code.text().strip():
            self.error.setText("Type your recovery code.")
            return
        result = _assess(self.passphrase.text())
        if not result.acceptable:
            self.error.setText(f"Choose a stronger new passphrase. {result.hint}")
            return
        if self.passphrase.text() != self.confirm.text():
            self.error.setText("The two new passphrases are not the same.")
            return
        self.error.clear()
        self.set_busy(True)
        self.recover_requested.emit(self.code.text(), self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show the busy indicator while the new key is derived."""
        self.busy.setVisible(busy)
        self.submit_button.setEnabled(not busy)

    def failed(self, message: str) -> None:
        """Show why recovery failed."""
        self.set_busy(False)
        self.error.setText(message)

    def wipe(self) -> None:
        """Forget the code and passphrases."""
        self.code.clear()
        self.passphrase.wipe()
        self.confirm.wipe()
        self.error.clear()
        self.set_busy(False)


def _assess(text: str) -> Strength:
    """Rate a passphrase (the rules load on first use, not with the unlock window)."""
    from journal.strength import assess

    return assess(text)
