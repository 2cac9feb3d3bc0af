"""In Spanish, no English word is left on any window or dialog (see tests/spanish.py).

Every screen is walked the way a person reaches it, with Spanish in force from the start:
the first screens, the menus, every dialog of the window (settings, passphrase, recovery code,
re-key, integrity, backup and restore, printing, About) and the message boxes they open. Quick
exit never asks anything, so it has no confirmation to walk.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QWidget,
)

from journal.app import create_main_window
from journal.drawing.catalogs import apply_language
from journal.i18n import Language, translate
from journal.model import Entry
from journal.ui.backup.backup_dialogs import RestoreDialog, backup_journal, restore_journal
from journal.ui.common.file_dialogs import choose_file
from journal.ui.safety.printing import print_recovery_code
from journal.ui.settings.dialogs import (
    ChangePassphraseDialog,
    RecoveryCodeDialog,
    SettingsDialog,
    show_integrity_report,
)
from journal.ui.settings.rekey import RekeyDialog, replace_recovery_code
from journal.vault import KdfParams, create_vault
from tests.conftest import PASSPHRASE
from tests.gui_helpers import find, find_button, ini_settings
from tests.spanish import english_words, english_words_in, english_words_in_next_modal


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    apply_language(Language.SPANISH)
    yield
    apply_language(Language.ENGLISH)


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "j" / "journal.rcv"
    vault, _code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    vault.add_entry(
        Entry(
            kind="incident",
            occurred_start=datetime(2025, 3, 2, 21, 15),
            what_happened="Me quitó el teléfono.",
        )
    )
    vault.close()
    return path


def _window(qtbot, path: Path, tmp_path: Path) -> QMainWindow:
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _unlock(qtbot, win: QMainWindow) -> None:
    field = find(win, QLineEdit, "Frase de contraseña")
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win._on_journal_page(), timeout=15_000)


def test_the_detector_knows_english_from_spanish() -> None:
    words = english_words()
    assert {"unlock", "passphrase", "journal", "backup"} <= words
    assert not {"no", "app", "pdf", "usb", "reality", "english"} & words


def test_a_recovery_code_on_screen_is_not_read_as_words() -> None:
    # The code is random: "F0AT" once made the walk fail on the English word "at".
    from tests.spanish import _words

    assert _words("F0AT  AY53  TH9Z  3XY8\nZBF8  18CJ  TYAT  GBZR") == set()
    assert _words("ABCD-EFGH-AT12 at") == {"at"}


def test_the_detector_finds_an_english_word(qtbot, spanish: None) -> None:
    button = QPushButton("Desbloquear")
    qtbot.addWidget(button)
    button.show()
    assert english_words_in(button) == []
    button.setToolTip("Unlock now")
    assert english_words_in(button) == [
        "'now' — QPushButton tooltip: 'Unlock now'",
        "'unlock' — QPushButton tooltip: 'Unlock now'",
    ]


def test_the_first_screens_of_a_new_journal_read_in_spanish(
    qtbot, spanish: None, tmp_path: Path
) -> None:
    win = _window(qtbot, tmp_path / "new" / "journal.rcv", tmp_path)
    assert win.pages.currentWidget() is win.welcome_page
    problems = english_words_in(win)
    qtbot.mouseClick(find_button(win, "Continuar"), Qt.MouseButton.LeftButton)
    page = win.create_page
    assert win.pages.currentWidget() is page
    problems += english_words_in(win)
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    qtbot.keyClicks(page.confirm.edit, PASSPHRASE)
    # The strength feedback is journal.strength's (the core area): see the test further down.
    problems += english_words_in(win, skip=[page.strength])
    qtbot.mouseClick(find_button(win, "Crear el diario"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.recovery_code_page, timeout=15_000)
    problems += english_words_in(win)
    problems += english_words_in_next_modal(
        lambda: print_recovery_code(win.recovery_code_page, "ABCD-EFGH")
    )
    assert problems == []
    win.close()


def test_locked_screens_menus_and_dialogs_read_in_spanish(
    qtbot, spanish: None, journal: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, journal, tmp_path)
    problems = english_words_in(win)  # the unlock page, the top bar and every menu
    qtbot.mouseClick(find_button(win, "Usar el código de recuperación"), Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.recovery_unlock_page
    problems += english_words_in(win)
    qtbot.mouseClick(find_button(win, "Atrás"), Qt.MouseButton.LeftButton)
    settings = SettingsDialog(win.preferences, win)  # locked: the journal's settings wait
    qtbot.addWidget(settings)
    settings.show()
    problems += english_words_in(settings)
    settings.close()
    problems += english_words_in_next_modal(lambda: restore_journal(win.session, win, locked=True))
    problems += english_words_in_next_modal(win._about)
    assert problems == []
    win.close()


def test_unlocked_dialogs_and_messages_read_in_spanish(
    qtbot, spanish: None, journal: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, journal, tmp_path)
    _unlock(qtbot, win)
    problems = english_words_in(win.menuBar())
    settings = SettingsDialog(win.preferences, win, protective=win.protective)
    change = ChangePassphraseDialog(win.session, win)
    code = RecoveryCodeDialog("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB", win)
    title = translate("Rekey", "Making a new recovery code")
    rekey = RekeyDialog(title, lambda _report: None, win)  # shown, not run: its first words
    restore = RestoreDialog(win.session, tmp_path / "copia.rcv", win)
    for dialog in (settings, change, code, rekey, restore):
        qtbot.addWidget(dialog)
        dialog.show()
        problems += english_words_in(dialog)
        dialog.close()
    problems += english_words_in_next_modal(lambda: show_integrity_report(win.session, win))
    problems += english_words_in_next_modal(
        lambda: backup_journal(win.session, win, choose_path=lambda *_: str(tmp_path / "c.rcv"))
    )
    problems += english_words_in_next_modal(
        lambda: replace_recovery_code(win.session, win, win.views)
    )
    problems += english_words_in_next_modal(
        lambda: choose_file(win, "Restaurar", "", "Copia (*.rcv)", save=False)
    )
    assert problems == []
    win.close()


def test_the_strength_feedback_reads_in_spanish(qtbot, spanish: None, tmp_path: Path) -> None:
    win = _window(qtbot, tmp_path / "new" / "journal.rcv", tmp_path)
    win._show(win.create_page)
    qtbot.keyClicks(win.create_page.passphrase.edit, "abc")
    assert english_words_in(win.create_page.strength) == []
    win.close()


def _every_tab(window: QWidget) -> list[str]:
    """Return the English words of `window` with each tab of each tab widget shown in turn."""
    problems = english_words_in(window)
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems += english_words_in(tabs.currentWidget())
    return problems


def test_the_journal_editor_help_insights_and_export_read_in_spanish(
    qtbot, spanish: None, journal: Path, tmp_path: Path
) -> None:
    from journal.ui.export.export_dialog import ExportDialog

    win = _window(qtbot, journal, tmp_path)
    _unlock(qtbot, win)
    problems = english_words_in(win)  # the list of entries and the entry shown
    first = win.session.vault.entries()[0]
    win.journal_page.select(first.id)
    QApplication.processEvents()
    problems += _every_tab(win)  # an entry shown, each of its tabs
    win.journal_page.new_entry()
    win.journal_page.editor.show_details(True)
    QApplication.processEvents()
    problems += _every_tab(win)  # the editor, each of its tabs
    win.show_help()
    problems += english_words_in(win._help_panel)
    for index in range(win._help_panel.tabs.count()):
        win._help_panel.tabs.setCurrentIndex(index)
        problems += english_words_in(win._help_panel)
    win._insights()
    problems += english_words_in(win._insights_window)
    export = ExportDialog(win.session, win, taxonomy=win.taxonomy)
    qtbot.addWidget(export)
    export.show()
    problems += english_words_in(export)
    export.close()
    assert problems == [], "\n".join(problems)
    win.close()
