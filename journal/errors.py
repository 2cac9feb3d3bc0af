"""The vault's one error family: everything that can go wrong with a journal file."""

from __future__ import annotations

from journal.i18n import QT_TRANSLATE_NOOP, translate

# The default messages are English source text, translated when an error is raised (context
# "VaultErrors"), so an error reads in the interface's language at that moment.


class VaultError(Exception):
    """Base class of every error the vault raises on bad input or a bad file."""

    default_message = QT_TRANSLATE_NOOP("VaultErrors", "The journal could not be opened.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("VaultErrors", self.default_message))

    @property
    def message(self) -> str:
        """Return the plain-language message meant for the user."""
        return str(self.args[0])


class WrongPassphrase(VaultError):
    """The passphrase or recovery code does not open this journal."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors", "That passphrase does not open this journal."
    )


class VaultCorrupted(VaultError):
    """Part of the journal file is damaged or was changed outside the app."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors", "Part of this journal is damaged and cannot be read."
    )


class VaultLocked(VaultError):
    """The journal is locked; unlock it before reading or writing."""

    default_message = QT_TRANSLATE_NOOP("VaultErrors", "The journal is locked.")


class VaultInUse(VaultError):
    """Another window or program already has this journal open."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "This journal is already open in another Reality Check window. Close that window first.",
    )


class VaultBusy(VaultError):
    """Another write is still running (a large file being stored); nothing was changed."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors", "The journal is busy storing a file; try again in a moment."
    )


class ImportCancelled(VaultError):
    """A file being stored was cancelled (the journal locked or closed); nothing of it is kept."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors", "Adding the file was cancelled; nothing of it was kept."
    )


class RekeyCancelled(VaultError):
    """Re-keying was cancelled (Quick exit, lock or close): nothing changed."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors", "Changing the journal's keys was cancelled; nothing was changed."
    )


class HeaderChanged(VaultCorrupted):
    """Unlocking failed and the header differs from the one this computer last unlocked."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "This journal's file has been changed since you last opened it here; your passphrase "
        "may be right. Try your recovery code or a backup.",
    )


class UnsupportedVault(VaultError):
    """The file is not a journal this version understands, or asks for absurd settings."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors", "This file is not a Reality Check journal this version can open."
    )


class EntryNotFound(VaultError, KeyError):
    """No entry with that id exists (or it was deleted)."""

    default_message = QT_TRANSLATE_NOOP("VaultErrors", "That entry does not exist.")

    def __str__(self) -> str:
        return self.message
