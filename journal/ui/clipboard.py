"""Clipboard hygiene: text copied from the journal is marked secret and cleared later."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
# Clipboard managers (KDE Klipper, many others) skip entries carrying this hint.
SECRET_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
}


class ClipboardGuard(QObject):
    """Remembers text the app put on the clipboard; clears it after 30 s, on lock and quit."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._ours: str | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard().dataChanged.connect(self._changed)

    @staticmethod
    def _clipboard() -> QClipboard:
        clipboard = QGuiApplication.clipboard()
        assert clipboard is not None
        return clipboard

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard, marked secret for clipboard managers."""
        self._set_secret(text)

    def _set_secret(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for fmt, value in SECRET_HINTS.items():
            data.setData(fmt, value)
        self._busy = True
        try:
            self._clipboard().setMimeData(data)
        finally:
            self._busy = False
        self._ours = text
        self._timer.start()

    @Slot()
    def _changed(self) -> None:
        if self._busy:
            return
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if not active and QGuiApplication.focusWindow() is None:
            # Another program changed the clipboard: it is no longer ours to clear.
            self._ours = None
            self._timer.stop()
            return
        data = self._clipboard().mimeData()
        text = data.text() if data is not None else ""
        if not text:
            return
        if data is not None and "x-kde-passwordManagerHint" in data.formats():
            self._ours = text
            self._timer.start()
            return
        # Copied inside the app (Ctrl+C in an entry or field): mark it and start the timer.
        QTimer.singleShot(0, lambda: self._set_secret(text))

    def set_clear_after(self, milliseconds: int) -> None:
        """Change how long copied journal text may stay on the clipboard."""
        self._timer.setInterval(milliseconds)

    @property
    def holds_our_text(self) -> bool:
        """Return True while the clipboard still holds text this app put there."""
        return self._ours is not None and self._clipboard().text() == self._ours

    @Slot()
    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what the app copied (not what others did)."""
        self._timer.stop()
        if self.holds_our_text:
            self._busy = True
            try:
                self._clipboard().clear()
            finally:
                self._busy = False
        self._ours = None
