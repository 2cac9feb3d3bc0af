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

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.session_views import ClearedOnLock
from journal.ui.common.widgets import (
    NAMES,
    PassphraseField,
    heading,
    named,
    paragraph,
    set_heading,
)
from journal.ui.setup.card import card

if TYPE_CHECKING:
    from journal.strength import Strength


CODE_SHAPE = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"  # what a recovery code looks like
SUBMIT = QT_TRANSLATE_NOOP("Names", "Unlock and set passphrase")
BACK = QT_TRANSLATE_NOOP("Names", "Back")


class RecoveryUnlockPage(QWidget, ClearedOnLock):
    """Open with the recovery code, then choose a new passphrase."""

    recover_requested = Signal(str, str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.intro = paragraph("")
        self.code = named(QLineEdit(), QT_TRANSLATE_NOOP("Names", "Recovery code"))
        self.code.setPlaceholderText(CODE_SHAPE)
        self.passphrase = PassphraseField(QT_TRANSLATE_NOOP("Names", "New passphrase"))
        self.confirm = PassphraseField(
            QT_TRANSLATE_NOOP("Names", "Confirm new passphrase"), with_toggle=False
        )
        self.strength = QLabel(" ")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.submit_button = QPushButton()
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._submit)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.cancelled)
        self.passphrase.edit.textChanged.connect(self._update)
        self.confirm.edit.returnPressed.connect(self._submit)
        form = QWidget()
        grid = QFormLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above
        self.labels = [QLabel() for _ in range(3)]
        grid.addRow(self.labels[0], self.code)
        grid.addRow(self.labels[1], self.passphrase)
        grid.addRow("", self.strength)
        grid.addRow(self.labels[2], self.confirm)
        for label, field in zip(
            self.labels, (self.code, self.passphrase.edit, self.confirm.edit), strict=True
        ):
            label.setBuddy(field)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.busy, 1)
        row.addWidget(self.submit_button)
        self.title = heading("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card(self.title, self.intro, form, self.error, buttons))
        self.setFocusProxy(self.code)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface's language; what is typed stays in its fields."""
        set_heading(self.title, translate("RecoveryUnlockPage", "Use your recovery code"))
        self.intro.setText(
            translate(
                "RecoveryUnlockPage",
                "Type your recovery code: the one you were given when you created the journal, "
                "or the newest one if you made a new one (dashes and capital letters do not "
                "matter). Then choose a new passphrase; the old one will no longer open this "
                "journal file.",
            )
        )
        named(self.code, QT_TRANSLATE_NOOP("Names", "Recovery code"))
        self.passphrase.retranslate()
        self.confirm.retranslate()
        for label, text in zip(
            self.labels,
            (
                translate("RecoveryUnlockPage", "&Recovery code:"),
                translate("RecoveryUnlockPage", "&New passphrase:"),
                translate("RecoveryUnlockPage", "C&onfirm:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.submit_button.setText(translate(NAMES, SUBMIT))
        named(self.submit_button, SUBMIT)
        self.back_button.setText(translate(NAMES, BACK))
        named(self.back_button, BACK)
        self.error.clear()
        self._update()

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
            self.error.setText(translate("RecoveryUnlockPage", "Type your recovery code."))
            return
        result = _assess(self.passphrase.text())
        if not result.acceptable:
            self.error.setText(
                translate("RecoveryUnlockPage", "Choose a stronger new passphrase. {hint}").format(
                    hint=result.hint
                )
            )
            return
        if self.passphrase.text() != self.confirm.text():
            self.error.setText(
                translate("RecoveryUnlockPage", "The two new passphrases are not the same.")
            )
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
