"""What the unlock window sets before its first frame without touching PySide6's `Qt` namespace.

PySide6 builds the Python enums of a Qt class the first time Python touches the class; for the
`Qt` namespace that is 93 enums at once, about 40 ms of a cold start (see "Cold start" in
docs/PERFORMANCE.md). The widgets on the unlock window therefore set the few values they need
from it through Qt properties, by number (Qt converts the number to the enum), and
`warm_up()` sets the namespace up on the event loop's pass after the first frame, before
the first key can arrive. tests/gui/test_cold_start_gui.py checks each number against `Qt`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
APPLICATION_SHORTCUT = 2  # Qt.ShortcutContext.ApplicationShortcut


def set_no_focus(widget: QObject) -> None:
    """Take `widget` out of the Tab order (`setFocusPolicy(Qt.FocusPolicy.NoFocus)`)."""
    widget.setProperty("focusPolicy", NO_FOCUS)


def set_shortcut(action: QObject, keys: QKeySequence | str) -> None:
    """Give an action its shortcut (`setShortcut`, whose overloads would need `Qt`); Qt reads
    a text such as "Ctrl+L" as `QKeySequence("Ctrl+L")` would, without PySide6 setting up
    `QKeySequence`."""
    action.setProperty("shortcut", keys)


def set_application_shortcut(action: QObject) -> None:
    """Make an action's shortcut work from every window of the app (`ApplicationShortcut`)."""
    action.setProperty("shortcutContext", APPLICATION_SHORTCUT)


def warm_up() -> None:
    """Set up the `Qt` namespace now (the first key press then needs no set-up)."""
    from PySide6 import QtCore

    _ = QtCore.Qt.Key.Key_Shift
