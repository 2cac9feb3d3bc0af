"""Shared fixtures: headless Qt, fast (floor) KDF parameters, temporary vaults."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.vault import KdfParams, Vault, create_vault

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[1]


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop at once, saying why, if a translation catalog is not built: without it the tests
    that switch language would wait on a message box instead of failing."""
    missing = [
        f"resources/i18n/reality_check_{folder.name}.qm"
        for folder in sorted((ROOT / "i18n").iterdir())
        if folder.is_dir()
        and not (ROOT / "resources/i18n" / f"reality_check_{folder.name}.qm").exists()
    ]
    if missing:
        pytest.exit(
            f"not built: {', '.join(missing)}. Run `make translations` (`make test` does it).",
            returncode=2,
        )


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
