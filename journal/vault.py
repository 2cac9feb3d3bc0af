"""The encrypted, hash-chained, crash-safe journal file (DESIGN §2).

One vault is one SQLite file with two tables: `header` (one row of JSON: format version,
vault id, KDF parameters and the vault key wrapped twice) and `records` (random id +
AES-256-GCM ciphertext). Nothing else is stored in clear: no dates, kinds or titles.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import hashlib
import json
import os
import secrets
import sqlite3
import struct
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from journal import attachments as _att
from journal import crypto
from journal.attachments import CHUNK_SIZE, Attachment, AttachmentNotFound
from journal.crypto import KdfParams
from journal.errors import (
    EntryNotFound,
    ImportCancelled,
    UnsupportedVault,
    VaultBusy,
    VaultCorrupted,
    VaultError,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
)
from journal.model import Entry

__all__ = [
    "CHUNK_SIZE",
    "Attachment",
    "AttachmentNotFound",
    "EntryNotFound",
    "ImportCancelled",
    "KdfParams",
    "UnsupportedVault",
    "Vault",
    "VaultBusy",
    "VaultCorrupted",
    "VaultError",
    "VaultInUse",
    "VaultLocked",
    "VerifyReport",
    "WrongPassphrase",
    "create_vault",
    "open_vault",
    "open_vault_with_recovery",
]

FORMAT = "rc-vault"
VERSION = 1
CIPHER = "AES-256-GCM"
GENESIS = "0" * 64

# Record kinds, bound into every record's associated data (never stored in clear).
KIND_LOG = 1  # an entry revision or a tombstone: one link of the hash chain
KIND_HEAD = 2  # the chain head and length
KIND_DRAFT = 3  # the unsaved editor draft
KIND_DOC = 4  # a named document (safety plan, contacts, settings)
KIND_CHUNK = 5  # one piece of an attachment's content

# What sqlite3 raises on a damaged file: besides sqlite3.Error, a UnicodeDecodeError when
# SQLite's error message quotes garbage bytes (e.g. a corrupted schema) that are not UTF-8.
_DB_ERRORS = (sqlite3.Error, UnicodeDecodeError)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS header (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (id BLOB PRIMARY KEY, blob BLOB NOT NULL) WITHOUT ROWID;
"""


@dataclass
class VerifyReport:
    """Result of `Vault.verify()`: `ok` is True only when no problem was found."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    entries: int = 0
    revisions: int = 0
    head: str = GENESIS
    attachments: int = 0
    removed_attachments: int = 0


@dataclass
class _Link:
    seq: int
    prev: str
    op: str
    entry: str
    rev: int
    at: str
    digest: str
    content: dict[str, Any] | None
    record_id: bytes
    attachment: str | None = None  # "att" and "att-del" links only

    def header(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "seq": self.seq,
            "prev": self.prev,
            "op": self.op,
            "entry": self.entry,
            "rev": self.rev,
            "at": self.at,
            "digest": self.digest,
        }
        if self.attachment is not None:
            data["attachment"] = self.attachment
        return data

    def link_hash(self) -> str:
        return hashlib.sha256(_canonical(self.header())).hexdigest()

    def payload(self) -> dict[str, Any]:
        data = self.header()
        data["content"] = self.content
        return data


@dataclass
class _Import:
    """The file being stored by `add_attachment` (its transaction may stay open a while)."""

    cancelled: bool = False


@dataclass
class _Scan:
    links: list[_Link]
    head: dict[str, Any] | None
    draft_blob: bytes | None
    problems: list[str]
    head_damaged: bool
    chunk_ids: set[bytes] = field(default_factory=set)


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_digest(content: dict[str, Any]) -> str:
    """Return the SHA-256 (hex) of an entry's canonical JSON content."""
    return hashlib.sha256(_canonical(content)).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


class _FileLock:
    """An exclusive advisory lock on `<vault>.lock`, released by the OS if the process dies."""

    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise VaultError(
                f"The journal's folder cannot be written to ({exc.strerror})."
            ) from exc
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


class Vault:
    """An open journal. Use `create_vault` / `open_vault`; usable as a context manager."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: _FileLock, header: dict[str, Any]
    ):
        self.path = path
        self._conn = conn
        self._lock = lock
        self._header = header
        self._vault_id = crypto.b64d(header["vault_id"])
        self._vault_key: bytearray | None = None
        self._record_key: bytearray | None = None
        self._record_cipher: Any = None  # AES-GCM context for _record_key (unlocked only)
        self._id_key: bytearray | None = None
        self._chunk_key: bytearray | None = None
        self._closed = False
        self._import: _Import | None = None
        self._reset_model()

    # ----------------------------------------------------------------- lifecycle

    def _reset_model(self) -> None:
        self._links: list[_Link] = []
        self._revisions: dict[str, list[Entry]] = {}
        self._deleted: set[str] = set()
        self._ordered: list[tuple[tuple[datetime, str], Entry]] = []
        # All search texts joined in time order (built on the first search after a change).
        self._search_text: str | None = None
        self._search_starts: list[int] = []
        self._search_entries: list[Entry] = []
        self._head = GENESIS
        self._seq = 0
        self._problems: list[str] = []
        self._attachments: dict[str, tuple[Attachment, int]] = {}  # id -> (metadata, chunks)

    def _install_key(self, vault_key: bytearray) -> None:
        self._vault_key = vault_key
        self._record_key = crypto.subkey(vault_key, b"records")
        self._record_cipher = crypto.cipher(self._record_key)
        self._id_key = crypto.subkey(vault_key, b"ids")
        self._chunk_key = crypto.subkey(self._id_key, b"chunk-tag")
        try:
            self._load()
        except BaseException:
            self.lock()
            raise

    @property
    def is_locked(self) -> bool:
        """Return True when no key is held (after `lock()` or `close()`)."""
        return self._record_key is None

    @property
    def problems(self) -> list[str]:
        """Return damaged or inconsistent records noticed when the vault was unlocked."""
        self._require_unlocked()
        return list(self._problems)

    @property
    def kdf(self) -> KdfParams:
        """Return the Argon2id parameters protecting the passphrase."""
        return _kdf_from_header(self._header)

    def lock(self) -> None:
        """Zero the keys and drop every decrypted entry; `unlock()` opens it again.

        A file still being stored (see `busy`) is cancelled first: nothing of it is kept."""
        self.cancel_import()
        crypto.wipe(self._vault_key)
        crypto.wipe(self._record_key)
        crypto.wipe(self._id_key)
        crypto.wipe(self._chunk_key)
        self._vault_key = None
        self._record_key = None
        self._record_cipher = None
        self._id_key = None
        self._chunk_key = None
        self._reset_model()
        gc.unfreeze()  # the dropped model is freed by reference counting; the rest is collectable

    def unlock(self, passphrase: str) -> None:
        """Unlock again with the passphrase after `lock()`."""
        self._require_open()
        self._install_key(_unwrap_with_passphrase(self._header, passphrase))

    def unlock_with_recovery(self, code: str) -> None:
        """Unlock again with the recovery code after `lock()`."""
        self._require_open()
        self._install_key(_unwrap_with_recovery(self._header, code))

    def close(self) -> None:
        """Lock, close the file and release it for other windows."""
        if self._closed:
            return
        self.lock()
        self._closed = True
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def busy(self) -> bool:
        """Return True while `add_attachment` stores a file; other writes raise `VaultBusy`.

        Storing a large file keeps one transaction open while its progress callback runs (the
        window stays responsive); anything that writes meanwhile is refused, never mixed in."""
        return self._import is not None and not self._import.cancelled

    def cancel_import(self) -> bool:
        """Cancel the file being stored, if any, at once: its transaction is rolled back here,
        so a draft can be saved right after (before locking); the `add_attachment` call then
        raises `ImportCancelled` as soon as it resumes. Returns True if one was cancelled."""
        job = self._import
        if job is None or job.cancelled:
            return False
        job.cancelled = True
        if not self._closed and self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
        return True

    def _require_open(self) -> None:
        if self._closed:
            raise VaultLocked("The journal is closed.")

    def _require_unlocked(self) -> tuple[bytearray, bytearray]:
        self._require_open()
        if self._record_key is None or self._id_key is None:
            raise VaultLocked()
        return self._record_key, self._id_key

    # ------------------------------------------------------------------ records

    def _ad(self, record_id: bytes, kind: int) -> bytes:
        return b"rc-rec-v1" + self._vault_id + record_id + bytes([kind])

    def _seal(self, record_id: bytes, kind: int, data: Any) -> bytes:
        key, _ = self._require_unlocked()
        return crypto.seal(key, crypto.pad(_canonical(data)), self._ad(record_id, kind))

    def _unseal(self, record_id: bytes, kind: int, blob: bytes) -> Any:
        self._require_unlocked()
        plain = crypto.unpad(
            crypto.open_sealed(self._record_cipher, blob, self._ad(record_id, kind))
        )
        try:
            return json.loads(plain)
        except (ValueError, UnicodeDecodeError) as exc:
            raise VaultCorrupted("A record's content is damaged.") from exc

    def _named_id(self, name: str) -> bytes:
        _, id_key = self._require_unlocked()
        return crypto.keyed_id(id_key, name.encode())

    def _require_idle(self, job: _Import | None = None) -> None:
        """Refuse to start while another transaction is open or a file is being stored."""
        self._require_open()
        other = self._import is not None and self._import is not job and self.busy
        if self._conn.in_transaction or other:
            raise VaultBusy()

    @contextlib.contextmanager
    def _transaction(self, job: _Import | None = None) -> Iterator[sqlite3.Cursor]:
        # Never join, and so never roll back, a transaction this call did not begin: a file
        # being stored keeps one open while the window handles events (which may ask to save).
        self._require_idle(job)
        cur = self._conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            yield cur
            if not self._conn.in_transaction:  # ended under us: nothing may be half-written
                raise VaultError("The journal could not be saved (it was interrupted).")
            cur.execute("COMMIT")
        except _DB_ERRORS as exc:
            self._rollback(cur)
            raise _write_error(exc) from exc
        except BaseException:
            self._rollback(cur)
            raise
        finally:
            with contextlib.suppress(sqlite3.Error):  # closed meanwhile (see `close`)
                cur.close()

    def _rollback(self, cur: sqlite3.Cursor) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self._conn.in_transaction:  # only ever this call's own (see `_transaction`)
                cur.execute("ROLLBACK")

    def _checkpoint(self) -> None:
        """Copy the WAL into the file and empty it, so removed content (whose old pages the
        WAL still holds, decryptable with the key) does not survive there until the next
        automatic checkpoint. Best effort: a busy or failing checkpoint changes nothing."""
        with contextlib.suppress(*_DB_ERRORS):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def _scan(self, *, chunks: bool = False) -> _Scan:
        """Decrypt every record but attachment chunks; with `chunks`, also list chunk ids."""
        head_id = self._named_id("head")
        draft_id = self._named_id("draft")
        links: list[_Link] = []
        problems: list[str] = []
        head: dict[str, Any] | None = None
        head_damaged = False
        draft_blob: bytes | None = None
        chunk_ids: set[bytes] = set()
        # Attachment chunks are recognised by their keyed id and never loaded here.
        self._conn.create_function("rc_chunk", 1, self._chunk_predicate(), deterministic=True)
        try:
            if chunks:  # (verify) one pass: a chunk's id without its large blob, the rest whole
                rows = []
                for record_id, blob, is_chunk in self._conn.execute(
                    "SELECT id, CASE WHEN rc_chunk(id) THEN NULL ELSE blob END, rc_chunk(id) "
                    "FROM records"
                ):
                    if is_chunk:
                        chunk_ids.add(record_id)
                    else:
                        rows.append((record_id, blob))
            else:  # (unlock) the keyed check once per record
                rows = self._conn.execute(
                    "SELECT id, blob FROM records WHERE NOT rc_chunk(id)"
                ).fetchall()
        except _DB_ERRORS as exc:
            raise VaultCorrupted("The journal file is damaged and cannot be read.") from exc
        finally:
            with contextlib.suppress(sqlite3.Error):
                self._conn.create_function("rc_chunk", 1, None)
        for record_id, blob in rows:
            if not isinstance(record_id, bytes) or not isinstance(blob, bytes):
                problems.append("A record has an invalid format.")
                continue
            if record_id == head_id:
                try:
                    head = _parse_head(self._unseal(record_id, KIND_HEAD, blob))
                except VaultError:
                    head_damaged = True
                    problems.append("The chain head record is damaged.")
                continue
            if record_id == draft_id:
                draft_blob = blob
                try:
                    self._unseal(record_id, KIND_DRAFT, blob)
                except VaultError:
                    problems.append("The saved draft is damaged and cannot be read.")
                continue
            try:
                links.append(_parse_link(self._unseal(record_id, KIND_LOG, blob), record_id))
                continue
            except VaultError:
                pass
            try:
                doc = self._unseal(record_id, KIND_DOC, blob)
                if (
                    isinstance(doc, dict)
                    and self._named_id("doc:" + str(doc.get("name"))) == record_id
                ):
                    continue
            except VaultError:
                pass
            problems.append(f"Record {record_id.hex()[:12]} is damaged and cannot be read.")
        links.sort(key=lambda link: link.seq)
        return _Scan(links, head, draft_blob, problems, head_damaged, chunk_ids)

    def _load(self) -> None:
        # Building tens of thousands of small objects makes the cyclic garbage collector scan
        # the growing heap again and again (about a quarter of the unlock time at 10,000
        # entries). Nothing here makes cycles, so it waits until the model is built; then the
        # model (with everything older) is frozen out of later collections, so the first
        # search or edit does not pay that scan instead. `lock()` unfreezes.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._load_records()
        finally:
            gc.freeze()
            if collecting:
                gc.enable()

    def _load_records(self) -> None:
        scan = self._scan()
        self._reset_model()
        self._problems = list(scan.problems)
        self._links = scan.links
        deleted = {link.entry for link in scan.links if link.op == "del"}
        revisions: dict[str, list[Entry]] = {}
        for link in scan.links:
            if link.op != "rev" or link.entry in deleted or link.content is None:
                continue
            try:
                entry = _entry_from_link(link)
            except VaultCorrupted as exc:
                self._problems.append(exc.message)
                continue
            revisions.setdefault(link.entry, []).append(entry)
        for revs in revisions.values():
            revs.sort(key=lambda e: e.revision)
        self._revisions = revisions
        # One sort instead of 10,000 insertions; search text is built on first search.
        self._ordered = sorted(
            ((revs[-1].sort_key(), revs[-1]) for revs in revisions.values()),
            key=lambda pair: pair[0],
        )
        self._deleted = deleted
        self._load_attachments(scan.links, deleted)
        if scan.links:
            last = scan.links[-1]
            self._seq = last.seq
            self._head = last.link_hash()
        if scan.head is not None:
            # Continue the chain from the authenticated head when the log agrees with it.
            if scan.head["seq"] >= self._seq:
                self._seq = scan.head["seq"]
                self._head = scan.head["head"]
            if scan.head["seq"] != len(scan.links):
                self._problems.append(
                    "The journal's record count does not match its chain: "
                    "records may have been removed or rolled back."
                )

    def _index(self, entry_id: str, revs: list[Entry]) -> None:
        old = self._revisions.get(entry_id)
        if old:
            key = old[-1].sort_key()
            pos = bisect.bisect_left(self._ordered, key, key=lambda item: item[0])
            if pos < len(self._ordered) and self._ordered[pos][1].id == entry_id:
                del self._ordered[pos]
        self._revisions[entry_id] = revs
        current = revs[-1]
        item = (current.sort_key(), current)
        bisect.insort(self._ordered, item, key=lambda pair: pair[0])
        self._search_text = None

    def _unindex(self, entry_id: str) -> None:
        revs = self._revisions.pop(entry_id, None)
        self._search_text = None
        if revs:
            key = revs[-1].sort_key()
            pos = bisect.bisect_left(self._ordered, key, key=lambda item: item[0])
            if pos < len(self._ordered) and self._ordered[pos][1].id == entry_id:
                del self._ordered[pos]

    # ------------------------------------------------------------------ writing

    def _append_links(
        self,
        cur: sqlite3.Cursor,
        specs: Sequence[tuple[str, str, int, Entry | dict[str, Any] | None]],
        *,
        attachment: str | None = None,
    ) -> list[_Link]:
        """Write chain links (op, entry id, revision, entry) and the new head; in a transaction."""
        links: list[_Link] = []
        seq, head = self._seq, self._head
        at = _now().isoformat()
        for op, entry_id, rev, entry in specs:
            content = entry.content() if isinstance(entry, Entry) else entry
            seq += 1
            link = _Link(
                seq=seq,
                prev=head,
                op=op,
                entry=entry_id,
                rev=rev,
                at=at,
                digest=content_digest(content) if content is not None else "",
                content=content,
                record_id=self._new_record_id(),
                attachment=attachment,
            )
            cur.execute(
                "INSERT INTO records (id, blob) VALUES (?, ?)",
                (link.record_id, self._seal(link.record_id, KIND_LOG, link.payload())),
            )
            head = link.link_hash()
            links.append(link)
        head_id = self._named_id("head")
        cur.execute(
            "INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)",
            (head_id, self._seal(head_id, KIND_HEAD, {"seq": seq, "head": head})),
        )
        return links

    def _commit_links(self, links: list[_Link]) -> None:
        self._links.extend(links)
        if links:
            self._seq = links[-1].seq
            self._head = links[-1].link_hash()

    def add_entry(self, entry: Entry) -> Entry:
        """Save a new entry durably; returns it with its id, revision 1 and recording time."""
        return self.add_entries([entry])[0]

    def add_entries(self, entries: Iterable[Entry]) -> list[Entry]:
        """Save several new entries in one transaction (for imports)."""
        self._require_unlocked()
        items = list(entries)
        for item in items:
            if not isinstance(item, Entry):
                raise ValueError("add_entries takes Entry objects.")
        specs: list[tuple[str, str, int, Entry | None]] = [
            ("rev", secrets.token_hex(8), 1, item) for item in items
        ]
        with self._transaction() as cur:
            links = self._append_links(cur, specs)
        self._commit_links(links)
        saved = []
        for link, item in zip(links, items, strict=True):
            stored = item.with_meta(
                id=link.entry, revision=1, recorded_at=datetime.fromisoformat(link.at)
            )
            self._index(link.entry, [stored])
            saved.append(stored)
        return saved

    def amend_entry(self, entry_id: str, entry: Entry) -> Entry:
        """Append a new revision of an entry; every earlier revision is kept."""
        self._require_unlocked()
        if not isinstance(entry, Entry):
            raise ValueError("amend_entry takes an Entry.")
        revs = self._existing(entry_id)
        rev = revs[-1].revision + 1
        with self._transaction() as cur:
            links = self._append_links(cur, [("rev", entry_id, rev, entry)])
        self._commit_links(links)
        stored = entry.with_meta(
            id=entry_id, revision=rev, recorded_at=datetime.fromisoformat(links[0].at)
        )
        self._index(entry_id, [*revs, stored])
        return stored

    def delete_entry(self, entry_id: str) -> None:
        """Remove an entry's content (every revision); a tombstone stays in the chain."""
        self._require_unlocked()
        self._existing(entry_id)
        own = [link for link in self._links if link.entry == entry_id and link.content is not None]
        scrubbed = [_Link(**{**link.__dict__, "content": None}) for link in own]
        files = [key for key, (att, _n) in self._attachments.items() if att.entry_id == entry_id]
        with self._transaction() as cur:
            for link in scrubbed:
                cur.execute(
                    "UPDATE records SET blob = ? WHERE id = ?",
                    (self._seal(link.record_id, KIND_LOG, link.payload()), link.record_id),
                )
            for attachment_id in files:  # attachment metadata was scrubbed above
                self._delete_chunks(cur, attachment_id, self._attachments[attachment_id][1])
            links = self._append_links(cur, [("del", entry_id, 0, None)])
        for link in own:
            link.content = None
        for attachment_id in files:
            del self._attachments[attachment_id]
        self._commit_links(links)
        self._deleted.add(entry_id)
        self._unindex(entry_id)
        self._checkpoint()

    def _existing(self, entry_id: str) -> list[Entry]:
        revs = self._revisions.get(entry_id) if isinstance(entry_id, str) else None
        if not revs:
            raise EntryNotFound()
        return revs

    # ------------------------------------------------------------------ reading

    def get_entry(self, entry_id: str) -> Entry:
        """Return the current revision of an entry; `EntryNotFound` if there is none."""
        self._require_unlocked()
        return self._existing(entry_id)[-1]

    def entries(self) -> list[Entry]:
        """Return the current revision of every entry, ordered by when it happened."""
        self._require_unlocked()
        return [entry for _, entry in self._ordered]

    def __len__(self) -> int:
        return len(self._ordered)

    def history(self, entry_id: str) -> list[Entry]:
        """Return every revision of an entry, oldest first."""
        self._require_unlocked()
        return list(self._existing(entry_id))

    def search(self, text: str) -> list[Entry]:
        """Return entries whose text fields contain `text` (case-insensitive), in time order."""
        self._require_unlocked()
        # NUL separates entries in the joined search text, so it stands for a space in both.
        needle = str(text).casefold().strip().replace("\x00", " ")
        if not needle:
            return self.entries()
        text, starts, ordered = self._search_index()
        found: list[Entry] = []
        size = len(needle)
        pos = text.find(needle)
        while pos != -1:
            i = bisect.bisect_right(starts, pos) - 1
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
            if pos + size <= end:  # inside one entry's text: a hit; go on after that entry
                found.append(ordered[i])
                pos = text.find(needle, end)
            else:  # ran across the separator into the next entry's text
                pos = text.find(needle, pos + 1)
        return found

    def prepare_search(self) -> None:
        """Build the search text now (e.g. while idle after unlocking) instead of on demand."""
        self._require_unlocked()
        self._search_index()

    def _search_index(self) -> tuple[str, list[int], list[Entry]]:
        """Return every entry's search text joined in time order, with where each starts.

        One C-level `str.find` over the joined text is several times faster than a Python
        loop over 10,000 strings, and case-folding the joined text at once is faster than
        entry by entry. Built on the first search after a change (about 25 ms at 10,000).
        """
        if self._search_text is None:
            entries = [entry for _, entry in self._ordered]
            joined = "\x00".join(entry.search_source().replace("\x00", " ") for entry in entries)
            folded = joined.casefold()  # may change lengths ("ß" -> "ss"): measure after
            starts = []
            offset = 0
            for piece in folded.split("\x00"):
                starts.append(offset)
                offset += len(piece) + 1
            self._search_text = folded
            self._search_starts = starts if entries else []
            self._search_entries = entries
        return self._search_text, self._search_starts, self._search_entries

    # -------------------------------------------------------------- attachments

    def _chunk_predicate(self) -> Any:
        """Return f(id) -> True for attachment chunk ids (a keyed tag; looks random without it)."""
        self._require_unlocked()
        assert self._chunk_key is not None
        key = bytes(self._chunk_key)

        def is_chunk(record_id: object) -> bool:
            return (
                isinstance(record_id, bytes)
                and len(record_id) == 16
                and hashlib.blake2b(record_id[:10], key=key, digest_size=6).digest()
                == record_id[10:]
            )

        return is_chunk

    def _chunk_id(self, attachment_id: str, index: int) -> bytes:
        _, id_key = self._require_unlocked()
        assert self._chunk_key is not None
        base = crypto.keyed_id(id_key, f"chunk:{attachment_id}:{index}".encode())[:10]
        return base + hashlib.blake2b(base, key=bytes(self._chunk_key), digest_size=6).digest()

    def _new_record_id(self) -> bytes:
        """Return a random record id that can never be taken for a chunk id."""
        is_chunk = self._chunk_predicate()
        while True:
            record_id = secrets.token_bytes(16)
            if not is_chunk(record_id):
                return record_id

    def _chunk_ad(self, record_id: bytes, attachment_id: str, index: int, final: bool) -> bytes:
        return (
            self._ad(record_id, KIND_CHUNK)
            + b"|"
            + attachment_id.encode()
            + struct.pack(">QB", index, 1 if final else 0)
        )

    def _delete_chunks(self, cur: sqlite3.Cursor, attachment_id: str, count: int) -> None:
        for index in range(count):
            cur.execute("DELETE FROM records WHERE id = ?", (self._chunk_id(attachment_id, index),))

    def _load_attachments(self, links: list[_Link], deleted: set[str]) -> None:
        removed = {link.attachment for link in links if link.op == "att-del"}
        self._attachments = {}
        for link in links:
            if (
                link.op != "att"
                or link.attachment is None
                or link.content is None
                or link.attachment in removed
                or link.entry in deleted
            ):
                continue
            try:
                self._attachments[link.attachment] = _attachment_from_link(link)
            except VaultCorrupted as exc:
                self._problems.append(exc.message)

    def add_attachment(
        self,
        entry_id: str,
        source: str | os.PathLike[str] | BinaryIO,
        *,
        filename: str | None = None,
    ) -> Attachment:
        """Store a file (path or binary file object) encrypted in 1 MiB chunks, linked to an
        entry; streamed in one transaction, so a crash leaves the whole file or nothing.

        Reading `source` may run other code (a progress callback handling window events):
        meanwhile `busy` is True and other writes raise `VaultBusy`; `cancel_import()`, `lock()`
        or `close()` make this raise `ImportCancelled` with nothing of the file kept."""
        self._require_unlocked()
        self._existing(entry_id)
        self._require_idle()
        job = self._import = _Import()
        try:
            return self._store_attachment(job, entry_id, source, filename)
        finally:
            if self._import is job:
                self._import = None

    def _store_attachment(
        self,
        job: _Import,
        entry_id: str,
        source: str | os.PathLike[str] | BinaryIO,
        filename: str | None,
    ) -> Attachment:
        def still_ours() -> None:
            """Raise unless this import's transaction is still open: checked right before
            every write, after anything that may have run other code (reading the source)."""
            if job.cancelled or self._closed:
                raise ImportCancelled()
            if not self._conn.in_transaction:
                raise VaultError(
                    "The file was not added: storing it was interrupted. Please add it again."
                )

        with contextlib.ExitStack() as stack:
            if isinstance(source, (str, os.PathLike)):
                path = Path(source)
                try:
                    stream: BinaryIO = stack.enter_context(path.open("rb"))
                except OSError as exc:
                    raise VaultError(f"The file could not be read ({exc.strerror}).") from exc
                name = filename or path.name
            else:
                stream = source
                name = filename or str(getattr(source, "name", "") or "")
            name = _att.safe_filename(name)
            location = _att.has_location_stream(stream)
            if job.cancelled:
                raise ImportCancelled()
            self._existing(entry_id)  # e.g. deleted while the file was being looked at
            attachment_id = secrets.token_hex(16)
            digest = hashlib.sha256()
            size = count = 0
            with self._transaction(job) as cur:
                current = _read_source(stream)
                if location is None:  # not seekable: look at the first chunk only
                    location = _att.has_location_bytes(current)
                while True:
                    following = _read_source(stream) if len(current) == CHUNK_SIZE else b""
                    final = not following
                    still_ours()
                    record_id = self._chunk_id(attachment_id, count)
                    key, _ = self._require_unlocked()
                    plain = _att.pad_final(current) if final else current
                    cur.execute(
                        "INSERT INTO records (id, blob) VALUES (?, ?)",
                        (
                            record_id,
                            crypto.seal(
                                key, plain, self._chunk_ad(record_id, attachment_id, count, final)
                            ),
                        ),
                    )
                    digest.update(current)
                    size += len(current)
                    count += 1
                    if final:
                        break
                    current = following
                meta = {
                    "filename": name,
                    "size": size,
                    "sha256": digest.hexdigest(),
                    "chunks": count,
                    "media_type": _att.guess_media_type(name),
                    "has_location": bool(location),
                }
                still_ours()
                links = self._append_links(
                    cur, [("att", entry_id, 0, meta)], attachment=attachment_id
                )
        self._commit_links(links)
        attachment, chunks = _attachment_from_link(links[0])
        self._attachments[attachment_id] = (attachment, chunks)
        return attachment

    def attachments(self, entry_id: str) -> list[Attachment]:
        """Return an entry's attachments, oldest first (empty for unknown or deleted entries)."""
        self._require_unlocked()
        found = [att for att, _n in self._attachments.values() if att.entry_id == entry_id]
        return sorted(found, key=lambda att: (att.added_at, att.id))

    def attachment(self, attachment_id: str) -> Attachment:
        """Return one attachment's metadata; `AttachmentNotFound` if there is none."""
        self._require_unlocked()
        return self._attachment(attachment_id)[0]

    def _attachment(self, attachment_id: str) -> tuple[Attachment, int]:
        found = self._attachments.get(attachment_id) if isinstance(attachment_id, str) else None
        if found is None:
            raise AttachmentNotFound()
        return found

    def read_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """Return an iterator of the attachment's bytes in chunks; `VaultCorrupted` (while
        iterating) if any piece is missing, changed, moved or the whole does not match."""
        self._require_unlocked()
        attachment, count = self._attachment(attachment_id)
        return self._iter_chunks(attachment, count)

    def _iter_chunks(self, attachment: Attachment, count: int) -> Iterator[bytes]:
        damaged = f"The attachment “{attachment.filename}” is damaged and cannot be read."
        digest = hashlib.sha256()
        size = 0
        for index in range(count):
            final = index == count - 1
            record_id = self._chunk_id(attachment.id, index)
            blob = self._fetch(record_id)
            if blob is None:
                raise VaultCorrupted(f"Part of the attachment “{attachment.filename}” is missing.")
            key, _ = self._require_unlocked()
            try:
                plain = crypto.open_sealed(
                    key, blob, self._chunk_ad(record_id, attachment.id, index, final)
                )
                data = _att.unpad_final(plain) if final else plain
            except (VaultCorrupted, ValueError) as exc:
                raise VaultCorrupted(damaged) from exc
            if not final and len(data) != CHUNK_SIZE:
                raise VaultCorrupted(damaged)
            digest.update(data)
            size += len(data)
            yield data
        if size != attachment.size or digest.hexdigest() != attachment.sha256:
            raise VaultCorrupted(damaged)

    def remove_attachment(self, attachment_id: str) -> None:
        """Remove an attachment's content and name; a tombstone stays in the chain."""
        self._require_unlocked()
        attachment, count = self._attachment(attachment_id)
        own = [
            link
            for link in self._links
            if link.attachment == attachment_id and link.content is not None
        ]
        scrubbed = [_Link(**{**link.__dict__, "content": None}) for link in own]
        with self._transaction() as cur:
            for link in scrubbed:
                cur.execute(
                    "UPDATE records SET blob = ? WHERE id = ?",
                    (self._seal(link.record_id, KIND_LOG, link.payload()), link.record_id),
                )
            self._delete_chunks(cur, attachment_id, count)
            links = self._append_links(
                cur, [("att-del", attachment.entry_id, 0, None)], attachment=attachment_id
            )
        for link in own:
            link.content = None
        self._commit_links(links)
        del self._attachments[attachment_id]
        self._checkpoint()

    # ------------------------------------------------------------------- drafts

    def save_draft(self, entry: Entry) -> None:
        """Store the editor's unsaved entry encrypted (replacing any earlier draft)."""
        self._require_unlocked()
        if not isinstance(entry, Entry):
            raise ValueError("save_draft takes an Entry.")
        draft_id = self._named_id("draft")
        data = {
            "content": entry.content(),
            "id": entry.id,
            "revision": entry.revision,
            "saved_at": _now().isoformat(),
        }
        with self._transaction() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)",
                (draft_id, self._seal(draft_id, KIND_DRAFT, data)),
            )

    def load_draft(self) -> Entry | None:
        """Return the saved draft, or None; `VaultCorrupted` if it is damaged."""
        self._require_unlocked()
        draft_id = self._named_id("draft")
        blob = self._fetch(draft_id)
        if blob is None:
            return None
        data = self._unseal(draft_id, KIND_DRAFT, blob)
        try:
            entry_id = data.get("id")
            return Entry.from_content(
                data["content"],
                id=entry_id if isinstance(entry_id, str) else None,
                revision=int(data.get("revision") or 0),
            )
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise VaultCorrupted("The saved draft is damaged.") from exc

    def clear_draft(self) -> None:
        """Remove the saved draft (its bytes are overwritten: secure_delete is on)."""
        self._require_unlocked()
        draft_id = self._named_id("draft")
        with self._transaction() as cur:
            cur.execute("DELETE FROM records WHERE id = ?", (draft_id,))

    # ---------------------------------------------------------------- documents

    def save_document(self, name: str, data: Any) -> None:
        """Store a named JSON document encrypted (safety plan, contacts, settings)."""
        self._require_unlocked()
        try:
            doc_id = self._named_id("doc:" + name)
            blob = self._seal(doc_id, KIND_DOC, {"name": name, "data": data})
        except UnicodeEncodeError as exc:  # e.g. a lone surrogate pasted from a broken source
            raise VaultError(
                "This could not be saved: it contains a broken character (half of a pair, "
                "often from a damaged copy and paste). Remove or retype it, then save again."
            ) from exc
        with self._transaction() as cur:
            cur.execute("INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)", (doc_id, blob))

    def load_document(self, name: str, default: Any = None) -> Any:
        """Return a named document, or `default` when it was never saved."""
        self._require_unlocked()
        doc_id = self._named_id("doc:" + name)
        blob = self._fetch(doc_id)
        if blob is None:
            return default
        payload = self._unseal(doc_id, KIND_DOC, blob)
        if not isinstance(payload, dict) or payload.get("name") != name:
            raise VaultCorrupted(f"The saved {name} is damaged.")
        return payload.get("data")

    def _fetch(self, record_id: bytes) -> bytes | None:
        try:
            row = self._conn.execute(
                "SELECT blob FROM records WHERE id = ?", (record_id,)
            ).fetchone()
        except _DB_ERRORS as exc:
            raise VaultCorrupted("The journal file is damaged and cannot be read.") from exc
        if row is None:
            return None
        if not isinstance(row[0], bytes):
            raise VaultCorrupted("A record has an invalid format.")
        return row[0]

    # ------------------------------------------------------------------- backup

    def backup(self, dest: str | os.PathLike[str]) -> None:
        """Write a consistent, still encrypted copy of the journal to `dest` (0600).

        Uses SQLite's backup API into a new file beside `dest`, which then replaces `dest`;
        refuses the journal's own file. Raises `VaultError` when the copy cannot be written.
        """
        self._require_idle()  # mid-import the copy would hold a half-stored file
        target = Path(dest)
        try:
            resolved = target.resolve()
            live = self.path.resolve()
        except OSError as exc:
            raise VaultError(f"The backup cannot be written there ({exc.strerror}).") from exc
        own = {live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", ".lock"))}
        if resolved in own:
            raise VaultError("A backup cannot replace the journal itself; choose another file.")
        if not target.parent.is_dir():
            raise VaultError("The folder chosen for the backup does not exist.")
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            os.close(fd)
            copy = sqlite3.connect(os.fspath(partial), isolation_level=None)
            try:
                self._conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                copy.close()
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
            if os.name == "posix":
                os.chmod(target, 0o600)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            if isinstance(exc, _DB_ERRORS):
                raise _write_error(exc) from exc
            if isinstance(exc, OSError):
                raise VaultError(f"The backup could not be written ({exc.strerror}).") from exc
            raise

    # ---------------------------------------------------------------- integrity

    def verify(self) -> VerifyReport:
        """Re-read the file and check every record, the hash chain and its head."""
        self._require_unlocked()
        self._require_idle()  # mid-import it would see the file's parts without their link
        scan = self._scan(chunks=True)
        problems = list(scan.problems)
        prev = GENESIS
        expected_seq = 1
        deleted = {link.entry for link in scan.links if link.op == "del"}
        removed = {link.attachment for link in scan.links if link.op == "att-del"}
        entries: set[str] = set()
        for link in scan.links:
            if link.seq != expected_seq:
                if link.seq < expected_seq:
                    problems.append(f"Chain link {link.seq} appears more than once.")
                else:
                    problems.append(
                        f"Chain links {expected_seq}–{link.seq - 1} are missing "
                        "(records were removed)."
                    )
                expected_seq = link.seq
            if link.prev != prev:
                problems.append(f"Chain link {link.seq} does not follow the link before it.")
            if link.content is not None:
                if content_digest(link.content) != link.digest:
                    problems.append(f"Chain link {link.seq}'s content does not match its hash.")
                if link.entry in deleted:
                    problems.append(
                        f"Chain link {link.seq} holds content of a deleted entry "
                        "(an old copy was put back)."
                    )
                if link.attachment in removed:
                    problems.append(
                        f"Chain link {link.seq} holds details of a removed attachment "
                        "(an old copy was put back)."
                    )
            elif link.op == "rev" and link.entry not in deleted:
                problems.append(f"Chain link {link.seq} lost its content.")
            elif link.op == "att" and link.entry not in deleted and link.attachment not in removed:
                problems.append(f"Chain link {link.seq} lost its attachment details.")
            if link.op == "rev":
                entries.add(link.entry)
            prev = link.link_hash()
            expected_seq += 1
        count = len(scan.links)
        if scan.head is None and not scan.head_damaged and (count or self._seq):
            problems.append("The chain head record is missing.")
        if scan.head is not None:
            if scan.head["seq"] != count or (count and scan.links[-1].seq != count):
                problems.append(
                    f"The chain head says {scan.head['seq']} links but {count} were found: "
                    "records were removed, added or rolled back."
                )
            if scan.head["head"] != prev:
                problems.append("The chain head does not match the last link.")
            if scan.head["seq"] < self._seq or (
                scan.head["seq"] == self._seq and scan.head["head"] != self._head
            ):
                problems.append("The journal file was rolled back to an earlier state.")
        live = self._verify_chunks(scan, deleted, removed, problems)
        return VerifyReport(
            ok=not problems,
            problems=problems,
            entries=len(entries - deleted),
            revisions=sum(1 for link in scan.links if link.op == "rev"),
            head=prev,
            attachments=live,
            removed_attachments=len(removed),
        )

    def _verify_chunks(
        self, scan: _Scan, deleted: set[str], removed: set[str | None], problems: list[str]
    ) -> int:
        """Check every live attachment's chunks decrypt in order and no chunk is left over."""
        expected: set[bytes] = set()
        live = 0
        for link in scan.links:
            if link.op != "att" or link.content is None:
                continue
            if link.entry in deleted or link.attachment in removed:
                continue
            try:
                attachment, count = _attachment_from_link(link)
            except VaultCorrupted as exc:
                problems.append(exc.message)
                continue
            live += 1
            ids = {self._chunk_id(attachment.id, index) for index in range(count)}
            expected |= ids
            if not ids <= scan.chunk_ids:
                problems.append(f"Part of the attachment “{attachment.filename}” is missing.")
                continue
            try:  # decrypt every piece (streamed): a changed or moved chunk is found here
                for _data in self._iter_chunks(attachment, count):
                    pass
            except VaultCorrupted as exc:
                problems.append(exc.message)
        extra = len(scan.chunk_ids - expected)
        if extra:
            problems.append(
                f"{extra} attachment part(s) belong to no attachment "
                "(removed content was put back, or parts were added)."
            )
        return live

    @property
    def chain_head(self) -> str:
        """Return the hex SHA-256 of the latest chain link (what an export is bound to)."""
        self._require_unlocked()
        return self._head

    # -------------------------------------------------------------- passphrases

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the vault key under a new passphrase; entries are not re-encrypted."""
        self._require_unlocked()
        self._require_idle()  # before the slow key derivation
        vault_key = self._vault_key_from_current()
        try:
            header = dict(self._header)
            _wrap_passphrase(header, vault_key, new_passphrase, kdf or self.kdf)
            self._write_header(header)
        finally:
            crypto.wipe(vault_key)

    def replace_recovery_code(self) -> str:
        """Make a new recovery code (the old one stops working) and return it."""
        self._require_unlocked()
        self._require_idle()
        vault_key = self._vault_key_from_current()
        try:
            header = dict(self._header)
            code = _wrap_recovery(header, vault_key)
            self._write_header(header)
            return code
        finally:
            crypto.wipe(vault_key)

    def _vault_key_from_current(self) -> bytearray:
        if self._vault_key is None:
            raise VaultLocked()
        return bytearray(self._vault_key)

    def _write_header(self, header: dict[str, Any]) -> None:
        _seal_header(header)
        with self._transaction() as cur:
            cur.execute("UPDATE header SET data = ? WHERE id = 1", (json.dumps(header),))
        self._header = header


# ---------------------------------------------------------------------- header


def _kdf_from_header(header: dict[str, Any]) -> KdfParams:
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise UnsupportedVault("This journal uses a key setting this version does not know.")
    params = KdfParams(kdf.get("memory_kib"), kdf.get("iterations"), kdf.get("lanes"))  # type: ignore[arg-type]
    params.check()
    return params


def _header_check(header: dict[str, Any]) -> str:
    body = {k: v for k, v in header.items() if k != "check"}
    return hashlib.sha256(_canonical(body)).hexdigest()


def _seal_header(header: dict[str, Any]) -> None:
    header["check"] = _header_check(header)


def _wrap_ad(header: dict[str, Any], purpose: bytes) -> bytes:
    kdf = header.get("kdf") if purpose == b"pass" else header.get("recovery_salt")
    return b"rc-wrap-v1|" + purpose + b"|" + crypto.b64d(header["vault_id"]) + _canonical(kdf)


def _wrap_passphrase(
    header: dict[str, Any], vault_key: bytearray, passphrase: str, kdf: KdfParams
) -> None:
    secret = crypto.normalize_passphrase(passphrase)
    salt = os.urandom(crypto.SALT_BYTES)
    header["kdf"] = {
        "name": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
        "salt": crypto.b64e(salt),
    }
    kek = kdf.derive(secret, salt)
    try:
        header["passphrase_wrap"] = crypto.b64e(
            crypto.seal(kek, bytes(vault_key), _wrap_ad(header, b"pass"))
        )
    finally:
        crypto.wipe(kek)


def _wrap_recovery(header: dict[str, Any], vault_key: bytearray) -> str:
    code, raw = crypto.new_recovery_code()
    salt = os.urandom(crypto.SALT_BYTES)
    header["recovery_salt"] = crypto.b64e(salt)
    kek = crypto.recovery_key(raw, salt)
    try:
        header["recovery_wrap"] = crypto.b64e(
            crypto.seal(kek, bytes(vault_key), _wrap_ad(header, b"recovery"))
        )
    finally:
        crypto.wipe(kek)
    return code


def _unwrap(kek: bytearray, header: dict[str, Any], field_name: str, purpose: bytes) -> bytearray:
    try:
        blob = crypto.b64d(header.get(field_name))
        return bytearray(crypto.open_sealed(kek, blob, _wrap_ad(header, purpose)))
    except VaultCorrupted as exc:
        raise WrongPassphrase(
            "That passphrase does not open this journal."
            if purpose == b"pass"
            else "That recovery code does not open this journal."
        ) from exc
    finally:
        crypto.wipe(kek)


def _unwrap_with_passphrase(header: dict[str, Any], passphrase: str) -> bytearray:
    try:
        secret = crypto.normalize_passphrase(passphrase)
    except ValueError as exc:
        raise WrongPassphrase("Please type your passphrase.") from exc
    params = _kdf_from_header(header)
    assert isinstance(header["kdf"], dict)
    salt = crypto.b64d(header["kdf"].get("salt"))
    if len(salt) < 8:
        raise VaultCorrupted("The journal header is damaged.")
    return _unwrap(params.derive(secret, salt), header, "passphrase_wrap", b"pass")


def _unwrap_with_recovery(header: dict[str, Any], code: str) -> bytearray:
    try:
        raw = crypto.parse_recovery_code(code)
    except ValueError as exc:
        raise WrongPassphrase(str(exc)) from exc
    salt = crypto.b64d(header.get("recovery_salt"))
    return _unwrap(crypto.recovery_key(raw, salt), header, "recovery_wrap", b"recovery")


def _parse_header(text: Any) -> dict[str, Any]:
    if not isinstance(text, str):
        raise VaultCorrupted("The journal header is damaged.")
    try:
        header = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise VaultCorrupted("The journal header is damaged.") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise UnsupportedVault()
    try:
        check = _header_check(header)
    except (ValueError, RecursionError) as exc:  # e.g. lone surrogates cannot be UTF-8 encoded
        raise VaultCorrupted("The journal header is damaged.") from exc
    if header.get("check") != check:
        raise VaultCorrupted("The journal header is damaged (its checksum does not match).")
    if header.get("version") != VERSION:
        raise UnsupportedVault(
            "This journal was made by a newer version of Reality Check. Please update the app."
        )
    if header.get("cipher") != CIPHER:
        raise UnsupportedVault("This journal uses a cipher this version does not know.")
    vault_id = crypto.b64d(header.get("vault_id"))
    if len(vault_id) != 16:
        raise VaultCorrupted("The journal header is damaged.")
    _kdf_from_header(header)
    return header


def _parse_head(data: Any) -> dict[str, Any]:
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("seq"), int)
        or not isinstance(data.get("head"), str)
    ):
        raise VaultCorrupted("The chain head record is damaged.")
    return data


def _parse_link(data: Any, record_id: bytes) -> _Link:
    try:
        link = _Link(
            seq=data["seq"],
            prev=data["prev"],
            op=data["op"],
            entry=data["entry"],
            rev=data["rev"],
            at=data["at"],
            digest=data["digest"],
            content=data["content"],
            record_id=record_id,
            attachment=data.get("attachment"),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise VaultCorrupted("A journal record is damaged.") from exc
    types_ok = (
        isinstance(link.seq, int)
        and isinstance(link.prev, str)
        and link.op in ("rev", "del", "att", "att-del")
        and (link.attachment is None or isinstance(link.attachment, str))
        and (link.attachment is not None) == link.op.startswith("att")
        and isinstance(link.entry, str)
        and isinstance(link.rev, int)
        and isinstance(link.at, str)
        and isinstance(link.digest, str)
        and (link.content is None or isinstance(link.content, dict))
    )
    if not types_ok:
        raise VaultCorrupted("A journal record is damaged.")
    return link


def _entry_from_link(link: _Link) -> Entry:
    try:
        return Entry.from_content(
            link.content,
            id=link.entry,
            revision=link.rev,
            recorded_at=datetime.fromisoformat(link.at),
        )
    except (ValueError, TypeError) as exc:
        raise VaultCorrupted(f"Entry record {link.seq} is damaged.") from exc


def _attachment_from_link(link: _Link) -> tuple[Attachment, int]:
    meta = link.content or {}
    try:
        chunks = meta["chunks"]
        size = meta["size"]
        attachment = Attachment(
            id=str(link.attachment),
            entry_id=link.entry,
            filename=meta["filename"],
            size=size,
            sha256=meta["sha256"],
            added_at=datetime.fromisoformat(link.at),
            media_type=meta["media_type"],
            has_location=meta["has_location"],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultCorrupted(f"Attachment record {link.seq} is damaged.") from exc
    valid = (
        isinstance(chunks, int)
        and isinstance(size, int)
        and size >= 0
        and chunks == max(1, -(-size // CHUNK_SIZE))
        and isinstance(attachment.filename, str)
        and isinstance(attachment.sha256, str)
        and isinstance(attachment.media_type, str)
        and isinstance(attachment.has_location, bool)
    )
    if not valid:
        raise VaultCorrupted(f"Attachment record {link.seq} is damaged.")
    return attachment, chunks


def _read_source(stream: BinaryIO) -> bytes:
    try:
        return _att.read_chunk(stream)
    except OSError as exc:
        raise VaultError(f"The file could not be read ({exc.strerror or exc}).") from exc


def _write_error(exc: sqlite3.Error | UnicodeDecodeError) -> VaultError:
    if isinstance(exc, UnicodeDecodeError):
        return VaultCorrupted("The journal file is damaged and cannot be written.")
    text = str(exc).lower()
    if "full" in text:
        return VaultError(
            "The disk is full: the entry was not saved. Free some space and try again."
        )
    if "readonly" in text or "read-only" in text:
        return VaultError("The journal file cannot be written (it is read-only).")
    if "locked" in text or "busy" in text:
        return VaultInUse()
    if isinstance(exc, sqlite3.DatabaseError) and "malformed" in text:
        return VaultCorrupted("The journal file is damaged and cannot be written.")
    return VaultError(f"The journal could not be saved ({exc}).")


# --------------------------------------------------------------------- opening


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        os.fspath(path), isolation_level=None, check_same_thread=False, timeout=0.5
    )
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = OFF")
    except _DB_ERRORS:
        conn.close()
        raise
    return conn


def _make_private_dir(folder: Path) -> None:
    missing: list[Path] = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for item in reversed(missing):  # every folder made here is private, not only the last
        try:
            item.mkdir(mode=0o700)
        except FileExistsError:
            continue
        if os.name == "posix":
            os.chmod(item, 0o700)


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
        _make_private_dir(target.parent)
        lock = _FileLock(target)
        lock.acquire()
    except OSError as exc:
        raise VaultError(f"Cannot create the journal there ({exc.strerror}).") from exc
    try:
        try:
            fd = os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError as exc:
            if target.stat().st_size > 0:
                raise VaultError("A journal already exists at this location.") from exc
            fd = os.open(target, os.O_RDWR)
        except OSError as exc:
            raise VaultError(f"Cannot create the journal there ({exc.strerror}).") from exc
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        os.close(fd)
        params = kdf or KdfParams.calibrate()
        vault_key = bytearray(secrets.token_bytes(crypto.KEY_BYTES))
        header: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "cipher": CIPHER,
            "vault_id": crypto.b64e(secrets.token_bytes(16)),
        }
        _wrap_passphrase(header, vault_key, passphrase, params)
        code = _wrap_recovery(header, vault_key)
        _seal_header(header)
        try:
            conn = _connect(target)
            conn.executescript(_SCHEMA)
            conn.execute("INSERT INTO header (id, data) VALUES (1, ?)", (json.dumps(header),))
        except sqlite3.Error as exc:
            raise _write_error(exc) from exc
        vault = Vault(target, conn, lock, header)
        vault._install_key(vault_key)
        with vault._transaction() as cur:  # the empty chain's authenticated head
            vault._append_links(cur, [])
        return vault, code
    except BaseException:
        lock.release()
        raise


def _open(
    path: str | os.PathLike[str],
) -> tuple[Path, sqlite3.Connection, _FileLock, dict[str, Any]]:
    target = Path(path)
    if not target.is_file():
        raise VaultError("There is no journal at this location.")
    lock = _FileLock(target)
    lock.acquire()
    try:
        with target.open("rb") as handle:
            magic = handle.read(16)
        if magic != b"SQLite format 3\x00":
            raise UnsupportedVault()
        conn = _connect(target)
        try:
            rows = conn.execute("SELECT data FROM header WHERE id = 1").fetchall()
            conn.execute("SELECT count(*) FROM records").fetchone()
        except _DB_ERRORS:
            conn.close()
            raise
        if len(rows) != 1:
            conn.close()
            raise VaultCorrupted("The journal header is missing.")
        try:
            header = _parse_header(rows[0][0])
        except VaultError:
            conn.close()
            raise
        return target, conn, lock, header
    except _DB_ERRORS as exc:
        lock.release()
        raise VaultCorrupted("The journal file is damaged and cannot be opened.") from exc
    except OSError as exc:
        lock.release()
        raise VaultError(f"The journal cannot be read ({exc.strerror}).") from exc
    except BaseException:
        lock.release()
        raise


def _finish_open(
    opened: tuple[Path, sqlite3.Connection, _FileLock, dict[str, Any]],
    unwrap: Any,
) -> Vault:
    target, conn, lock, header = opened
    vault = Vault(target, conn, lock, header)
    try:
        vault_key = unwrap(header)
        vault._install_key(vault_key)
    except BaseException:
        vault.close()
        raise
    return vault


def open_vault(path: str | os.PathLike[str], passphrase: str) -> Vault:
    """Open and unlock a journal with its passphrase."""
    return _finish_open(_open(path), lambda header: _unwrap_with_passphrase(header, passphrase))


def open_vault_with_recovery(path: str | os.PathLike[str], code: str) -> Vault:
    """Open and unlock a journal with its recovery code (then set a new passphrase)."""
    return _finish_open(_open(path), lambda header: _unwrap_with_recovery(header, code))


def is_vault_file(path: str | os.PathLike[str]) -> bool:
    """Return True if a journal file exists at `path` (without unlocking it)."""
    target = Path(path)
    try:
        return target.is_file() and target.stat().st_size > 0
    except OSError:
        return False
