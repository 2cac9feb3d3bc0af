"""Process hardening: no core dumps that could hold decrypted journal text."""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """Turn off core dumps (RLIMIT_CORE 0 and non-dumpable on Linux); True if it worked."""
    if sys.platform == "win32":
        return False
    ok = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        ok = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            ok = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and ok
        except (OSError, AttributeError):
            ok = False
    return ok
