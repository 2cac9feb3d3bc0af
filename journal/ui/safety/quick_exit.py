"""Quick exit: a red button on every screen and Shift pressed three times (docs/DESIGN.md §4)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPushButton, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.widgets import NAMES, named

SHIFT_WINDOW_SECONDS = 2.0
QUICK_EXIT_STYLE = (
    "QPushButton { background: #c62828; color: white; font-weight: 600; border: none;"
    " border-radius: 4px; padding: 6px 16px; }"
    " QPushButton:hover { background: #a31f1f; }"
    " QPushButton:focus { border: 3px solid palette(window-text); padding: 3px 13px; }"
)

_handler: list[Callable[[], None]] = []
# The events that bring a key (or typed text) to a widget: `ShiftTripleDetector.before_key`.
BEFORE_KEY_EVENTS = (
    QEvent.Type.ShortcutOverride,
    QEvent.Type.KeyPress,
    QEvent.Type.InputMethod,
)


def set_handler(handler: Callable[[], None] | None) -> None:
    """Register what a quick exit does (the main window registers itself)."""
    _handler.clear()
    if handler is not None:
        _handler.append(handler)


def trigger() -> None:
    """Run the registered quick exit now."""
    if _handler:
        _handler[0]()


QUICK_EXIT = QT_TRANSLATE_NOOP("Names", "Quick exit")  # its text and its accessible name


def quick_exit_button(parent: QWidget | None = None, *, pointer: bool = True) -> QPushButton:
    """Return a red "Quick exit" button wired to the registered quick exit.

    `pointer=False` leaves the hand cursor and the fixed size to `point_at` (the unlock window
    calls it just after its first frame, see journal.ui.common.early: its bar's stretch keeps
    the button at its own size until then)."""
    button = QPushButton(parent)
    label_quick_exit(button)
    button.setStyleSheet(QUICK_EXIT_STYLE)
    button.setAutoDefault(False)
    button.setDefault(False)
    if pointer:
        point_at(button)
    button.clicked.connect(trigger)
    return button


def point_at(button: QPushButton) -> None:
    """Show the hand cursor over a Quick exit button and keep the button its own size."""
    from PySide6.QtWidgets import QSizePolicy  # its enums: not before the first frame

    button.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


def label_quick_exit(button: QPushButton) -> None:
    """Give a Quick exit button its text, name and tip in the interface's language."""
    button.setText(translate(NAMES, QUICK_EXIT))
    description = translate(
        "QuickExit",
        "Hide this app at once, save what you typed encrypted, and close it. Shortcut: press "
        "Shift three times.",
    )
    named(button, QUICK_EXIT, description)
    button.setToolTip(translate("QuickExit", "Hide and close at once (or press Shift three times)"))


class ShiftTripleDetector(QObject):
    """App-wide filter: Shift pressed and released alone three times, each within 2 s.

    Shift used together with another key (capitals), or any other key, resets the count.
    """

    def __init__(self, on_trigger: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_trigger = on_trigger
        self._count = 0
        self._last_press = 0.0
        self._shift_down = False
        self._shift_used = False
        self._last_seen: tuple[int, int, int] | None = None
        # Run once before the first key event goes on (the main window's tasks that must
        # come before any key, if its pass after the first frame has not come yet).
        self.before_key: Callable[[], None] | None = None

    def reset(self) -> None:
        """Forget any presses counted so far."""
        self._count = 0
        self._shift_down = False
        self._shift_used = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.before_key is not None and kind in BEFORE_KEY_EVENTS:
            self.before_key()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QtGui.QKeyEvent)  # set up with the first key, not before
        # A key event the focus widget ignores is offered to its parents (and the window
        # passes it to the widget): the same press arrives several times. Count it once.
        seen = (kind.value, event.key(), int(event.timestamp()))
        if seen == self._last_seen:
            return False
        self._last_seen = seen
        if event.isAutoRepeat():
            return False
        shift = event.key() == QtCore.Qt.Key.Key_Shift
        now = time.monotonic()
        if kind == QEvent.Type.KeyPress:
            if not shift:
                self.reset()
                if self._shift_down:
                    self._shift_used = True
                return False
            if self._count and now - self._last_press > SHIFT_WINDOW_SECONDS:
                self._count = 0
            self._last_press = now
            self._shift_down = True
            self._shift_used = False
            return False
        if shift and self._shift_down:
            self._shift_down = False
            if self._shift_used:
                self.reset()
                return False
            self._count += 1
            if self._count >= 3:
                self.reset()
                self._on_trigger()
        return False
