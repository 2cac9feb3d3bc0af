"""Record encryption: the subkeys of the vault key, record ids, and sealing a record's JSON
(padded, AES-256-GCM, bound to its vault, row id and kind)."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from typing import Any

import orjson

from journal import crypto
from journal.canonical import canonical_json
from journal.errors import VaultCorrupted, VaultLocked
from journal.i18n import translate

# Record kinds, bound into every record's associated data (never stored in clear).
KIND_LOG = 1  # an entry revision or a tombstone: one link of the hash chain
KIND_HEAD = 2  # the chain head and length
KIND_DRAFT = 3  # the unsaved editor draft
KIND_DOC = 4  # a named document (safety plan, contacts, settings)
KIND_CHUNK = 5  # one piece of an attachment's content
KIND_INDEX = 6  # the link index: the chain's links as last read (see `link_index`)

CHUNK_BASE_BYTES = 10  # a chunk id is a keyed base and a keyed tag of the base
CHUNK_TAG_BYTES = 6
CHUNK_ID_BYTES = CHUNK_BASE_BYTES + CHUNK_TAG_BYTES

# A record's text with every digit as "0" and every other byte as a space: a run of 19 zeros
# is a number `orjson` may read differently from `json` (see `RecordKeys.reader`).
_DIGITS_ONLY = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_DIGITS = b"0" * 19


class RecordKeys:
    """The vault key and its subkeys while the vault is unlocked; `wipe()` zeroes them all."""

    def __init__(self, vault_key: bytearray, vault_id: bytes) -> None:
        self.vault_id = vault_id
        self.vault_key: bytearray = vault_key
        self.record_key = crypto.subkey(vault_key, b"records")
        self.id_key = crypto.subkey(vault_key, b"ids")
        self.chunk_key = crypto.subkey(self.id_key, b"chunk-tag")
        self._cipher: Any = crypto.cipher(self.record_key)  # AES-GCM context for record_key
        self.wiped = False

    def wipe(self) -> None:
        """Zero every key buffer; any later use raises `VaultLocked`."""
        self.wiped = True
        self._cipher = None
        for buffer in (self.vault_key, self.record_key, self.id_key, self.chunk_key):
            crypto.wipe(buffer)

    def _live(self) -> None:
        if self.wiped:
            raise VaultLocked()

    def ad(self, record_id: bytes, kind: int) -> bytes:
        """Return a record's associated data: its vault, row id and kind."""
        return b"rc-rec-v1" + self.vault_id + record_id + bytes([kind])

    def seal(self, record_id: bytes, kind: int, data: Any) -> bytes:
        """Return the blob storing `data` (JSON) as the record `record_id` of `kind`."""
        return self.seal_text(record_id, kind, canonical_json(data))

    def seal_text(self, record_id: bytes, kind: int, text: bytes) -> bytes:
        """Return the blob storing `text` (JSON already encoded) as the record `record_id`."""
        self._live()
        return crypto.seal(self.record_key, crypto.pad(text), self.ad(record_id, kind))

    def unseal(self, record_id: bytes, kind: int, blob: bytes) -> Any:
        """Return the JSON data in `blob`; `VaultCorrupted` unless it is that record and kind."""
        return _parse(self.open_text(record_id, kind, blob))

    def open_text(self, record_id: bytes, kind: int, blob: bytes) -> bytes:
        """Return one record's JSON text, decrypted and unpadded; `VaultCorrupted` unless it
        is that record and kind."""
        self._live()
        return crypto.unpad(crypto.open_sealed(self._cipher, blob, self.ad(record_id, kind)))

    def opener(self) -> Callable[[bytes, int, bytes], bytes]:
        """Return f(record_id, kind, blob) -> the record's JSON text, decrypted and unpadded
        (`VaultCorrupted` unless it is that record and kind), for reading many records."""
        self._live()
        cipher = self._cipher
        prefix = b"rc-rec-v1" + self.vault_id
        kinds = [bytes([kind]) for kind in range(KIND_INDEX + 1)]
        open_sealed, unpad = crypto.open_sealed, crypto.unpad

        def open_record(record_id: bytes, kind: int, blob: bytes) -> bytes:
            return unpad(open_sealed(cipher, blob, prefix + record_id + kinds[kind]))

        return open_record

    def reader(self) -> Callable[[bytes, int, bytes], tuple[Any, bytes]]:
        """Return f(record_id, kind, blob) -> (what `unseal` returns, the JSON text), for
        reading many records (unlocking reads them all)."""
        open_record = self.opener()

        def read(record_id: bytes, kind: int, blob: bytes) -> tuple[Any, bytes]:
            text = open_record(record_id, kind, blob)
            return parse_record(text), text

        return read

    def seal_raw(self, plain: bytes, associated: bytes) -> bytes:
        """Encrypt bytes under the records key with the caller's associated data."""
        self._live()
        return crypto.seal(self.record_key, plain, associated)

    def open_raw(self, blob: bytes, associated: bytes) -> bytes:
        """Decrypt what `seal_raw` made; `VaultCorrupted` if it was changed or moved."""
        self._live()
        return crypto.open_sealed(self.record_key, blob, associated)

    def named_id(self, name: str) -> bytes:
        """Return the keyed row id of a singleton record ("head", "draft", "doc:<name>")."""
        self._live()
        return crypto.keyed_id(self.id_key, name.encode())

    def chunk_id(self, label: str) -> bytes:
        """Return the row id of an attachment chunk: a keyed base and its keyed tag."""
        self._live()
        base = crypto.keyed_id(self.id_key, label.encode())[:CHUNK_BASE_BYTES]
        return base + self._tag(bytes(self.chunk_key), base)

    @staticmethod
    def _tag(key: bytes, base: bytes) -> bytes:
        return hashlib.blake2b(base, key=key, digest_size=CHUNK_TAG_BYTES).digest()

    def chunk_predicate(self) -> Callable[[object], bool]:
        """Return f(id) -> True for attachment chunk ids (a keyed tag; looks random without it)."""
        self._live()
        # The keyed hash state after the key, copied for each id: unlocking asks about every
        # record, and a copy costs less than setting up the key again.
        keyed = hashlib.blake2b(key=bytes(self.chunk_key), digest_size=CHUNK_TAG_BYTES)

        def is_chunk(record_id: object) -> bool:
            if not isinstance(record_id, bytes) or len(record_id) != CHUNK_ID_BYTES:
                return False
            tag = keyed.copy()
            tag.update(record_id[:CHUNK_BASE_BYTES])
            return tag.digest() == record_id[CHUNK_BASE_BYTES:]

        return is_chunk

    def new_record_id(self) -> bytes:
        """Return a random record id that can never be taken for a chunk id."""
        is_chunk = self.chunk_predicate()
        while True:
            record_id = secrets.token_bytes(16)
            if not is_chunk(record_id):
                return record_id


def parse_record(text: bytes) -> Any:
    """Return the JSON value of a decrypted record, as `unseal` does, `orjson` parsing.

    `orjson` parses about three times faster than `json`, and gives the same value for every
    JSON text it accepts but one kind: an integer it cannot hold in 64 bits, which it reads as
    a float. Such an integer has at least 19 digits (-9223372036854775809), so a text with a
    run of 19 digits anywhere (in a string too) goes the general, `json` way, as does
    everything `orjson` refuses (NaN, a lone surrogate, a byte order mark, a damaged text,
    ...): tests/unit/test_records_json.py compares the two ways."""
    if _LONG_DIGITS not in text.translate(_DIGITS_ONLY):
        try:
            return orjson.loads(text)
        except ValueError:
            pass  # orjson's error: the general way says what is wrong
    return _parse(text)


def _parse(plain: bytes) -> Any:
    """Return the JSON value of a decrypted record; `VaultCorrupted` if it is not JSON."""
    try:
        return json.loads(plain)
    except (ValueError, UnicodeDecodeError) as exc:
        raise VaultCorrupted(translate("Vault", "A record's content is damaged.")) from exc
