"""Attachments in a real vault: streamed 1 MiB chunks, bound in place, removable, never clear."""

from __future__ import annotations

import hashlib
import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from journal import attachments as att
from journal.attachments import CHUNK_SIZE, LOCATION_NOTE
from journal.errors import EntryNotFound, VaultCorrupted, VaultError, VaultLocked
from journal.model import Entry
from journal.vault import AttachmentNotFound, Vault, open_vault
from journal.vault.chunks import chunk_id
from tests.conftest import PASSPHRASE
from tests.gps_images import jpeg_with_exif

SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 5 * CHUNK_SIZE + 12345]


def content(size: int, seed: int = 0) -> bytes:
    """Return `size` pseudo-random bytes (incompressible, so nothing is hidden by luck)."""
    return random.Random(seed).randbytes(size)


def new_entry(vault: Vault, text: str = "An entry with files") -> str:
    saved = vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2025, 1, 5, 20, 0), what_happened=text)
    )
    assert saved.id is not None
    return saved.id


def read_all(vault: Vault, attachment_id: str) -> bytes:
    return b"".join(vault.read_attachment(attachment_id))


def chunk_ids(vault: Vault, attachment_id: str, count: int) -> list[bytes]:
    return [chunk_id(vault._unlocked(), attachment_id, index) for index in range(count)]


def chunk_count(size: int) -> int:
    return max(1, -(-size // CHUNK_SIZE))


def sql(path: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def blob_of(path: Path, record_id: bytes) -> bytes:
    rows = sql(path, "SELECT blob FROM records WHERE id = ?", record_id)
    assert len(rows) == 1
    value = rows[0][0]
    assert isinstance(value, bytes)
    return value


def set_blob(path: Path, record_id: bytes, blob: bytes) -> None:
    sql(path, "UPDATE records SET blob = ? WHERE id = ?", blob, record_id)


def record_count(path: Path) -> int:
    value = sql(path, "SELECT count(*) FROM records")[0][0]
    assert isinstance(value, int)
    return value


# ------------------------------------------------------------------ round trip


@pytest.mark.parametrize("size", SIZES, ids=[f"{s}B" for s in SIZES])
def test_round_trip_from_a_path(vault: Vault, tmp_path: Path, size: int) -> None:
    entry_id = new_entry(vault)
    data = content(size, seed=size)
    source = tmp_path / "evidence.bin"
    source.write_bytes(data)
    added = vault.add_attachment(entry_id, source)
    assert added.filename == "evidence.bin"
    assert added.size == size
    assert added.sha256 == hashlib.sha256(data).hexdigest()
    assert added.entry_id == entry_id
    assert added.media_type == "application/octet-stream"
    assert not added.has_location
    pieces = list(vault.read_attachment(added.id))
    assert b"".join(pieces) == data
    assert all(len(piece) <= CHUNK_SIZE for piece in pieces)
    assert len(pieces) == chunk_count(size)
    assert vault.attachment(added.id) == added
    assert vault.attachments(entry_id) == [added]
    assert vault.verify().ok


@pytest.mark.parametrize("size", [0, CHUNK_SIZE, 2 * CHUNK_SIZE + 7])
def test_round_trip_from_a_file_object_and_a_pipe(vault: Vault, size: int) -> None:
    entry_id = new_entry(vault)
    data = content(size, seed=7)
    from_buffer = vault.add_attachment(entry_id, io.BytesIO(data), filename="voice note.m4a")
    assert from_buffer.filename == "voice note.m4a"
    assert from_buffer.media_type.startswith("audio/")
    read_end, write_end = os.pipe()
    writer = subprocess.Popen(  # a pipe: not seekable, short reads
        [sys.executable, "-c", "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read())"],
        stdin=subprocess.PIPE,
        stdout=write_end,
    )
    os.close(write_end)
    assert writer.stdin is not None
    writer.stdin.write(data)
    writer.stdin.close()
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        from_pipe = vault.add_attachment(entry_id, pipe, filename="piped.bin")
    writer.wait(timeout=30)
    for added in (from_buffer, from_pipe):
        assert added.size == size
        assert added.sha256 == hashlib.sha256(data).hexdigest()
        assert read_all(vault, added.id) == data
    assert [a.id for a in vault.attachments(entry_id)] == [from_buffer.id, from_pipe.id]


def test_file_names_are_made_safe(vault: Vault) -> None:
    entry_id = new_entry(vault)
    names = {
        "../../etc/passwd": "passwd",
        "C:\\Users\\me\\photo.JPG": "photo.JPG",
        "bad\x00\x07name\n.txt": "badname.txt",
        "": "attachment",
        "..": "attachment",
        "x" * 500 + ".png": "x" * (att.MAX_FILENAME - 4) + ".png",
    }
    for given, expected in names.items():
        added = vault.add_attachment(entry_id, io.BytesIO(b"data"), filename=given)
        assert added.filename == expected
    assert vault.attachments(entry_id)[-1].media_type == "image/png"


def test_attachments_survive_close_and_reopen(vault: Vault, vault_path: Path) -> None:
    first = new_entry(vault, "first")
    second = new_entry(vault, "second")
    data_a, data_b = content(CHUNK_SIZE + 3, 1), content(10, 2)
    a = vault.add_attachment(first, io.BytesIO(data_a), filename="a.bin")
    b = vault.add_attachment(second, io.BytesIO(data_b), filename="b.txt")
    vault.close()
    with open_vault(vault_path, PASSPHRASE) as reopened:
        assert reopened.problems == []
        assert reopened.attachments(first) == [a]
        assert reopened.attachments(second) == [b]
        assert read_all(reopened, a.id) == data_a
        assert read_all(reopened, b.id) == data_b
        report = reopened.verify()
        assert report.ok, report.problems
        assert report.attachments == 2


def test_locked_vault_and_unknown_ids(vault: Vault) -> None:
    entry_id = new_entry(vault)
    added = vault.add_attachment(entry_id, io.BytesIO(b"abc"), filename="a.txt")
    with pytest.raises(EntryNotFound):
        vault.add_attachment("no-such-entry", io.BytesIO(b"abc"))
    with pytest.raises(AttachmentNotFound):
        vault.attachment("nope")
    with pytest.raises(AttachmentNotFound):
        vault.read_attachment("nope")
    assert vault.attachments("no-such-entry") == []
    with pytest.raises(VaultError, match="could not be read"):
        vault.add_attachment(entry_id, Path("/nonexistent/file.png"))
    stream = vault.read_attachment(added.id)
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.attachments(entry_id)
    with pytest.raises(VaultLocked):
        next(stream)  # a reader started before locking cannot continue after it
    vault.unlock(PASSPHRASE)
    assert read_all(vault, added.id) == b"abc"


def test_a_failing_source_adds_nothing(vault: Vault) -> None:
    entry_id = new_entry(vault)

    class Broken(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            self.calls += 1
            if self.calls > 3:
                raise OSError(5, "Input/output error")
            buffer[: len(buffer)] = b"x" * len(buffer)
            return len(buffer)

    before = record_count(vault.path)
    with pytest.raises(VaultError, match="could not be read"):
        vault.add_attachment(entry_id, io.BufferedReader(Broken()), filename="usb.mov")
    assert vault.attachments(entry_id) == []
    assert record_count(vault.path) == before
    assert vault.verify().ok


# -------------------------------------------------------------- tampering


@pytest.fixture
def two_files(vault: Vault, vault_path: Path) -> tuple[Path, dict[str, object]]:
    """A closed vault with a 3-chunk attachment (target) and an untouched one beside it."""
    entry_id = new_entry(vault)
    target_data = content(2 * CHUNK_SIZE + 100, 11)
    other_data = content(CHUNK_SIZE + 5, 12)
    target = vault.add_attachment(entry_id, io.BytesIO(target_data), filename="target.bin")
    other = vault.add_attachment(entry_id, io.BytesIO(other_data), filename="other.bin")
    info: dict[str, object] = {
        "entry": entry_id,
        "target": target.id,
        "other": other.id,
        "target_data": target_data,
        "other_data": other_data,
        "target_ids": chunk_ids(vault, target.id, 3),
        "other_ids": chunk_ids(vault, other.id, 2),
    }
    vault.close()
    return vault_path, info


def check_only_target_damaged(path: Path, info: dict[str, object]) -> None:
    with open_vault(path, PASSPHRASE) as reopened:
        assert reopened.problems == []  # opening never reads chunks: the journal opens fine
        assert len(reopened.entries()) == 1
        with pytest.raises(VaultCorrupted) as caught:
            read_all(reopened, str(info["target"]))
        assert "target.bin" in caught.value.message
        assert read_all(reopened, str(info["other"])) == info["other_data"]
        report = reopened.verify()
        assert not report.ok
        assert any("target.bin" in problem for problem in report.problems), report.problems
        assert not any("other.bin" in problem for problem in report.problems)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_a_flipped_byte_is_detected(two_files: tuple[Path, dict[str, object]], index: int) -> None:
    path, info = two_files
    record_id = info["target_ids"][index]  # type: ignore[index]
    blob = bytearray(blob_of(path, record_id))
    blob[len(blob) // 2] ^= 0x01
    set_blob(path, record_id, bytes(blob))
    check_only_target_damaged(path, info)


def test_swapped_chunks_are_detected(two_files: tuple[Path, dict[str, object]]) -> None:
    path, info = two_files
    first, second = info["target_ids"][:2]  # type: ignore[index]
    a, b = blob_of(path, first), blob_of(path, second)
    set_blob(path, first, b)
    set_blob(path, second, a)
    check_only_target_damaged(path, info)


def test_a_chunk_from_another_attachment_is_detected(
    two_files: tuple[Path, dict[str, object]],
) -> None:
    path, info = two_files
    stranger = blob_of(path, info["other_ids"][0])  # type: ignore[index]
    set_blob(path, info["target_ids"][0], stranger)  # type: ignore[index]
    check_only_target_damaged(path, info)


@pytest.mark.parametrize("index", [1, 2], ids=["middle", "last"])
def test_a_dropped_chunk_is_detected(two_files: tuple[Path, dict[str, object]], index: int) -> None:
    path, info = two_files
    sql(path, "DELETE FROM records WHERE id = ?", info["target_ids"][index])  # type: ignore[index]
    check_only_target_damaged(path, info)


def test_a_truncated_attachment_never_ends_quietly(
    two_files: tuple[Path, dict[str, object]],
) -> None:
    """The good pieces come first, then an error: never a shorter file that looks whole."""
    path, info = two_files
    ids = info["target_ids"]
    sql(path, "DELETE FROM records WHERE id = ?", ids[2])  # type: ignore[index]
    with open_vault(path, PASSPHRASE) as reopened:
        reader = reopened.read_attachment(str(info["target"]))
        assert next(reader) == info["target_data"][:CHUNK_SIZE]  # type: ignore[index]
        with pytest.raises(VaultCorrupted):
            list(reader)


def test_a_copied_back_removed_attachment_is_noticed(vault: Vault, vault_path: Path) -> None:
    entry_id = new_entry(vault)
    added = vault.add_attachment(entry_id, io.BytesIO(b"secret"), filename="gone.txt")
    record_id = chunk_ids(vault, added.id, 1)[0]
    saved = blob_of(vault_path, record_id)
    vault.remove_attachment(added.id)
    vault.close()
    sql(vault_path, "INSERT INTO records (id, blob) VALUES (?, ?)", record_id, saved)
    with open_vault(vault_path, PASSPHRASE) as reopened:
        assert reopened.attachments(entry_id) == []
        report = reopened.verify()
        assert not report.ok
        assert any("belong to no attachment" in p for p in report.problems)


# ------------------------------------------------------------------ removal


def test_remove_attachment_keeps_a_tombstone_and_the_chain(vault: Vault, vault_path: Path) -> None:
    entry_id = new_entry(vault)
    kept = vault.add_attachment(entry_id, io.BytesIO(b"keep me"), filename="keep.txt")
    data = content(2 * CHUNK_SIZE + 1, 3)
    gone = vault.add_attachment(entry_id, io.BytesIO(data), filename="Remove-Me-Name.bin")
    ids = chunk_ids(vault, gone.id, 3)
    before = vault.verify()
    vault.remove_attachment(gone.id)
    for record_id in ids:
        assert sql(vault_path, "SELECT 1 FROM records WHERE id = ?", record_id) == []
    with pytest.raises(AttachmentNotFound):
        vault.attachment(gone.id)
    with pytest.raises(AttachmentNotFound):
        vault.read_attachment(gone.id)
    with pytest.raises(AttachmentNotFound):
        vault.remove_attachment(gone.id)
    assert vault.attachments(entry_id) == [kept]
    report = vault.verify()
    assert report.ok, report.problems
    assert report.removed_attachments == 1
    assert report.attachments == 1
    assert report.head != before.head  # the removal is itself a link of the chain
    vault.close()
    with open_vault(vault_path, PASSPHRASE) as reopened:
        assert reopened.attachments(entry_id) == [kept]
        assert reopened.verify().ok
        # The name and hash went with the content: only the tombstone remains.
        tombstones = [link for link in reopened._chain.links if link.attachment == gone.id]
        assert [link.op for link in tombstones] == ["att", "att-del"]
        assert all(link.content is None for link in tombstones)


def test_delete_entry_removes_its_attachments(vault: Vault, vault_path: Path) -> None:
    doomed = new_entry(vault, "doomed")
    other = new_entry(vault, "other")
    a = vault.add_attachment(doomed, io.BytesIO(content(CHUNK_SIZE + 1, 4)), filename="a.bin")
    b = vault.add_attachment(other, io.BytesIO(b"stays"), filename="b.txt")
    ids = chunk_ids(vault, a.id, 2)
    vault.delete_entry(doomed)
    assert all(sql(vault_path, "SELECT 1 FROM records WHERE id = ?", i) == [] for i in ids)
    with pytest.raises(AttachmentNotFound):
        vault.attachment(a.id)
    assert vault.attachments(doomed) == []
    assert vault.attachments(other) == [b]
    assert vault.verify().ok
    vault.close()
    with open_vault(vault_path, PASSPHRASE) as reopened:
        assert reopened.attachments(doomed) == []
        assert read_all(reopened, b.id) == b"stays"
        report = reopened.verify()
        assert report.ok, report.problems
        assert report.attachments == 1


# ------------------------------------------------------------ nothing in clear


def test_a_canary_appears_nowhere_on_disk(vault: Vault, vault_path: Path) -> None:
    canary = b"Canary-Attachment-Okapi-4417"
    name = "Okapi-Filename-9921.txt"
    entry_id = new_entry(vault)
    small = canary * 3
    large = (canary + b"\n") * ((3 * CHUNK_SIZE) // (len(canary) + 1))
    vault.add_attachment(entry_id, io.BytesIO(small), filename=name)
    kept = vault.add_attachment(entry_id, io.BytesIO(large), filename="large.txt")
    digest = kept.sha256.encode()

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in vault_path.parent.iterdir() if p.is_file())

    while_open = on_disk()  # including the WAL while the journal is open
    vault.close()
    after = on_disk()
    for blob in (while_open, after):
        for needle in (canary, name.encode(), "Okapi-Filename".encode("utf-16-le"), digest):
            assert needle not in blob


# ------------------------------------------------------------------ location


def test_location_data_is_noticed_and_bytes_kept_unmodified(vault: Vault) -> None:
    entry_id = new_entry(vault)
    with_gps = jpeg_with_exif(gps=True, body=b"\x00" * 100)
    without = jpeg_with_exif(gps=False, body=b"\x00" * 100)
    tagged = vault.add_attachment(entry_id, io.BytesIO(with_gps), filename="IMG_0001.jpg")
    plain = vault.add_attachment(entry_id, io.BytesIO(without), filename="IMG_0002.jpg")
    assert tagged.has_location and tagged.is_image and tagged.media_type == "image/jpeg"
    assert not plain.has_location
    assert read_all(vault, tagged.id) == with_gps  # nothing stripped: it is evidence
    assert "location" in LOCATION_NOTE


def test_location_detection_in_a_pipe_and_never_raising() -> None:
    assert att.has_location_bytes(jpeg_with_exif(gps=True))
    assert not att.has_location_bytes(jpeg_with_exif(gps=False))
    assert att.has_location_stream(io.BytesIO(jpeg_with_exif(gps=True)))
    rng = random.Random(5)
    sample = jpeg_with_exif(gps=True)
    for _ in range(2000):
        mutated = bytearray(sample)
        for _ in range(rng.randint(1, 6)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        att.has_location_bytes(bytes(mutated[: rng.randint(0, len(mutated))]))
    for prefix in (b"\xff\xd8", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"RIFF\0\0\0\0WEBP"):
        for _ in range(200):
            att.has_location_bytes(prefix + rng.randbytes(rng.randint(0, 64)))


# ------------------------------------------------------------- saving a copy


def test_write_private_copy_is_0600_and_whole_or_nothing(vault: Vault, tmp_path: Path) -> None:
    entry_id = new_entry(vault)
    data = content(CHUNK_SIZE + 10, 8)
    added = vault.add_attachment(entry_id, io.BytesIO(data), filename="photo.bin")
    dest = tmp_path / "out" / "copy.bin"
    dest.parent.mkdir()
    assert att.write_private_copy(vault.read_attachment(added.id), dest) == len(data)
    assert dest.read_bytes() == data
    if os.name == "posix":
        assert dest.stat().st_mode & 0o777 == 0o600

    def failing() -> object:
        yield b"half"
        raise VaultCorrupted("broken")

    bad = tmp_path / "out" / "bad.bin"
    with pytest.raises(VaultCorrupted):
        att.write_private_copy(failing(), bad)  # type: ignore[arg-type]
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.bin"]
    with pytest.raises(VaultError):
        att.write_private_copy([b"x"], tmp_path / "missing" / "x.bin")
    with pytest.raises(VaultError):
        att.write_private_copy([b"x"], tmp_path)


# ------------------------------------------------------------------ memory


def test_import_and_read_hold_only_a_few_chunks_in_memory(vault: Vault, tmp_path: Path) -> None:
    """Python-side peak while streaming a 24 MiB file stays a few MiB (bench: 200 MB, RSS)."""
    entry_id = new_entry(vault)
    source = tmp_path / "video.mp4"
    with source.open("wb") as handle:
        for index in range(24):
            handle.write(random.Random(index).randbytes(CHUNK_SIZE))
    tracemalloc.start()
    try:
        added = vault.add_attachment(entry_id, source)
        _, peak_import = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        for piece in vault.read_attachment(added.id):
            digest.update(piece)
        _, peak_read = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == added.sha256
    assert peak_import < 8 * CHUNK_SIZE, peak_import
    assert peak_read < 8 * CHUNK_SIZE, peak_read


# -------------------------------------------------------------- crash safety


_WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[3])
    from journal.vault import open_vault

    class Slow:
        def __init__(self):
            self.sent = 0
        def read(self, size=-1):
            self.sent += 1
            if self.sent == 4:
                print("midway", flush=True)
                sys.stdin.readline()  # wait here to be killed
            return b"x" * min(size, 1 << 20) if self.sent < 50 else b""

    vault = open_vault(sys.argv[1], sys.argv[2])
    vault.add_attachment(vault.entries()[0].id, Slow(), filename="half.mov")
    print("done", flush=True)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_a_killed_import_leaves_no_half_attachment(vault: Vault, vault_path: Path) -> None:
    entry_id = new_entry(vault)
    done = vault.add_attachment(entry_id, io.BytesIO(b"before"), filename="before.txt")
    records = record_count(vault_path)
    vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(vault_path), PASSPHRASE, os.getcwd()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "midway\n", proc.stderr.read() if proc.stderr else ""
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with open_vault(vault_path, PASSPHRASE) as reopened:
        assert reopened.attachments(entry_id) == [done]
        assert record_count(vault_path) == records
        report = reopened.verify()
        assert report.ok, report.problems
