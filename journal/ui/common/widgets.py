"""Small shared widgets: passphrase fields, banners, headings."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QTabWidget

# `QtCore.Qt` is touched only once a widget is in use: the unlock window is built without it
# (see journal.ui.common.early).

NAMES = "Names"  # the translation context of accessible names (see `named`)
W = TypeVar("W", bound=QWidget)
L = TypeVar("L", bound=QLabel)
ROLE_PROPERTY = "accessibleRole"  # what a text label is for; its text stays its name


def tabs_in_view(tabs: QTabWidget) -> None:
    """Keep every tab in view: names shortened with "…" in a narrow window, the whole name in
    the tip of a tab that has no other (no scroll buttons, which the style sheet leaves without
    arrows). Call once the tabs are added."""
    bar = tabs.tabBar()
    bar.setElideMode(QtCore.Qt.TextElideMode.ElideRight)
    bar.setUsesScrollButtons(False)
    for index in range(tabs.count()):
        if not tabs.tabToolTip(index):
            tabs.setTabToolTip(index, tabs.tabText(index))


def named(widget: W, name: str, description: str = "") -> W:
    """Give a widget the accessible name a screen reader (and a test) finds it by.

    `name` is English, marked where it is written with `QT_TRANSLATE_NOOP("Names", "...")`: the
    screen reader hears it in the interface's language (context "Names"), the object name stays
    English. `description` is passed already translated. A label carries text: a screen reader
    must read that text, so a label keeps its text as its name and `name` becomes its accessible
    description (see `described`).
    """
    widget.setObjectName(name.replace(" ", "_").lower())
    if isinstance(widget, QLabel):
        return described(widget, name, description)
    widget.setAccessibleName(translate(NAMES, name))
    if description:
        widget.setAccessibleDescription(description)
    return widget


def described(label: L, role: str, description: str = "") -> L:
    """Say what a text label is for (e.g. "Unlock message") without hiding its text.

    The label's own text stays its accessible name (read first); `role` (English, marked with
    `QT_TRANSLATE_NOOP("Names", ...)`) stays the property tests and tools find the label by, and
    its translation is the accessible description.
    """
    label.setProperty(ROLE_PROPERTY, role)
    said = translate(NAMES, role)
    label.setAccessibleDescription(f"{said}: {description}" if description else said)
    return label


def heading(text: str, level: int = 1) -> QLabel:
    """Return a bold heading label."""
    label = QLabel()
    label.setObjectName("heading" if level == 1 else "subheading")
    label.setWordWrap(True)
    set_heading(label, text)
    return label


def set_heading(label: QLabel, text: str) -> None:
    """Change a heading's text (and the name a screen reader reads)."""
    label.setText(text)
    label.setAccessibleName(text)


def paragraph(text: str) -> QLabel:
    """Return a wrapped body-text label (rich text allowed, links not opened)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(QtCore.Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PassphraseEdit(QLineEdit):
    """A password field that notices Caps Lock from what is typed."""

    capsLockChanged = Signal(bool)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(False)
        named(self, name)
        self.setMinimumWidth(320)
        self._caps: bool | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
            shift = bool(event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
            caps = text.isupper() != shift
            if caps != self._caps:
                self._caps = caps
                self.capsLockChanged.emit(caps)
        super().keyPressEvent(event)

    def wipe(self) -> None:
        """Clear the field (and Qt's undo history of it)."""
        self.clear()
        self.setText("")


# The accessible name of a passphrase field's Show toggle, by the field's (English) name.
SHOW_NAMES = {
    "Passphrase": QT_TRANSLATE_NOOP("Names", "Show passphrase"),
    "New passphrase": QT_TRANSLATE_NOOP("Names", "Show new passphrase"),
    "Backup passphrase": QT_TRANSLATE_NOOP("Names", "Show backup passphrase"),
}


class PassphraseField(QWidget):
    """A passphrase edit with a show/hide toggle and a Caps Lock warning.

    `name` is English, marked with `QT_TRANSLATE_NOOP("Names", ...)` (see `named`)."""

    def __init__(self, name: str, *, with_toggle: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._name = name
        self.edit = PassphraseEdit(name)
        self.caps_warning = QLabel()
        self.caps_warning.setObjectName("warning")
        self.caps_warning.setVisible(False)
        self.edit.capsLockChanged.connect(self.caps_warning.setVisible)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        self.toggle: QCheckBox | None = None
        if with_toggle:
            self.toggle = QCheckBox()
            self.toggle.toggled.connect(self.set_visible_text)
            row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.caps_warning)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface's language (what is typed stays)."""
        self.edit.setAccessibleName(translate(NAMES, self._name))
        self.caps_warning.setText(translate("PassphraseField", "Caps Lock is on."))
        if self.toggle is not None:
            self.toggle.setText(translate("PassphraseField", "Show"))
            named(self.toggle, SHOW_NAMES.get(self._name, SHOW_NAMES["Passphrase"]))

    def set_visible_text(self, visible: bool) -> None:
        """Show or hide the typed characters."""
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)

    def text(self) -> str:
        """Return the typed passphrase."""
        return self.edit.text()

    def wipe(self) -> None:
        """Clear the field and hide its characters again."""
        self.edit.wipe()
        if self.toggle is not None:
            self.toggle.setChecked(False)
        self.caps_warning.setVisible(False)


class Notice(QLabel):
    """A short confirmation ("Entry saved.") shown where the user looks, read out by screen
    readers, and gone again after a while."""

    SHOWN_MS = 8000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setWordWrap(True)
        described(self, QT_TRANSLATE_NOOP("Names", "Confirmation"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SHOWN_MS)
        self._timer.timeout.connect(self.dismiss)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        """Show `text` for a few seconds and announce it to assistive technology."""
        self.setText(text)
        self.setVisible(True)
        self._timer.start()
        announce(self, text)

    def dismiss(self) -> None:
        """Hide the message and forget it."""
        self._timer.stop()
        self.clear()
        self.setVisible(False)


def announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to read `text` out now (a polite live-region announcement)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class Banner(QFrame):
    """An inline message with optional action buttons (no pop-up, no notification)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.setVisible(False)

    def show_message(self, text: str, actions: list[tuple[str, object]] | None = None) -> None:
        """Show `text` with buttons (label, callback)."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.label.setText(text)
        self.label.setAccessibleName(text)
        for label, callback in actions or []:
            button = named(QPushButton(label), label)
            button.clicked.connect(callback)
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.setVisible(True)

    def dismiss(self) -> None:
        """Hide the banner and forget its text."""
        self.label.clear()
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.setVisible(False)
