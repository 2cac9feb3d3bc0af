"""The journal session: which vault file, whether it is unlocked (no Qt, no widgets)."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from journal import private_files
from journal.errors import UnsupportedVault, VaultCorrupted, VaultError, VaultLocked
from journal.i18n import translate

if TYPE_CHECKING:
    from journal.crypto import KdfParams
    from journal.vault import FileLock, Vault

# The vault (and with it `cryptography`) is imported on first use, by the method that opens,
# creates or restores the journal: the unlock window shows without it (docs/PERFORMANCE.md,
# "Cold start"; tests/system/test_cold_start.py).


def _vault_api() -> ModuleType:
    """Return the `journal.vault` module, imported now if this is its first use."""
    import journal.vault

    return journal.vault


_COMPANIONS = ("-wal", "-shm")
_SQLITE_MAGIC = b"SQLite format 3\x00"


Progress = Callable[[int, int], None]


class HeaderMemory(Protocol):
    """Where this computer remembers each journal's header (not secret: local settings)."""

    def remembered_header(self, vault_id: str) -> str | None:
        """Return the header fingerprint remembered for a journal, if any."""

    def remember_header(self, vault_id: str, fingerprint: str) -> None:
        """Remember a journal's header fingerprint (may be called from a worker thread)."""


class Session:
    """Holds the path and (when unlocked) the open vault; widgets get one injected."""

    def __init__(
        self,
        vault_path: Path,
        *,
        kdf: KdfParams | None = None,
        headers: HeaderMemory | None = None,
    ) -> None:
        self.vault_path = Path(vault_path)
        self.kdf = kdf
        # After each unlock and re-key the journal's header fingerprint is remembered here, so
        # a later failed unlock can say the file was changed instead of blaming the passphrase.
        self.headers = headers
        self.removed_exports: list[Path] = []  # partial exports removed at the last unlock
        self._vault: Vault | None = None
        # lock()/close() and a restore's swap (which may run on a worker thread) take turns;
        # the count of locks and closes tells a restore the window was locked meanwhile.
        self._guard = threading.RLock()
        self._dropped = 0
        self._last_drop = ""

    @property
    def exists(self) -> bool:
        """Return True when a journal file already exists at the path."""
        try:  # like `journal.vault.is_vault_file`, without importing the vault
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
        created: tuple[Vault, str] = _vault_api().create_vault(
            self.vault_path, passphrase, kdf=self.kdf
        )
        vault, code = created
        self._adopt(vault)
        self._remember(vault)
        from journal.export.signing import signing_key

        signing_key(vault)  # the journal's own export signing key, stored encrypted in it
        return code

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase (slow: runs the KDF).

        `HeaderChanged` instead of `WrongPassphrase` when the header differs from the one
        remembered at the last unlock here (see `headers`)."""
        if self._vault is not None:
            self._vault.unlock(passphrase)
        else:
            remembered = self._remembered_header()
            self._adopt(
                _vault_api().open_vault(self.vault_path, passphrase, remembered_header=remembered)
            )
        self._after_unlock()

    def unlock_with_recovery(
        self,
        code: str,
        new_passphrase: str,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """Unlock with the recovery code and set a new passphrase (slow: runs the KDF and
        re-encrypts the journal under a new key; see `change_passphrase`)."""
        if self._vault is not None:
            self._vault.unlock_with_recovery(code)
        else:
            remembered = self._remembered_header()
            self._adopt(
                _vault_api().open_vault_with_recovery(
                    self.vault_path, code, remembered_header=remembered
                )
            )
        self._after_unlock()
        # A new vault key; the recovery code just used keeps working (see `Vault.rekey`).
        self.change_passphrase(new_passphrase, progress=progress, cancelled=cancelled)

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str | None:
        """Re-key with a new passphrase (`Vault.change_passphrase`; may run on a worker
        thread) and remember the new header; returns a new recovery code to show, or None."""
        vault = self.vault
        code = vault.change_passphrase(
            new_passphrase, kdf=self.kdf, progress=progress, cancelled=cancelled
        )
        self._remember(vault)
        return code

    def replace_recovery_code(
        self,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str:
        """Re-key with a new recovery code (`Vault.replace_recovery_code`; may run on a
        worker thread) and remember the new header; returns the new code (show it once)."""
        vault = self.vault
        code = vault.replace_recovery_code(progress=progress, cancelled=cancelled)
        self._remember(vault)
        return code

    def cancel_rekey(self) -> bool:
        """Abandon a re-key running on another thread (rolled back before this returns)."""
        vault = self._vault
        return vault.cancel_import() if vault is not None else False

    def _remembered_header(self) -> str | None:
        if self.headers is None:
            return None
        try:
            return self.headers.remembered_header(_vault_api().vault_identity(self.vault_path))
        except VaultError:
            return None  # unreadable: opening it says why

    def _remember(self, vault: Vault) -> None:
        if self.headers is not None:
            self.headers.remember_header(vault.vault_id, vault.header_fingerprint)

    def _after_unlock(self) -> None:
        """Remember the header; remove partial exports left by a crash (see export.pending)."""
        vault = self.vault
        self._remember(vault)
        from journal.export import pending  # the export package loads at the first unlock

        try:
            self.removed_exports = pending.remove_leftovers(vault)
        except VaultError:
            self.removed_exports = []  # a damaged list: the unlock's problems say so

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
        dropped = self._dropped
        source = Path(backup_path)
        live = self.vault_path
        if not source.is_file():
            raise VaultError(translate("Session", "There is no backup at this location."))
        if live.exists() and _same_file(source, live):
            raise VaultError(translate("Session", "That is the journal itself, not a backup."))
        import secrets  # only here: the unlock window opens without it

        token = secrets.token_hex(4)
        staging = live.with_name(f".{live.name}.restore-{token}")
        keep = live.with_name(f".{live.name}.before-restore-{token}")
        try:
            _copy_database(source, staging)
            restored = _vault_api().open_vault(staging, passphrase)
            try:
                report = restored.verify()
                problems = report.problems or restored.every_problem()
            finally:
                restored.close()
            if problems:
                message = translate(
                    "Session",
                    "This backup is damaged or was changed, so it was not restored: {problem}",
                )
                raise VaultCorrupted(message.format(problem=problems[0]))
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
        live = self.vault_path
        was_unlocked = self.is_unlocked
        reserved: FileLock | None = None
        if self._vault is not None:
            self._vault.close()  # checkpoints the WAL: the old file is complete on its own
            self._vault = None
        else:  # nothing open here: make sure no other window has the journal open
            reserved = _vault_api().FileLock(live)
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
            private_files.restrict(live)
            if reserved is not None:
                reserved.release()  # opening takes the same lock
                reserved = None
            self._adopt(_vault_api().open_vault(live, passphrase))
            self._after_unlock()
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
                    self._adopt(_vault_api().open_vault(live, passphrase))
            if isinstance(exc, OSError):
                message = translate("Session", "The backup could not be put in place ({reason}).")
                raise VaultError(message.format(reason=exc.strerror)) from exc
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
    try:
        with source.open("rb") as handle:
            magic = handle.read(16)
    except OSError as exc:
        message = translate("Session", "The backup cannot be read ({reason}).")
        raise VaultError(message.format(reason=exc.strerror)) from exc
    if magic != _SQLITE_MAGIC:
        raise UnsupportedVault(
            translate("Session", "This file is not a Reality Check journal or backup.")
        )
    try:
        private_files.create_new(target)
    except OSError as exc:
        message = translate("Session", "The journal's folder cannot be written to ({reason}).")
        raise VaultError(message.format(reason=exc.strerror)) from exc
    import sqlite3  # only when copying a journal file (restore): not at start-up

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
        raise VaultCorrupted(
            translate("Session", "The backup is damaged and cannot be read.")
        ) from exc
