"""Remove a plaintext export's partial file left behind when the app was killed mid-export.

An export writes a hidden partial file beside the chosen file (".<name>.<8 hex>.part", see
`journal.private_files.partial_path`) and renames it when done. Before anything is collected,
`record` stores the chosen path in the journal's encrypted "pending exports" document (so the
export's chain head already includes that link, and nothing is written to the journal after
it). At the next unlock `remove_leftovers` removes any partial file of a recorded export that
is still there (after a finished or cleaned-up export there is none) and empties the list.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

from journal.vault import Vault

PENDING_DOCUMENT = "pending exports"


def _recorded(vault: Vault) -> list[str]:
    data = vault.load_document(PENDING_DOCUMENT, [])
    if not isinstance(data, list):
        return []
    return [item for item in data if isinstance(item, str)]


def record(vault: Vault, target: Path) -> None:
    """Note that an export to `target` is about to write plaintext beside it."""
    paths = _recorded(vault)
    text = os.fspath(target)
    if text not in paths:
        paths.append(text)
        vault.save_document(PENDING_DOCUMENT, paths)


def leftovers(target: Path) -> list[Path]:
    """Return the partial files of exports to `target` still beside it (regular files only)."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.part$")
    found: list[Path] = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    for name in names:
        path = target.parent / name
        if not pattern.match(name):
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(path).st_mode):  # never a folder or a link
                found.append(path)
    return found


def remove_leftovers(vault: Vault) -> list[Path]:
    """Remove the partial files of exports interrupted earlier; return those removed.

    The list is then emptied, so a file that cannot be removed is not tried again."""
    paths = _recorded(vault)
    if not paths:
        return []
    removed: list[Path] = []
    for text in paths:
        for path in leftovers(Path(text)):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    vault.save_document(PENDING_DOCUMENT, [])
    return removed
