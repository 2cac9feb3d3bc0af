"""What makes the journal lock by itself: a time without use, its drive going away."""

from __future__ import annotations

import time
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
    """Emits `timed_out` after the chosen time without keyboard, mouse or touch input.

    Time is read from `clock` (seconds, monotonic; injectable so tests need not race real
    time). Input only notes the time; one single-shot timer wakes at the earliest moment the
    limit could be reached and `check()` decides.
    """

    timed_out = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        watch: bool = True,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = 0.0
        self._last_input = clock()
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        if watch:
            self.watch()

    def watch(self) -> None:
        """Watch the application's input (an app-wide event filter; once however often)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def limit_seconds(self) -> float:
        """Return the time without use before `timed_out`, in seconds (0 = never)."""
        return self._minutes * 60

    def set_minutes(self, minutes: float) -> None:
        """Set the time without use before `timed_out` (0 = never); applies at the next start."""
        self._minutes = minutes

    def start(self) -> None:
        """Count from now (nothing happens when the time is 0)."""
        self._last_input = self._clock()
        self._running = bool(self._minutes)
        self._wake_in(self.limit_seconds)

    def stop(self) -> None:
        """Stop counting."""
        self._running = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        """Return True while counting."""
        return self._running

    def note_input(self) -> None:
        """Count again from now, as any keyboard, mouse or touch input does."""
        self._last_input = self._clock()

    def check(self) -> None:
        """Emit `timed_out` (once) if the time without input has run out; else wait the rest."""
        if not self._running:
            return
        left = self.limit_seconds - (self._clock() - self._last_input)
        if left <= 0:
            self.stop()
            self.timed_out.emit()
        else:
            self._wake_in(left)

    def _wake_in(self, seconds: float) -> None:
        if self._running:
            self._timer.start(max(1, int(seconds * 1000)))
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input while counting starts the count again."""
        if self._running and event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def release(self) -> None:
        """Stop watching the application's input (the window closes)."""
        self.stop()
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
