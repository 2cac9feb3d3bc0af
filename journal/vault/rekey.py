"""Re-keying: a new random vault key, every record and attachment chunk re-encrypted under it
(new row ids) and the header rewritten, all in one SQLite transaction; then the WAL is
checkpointed and the file vacuumed so no old wrap or old ciphertext stays in it."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from journal import crypto
from journal.crypto import KdfParams
from journal.errors import RekeyCancelled, VaultError
from journal.i18n import translate
from journal.vault.chunks import chunk_ad, chunk_id
from journal.vault.header import dump_header, new_recovery, seal_header
from journal.vault.records import KIND_DOC, KIND_DRAFT, KIND_HEAD, KIND_LOG, RecordKeys
from journal.vault.storage import DB_ERRORS
from journal.vault.wrapping import (
    Slot,
    new_kdf_field,
    passphrase_seed,
    public_from_seed,
    slot_public,
    wrap_slot,
)

if TYPE_CHECKING:
    import sqlite3

    from journal.vault.core import Vault

Progress = Callable[[int, int], None]


def _public(vault: Vault, slot: Slot) -> bytes | None:
    """Return the public key the new vault key is sealed to for an unchanged secret."""
    public = slot_public(vault._header, slot)
    if public is None and slot in vault._seeds:
        public = public_from_seed(vault._seeds[slot])
    return public


def _new_header(
    vault: Vault,
    vault_key: bytearray,
    new_passphrase: str | None,
    new_code: bool,
    kdf: KdfParams | None,
) -> tuple[dict[str, Any], str | None]:
    """Return the header for `vault_key` and the new recovery code, if one is made."""
    header = {k: v for k, v in vault._header.items() if k not in ("mac", "check")}
    header["version"] = 2
    code: str | None = None
    if new_passphrase is not None:
        new_kdf_field(header, kdf or KdfParams.calibrate())
        seed = passphrase_seed(header, new_passphrase)
        try:
            pass_public = public_from_seed(seed)
        finally:
            crypto.wipe(seed)
    else:
        found = _public(vault, "passphrase")
        if found is None:
            raise VaultError(translate("Vault", "Please choose a new passphrase first."))
        pass_public = found
    recovery_public = None if new_code else _public(vault, "recovery")
    if recovery_public is None:
        code, rseed = new_recovery(header)
        try:
            recovery_public = public_from_seed(rseed)
        finally:
            crypto.wipe(rseed)
    wrap_slot(header, "passphrase", vault_key, pass_public)
    wrap_slot(header, "recovery", vault_key, recovery_public)
    seal_header(header, vault_key)
    return header, code


def rekey(
    vault: Vault,
    *,
    new_passphrase: str | None = None,
    new_recovery: bool = False,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str | None:
    """Re-key `vault` (see the module docstring). `new_passphrase`: set it (KDF parameters
    `kdf`, or freshly calibrated; never the header's). `new_recovery`: make a new recovery
    code (also made when the current one cannot be kept: `needs_new_recovery_code`).
    `progress(done, total)` after each row; `cancelled()` before each row, and `lock()`,
    `close()` or `cancel_import()` from another thread, roll everything back:
    `RekeyCancelled`. Returns the new recovery code, or None. May run on a worker thread."""
    if new_passphrase is not None:
        crypto.normalize_passphrase(new_passphrase)  # clear ValueError when empty
    old = vault._unlocked()
    store = vault._store
    store.require_idle()
    if kdf is not None:
        kdf.check()
    # Entries not built yet may still be sealed in their records under the old key (read
    # through the link index): build them now, so none needs the old records afterwards.
    vault._index.build()
    new_key = bytearray(secrets.token_bytes(crypto.KEY_BYTES))
    header, code = _new_header(vault, new_key, new_passphrase, new_recovery, kdf)
    text = dump_header(header)
    new = RecordKeys(bytearray(new_key), vault._vault_id)
    crypto.wipe(new_key)
    moved: dict[bytes, bytes] = {}
    try:
        with vault._rekeying, store.importing(threaded=True) as job:

            def step() -> None:
                if job.cancelled or store.closed or (cancelled is not None and cancelled()):
                    raise RekeyCancelled()

            with store.transaction(job) as cur:
                _reencrypt(vault, cur, old, new, moved, step, progress)
                step()
                cur.execute("UPDATE header SET data = ? WHERE id = 1", (text,))
    except BaseException:
        new.wipe()
        raise
    old.wipe()
    vault._keys = new
    vault._header, vault._header_text = header, text
    for seed in vault._seeds.values():
        crypto.wipe(seed)
    vault._seeds = {}
    for link in vault._chain.links:
        link.record_id = moved.get(link.record_id, link.record_id)
    vault._link_pages = {}  # every row changed; the link index was dropped with them
    _scrub_file(store.conn)
    return code


def _reencrypt(
    vault: Vault,
    cur: sqlite3.Cursor,
    old: RecordKeys,
    new: RecordKeys,
    moved: dict[bytes, bytes],
    step: Callable[[], None],
    progress: Progress | None,
) -> None:
    """Re-encrypt every row of the records table under `new` in the caller's transaction;
    rows that do not decrypt (damaged, or parts of removed files) are dropped."""
    chunks: dict[bytes, tuple[str, int, bool]] = {}
    for attachment_id, count in vault._files.counts().items():
        for index in range(count):
            chunks[chunk_id(old, attachment_id, index)] = (attachment_id, index, index == count - 1)
    ids = [row[0] for row in cur.execute("SELECT id FROM records").fetchall()]
    head_id, draft_id = old.named_id("head"), old.named_id("draft")
    total = len(ids)
    for done, record_id in enumerate(ids, 1):
        step()
        row = cur.execute("SELECT blob FROM records WHERE id = ?", (record_id,)).fetchone()
        cur.execute("DELETE FROM records WHERE id = ?", (record_id,))
        blob = row[0] if row is not None else None
        if isinstance(record_id, bytes) and isinstance(blob, bytes):
            new_row = _convert(old, new, record_id, blob, head_id, draft_id, chunks)
            if new_row is not None:
                cur.execute("INSERT INTO records (id, blob) VALUES (?, ?)", new_row)
                moved[record_id] = new_row[0]
        if progress is not None:
            progress(done, total)


def _convert(
    old: RecordKeys,
    new: RecordKeys,
    record_id: bytes,
    blob: bytes,
    head_id: bytes,
    draft_id: bytes,
    chunks: dict[bytes, tuple[str, int, bool]],
) -> tuple[bytes, bytes] | None:
    """Return one row re-encrypted under `new` (id, blob), or None when it does not decrypt."""
    try:
        if record_id in chunks:
            attachment_id, index, final = chunks[record_id]
            plain = old.open_raw(blob, chunk_ad(old, record_id, attachment_id, index, final))
            new_id = chunk_id(new, attachment_id, index)
            return new_id, new.seal_raw(plain, chunk_ad(new, new_id, attachment_id, index, final))
        if record_id == head_id:
            new_id = new.named_id("head")
            return new_id, new.seal(new_id, KIND_HEAD, old.unseal(record_id, KIND_HEAD, blob))
        if record_id == draft_id:
            new_id = new.named_id("draft")
            return new_id, new.seal(new_id, KIND_DRAFT, old.unseal(record_id, KIND_DRAFT, blob))
    except VaultError:
        return None
    with contextlib.suppress(VaultError):
        data = old.unseal(record_id, KIND_LOG, blob)
        new_id = new.new_record_id()
        return new_id, new.seal(new_id, KIND_LOG, data)
    with contextlib.suppress(VaultError):
        doc = old.unseal(record_id, KIND_DOC, blob)
        if isinstance(doc, dict) and old.named_id("doc:" + str(doc.get("name"))) == record_id:
            new_id = new.named_id("doc:" + str(doc.get("name")))
            return new_id, new.seal(new_id, KIND_DOC, doc)
    return None


def _scrub_file(conn: sqlite3.Connection) -> None:
    """Checkpoint the WAL, VACUUM and checkpoint again, so the old header and ciphertext are
    gone from the file and its WAL (best effort: the re-key is committed already)."""
    with contextlib.suppress(*DB_ERRORS):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
