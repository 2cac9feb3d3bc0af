"""Qt's translations and locale for one language: what `journal.i18n` looks strings up in.

The `.qm` files are built from the `.ts` sources in `i18n/` by `pyside6-lrelease` (`make
translations`, run by `make run` and `make test`) into `resources/i18n/`, which ships in the
wheel and the packaged app. Qt's own strings (the buttons of standard dialogs, the context menu
of a text field) come from Qt's `qtbase_<lang>.qm`, shipped with PySide6.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from journal.i18n import SOURCE_LANGUAGE, Language, install, language
from journal.paths import resource_file, resource_path

if TYPE_CHECKING:  # the unlock window shows before `datetime` is needed
    import datetime as dt

CATALOG_NAME = "reality_check"  # resources/i18n/reality_check_<lang>.qm

_LOCALES = {
    Language.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    Language.SPANISH: QLocale(QLocale.Language.Spanish, QLocale.Country.LatinAmerica),
}


class MissingTranslations(RuntimeError):
    """The built translations of a language are not where the app looks for them."""


def qm_name(lang: Language) -> str:
    """Return the bundled resource name of a language's compiled catalog."""
    return f"i18n/{CATALOG_NAME}_{lang.value}.qm"


class QtCatalog:
    """A language's translations (our `.qm`) and formats (`QLocale`), usable from any thread."""

    def __init__(self, lang: Language) -> None:
        self.language = lang
        self.locale = QLocale(_LOCALES[lang])
        self.translator = QTranslator()
        self.qt_translator = QTranslator()  # Qt's own strings; none exist for English
        self._lock = threading.Lock()
        if lang is SOURCE_LANGUAGE:
            return
        data = resource_file(qm_name(lang))
        if not data.is_file() or not self.translator.load(str(resource_path(qm_name(lang)))):
            raise MissingTranslations(
                f"The {lang.native_name} translations ({qm_name(lang)}) are missing: "
                "run `make translations` (see README)."
            )
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self.qt_translator.load(self.locale, "qtbase", "_", folder)

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """Return the translation, or "" when there is none (English: always "")."""
        if self.language is SOURCE_LANGUAGE:
            return ""
        with self._lock:
            return self.translator.translate(context, text, disambiguation, n) or ""

    def format_number(self, value: int | float, decimals: int = 0) -> str:
        """Return a number as this language writes it."""
        if isinstance(value, int) and not decimals:
            return self.locale.toString(value)
        return self.locale.toString(float(value), "f", decimals)

    def format_date(self, value: dt.date, long: bool = False) -> str:
        """Return a date as this language writes it."""
        day = QDate(value.year, value.month, value.day)
        if long:
            return self.locale.toString(day, QLocale.FormatType.LongFormat)
        return self.locale.toString(day, "d MMM yyyy")  # short, yet never ambiguous

    def format_datetime(self, value: dt.datetime, long: bool = False) -> str:
        """Return a date and time as this language writes it (hours and minutes)."""
        day = self.format_date(value.date(), long)
        time = self.locale.toString(QTime(value.hour, value.minute), "HH:mm")
        return f"{day}, {time}"

    def qdatetime(self, value: dt.datetime) -> QDateTime:
        """Return `value` as a QDateTime (for widgets that format dates themselves)."""
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


_catalogs: dict[Language, QtCatalog] = {}
_app_translators: list[QTranslator] = []


def catalog(lang: Language) -> QtCatalog:
    """Return the (cached) catalog of a language; raise MissingTranslations if not built."""
    if lang not in _catalogs:
        _catalogs[lang] = QtCatalog(lang)
    return _catalogs[lang]


def apply_language(lang: Language) -> QtCatalog:
    """Make `lang` the interface's language: our strings, Qt's own, dates and numbers."""
    chosen = catalog(lang)
    app = QCoreApplication.instance()
    if app is not None:
        for old in _app_translators:
            QCoreApplication.removeTranslator(old)
        _app_translators.clear()
        if lang is not SOURCE_LANGUAGE:
            for translator in (chosen.qt_translator, chosen.translator):
                QCoreApplication.installTranslator(translator)
                _app_translators.append(translator)
    # English keeps the system's own formats in Qt's widgets (e.g. en_GB dates), as before
    # translations existed; other languages use theirs.
    QLocale.setDefault(QLocale.system() if lang is SOURCE_LANGUAGE else chosen.locale)
    install(None if lang is SOURCE_LANGUAGE else chosen)
    return chosen


def current_locale() -> QLocale:
    """Return the QLocale of the language in force on this thread (a report's or the windows')."""
    return QLocale(_LOCALES[language()])
