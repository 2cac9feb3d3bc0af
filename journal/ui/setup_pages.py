"""Screens before the journal: welcome, create, recovery code, unlock, recover."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.ui.widgets import PassphraseField, heading, named, paragraph

if TYPE_CHECKING:
    from journal.strength import Strength

WELCOME_TEXT = """
<p>Reality Check is a private journal for writing down, calmly and factually, what happened,
when, and how you responded. A clear record can help you trust your own memory, and you can
later share parts of it with a therapist, an advocate or a lawyer.</p>
<p><b>Everything you write stays on this computer, encrypted.</b> The app never connects to
the internet. Only your passphrase (or the recovery code you will be shown next) opens it.</p>
<p><b>Quick exit.</b> The red <i>Quick exit</i> button, or pressing <b>Shift three times</b>,
hides the app at once, saves what you were typing (encrypted) and closes it.</p>
<p><b>What it cannot protect against.</b> If someone has put spyware or a keylogger on this
computer, or watches your screen, they may see what you type. If you can, use a device only
you control. If someone forces you to reveal your passphrase, the journal can be read.
Exports for a helper are <i>not</i> encrypted: keep them somewhere safe.</p>
<p>If you are in danger right now, call your local emergency number.</p>
"""


def assess(passphrase: str) -> Strength:
    """`journal.strength.assess`, imported when a page needs it (the unlock page does not)."""
    from journal.strength import assess as assess_strength

    return assess_strength(passphrase)


def _card(*widgets: QWidget) -> QWidget:
    """Centre a column of widgets in a readable-width card."""
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    card = QFrame()
    card.setObjectName("card")
    card.setMaximumWidth(620)
    card.setMinimumWidth(420)
    column = QVBoxLayout(card)
    column.setSpacing(12)
    column.setContentsMargins(28, 24, 28, 24)
    for widget in widgets:
        column.addWidget(widget)
    row.addWidget(card, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page


class WelcomePage(QWidget):
    """First run: what the app keeps, offline use, the quick exit and honest limits."""

    continued = Signal()

    def __init__(self) -> None:
        super().__init__()
        button = named(QPushButton("Continue"), "Continue")
        button.setDefault(True)
        button.clicked.connect(self.continued)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _card(heading("Welcome to Reality Check"), paragraph(WELCOME_TEXT), buttons)
        )
        self.setFocusProxy(button)


class CreatePage(QWidget):
    """Choose a passphrase (with strength feedback) and create the journal."""

    create_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        intro = paragraph(
            "Choose a passphrase only you know. Several unrelated words are easier to remember "
            "and harder to guess than a short password. It cannot be reset by anyone: "
            "you will get a recovery code in case you forget it."
        )
        self.passphrase = PassphraseField("Passphrase")
        self.confirm = PassphraseField("Confirm passphrase", with_toggle=False)
        if self.passphrase.toggle is not None:
            self.passphrase.toggle.toggled.connect(self.confirm.set_visible_text)
        self.meter = named(QProgressBar(), "Passphrase strength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.strength = QLabel(" ")
        self.strength.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName("Creating the journal")
        self.create_button = named(QPushButton("Create journal"), "Create journal")
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._submit)

        form = QWidget()
        grid = QFormLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addRow("&Passphrase:", self.passphrase)
        grid.addRow("", self.meter)
        grid.addRow("", self.strength)
        grid.addRow("C&onfirm:", self.confirm)
        for field in (self.passphrase, self.confirm):
            label = grid.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field.edit)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.busy, 1)
        row.addStretch(1)
        row.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_card(heading("Create your journal"), intro, form, self.error, buttons))
        self.passphrase.edit.textChanged.connect(self._update)
        self.confirm.edit.textChanged.connect(self._update)
        self.passphrase.edit.returnPressed.connect(self.confirm.edit.setFocus)
        self.confirm.edit.returnPressed.connect(self._submit)
        self.setFocusProxy(self.passphrase.edit)

    @Slot()
    def _update(self) -> None:
        text = self.passphrase.text()
        result = assess(text)
        self.meter.setValue(result.score)
        self.strength.setText(f"<b>{result.label}.</b> {result.hint}" if text else " ")
        self.strength.setAccessibleName(f"{result.label}. {result.hint}")
        matches = text == self.confirm.text()
        if self.confirm.text() and not matches:
            self.error.setText("The two passphrases are not the same yet.")
        else:
            self.error.clear()
        self.create_button.setEnabled(result.acceptable and matches)

    @Slot()
    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            if self.passphrase.text() != self.confirm.text():
                self.error.setText("The two passphrases are not the same.")
            else:
                self.error.setText(assess(self.passphrase.text()).hint)
            return
        self.set_busy(True)
        self.create_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show the busy indicator while the key is derived (a second or so)."""
        self.busy.setVisible(busy)
        self.create_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.confirm.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """Show why the journal could not be created."""
        self.set_busy(False)
        self.error.setText(message)
        self._update()

    def wipe(self) -> None:
        """Forget the typed passphrases."""
        self.passphrase.wipe()
        self.confirm.wipe()
        self.error.clear()
        self.set_busy(False)


class RecoveryCodePage(QWidget):
    """Show the recovery code once, in readable groups; continue only once stored."""

    continued = Signal()

    def __init__(self) -> None:
        super().__init__()
        intro = paragraph(
            "If you ever forget your passphrase, this code is the only other way into your "
            "journal. Write it on paper and keep it somewhere the other person will not look "
            "(or with someone you trust). It is shown <b>only once</b>."
        )
        self.code = named(QLabel(), "Recovery code")
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        warning = paragraph(
            "Do not save it in a file, a photo or an email on a shared device. Printing is "
            "possible but leaves a paper copy and may leave a copy in the printer's queue."
        )
        self.stored = named(QCheckBox("I have stored it safely"), "I have stored it safely")
        self.print_button = named(QPushButton("Print…"), "Print recovery code")
        self.print_button.clicked.connect(self._print)
        self.continue_button = named(QPushButton("Continue"), "Continue")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _card(heading("Your recovery code"), intro, self.code, warning, self.stored, buttons)
        )
        self.setFocusProxy(self.stored)

    def set_code(self, code: str) -> None:
        """Show a recovery code, split in two lines of four groups."""
        groups = code.split("-")
        self.code.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.stored.setChecked(False)

    @Slot()
    def _print(self) -> None:
        """Print through the app's own print dialog (its warning, Quick exit, no file)."""
        from journal.ui.printing import print_recovery_code

        print_recovery_code(self, self.code.text())

    @Slot()
    def _continue(self) -> None:
        self.code.clear()
        self.stored.setChecked(False)
        self.continued.emit()

    def wipe(self) -> None:
        """Remove the code from the screen."""
        self.code.clear()
        self.stored.setChecked(False)


def backoff_seconds(failures: int) -> int:
    """Return the wait before the next try: none for 3 failures, then doubling to 5 min."""
    if failures < 3:
        return 0
    return int(min(300, 2 ** (failures - 2)))


class UnlockPage(QWidget):
    """Type the passphrase; Return unlocks; a growing wait after repeated failures."""

    unlock_requested = Signal(str)
    recovery_requested = Signal()
    restore_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.passphrase = PassphraseField("Passphrase")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Unlock message")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName("Unlocking")
        self.unlock_button = named(QPushButton("Unlock"), "Unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.recovery_button = named(QPushButton("Use recovery code"), "Use recovery code")
        self.recovery_button.setFlat(True)
        self.recovery_button.setObjectName("link")
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.restore_button = named(
            QPushButton("Restore from a backup…"),
            "Restore from a backup…",
            "Replace this journal with a backup, for when it no longer opens",
        )
        self.restore_button.setFlat(True)
        self.restore_button.setObjectName("link")
        self.restore_button.clicked.connect(self.restore_requested)
        self.passphrase.edit.returnPressed.connect(self._submit)
        self.failures = 0
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        label = QLabel("&Passphrase:")
        label.setBuddy(self.passphrase.edit)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        links = QVBoxLayout()
        links.setSpacing(10)
        links.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        links.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(links)
        row.addStretch(1)
        row.addWidget(self.busy, 1)
        row.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _card(heading("Unlock your journal"), label, self.passphrase, self.error, buttons)
        )
        self.setFocusProxy(self.passphrase.edit)

    @property
    def waiting(self) -> bool:
        """Return True while the back-off after failed attempts is running."""
        return self._wait_left > 0

    @Slot()
    def _submit(self) -> None:
        if self.waiting or self.busy.isVisible():
            return
        if not self.passphrase.text():
            self.error.setText("Type your passphrase, then press Return.")
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
            f"That passphrase did not work {self.failures} times. "
            f"Please wait {self._wait_left} s before trying again. Your journal is never erased."
        )

    @Slot()
    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left:
            self._show_wait()
        else:
            self._countdown.stop()
            self.error.setText("You can try again now.")
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


class RecoveryUnlockPage(QWidget):
    """Open with the recovery code, then choose a new passphrase."""

    recover_requested = Signal(str, str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        intro = paragraph(
            "Type the recovery code you were given when you created the journal (dashes and "
            "capital letters do not matter). Then choose a new passphrase."
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
        layout.addWidget(_card(heading("Use your recovery code"), intro, form, self.error, buttons))
        self.setFocusProxy(self.code)

    @Slot()
    def _update(self) -> None:
        result = assess(self.passphrase.text())
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
        result = assess(self.passphrase.text())
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
