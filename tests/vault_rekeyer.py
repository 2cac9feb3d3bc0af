"""Helper for the re-key kill test: open a journal and change its passphrase back and forth.

Usage: python tests/vault_rekeyer.py VAULT_PATH PASSPHRASE OTHER_PASSPHRASE

Prints "open", then "start" right before each re-key (so the parent can kill it mid-way).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal.vault import KdfParams, WrongPassphrase, open_vault


def main() -> None:
    path, first, second = sys.argv[1:4]
    try:
        vault = open_vault(path, first)
        current, other = first, second
    except WrongPassphrase:
        vault = open_vault(path, second)
        current, other = second, first
    print("open", flush=True)
    while True:
        print("start", flush=True)
        vault.change_passphrase(other, kdf=KdfParams.FLOOR)
        current, other = other, current
        print(f"done {current}", flush=True)


if __name__ == "__main__":
    main()
