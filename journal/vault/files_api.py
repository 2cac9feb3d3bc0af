"""The attached-file half of `Vault`'s public API: store, list, read and remove files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from journal.attachments import Attachment
from journal.vault.catalogue import Catalogue, attachment_from_link
from journal.vault.chain import Chain
from journal.vault.chunks import delete_chunks, read_chunks
from journal.vault.importing import store_file
from journal.vault.index import EntryIndex
from journal.vault.records import RecordKeys
from journal.vault.storage import Store


class AttachmentFiles:
    """Mixin of `Vault`: attachments, stored as encrypted chunks plus one chain link each."""

    _store: Store
    _chain: Chain
    _index: EntryIndex
    _files: Catalogue

    def _unlocked(self) -> RecordKeys:
        raise NotImplementedError

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
        self._unlocked()
        self._index.existing(entry_id)
        self._store.require_idle()
        with self._store.importing() as job:
            link = store_file(
                self._store,
                self._chain,
                self._unlocked,
                job,
                source,
                filename,
                entry_id=entry_id,
                entry_exists=lambda: self._index.existing(entry_id),
            )
            self._chain.commit([link])
            attachment, chunks = attachment_from_link(link)
            self._files.add(attachment, chunks)
            return attachment

    def attachments(self, entry_id: str) -> list[Attachment]:
        """Return an entry's attachments, oldest first (empty for unknown or deleted entries)."""
        self._unlocked()
        return self._files.of_entry(entry_id)

    def attachment(self, attachment_id: str) -> Attachment:
        """Return one attachment's metadata; `AttachmentNotFound` if there is none."""
        self._unlocked()
        return self._files.get(attachment_id)[0]

    def read_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """Return an iterator of the attachment's bytes in chunks; `VaultCorrupted` (while
        iterating) if any piece is missing, changed, moved or the whole does not match."""
        self._unlocked()
        attachment, count = self._files.get(attachment_id)
        return read_chunks(self._store.fetch, self._unlocked, attachment, count)

    def remove_attachment(self, attachment_id: str) -> None:
        """Remove an attachment's content and name; a tombstone stays in the chain."""
        self._unlocked()
        attachment, count = self._files.get(attachment_id)
        own = self._chain.with_content(lambda link: link.attachment == attachment_id)
        with self._store.transaction() as cur:
            keys = self._unlocked()
            self._chain.scrub(cur, keys, own)
            delete_chunks(cur, keys, attachment_id, count)
            links = self._chain.append(
                cur, keys, [("att-del", attachment.entry_id, 0, None)], attachment=attachment_id
            )
        self._chain.forget(own)
        self._chain.commit(links)
        self._files.remove(attachment_id)
        self._store.checkpoint()
