"""The vault key wrapped for the passphrase and for the recovery code (the header's two slots).

A secret (the passphrase through Argon2id, the recovery code through HKDF) gives a 32-byte
*seed*. In format version 2 the seed gives an X25519 key pair; the header keeps the public key
and the vault key sealed to it (an ephemeral key, ECDH, HKDF, AES-256-GCM), so a new vault key
can be wrapped for a secret without knowing it (re-keying keeps the other secret working). A
version-1 slot (still found in a journal upgraded from version 1 until its next re-key) seals
the vault key directly under the seed.
"""

from __future__ import annotations

import os
from typing import Any, Literal

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal import crypto
from journal.canonical import canonical_json
from journal.crypto import KdfParams
from journal.errors import UnsupportedVault, VaultCorrupted, WrongPassphrase
from journal.i18n import translate

Slot = Literal["passphrase", "recovery"]
PUBLIC_BYTES = 32
_PURPOSE = {"passphrase": b"pass", "recovery": b"recovery"}


def kdf_from_header(header: dict[str, Any]) -> KdfParams:
    """Return the header's Argon2id parameters; `UnsupportedVault` when they are not valid."""
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise UnsupportedVault(
            translate("Vault", "This journal uses a key setting this version does not know.")
        )
    params = KdfParams(kdf.get("memory_kib"), kdf.get("iterations"), kdf.get("lanes"))  # type: ignore[arg-type]
    params.check()
    return params


def new_kdf_field(header: dict[str, Any], kdf: KdfParams) -> None:
    """Set the header's KDF parameters with a new random salt."""
    header["kdf"] = {
        "name": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
        "salt": crypto.b64e(os.urandom(crypto.SALT_BYTES)),
    }


def passphrase_seed(header: dict[str, Any], passphrase: str) -> bytearray:
    """Run Argon2id on the passphrase with the header's parameters and salt (slow)."""
    try:
        secret = crypto.normalize_passphrase(passphrase)
    except ValueError as exc:
        raise WrongPassphrase(translate("Vault", "Please type your passphrase.")) from exc
    params = kdf_from_header(header)
    salt = crypto.b64d(header["kdf"].get("salt"))
    if len(salt) < 8:
        raise VaultCorrupted(translate("Vault", "The journal header is damaged."))
    return params.derive(secret, salt)


def derive_seed(header: dict[str, Any], slot: Slot, secret: str) -> bytearray:
    """Return the seed of a secret for its slot: the passphrase's (Argon2id) or the code's."""
    if slot == "passphrase":
        return passphrase_seed(header, secret)
    return recovery_seed(header, secret)


def recovery_seed(header: dict[str, Any], code: str) -> bytearray:
    """Derive the recovery code's seed with the header's recovery salt."""
    try:
        raw = crypto.parse_recovery_code(code)
    except ValueError as exc:
        raise WrongPassphrase(str(exc)) from exc
    return crypto.recovery_key(raw, crypto.b64d(header.get("recovery_salt")))


def _private(seed: bytearray) -> X25519PrivateKey:
    scalar = crypto.subkey(seed, b"wrap-x25519")
    try:
        return X25519PrivateKey.from_private_bytes(bytes(scalar))
    finally:
        crypto.wipe(scalar)


def public_from_seed(seed: bytearray) -> bytes:
    """Return the X25519 public key a seed gives (stored as `<slot>_public`)."""
    return _private(seed).public_key().public_bytes_raw()


def _params(header: dict[str, Any], slot: Slot) -> Any:
    return header.get("kdf") if slot == "passphrase" else header.get("recovery_salt")


def _ad(header: dict[str, Any], slot: Slot, version: int, public: bytes = b"") -> bytes:
    prefix = b"rc-wrap-v1|" if version == 1 else b"rc-wrap-v2|"
    vault_id = crypto.b64d(header["vault_id"])
    return (
        prefix + _PURPOSE[slot] + b"|" + vault_id + canonical_json(_params(header, slot)) + public
    )


def _wrap_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=crypto.KEY_BYTES, salt=ephemeral + public,
        info=b"rc-wrap-v2",
    )  # fmt: skip
    return hkdf.derive(shared)


def wrap_slot(header: dict[str, Any], slot: Slot, vault_key: bytearray, public: bytes) -> None:
    """Seal `vault_key` to the slot's public key (version-2 form), in `header`."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes_raw()
    key = _wrap_key(
        ephemeral.exchange(X25519PublicKey.from_public_bytes(public)), eph_public, public
    )
    header[f"{slot}_public"] = crypto.b64e(public)
    sealed = crypto.seal(key, bytes(vault_key), _ad(header, slot, 2, public))
    header[f"{slot}_wrap"] = crypto.b64e(eph_public + sealed)


def slot_public(header: dict[str, Any], slot: Slot) -> bytes | None:
    """Return the slot's public key, or None for a version-1 slot."""
    if f"{slot}_public" not in header:
        return None
    public = crypto.b64d(header[f"{slot}_public"])
    if len(public) != PUBLIC_BYTES:
        raise VaultCorrupted(translate("Vault", "The journal header is damaged."))
    return public


def open_slot(header: dict[str, Any], slot: Slot, seed: bytearray) -> bytearray:
    """Return the vault key sealed in the slot; `WrongPassphrase` when `seed` does not open it."""
    wrong = WrongPassphrase(
        translate("Vault", "That passphrase does not open this journal.")
        if slot == "passphrase"
        else translate("Vault", "That recovery code does not open this journal.")
    )
    blob = crypto.b64d(header.get(f"{slot}_wrap"))
    public = slot_public(header, slot)
    try:
        if public is None:  # version-1 form: sealed directly under the seed
            return bytearray(crypto.open_sealed(seed, blob, _ad(header, slot, 1)))
        private = _private(seed)
        if private.public_key().public_bytes_raw() != public or len(blob) < PUBLIC_BYTES:
            raise wrong
        eph_public = blob[:PUBLIC_BYTES]
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(eph_public))
        except ValueError as exc:
            raise VaultCorrupted(translate("Vault", "The journal header is damaged.")) from exc
        key = _wrap_key(shared, eph_public, public)
        return bytearray(crypto.open_sealed(key, blob[PUBLIC_BYTES:], _ad(header, slot, 2, public)))
    except VaultCorrupted as exc:
        raise wrong from exc


def version1_wrap(
    header: dict[str, Any], slot: Slot, vault_key: bytearray, seed: bytearray
) -> None:
    """Seal `vault_key` directly under `seed` (the version-1 form; sample files and tests)."""
    header.pop(f"{slot}_public", None)
    sealed = crypto.seal(seed, bytes(vault_key), _ad(header, slot, 1))
    header[f"{slot}_wrap"] = crypto.b64e(sealed)
