"""Shared fixtures: headless Qt, fast (floor) KDF parameters, temporary vaults."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.vault import KdfParams, Vault, create_vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Return where a test vault lives (its folder does not exist yet)."""
    return tmp_path / "journal" / "journal.rcv"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """Return a new, unlocked vault using the KDF floor parameters (fast, still Argon2id)."""
    created, _code = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    yield created
    created.close()
