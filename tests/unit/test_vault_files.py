"""One writer at a time, and private files and folders on POSIX."""

from __future__ import annotations

import os
import stat
import sys
from datetime import datetime
from pathlib import Path

import pytest

from journal.model import Entry
from journal.vault import (
    KdfParams,
    VaultError,
    VaultInUse,
    create_vault,
    open_vault,
    open_vault_with_recovery,
)
from tests.conftest import PASSPHRASE

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def entry(text: str) -> Entry:
    return Entry(kind="incident", occurred_start=datetime(2024, 1, 1), what_happened=text)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


# ------------------------------------------------------------------ single instance


def test_second_open_is_refused_until_closed(vault_path: Path) -> None:
    first, code = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    saved = first.add_entry(entry("held open"))
    with pytest.raises(VaultInUse) as info:
        open_vault(vault_path, PASSPHRASE)
    assert "already open" in info.value.message
    with pytest.raises(VaultInUse):
        open_vault_with_recovery(vault_path, code)
    with pytest.raises(VaultInUse):
        open_vault(vault_path, "even with a wrong passphrase")
    # The refused attempts did not disturb the open vault.
    assert first.get_entry(saved.id or "") == saved
    first.add_entry(entry("still writable"))
    first.close()
    with open_vault(vault_path, PASSPHRASE) as second:
        assert len(second) == 2
        with pytest.raises(VaultInUse):
            open_vault(vault_path, PASSPHRASE)
    with open_vault(vault_path, PASSPHRASE) as third:
        assert third.verify().ok


def test_locked_vault_still_holds_the_file(vault_path: Path) -> None:
    first, _ = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    first.lock()
    with pytest.raises(VaultInUse):
        open_vault(vault_path, PASSPHRASE)
    first.close()
    open_vault(vault_path, PASSPHRASE).close()


def test_failed_open_releases_the_file(vault_path: Path) -> None:
    create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)[0].close()
    for _ in range(3):
        with pytest.raises(VaultError):
            open_vault(vault_path, "wrong")
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert vault.entries() == []


def test_vault_in_use_is_a_vault_error() -> None:
    assert issubclass(VaultInUse, VaultError)


# ------------------------------------------------------------------ permissions


@posix_only
def test_files_are_private(vault_path: Path) -> None:
    vault, _ = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with vault:
        vault.add_entry(entry("private"))
        vault.save_draft(entry("draft"))
        folder = vault_path.parent
        assert mode(folder) == 0o700
        present = list(folder.iterdir())
        names = {p.name for p in present}
        assert vault_path.name in names and lock_file(vault_path).name in names
        # -wal / -shm (WAL mode) are checked here, while they exist.
        for path in present:
            assert mode(path) == 0o600, (path.name, oct(mode(path)))
    for path in vault_path.parent.iterdir():
        assert mode(path) == 0o600, (path.name, oct(mode(path)))


@posix_only
def test_files_are_private_even_with_a_permissive_umask(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "journal.rcv"
    old = os.umask(0)
    try:
        vault, _ = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
        with vault:
            vault.add_entry(entry("private"))
            for item in path.parent.iterdir():
                assert mode(item) == 0o600, (item.name, oct(mode(item)))
        with open_vault(path, PASSPHRASE) as again:
            again.add_entry(entry("more"))
            for item in path.parent.iterdir():
                assert mode(item) == 0o600, (item.name, oct(mode(item)))
    finally:
        os.umask(old)
    # Every folder create_vault made is private, not only the innermost.
    assert mode(path.parent) == 0o700
    assert mode(path.parent.parent) == 0o700


@posix_only
def test_existing_folder_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    with create_vault(folder / "j.rcv", PASSPHRASE, kdf=KdfParams.FLOOR)[0]:
        pass
    assert mode(folder) == 0o755  # the user's own folder keeps its mode
    assert mode(folder / "j.rcv") == 0o600


@posix_only
@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_unwritable_folder_is_a_clear_vault_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        with pytest.raises(VaultError):
            create_vault(folder / "j.rcv", PASSPHRASE, kdf=KdfParams.FLOOR)
    finally:
        os.chmod(folder, 0o700)


def test_lock_file_is_removed_or_harmless_after_close(vault_path: Path) -> None:
    create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)[0].close()
    lock = lock_file(vault_path)
    if lock.exists():
        assert lock.read_bytes() == b""  # it never holds anything
