"""The file's SQL structure, locked down: exactly the two tables this version writes, nothing
else (no triggers, views, indexes or extra tables), checked on every open before anything is
written, and on every `verify()`."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from journal.errors import UnsupportedVault, VaultCorrupted, VaultError
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.vault.storage import DB_ERRORS

SQLITE_MAGIC = b"SQLite format 3\x00"

TABLES = {
    (
        "table",
        "header",
        "header",
        "CREATE TABLE header (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
    ),
    (
        "table",
        "records",
        "records",
        "CREATE TABLE records (id BLOB PRIMARY KEY, blob BLOB NOT NULL) WITHOUT ROWID",
    ),
}
# What `CREATE TABLE` writes (`storage.SCHEMA` must produce exactly `TABLES`).
CHANGED = QT_TRANSLATE_NOOP(
    "Vault",
    "The journal file's structure was changed outside the app (it holds {what}). "
    "It was not opened, and nothing was written to it. Use a backup, or ask someone you trust "
    "for help.",
)
EXTRA = {
    "trigger": QT_TRANSLATE_NOOP("Vault", "extra triggers"),
    "view": QT_TRANSLATE_NOOP("Vault", "extra views"),
    "index": QT_TRANSLATE_NOOP("Vault", "extra indexes"),
    "table": QT_TRANSLATE_NOOP("Vault", "extra tables"),
}
EXTRA_OBJECTS = QT_TRANSLATE_NOOP("Vault", "extra objects")


def _changed(kinds: list[str]) -> str:
    """Return the message for a file holding schema objects of `kinds` this app never makes."""
    phrases = [translate("Vault", EXTRA.get(kind, EXTRA_OBJECTS)) for kind in kinds]
    what = phrases[0]
    for phrase in phrases[1:]:
        what = translate("Vault", "{first} and {second}").format(first=what, second=phrase)
    return translate("Vault", CHANGED).format(what=what)


def check_schema(conn: sqlite3.Connection) -> None:
    """Raise `VaultCorrupted` unless the schema is exactly `TABLES` and quick_check is ok."""
    check_structure(conn)
    quick_check(conn)


def check_structure(conn: sqlite3.Connection) -> None:
    """Raise `VaultCorrupted` unless the schema is exactly `TABLES` (no trigger, view, index or
    table this app does not make), with `trusted_schema` off."""
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except DB_ERRORS as exc:
        raise VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be opened.")
        ) from exc
    found = {tuple(row) for row in rows}
    extra = found - TABLES
    if extra:
        raise VaultCorrupted(_changed(sorted({str(row[0]) for row in extra})))
    if found != TABLES:
        raise VaultCorrupted(
            translate("Vault", "The journal file is damaged: part of its structure is missing.")
        )


def quick_check(conn: sqlite3.Connection) -> None:
    """Raise `VaultCorrupted` unless SQLite's `quick_check` of every page is ok."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except DB_ERRORS as exc:
        raise VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be opened.")
        ) from exc
    if result != [("ok",)]:
        raise VaultCorrupted(
            translate("Vault", "The journal file is damaged (its database check failed).")
        )


def _read_only(path: Path) -> sqlite3.Connection:
    """Return a read-only connection to a closed journal file (nothing is written through
    it); `VaultCorrupted` when SQLite cannot open it."""
    try:
        return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=0.5)
    except DB_ERRORS as exc:
        raise VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be opened.")
        ) from exc


def quick_check_file(path: Path) -> None:
    """Run `quick_check` on a closed journal file through a read-only connection of its own
    (so on any thread); `VaultCorrupted` unless every page is ok."""
    conn = _read_only(path)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        quick_check(conn)
    except DB_ERRORS as exc:
        raise VaultCorrupted(
            translate("Vault", "The journal file is damaged and cannot be opened.")
        ) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def read_checked_header(path: Path) -> str:
    """Check a closed journal file read-only (its magic, schema and quick_check) and return
    its header row; `VaultCorrupted` / `UnsupportedVault` without writing to the file."""
    conn, text = open_checked(path)
    try:
        quick_check(conn)
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    return text


def open_checked(path: Path) -> tuple[sqlite3.Connection, str]:
    """Open a closed journal file read-only, check its magic and schema (`check_structure`)
    and read its header row; returns the read-only connection (for `quick_check`; the caller
    closes it) and the header's text. Nothing is ever written through it."""
    with path.open("rb") as handle:
        magic = handle.read(16)
    if magic != SQLITE_MAGIC:
        raise UnsupportedVault()
    conn = _read_only(path)
    try:
        check_structure(conn)
        try:
            rows = conn.execute("SELECT id, data FROM header").fetchall()
        except DB_ERRORS as exc:
            raise VaultCorrupted(
                translate("Vault", "The journal file is damaged and cannot be opened.")
            ) from exc
        if len(rows) != 1 or rows[0][0] != 1:
            raise VaultCorrupted(translate("Vault", "The journal header is missing."))
        text = rows[0][1]
        if not isinstance(text, str):
            raise VaultCorrupted(translate("Vault", "The journal header is damaged."))
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        raise
    return conn, text


def real_journal_path(path: str | os.PathLike[str]) -> Path:
    """Return the real file behind `path` (a symlink is resolved, so it is locked as the file
    itself); `VaultError` unless it is a regular file with a single name."""
    target = Path(path)
    try:
        real = target.resolve(strict=True)
        info = real.stat()
    except (OSError, RuntimeError) as exc:
        raise VaultError(translate("Vault", "There is no journal at this location.")) from exc
    if not stat.S_ISREG(info.st_mode):
        raise VaultError(translate("Vault", "There is no journal at this location."))
    if info.st_nlink > 1:
        raise VaultError(
            translate(
                "Vault",
                "This journal file also exists under another name on this computer (a hard link), "
                "so changes could be lost or seen elsewhere. It was not opened. Make a copy of it "
                "(for example with a backup) and open the copy instead.",
            )
        )
    return real
