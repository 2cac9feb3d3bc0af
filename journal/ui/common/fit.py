"""Every window fits the screen it opens on, down to 1024×600 logical pixels at any scaling.

A window opens inside the screen's available area (the desktop minus panels), with room for
the title bar the window manager adds. What does not fit scrolls inside the window
(`scrolling()`), so the title bar, Quick exit, Get help and a dialog's main buttons stay on
screen. `ScreenFitter` does this for every top-level window the app shows.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from journal.ui.common.early import set_no_focus

# What a window manager adds around a window before it is on screen (title bar, borders).
FRAME_ESTIMATE = QMargins(4, 34, 4, 6)
SMALLEST_SCREEN = QSize(1024, 600)


def available_area(widget: QWidget | None = None) -> QRect:
    """Return the available area of the screen `widget` is on (or the primary screen)."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def frame_margins(window: QWidget) -> QMargins:
    """Return the window manager's frame around `window` (an estimate before it is shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    if margins.top() <= 0:  # not on screen yet, or a platform without frames
        return FRAME_ESTIMATE
    return margins


def largest_size(window: QWidget) -> QSize:
    """Return the biggest client size of `window` whose frame still fits the available area."""
    area = available_area(window)
    margins = frame_margins(window)
    return QSize(
        area.width() - margins.left() - margins.right(),
        area.height() - margins.top() - margins.bottom(),
    )


def fits(window: QWidget) -> bool:
    """Return True when the whole window, frame included, is inside the available area."""
    return available_area(window).contains(window.frameGeometry())


def fit_window(window: QWidget, preferred: QSize | None = None, *, place: bool = True) -> None:
    """Size `window` to `preferred` (or its size now), never beyond the screen; keep it on it."""
    limit = largest_size(window)
    minimum = window.minimumSize()
    window.setMinimumSize(
        min(minimum.width(), limit.width()), min(minimum.height(), limit.height())
    )
    wanted = preferred if preferred is not None else window.size()
    size = wanted.boundedTo(limit)
    if size != window.size():
        window.resize(size)
    if place:
        place_on_screen(window)


def place_on_screen(window: QWidget) -> None:
    """Move `window` so that its frame lies inside the available area (centred if it must)."""
    area = available_area(window)
    margins = frame_margins(window)
    width = window.width() + margins.left() + margins.right()
    height = window.height() + margins.top() + margins.bottom()
    left, top = window.pos().x(), window.pos().y()  # a window's pos() is its frame's
    left = max(area.left(), min(left, area.right() + 1 - width))
    top = max(area.top(), min(top, area.bottom() + 1 - height))
    window.move(left, top)


def scrolling(body: QWidget) -> QScrollArea:
    """Return a frameless scroll area around `body`: it scrolls up and down, never sideways."""
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    set_no_focus(area)  # no invisible Tab stop
    return area  # scroll bars: as needed (Qt's default)


class ScreenFitter(QObject):
    """App-wide filter: every window or dialog is fitted to its screen as it opens."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            kind = watched.windowType()
            qt = QtCore.Qt  # set up after the first frame (journal.ui.common.early)
            if watched.isWindow() and kind in (qt.WindowType.Window, qt.WindowType.Dialog):
                from PySide6.QtWidgets import QDialog  # not set up before the first frame

                # A dialog not moved yet is centred on its window by Qt, inside the screen.
                centred_by_qt = isinstance(watched, QDialog) and not watched.testAttribute(
                    qt.WidgetAttribute.WA_Moved
                )
                fit_window(watched, place=not centred_by_qt)
        return False
