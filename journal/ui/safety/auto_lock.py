"""What makes the journal lock by itself: a time without use, its drive going away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

DRIVE_CHECK_MS = 1500
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleTimer(QObject):
    """Emits `timed_out` after the chosen time without keyboard, mouse or touch input."""

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._minutes = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        """Set the time without use before `timed_out` (0 = never); applies at the next start."""
        self._minutes = minutes

    def start(self) -> None:
        """Count from now (nothing happens when the time is 0)."""
        if self._minutes:
            self._timer.start(int(self._minutes * 60_000))
        else:
            self._timer.stop()

    def stop(self) -> None:
        """Stop counting."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input while counting starts the count again."""
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def release(self) -> None:
        """Stop watching the application's input (the window closes)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class DriveWatcher(QObject):
    """Watches the journal's folder (e.g. on a USB stick): emits `gone`, then `back`."""

    gone = Signal()
    back = Signal()

    def __init__(self, folder: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.armed = False  # set once the journal was opened: before that, nothing to protect
        self.missing = False
        self._timer = QTimer(self)
        self._timer.setInterval(DRIVE_CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Look now: emit `back` when the folder returned, `gone` when it just disappeared."""
        if self._folder().is_dir():
            if self.missing:
                self.missing = False
                self.back.emit()
            return
        if not self.armed or self.missing:
            return
        self.missing = True
        self.gone.emit()
