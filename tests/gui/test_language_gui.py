"""Choosing the language: before unlocking (the top bar) and in Settings, at once, nothing lost.

Driven as a person would: the chooser is found by its accessible name ("Language", "Idioma" in
Spanish) and used with the keyboard; the passphrase being typed and the entry being written
are still there afterwards; the choice is remembered; the system's language is the default.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QWidget,
)

from journal import i18n
from journal.app import create_main_window, use_language
from journal.drawing.catalogs import apply_language
from journal.i18n import Language
from journal.ui.settings.preferences import Preferences, system_language
from journal.ui.settings.settings_dialog import SettingsDialog
from journal.vault import KdfParams, create_vault
from tests.conftest import PASSPHRASE
from tests.gui_helpers import find, find_button, ini_settings

ENGLISH_NAMES = ("Quick exit", "Get help", "New entry", "Save", "Search", "Lock", "What happened")
WRITING = "Me grito en la cocina y rompio un plato."  # keyClicks types ASCII only


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    apply_language(Language.ENGLISH)
    yield
    apply_language(Language.ENGLISH)


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "j" / "journal.rcv"
    vault, _code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    vault.close()
    return path


def _window(qtbot, path: Path, settings: QSettings) -> QMainWindow:
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def _choose(qtbot, chooser: QComboBox, lang: Language) -> None:
    """Pick a language with the keyboard, as a person would (arrows on the closed list)."""
    chooser.setFocus()
    key = (
        Qt.Key.Key_Down if chooser.findData(lang.value) > chooser.currentIndex() else Qt.Key.Key_Up
    )
    while chooser.currentData() != lang.value:
        qtbot.keyClick(chooser, key)


def test_switching_on_the_unlock_screen_keeps_the_passphrase_being_typed(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    settings = ini_settings(tmp_path)
    win = _window(qtbot, journal, settings)
    field = find(win, QLineEdit, "Passphrase")
    qtbot.waitUntil(field.hasFocus)  # the unlock page opens with the cursor in it
    qtbot.keyClicks(field, PASSPHRASE)
    # Alt+L reaches the chooser from the keyboard (its label's shortcut).
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    chooser = find(win, QComboBox, "Language")
    assert chooser.hasFocus()
    assert [chooser.itemText(i) for i in range(chooser.count())] == ["English", "Español"]
    _choose(qtbot, chooser, Language.SPANISH)
    assert i18n.language() is Language.SPANISH
    assert chooser.hasFocus() and chooser.accessibleName() == "Idioma"
    assert find_button(win, "Desbloquear").text() == "Desbloquear"
    assert find_button(win, "Salida rápida").text() == "Salida rápida"
    assert find(win, QLineEdit, "Frase de contraseña") is field
    assert field.text() == PASSPHRASE  # in its field, nowhere else
    settings.sync()
    stored = (tmp_path / "settings.ini").read_text()
    assert "language=es" in stored and PASSPHRASE not in stored
    assert win.menuBar().actions()[0].text() == "&Diario"
    assert Preferences(settings).language is Language.SPANISH
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(win._on_journal_page, timeout=15_000)
    win.close()


def test_the_wait_after_wrong_passphrases_is_said_again_in_the_new_language(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, journal, ini_settings(tmp_path))
    page = win.unlock_page
    page.failures = 2
    page.failed("That passphrase did not work.")
    assert page.waiting and "Please wait" in page.error.text()
    win.set_language(Language.SPANISH)
    assert "Espera" in page.error.text() and page.waiting
    assert not page.unlock_button.isEnabled()
    win.close()


def test_switching_in_settings_keeps_the_entry_being_written(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    settings = ini_settings(tmp_path)
    win = _window(qtbot, journal, settings)
    qtbot.keyClicks(find(win, QLineEdit, "Passphrase"), PASSPHRASE)
    qtbot.keyClick(find(win, QLineEdit, "Passphrase"), Qt.Key.Key_Return)
    qtbot.waitUntil(win._on_journal_page, timeout=15_000)
    assert not win.language_chooser.isVisible()  # once unlocked, in Settings
    old_page = win.journal_page
    old_page.new_entry()
    qtbot.keyClicks(old_page.editor.what_happened, WRITING)
    win.show_help()  # a window beside the main one is rebuilt in the new language too

    def use_settings() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog) or not dialog.isVisible():
            QTimer.singleShot(10, use_settings)
            return
        _choose(qtbot, find(dialog, QComboBox, "Language"), Language.SPANISH)
        assert i18n.language() is Language.ENGLISH  # only once the dialog is accepted
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, use_settings)
    win.settings_action.trigger()
    assert i18n.language() is Language.SPANISH
    page = win.journal_page
    assert page is not old_page and page.editing  # built again, the same entry in its editor
    assert page.editor.what_happened.toPlainText() == WRITING
    assert win.session.is_unlocked and win._on_journal_page()
    assert win._help_panel is not None and win._help_panel.isVisible()
    assert win.menuBar().actions()[0].text() == "&Diario"
    assert Preferences(settings).language is Language.SPANISH
    # Saving it now saves the one entry: nothing was lost or doubled on the way.
    page.editor.request_save()
    qtbot.waitUntil(lambda: len(win.session.vault.entries()) == 1, timeout=10_000)
    assert win.session.vault.entries()[0].what_happened == WRITING
    win.close()


def test_the_choice_is_remembered_for_the_next_start(qtbot, journal: Path, tmp_path: Path) -> None:
    settings = ini_settings(tmp_path)
    Preferences(settings).language = Language.SPANISH
    settings.sync()
    again = ini_settings(tmp_path)
    use_language(Preferences(again).language)  # what journal.app.main does
    win = _window(qtbot, journal, again)
    assert find_button(win, "Desbloquear").isVisible()
    assert find(win, QComboBox, "Idioma").currentText() == "Español"
    win.close()


def test_the_system_language_is_the_default(
    qtbot, monkeypatch: pytest.MonkeyPatch, journal: Path, tmp_path: Path
) -> None:
    QLocale.system()  # Qt reads the system's locale once: not with the LANGUAGE set here
    monkeypatch.setenv("LANGUAGE", "es_MX:en")
    assert system_language() is Language.SPANISH
    settings = ini_settings(tmp_path)
    assert Preferences(settings).language is Language.SPANISH  # nothing stored yet
    use_language(Preferences(settings).language)
    win = _window(qtbot, journal, settings)
    assert find_button(win, "Desbloquear").isVisible()
    win.close()
    monkeypatch.setenv("LANGUAGE", "fr:en_GB")
    assert system_language() is Language.ENGLISH  # the first supported one asked for
    Preferences(settings).language = Language.ENGLISH  # a stored choice wins over the system
    monkeypatch.setenv("LANGUAGE", "es")
    assert Preferences(settings).language is Language.ENGLISH


def test_quick_exit_reads_salida_rapida_and_english_names_stay(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, journal, ini_settings(tmp_path))
    win.set_language(Language.SPANISH)
    button = win.quick_exit_button
    assert button.text() == "Salida rápida" and button.accessibleName() == "Salida rápida"
    assert button.objectName() == "quick_exit"  # what tools and tests find it by
    win.set_language(Language.ENGLISH)
    assert find(win, QPushButton, "Unlock").text() == "Unlock"
    qtbot.keyClicks(find(win, QLineEdit, "Passphrase"), PASSPHRASE)
    qtbot.keyClick(find(win, QLineEdit, "Passphrase"), Qt.Key.Key_Return)
    qtbot.waitUntil(win._on_journal_page, timeout=15_000)
    win.set_language(Language.SPANISH)
    win.set_language(Language.ENGLISH)  # the journal page built twice more
    win.journal_page.new_entry()
    QApplication.processEvents()
    for name in ENGLISH_NAMES:
        assert [w for w in win.findChildren(QWidget) if w.accessibleName() == name], name
    assert win.quick_exit_button.text() == "Quick exit"
    win.close()


def test_the_language_stays_when_the_entry_being_written_cannot_be_kept(
    qtbot, monkeypatch: pytest.MonkeyPatch, journal: Path, tmp_path: Path
) -> None:
    settings = ini_settings(tmp_path)
    win = _window(qtbot, journal, settings)
    qtbot.keyClicks(find(win, QLineEdit, "Passphrase"), PASSPHRASE)
    qtbot.keyClick(find(win, QLineEdit, "Passphrase"), Qt.Key.Key_Return)
    qtbot.waitUntil(win._on_journal_page, timeout=15_000)
    page = win.journal_page
    page.new_entry()
    qtbot.keyClicks(page.editor.what_happened, WRITING)
    monkeypatch.setattr(page, "save_draft", lambda: False)  # e.g. the drive just went away
    win.set_language(Language.SPANISH)
    assert i18n.language() is Language.ENGLISH
    assert win.journal_page is page and page.editor.what_happened.toPlainText() == WRITING
    assert "not changed" in win.statusBar().currentMessage()
    assert settings.value("ui/language") is None  # nor remembered
    win.close()


def test_english_dates_stay_english_whatever_the_system_language(qtbot, tmp_path) -> None:
    """Qt adopts the system's locale; strftime's month and day names must not follow it."""
    import datetime
    import locale

    locale.setlocale(locale.LC_TIME, "")  # as Qt leaves it: the system's (here C or other)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(tmp_path / "journal.rcv", kdf=KdfParams.FLOOR, settings=settings)
    qtbot.addWidget(window)
    assert locale.setlocale(locale.LC_TIME) == "C"
    assert datetime.date(2025, 3, 3).strftime("%a %b %B") == "Mon Mar March"
