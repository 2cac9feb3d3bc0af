"""The header, the file's only cleartext: parsing it, its damage check, its MAC (a key derived
from the vault key: only the key holder can change it unnoticed) and its fingerprint."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Any

from journal import crypto
from journal.canonical import canonical_json
from journal.crypto import KdfParams
from journal.errors import UnsupportedVault, VaultCorrupted
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.vault.wrapping import (
    kdf_from_header,
    new_kdf_field,
    passphrase_seed,
    public_from_seed,
    slot_public,
    wrap_slot,
)

FORMAT = "rc-vault"
VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1 is upgraded on its first unlock
CIPHER = "AES-256-GCM"
CHANGED = QT_TRANSLATE_NOOP(
    "Vault",
    "The journal's header was changed outside the app (its authentication does not match). "
    "Your passphrase may be right: try your recovery code or a backup.",
)


def new_recovery(header: dict[str, Any]) -> tuple[str, bytearray]:
    """Set a new recovery salt in `header`; returns the new code and its seed."""
    code, raw = crypto.new_recovery_code()
    salt = secrets.token_bytes(crypto.SALT_BYTES)
    header["recovery_salt"] = crypto.b64e(salt)
    return code, crypto.recovery_key(raw, salt)


def new_header(
    vault_key: bytearray, vault_id: bytes, passphrase: str, kdf: KdfParams
) -> tuple[dict[str, Any], str]:
    """Return a sealed version-2 header for `vault_key` and its new recovery code."""
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "cipher": CIPHER,
        "vault_id": crypto.b64e(vault_id),
    }
    new_kdf_field(header, kdf)
    seed = passphrase_seed(header, passphrase)
    try:
        wrap_slot(header, "passphrase", vault_key, public_from_seed(seed))
    finally:
        crypto.wipe(seed)
    code, rseed = new_recovery(header)
    try:
        wrap_slot(header, "recovery", vault_key, public_from_seed(rseed))
    finally:
        crypto.wipe(rseed)
    seal_header(header, vault_key)
    return header, code


def dump_header(header: dict[str, Any]) -> str:
    """Return the header as stored in the `header` table."""
    return json.dumps(header)


def fingerprint_of(text: str) -> str:
    """Return the SHA-256 (hex) of a stored header row: not secret, changes with any edit."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def header_check(header: dict[str, Any]) -> str:
    """Return the damage check of every header field but "check" (SHA-256 of canonical JSON)."""
    body = {k: v for k, v in header.items() if k != "check"}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def header_mac(header: dict[str, Any], vault_key: bytearray) -> str:
    """Return the HMAC-SHA256 of every header field but "check" and "mac"."""
    key = crypto.subkey(vault_key, b"header-mac-v2")
    try:
        body = {k: v for k, v in header.items() if k not in ("check", "mac")}
        return hmac.new(bytes(key), canonical_json(body), hashlib.sha256).hexdigest()
    finally:
        crypto.wipe(key)


def seal_header(header: dict[str, Any], vault_key: bytearray) -> None:
    """Set the header's "mac" (version 2) and "check" fields after a change."""
    if header.get("version") == VERSION:
        header["mac"] = header_mac(header, vault_key)
    header["check"] = header_check(header)


def authenticate(header: dict[str, Any], vault_key: bytearray) -> None:
    """Check a version-2 header's MAC right after unwrapping; `VaultCorrupted` if changed."""
    if header.get("version") == 1:
        return  # no MAC yet: the upgrade adds one
    mac = header.get("mac")
    if not isinstance(mac, str) or not hmac.compare_digest(mac, header_mac(header, vault_key)):
        raise VaultCorrupted(translate("Vault", CHANGED))


def parse_header(text: Any) -> dict[str, Any]:
    """Return the header stored as `text`; `VaultCorrupted` or `UnsupportedVault` if it is not
    a valid version-1 or version-2 header whose damage check matches (before any KDF)."""
    if not isinstance(text, str):
        raise VaultCorrupted(translate("Vault", "The journal header is damaged."))
    try:
        header = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise VaultCorrupted(translate("Vault", "The journal header is damaged.")) from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise UnsupportedVault()
    try:
        check = header_check(header)
    except (ValueError, RecursionError) as exc:  # e.g. lone surrogates cannot be UTF-8 encoded
        raise VaultCorrupted(translate("Vault", "The journal header is damaged.")) from exc
    if header.get("check") != check:
        raise VaultCorrupted(
            translate("Vault", "The journal header is damaged (its checksum does not match).")
        )
    version = header.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise UnsupportedVault(
            translate(
                "Vault",
                "This journal was made by a newer version of Reality Check. Please update the app.",
            )
        )
    if header.get("cipher") != CIPHER:
        raise UnsupportedVault(
            translate("Vault", "This journal uses a cipher this version does not know.")
        )
    vault_id = crypto.b64d(header.get("vault_id"))
    if len(vault_id) != 16:
        raise VaultCorrupted(translate("Vault", "The journal header is damaged."))
    kdf_from_header(header)
    if version == VERSION:
        if not isinstance(header.get("mac"), str):
            raise VaultCorrupted(translate("Vault", "The journal header is damaged."))
        slot_public(header, "passphrase")
        slot_public(header, "recovery")
    elif "passphrase_public" in header or "recovery_public" in header or "mac" in header:
        raise VaultCorrupted(translate("Vault", "The journal header is damaged."))
    return header
