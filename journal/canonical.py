"""The one canonical JSON encoding that the project hashes (vault chain, exports)."""

from __future__ import annotations

import json
from typing import Any

import orjson

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
    check_portable(obj)
    try:
        # orjson writes the same bytes as `_general_portable` for every value it accepts
        # (integers, text, lists, objects with text keys; tests/unit/test_canonical_fast.py);
        # what it refuses (a lone surrogate, an integer beyond 64 bits, nesting deeper than
        # 255) goes the general way, for its same result or error.
        return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS).replace(b"\x7f", b"\\u007f")
    except orjson.JSONEncodeError:
        return _general_portable(obj)


def _general_portable(obj: Any) -> bytes:
    """Return the portable canonical form of an already checked `obj` with the standard library."""
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.replace("\x7f", "\\u007f").encode("utf-8")
    except UnicodeEncodeError as exc:
        message = translate("Canonical", "A text holds a broken character (a lone surrogate).")
        raise ValueError(message) from exc


def indented_json(obj: Any) -> bytes:
    """Return `json.dumps(obj, ensure_ascii=False, indent=2)` as UTF-8 bytes, quickly.

    A portable value goes through orjson (the same bytes); anything else (a fraction, a key
    that is not text, a lone surrogate …) through the standard library, as before."""
    try:
        check_portable(obj)
        return orjson.dumps(obj, option=orjson.OPT_INDENT_2)
    except (ValueError, orjson.JSONEncodeError):
        return json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8")


_LEAVES = frozenset({str, int, bool, type(None)})


def check_portable(obj: Any) -> None:
    """Raise ValueError unless `obj` holds only what the portable canonical form allows.

    Objects (dict) with text keys, lists and tuples, text, integers, booleans and None; the
    first offence found depth-first, in the order the values are stored, is reported."""
    kind = type(obj)
    if kind is dict:
        for key, value in obj.items():
            if type(key) is not str and not isinstance(key, str):
                raise ValueError("Object keys must be text.")
            if type(value) not in _LEAVES:
                check_portable(value)
    elif kind is list or kind is tuple:
        for value in obj:
            if type(value) not in _LEAVES:
                check_portable(value)
    elif kind not in _LEAVES:
        _check_general(obj)


def _check_general(obj: Any) -> None:
    """The check for subclasses and refused types (the definition `check_portable` follows)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                raise ValueError("Object keys must be text.")
            check_portable(value)
    elif isinstance(obj, list | tuple):
        for value in obj:
            check_portable(value)
    elif isinstance(obj, float):
        raise ValueError("The portable canonical form holds integers only, not fractions.")
    elif obj is not None and not isinstance(obj, str | int | bool):
        raise ValueError(f"Cannot encode a {type(obj).__name__}.")
