"""Preferences kept in QSettings: only non-sensitive choices, never journal content."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QLocale, QSettings

from journal.i18n import SOURCE_LANGUAGE, Language, language_for

DEFAULT_DISCREET_TITLE = "Notes"
# Only what must be read before unlocking lives here, in clear; the settings that protect
# (auto-lock, lock on minimise, capture protection, the page after Quick exit) are stored
# encrypted in the journal (journal.protective_settings), so editing this file cannot weaken
# them. Their old keys are read once, to move them into a journal, then removed.
ALLOWED_KEYS = frozenset(
    {
        "privacy/discreet",
        "privacy/discreet_title",
        "window/geometry",
        "ui/language",
    }
)
HEADERS_GROUP = "journals"
LEGACY_KEYS = {
    "autolock_minutes": "security/autolock_minutes",
    "lock_on_minimise": "security/lock_on_minimise",
    "hide_from_capture": "privacy/hide_from_capture",
    "open_page_after_exit": "privacy/open_page_after_exit",
    "exit_page": "privacy/exit_page",
}


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
    def geometry(self) -> QByteArray:
        """The main window's last size and position (empty when never saved)."""
        value = self._get("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    # ------------------------------------------------ before the settings moved into journals

    def legacy_protective(self) -> dict[str, object]:
        """Return the protective settings an older version kept here (raw, unvalidated)."""
        return {
            name: self._get(key, None)
            for name, key in LEGACY_KEYS.items()
            if self.settings.contains(key)
        }

    def forget_protective(self) -> None:
        """Remove the old protective keys (once they were moved into a journal)."""
        for key in LEGACY_KEYS.values():
            self.settings.remove(key)
        self.settings.sync()

    # ------------------------------------------- headers remembered per journal (HeaderMemory)

    @staticmethod
    def _header_key(vault_id: str) -> str:
        return f"{HEADERS_GROUP}/{vault_id.encode().hex()}"

    def _own_settings(self) -> QSettings:
        # The session reads and writes these from a worker thread; a QSettings object is not
        # shared between threads, so each call uses its own on the same file (file-locked).
        return QSettings(self.settings.fileName(), self.settings.format())

    def remembered_header(self, vault_id: str) -> str | None:
        """Return the header fingerprint of a journal at its last unlock here, if any."""
        value = self._own_settings().value(self._header_key(vault_id), None)
        return value if isinstance(value, str) and value else None

    def remember_header(self, vault_id: str, fingerprint: str) -> None:
        """Remember a journal's header fingerprint (not secret); safe from a worker thread."""
        own = self._own_settings()
        own.setValue(self._header_key(vault_id), fingerprint)
        own.sync()

    @property
    def language(self) -> Language:
        """The interface's language: the one chosen, else the system's, else English."""
        chosen = language_for(str(self._get("ui/language", "") or ""))
        return chosen or system_language()

    @language.setter
    def language(self, value: Language) -> None:
        self._set("ui/language", value.value)


def system_language() -> Language:
    """Return the first supported language the system asks for (LANGUAGE, then the locale)."""
    for code in os.environ.get("LANGUAGE", "").split(":"):
        found = language_for(code)
        if found is not None:
            return found
    for code in QLocale.system().uiLanguages():  # Qt reads the system's locale only once
        found = language_for(code)
        if found is not None:
            return found
    return SOURCE_LANGUAGE
