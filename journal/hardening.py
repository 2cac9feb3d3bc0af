"""Process hardening: no core dumps that could hold decrypted journal text."""

from __future__ import annotations

import sys
import threading

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """Turn off core dumps (RLIMIT_CORE 0 and non-dumpable on Linux); True if it worked."""
    limited = limit_core_dumps()
    return forbid_dumping() and limited


def limit_core_dumps() -> bool:
    """Set the core-file size limit to 0 (cheap: the app does it first thing); True if it worked."""
    if sys.platform == "win32":
        return False
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        return False
    return True


def forbid_dumping() -> bool:
    """Make the process non-dumpable on Linux (no core file even through a crash handler that
    ignores the size limit, no reading its memory as the same user); True if it worked.

    It needs `ctypes`, which `journal.start_up` has loaded for its font thread by the time
    `journal.app.main` calls this, first thing (see "Cold start" in docs/PERFORMANCE.md).
    Elsewhere than on Linux there is nothing more to do than `limit_core_dumps`.
    """
    if sys.platform == "win32":
        return False
    if not sys.platform.startswith("linux"):
        return True
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _where(error: BaseException | None) -> str:
    """Return " in file:line (function)" of the innermost frame of `error`'s traceback."""
    tb = error.__traceback__ if error is not None else None
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return ""
    code = tb.tb_frame.f_code
    return f" in {code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno} ({code.co_name})"


def _report(kind: type[BaseException] | None, error: BaseException | None, extra: str = "") -> None:
    name = kind.__name__ if kind is not None else "error"
    sys.stderr.write(f"Reality Check: an unexpected {name}{_where(error)}{extra}.\n")


def quiet_crash_reports() -> None:
    """Report unexpected errors without their messages or values (they may quote the journal).

    Python's default hooks print the exception message and, from Qt slots, the failing line;
    stderr can end up in a desktop session log (e.g. ~/.xsession-errors). These print only the
    exception type and where it happened: for the main thread (`sys.excepthook`), other
    threads (`threading.excepthook`) and errors Python cannot raise, e.g. in `__del__`
    (`sys.unraisablehook`, which would also print the object involved).
    """

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        _report(kind, error)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        _report(args.exc_type, args.exc_value, " in a background task")

    def unraisable_hook(args: sys.UnraisableHookArgs) -> None:
        _report(args.exc_type, args.exc_value, " that could not be reported")

    sys.excepthook = hook
    threading.excepthook = thread_hook
    sys.unraisablehook = unraisable_hook
