"""Creating a new journal file and opening an existing one (with the passphrase or the
recovery code), each behind the file lock."""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from journal import crypto, private_files
from journal.crypto import KdfParams
from journal.errors import HeaderChanged, VaultCorrupted, VaultError, WrongPassphrase
from journal.i18n import translate
from journal.vault.core import Vault
from journal.vault.header import dump_header, fingerprint_of, new_header, parse_header
from journal.vault.overlap import Helper, while_deriving
from journal.vault.scan import Rows, read_records
from journal.vault.schema import (
    open_checked,
    quick_check_file,
    read_checked_header,
    real_journal_path,
)
from journal.vault.storage import DB_ERRORS, SCHEMA, FileLock, connect, write_error
from journal.vault.wrapping import Slot, derive_seed

_Opened = tuple[Path, FileLock, sqlite3.Connection, dict[str, Any], str]


def _create_file(target: Path) -> None:
    """Create the journal file 0600, or take over an empty one left by an interrupted create."""
    try:
        private_files.create_new(target)
    except FileExistsError as exc:
        if target.stat().st_size > 0:
            raise VaultError(
                translate("Vault", "A journal already exists at this location.")
            ) from exc
        private_files.restrict(target)
    except OSError as exc:
        message = translate("Vault", "Cannot create the journal there ({reason}).")
        raise VaultError(message.format(reason=exc.strerror)) from exc


def create_vault(
    path: str | os.PathLike[str], passphrase: str, *, kdf: KdfParams | None = None
) -> tuple[Vault, str]:
    """Create a new journal at `path`; returns it unlocked and its recovery code (shown once)."""
    secret_check = crypto.normalize_passphrase(passphrase)  # clear ValueError when empty
    del secret_check
    target = Path(path)
    if target.is_symlink():
        raise VaultError(
            translate("Vault", "A journal cannot be created through a link; choose a real folder.")
        )
    if kdf is not None:
        if not isinstance(kdf, KdfParams):
            raise ValueError("kdf must be KdfParams.")
        kdf.check()
    try:
        private_files.make_dirs(target.parent)
        lock = FileLock(target)
        lock.acquire()
    except OSError as exc:
        message = translate("Vault", "Cannot create the journal there ({reason}).")
        raise VaultError(message.format(reason=exc.strerror)) from exc
    try:
        _create_file(target)
        params = kdf or KdfParams.calibrate()
        vault_key = bytearray(secrets.token_bytes(crypto.KEY_BYTES))
        header, code = new_header(vault_key, secrets.token_bytes(16), passphrase, params)
        text = dump_header(header)
        try:
            conn = connect(target)
            conn.executescript(SCHEMA)
            conn.execute("INSERT INTO header (id, data) VALUES (1, ?)", (text,))
        except sqlite3.Error as exc:
            raise write_error(exc) from exc
        vault = Vault(target, conn, lock, header, text)
        vault._install_key(vault_key)
        vault._begin_chain()
        return vault, code
    except BaseException:
        lock.release()
        raise


def _open(path: str | os.PathLike[str]) -> _Opened:
    """Lock the real journal file, check its structure read-only and read its header; returns
    the read-only connection too (for `_check_and_read`)."""
    target = real_journal_path(path)
    lock = FileLock(target)
    lock.acquire()
    try:
        checker, text = open_checked(target)
        try:
            return target, lock, checker, parse_header(text), text
        except BaseException:
            checker.close()
            raise
    except BaseException as exc:
        lock.release()
        explained = _file_error(exc)
        if explained is exc:
            raise
        raise explained from exc


def _check_and_read(target: Path, checker: sqlite3.Connection) -> tuple[sqlite3.Connection, Rows]:
    """Check every page (`quick_check`, on a helper thread with a read-only connection of its
    own) while the records are read through `checker` (read-only too); then connect."""
    try:
        checking = Helper(lambda: quick_check_file(target), "rc-check")
        try:
            rows = read_records(checker)
        except BaseException:
            checking.result()  # a damaged file: its page check says so first
            raise
        finally:
            checker.close()
        checking.result()  # before anything may write to the file
        conn = connect(target)
        return conn, rows
    except BaseException as exc:
        explained = _file_error(exc)
        if explained is exc:
            raise
        raise explained from exc


def _file_error(exc: BaseException) -> BaseException:
    """Return what to raise for an error opening the file: SQLite's and the system's explained."""
    if isinstance(exc, DB_ERRORS):
        return VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be opened.")
        )
    if isinstance(exc, OSError):
        message = translate("Vault", "The journal cannot be read ({reason}).")
        return VaultError(message.format(reason=exc.strerror))
    return exc


def _finish_open(
    path: str | os.PathLike[str], slot: Slot, secret: str, remembered_header: str | None
) -> Vault:
    target, lock, checker, header, text = _open(path)
    try:
        # Argon2id works on a helper thread while every page is checked and the records read.
        seed, (conn, rows) = while_deriving(
            lambda: derive_seed(header, slot, secret),
            lambda: _check_and_read(target, checker),
            undo=lambda done: done[0].close(),
        )
    except BaseException as exc:
        lock.release()
        _explain(exc, text, remembered_header)
        raise
    vault = Vault(target, conn, lock, header, text)
    try:
        vault._unlock_seed(slot, seed, rows)
    except BaseException as exc:
        vault.close()
        _explain(exc, text, remembered_header)
        raise
    return vault


def _explain(exc: BaseException, text: str, remembered_header: str | None) -> None:
    """Raise `HeaderChanged` for a secret that did not open a journal whose header has
    changed since its last unlock here (see `open_vault`)."""
    changed = remembered_header is not None and remembered_header != fingerprint_of(text)
    if isinstance(exc, WrongPassphrase) and changed:
        raise HeaderChanged() from exc


def open_vault(
    path: str | os.PathLike[str], passphrase: str, *, remembered_header: str | None = None
) -> Vault:
    """Open and unlock a journal with its passphrase (a version-1 journal is upgraded).

    `remembered_header`: the `header_fingerprint` of this journal at its last successful
    unlock on this computer; when the passphrase does not open it and the header has changed
    since, `HeaderChanged` is raised instead of `WrongPassphrase`."""
    return _finish_open(path, "passphrase", passphrase, remembered_header)


def open_vault_with_recovery(
    path: str | os.PathLike[str], code: str, *, remembered_header: str | None = None
) -> Vault:
    """Open and unlock a journal with its recovery code (then set a new passphrase)."""
    return _finish_open(path, "recovery", code, remembered_header)


def header_fingerprint(path: str | os.PathLike[str]) -> str:
    """Return the SHA-256 (hex) of the journal's header row, read without unlocking and
    without writing (not secret); `VaultError` when the file is not a readable journal."""
    try:
        return fingerprint_of(read_checked_header(real_journal_path(path)))
    except DB_ERRORS as exc:
        raise VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be opened.")
        ) from exc
    except OSError as exc:
        message = translate("Vault", "The journal cannot be read ({reason}).")
        raise VaultError(message.format(reason=exc.strerror)) from exc


def vault_identity(path: str | os.PathLike[str]) -> str:
    """Return the journal's vault id (base64 text from its header; not secret, never changes)."""
    try:
        header = parse_header(read_checked_header(real_journal_path(path)))
    except DB_ERRORS as exc:
        raise VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be opened.")
        ) from exc
    except OSError as exc:
        message = translate("Vault", "The journal cannot be read ({reason}).")
        raise VaultError(message.format(reason=exc.strerror)) from exc
    return str(header["vault_id"])


def is_vault_file(path: str | os.PathLike[str]) -> bool:
    """Return True if a journal file exists at `path` (without unlocking it)."""
    target = Path(path)
    try:
        return target.is_file() and target.stat().st_size > 0
    except OSError:
        return False
