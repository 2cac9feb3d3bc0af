"""First run: what the app keeps, offline use, the quick exit and honest limits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.widgets import NAMES, heading, named, paragraph, set_heading
from journal.ui.setup.card import card

PRODUCT = "Reality Check"
CONTINUE = QT_TRANSLATE_NOOP("Names", "Continue")
# The first paragraph names the product, except in discreet mode.
INTRO = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "<p>{product} is a private journal for writing down, calmly and factually, what happened, "
    "when, and how you responded. A clear record can help you trust your own memory, and you "
    "can later share parts of it with a therapist, an advocate or a lawyer.</p>",
)
DISCREET_INTRO = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "<p>This is a private journal for writing down, calmly and factually, what happened, when, "
    "and how you responded. A clear record can help you trust your own memory, and you can "
    "later share parts of it with a therapist, an advocate or a lawyer.</p>",
)
WELCOME_TEXT = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "<p><b>Everything you write stays on this computer, encrypted.</b> The app never connects "
    "to the internet. Only your passphrase (or the recovery code you will be shown next) opens "
    "it.</p>"
    "<p><b>Quick exit.</b> The red <i>Quick exit</i> button, or pressing <b>Shift three "
    "times</b>, hides the app at once, saves what you were typing (encrypted) and closes it.</p>"
    "<p><b>What it cannot protect against.</b> If someone has put spyware or a keylogger on "
    "this computer, or watches your screen, they may see what you type. If you can, use a "
    "device only you control. If someone forces you to reveal your passphrase, the journal can "
    "be read. Exports for a helper are <i>not</i> encrypted: keep them somewhere safe.</p>"
    "<p>If you are in danger right now, call your local emergency number.</p>",
)


class WelcomePage(QWidget):
    """First run: what the app keeps, offline use, the quick exit and honest limits."""

    continued = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._discreet = False
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.clicked.connect(self.continued)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("")
        self.text = paragraph("")
        layout.addWidget(card(self.title, self.text, buttons))
        self.setFocusProxy(self.button)
        self.retranslate()

    def set_discreet(self, discreet: bool) -> None:
        """In discreet mode the page never names the product."""
        self._discreet = discreet
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface's language."""
        self.button.setText(translate(NAMES, CONTINUE))
        named(self.button, CONTINUE)
        if self._discreet:
            title = translate("WelcomePage", "Welcome")
            intro = translate("WelcomePage", DISCREET_INTRO)
        else:
            title = translate("WelcomePage", "Welcome to {product}").format(product=PRODUCT)
            intro = translate("WelcomePage", INTRO).format(product=PRODUCT)
        set_heading(self.title, title)
        self.text.setText(intro + translate("WelcomePage", WELCOME_TEXT))
