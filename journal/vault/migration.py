"""Upgrading a version-1 journal to version 2 on its first unlock, crash-safe: a verified
encrypted backup copy first, then one transaction, then a full `verify()`, and only then the
backup is removed."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from journal import crypto
from journal.errors import VaultError
from journal.i18n import translate
from journal.vault.backup import write_backup
from journal.vault.chain import content_digest
from journal.vault.header import VERSION, dump_header, parse_header, seal_header
from journal.vault.scan import scan_records
from journal.vault.schema import read_checked_header
from journal.vault.wrapping import public_from_seed, wrap_slot

if TYPE_CHECKING:
    from journal.vault.core import Vault

BACKUP_SUFFIX = ".v1-backup"


def backup_path(path: Path) -> Path:
    """Return where the copy of a version-1 journal is kept while it is upgraded."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def after_unlock(vault: Vault) -> None:
    """Upgrade a version-1 journal just unlocked; remove a backup left by an upgrade that was
    interrupted after it committed, once the journal verifies."""
    spare = backup_path(vault.path)
    if vault._header.get("version") == 1:
        upgrade(vault)
    elif spare.exists() and _sound(vault):
        with contextlib.suppress(OSError):
            spare.unlink()


def _sound(vault: Vault) -> bool:
    """Return True when every entry builds and nothing is wrong, and the file verifies."""
    return not vault.every_problem() and vault.verify().ok


def upgrade(vault: Vault) -> None:
    """Upgrade the unlocked version-1 `vault` in place (see the module docstring)."""
    store, keys = vault._store, vault._unlocked()
    spare = backup_path(vault.path)
    store.require_idle()
    write_backup(store.conn, vault.path, spare)
    try:
        copied = read_checked_header(spare)
    except VaultError:
        with contextlib.suppress(OSError):
            spare.unlink()
        raise
    if copied != vault._header_text:
        spare.unlink()
        raise VaultError(
            translate("Vault", "The journal could not be upgraded (its backup copy did not check).")
        )
    header = dict(vault._header)
    header["version"] = VERSION
    for slot, seed in list(vault._seeds.items()):  # the secret used to unlock: version-2 form
        wrap_slot(header, slot, keys.vault_key, public_from_seed(seed))
        crypto.wipe(vault._seeds.pop(slot))
    seal_header(header, keys.vault_key)
    parse_header(dump_header(header))
    scan = scan_records(store.conn, keys)
    docs = [
        ("doc", str(payload["name"]), 0, content_digest(payload))
        for payload in sorted(scan.docs.values(), key=lambda doc: str(doc["name"]))
    ]
    text = dump_header(header)
    with store.transaction() as cur:
        cur.execute("UPDATE header SET data = ? WHERE id = 1", (text,))
        links = vault._chain.append(cur, keys, docs)
    vault._chain.commit(links)
    vault._header, vault._header_text = header, text
    store.checkpoint()
    vault._load()
    if _sound(vault):  # every entry checked, as unlocking once did, before the backup goes
        with contextlib.suppress(OSError):
            spare.unlink()
    else:
        vault._problems.append(
            translate(
                "Vault",
                "This journal was upgraded to a new file format; a copy of it as it was before is "
                "kept beside it as “{name}” because the upgraded journal shows problems.",
            ).format(name=spare.name)
        )
