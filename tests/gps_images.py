"""Tiny hand-built images with and without EXIF GPS position, for the location tests."""

from __future__ import annotations

import struct
import zlib


def exif_tiff(*, gps: bool, order: str = "<") -> bytes:
    """Return a minimal TIFF/Exif block; with `gps`, a GPS IFD holding latitude and longitude."""
    magic = b"II*\x00" if order == "<" else b"MM\x00*"
    head = magic + struct.pack(order + "I", 8)
    if not gps:  # IFD0 with one unrelated tag (Orientation)
        return head + struct.pack(order + "H", 1) + struct.pack(order + "HHIHH", 0x0112, 3, 1, 1, 0)
    gps_offset = 8 + 2 + 12 + 4
    ifd0 = struct.pack(order + "H", 1) + struct.pack(order + "HHII", 0x8825, 4, 1, gps_offset)
    ifd0 += struct.pack(order + "I", 0)
    rationals = gps_offset + 2 + 2 * 12 + 4
    gps_ifd = struct.pack(order + "H", 2)
    gps_ifd += struct.pack(order + "HHII", 0x0002, 5, 3, rationals)
    gps_ifd += struct.pack(order + "HHII", 0x0004, 5, 3, rationals + 24)
    gps_ifd += struct.pack(order + "I", 0)
    latitude = struct.pack(order + "6I", 51, 1, 30, 1, 0, 1)
    longitude = struct.pack(order + "6I", 0, 1, 7, 1, 0, 1)
    values = latitude + longitude
    return head + ifd0 + gps_ifd + values


def jpeg_with_exif(*, gps: bool, body: bytes = b"") -> bytes:
    """Return JPEG-framed bytes with an APP1 Exif segment (not a decodable picture)."""
    payload = b"Exif\x00\x00" + exif_tiff(gps=gps)
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    sos = b"\xff\xda" + struct.pack(">H", 2)
    return b"\xff\xd8" + app1 + sos + body + b"\xff\xd9"


def png_with_exif(png: bytes, *, gps: bool = True) -> bytes:
    """Insert an eXIf chunk right after IHDR of a real PNG (it still decodes)."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    ihdr_end = 8 + 12 + struct.unpack(">I", png[8:12])[0]
    data = exif_tiff(gps=gps, order=">")
    chunk = struct.pack(">I", len(data)) + b"eXIf" + data
    chunk += struct.pack(">I", zlib.crc32(b"eXIf" + data) & 0xFFFFFFFF)
    return png[:ihdr_end] + chunk + png[ihdr_end:]
