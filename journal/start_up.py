"""Work the app starts before it loads the rest of itself: `journal.app` calls `begin` before
it imports any other module of the app's own (see "Cold start" in docs/PERFORMANCE.md).

- fontconfig reads its configuration (some 27 million instructions, mostly parsing its XML
  files: about 10 ms) on a thread of its own while Python loads the app, instead of when the
  unlock window first measures a text. fontconfig is thread-safe and keeps one configuration
  per process; Qt finds it loaded. Only on Linux, where Qt takes its fonts from fontconfig,
  and only if the library is there (`warm_up_font_config`).
- Python's cyclic garbage collector waits while the app builds objects that live as long as
  the app does (its modules and classes; then, in `main`, the window): `journal.app` turns it
  back on at the end of its own import, and `main` pauses it again until just after the first
  frame (`collect_again`).

Importing this module starts nothing. Nothing here reads or holds journal data.
"""

from __future__ import annotations

import gc
import sys
import threading

FONTCONFIG = "libfontconfig.so.1"
_paused: list[bool] = []  # True while this module has the collector off
_font_thread: list[threading.Thread | None] = []  # what `begin` started, once


def pause_collection() -> None:
    """Turn cyclic garbage collection off until `collect_again` (if it is on now)."""
    if gc.isenabled():
        gc.disable()
        _paused[:] = [True]


def collect_again(*, freeze: bool = False) -> None:
    """Turn cyclic garbage collection back on if `pause_collection` turned it off.

    With `freeze`, every object alive now first moves where the collector no longer looks
    (`gc.freeze`): what the app built to start lives as long as the app, and each later
    collection then looks at fewer objects."""
    if freeze:
        gc.freeze()
    if _paused:
        _paused.clear()
        gc.enable()


def warm_up_font_config() -> threading.Thread | None:
    """Start loading fontconfig's configuration on another thread; None where there is none.

    `ctypes` lets go of the interpreter lock while `FcInit` runs, so the thread runs on the
    other core while this one goes on loading Python code."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        init = ctypes.CDLL(FONTCONFIG).FcInit
    except (OSError, AttributeError):
        return None
    thread = threading.Thread(target=init, name="fontconfig", daemon=True)
    thread.start()
    return thread


def begin() -> None:
    """Pause cyclic garbage collection and start fontconfig's thread (once a process)."""
    pause_collection()
    if not _font_thread:
        _font_thread.append(warm_up_font_config())


def font_thread() -> threading.Thread | None:
    """Return the thread `begin` started to load fontconfig's configuration, if any."""
    return _font_thread[0] if _font_thread else None
