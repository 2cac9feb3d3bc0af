"""Hide the window from screen capture and screen sharing where the system allows it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

WDA_NONE = 0x0
WDA_EXCLUDEFROMCAPTURE = 0x11


def capture_protection_available() -> bool:
    """Return True where the app can ask the system to leave its windows out of captures."""
    return sys.platform == "win32"


def set_capture_protection(window: QWidget, enabled: bool) -> bool:
    """Ask the system to exclude `window` from screenshots; True if it was applied."""
    if sys.platform != "win32":
        return False
    import ctypes

    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    affinity = WDA_EXCLUDEFROMCAPTURE if enabled else WDA_NONE
    return bool(user32.SetWindowDisplayAffinity(int(window.winId()), affinity))
