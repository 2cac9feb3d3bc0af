"""The main window's protective settings: read from the journal once it is unlocked, used
by auto-lock, lock on minimise, capture protection and Quick exit (see
journal.protective_settings; the local settings file cannot change them)."""

from __future__ import annotations

from journal import protective_settings
from journal.errors import VaultError
from journal.protective_settings import ProtectiveSettings


class WindowProtection:
    """Mixin of MainWindow: the journal's protective settings."""

    protective: ProtectiveSettings = ProtectiveSettings()  # protective defaults until unlocked

    def _load_protective(self) -> None:
        """Read the unlocked journal's settings (moving old local ones into it once)."""
        prefs = self.preferences
        legacy = prefs.legacy_protective()
        try:
            self.protective = protective_settings.load_or_migrate(self.session.vault, legacy)
        except VaultError:
            return  # unreadable or busy: the settings in use stay (defaults before an unlock)
        if legacy:
            prefs.forget_protective()  # now in the journal; the clear copy could only mislead
        self._apply_settings()

    def _save_protective(self, settings: ProtectiveSettings) -> str | None:
        """Store new protective settings in the journal; return an error message, or None."""
        try:
            protective_settings.save(self.session.vault, settings)
        except VaultError as exc:
            return exc.message
        self.protective = settings
        return None

    def _open_exit_page(self) -> None:
        """Open the page chosen for after Quick exit, only if it is an `https://` address."""
        page = self.protective.page_to_open
        if page is None:
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        url = QUrl(page, QUrl.ParsingMode.StrictMode)
        if url.isValid() and url.scheme() == "https" and url.host():
            QDesktopServices.openUrl(url)
