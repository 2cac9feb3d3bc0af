"""The encrypted, hash-chained, crash-safe journal file (format: docs/VAULT_FORMAT.md).

One vault is one SQLite file with two tables: `header` (one row of JSON: format version,
vault id, KDF parameters and the vault key wrapped twice) and `records` (random id +
AES-256-GCM ciphertext). Nothing else is stored in clear: no dates, kinds or titles.

This package's public API is what is imported here; its modules each do one job:
`opening` (create and open), `core` (the `Vault` class), `storage` (SQLite file, lock,
transactions), `header` (header and key wrapping), `records` (record encryption and ids),
`scan` (reading every record), `chain` (the hash chain and its check), `index` (entries in
memory and search), `catalogue` (attachments in memory), `chunks` (attachment content),
`documents` (draft and named documents) and `backup`.
"""

from journal.attachments import CHUNK_SIZE, Attachment, AttachmentNotFound
from journal.crypto import KdfParams
from journal.errors import (
    EntryNotFound,
    HeaderChanged,
    ImportCancelled,
    RekeyCancelled,
    UnsupportedVault,
    VaultBusy,
    VaultCorrupted,
    VaultError,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
)
from journal.vault.chain import GENESIS, content_digest
from journal.vault.core import Vault
from journal.vault.index import EntryListing
from journal.vault.integrity import VerifyReport
from journal.vault.opening import (
    create_vault,
    header_fingerprint,
    is_vault_file,
    open_vault,
    open_vault_with_recovery,
    vault_identity,
)
from journal.vault.storage import FileLock

__all__ = [
    "CHUNK_SIZE",
    "GENESIS",
    "Attachment",
    "AttachmentNotFound",
    "EntryListing",
    "EntryNotFound",
    "FileLock",
    "HeaderChanged",
    "ImportCancelled",
    "KdfParams",
    "RekeyCancelled",
    "UnsupportedVault",
    "Vault",
    "VaultBusy",
    "VaultCorrupted",
    "VaultError",
    "VaultInUse",
    "VaultLocked",
    "VerifyReport",
    "WrongPassphrase",
    "content_digest",
    "create_vault",
    "header_fingerprint",
    "is_vault_file",
    "open_vault",
    "open_vault_with_recovery",
    "vault_identity",
]
