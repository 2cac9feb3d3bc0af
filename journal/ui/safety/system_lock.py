"""Lock when the desktop locks the screen or the system goes to sleep (Linux, via D-Bus)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

try:  # QtDBus is part of PySide6-Essentials on Linux; absent elsewhere.
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # pragma: no cover - platform dependent
    QDBusConnection = None  # type: ignore[assignment,misc]

_WATCHES = (
    # (bus, service, path, interface, signal, slot signature)
    (
        "session",
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        "_screensaver(bool)",
    ),
    (
        "session",
        "org.gnome.ScreenSaver",
        "/org/gnome/ScreenSaver",
        "org.gnome.ScreenSaver",
        "ActiveChanged",
        "_screensaver(bool)",
    ),
    (
        "system",
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        "_sleep(bool)",
    ),
)


class SystemLockWatcher(QObject):
    """Emits `lock_requested` on screen lock or sleep where the desktop announces it."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if QDBusConnection is None:
            return
        for bus_name, service, path, interface, name, slot in _WATCHES:
            bus = (
                QDBusConnection.sessionBus()
                if bus_name == "session"
                else (QDBusConnection.systemBus())
            )
            if not bus.isConnected():
                continue
            if bus.connect(service, path, interface, name, self, slot):
                self.connected.append(f"{interface}.{name}")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def _sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit()
