"""Running a script of the app's start in a fresh interpreter on a new journal (offscreen, its
own settings folders) and reading the JSON report it prints last."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from journal.model import Entry
from journal.vault import KdfParams, create_vault

ROOT = Path(__file__).resolve().parents[2]


def run_on_new_journal(
    script: str,
    tmp_path: Path,
    passphrase: str,
    *args: str,
    entries: Sequence[Entry] = (),
) -> dict[str, Any]:
    """Create a journal in `tmp_path` (with `entries`), run `script` with its path and `args`
    as arguments, return the report (the last line of its output, JSON); fail with its error
    output if it failed."""
    journal = tmp_path / "journal.rcv"
    vault, _code = create_vault(journal, passphrase, kdf=KdfParams.FLOOR)
    vault.add_entries(entries)
    vault.close()
    return run_script(script, tmp_path, str(journal), *args)


def run_script(script: str, tmp_path: Path, *args: str) -> dict[str, Any]:
    """Run `script` with `args` in a fresh interpreter (offscreen, its settings and data
    folders in `tmp_path`), return the report (the last line of its output, JSON); fail with
    its error output if it failed."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report
