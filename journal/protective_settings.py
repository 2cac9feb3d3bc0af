"""Settings that protect the person, stored encrypted in the journal (no Qt).

Auto-lock, lock on minimise, screen-capture protection and the page opened after Quick exit
live in the journal's "settings" document, a link of its hash chain: someone who can edit the
local settings file cannot turn them off. Before unlocking, `ProtectiveSettings()` (the
protective defaults) applies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from journal.vault import Vault


SETTINGS_DOCUMENT = "settings"
DEFAULT_AUTOLOCK_MINUTES = 5
MAX_AUTOLOCK_MINUTES = 240
MAX_EXIT_PAGE_LENGTH = 2000


def is_safe_exit_page(url: str) -> bool:
    """Return True for an `https://` address with a host and nothing that could run locally."""
    if not url or len(url) > MAX_EXIT_PAGE_LENGTH or not url.isprintable() or " " in url:
        return False
    from urllib.parse import urlsplit  # not needed before the first frame

    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() == "https" and bool(parts.hostname)


class ProtectiveSettings(NamedTuple):
    """The protective settings; the field defaults are the protective defaults.

    A named tuple (immutable, compared by value) rather than a frozen dataclass: the main
    window needs the defaults before its first frame, and `dataclasses` costs about 4 ms to
    import then (see "Cold start" in docs/PERFORMANCE.md)."""

    autolock_minutes: int = DEFAULT_AUTOLOCK_MINUTES  # 0 = never
    lock_on_minimise: bool = True
    hide_from_capture: bool = False
    open_page_after_exit: bool = False
    exit_page: str = ""

    @property
    def page_to_open(self) -> str | None:
        """Return the page to open after Quick exit, only when enabled and `https://`."""
        if self.open_page_after_exit and is_safe_exit_page(self.exit_page):
            return self.exit_page
        return None

    def to_document(self) -> dict[str, Any]:
        """Return the JSON document stored in the journal."""
        return self._asdict()

    @classmethod
    def from_document(cls, data: object) -> ProtectiveSettings:
        """Read a stored (or legacy) document; any missing or invalid value is the default."""
        if not isinstance(data, Mapping):
            return cls()
        default = cls()
        minutes = _minutes(data.get("autolock_minutes"), default.autolock_minutes)
        page = data.get("exit_page")
        page = page.strip() if isinstance(page, str) and is_safe_exit_page(page.strip()) else ""
        return cls(
            autolock_minutes=minutes,
            lock_on_minimise=_flag(data.get("lock_on_minimise"), default.lock_on_minimise),
            hide_from_capture=_flag(data.get("hide_from_capture"), default.hide_from_capture),
            open_page_after_exit=bool(page)
            and _flag(data.get("open_page_after_exit"), default.open_page_after_exit),
            exit_page=page,
        )


def _minutes(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            return default
    if not isinstance(value, int) or not 0 <= value <= MAX_AUTOLOCK_MINUTES:
        return default
    return value


def _flag(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    return default


def load(vault: Vault) -> ProtectiveSettings | None:
    """Return the journal's protective settings, or None when it has none stored yet."""
    data = vault.load_document(SETTINGS_DOCUMENT, None)
    return None if data is None else ProtectiveSettings.from_document(data)


def save(vault: Vault, settings: ProtectiveSettings) -> None:
    """Store the protective settings in the journal (encrypted, a link of its chain)."""
    vault.save_document(SETTINGS_DOCUMENT, settings.to_document())


def load_or_migrate(vault: Vault, legacy: Mapping[str, object] | None) -> ProtectiveSettings:
    """Return the journal's settings; a journal without them takes `legacy` (the values once
    kept in the local settings file, validated: an exit page only if `https://`) and stores
    them. A journal with integrity problems takes the protective defaults instead: its settings
    document may have been removed to make it take edited local values."""
    stored = load(vault)
    if stored is not None:
        return stored
    if vault.every_problem() or not legacy:
        settings = ProtectiveSettings()
    else:
        settings = ProtectiveSettings.from_document(legacy)
    save(vault, settings)
    return settings
