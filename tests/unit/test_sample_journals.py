"""The sample journals in tests/data (format versions 1 and 2) open and hold exactly their
recorded content; a version-1 copy is upgraded to version 2 on its first unlock.

These files are a compatibility contract (see tests/data/README.md): never regenerate them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from journal.vault import Vault, open_vault, open_vault_with_recovery

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = sorted(p.stem for p in DATA.glob("v*.rcv"))


def _expected(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.expected.json").read_text("utf-8"))


@pytest.fixture(params=SAMPLES)
def sample(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """Return a private copy of one sample journal and its expected content."""
    name = request.param
    copy = tmp_path / "journal" / f"{name}.rcv"
    copy.parent.mkdir(mode=0o700)
    shutil.copyfile(DATA / f"{name}.rcv", copy)
    copy.chmod(0o600)
    return copy, _expected(name)


def _check(vault: Vault, expected: dict[str, Any]) -> None:
    entries = vault.entries()
    assert [e.id for e in entries] == [e["id"] for e in expected["entries"]]
    for entry, want in zip(entries, expected["entries"], strict=True):
        assert entry.content() == want["content"]
        assert entry.revision == want["revision"]
        assert (entry.recorded_at.isoformat() if entry.recorded_at else None) == want["recorded_at"]
        assert [rev.content() for rev in vault.history(entry.id or "")] == want["history"]
    live = {e.id for e in entries}
    assert not live & set(expected["deleted_entry_ids"])
    amended = vault.history(expected["amended_entry_id"])
    assert len(amended) == 2 and amended[0].content() != amended[1].content()
    found = {a.id: a for e in entries for a in vault.attachments(e.id or "")}
    assert set(found) == set(expected["attachments"])
    for att_id, meta in expected["attachments"].items():
        att = found[att_id]
        assert (att.entry_id, att.filename, att.size, att.sha256) == (
            meta["entry_id"],
            meta["filename"],
            meta["size"],
            meta["sha256"],
        )
        assert (att.media_type, att.has_location) == (meta["media_type"], meta["has_location"])
        digest = hashlib.sha256()
        for chunk in vault.read_attachment(att_id):
            digest.update(chunk)
        assert digest.hexdigest() == expected["attachment_sha256"][att_id] == meta["sha256"]
    assert expected["removed_attachment_id"] not in found
    draft = vault.load_draft()
    assert (draft.content() if draft else None) == expected["draft"]
    for name, data in expected["documents"].items():
        assert vault.load_document(name) == data
    report = vault.verify()
    assert report.ok, report.problems


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(json.loads(conn.execute("SELECT data FROM header").fetchone()[0])["version"])
    finally:
        conn.close()


def test_sample_opens_with_passphrase(sample: tuple[Path, dict[str, Any]]) -> None:
    path, expected = sample
    assert _version(path) == expected["format_version"]
    with open_vault(path, expected["passphrase"]) as vault:
        _check(vault, expected)
        assert vault.problems == []
    assert _version(path) == 2  # version 1 was upgraded in place
    assert not path.with_name(path.name + ".v1-backup").exists()
    with open_vault(path, expected["passphrase"]) as vault:  # and opens again, upgraded
        _check(vault, expected)


def test_sample_opens_with_recovery_code(sample: tuple[Path, dict[str, Any]]) -> None:
    path, expected = sample
    with open_vault_with_recovery(path, expected["recovery_code"]) as vault:
        _check(vault, expected)


def test_sample_files_are_the_committed_ones() -> None:
    """The samples exist and nobody regenerated or rewrote them (their bytes are pinned here)."""
    digests = {
        name: hashlib.sha256((DATA / f"{name}.rcv").read_bytes()).hexdigest() for name in SAMPLES
    }
    assert digests == {
        "v1-full": "e2141dac2c872b975ebce38f9338beff744b58ff4f1588901200960eddacec98",
        "v1-rotated": "0a93ac4941f5ea1f24fefa54d13ba49eb26fe71d8a36b71c794b4d3ea4549748",
        "v2-full": "6e67f68d29ea5c89bd57f74228d21df7b95bb2f6887bd53942dc4364c4b56c88",
        "v2-rotated": "6e88af1b7b3ad0076aa392140347db7ace70596e816ca9d48bf3f1f915fbf9bf",
    }
