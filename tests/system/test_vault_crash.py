"""Crash safety: a writer killed at random moments never loses an acknowledged save."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal.vault import KdfParams, create_vault, open_vault
from tests.conftest import PASSPHRASE

WRITER = Path(__file__).resolve().parents[1] / "vault_writer.py"
ROUNDS = 30


def start_writer(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(path), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=WRITER.parent.parent,
    )


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_sigkill_during_saves_loses_no_acknowledged_entry(vault_path: Path) -> None:
    created, _ = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    created.close()
    rng = random.Random(os.urandom(8))
    acknowledged: list[str] = []
    deadline = time.monotonic() + 60
    for round_no in range(ROUNDS):
        proc = start_writer(vault_path)
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline()
            if first != "open\n":
                proc.wait(timeout=10)
                pytest.fail(f"round {round_no}: writer did not open: {proc.stderr.read()}")
            for _ in range(rng.randint(1, 15)):
                line = proc.stdout.readline()
                if not line:
                    break
                acknowledged.append(line.strip())
            if rng.random() < 0.5:  # land the kill at a random point of the next save
                time.sleep(rng.uniform(0, 0.004))
            proc.send_signal(signal.SIGKILL)
            rest, err = proc.communicate(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL, err
        # Whatever was printed before the kill was acknowledged too.
        acknowledged.extend(line.strip() for line in rest.splitlines() if line.strip())
        assert time.monotonic() < deadline, "the kill loop is far too slow"

    assert len(acknowledged) >= ROUNDS
    assert len(set(acknowledged)) == len(acknowledged)
    with open_vault(vault_path, PASSPHRASE) as vault:
        for entry_id in acknowledged:
            assert vault.get_entry(entry_id).id == entry_id
        report = vault.verify()
        assert report.ok, report.problems
        assert vault.problems == []
        assert len(vault) >= len(acknowledged)
        assert report.entries == len(vault)
        # The journal is still writable after all those crashes.
        vault.add_entry(vault.get_entry(acknowledged[0]))
        assert vault.verify().ok
