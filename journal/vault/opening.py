"""Creating a new journal file and opening an existing one (with the passphrase or the
recovery code), each behind the file lock."""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal import crypto, private_files
from journal.crypto import KdfParams
from journal.errors import UnsupportedVault, VaultCorrupted, VaultError
from journal.vault.core import Vault
from journal.vault.header import (
    dump_header,
    new_header,
    parse_header,
    unwrap_with_passphrase,
    unwrap_with_recovery,
)
from journal.vault.storage import DB_ERRORS, SCHEMA, FileLock, connect, write_error

SQLITE_MAGIC = b"SQLite format 3\x00"

_Opened = tuple[Path, sqlite3.Connection, FileLock, dict[str, Any]]


def _create_file(target: Path) -> None:
    """Create the journal file 0600, or take over an empty one left by an interrupted create."""
    try:
        private_files.create_new(target)
    except FileExistsError as exc:
        if target.stat().st_size > 0:
            raise VaultError("A journal already exists at this location.") from exc
        private_files.restrict(target)
    except OSError as exc:
        raise VaultError(f"Cannot create the journal there ({exc.strerror}).") from exc


def create_vault(
    path: str | os.PathLike[str], passphrase: str, *, kdf: KdfParams | None = None
) -> tuple[Vault, str]:
    """Create a new journal at `path`; returns it unlocked and its recovery code (shown once)."""
    secret_check = crypto.normalize_passphrase(passphrase)  # clear ValueError when empty
    del secret_check
    target = Path(path)
    if kdf is not None:
        if not isinstance(kdf, KdfParams):
            raise ValueError("kdf must be KdfParams.")
        kdf.check()
    try:
        private_files.make_dirs(target.parent)
        lock = FileLock(target)
        lock.acquire()
    except OSError as exc:
        raise VaultError(f"Cannot create the journal there ({exc.strerror}).") from exc
    try:
        _create_file(target)
        params = kdf or KdfParams.calibrate()
        vault_key = bytearray(secrets.token_bytes(crypto.KEY_BYTES))
        header, code = new_header(vault_key, passphrase, params)
        try:
            conn = connect(target)
            conn.executescript(SCHEMA)
            conn.execute("INSERT INTO header (id, data) VALUES (1, ?)", (dump_header(header),))
        except sqlite3.Error as exc:
            raise write_error(exc) from exc
        vault = Vault(target, conn, lock, header)
        vault._install_key(vault_key)
        vault._begin_chain()
        return vault, code
    except BaseException:
        lock.release()
        raise


def _open(path: str | os.PathLike[str]) -> _Opened:
    """Lock the journal file, check it is one and read its header (not yet unlocked)."""
    target = Path(path)
    if not target.is_file():
        raise VaultError("There is no journal at this location.")
    lock = FileLock(target)
    lock.acquire()
    try:
        with target.open("rb") as handle:
            magic = handle.read(16)
        if magic != SQLITE_MAGIC:
            raise UnsupportedVault()
        conn = connect(target)
        try:
            rows = conn.execute("SELECT data FROM header WHERE id = 1").fetchall()
            conn.execute("SELECT count(*) FROM records").fetchone()
        except DB_ERRORS:
            conn.close()
            raise
        if len(rows) != 1:
            conn.close()
            raise VaultCorrupted("The journal header is missing.")
        try:
            header = parse_header(rows[0][0])
        except VaultError:
            conn.close()
            raise
        return target, conn, lock, header
    except DB_ERRORS as exc:
        lock.release()
        raise VaultCorrupted("The journal file is damaged and cannot be opened.") from exc
    except OSError as exc:
        lock.release()
        raise VaultError(f"The journal cannot be read ({exc.strerror}).") from exc
    except BaseException:
        lock.release()
        raise


def _finish_open(opened: _Opened, unwrap: Callable[[dict[str, Any]], bytearray]) -> Vault:
    target, conn, lock, header = opened
    vault = Vault(target, conn, lock, header)
    try:
        vault._install_key(unwrap(header))
    except BaseException:
        vault.close()
        raise
    return vault


def open_vault(path: str | os.PathLike[str], passphrase: str) -> Vault:
    """Open and unlock a journal with its passphrase."""
    return _finish_open(_open(path), lambda header: unwrap_with_passphrase(header, passphrase))


def open_vault_with_recovery(path: str | os.PathLike[str], code: str) -> Vault:
    """Open and unlock a journal with its recovery code (then set a new passphrase)."""
    return _finish_open(_open(path), lambda header: unwrap_with_recovery(header, code))


def is_vault_file(path: str | os.PathLike[str]) -> bool:
    """Return True if a journal file exists at `path` (without unlocking it)."""
    target = Path(path)
    try:
        return target.is_file() and target.stat().st_size > 0
    except OSError:
        return False
