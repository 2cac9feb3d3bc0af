"""Crash safety of re-keying: SIGKILL at random moments while a journal with attachments is
re-keyed; every time it opens with the old or the new passphrase and nothing is lost."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from journal.model import Entry
from journal.vault import KdfParams, WrongPassphrase, create_vault, open_vault
from tests.conftest import PASSPHRASE

REKEYER = Path(__file__).resolve().parents[1] / "vault_rekeyer.py"
OTHER = "the other passphrase for this test"
ROUNDS = 20


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_sigkill_during_rekey_keeps_old_or_new_and_loses_nothing(
    vault_path: Path, tmp_path: Path
) -> None:
    vault, _code = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    files: dict[str, str] = {}
    with vault:
        for n in range(30):
            saved = vault.add_entry(
                Entry(kind="incident", occurred_start=datetime(2025, 1, 1), what_happened=f"e{n}")
            )
            if n % 10 == 0:
                source = tmp_path / f"file{n}.bin"
                source.write_bytes(os.urandom(2 * 1024 * 1024 + n))
                att = vault.add_attachment(saved.id or "", source)
                files[att.id] = hashlib.sha256(source.read_bytes()).hexdigest()
        vault.save_document("safety_plan", {"step": 1})
        entries = {e.id: e.content() for e in vault.entries()}
    rng = random.Random(os.urandom(8))
    kills = 0
    for _round in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, str(REKEYER), str(vault_path), PASSPHRASE, OTHER],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REKEYER.parent.parent,
        )  # fmt: skip
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline() == "open\n", proc.stderr.read() if proc.stderr else ""
            assert proc.stdout.readline() == "start\n"
            time.sleep(rng.uniform(0, 0.25))  # somewhere inside (or just after) the re-key
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=30)
            kills += proc.returncode == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        try:
            reopened = open_vault(vault_path, PASSPHRASE)
        except WrongPassphrase:
            reopened = open_vault(vault_path, OTHER)
        with reopened:
            assert {e.id: e.content() for e in reopened.entries()} == entries
            for att_id, digest in files.items():
                data = b"".join(reopened.read_attachment(att_id))
                assert hashlib.sha256(data).hexdigest() == digest
            assert reopened.load_document("safety_plan") == {"step": 1}
            report = reopened.verify()
            assert report.ok, report.problems
            assert reopened.problems == []
    assert kills >= ROUNDS // 2
