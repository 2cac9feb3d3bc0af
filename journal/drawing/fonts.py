"""The bundled fonts (Noto: Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari) and the check
that every character of an export can be drawn with them before a PDF is written."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from journal.export.data import ExportData
from journal.export.records import ExportItem
from journal.paths import resource_path

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
)
_lock = threading.Lock()
_families: list[str] = []
_covered: dict[int, bool] = {}


def bundled_families() -> list[str]:
    """Load the bundled fonts once (any thread) and return their family names, Latin first."""
    with _lock:
        if not _families:
            for name in FONT_FILES:
                try:
                    font_id = QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}")))
                except FileNotFoundError:
                    continue
                for family in QFontDatabase.applicationFontFamilies(font_id):
                    if family not in _families:
                        _families.append(family)
        return list(_families)


def can_draw(char: str) -> bool:
    """Return True when a bundled font has a glyph for `char` (controls and marks count)."""
    code = ord(char)
    if code in _covered:
        return _covered[code]
    if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char.isspace():
        result = True
    else:
        result = any(QFontMetrics(QFont(family)).inFontUcs4(code) for family in bundled_families())
    _covered[code] = result
    return result


def _texts(item: ExportItem) -> Iterator[str]:
    """Yield every piece of text an entry shows (its record, earlier versions included)."""
    stack: list[object] = [item.record]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def undrawable_entries(data: ExportData) -> tuple[int, ...]:
    """Return the numbers (1, 2, …) of entries holding a character no bundled font can draw."""
    bundled_families()
    found = []
    for number, item in enumerate(data.items, start=1):
        chars = set("".join(_texts(item)))  # each distinct character once per entry
        if not all(map(can_draw, chars)):
            found.append(number)
    return tuple(found)


def undrawable_chars(text: str) -> str:
    """Return the distinct characters of `text` that no bundled font can draw, in order."""
    bundled_families()
    return "".join(dict.fromkeys(char for char in text if not can_draw(char)))
