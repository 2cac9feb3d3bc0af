"""The one canonical JSON encoding that the project hashes (vault chain, exports)."""

from __future__ import annotations

import json
from typing import Any

from journal.i18n import translate


def canonical_json(obj: Any) -> bytes:
    """Return `obj` as canonical JSON: sorted keys, no spaces, non-ASCII kept, UTF-8 bytes."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def portable_canonical_json(obj: Any) -> bytes:
    """Return `obj` in the export's portable canonical form (docs/EXPORT_FORMAT.md).

    Like `canonical_json` (keys sorted by code point, no spaces, UTF-8, non-ASCII kept), with
    the rules another language needs to reproduce it byte for byte: numbers are integers only
    (a float raises ValueError), U+007F is written as the escape \\u007f (as jq does), and a
    lone surrogate raises ValueError.
    """
    _check_portable(obj)
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.replace("\x7f", "\\u007f").encode("utf-8")
    except UnicodeEncodeError as exc:
        message = translate("Canonical", "A text holds a broken character (a lone surrogate).")
        raise ValueError(message) from exc


def _check_portable(obj: Any) -> None:
    if isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                raise ValueError("Object keys must be text.")
            _check_portable(value)
    elif isinstance(obj, list | tuple):
        for value in obj:
            _check_portable(value)
    elif isinstance(obj, float):
        raise ValueError("The portable canonical form holds integers only, not fractions.")
    elif obj is not None and not isinstance(obj, str | int | bool):
        raise ValueError(f"Cannot encode a {type(obj).__name__}.")
