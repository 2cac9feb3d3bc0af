"""An independent check of a signed JSON export, written from docs/EXPORT_FORMAT.md alone.

It imports nothing from the project: its own strict parser rules, its own canonical
serializer, Ed25519 from `cryptography`. Usage: python independent_verify.py FILE.json
Prints "Signed by: <fingerprint>" and exits 0 when the signature and every hash hold.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def strict_pairs(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError("duplicate key " + key)
        seen[key] = value
    return seen


def text(value: str) -> str:
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "\b\f\n\r\t":
            out.append({"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical(value) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return text(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        items = sorted(value.items())  # code point order
        return "{" + ",".join(text(k) + ":" + canonical(v) for k, v in items) + "}"
    raise ValueError(f"not allowed in the canonical form: {value!r}")


def fingerprint(data: bytes) -> str:
    letters = base64.b32encode(hashlib.sha256(data).digest()).decode()[:20]
    return "-".join(letters[i : i + 4] for i in range(0, 20, 4))


def main(path: str) -> int:
    with open(path, "rb") as handle:
        doc = json.loads(handle.read().decode("utf-8"), object_pairs_hook=strict_pairs)
    signature = doc.pop("signature")
    body = canonical(doc).encode("utf-8")
    public = base64.b64decode(signature["public_key"])
    Ed25519PublicKey.from_public_bytes(public).verify(base64.b64decode(signature["value"]), body)
    for record in doc["entries"]:
        rest = {k: v for k, v in record.items() if k != "sha256"}
        assert hashlib.sha256(canonical(rest).encode()).hexdigest() == record["sha256"]
    assert len(doc["entries"]) == doc["entry_count"]
    whole = {k: v for k, v in doc.items() if k != "export_sha256"}
    assert hashlib.sha256(canonical(whole).encode()).hexdigest() == doc["export_sha256"]
    print("Signed by: " + fingerprint(public))
    print("Export fingerprint: " + fingerprint(body))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
