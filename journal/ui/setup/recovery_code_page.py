"""The recovery code, shown once after the journal is created."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.session_views import ClearedOnLock
from journal.ui.common.widgets import (
    NAMES,
    described,
    heading,
    named,
    paragraph,
    set_heading,
)
from journal.ui.setup.card import card

STORED = QT_TRANSLATE_NOOP("Names", "I have stored it safely")
CONTINUE = QT_TRANSLATE_NOOP("Names", "Continue")


class RecoveryCodePage(QWidget, ClearedOnLock):
    """Show the recovery code once, in readable groups; continue only once stored."""

    continued = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.intro = paragraph("")
        self.code = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Recovery code"))
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        self.warning = paragraph("")
        self.stored = QCheckBox()
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print)
        self.continue_button = QPushButton()
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
        self.title = heading("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            card(self.title, self.intro, self.code, self.warning, self.stored, buttons)
        )
        self.setFocusProxy(self.stored)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface's language (the code and the tick stay)."""
        set_heading(self.title, translate("RecoveryCodePage", "Your recovery code"))
        self.intro.setText(
            translate(
                "RecoveryCodePage",
                "If you ever forget your passphrase, this code is the only other way into your "
                "journal. Write it on paper and keep it somewhere the other person will not "
                "look (or with someone you trust). It is shown <b>only once</b>.",
            )
        )
        described(self.code, QT_TRANSLATE_NOOP("Names", "Recovery code"))
        self.warning.setText(
            translate(
                "RecoveryCodePage",
                "Do not save it in a file, a photo or an email on a shared device. Printing is "
                "possible but leaves a paper copy and may leave a copy in the printer's queue.",
            )
        )
        self.stored.setText(translate(NAMES, STORED))
        named(self.stored, STORED)
        self.print_button.setText(translate("RecoveryCodePage", "Print…"))
        named(self.print_button, QT_TRANSLATE_NOOP("Names", "Print recovery code"))
        self.continue_button.setText(translate(NAMES, CONTINUE))
        named(self.continue_button, CONTINUE)

    def set_code(self, code: str) -> None:
        """Show a recovery code, split in two lines of four groups."""
        groups = code.split("-")
        self.code.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.stored.setChecked(False)

    @Slot()
    def _print(self) -> None:
        """Print through the app's own print dialog (its warning, Quick exit, no file)."""
        from journal.ui.safety.printing import print_recovery_code

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
