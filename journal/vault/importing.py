"""Storing one new attached file: reading the source into chunks and writing its chain link,
all in one transaction that a lock, close or cancel can end at any chunk."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from journal import attachments as _att
from journal.attachments import open_regular_file
from journal.errors import ImportCancelled, VaultError
from journal.i18n import translate
from journal.vault.chain import Chain, Link
from journal.vault.chunks import KeysGetter, write_chunks
from journal.vault.storage import ImportJob, Store

Source = str | os.PathLike[str] | BinaryIO


def open_source(
    stack: contextlib.ExitStack, source: Source, filename: str | None
) -> tuple[BinaryIO, str]:
    """Return the file to store (a path is opened, and closed with `stack`) and its name."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        stream: BinaryIO = stack.enter_context(open_regular_file(path))
        return stream, filename or path.name
    return source, filename or str(getattr(source, "name", "") or "")


def store_file(
    store: Store,
    chain: Chain,
    keys: KeysGetter,
    job: ImportJob,
    source: Source,
    filename: str | None,
    *,
    entry_id: str,
    entry_exists: Callable[[], object],
) -> Link:
    """Store `source` as a new attachment of `entry_id` within `job`; returns its "att" link,
    written but not yet taken by `chain` (the caller commits it).

    Reading the source may run other code (a progress callback handling window events), so
    before every write this checks the job was not cancelled and its transaction is still
    open: `ImportCancelled` or `VaultError`, with nothing of the file kept."""

    def still_ours() -> None:
        """Raise unless this import's transaction is still open: checked right before
        every write, after anything that may have run other code (reading the source)."""
        if job.cancelled or store.closed:
            raise ImportCancelled()
        if not store.in_transaction:
            raise VaultError(
                translate(
                    "Vault",
                    "The file was not added: storing it was interrupted. Please add it again.",
                )
            )

    location: bool | None = None  # whether the image carries a GPS position

    def look_at_first(data: bytes) -> None:
        nonlocal location
        if location is None:  # not seekable: look at the first chunk only
            location = _att.has_location_bytes(data)

    with contextlib.ExitStack() as stack:
        stream, name = open_source(stack, source, filename)
        name = _att.safe_filename(name)
        location = _att.has_location_stream(stream)
        if job.cancelled:
            raise ImportCancelled()
        entry_exists()  # `EntryNotFound` if deleted while the file was being looked at
        attachment_id = secrets.token_hex(16)
        with store.transaction(job) as cur:
            stored = write_chunks(
                cur, keys, attachment_id, stream, before_write=still_ours, first=look_at_first
            )
            meta = {
                "filename": name,
                "size": stored.size,
                "sha256": stored.sha256,
                "chunks": stored.chunks,
                "media_type": _att.guess_media_type(name),
                "has_location": bool(location),
            }
            still_ours()
            links = chain.append(
                cur, keys(), [("att", entry_id, 0, meta)], attachment=attachment_id
            )
    return links[0]
