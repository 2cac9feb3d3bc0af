"""Backups: a consistent, still encrypted copy of the open journal file, written privately."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from journal import private_files
from journal.errors import VaultError
from journal.i18n import translate
from journal.vault.storage import DB_ERRORS, write_error


def write_backup(conn: sqlite3.Connection, live: Path, dest: str | os.PathLike[str]) -> None:
    """Copy the database open as `conn` (the journal at `live`) to `dest`, 0600.

    Uses SQLite's backup API into a new file beside `dest`, which then replaces `dest`;
    refuses the journal's own file. Raises `VaultError` when the copy cannot be written.
    """
    target = Path(dest)
    try:
        resolved = target.resolve()
        own_file = live.resolve()
    except OSError as exc:
        message = translate("Vault", "The backup cannot be written there ({reason}).")
        raise VaultError(message.format(reason=exc.strerror)) from exc
    own = {own_file, *(own_file.with_name(own_file.name + s) for s in ("-wal", "-shm", ".lock"))}
    if resolved in own:
        raise VaultError(
            translate("Vault", "A backup cannot replace the journal itself; choose another file.")
        )
    if not target.parent.is_dir():
        raise VaultError(translate("Vault", "The folder chosen for the backup does not exist."))
    try:
        with private_files.replacing(target) as partial:
            copy = sqlite3.connect(os.fspath(partial), isolation_level=None)
            try:
                conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                copy.close()
    except DB_ERRORS as exc:
        raise write_error(exc) from exc
    except OSError as exc:
        message = translate("Vault", "The backup could not be written ({reason}).")
        raise VaultError(message.format(reason=exc.strerror)) from exc
