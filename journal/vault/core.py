"""The `Vault` class: an open journal, composing the file (`Store`), the keys (`RecordKeys`),
the hash chain (`Chain`), the entries (`EntryIndex`) and the attached files (`Catalogue`)."""

from __future__ import annotations

import gc
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from journal import crypto
from journal.crypto import KdfParams
from journal.errors import VaultLocked
from journal.model import Entry
from journal.vault import documents
from journal.vault.backup import write_backup
from journal.vault.catalogue import Catalogue
from journal.vault.chain import Chain
from journal.vault.chunks import delete_chunks
from journal.vault.files_api import AttachmentFiles
from journal.vault.header import authenticate
from journal.vault.index import EntryIndex, EntryListing
from journal.vault.integrity import VerifyReport, check_binding, unlock_problems, verify_file
from journal.vault.link_index import Item, drop_pages, write_page
from journal.vault.migration import after_unlock
from journal.vault.overlap import while_deriving
from journal.vault.records import RecordKeys
from journal.vault.scan import Rows, read_records, scan_records
from journal.vault.secrets_api import SecretSlots
from journal.vault.storage import FileLock, Store
from journal.vault.wrapping import Slot, derive_seed, kdf_from_header, open_slot, slot_public

Progress = Callable[[int, int], None]  # (rows done, rows in all)


class Vault(AttachmentFiles, SecretSlots):
    """An open journal. Use `create_vault` / `open_vault`; usable as a context manager."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: FileLock,
        header: dict[str, Any],
        header_text: str,
    ):
        self.path = path
        self._store = Store(conn, lock)
        self._header = header
        self._header_text = header_text
        self._vault_id = crypto.b64d(header["vault_id"])
        self._keys: RecordKeys | None = None
        # The seed of a secret used to unlock, held only for a version-1 key slot (upgraded
        # journals): re-keying needs it to seal the new key for that secret.
        self._seeds: dict[Slot, bytearray] = {}
        self._rekeying = threading.RLock()  # held by `rekey` while its transaction is open
        self._reset_model()

    # ----------------------------------------------------------------- lifecycle

    def _reset_model(self) -> None:
        self._chain = Chain()
        self._index = EntryIndex()
        self._files = Catalogue()
        self._problems: list[str] = []
        self._link_pages: dict[int, list[Item]] = {}  # link index pages to write (`_load`)

    def _install_key(self, vault_key: bytearray, rows: Rows | None = None) -> None:
        if self._keys is not None:
            self._keys.wipe()
        self._keys = RecordKeys(vault_key, self._vault_id)
        try:
            self._load(rows)
        except BaseException:
            self.lock()
            raise

    def _load(self, rows: Rows | None = None) -> None:
        # Building tens of thousands of small objects makes the cyclic garbage collector scan
        # the growing heap again and again (about a quarter of the unlock time at 10,000
        # entries). Nothing here makes cycles, so it waits until the model is built; then the
        # model (with everything older) is frozen out of later collections, so the first
        # search or edit does not pay that scan instead. `lock()` unfreezes.
        collecting = gc.isenabled()
        gc.disable()
        try:
            scan = scan_records(self._store.conn, self._unlocked(), rows=rows)
            check_binding(scan, self._header)
            self._reset_model()
            problems = list(scan.problems)
            problems += self._index.load(scan.links)
            problems += self._files.load(scan.links, self._index.deleted)
            problems += self._chain.load(scan.links, scan.head)
            problems += unlock_problems(scan, self._header, problems)
            self._problems = problems
            self._link_pages = scan.index_pages
        finally:
            gc.freeze()
            if collecting:
                gc.enable()

    def _begin_chain(self) -> None:
        """Write the empty chain's authenticated head (a new journal)."""
        with self._store.transaction() as cur:
            self._chain.append(cur, self._unlocked(), [])

    def _unlocked(self) -> RecordKeys:
        self._store.require_open()
        if self._keys is None:
            raise VaultLocked()
        return self._keys

    @property
    def is_locked(self) -> bool:
        """Return True when no key is held (after `lock()` or `close()`)."""
        return self._keys is None

    @property
    def problems(self) -> list[str]:
        """Return damaged or inconsistent records noticed so far: when the vault was unlocked
        and in the entries built since (see `every_problem` before deciding on them)."""
        self._unlocked()
        return self._problems + self._index.problems

    def every_problem(self) -> list[str]:
        """Build and check every entry not read yet, then return `problems`: all that unlocking
        reported when it built every entry (for a decision: restore, upgrade, settings)."""
        self.build_entries()
        return self.problems

    @property
    def kdf(self) -> KdfParams:
        """Return the Argon2id parameters protecting the passphrase."""
        return kdf_from_header(self._header)

    def lock(self) -> None:
        """Zero the keys and drop every decrypted entry; `unlock()` opens it again.

        A file still being stored or a re-key (see `busy`) is cancelled first: nothing of
        it is kept."""
        self.cancel_import()
        if self._keys is not None:
            self._keys.wipe()
        self._keys = None
        for seed in self._seeds.values():
            crypto.wipe(seed)
        self._seeds = {}
        self._reset_model()
        gc.unfreeze()  # the dropped model is freed by reference counting; the rest is collectable

    def unlock(self, passphrase: str) -> None:
        """Unlock again with the passphrase after `lock()`."""
        self._unlock_slot("passphrase", passphrase)

    def unlock_with_recovery(self, code: str) -> None:
        """Unlock again with the recovery code after `lock()`."""
        self._unlock_slot("recovery", code)

    def _unlock_slot(self, slot: Slot, secret: str) -> None:
        """Unwrap the vault key with a secret, check the header's MAC, load, and upgrade a
        version-1 journal (see `migration`)."""
        self._store.require_open()
        conn = self._store.conn
        # The records are read while Argon2id works (see `overlap`); the key opens them after.
        seed, rows = while_deriving(
            lambda: derive_seed(self._header, slot, secret), lambda: read_records(conn)
        )
        self._unlock_seed(slot, seed, rows)

    def _unlock_seed(self, slot: Slot, seed: bytearray, rows: Rows | None = None) -> None:
        """Go on unlocking with a secret's derived seed (wiped here) and the records read."""
        header = self._header
        try:
            vault_key = open_slot(header, slot, seed)
            try:
                authenticate(header, vault_key)
            except BaseException:
                crypto.wipe(vault_key)
                raise
            self._install_key(vault_key, rows)
            if slot_public(header, slot) is None:
                self._seeds[slot] = bytearray(seed)
        finally:
            crypto.wipe(seed)
        after_unlock(self)

    def close(self) -> None:
        """Lock, close the file and release it for other windows."""
        if self._store.closed:
            return
        self.lock()
        self._store.close()

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
        return self._store.busy

    def cancel_import(self) -> bool:
        """Cancel the file being stored or the re-key running, if any, at once: its
        transaction is rolled back before this returns, so a draft can be saved right after
        (before locking); the `add_attachment` call then raises `ImportCancelled` as soon as
        it resumes (`rekey`: `RekeyCancelled`). Returns True if one was cancelled."""
        threaded = self._store.job is not None and self._store.job.threaded
        cancelled = self._store.cancel_import()
        if threaded:
            with self._rekeying:  # the re-key rolls back at its next row, then lets go
                pass
        return cancelled

    # ------------------------------------------------------------------ entries

    def add_entry(self, entry: Entry) -> Entry:
        """Save a new entry durably; returns it with its id, revision 1 and recording time."""
        return self.add_entries([entry])[0]

    def add_entries(self, entries: Iterable[Entry]) -> list[Entry]:
        """Save several new entries in one transaction (for imports)."""
        self._unlocked()
        items = list(entries)
        for item in items:
            if not isinstance(item, Entry):
                raise ValueError("add_entries takes Entry objects.")
        specs = [("rev", secrets.token_hex(8), 1, item) for item in items]
        with self._store.transaction() as cur:
            links = self._chain.append(cur, self._unlocked(), specs)
        self._chain.commit(links)
        saved = []
        for link, item in zip(links, items, strict=True):
            stored = item.with_meta(
                id=link.entry, revision=1, recorded_at=datetime.fromisoformat(link.at)
            )
            self._index.put(link.entry, [stored])
            saved.append(stored)
        return saved

    def amend_entry(self, entry_id: str, entry: Entry) -> Entry:
        """Append a new revision of an entry; every earlier revision is kept."""
        self._unlocked()
        if not isinstance(entry, Entry):
            raise ValueError("amend_entry takes an Entry.")
        revs = self._index.existing(entry_id)
        rev = revs[-1].revision + 1
        with self._store.transaction() as cur:
            links = self._chain.append(cur, self._unlocked(), [("rev", entry_id, rev, entry)])
        self._chain.commit(links)
        stored = entry.with_meta(
            id=entry_id, revision=rev, recorded_at=datetime.fromisoformat(links[0].at)
        )
        self._index.put(entry_id, [*revs, stored])
        return stored

    def delete_entry(self, entry_id: str) -> None:
        """Remove an entry's content (every revision); a tombstone stays in the chain."""
        self._unlocked()
        self._index.existing(entry_id)
        own = self._chain.with_content(lambda link: link.entry == entry_id)
        files = [self._files.get(key) for key in self._files.ids_of_entry(entry_id)]
        with self._store.transaction() as cur:
            keys = self._unlocked()
            self._chain.scrub(cur, keys, own)
            drop_pages(cur, keys, [link.seq for link in own])  # they name these records
            for attachment, count in files:  # their details were scrubbed above
                delete_chunks(cur, keys, attachment.id, count)
            links = self._chain.append(cur, keys, [("del", entry_id, 0, None)])
        self._chain.forget(own)
        self._link_pages = {}  # what unlocking read is out of date: written next time
        for attachment, _count in files:
            self._files.remove(attachment.id)
        self._chain.commit(links)
        self._index.remove(entry_id)
        self._store.checkpoint()

    def refresh_link_index(self, limit: int | None = None) -> int:
        """Write up to `limit` (default all) pages of the link index that were missing or out
        of date when the journal was unlocked, so the next unlock reads every unchanged record
        from it (see `link_index`); returns how many are left. Never when a problem was found
        (the file is left as it is, for a backup or an advocate)."""
        pages = self._link_pages
        if not pages or self.is_locked or self.busy or self.problems:
            return 0
        for page in list(pages)[:limit]:
            with self._store.transaction() as cur:
                write_page(cur, self._unlocked(), page, pages[page])
            del pages[page]
        return len(pages)

    def get_entry(self, entry_id: str) -> Entry:
        """Return the current revision of an entry; `EntryNotFound` if there is none."""
        self._unlocked()
        return self._index.existing(entry_id)[-1]

    def entries(self) -> list[Entry]:
        """Return the current revision of every entry, ordered by when it happened."""
        self._unlocked()
        return self._index.entries()

    def listing(self) -> EntryListing:
        """Return the entries in time order, each built and checked when first read (a list
        shows a few); one found damaged then reads as None and joins `problems`."""
        self._unlocked()
        return self._index.listing()

    def build_entries(self, limit: int | None = None) -> int:
        """Build and check up to `limit` (default all) entries not read yet; returns how many
        are left (the app builds them in slices after unlocking, see `EntryIndex`)."""
        self._unlocked()
        collecting = gc.isenabled()
        gc.disable()  # as in `_load`: no cycles here, and the new entries are kept
        left = -1
        try:
            left = self._index.build(limit)
            return left
        finally:
            if left == 0:
                gc.freeze()  # the whole model, out of later collections (see `_load`)
            if collecting:
                gc.enable()

    def behaviours_used(self) -> set[str]:
        """Return every behaviour named by the entries built so far (all of them once
        `build_entries` has none left)."""
        self._unlocked()
        return self._index.behaviours()

    def __len__(self) -> int:
        return len(self._index)

    def history(self, entry_id: str) -> list[Entry]:
        """Return every revision of an entry, oldest first."""
        self._unlocked()
        return list(self._index.existing(entry_id))

    def search(self, text: str) -> list[Entry]:
        """Return entries whose text fields contain `text` (case-insensitive), in time order."""
        self._unlocked()
        return self._index.search(text)

    def prepare_search(self) -> None:
        """Build the search text now (e.g. while idle after unlocking) instead of on demand."""
        self._unlocked()
        self._index.search_index()

    # ------------------------------------------------------- drafts, documents

    def save_draft(self, entry: Entry) -> None:
        """Store the editor's unsaved entry encrypted (replacing any earlier draft)."""
        documents.save_draft(self._store, self._unlocked(), entry)

    def load_draft(self) -> Entry | None:
        """Return the saved draft, or None; `VaultCorrupted` if it is damaged."""
        return documents.load_draft(self._store, self._unlocked())

    def clear_draft(self) -> None:
        """Remove the saved draft (its bytes are overwritten: secure_delete is on)."""
        documents.clear_draft(self._store, self._unlocked())

    def save_document(self, name: str, data: Any) -> None:
        """Store a named JSON document encrypted (safety plan, contacts, settings), as a link
        of the hash chain; `VaultError` when it is larger than 4 MB."""
        documents.save_document(self._store, self._unlocked(), self._chain, name, data)

    def load_document(self, name: str, default: Any = None) -> Any:
        """Return a named document, or `default` when it was never saved."""
        return documents.load_document(self._store, self._unlocked(), name, default)

    # ------------------------------------------------------- backup, integrity

    def backup(self, dest: str | os.PathLike[str]) -> None:
        """Write a consistent, still encrypted copy of the journal to `dest` (0600).

        Uses SQLite's backup API into a new file beside `dest`, which then replaces `dest`;
        refuses the journal's own file. Raises `VaultError` when the copy cannot be written.
        """
        self._store.require_idle()  # mid-import the copy would hold a half-stored file
        write_backup(self._store.conn, self.path, dest)

    def verify(self) -> VerifyReport:
        """Re-read the file and check every record, the hash chain and its head."""
        self._unlocked()
        self._store.require_idle()  # mid-import it would see the file's parts without their link
        return verify_file(self._store, self._unlocked, self._chain)

    @property
    def chain_head(self) -> str:
        """Return the hex SHA-256 of the latest chain link (what an export is bound to)."""
        self._unlocked()
        return self._chain.head
