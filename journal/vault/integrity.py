"""`verify()`: re-reading the whole file and checking every record, the hash chain, its head
and every attachment's chunks, into one report."""

from __future__ import annotations

from dataclasses import dataclass, field

from journal.vault.catalogue import live_attachments
from journal.vault.chain import GENESIS, Chain, check_chain
from journal.vault.chunks import KeysGetter, verify_chunks
from journal.vault.scan import scan_records
from journal.vault.storage import Store


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


def verify_file(store: Store, keys: KeysGetter, known: Chain) -> VerifyReport:
    """Re-read every record of `store` and check it against itself and the `known` chain."""
    scan = scan_records(store.conn, keys(), chunks=True)
    check = check_chain(scan.links, scan.head, scan.head_damaged, known)
    problems = [*scan.problems, *check.problems]
    # Damaged attachment details are added to `problems` as the generator reaches them.
    live = live_attachments(scan.links, check.deleted, check.removed, problems)
    count = verify_chunks(store.fetch, keys, live, scan.chunk_ids, problems)
    return VerifyReport(
        ok=not problems,
        problems=problems,
        entries=check.entries,
        revisions=check.revisions,
        head=check.head,
        attachments=count,
        removed_attachments=len(check.removed),
    )
