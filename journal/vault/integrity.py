"""`verify()`: re-reading the whole file and checking every record, the hash chain, its head
and every attachment's chunks, into one report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from journal.errors import VaultCorrupted
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.vault.catalogue import live_attachments
from journal.vault.chain import GENESIS, HEAD_FORMAT, Chain
from journal.vault.chain_check import check_chain, check_documents
from journal.vault.chunks import KeysGetter, verify_chunks
from journal.vault.scan import Scan, scan_records
from journal.vault.schema import check_schema
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
    check_schema(store.conn)
    scan = scan_records(store.conn, keys(), chunks=True)
    check = check_chain(scan.links, scan.head, scan.head_damaged, known)
    problems = [*scan.problems, *check.problems, *check_documents(scan.links, scan.docs)]
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


MISMATCH = QT_TRANSLATE_NOOP(
    "Vault",
    "This journal's header does not belong to its records (an old copy of the header may "
    "have been put back). Your passphrase may be right: try your recovery code or a backup.",
)


def check_binding(scan: Scan, header: dict[str, Any]) -> None:
    """Refuse a header that does not belong to the records (`VaultCorrupted`): its key finds
    no chain head among them, or a version-1 header sits on a version-2 file."""
    opens_nothing = not scan.links and not scan.docs and scan.draft_blob is None
    if scan.head is None and not scan.head_damaged and scan.rows and opens_nothing:
        raise VaultCorrupted(translate("Vault", MISMATCH))
    if header.get("version") == 1 and scan.head is not None and "format" in scan.head:
        raise VaultCorrupted(translate("Vault", MISMATCH))


def unlock_problems(scan: Scan, header: dict[str, Any], found: list[str]) -> list[str]:
    """Return the checks unlocking adds to what loading found: the chain (links, head, but
    not every content digest: `verify()` does those) and, from version 2, the documents
    against their links."""
    if header.get("version") == 1:
        return []
    check = check_chain(scan.links, scan.head, scan.head_damaged, Chain(), digests=False)
    problems = [p for p in check.problems if p not in found]
    if scan.head is not None and scan.head.get("format") != HEAD_FORMAT:
        problems.append(
            translate("Vault", "The chain head is older than the journal's format (rolled back).")
        )
    return problems + check_documents(scan.links, scan.docs)
