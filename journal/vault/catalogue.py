"""The attached files in memory: each live attachment's details (from its chain link) and
its number of chunks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from journal.attachments import CHUNK_SIZE, Attachment, AttachmentNotFound
from journal.errors import VaultCorrupted
from journal.i18n import translate
from journal.vault.chain import Link


def _damaged(link: Link) -> str:
    """Return the problem of an "att" link whose details cannot be read."""
    return translate("Vault", "Attachment record {seq} is damaged.").format(seq=link.seq)


def attachment_from_link(link: Link) -> tuple[Attachment, int]:
    """Return the attachment an "att" link describes and its chunk count; `VaultCorrupted`."""
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
        raise VaultCorrupted(_damaged(link)) from exc
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
        raise VaultCorrupted(_damaged(link))
    return attachment, chunks


def live_attachments(
    links: list[Link], deleted: set[str], removed: set[str | None], problems: list[str]
) -> Iterator[tuple[Attachment, int]]:
    """Yield every attachment neither removed nor of a deleted entry, in chain order; a
    damaged one is added to `problems` when it is reached (so problems keep chain order)."""
    for link in links:
        if link.op != "att" or link.attachment is None or link.content is None:
            continue
        if link.entry in deleted or link.attachment in removed:
            continue
        try:
            yield attachment_from_link(link)
        except VaultCorrupted as exc:
            problems.append(exc.message)


class Catalogue:
    """Live attachments by id, each with its number of chunks."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[Attachment, int]] = {}

    def load(self, links: list[Link], deleted: set[str]) -> list[str]:
        """Build the catalogue from the chain's links; returns the damaged details found."""
        problems: list[str] = []
        removed = {link.attachment for link in links if link.op == "att-del"}
        self._items = {
            attachment.id: (attachment, count)
            for attachment, count in live_attachments(links, deleted, removed, problems)
        }
        return problems

    def get(self, attachment_id: str) -> tuple[Attachment, int]:
        """Return an attachment and its chunk count; `AttachmentNotFound` if there is none."""
        found = self._items.get(attachment_id) if isinstance(attachment_id, str) else None
        if found is None:
            raise AttachmentNotFound()
        return found

    def of_entry(self, entry_id: str) -> list[Attachment]:
        """Return an entry's attachments, oldest first."""
        found = [att for att, _n in self._items.values() if att.entry_id == entry_id]
        return sorted(found, key=lambda att: (att.added_at, att.id))

    def ids_of_entry(self, entry_id: str) -> list[str]:
        """Return the ids of an entry's attachments."""
        return [key for key, (att, _n) in self._items.items() if att.entry_id == entry_id]

    def add(self, attachment: Attachment, count: int) -> None:
        """Record a newly stored attachment."""
        self._items[attachment.id] = (attachment, count)

    def remove(self, attachment_id: str) -> None:
        """Forget a removed attachment."""
        del self._items[attachment_id]

    def counts(self) -> dict[str, int]:
        """Return every live attachment's id and number of chunks."""
        return {key: count for key, (_att, count) in self._items.items()}
