"""The project's one canonical JSON encoding and its one private-file writer."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from journal import private_files
from journal.canonical import canonical_json
from journal.export.data import record_digest
from journal.vault import content_digest


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_canonical_json_is_sorted_compact_utf8() -> None:
    data = {"b": [1, 2.5, None], "a": "é ß \u2019", "c": {"z": True, "y": "x"}}
    expected = '{"a":"é ß \u2019","b":[1,2.5,null],"c":{"y":"x","z":true}}'.encode()
    assert canonical_json(data) == expected


def test_vault_and_export_hash_the_same_canonical_form() -> None:
    content = {"what_happened": "Él dijo «nada»", "kind": "incident", "tags": ["a"]}
    digest = hashlib.sha256(canonical_json(content)).hexdigest()
    assert content_digest(content) == digest
    assert record_digest({**content, "sha256": "ignored"}) == digest


def test_replacing_writes_whole_file_0600_or_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    target.chmod(0o644)
    with private_files.replacing(target) as partial:
        assert partial.parent == tmp_path and partial.name.startswith(".out.bin.")
        assert mode(partial) == 0o600 and partial.read_bytes() == b""
        partial.write_bytes(b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600
    with pytest.raises(RuntimeError), private_files.replacing(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]  # no partial left


def test_writing_streams_into_a_0600_file_or_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "copy.bin"
    with private_files.writing(target) as handle:
        handle.write(b"abc")
    assert target.read_bytes() == b"abc" and mode(target) == 0o600
    missing = tmp_path / "nope" / "x.bin"
    with pytest.raises(FileNotFoundError), private_files.writing(missing):
        pass
    with pytest.raises(ValueError), private_files.writing(tmp_path / "bad.bin") as handle:
        handle.write(b"part")
        raise ValueError("damaged source")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.bin"]


def test_create_new_never_reuses_a_file(tmp_path: Path) -> None:
    path = tmp_path / "f"
    private_files.create_new(path)
    assert mode(path) == 0o600 and path.read_bytes() == b""
    path.write_bytes(b"keep")
    with pytest.raises(FileExistsError):
        private_files.create_new(path)
    assert path.read_bytes() == b"keep"


def test_make_dirs_makes_every_new_folder_private(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    private_files.make_dirs(shared / "a" / "b")
    assert mode(shared) == 0o755  # an existing folder is left as it is
    assert mode(shared / "a") == 0o700 and mode(shared / "a" / "b") == 0o700
    with pytest.raises(FileExistsError):
        private_files.make_dir(shared / "a")
