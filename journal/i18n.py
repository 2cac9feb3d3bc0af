"""Translation for every layer, without Qt: the app installs a catalog, the core only looks up.

Every user-facing string is written in English in the code and looked up at the moment it is
shown, with `translate("Context", "English text")` (the name and the argument order are those
of `QCoreApplication.translate`, so `pyside6-lupdate` collects the calls into `i18n/<lang>/*.ts`).
Strings defined in tables before any language is known are marked with
`QT_TRANSLATE_NOOP("Context", "text")` and translated where they are shown. Counts: the code
chooses between a singular and a plural message ("1 entry" / "{count} entries"), which is right
for English and Spanish (one form for 1, one for the rest); `%n` messages with the count
(`translate("Ctx", "%n files", None, n)`) get Qt's plural forms per language (docs/TRANSLATING.md).

The catalog itself (Qt's `QTranslator` over the `.qm` files built by `pyside6-lrelease`, and
`QLocale` for dates and numbers) lives in `journal.drawing.catalogs`; the app installs one for
the interface language. A report can be written in another language: the exporter runs inside
`using(catalog)`, which holds for its own thread only (a `ContextVar`), so the windows keep
theirs. Without any catalog (the command line, a core-only test) everything reads in English.
See docs/TRANSLATING.md.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # dates are only passed through here; `datetime` loads where they are made
    import datetime as dt


class Language(StrEnum):
    """A language the app is translated into (its value: the ISO 639-1 code)."""

    ENGLISH = "en"
    SPANISH = "es"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as a language chooser shows it."""
        return _NATIVE_NAMES[self]


_NATIVE_NAMES = {Language.ENGLISH: "English", Language.SPANISH: "Español"}
SOURCE_LANGUAGE = Language.ENGLISH


def language_for(code: str | None) -> Language | None:
    """Return the supported language of a locale name ("es_MX.UTF-8", "es-419", "en"), if any."""
    if not code:
        return None
    base = code.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].strip().lower()
    try:
        return Language(base)
    except ValueError:
        return None


class Catalog(Protocol):
    """The translations and the formats of one language."""

    @property
    def language(self) -> Language:
        """The language this catalog translates into."""
        ...

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """Return the translation, or "" when there is none."""
        ...

    def format_number(self, value: int | float, decimals: int = 0) -> str:
        """Return a number as this language writes it (e.g. 1.234,5 in Spanish)."""
        ...

    def format_date(self, value: dt.date, long: bool = False) -> str:
        """Return a date as this language writes it (`long`: with the month's name)."""
        ...

    def format_datetime(self, value: dt.datetime, long: bool = False) -> str:
        """Return a date and time as this language writes it."""
        ...


_installed: Catalog | None = None  # the interface's catalog (the whole process)
_local: ContextVar[Catalog | None] = ContextVar("reality_check_catalog", default=None)


def install(catalog: Catalog | None) -> None:
    """Make `catalog` the interface's language (None: English, the source language)."""
    global _installed
    _installed = catalog  # one assignment: a worker thread sees the old or the new one


@contextlib.contextmanager
def using(catalog: Catalog | None) -> Iterator[None]:
    """Within the block, on this thread only, translate with `catalog` (a report's language)."""
    token = _local.set(catalog)
    try:
        yield
    finally:
        _local.reset(token)


def current() -> Catalog | None:
    """Return the catalog in force on this thread (None: English)."""
    local = _local.get()
    if local is not None:
        return local
    return _installed


def language() -> Language:
    """Return the language in force on this thread."""
    catalog = current()
    return catalog.language if catalog is not None else SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return `text` in the current language; `%n` becomes `n`, whose plural form is chosen."""
    catalog = current()
    result = catalog.lookup(context, text, disambiguation, n) if catalog is not None else ""
    if not result:
        result = text
    if n >= 0:  # as Qt does: %n plain, %Ln grouped as the language groups digits
        result = result.replace("%Ln", format_number(n)).replace("%n", str(n))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; `translate(context, text)` shows it."""
    del context
    return text


def format_number(value: int | float, decimals: int = 0) -> str:
    """Return a number as the current language writes it."""
    catalog = current()
    if catalog is not None:
        return catalog.format_number(value, decimals)
    return f"{value:,.{decimals}f}" if decimals else f"{int(value):,}"


def format_date(value: dt.date, english: str = "%Y-%m-%d", long: bool = False) -> str:
    """Return a date as the current language writes it (in English: `english`, a strftime)."""
    catalog = current()
    if catalog is not None:
        return catalog.format_date(value, long)
    return value.strftime(english)


def format_datetime(value: dt.datetime, english: str = "%Y-%m-%d %H:%M", long: bool = False) -> str:
    """Return a date and time as the current language writes it (in English: `english`)."""
    catalog = current()
    if catalog is not None:
        return catalog.format_datetime(value, long)
    return value.strftime(english)


def localized_resource(name: str, lang: Language | None = None) -> str:
    """Return the resource name for a language: "guidance/x.md" → "guidance/es/x.md" in Spanish.

    English is the source: its files keep their plain names. The caller falls back to the
    English file only where a test guarantees every translation exists (tests/system/test_i18n).
    """
    lang = lang or language()
    if lang is SOURCE_LANGUAGE:
        return name
    folder, _, file = name.rpartition("/")
    return f"{folder}/{lang.value}/{file}" if folder else f"{lang.value}/{file}"
