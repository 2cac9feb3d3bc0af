"""Attachment helpers without Qt: the `Attachment` record, chunk framing, EXIF GPS detection.

Location detection parses the image container by hand (stdlib only): JPEG APP1 Exif/XMP, PNG
eXIf/iTXt, TIFF, WebP EXIF/XMP, and a best-effort look for an Exif block in the first MiB of
other files (HEIC/AVIF keep one there most of the time). It never raises on bad bytes.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import stat
import struct
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from journal import private_files
from journal.errors import VaultError
from journal.i18n import QT_TRANSLATE_NOOP, format_number, translate

CHUNK_SIZE = 1 << 20  # 1 MiB: every chunk but the last holds exactly this many bytes
MAX_FILENAME = 200

LOCATION_NOTE = QT_TRANSLATE_NOOP(
    "AttachmentFiles",
    "This photo contains location data (GPS). Anyone you share an export with could see "
    "where it was taken.",
)  # English source: show `location_note()`

Reader = Callable[[int, int], bytes]

_TAG_GPS_IFD = 0x8825
_GPS_POSITION_TAGS = {0x0002, 0x0004}  # GPSLatitude, GPSLongitude
_XMP_GPS = (b"GPSLatitude", b"GPSLongitude")
_MAX_READ = 1 << 20
_MAX_SEGMENTS = 1_000_000


@dataclass(frozen=True)
class Attachment:
    """A file stored encrypted in the vault, linked to an entry (metadata only, no content)."""

    id: str
    entry_id: str
    filename: str
    size: int
    sha256: str
    added_at: datetime
    media_type: str
    has_location: bool

    @property
    def is_image(self) -> bool:
        """Return True for image types the app can show."""
        return self.media_type.startswith("image/")


class AttachmentNotFound(VaultError, KeyError):
    """No attachment with that id exists (or it was removed)."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultErrors", "That attachment does not exist (it may have been removed)."
    )

    def __str__(self) -> str:
        return self.message


def location_note() -> str:
    """Return the warning shown beside a photo that holds location data, in the current language."""
    return translate("AttachmentFiles", LOCATION_NOTE)


def safe_filename(name: str | None) -> str:
    """Return a display-safe file name: no folders, no control characters, bounded length."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C").strip()
    if text in ("", ".", ".."):
        text = translate("AttachmentFiles", "attachment", "the name of a file without one")
    if len(text) > MAX_FILENAME:
        stem, dot, ext = text.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            text = stem[: MAX_FILENAME - len(ext) - 1] + "." + ext
        else:
            text = text[:MAX_FILENAME]
    return text


def guess_media_type(filename: str) -> str:
    """Return the media type guessed from the file name (stdlib mimetypes)."""
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


def format_size(size: int) -> str:
    """Return a size in bytes as short human text (e.g. "1.5 MB")."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                if int(value) == 1:
                    return translate("AttachmentFiles", "1 byte")
                count = int(value)  # below 1024: no digit grouping in any language
                return translate("AttachmentFiles", "{count} bytes").format(count=count)
            return f"{format_number(value, 1)} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


# ------------------------------------------------------------------ chunks


NOT_A_FILE = QT_TRANSLATE_NOOP(
    "AttachmentFiles",
    "Only ordinary files can be attached; “{name}” is a folder, a device or another special "
    "file. Nothing was added.",
)


def _unreadable(exc: OSError) -> VaultError:
    """Return the error for a file to attach that cannot be read."""
    message = translate("AttachmentFiles", "The file could not be read ({reason}).")
    return VaultError(message.format(reason=exc.strerror))


def _not_a_file(path: Path) -> VaultError:
    """Return the error for a folder, device or other special file chosen to attach."""
    return VaultError(translate("AttachmentFiles", NOT_A_FILE).format(name=path.name))


def open_regular_file(path: Path) -> BinaryIO:
    """Open `path` for reading only if it is a regular file (checked before opening, opened
    without blocking, checked again on the open file); `VaultError` otherwise."""
    try:
        before = os.stat(path)
    except OSError as exc:
        raise _unreadable(exc) from exc
    if not stat.S_ISREG(before.st_mode):
        raise _not_a_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(exc) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else meanwhile
            raise _not_a_file(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_chunk(stream: BinaryIO, size: int = CHUNK_SIZE) -> bytes:
    """Read up to `size` bytes, looping over short reads; fewer only at the end of the file."""
    first = stream.read(size)
    if not first or len(first) == size:
        return bytes(first or b"")
    parts = [first]
    got = len(first)
    while got < size:
        more = stream.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def pad_final(data: bytes) -> bytes:
    """Frame the last chunk: 4-byte length, data, zeros up to a power of two (≥ 512 B)."""
    if len(data) > CHUNK_SIZE:
        raise ValueError("A chunk holds at most CHUNK_SIZE bytes.")
    size = len(data) + 4
    bucket = 512
    while bucket < size:
        bucket <<= 1
    bucket = min(bucket, CHUNK_SIZE + 4)
    return struct.pack(">I", len(data)) + data + bytes(bucket - size)


def unpad_final(padded: bytes) -> bytes:
    """Reverse `pad_final`; raise ValueError when the framing is wrong."""
    if len(padded) < 4:
        raise ValueError("short chunk")
    (length,) = struct.unpack(">I", padded[:4])
    if length > len(padded) - 4 or length > CHUNK_SIZE:
        raise ValueError("bad chunk length")
    return padded[4 : 4 + length]


def write_private_copy(chunks: Iterable[bytes], dest: str | os.PathLike[str]) -> int:
    """Stream `chunks` into a new 0600 file at `dest` (whole or not at all); returns its size.

    The partial file lives beside `dest` (never in a temp folder) and is removed on any error,
    including a damaged attachment (`VaultCorrupted` while iterating). Raises `VaultError`.
    """
    target = Path(dest)
    if target.is_dir():
        raise VaultError(translate("AttachmentFiles", "Please choose a file name, not a folder."))
    if not target.parent.is_dir():
        raise VaultError(
            translate("AttachmentFiles", "The folder chosen for the copy does not exist.")
        )
    written = 0
    try:
        with private_files.writing(target) as handle:
            for chunk in chunks:
                handle.write(chunk)
                written += len(chunk)
    except OSError as exc:
        message = translate("AttachmentFiles", "The copy could not be written ({reason}).")
        raise VaultError(message.format(reason=exc.strerror or exc)) from exc
    return written


# -------------------------------------------------------------- location


def has_location_bytes(data: bytes) -> bool:
    """Return True if the image in `data` (or its first part) carries EXIF/XMP GPS position."""

    def read(offset: int, size: int) -> bytes:
        if offset < 0:
            return b""
        return data[offset : offset + size]

    return _safe(read, data[: 1 << 20])


def has_location_stream(stream: BinaryIO) -> bool | None:
    """Check a seekable stream (restored to where it was); None when it cannot seek."""
    try:
        if not stream.seekable():
            return None
        start = stream.tell()
    except (OSError, ValueError, AttributeError):
        return None

    def read(offset: int, size: int) -> bytes:
        if offset < 0:
            return b""
        stream.seek(start + offset)
        return bytes(stream.read(min(size, _MAX_READ)) or b"")

    try:
        head = read(0, 1 << 20)
        return _safe(read, head)
    finally:
        with contextlib.suppress(OSError, ValueError):
            stream.seek(start)


def _safe(read: Reader, head: bytes) -> bool:
    try:
        return _detect(read, head)
    except (struct.error, ValueError, IndexError, RecursionError, OverflowError):
        return False


def _detect(read: Reader, head: bytes) -> bool:
    if head.startswith(b"\xff\xd8"):
        return _jpeg(read)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png(read)
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return _tiff(read, 0)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp(read)
    # Other containers (HEIC, AVIF, …): look for an Exif block or XMP GPS in the first MiB.
    pos = head.find(b"Exif\x00\x00")
    while pos >= 0:
        if head[pos + 6 : pos + 10] in (b"II*\x00", b"MM\x00*") and _tiff(read, pos + 6):
            return True
        pos = head.find(b"Exif\x00\x00", pos + 1)
    return any(marker in head for marker in _XMP_GPS)


def _tiff(read: Reader, base: int) -> bool:
    """Return True if the TIFF/Exif structure at `base` has a GPS IFD with a position."""
    header = read(base, 8)
    if len(header) < 8:
        return False
    order = {b"II": "<", b"MM": ">"}.get(header[:2])
    if order is None:
        return False
    (ifd0,) = struct.unpack(order + "I", header[4:8])
    gps = _ifd_value(read, base, order, ifd0, _TAG_GPS_IFD)
    if gps is None:
        return False
    tags = _ifd_tags(read, base, order, gps)
    if tags is None:
        return True  # a GPS pointer to damaged data: warn rather than stay silent
    return bool(tags & _GPS_POSITION_TAGS)


def _ifd_entries(read: Reader, base: int, order: str, offset: int) -> list[bytes] | None:
    raw = read(base + offset, 2)
    if len(raw) < 2:
        return None
    (count,) = struct.unpack(order + "H", raw)
    body = read(base + offset + 2, 12 * count)
    if len(body) < 12 * count:
        return None
    return [body[i * 12 : i * 12 + 12] for i in range(count)]


def _ifd_value(read: Reader, base: int, order: str, offset: int, tag: int) -> int | None:
    entries = _ifd_entries(read, base, order, offset)
    for entry in entries or []:
        entry_tag, kind, count = struct.unpack(order + "HHI", entry[:8])
        if entry_tag == tag and count >= 1:
            if kind == 3:  # SHORT
                return int(struct.unpack(order + "H", entry[8:10])[0])
            return int(struct.unpack(order + "I", entry[8:12])[0])
    return None


def _ifd_tags(read: Reader, base: int, order: str, offset: int) -> set[int] | None:
    entries = _ifd_entries(read, base, order, offset)
    if entries is None:
        return None
    return {struct.unpack(order + "H", entry[:2])[0] for entry in entries}


def _jpeg(read: Reader) -> bool:
    pos = 2
    for _ in range(_MAX_SEGMENTS):
        marker = read(pos, 2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return False
        code = marker[1]
        if code == 0xFF:  # fill byte
            pos += 1
            continue
        if code in (0xD9, 0xDA):  # end of image, start of scan: metadata comes before
            return False
        if code == 0x01 or 0xD0 <= code <= 0xD8:
            pos += 2
            continue
        raw = read(pos + 2, 2)
        if len(raw) < 2:
            return False
        (length,) = struct.unpack(">H", raw)
        if length < 2:
            return False
        if code == 0xE1:
            start = read(pos + 4, 32)
            if start.startswith(b"Exif\x00\x00") and _tiff(read, pos + 10):
                return True
            if start.startswith(b"http://ns.adobe.com/xap/1.0/"):
                segment = read(pos + 4, length - 2)
                if any(marker in segment for marker in _XMP_GPS):
                    return True
        pos += 2 + length
    return False


def _png(read: Reader) -> bool:
    pos = 8
    for _ in range(_MAX_SEGMENTS):
        raw = read(pos, 8)
        if len(raw) < 8:
            return False
        (length,) = struct.unpack(">I", raw[:4])
        kind = raw[4:8]
        if kind == b"eXIf":
            base = pos + 8
            if read(base, 6) == b"Exif\x00\x00":
                base += 6
            if _tiff(read, base):
                return True
        elif kind == b"iTXt" and length <= 4 << 20:
            text = read(pos + 8, length)
            if text.startswith(b"XML:com.adobe.xmp") and any(m in text for m in _XMP_GPS):
                return True
        elif kind == b"IEND":
            return False
        pos += 12 + length
    return False


def _webp(read: Reader) -> bool:
    raw = read(4, 4)
    if len(raw) < 4:
        return False
    end = 8 + struct.unpack("<I", raw)[0]
    pos = 12
    for _ in range(_MAX_SEGMENTS):
        if pos + 8 > end:
            return False
        head = read(pos, 8)
        if len(head) < 8:
            return False
        kind = head[:4]
        (length,) = struct.unpack("<I", head[4:8])
        if kind == b"EXIF":
            base = pos + 8
            if read(base, 6) == b"Exif\x00\x00":
                base += 6
            if _tiff(read, base):
                return True
        elif (
            kind == b"XMP "
            and length <= 4 << 20
            and any(marker in read(pos + 8, length) for marker in _XMP_GPS)
        ):
            return True
        pos += 8 + length + (length & 1)
    return False
