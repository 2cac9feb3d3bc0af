"""The one canonical JSON encoding that the project hashes (vault chain, exports)."""

from __future__ import annotations

import json
from typing import Any


def canonical_json(obj: Any) -> bytes:
    """Return `obj` as canonical JSON: sorted keys, no spaces, non-ASCII kept, UTF-8 bytes."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )
