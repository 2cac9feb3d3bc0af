"""Run slow work (the KDF) off the UI thread and deliver the result on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal, Slot


class _Relay(QObject):
    """Lives in the UI thread; a queued signal carries the outcome back to it."""

    arrived = Signal()

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.result: Any = None
        self.error: Exception | None = None
        self.arrived.connect(self._deliver, QtCore.Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _deliver(self) -> None:
        _running.discard(self)
        if self.error is not None:
            error, self.error = self.error, None
            self._on_error(error)
        else:
            result, self.result = self.result, None
            self._on_done(result)


_running: set[_Relay] = set()
_threads: list[threading.Thread] = []


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Call `fn` on a worker thread; `on_done`/`on_error` run later on the UI thread."""
    relay = _Relay(on_done, on_error)
    _running.add(relay)

    def work() -> None:
        try:
            relay.result = fn()
        except Exception as exc:  # delivered to the UI thread, shown as a message
            relay.error = exc
        relay.arrived.emit()

    thread = threading.Thread(target=work, name="reality-check-worker", daemon=True)
    _threads[:] = [t for t in _threads if t.is_alive()]
    _threads.append(thread)
    thread.start()


def track_thread(thread: threading.Thread) -> None:
    """Have `wait_for_background` (on quitting) wait for `thread` too."""
    _threads[:] = [t for t in _threads if t.is_alive()]
    _threads.append(thread)


def wait_for_background(timeout_s: float = 30.0) -> None:
    """Block until background work is done (used when quitting)."""
    for thread in list(_threads):
        thread.join(timeout_s)
