"""The header, the file's only cleartext: parsing and sealing it, and the vault key wrapped
under the passphrase (Argon2id) and under the recovery code."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from typing import Any

from journal import crypto
from journal.canonical import canonical_json
from journal.crypto import KdfParams
from journal.errors import UnsupportedVault, VaultCorrupted, WrongPassphrase

FORMAT = "rc-vault"
VERSION = 1
CIPHER = "AES-256-GCM"


def new_header(vault_key: bytearray, passphrase: str, kdf: KdfParams) -> tuple[dict[str, Any], str]:
    """Return a sealed header for a new vault and its recovery code (shown once)."""
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "cipher": CIPHER,
        "vault_id": crypto.b64e(secrets.token_bytes(16)),
    }
    wrap_passphrase(header, vault_key, passphrase, kdf)
    code = wrap_recovery(header, vault_key)
    seal_header(header)
    return header, code


def dump_header(header: dict[str, Any]) -> str:
    """Return the header as stored in the `header` table."""
    return json.dumps(header)


def kdf_from_header(header: dict[str, Any]) -> KdfParams:
    """Return the header's Argon2id parameters; `UnsupportedVault` when they are not valid."""
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise UnsupportedVault("This journal uses a key setting this version does not know.")
    params = KdfParams(kdf.get("memory_kib"), kdf.get("iterations"), kdf.get("lanes"))  # type: ignore[arg-type]
    params.check()
    return params


def header_check(header: dict[str, Any]) -> str:
    """Return the checksum of every header field but "check" (SHA-256 of canonical JSON)."""
    body = {k: v for k, v in header.items() if k != "check"}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def seal_header(header: dict[str, Any]) -> None:
    """Set the header's "check" field after a change."""
    header["check"] = header_check(header)


def _wrap_ad(header: dict[str, Any], purpose: bytes) -> bytes:
    kdf = header.get("kdf") if purpose == b"pass" else header.get("recovery_salt")
    return b"rc-wrap-v1|" + purpose + b"|" + crypto.b64d(header["vault_id"]) + canonical_json(kdf)


def wrap_passphrase(
    header: dict[str, Any], vault_key: bytearray, passphrase: str, kdf: KdfParams
) -> None:
    """Wrap the vault key under a key derived from `passphrase` with a new salt (in `header`)."""
    secret = crypto.normalize_passphrase(passphrase)
    salt = os.urandom(crypto.SALT_BYTES)
    header["kdf"] = {
        "name": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
        "salt": crypto.b64e(salt),
    }
    kek = kdf.derive(secret, salt)
    try:
        header["passphrase_wrap"] = crypto.b64e(
            crypto.seal(kek, bytes(vault_key), _wrap_ad(header, b"pass"))
        )
    finally:
        crypto.wipe(kek)


def wrap_recovery(header: dict[str, Any], vault_key: bytearray) -> str:
    """Wrap the vault key under a new recovery code (in `header`); returns the code."""
    code, raw = crypto.new_recovery_code()
    salt = os.urandom(crypto.SALT_BYTES)
    header["recovery_salt"] = crypto.b64e(salt)
    kek = crypto.recovery_key(raw, salt)
    try:
        header["recovery_wrap"] = crypto.b64e(
            crypto.seal(kek, bytes(vault_key), _wrap_ad(header, b"recovery"))
        )
    finally:
        crypto.wipe(kek)
    return code


def _unwrap(kek: bytearray, header: dict[str, Any], field_name: str, purpose: bytes) -> bytearray:
    try:
        blob = crypto.b64d(header.get(field_name))
        return bytearray(crypto.open_sealed(kek, blob, _wrap_ad(header, purpose)))
    except VaultCorrupted as exc:
        raise WrongPassphrase(
            "That passphrase does not open this journal."
            if purpose == b"pass"
            else "That recovery code does not open this journal."
        ) from exc
    finally:
        crypto.wipe(kek)


def unwrap_with_passphrase(header: dict[str, Any], passphrase: str) -> bytearray:
    """Return the vault key; `WrongPassphrase` when `passphrase` does not open it."""
    try:
        secret = crypto.normalize_passphrase(passphrase)
    except ValueError as exc:
        raise WrongPassphrase("Please type your passphrase.") from exc
    params = kdf_from_header(header)
    assert isinstance(header["kdf"], dict)
    salt = crypto.b64d(header["kdf"].get("salt"))
    if len(salt) < 8:
        raise VaultCorrupted("The journal header is damaged.")
    return _unwrap(params.derive(secret, salt), header, "passphrase_wrap", b"pass")


def unwrap_with_recovery(header: dict[str, Any], code: str) -> bytearray:
    """Return the vault key; `WrongPassphrase` when the recovery `code` does not open it."""
    try:
        raw = crypto.parse_recovery_code(code)
    except ValueError as exc:
        raise WrongPassphrase(str(exc)) from exc
    salt = crypto.b64d(header.get("recovery_salt"))
    return _unwrap(crypto.recovery_key(raw, salt), header, "recovery_wrap", b"recovery")


def parse_header(text: Any) -> dict[str, Any]:
    """Return the header stored as `text`; `VaultCorrupted` or `UnsupportedVault` if it is not
    a valid version-1 header whose checksum matches."""
    if not isinstance(text, str):
        raise VaultCorrupted("The journal header is damaged.")
    try:
        header = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise VaultCorrupted("The journal header is damaged.") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise UnsupportedVault()
    try:
        check = header_check(header)
    except (ValueError, RecursionError) as exc:  # e.g. lone surrogates cannot be UTF-8 encoded
        raise VaultCorrupted("The journal header is damaged.") from exc
    if header.get("check") != check:
        raise VaultCorrupted("The journal header is damaged (its checksum does not match).")
    if header.get("version") != VERSION:
        raise UnsupportedVault(
            "This journal was made by a newer version of Reality Check. Please update the app."
        )
    if header.get("cipher") != CIPHER:
        raise UnsupportedVault("This journal uses a cipher this version does not know.")
    vault_id = crypto.b64d(header.get("vault_id"))
    if len(vault_id) != 16:
        raise VaultCorrupted("The journal header is damaged.")
    kdf_from_header(header)
    return header
