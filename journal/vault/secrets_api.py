"""The key half of `Vault`'s public API: header fingerprint, vault id and re-keying."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from journal.crypto import KdfParams
from journal.vault import rekey
from journal.vault.header import fingerprint_of
from journal.vault.wrapping import Slot, slot_public

if TYPE_CHECKING:
    from journal.vault.core import Vault

Progress = Callable[[int, int], None]  # (rows done, rows in all)


class SecretSlots:
    """Mixin of `Vault`: what identifies the header, and changing the secrets (re-keying)."""

    _header: dict[str, Any]
    _header_text: str
    _seeds: dict[Slot, bytearray]

    @property
    def header_fingerprint(self) -> str:
        """Return the SHA-256 (hex) of the header row as this window last read or wrote it;
        remember it per journal after each unlock and re-key (see `open_vault`)."""
        return fingerprint_of(self._header_text)

    @property
    def vault_id(self) -> str:
        """Return the journal's vault id (base64; not secret, never changes)."""
        return str(self._header["vault_id"])

    @property
    def needs_new_recovery_code(self) -> bool:
        """Return True when `change_passphrase` must also make a new recovery code (a journal
        upgraded from version 1 and not unlocked with its recovery code since)."""
        return slot_public(self._header, "recovery") is None and "recovery" not in self._seeds

    def rekey(
        self,
        *,
        new_passphrase: str | None = None,
        new_recovery: bool = False,
        kdf: KdfParams | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str | None:
        """Make a new random vault key and re-encrypt every record and attachment chunk under
        it in one transaction, then checkpoint and VACUUM the file: no earlier header, secret
        or copy of the file opens anything written afterwards. Returns the new recovery code,
        or None when the current one stays valid. See `journal.vault.rekey.rekey`."""
        return rekey.rekey(
            cast("Vault", self),
            new_passphrase=new_passphrase,
            new_recovery=new_recovery,
            kdf=kdf,
            progress=progress,
            cancelled=cancelled,
        )

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        kdf: KdfParams | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str | None:
        """Set a new passphrase with a new vault key (`rekey`; KDF parameters `kdf` or freshly
        calibrated). The recovery code keeps working; returns a new one only when
        `needs_new_recovery_code` was True (the caller must show it), else None."""
        return self.rekey(
            new_passphrase=new_passphrase, kdf=kdf, progress=progress, cancelled=cancelled
        )

    def replace_recovery_code(
        self,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str:
        """Make a new recovery code with a new vault key (`rekey`): the old code opens nothing
        in this file, even with an old copy of its header (an old copy of the *whole* file still
        opens with it). Returns the new code (shown once)."""
        code = self.rekey(new_recovery=True, progress=progress, cancelled=cancelled)
        assert code is not None
        return code
