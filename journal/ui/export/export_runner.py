"""Running an export's layout and writing on a worker thread while the window keeps answering
(Quick exit, Shift×3, lock and Cancel work throughout)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from journal.export import ExportCancelled
from journal.i18n import using
from journal.ui.common.worker import track_thread

STEP_SECONDS = 0.01  # how often the window is served while the file is written elsewhere


class ExportRunner:
    """Serve the window during an export; `cancelled()` says when the person stopped it."""

    def __init__(self, cancelled: Callable[[], bool]) -> None:
        self._cancelled = cancelled
        self.longest_stall = 0.0  # seconds: the longest the window waited during an export

    def keep_responding(self) -> None:
        """Let Quick exit, Shift×3, lock and Cancel work while files are copied."""
        with using(None):  # the windows' language, even while a report is written
            QApplication.processEvents()
        if self._cancelled():
            raise ExportCancelled()

    def run_off_thread(self, work: Callable[[], int]) -> int:
        """Run the layout and writing on a worker thread, serving the window meanwhile.

        Returns at once with `ExportCancelled` when the export is stopped: the worker stops at
        its next step and its partial file is already gone (`Cancel.cancel`).
        """
        outcome: dict[str, object] = {}
        done = threading.Event()

        def run() -> None:
            try:
                outcome["pages"] = work()
            except BaseException as exc:  # handed to the UI thread below
                outcome["error"] = exc
            finally:
                done.set()

        thread = threading.Thread(target=run, name="export-writer", daemon=True)
        track_thread(thread)
        thread.start()
        last = time.monotonic()
        while not done.wait(STEP_SECONDS):
            now = time.monotonic()
            self.longest_stall = max(self.longest_stall, now - last)
            with using(None):  # the windows' language
                QApplication.processEvents()
            last = time.monotonic()
            if self._cancelled():
                raise ExportCancelled()
        error = outcome.get("error")
        if isinstance(error, BaseException):
            raise error
        return int(outcome.get("pages", 0))  # type: ignore[call-overload]
