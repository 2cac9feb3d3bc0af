"""Remember a plaintext export's partial file while it is written, to remove it after a crash.

Right before an export writes its hidden partial file (".<name>.<random>.part" beside the
chosen file), its path is stored in the journal's encrypted "pending exports" document; it is
cleared once the export finished or its partial file was removed. If the app was killed in
between, the next unlock removes the leftover file (`remove_leftovers`).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

from journal.vault import Vault

PENDING_DOCUMENT = "pending exports"
_PARTIAL_NAME = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")


def _recorded(vault: Vault) -> list[str]:
    data = vault.load_document(PENDING_DOCUMENT, [])
    if not isinstance(data, list):
        return []
    return [item for item in data if isinstance(item, str)]


def record(vault: Vault, partial: Path) -> None:
    """Note that `partial` is about to hold plaintext (call right before writing it)."""
    paths = _recorded(vault)
    paths.append(os.fspath(partial))
    vault.save_document(PENDING_DOCUMENT, paths)


def clear(vault: Vault, partial: Path) -> None:
    """Forget `partial` once it was moved into place or removed."""
    paths = _recorded(vault)
    if os.fspath(partial) in paths:
        paths.remove(os.fspath(partial))
        vault.save_document(PENDING_DOCUMENT, paths)


def remove_leftovers(vault: Vault) -> list[Path]:
    """Remove the partial files of exports interrupted earlier; return those removed.

    Only a regular file whose name is an export's partial name is removed (never a folder or
    a link); the list is then emptied, so a file that cannot be removed is not tried again.
    """
    paths = _recorded(vault)
    if not paths:
        return []
    removed: list[Path] = []
    for text in paths:
        path = Path(text)
        if not _PARTIAL_NAME.match(path.name):
            continue
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):
                continue
        except OSError:
            continue  # already gone
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    vault.save_document(PENDING_DOCUMENT, [])
    return removed
