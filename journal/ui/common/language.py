"""Choosing the interface's language: the chooser widget, and putting a language in force.

The chooser lists every language in its own name ("English", "Español"), so a person who
cannot read the current language still finds theirs. It is shown on the screens before
unlocking and in Settings (see `journal.ui.window_language`).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from journal import i18n
from journal.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, Language
from journal.ui.common.widgets import named

CATALOGS = "journal.drawing.catalogs"  # imported when a language is first put in force
LANGUAGE_NAME = QT_TRANSLATE_NOOP("Names", "Language")
# Said (in journal.ui.window_language) when an entry or plan could not be kept, or a file is
# still being added.
NOT_CHANGED = QT_TRANSLATE_NOOP(
    "LanguageChooser",
    "The language was not changed, so that nothing you are writing is lost (or a file still "
    "being added). Save your entry or plan, or wait for the file, then try again.",
)


def use_language(lang: Language) -> Language:
    """Show the interface in `lang` from now on; English (and a note on stderr) if it was not
    built. Returns the language now in force."""
    if lang is SOURCE_LANGUAGE and CATALOGS not in sys.modules:
        # No language was put in force yet (it goes through the catalogs): nothing to remove,
        # nothing to load; what `apply_language(SOURCE_LANGUAGE)` does then. The catalogs and
        # QTranslator wait until another language is chosen (see "Cold start" in
        # docs/PERFORMANCE.md; tests/system/test_language_start.py compares both).
        QLocale.setDefault(QLocale.system())
        i18n.install(None)
        return lang
    from journal.drawing.catalogs import MissingTranslations, apply_language

    try:
        apply_language(lang)
    except MissingTranslations as error:
        print(f"reality-check: {error}", file=sys.stderr)
        apply_language(SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    return lang


class LanguageChooser(QComboBox):
    """A combo box of every language, each in its own name; `chosen` when the user picks one."""

    chosen = Signal(Language)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for lang in Language:
            self.addItem(lang.native_name, lang.value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_language(i18n.language())
        self.retranslate()
        self.activated.connect(self._activated)

    def retranslate(self) -> None:
        """Give the chooser its name in the interface's language ("Idioma")."""
        named(self, LANGUAGE_NAME)

    @property
    def language(self) -> Language:
        """Return the language selected."""
        return Language(self.currentData())

    def show_language(self, lang: Language) -> None:
        """Select `lang` without announcing it as chosen."""
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(lang.value)))
        self.blockSignals(False)

    @Slot(int)
    def _activated(self, index: int) -> None:
        self.chosen.emit(Language(self.itemData(index)))
