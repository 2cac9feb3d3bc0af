"""Preferences kept in QSettings: only non-sensitive choices, never journal content."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_AUTOLOCK_MINUTES = 5
DEFAULT_DISCREET_TITLE = "Notes"
ALLOWED_KEYS = frozenset(
    {
        "security/autolock_minutes",
        "security/lock_on_minimise",
        "privacy/discreet",
        "privacy/discreet_title",
        "privacy/open_page_after_exit",
        "privacy/exit_page",
        "privacy/hide_from_capture",
        "window/geometry",
    }
)


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes", "on")
    if value is None:
        return default
    return bool(value)


class Preferences:
    """Typed access to the few settings stored in clear."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _get(self, key: str, default: object) -> object:
        return self.settings.value(key, default)

    def _set(self, key: str, value: object) -> None:
        assert key in ALLOWED_KEYS, key
        self.settings.setValue(key, value)

    @property
    def autolock_minutes(self) -> int:
        """Minutes without use before the journal locks (0 = never)."""
        try:
            return max(
                0, int(str(self._get("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES)))
            )
        except ValueError:
            return DEFAULT_AUTOLOCK_MINUTES

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._set("security/autolock_minutes", int(value))

    @property
    def lock_on_minimise(self) -> bool:
        """Lock when the window is minimised (default on)."""
        return _bool(self._get("security/lock_on_minimise", True), True)

    @lock_on_minimise.setter
    def lock_on_minimise(self, value: bool) -> None:
        self._set("security/lock_on_minimise", bool(value))

    @property
    def discreet(self) -> bool:
        """Use a neutral name, title and icon (default off)."""
        return _bool(self._get("privacy/discreet", False), False)

    @discreet.setter
    def discreet(self, value: bool) -> None:
        self._set("privacy/discreet", bool(value))

    @property
    def discreet_title(self) -> str:
        """The neutral window title used in discreet mode."""
        title = str(self._get("privacy/discreet_title", DEFAULT_DISCREET_TITLE) or "").strip()
        return title or DEFAULT_DISCREET_TITLE

    @discreet_title.setter
    def discreet_title(self, value: str) -> None:
        self._set("privacy/discreet_title", value.strip()[:60])

    @property
    def open_page_after_exit(self) -> bool:
        """After a quick exit, open a neutral web page in the browser (default off)."""
        return _bool(self._get("privacy/open_page_after_exit", False), False)

    @open_page_after_exit.setter
    def open_page_after_exit(self, value: bool) -> None:
        self._set("privacy/open_page_after_exit", bool(value))

    @property
    def exit_page(self) -> str:
        """The neutral page opened after a quick exit, when enabled."""
        return str(self._get("privacy/exit_page", "") or "")

    @exit_page.setter
    def exit_page(self, value: str) -> None:
        self._set("privacy/exit_page", value.strip())

    @property
    def hide_from_capture(self) -> bool:
        """Ask the system to leave the window out of screenshots (Windows only)."""
        return _bool(self._get("privacy/hide_from_capture", False), False)

    @hide_from_capture.setter
    def hide_from_capture(self, value: bool) -> None:
        self._set("privacy/hide_from_capture", bool(value))

    @property
    def geometry(self) -> QByteArray:
        """The main window's last size and position (empty when never saved)."""
        value = self._get("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)
