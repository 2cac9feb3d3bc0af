"""The journal's export signing key (Ed25519), its readable fingerprint, signing a document.

Each journal has its own key pair, created with the journal (or on first need for older
journals) and stored encrypted inside it as the document `SIGNING_DOC`. Exports are signed
with it; anyone can check the signature with the public key the export carries and compare
that key's fingerprint with the one the writer showed them (docs/EXPORT_FORMAT.md).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from journal.canonical import portable_canonical_json
from journal.errors import VaultCorrupted
from journal.i18n import translate
from journal.vault import Vault

SIGNING_DOC = "export_signing_key"
ALGORITHM = "Ed25519"
FINGERPRINT_CHARS = 20  # 100 bits of SHA-256, five groups of four base32 characters
SIGNATURE_KEY = "signature"


def fingerprint(data: bytes) -> str:
    """Return the readable fingerprint of `data`: SHA-256, base32, "ABCD-EFGH-IJKL-MNOP-QRST".

    The one function the app, the PDF footer and `python -m journal verify` use: the journal's
    fingerprint is that of its raw 32-byte public key, an export's that of its canonical form.
    """
    text = base64.b32encode(hashlib.sha256(data).digest()).decode("ascii")[:FINGERPRINT_CHARS]
    return "-".join(text[i : i + 4] for i in range(0, FINGERPRINT_CHARS, 4))


def public_bytes(key: Ed25519PublicKey) -> bytes:
    """Return the raw 32-byte public key."""
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def signing_key(vault: Vault) -> Ed25519PrivateKey:
    """Return the journal's signing key, creating and storing it (encrypted) the first time."""
    stored = vault.load_document(SIGNING_DOC, None)
    if stored is None:
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes_raw()
        vault.save_document(
            SIGNING_DOC,
            {"algorithm": ALGORITHM, "private_key": base64.b64encode(raw).decode("ascii")},
        )
        return key
    try:
        if stored.get("algorithm") != ALGORITHM:
            raise ValueError(stored.get("algorithm"))
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored["private_key"]))
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise VaultCorrupted(
            translate("ExportErrors", "The journal's signing key is damaged.")
        ) from exc


def journal_fingerprint(vault: Vault) -> str:
    """Return the fingerprint of the journal's public key (created on first need)."""
    return fingerprint(public_bytes(signing_key(vault).public_key()))


def sign_document(doc: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    """Return `doc` with a "signature" block over its portable canonical form."""
    body = {k: v for k, v in doc.items() if k != SIGNATURE_KEY}
    public = public_bytes(key.public_key())
    value = key.sign(portable_canonical_json(body))
    return {
        **body,
        SIGNATURE_KEY: {
            "algorithm": ALGORITHM,
            "public_key": base64.b64encode(public).decode("ascii"),
            "signer_fingerprint": fingerprint(public),
            "value": base64.b64encode(value).decode("ascii"),
        },
    }


def check_signature(doc: dict[str, Any]) -> tuple[str | None, str]:
    """Return (signer fingerprint, "") when `doc`'s signature is valid, else (None, why)."""
    block = doc.get(SIGNATURE_KEY)
    if block is None:
        return None, "The file carries no signature."
    if not isinstance(block, dict) or block.get("algorithm") != ALGORITHM:
        return None, "The signature is not an Ed25519 signature this program knows."
    try:
        public = base64.b64decode(str(block["public_key"]), validate=True)
        value = base64.b64decode(str(block["value"]), validate=True)
        key = Ed25519PublicKey.from_public_bytes(public)
        body = {k: v for k, v in doc.items() if k != SIGNATURE_KEY}
        key.verify(value, portable_canonical_json(body))
    except (KeyError, ValueError):
        return None, "The signature is damaged."
    except InvalidSignature:
        return None, "The signature does not match the content: the file was changed."
    signer = fingerprint(public)
    if block.get("signer_fingerprint") != signer:
        return None, "The fingerprint written in the file is not that of its key."
    return signer, ""
