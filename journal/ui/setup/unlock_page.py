"""Unlocking with the passphrase, with a growing wait after wrong guesses."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.session_views import ClearedOnLock
from journal.ui.common.widgets import (
    NAMES,
    PassphraseField,
    described,
    heading,
    named,
    set_heading,
)
from journal.ui.setup.card import card

UNLOCK = QT_TRANSLATE_NOOP("Names", "Unlock")
USE_RECOVERY_CODE = QT_TRANSLATE_NOOP("Names", "Use recovery code")
RESTORE = QT_TRANSLATE_NOOP("Names", "Restore from a backup…")


def backoff_seconds(failures: int) -> int:
    """Return the wait before the next try: none for 3 failures, then doubling to 5 min."""
    if failures < 3:
        return 0
    return int(min(300, 2 ** (failures - 2)))


class UnlockPage(QWidget, ClearedOnLock):
    """Type the passphrase; Return unlocks; a growing wait after repeated failures."""

    unlock_requested = Signal(str)
    recovery_requested = Signal()
    restore_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.passphrase = PassphraseField(QT_TRANSLATE_NOOP("Names", "Passphrase"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.recovery_button = QPushButton()
        self.recovery_button.setFlat(True)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.restore_button = QPushButton()
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        self.passphrase.edit.returnPressed.connect(self._submit)
        self.failures = 0
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.label = QLabel()
        self.label.setBuddy(self.passphrase.edit)
        self.title = heading("")
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        # Stretches, not alignment flags, keep the links left and Unlock at the top: the page is
        # built before the first frame, without PySide6's `Qt` namespace (see
        # journal.ui.common.early).
        links = QVBoxLayout()
        links.setSpacing(10)
        for link in (self.recovery_button, self.restore_button):
            line = QHBoxLayout()
            line.addWidget(link)
            line.addStretch(1)
            links.addLayout(line)
        row.addLayout(links)
        row.addStretch(1)
        row.addWidget(self.busy, 1)
        side = QVBoxLayout()
        side.addWidget(self.unlock_button)
        side.addStretch(1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card(self.title, self.label, self.passphrase, self.error, buttons))
        self.setFocusProxy(self.passphrase.edit)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface's language; what is typed stays in its field.

        A message about an earlier attempt is dropped, except the wait, which is said anew."""
        set_heading(self.title, translate("UnlockPage", "Unlock your journal"))
        self.label.setText(translate("UnlockPage", "&Passphrase:"))
        self.passphrase.retranslate()
        described(self.error, QT_TRANSLATE_NOOP("Names", "Unlock message"))
        self.busy.setAccessibleName(translate("UnlockPage", "Unlocking"))
        self.unlock_button.setText(translate(NAMES, UNLOCK))
        named(self.unlock_button, UNLOCK)
        self.recovery_button.setText(translate(NAMES, USE_RECOVERY_CODE))
        named(self.recovery_button, USE_RECOVERY_CODE)
        self.restore_button.setText(translate(NAMES, RESTORE))
        named(
            self.restore_button,
            RESTORE,
            translate(
                "UnlockPage", "Replace this journal with a backup, for when it no longer opens"
            ),
        )
        for link in (self.recovery_button, self.restore_button):
            link.setObjectName("link")  # after named(): the style sheet keys on it
        if self.waiting:
            self._show_wait()
        else:
            self.error.clear()

    @property
    def waiting(self) -> bool:
        """Return True while the back-off after failed attempts is running."""
        return self._wait_left > 0

    @Slot()
    def _submit(self) -> None:
        if self.waiting or self.busy.isVisible():
            return
        if not self.passphrase.text():
            self.error.setText(translate("UnlockPage", "Type your passphrase, then press Return."))
            return
        self.set_busy(True)
        self.error.clear()
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show the busy indicator while the key is derived."""
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy and not self.waiting)
        self.restore_button.setEnabled(not busy)
        self.passphrase.edit.setReadOnly(busy)

    def failed(self, message: str) -> None:
        """Show a failed attempt and start the back-off when there were several."""
        self.failures += 1
        self.set_busy(False)
        self.passphrase.edit.selectAll()
        self.passphrase.edit.setFocus()
        wait = backoff_seconds(self.failures)
        self.error.setText(message)
        if wait:
            self._wait_left = wait
            self.unlock_button.setEnabled(False)
            self._show_wait()
            self._countdown.start()

    def _show_wait(self) -> None:
        self.error.setText(
            translate(
                "UnlockPage",
                "That passphrase did not work {failures} times. Please wait {seconds} s before "
                "trying again. Your journal is never erased.",
            ).format(failures=self.failures, seconds=self._wait_left)
        )

    @Slot()
    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left:
            self._show_wait()
        else:
            self._countdown.stop()
            self.error.setText(translate("UnlockPage", "You can try again now."))
            self.unlock_button.setEnabled(True)

    def succeeded(self) -> None:
        """Reset the failure count and forget the passphrase."""
        self.failures = 0
        self.wipe()

    def wipe(self) -> None:
        """Forget the typed passphrase (keeps the failure count and its wait)."""
        self.passphrase.wipe()
        self.set_busy(False)
        if not self.waiting:
            self.error.clear()
