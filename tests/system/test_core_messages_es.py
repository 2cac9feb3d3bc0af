"""The core's messages read in Spanish under a Spanish catalog, and stay English without one.

Errors are translated when they are raised, in the language in force on that thread: the
interface's catalog, or the one a block runs under with `journal.i18n.using`. Real vaults
(Argon2id at the floor), real damage to the file, the real `.qm` built from `i18n/es/core.ts`.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from journal.attachments import AttachmentNotFound, format_size, location_note
from journal.display import format_recorded
from journal.drawing.catalogs import QtCatalog, catalog
from journal.errors import VaultCorrupted, VaultLocked, WrongPassphrase
from journal.i18n import Language, using
from journal.strength import assess
from journal.vault import KdfParams, create_vault, open_vault, open_vault_with_recovery
from tests.conftest import PASSPHRASE

WRONG_ES = "Esa frase de contraseña no abre este diario."
WRONG_EN = "That passphrase does not open this journal."
DAMAGED_FILE_ES = "El archivo del diario está dañado y no se puede abrir."
DAMAGED_FILE_EN = "The journal file is damaged and cannot be opened."
DAMAGED_HEADER_ES = "El encabezado del diario está dañado."
DAMAGED_HEADER_EN = "The journal header is damaged."


@pytest.fixture
def spanish(qapp: object) -> QtCatalog:
    """Return the Spanish catalog (built by `make translations`)."""
    return catalog(Language.SPANISH)


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, str]:
    """Return a closed journal (one entry-free chain) and its recovery code."""
    path = tmp_path / "journal.rcv"
    created, code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    created.close()
    return path, code


def _update(path: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def test_a_wrong_passphrase_is_told_in_spanish(
    spanish: QtCatalog, journal: tuple[Path, str]
) -> None:
    path, _code = journal
    with using(spanish), pytest.raises(WrongPassphrase) as caught:
        open_vault(path, "not the right words at all")
    assert caught.value.message == WRONG_ES
    assert str(caught.value) == WRONG_ES
    with pytest.raises(WrongPassphrase) as english:  # no catalog on this thread: English
        open_vault(path, "not the right words at all")
    assert english.value.message == WRONG_EN


def test_a_wrong_recovery_code_and_an_empty_passphrase_in_spanish(
    spanish: QtCatalog, journal: tuple[Path, str]
) -> None:
    path, code = journal
    other = code.replace(code[0], "1" if code[0] != "1" else "2", 1)
    with using(spanish):
        with pytest.raises(WrongPassphrase) as wrong_code:
            open_vault_with_recovery(path, other)
        with pytest.raises(WrongPassphrase) as malformed:
            open_vault_with_recovery(path, "ABCD")
        with pytest.raises(WrongPassphrase) as empty:
            open_vault(path, "")
    assert wrong_code.value.message == "Ese código de recuperación no abre este diario."
    assert malformed.value.message == (
        "Un código de recuperación tiene 32 letras y números, en 8 grupos de 4."
    )
    assert empty.value.message == "Escribe tu frase de contraseña, por favor."


def test_a_damaged_file_is_told_in_spanish(
    spanish: QtCatalog, journal: tuple[Path, str], tmp_path: Path
) -> None:
    path, _code = journal
    data = path.read_bytes()
    halved = tmp_path / "halved.rcv"
    halved.write_bytes(data[: len(data) // 2])
    with using(spanish), pytest.raises(VaultCorrupted) as caught:
        open_vault(halved, PASSPHRASE)
    assert caught.value.message == DAMAGED_FILE_ES
    with pytest.raises(VaultCorrupted) as english:
        open_vault(halved, PASSPHRASE)
    assert english.value.message == DAMAGED_FILE_EN


def test_a_damaged_header_is_told_in_spanish(
    spanish: QtCatalog, journal: tuple[Path, str], tmp_path: Path
) -> None:
    path, _code = journal
    changed = tmp_path / "header.rcv"
    shutil.copy(path, changed)
    _update(changed, "UPDATE header SET data = 'not a header' WHERE id = 1")
    with using(spanish), pytest.raises(VaultCorrupted) as caught:
        open_vault(changed, PASSPHRASE)
    assert caught.value.message == DAMAGED_HEADER_ES
    with pytest.raises(VaultCorrupted) as english:
        open_vault(changed, PASSPHRASE)
    assert english.value.message == DAMAGED_HEADER_EN


def test_problems_found_at_unlock_are_listed_in_spanish(
    spanish: QtCatalog, journal: tuple[Path, str], tmp_path: Path
) -> None:
    path, _code = journal
    damaged = tmp_path / "record.rcv"
    shutil.copy(path, damaged)
    _update(damaged, "UPDATE records SET blob = ?", os.urandom(80))  # the chain head record
    with using(spanish), open_vault(damaged, PASSPHRASE) as opened:
        assert opened.problems == ["El registro principal de la cadena está dañado."]
    with open_vault(damaged, PASSPHRASE) as opened:
        assert opened.problems == ["The chain head record is damaged."]


def test_default_messages_follow_the_language_of_the_moment(spanish: QtCatalog) -> None:
    with using(spanish):
        assert VaultLocked().message == "El diario está bloqueado."
        assert str(AttachmentNotFound()) == (
            "Ese archivo adjunto no existe (puede que se haya quitado)."
        )
    assert VaultLocked().message == "The journal is locked."
    assert VaultLocked.default_message == "The journal is locked."  # the English source


def test_strength_sizes_and_dates_in_spanish(spanish: QtCatalog) -> None:
    with using(spanish):
        short = assess("short")
        strong = assess("river candle orbit meadow puzzle lantern")
        assert (short.label, short.hint) == ("Muy corta", "Usa al menos 10 caracteres.")
        assert strong.label == "Muy fuerte"
        assert format_size(1536) == f"{spanish.format_number(1.5, 1)} KB"  # QLocale's mark
        assert (format_size(1), format_size(1000)) == ("1 byte", "1000 bytes")
        assert location_note().startswith("Esta foto tiene datos de ubicación (GPS).")
        assert format_recorded(None) == "aún sin guardar"
        assert "2024" in format_recorded(dt.datetime(2024, 3, 5, 14, 30, tzinfo=dt.UTC))
    english = assess("short")
    assert (english.label, english.hint) == ("Too short", "Use at least 10 characters.")
    assert format_size(1536) == "1.5 KB"
    assert (format_size(1), format_size(1000)) == ("1 byte", "1000 bytes")
    assert location_note().startswith("This photo contains location data (GPS).")
