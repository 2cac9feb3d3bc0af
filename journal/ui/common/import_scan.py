"""A quicker way to PySide6's answer to "does this module use PySide6?" (the same answer).

PySide6 wraps `__import__` for its `__feature__` switches: the first time a module name is
imported after PySide6, it reads the module's whole source through `inspect.getsource` and
looks for the text "PySide6" in it (`_mod_uses_pyside` in PySide6's embedded
`shibokensupport.feature`). On a cold start that is some 70 modules, ours and the standard
library's, about 30 million instructions. `install()` replaces that one function by one that
reads a module's `.py` file directly and gives the same answer; any other case (no `.py`
file, a file that is not UTF-8, a PySide6 without that function) keeps PySide6's own way.
tests/gui/test_import_scan.py checks that both give the same answer for every loaded module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
SCAN_NAME = "_mod_uses_pyside"


def mentions_pyside(module: ModuleType) -> bool | None:
    """True or False when `module`'s `.py` file names PySide6; None when that cannot be read."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as source:
            text = source.read().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return "PySide6" in text


def install() -> bool:
    """Let PySide6's import hook use `mentions_pyside`; True if it now does."""
    feature = sys.modules.get(FEATURE_MODULE)
    original: Callable[[ModuleType], bool] | None = getattr(feature, SCAN_NAME, None)
    if feature is None or original is None or getattr(original, "__name__", "") != SCAN_NAME:
        return getattr(original, "__name__", "") == "quicker_scan"

    def quicker_scan(module: ModuleType) -> bool:
        answer = mentions_pyside(module)
        return original(module) if answer is None else answer

    quicker_scan.original = original  # type: ignore[attr-defined]  # for the tests
    setattr(feature, SCAN_NAME, quicker_scan)
    return True


INSTALLED = install()  # journal.app imports this module right after PySide6, before the rest
