"""Helper for the kill test: open a vault and add entries forever, printing each saved id.

Usage: python tests/vault_writer.py VAULT_PATH PASSPHRASE

An id is printed (and stdout flushed) only after `add_entry` has returned, so every
printed id is an acknowledged save that must survive the process being killed.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal.model import Entry
from journal.vault import open_vault


def main() -> None:
    path, passphrase = sys.argv[1], sys.argv[2]
    vault = open_vault(path, passphrase)
    print("open", flush=True)
    start = datetime(2024, 1, 1, 12, 0)
    n = 0
    while True:
        n += 1
        if n % 5 == 0:
            # Several entries in one transaction, too.
            saved = vault.add_entries(
                [
                    Entry(kind="tension", occurred_start=start, what_happened=f"batch {n}.{i}")
                    for i in range(3)
                ]
            )
            ids = [entry.id for entry in saved]
        else:
            entry = Entry(
                kind="incident",
                occurred_start=start + timedelta(minutes=n),
                what_happened=f"entry {n} " + "x" * (n * 37 % 900),
            )
            ids = [vault.add_entry(entry).id]
        if n % 7 == 0 and ids[0]:
            vault.amend_entry(
                ids[0], Entry(kind="incident", occurred_start=start, what_happened=f"amended {n}")
            )
        sys.stdout.write("".join(f"{entry_id}\n" for entry_id in ids))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
