"""Change passphrase off the UI thread; settings named as they read on screen."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QMainWindow,
    QWidget,
)
from shiboken6 import Shiboken

from journal.errors import WrongPassphrase
from journal.session import Session
from journal.ui.common import worker
from journal.ui.settings.dialogs import ChangePassphraseDialog, SettingsDialog
from journal.ui.settings.preferences import Preferences
from journal.vault import KdfParams, create_vault
from tests.gui_helpers import find_button, ini_settings

OLD = "quiet river under seven lanterns"
NEW = "amber kettle across nine meadows"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _ = create_vault(path, OLD, kdf=KdfParams.FLOOR)
    vault.close()
    made = Session(path, kdf=KdfParams.FLOOR)
    made.unlock(OLD)
    yield made
    worker.wait_for_background()
    made.close()


class Gate:
    """Wrap `vault.change_passphrase`: note the thread it runs on, hold it until released."""

    def __init__(self, original: Callable[..., str | None]) -> None:
        self._original = original
        self.started = threading.Event()
        self.release = threading.Event()
        self.finished = threading.Event()
        self.on_ui_thread: bool | None = None

    def __call__(self, passphrase: str, **options: object) -> str | None:
        self.on_ui_thread = threading.current_thread() is threading.main_thread()
        self.started.set()
        if not self.on_ui_thread:  # never block the UI thread (the test would hang)
            self.release.wait(10)
        try:
            return self._original(passphrase, **options)
        finally:
            self.finished.set()


@pytest.fixture
def gate(session: Session, monkeypatch) -> Gate:
    made = Gate(session.vault.change_passphrase)
    monkeypatch.setattr(session.vault, "change_passphrase", made)
    return made


def _open(qtbot, session: Session, parent: QWidget | None = None) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(session, parent)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase.edit, NEW)
    qtbot.keyClicks(dialog.confirm.edit, NEW)
    return dialog


def _unlocks_with(session: Session, passphrase: str) -> bool:
    session.lock()
    try:
        session.unlock(passphrase)
    except WrongPassphrase:
        return False
    return True


def test_change_runs_off_the_ui_thread_and_the_new_passphrase_works(qtbot, session, gate) -> None:
    dialog = _open(qtbot, session)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.mouseClick(find_button(dialog, "Change passphrase"), Qt.MouseButton.LeftButton)
    assert gate.started.wait(5)
    assert gate.on_ui_thread is False
    # The UI keeps running while the KDF works: timers fire, the busy state shows.
    qtbot.waitUntil(lambda: len(ticks) >= 3)
    assert dialog.running
    assert dialog.busy.isVisible() and dialog.busy_bar.isVisible()
    assert not dialog.change_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.quick_exit.isEnabled()
    assert dialog.focusWidget() is dialog.passphrase.edit  # not Quick exit: Space is harmless
    assert dialog.passphrase.edit.isReadOnly()
    dialog.reject()  # Esc or the window's close button: ignored while the change runs
    assert dialog.isVisible()
    gate.release.set()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        pass
    timer.stop()
    assert dialog.passphrase.text() == "" and dialog.confirm.text() == ""
    assert _unlocks_with(session, NEW)
    assert not _unlocks_with(session, OLD)


def test_lock_while_changing_closes_the_dialog_and_says_which_passphrase(
    qtbot, session, gate
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = _open(qtbot, session, window)
    dialog.change_button.click()
    assert gate.started.wait(5)
    # What the main window does on lock and Quick exit: wipe, reject, then lock.
    dialog.wipe()
    dialog.reject()
    assert not dialog.isVisible()
    assert dialog.passphrase.text() == ""
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "new passphrase was set" in window.statusBar().currentMessage()
    assert _unlocks_with(session, NEW)


def test_a_deleted_dialog_is_left_alone_when_the_change_ends(qtbot, session, gate) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = _open(qtbot, session, window)
    dialog.change_button.click()
    assert gate.started.wait(5)
    dialog.wipe()
    dialog.reject()
    Shiboken.delete(dialog)
    assert not Shiboken.isValid(dialog)
    gate.release.set()
    qtbot.waitUntil(lambda: not worker._running, timeout=10_000)  # delivered, nothing raised


def test_a_failed_change_is_reported_and_the_dialog_is_usable_again(qtbot, session, gate) -> None:
    dialog = _open(qtbot, session)
    dialog.change_button.click()
    assert gate.started.wait(5)
    session.lock()  # the worker then finds no key: VaultLocked
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "not changed" in dialog.error.text()
    assert dialog.change_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert dialog.isVisible()
    assert _unlocks_with(session, OLD)


def test_settings_accessible_names_are_the_visible_labels(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Preferences(ini_settings(tmp_path)))
    qtbot.addWidget(dialog)
    dialog.show()
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            name = button.accessibleName()  # empty: the screen reader reads the text itself
            assert name in ("", button.text().replace("&", "")), button.text()
    assert dialog.open_page.accessibleName() == (
        "After a quick exit, open this page in the browser:"
    )
    assert dialog.capture.accessibleName() == dialog.capture.text()
    # A field labelled in a form row carries that label in its name.
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            text = label.widget().text().replace("&", "").rstrip(":")
            if text.strip():
                assert text in field.widget().accessibleName(), text
