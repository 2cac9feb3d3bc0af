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


def quiet_crash_reports() -> None:
    """Report unexpected errors without their messages or values (they may quote the journal).

    Python's default hook prints the exception message and, from Qt slots, the failing line;
    stderr can end up in a desktop session log (e.g. ~/.xsession-errors). This prints only the
    exception type and where it happened.
    """

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        where = ""
        tb = error.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            code = tb.tb_frame.f_code
            where = f" in {code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno} ({code.co_name})"
        sys.stderr.write(f"Reality Check: an unexpected {kind.__name__}{where}.\n")

    sys.excepthook = hook
