"""The journal session: which vault file, whether it is unlocked (no Qt, no widgets)."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import UnsupportedVault, VaultCorrupted, VaultError, VaultLocked

if TYPE_CHECKING:
    from journal.crypto import KdfParams
    from journal.vault import Vault

# The vault (and with it `cryptography`) is imported on first use, in the method that opens or
# creates the journal: the unlock window shows without it (see "Cold start" in
# docs/PERFORMANCE.md).

_COMPANIONS = ("-wal", "-shm")
_SQLITE_MAGIC = b"SQLite format 3\x00"


class Session:
    """Holds the path and (when unlocked) the open vault; widgets get one injected."""

    def __init__(self, vault_path: Path, *, kdf: KdfParams | None = None) -> None:
        self.vault_path = Path(vault_path)
        self.kdf = kdf
        self._vault: Vault | None = None
        # lock()/close() and a restore's swap (which may run on a worker thread) take turns;
        # the count of locks and closes tells a restore the window was locked meanwhile.
        self._guard = threading.RLock()
        self._dropped = 0
        self._last_drop = ""

    @property
    def exists(self) -> bool:
        """Return True when a journal file already exists at the path."""
        try:  # what `journal.vault.is_vault_file` checks, without importing the vault
            return self.vault_path.is_file() and self.vault_path.stat().st_size > 0
        except OSError:
            return False

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
        from journal.vault import create_vault

        vault, code = create_vault(self.vault_path, passphrase, kdf=self.kdf)
        self._adopt(vault)
        return code

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase (slow: runs the KDF)."""
        from journal.vault import open_vault

        if self._vault is not None:
            self._vault.unlock(passphrase)
        else:
            self._adopt(open_vault(self.vault_path, passphrase))

    def unlock_with_recovery(self, code: str, new_passphrase: str) -> None:
        """Unlock with the recovery code and set a new passphrase (slow: runs the KDF)."""
        from journal.vault import open_vault_with_recovery

        if self._vault is not None:
            self._vault.unlock_with_recovery(code)
        else:
            self._adopt(open_vault_with_recovery(self.vault_path, code))
        self.vault.change_passphrase(new_passphrase)

    def lock(self) -> None:
        """Drop keys and decrypted entries; the file stays reserved for this window."""
        with self._guard:
            self._dropped += 1
            self._last_drop = "lock"
            if self._vault is not None:
                self._vault.lock()

    def close(self) -> None:
        """Lock and release the journal file."""
        with self._guard:
            self._dropped += 1
            self._last_drop = "close"
            if self._vault is not None:
                self._vault.close()
                self._vault = None

    def restore_from(self, backup_path: str | os.PathLike[str], passphrase: str) -> None:
        """Replace the journal with a backup, after unlocking and verifying a copy of it.

        The backup file itself is only read. The current journal is kept until the restored
        one is in place and unlocked; on any failure a `VaultError` is raised and the current
        journal is left as it was (still unlocked if it was). Works while locked, or before
        anything was opened (a journal file that no longer opens, a forgotten passphrase): the
        session is then unlocked on the restored journal. Slow (runs the KDF twice), so it may
        run on a worker thread; a `lock()` or `close()` meanwhile waits for the swap and then
        applies to the restored journal.
        """
        import secrets

        from journal.vault import open_vault

        dropped = self._dropped
        source = Path(backup_path)
        live = self.vault_path
        if not source.is_file():
            raise VaultError("There is no backup at this location.")
        if live.exists() and _same_file(source, live):
            raise VaultError("That is the journal itself, not a backup.")
        token = secrets.token_hex(4)
        staging = live.with_name(f".{live.name}.restore-{token}")
        keep = live.with_name(f".{live.name}.before-restore-{token}")
        try:
            _copy_database(source, staging)
            restored = open_vault(staging, passphrase)
            try:
                report = restored.verify()
                problems = report.problems or restored.problems
            finally:
                restored.close()
            if problems:
                raise VaultCorrupted(
                    "This backup is damaged or was changed, so it was not restored: " + problems[0]
                )
            with self._guard:
                self._swap_in(staging, keep, passphrase)
                if self._dropped != dropped:  # locked or closed while the backup was checked
                    if self._last_drop == "close":
                        self.close()
                    else:
                        self.lock()
        finally:
            for path in _family(staging):
                with contextlib.suppress(OSError):
                    path.unlink()

    def _swap_in(self, staging: Path, keep: Path, passphrase: str) -> None:
        """Move the verified copy into place, keeping the old journal until it opens."""
        from journal.vault import _FileLock, open_vault

        live = self.vault_path
        was_unlocked = self.is_unlocked
        reserved: _FileLock | None = None
        if self._vault is not None:
            self._vault.close()  # checkpoints the WAL: the old file is complete on its own
            self._vault = None
        else:  # nothing open here: make sure no other window has the journal open
            reserved = _FileLock(live)
            reserved.acquire()  # VaultInUse when another window uses it
        moved: list[tuple[Path, Path]] = []
        placed = False
        try:
            for old, aside in zip(_family(live)[:3], _family(keep)[:3], strict=True):
                if old.exists():
                    os.replace(old, aside)
                    moved.append((old, aside))
            os.replace(staging, live)
            placed = True
            if os.name == "posix":
                os.chmod(live, 0o600)
            if reserved is not None:
                reserved.release()  # opening takes the same lock
                reserved = None
            self._adopt(open_vault(live, passphrase))
        except BaseException as exc:
            if reserved is not None:
                reserved.release()
            if placed:
                for path in _family(live)[:3]:
                    with contextlib.suppress(OSError):
                        path.unlink()
            for old, aside in reversed(moved):
                with contextlib.suppress(OSError):
                    os.replace(aside, old)
            if was_unlocked:  # only works when both share the passphrase; else stays locked
                with contextlib.suppress(VaultError):
                    self._adopt(open_vault(live, passphrase))
            if isinstance(exc, OSError):
                raise VaultError(f"The backup could not be put in place ({exc.strerror}).") from exc
            raise
        for _, aside in moved:
            with contextlib.suppress(OSError):
                aside.unlink()

    def _adopt(self, vault: Vault) -> None:
        if self._vault is not None and self._vault is not vault:
            self._vault.close()
        self._vault = vault


def _family(path: Path) -> list[Path]:
    """Return a journal file, its SQLite companions and its lock file."""
    return [path, *(path.with_name(path.name + s) for s in _COMPANIONS), _lock_of(path)]


def _lock_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


def _copy_database(source: Path, target: Path) -> None:
    """Copy a journal file with SQLite's backup API, only reading the source; target 0600."""
    import sqlite3

    try:
        with source.open("rb") as handle:
            magic = handle.read(16)
    except OSError as exc:
        raise VaultError(f"The backup cannot be read ({exc.strerror}).") from exc
    if magic != _SQLITE_MAGIC:
        raise UnsupportedVault("This file is not a Reality Check journal or backup.")
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        os.close(fd)
    except OSError as exc:
        raise VaultError(f"The journal's folder cannot be written to ({exc.strerror}).") from exc
    try:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(os.fspath(target), isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise VaultCorrupted("The backup is damaged and cannot be read.") from exc
