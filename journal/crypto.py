"""Key derivation, key wrapping and record encryption: bytes in, bytes out, one error type."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import struct
import time
import unicodedata
from dataclasses import dataclass
from typing import ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal.errors import UnsupportedVault, VaultCorrupted
from journal.i18n import translate

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
RECOVERY_BYTES = 20  # 160 bits, shown as 32 base32 characters in 8 groups of 4

# Refuse absurd work factors before running the KDF (a hostile or damaged header).
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 64
MAX_LANES = 16

_B32_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_B32_DECODE = {c: i for i, c in enumerate(_B32_ALPHABET)}
_B32_DECODE.update({"O": 0, "I": 1, "L": 1})


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters: memory in KiB, iterations (time cost) and lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    FLOOR: ClassVar[KdfParams]

    def check(self) -> None:
        """Raise `UnsupportedVault` if the parameters are below the floor or absurdly high."""
        values = (self.memory_kib, self.iterations, self.lanes)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise UnsupportedVault(translate("Vault", "The journal's key settings are not valid."))
        floor = KdfParams.FLOOR
        if (
            self.memory_kib < floor.memory_kib
            or self.iterations < floor.iterations
            or self.lanes < floor.lanes
        ):
            raise UnsupportedVault(
                translate("Vault", "The journal's key settings are weaker than this app allows.")
            )
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.iterations > MAX_ITERATIONS
            or self.lanes > MAX_LANES
            or self.memory_kib < 8 * self.lanes
        ):
            raise UnsupportedVault(
                translate(
                    "Vault",
                    "The journal asks for more memory or time to unlock than this app allows.",
                )
            )

    def derive(self, secret: bytes, salt: bytes) -> bytearray:
        """Derive a 256-bit key from `secret` with Argon2id."""
        self.check()
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return bytearray(kdf.derive(secret))

    @classmethod
    def calibrate(cls, target_seconds: float = 0.75) -> KdfParams:
        """Return parameters that take about `target_seconds` here, never below FLOOR."""
        salt = os.urandom(SALT_BYTES)
        params = cls.FLOOR
        memory_cap = 1024 * 1024  # 1 GiB is plenty; more would starve small machines
        while True:
            start = time.perf_counter()
            params.derive(b"calibration", salt)
            elapsed = time.perf_counter() - start
            if elapsed >= target_seconds * 0.6:
                return params
            factor = max(1.2, min(4.0, target_seconds / max(elapsed, 1e-3)))
            if params.memory_kib < memory_cap:
                memory = min(memory_cap, int(params.memory_kib * factor))
                params = cls(memory, params.iterations, params.lanes)
            elif params.iterations < MAX_ITERATIONS:
                iterations = min(
                    MAX_ITERATIONS, max(params.iterations + 1, int(params.iterations * factor))
                )
                params = cls(params.memory_kib, iterations, params.lanes)
            else:
                return params


KdfParams.FLOOR = KdfParams(19456, 2, 1)


def normalize_passphrase(passphrase: str) -> bytes:
    """Return the passphrase as NFC UTF-8 bytes, so the same words always give the same key."""
    if not isinstance(passphrase, str) or not passphrase:
        raise ValueError(translate("Vault", "The passphrase must not be empty."))
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_recovery_code() -> tuple[str, bytes]:
    """Return a new recovery code (readable groups) and the raw bytes it encodes."""
    raw = secrets.token_bytes(RECOVERY_BYTES)
    return format_recovery_code(raw), raw


def format_recovery_code(raw: bytes) -> str:
    """Encode raw bytes as Crockford base32 in dash-separated groups of four."""
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(len(raw) * 8 // 5):
        chars.append(_B32_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(code: str) -> bytes:
    """Decode a recovery code typed by a person (case, spaces and dashes do not matter)."""
    cleaned = "".join(ch for ch in str(code).upper() if ch not in " -\t\n")
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(ch not in _B32_DECODE for ch in cleaned):
        raise ValueError(
            translate("Vault", "A recovery code has 32 letters and digits, in 8 groups of 4.")
        )
    number = 0
    for ch in cleaned:
        number = (number << 5) | _B32_DECODE[ch]
    return number.to_bytes(RECOVERY_BYTES, "big")


def recovery_key(raw_code: bytes, salt: bytes) -> bytearray:
    """Derive the recovery wrapping key (the code is 160 random bits, so HKDF suffices)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"rc-recovery-v1")
    return bytearray(hkdf.derive(raw_code))


def subkey(key: bytes | bytearray, label: bytes) -> bytearray:
    """Derive a purpose-specific subkey from the vault key."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"rc-" + label)
    return bytearray(hkdf.derive(bytes(key)))


def seal(key: bytes | bytearray, plaintext: bytes, associated: bytes) -> bytes:
    """Encrypt with AES-256-GCM under a fresh random nonce; returns nonce + ciphertext."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(bytes(key)).encrypt(nonce, plaintext, associated)


def cipher(key: bytes | bytearray) -> AESGCM:
    """Return a reusable AES-256-GCM context for `key` (drop it when the key is wiped)."""
    return AESGCM(bytes(key))


def open_sealed(key: bytes | bytearray | AESGCM, blob: bytes, associated: bytes) -> bytes:
    """Decrypt `seal` output; raise `VaultCorrupted` if anything was changed."""
    if not isinstance(blob, bytes) or len(blob) < NONCE_BYTES + 16:
        raise VaultCorrupted(translate("Vault", "A record is too short to be valid."))
    aead = key if isinstance(key, AESGCM) else AESGCM(bytes(key))
    try:
        return aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)
    except InvalidTag as exc:
        raise VaultCorrupted(translate("Vault", "A record failed its integrity check.")) from exc


def keyed_id(key: bytes | bytearray, label: bytes) -> bytes:
    """Return a 16-byte record id that only the key holder can compute."""
    return hmac.new(bytes(key), label, hashlib.sha256).digest()[:16]


def pad(plaintext: bytes) -> bytes:
    """Prefix the length and pad to a size bucket so stored sizes reveal little."""
    size = len(plaintext) + 4
    bucket = 512
    while bucket < size and bucket < 1 << 20:
        bucket <<= 1
    if size > bucket:
        bucket = -(-size // (1 << 20)) * (1 << 20)
    return struct.pack(">I", len(plaintext)) + plaintext + bytes(bucket - size)


def unpad(padded: bytes) -> bytes:
    """Reverse `pad`; raise `VaultCorrupted` if the framing is wrong."""
    if len(padded) < 4:
        raise VaultCorrupted(translate("Vault", "A record's padding is damaged."))
    (length,) = struct.unpack(">I", padded[:4])
    if length > len(padded) - 4:
        raise VaultCorrupted(translate("Vault", "A record's padding is damaged."))
    return padded[4 : 4 + length]


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key buffer with zeros (best effort: Python may hold other copies)."""
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0


def b64e(data: bytes) -> str:
    """Encode bytes as standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def b64d(text: object) -> bytes:
    """Decode base64 text; raise `VaultCorrupted` if it is not valid."""
    if not isinstance(text, str):
        raise VaultCorrupted(translate("Vault", "The journal header is damaged."))
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise VaultCorrupted(translate("Vault", "The journal header is damaged.")) from exc
