"""English, the source language, as a catalog: what the JSON record's readable names are in.

The JSON export (and the signed record inside a PDF) is read by programs and checked byte for
byte, so its readable names (the vocabulary, the summary's and the patterns' keys, the red-flag
labels) are English whatever language the windows or the report use (docs/EXPORT_FORMAT.md).
`with english():` holds on this thread only, like any `journal.i18n.using`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from journal.i18n import Language, using


class _English:
    """The source language: no translation, the code's own formats (no Qt)."""

    language = Language.ENGLISH

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """Return "" (the English source text is used as it is)."""
        return ""

    def format_number(self, value: int | float, decimals: int = 0) -> str:
        """Return a number as English writes it ("1,234.5")."""
        return f"{value:,.{decimals}f}" if decimals else f"{int(value):,}"

    def format_date(self, value: dt.date, long: bool = False) -> str:
        """Return a date as "3 Mar 2025" ("3 March 2025" when `long`)."""
        return f"{value.day} {value:%B %Y}" if long else f"{value.day} {value:%b %Y}"

    def format_datetime(self, value: dt.datetime, long: bool = False) -> str:
        """Return a date and time as "3 Mar 2025, 21:30"."""
        return f"{self.format_date(value.date(), long)}, {value:%H:%M}"


ENGLISH = _English()


@contextlib.contextmanager
def english() -> Iterator[None]:
    """Within the block, on this thread only, everything reads in English."""
    with using(ENGLISH):
        yield
