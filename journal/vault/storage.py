"""The journal's SQLite file: connecting, the file lock, transactions and the WAL checkpoint.

Knows rows and transactions only, never what a record means or how it is encrypted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from journal import private_files
from journal.errors import VaultBusy, VaultCorrupted, VaultError, VaultInUse, VaultLocked
from journal.i18n import translate

# What sqlite3 raises on a damaged file: besides sqlite3.Error, a UnicodeDecodeError when
# SQLite's error message quotes garbage bytes (e.g. a corrupted schema) that are not UTF-8.
DB_ERRORS = (sqlite3.Error, UnicodeDecodeError)

SCHEMA = """
CREATE TABLE IF NOT EXISTS header (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (id BLOB PRIMARY KEY, blob BLOB NOT NULL) WITHOUT ROWID;
"""


class FileLock:
    """An exclusive advisory lock on `<vault>.lock`, released by the OS if the process dies."""

    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock; `VaultInUse` when another window (or process) holds it."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, private_files.FILE_MODE)
        except OSError as exc:
            message = translate("Vault", "The journal's folder cannot be written to ({reason}).")
            raise VaultError(message.format(reason=exc.strerror)) from exc
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise VaultInUse() from exc
        self._fd = fd

    def release(self) -> None:
        """Release the lock (nothing happens when it is not held)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def connect(path: Path) -> sqlite3.Connection:
    """Open the SQLite file in autocommit mode with WAL, full sync and secure delete."""
    conn = sqlite3.connect(
        os.fspath(path), isolation_level=None, check_same_thread=False, timeout=0.5
    )
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = OFF")
    except DB_ERRORS:
        conn.close()
        raise
    return conn


def write_error(exc: sqlite3.Error | UnicodeDecodeError) -> VaultError:
    """Return the `VaultError` that explains a failed write to the user."""
    if isinstance(exc, UnicodeDecodeError):
        return VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be written.")
        )
    text = str(exc).lower()
    if "full" in text:
        return VaultError(
            translate(
                "Vault", "The disk is full: the entry was not saved. Free some space and try again."
            )
        )
    if "readonly" in text or "read-only" in text:
        return VaultError(
            translate("Vault", "The journal file cannot be written (it is read-only).")
        )
    if "locked" in text or "busy" in text:
        return VaultInUse()
    if isinstance(exc, sqlite3.DatabaseError) and "malformed" in text:
        return VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be written.")
        )
    return VaultError(
        translate("Vault", "The journal could not be saved ({reason}).").format(reason=exc)
    )


@dataclass
class ImportJob:
    """The file being stored by `add_attachment` (its transaction may stay open a while)."""

    cancelled: bool = False
    threaded: bool = False  # a re-key on a worker thread: it rolls back itself when cancelled


class Store:
    """The open SQLite connection and its lock: one transaction at a time, never nested.

    A file being stored keeps one transaction open while the window handles events (which
    may ask to save); `job` is that import, and every other write is refused meanwhile.
    """

    def __init__(self, conn: sqlite3.Connection, lock: FileLock) -> None:
        self.conn = conn
        self.lock = lock
        self.closed = False
        self.job: ImportJob | None = None

    @property
    def busy(self) -> bool:
        """Return True while a file is being stored (and was not cancelled)."""
        return self.job is not None and not self.job.cancelled

    @property
    def in_transaction(self) -> bool:
        """Return True while a transaction is open on the connection."""
        return self.conn.in_transaction

    @contextlib.contextmanager
    def importing(self, *, threaded: bool = False) -> Iterator[ImportJob]:
        """Register a new import (or re-key) for the duration of the block (`cancel_import`)."""
        job = self.job = ImportJob(threaded=threaded)
        try:
            yield job
        finally:
            if self.job is job:
                self.job = None

    def cancel_import(self) -> bool:
        """Mark the import cancelled and roll its transaction back; True if there was one."""
        job = self.job
        if job is None or job.cancelled:
            return False
        job.cancelled = True
        if not job.threaded and not self.closed and self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
        return True

    def require_open(self) -> None:
        """Raise `VaultLocked` once the file is closed."""
        if self.closed:
            raise VaultLocked(translate("Vault", "The journal is closed."))

    def require_idle(self, job: ImportJob | None = None) -> None:
        """Refuse to start while another transaction is open or a file is being stored."""
        self.require_open()
        other = self.job is not None and self.job is not job and self.busy
        if self.conn.in_transaction or other:
            raise VaultBusy()

    @contextlib.contextmanager
    def transaction(self, job: ImportJob | None = None) -> Iterator[sqlite3.Cursor]:
        """Run the block in one `BEGIN IMMEDIATE` transaction: all of it is kept, or nothing."""
        # Never join, and so never roll back, a transaction this call did not begin: a file
        # being stored keeps one open while the window handles events (which may ask to save).
        self.require_idle(job)
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            yield cur
            if not self.conn.in_transaction:  # ended under us: nothing may be half-written
                raise VaultError(
                    translate("Vault", "The journal could not be saved (it was interrupted).")
                )
            cur.execute("COMMIT")
        except DB_ERRORS as exc:
            self._rollback(cur)
            raise write_error(exc) from exc
        except BaseException:
            self._rollback(cur)
            raise
        finally:
            with contextlib.suppress(sqlite3.Error):  # closed meanwhile (see `close`)
                cur.close()

    def _rollback(self, cur: sqlite3.Cursor) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:  # only ever this call's own (see `transaction`)
                cur.execute("ROLLBACK")

    def checkpoint(self) -> None:
        """Copy the WAL into the file and empty it, so removed content (whose old pages the
        WAL still holds, decryptable with the key) does not survive there until the next
        automatic checkpoint. Best effort: a busy or failing checkpoint changes nothing."""
        with contextlib.suppress(*DB_ERRORS):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def fetch(self, record_id: bytes) -> bytes | None:
        """Return one record's blob, or None when there is no such record."""
        try:
            row = self.conn.execute(
                "SELECT blob FROM records WHERE id = ?", (record_id,)
            ).fetchone()
        except DB_ERRORS as exc:
            raise VaultCorrupted(
                translate("Vault", "The journal file is damaged and cannot be read.")
            ) from exc
        if row is None:
            return None
        if not isinstance(row[0], bytes):
            raise VaultCorrupted(translate("Vault", "A record has an invalid format."))
        return row[0]

    def close(self) -> None:
        """Close the connection and release the lock (twice is fine)."""
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        self.lock.release()
