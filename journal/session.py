"""The journal session: which vault file, whether it is unlocked (no Qt, no widgets)."""

from __future__ import annotations

from pathlib import Path

from journal.crypto import KdfParams
from journal.errors import VaultLocked
from journal.vault import Vault, create_vault, is_vault_file, open_vault, open_vault_with_recovery


class Session:
    """Holds the path and (when unlocked) the open vault; widgets get one injected."""

    def __init__(self, vault_path: Path, *, kdf: KdfParams | None = None) -> None:
        self.vault_path = Path(vault_path)
        self.kdf = kdf
        self._vault: Vault | None = None

    @property
    def exists(self) -> bool:
        """Return True when a journal file already exists at the path."""
        return is_vault_file(self.vault_path)

    @property
    def is_unlocked(self) -> bool:
        """Return True while a vault is open and unlocked."""
        return self._vault is not None and not self._vault.is_locked

    @property
    def vault(self) -> Vault:
        """Return the unlocked vault, or raise `VaultLocked`."""
        if self._vault is None or self._vault.is_locked:
            raise VaultLocked()
        return self._vault

    def create(self, passphrase: str) -> str:
        """Create the journal (slow: runs the KDF) and return its recovery code."""
        vault, code = create_vault(self.vault_path, passphrase, kdf=self.kdf)
        self._adopt(vault)
        return code

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase (slow: runs the KDF)."""
        if self._vault is not None:
            self._vault.unlock(passphrase)
        else:
            self._adopt(open_vault(self.vault_path, passphrase))

    def unlock_with_recovery(self, code: str, new_passphrase: str) -> None:
        """Unlock with the recovery code and set a new passphrase (slow: runs the KDF)."""
        if self._vault is not None:
            self._vault.unlock_with_recovery(code)
        else:
            self._adopt(open_vault_with_recovery(self.vault_path, code))
        self.vault.change_passphrase(new_passphrase)

    def lock(self) -> None:
        """Drop keys and decrypted entries; the file stays reserved for this window."""
        if self._vault is not None:
            self._vault.lock()

    def close(self) -> None:
        """Lock and release the journal file."""
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    def _adopt(self, vault: Vault) -> None:
        if self._vault is not None and self._vault is not vault:
            self._vault.close()
        self._vault = vault
