"""Attachment content in the records table: chunk ids and associated data, and streaming a
file's chunks in (inside the caller's transaction), out, away, and checking them."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from journal import attachments as _att
from journal.attachments import CHUNK_SIZE, Attachment
from journal.errors import VaultCorrupted, VaultError
from journal.i18n import translate
from journal.vault.records import KIND_CHUNK, RecordKeys

# Returns the keys while the vault is unlocked, else raises `VaultLocked` (checked before
# every chunk: reading or storing a file runs other code between chunks).
KeysGetter = Callable[[], RecordKeys]


def chunk_id(keys: RecordKeys, attachment_id: str, index: int) -> bytes:
    """Return the row id of chunk `index` of an attachment."""
    return keys.chunk_id(f"chunk:{attachment_id}:{index}")


def chunk_ad(
    keys: RecordKeys, record_id: bytes, attachment_id: str, index: int, final: bool
) -> bytes:
    """Return a chunk's associated data: its row, attachment, place, and whether it is last."""
    return (
        keys.ad(record_id, KIND_CHUNK)
        + b"|"
        + attachment_id.encode()
        + struct.pack(">QB", index, 1 if final else 0)
    )


def read_source(stream: BinaryIO) -> bytes:
    """Read the next chunk of a file being stored; `VaultError` if it cannot be read."""
    try:
        return _att.read_chunk(stream)
    except OSError as exc:
        message = translate("Vault", "The file could not be read ({reason}).")
        raise VaultError(message.format(reason=exc.strerror or exc)) from exc


@dataclass
class Stored:
    """What `write_chunks` stored: the file's size, SHA-256 (hex) and number of chunks."""

    size: int
    sha256: str
    chunks: int


def write_chunks(
    cur: sqlite3.Cursor,
    keys: KeysGetter,
    attachment_id: str,
    stream: BinaryIO,
    *,
    before_write: Callable[[], None],
    first: Callable[[bytes], None],
) -> Stored:
    """Stream `stream` into chunk records in the caller's transaction (a read ahead of one
    chunk tells which is the last). `first` sees the first chunk; `before_write` runs right
    before every write, after reading the source (which may run other code)."""
    digest = hashlib.sha256()
    size = count = 0
    current = read_source(stream)
    first(current)
    while True:
        following = read_source(stream) if len(current) == CHUNK_SIZE else b""
        final = not following
        before_write()
        unlocked = keys()
        record_id = chunk_id(unlocked, attachment_id, count)
        plain = _att.pad_final(current) if final else current
        ad = chunk_ad(unlocked, record_id, attachment_id, count, final)
        cur.execute(
            "INSERT INTO records (id, blob) VALUES (?, ?)",
            (record_id, unlocked.seal_raw(plain, ad)),
        )
        digest.update(current)
        size += len(current)
        count += 1
        if final:
            break
        current = following
    return Stored(size=size, sha256=digest.hexdigest(), chunks=count)


def read_chunks(
    fetch: Callable[[bytes], bytes | None], keys: KeysGetter, attachment: Attachment, count: int
) -> Iterator[bytes]:
    """Yield an attachment's bytes chunk by chunk; `VaultCorrupted` (while iterating) if any
    piece is missing, changed, moved or the whole does not match its size and SHA-256."""
    damaged = translate("Vault", "The attachment “{name}” is damaged and cannot be read.").format(
        name=attachment.filename
    )
    digest = hashlib.sha256()
    size = 0
    for index in range(count):
        final = index == count - 1
        record_id = chunk_id(keys(), attachment.id, index)
        blob = fetch(record_id)
        if blob is None:
            raise VaultCorrupted(_missing_part(attachment))
        unlocked = keys()
        try:
            plain = unlocked.open_raw(
                blob, chunk_ad(unlocked, record_id, attachment.id, index, final)
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


def _missing_part(attachment: Attachment) -> str:
    """Return the problem of an attachment whose chunks are not all in the file."""
    message = translate("Vault", "Part of the attachment “{name}” is missing.")
    return message.format(name=attachment.filename)


def delete_chunks(cur: sqlite3.Cursor, keys: RecordKeys, attachment_id: str, count: int) -> None:
    """Delete an attachment's chunks in the caller's transaction (secure_delete overwrites)."""
    for index in range(count):
        cur.execute("DELETE FROM records WHERE id = ?", (chunk_id(keys, attachment_id, index),))


def verify_chunks(
    fetch: Callable[[bytes], bytes | None],
    keys: KeysGetter,
    live: Iterable[tuple[Attachment, int]],
    found: set[bytes],
    problems: list[str],
) -> int:
    """Check every live attachment's chunks decrypt in order and that no chunk in `found` (the
    chunk ids in the file) is left over; adds to `problems`, returns the attachments seen."""
    expected: set[bytes] = set()
    seen = 0
    for attachment, count in live:
        seen += 1
        ids = {chunk_id(keys(), attachment.id, index) for index in range(count)}
        expected |= ids
        if not ids <= found:
            problems.append(_missing_part(attachment))
            continue
        try:  # decrypt every piece (streamed): a changed or moved chunk is found here
            for _data in read_chunks(fetch, keys, attachment, count):
                pass
        except VaultCorrupted as exc:
            problems.append(exc.message)
    extra = len(found - expected)
    if extra:
        problems.append(
            translate(
                "Vault",
                "Attachment parts that belong to no attachment (removed content was put back, "
                "or parts were added): %n.",
                None,
                extra,
            )
        )
    return seen
