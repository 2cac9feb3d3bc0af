"""Creating the journal: choosing a passphrase, with strength feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
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
    described,
    heading,
    named,
    paragraph,
    set_heading,
)
from journal.ui.setup.card import card

if TYPE_CHECKING:
    from journal.strength import Strength


CREATE_JOURNAL = QT_TRANSLATE_NOOP("Names", "Create journal")


class CreatePage(QWidget, ClearedOnLock):
    """Choose a passphrase (with strength feedback) and create the journal."""

    create_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.intro = paragraph("")
        self.passphrase = PassphraseField(QT_TRANSLATE_NOOP("Names", "Passphrase"))
        self.confirm = PassphraseField(
            QT_TRANSLATE_NOOP("Names", "Confirm passphrase"), with_toggle=False
        )
        if self.passphrase.toggle is not None:
            self.passphrase.toggle.toggled.connect(self.confirm.set_visible_text)
        self.meter = QProgressBar()
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
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._submit)
        # A greyed-out button says why, right beside it, as the user types.
        self.why = QLabel()
        self.why.setObjectName("hint")
        self.why.setWordWrap(True)

        form = QWidget()
        grid = QFormLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above
        self.passphrase_label = QLabel()
        self.confirm_label = QLabel()
        grid.addRow(self.passphrase_label, self.passphrase)
        grid.addRow("", self.meter)
        grid.addRow("", self.strength)
        grid.addRow(self.confirm_label, self.confirm)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.confirm_label.setBuddy(self.confirm.edit)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.busy, 1)
        row.addWidget(self.why, 1)
        row.addWidget(self.create_button)

        self.title = heading("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card(self.title, self.intro, form, self.error, buttons))
        self.passphrase.edit.textChanged.connect(self._update)
        self.confirm.edit.textChanged.connect(self._update)
        self.passphrase.edit.returnPressed.connect(self.confirm.edit.setFocus)
        self.confirm.edit.returnPressed.connect(self._submit)
        self.setFocusProxy(self.passphrase.edit)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface's language; what is typed stays in its fields."""
        set_heading(self.title, translate("CreatePage", "Create your journal"))
        self.intro.setText(
            translate(
                "CreatePage",
                "Choose a passphrase only you know. Several unrelated words are easier to "
                "remember and harder to guess than a short password. It cannot be reset by "
                "anyone: you will get a recovery code in case you forget it.",
            )
        )
        self.passphrase_label.setText(translate("CreatePage", "&Passphrase:"))
        self.confirm_label.setText(translate("CreatePage", "C&onfirm:"))
        self.passphrase.retranslate()
        self.confirm.retranslate()
        named(self.meter, QT_TRANSLATE_NOOP("Names", "Passphrase strength"))
        self.busy.setAccessibleName(translate("CreatePage", "Creating the journal"))
        self.create_button.setText(translate(NAMES, CREATE_JOURNAL))
        named(self.create_button, CREATE_JOURNAL)
        described(self.why, QT_TRANSLATE_NOOP("Names", "Why Create journal is not available"))
        self.error.clear()
        self._update()

    @Slot()
    def _update(self) -> None:
        text = self.passphrase.text()
        result = _assess(text)
        self.meter.setValue(result.score)
        self.strength.setText(f"<b>{result.label}.</b> {result.hint}" if text else " ")
        self.strength.setAccessibleName(f"{result.label}. {result.hint}" if text else "")
        matches = text == self.confirm.text()
        if self.confirm.text() and not matches:
            self.error.setText(translate("CreatePage", "The two passphrases are not the same yet."))
        else:
            self.error.clear()
        self.create_button.setEnabled(result.acceptable and matches)
        self.why.setText(self._why_not(result.acceptable, matches))
        self.create_button.setAccessibleDescription(self.why.text())

    def _why_not(self, acceptable: bool, matches: bool) -> str:
        """Return why the journal cannot be created yet ("" when it can)."""
        if not self.passphrase.text():
            return translate("CreatePage", "Type a passphrase first.")
        if not acceptable:
            return translate(
                "CreatePage", "The passphrase is too easy to guess yet: see the hint above."
            )
        if not self.confirm.text():
            return translate("CreatePage", "Type the same passphrase again under Confirm.")
        if not matches:
            return translate("CreatePage", "The two passphrases are not the same yet.")
        return ""

    @Slot()
    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            if self.passphrase.text() != self.confirm.text():
                self.error.setText(translate("CreatePage", "The two passphrases are not the same."))
            else:
                self.error.setText(_assess(self.passphrase.text()).hint)
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
        self._update()
        self.set_busy(False)


def _assess(text: str) -> Strength:
    """Rate a passphrase (the rules load on first use, not with the unlock window)."""
    from journal.strength import assess

    return assess(text)
