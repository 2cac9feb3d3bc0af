"""First run: what the app keeps, offline use, the quick exit and honest limits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.ui.common.widgets import heading, named, paragraph
from journal.ui.setup.card import card

PRODUCT = "Reality Check"
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
        self.title = heading(f"Welcome to {PRODUCT}")
        self.text = paragraph(WELCOME_TEXT)
        layout.addWidget(card(self.title, self.text, buttons))
        self.setFocusProxy(button)

    def set_discreet(self, discreet: bool) -> None:
        """In discreet mode the page never names the product."""
        title = "Welcome" if discreet else f"Welcome to {PRODUCT}"
        self.title.setText(title)
        self.title.setAccessibleName(title)
        name = "This" if discreet else PRODUCT
        self.text.setText(WELCOME_TEXT.replace(f"<p>{PRODUCT} is", f"<p>{name} is", 1))
