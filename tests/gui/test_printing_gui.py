"""Printing through the app's own dialog: a warning, Quick exit, no system print dialog."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from journal import plans
from journal.app import create_main_window
from journal.ui.help.help_panel import HelpPanel
from journal.ui.safety import printing
from journal.ui.safety.printing import NO_PRINTER, PrintDialog, print_document, private_spool
from journal.vault import KdfParams, create_vault
from tests.gui_helpers import find, find_button, ini_settings, visible_text

PASS = "quiet river under seven lanterns"
CANARY = "Heron-Print-3381"


class Printed:
    """Stands in for the last step only: records what `QTextDocument.print_` was given."""

    def __init__(self) -> None:
        self.calls: list[dict[str, object]] = []

    def __call__(self, document: QTextDocument, printer: QPrinter) -> None:
        spool = os.environ.get("TMPDIR", "")
        self.calls.append(
            {
                "text": document.toPlainText(),
                "printer": printer.printerName(),
                "copies": printer.copyCount(),
                "file": printer.outputFileName(),
                "job": printer.docName(),
                "spool": spool,
                "spool_mode": stat.S_IMODE(os.stat(spool).st_mode) if spool else None,
            }
        )


class KnownPrinter(QPrinter):
    """A QPrinter that accepts a printer name this test machine does not have."""

    def setPrinterName(self, name: str) -> None:
        self._name = name

    def printerName(self) -> str:
        return getattr(self, "_name", "")


@pytest.fixture
def printed(monkeypatch) -> Printed:
    recorder = Printed()
    monkeypatch.setattr(QTextDocument, "print_", lambda doc, printer: recorder(doc, printer))
    return recorder


def no_printers(monkeypatch) -> None:
    monkeypatch.setattr(printing, "available_printers", lambda: [])
    monkeypatch.setattr(printing, "default_printer", lambda: "")


def two_printers(monkeypatch) -> None:
    monkeypatch.setattr(printing, "available_printers", lambda: ["Office laser", "Home inkjet"])
    monkeypatch.setattr(printing, "default_printer", lambda: "Home inkjet")
    monkeypatch.setattr(printing, "QPrinter", KnownPrinter)


def when_open(check: Callable[[PrintDialog], None], seen: list[str]) -> None:
    """Run `check` on the print dialog as soon as it is shown (it is modal)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PrintDialog):
            seen.append(dialog.windowTitle())
            check(dialog)
        elif isinstance(dialog, QDialog):  # anything else (a system print dialog): fail
            seen.append(f"unexpected {type(dialog).__name__}")
            dialog.reject()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def _document() -> QTextDocument:
    document = QTextDocument()
    document.setPlainText(f"Trusted person {CANARY}")
    return document


def test_dialog_warns_offers_quick_exit_and_cannot_print_without_a_printer(
    qtbot, monkeypatch, printed
) -> None:
    no_printers(monkeypatch)
    seen: list[str] = []

    def check(dialog: PrintDialog) -> None:
        text = visible_text(dialog)
        assert "Printed pages are not protected" in text
        assert "print queue" in text and "unencrypted file" in text
        assert find(dialog, QPushButton, "Quick exit").isVisible()
        assert find(dialog, QLabel, NO_PRINTER).isVisible()
        assert not find_button(dialog, "Print").isEnabled()
        assert not find(dialog, QComboBox, "Printer").isEnabled()
        assert dialog.focusWidget() is not dialog.quick_exit
        assert not dialog.findChildren(QPrintDialog)
        dialog.print_button.click()  # disabled: nothing happens
        assert dialog.isVisible()
        find_button(dialog, "Cancel").click()

    when_open(check, seen)
    assert print_document(None, _document(), title="Print your plans") is False
    assert seen == ["Print your plans"]
    assert printed.calls == []


def test_accessible_names_are_the_visible_labels(qtbot, monkeypatch) -> None:
    two_printers(monkeypatch)
    dialog = PrintDialog("Print your plans")
    qtbot.addWidget(dialog)
    dialog.show()
    assert find(dialog, QComboBox, "Printer").currentText() == "Home inkjet"  # the default
    assert find(dialog, QSpinBox, "Copies").value() == 1
    assert find_button(dialog, "Print").isEnabled()
    assert not dialog.no_printer.isVisible()
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            assert label.text().replace("&", "").rstrip(":") == field.accessibleName()
    assert not [w for w in dialog.findChildren(QWidget) if isinstance(w, QPrintDialog)]


def test_prints_on_the_chosen_printer_through_a_private_spool_folder(
    qtbot, monkeypatch, printed
) -> None:
    two_printers(monkeypatch)
    monkeypatch.setenv("TMPDIR", os.environ.get("TMPDIR", "/tmp"))
    before = os.environ["TMPDIR"]
    seen: list[str] = []

    def check(dialog: PrintDialog) -> None:
        combo = find(dialog, QComboBox, "Printer")
        combo.setCurrentText("Office laser")
        spin = find(dialog, QSpinBox, "Copies")
        spin.selectAll()
        qtbot.keyClicks(spin, "2")
        qtbot.mouseClick(find_button(dialog, "Print"), Qt.MouseButton.LeftButton)

    when_open(check, seen)
    assert print_document(None, _document(), title="Print your plans") is True
    assert len(printed.calls) == 1
    call = printed.calls[0]
    assert CANARY in str(call["text"])
    assert call["printer"] == "Office laser"
    assert call["copies"] == 2
    assert call["file"] == ""  # never to a file
    assert call["job"] == "Document"  # the print queue shows nothing telling
    if os.name == "posix":
        assert call["spool"] != before and call["spool_mode"] == 0o700
        assert not Path(str(call["spool"])).exists()  # removed right after
    assert os.environ["TMPDIR"] == before


def test_private_spool_restores_an_unset_tmpdir(monkeypatch) -> None:
    monkeypatch.delenv("TMPDIR", raising=False)
    with private_spool() as folder:
        assert folder is not None and os.environ["TMPDIR"] == folder
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
        Path(folder, "job.pdf").write_bytes(b"%PDF")
    assert "TMPDIR" not in os.environ
    assert not Path(folder).exists()


def test_recovery_code_printing_uses_the_same_dialog(qtbot, monkeypatch, printed) -> None:
    no_printers(monkeypatch)
    seen: list[str] = []

    def check(dialog: PrintDialog) -> None:
        assert "recovery code opens your journal" in visible_text(dialog)
        dialog.reject()

    when_open(check, seen)
    assert printing.print_recovery_code(None, "ABCD-EFGH") is False
    assert seen == ["Print the recovery code"]


def test_recovery_code_page_prints_through_the_apps_dialog(qtbot, monkeypatch, printed) -> None:
    from journal.ui.setup.recovery_code_page import RecoveryCodePage

    two_printers(monkeypatch)
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    page.set_code("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB")
    page.show()
    seen: list[str] = []

    def check(dialog: PrintDialog) -> None:
        assert "recovery code opens your journal" in visible_text(dialog)
        find_button(dialog, "Print").click()

    when_open(check, seen)
    qtbot.mouseClick(find(page, QPushButton, "Print recovery code"), Qt.MouseButton.LeftButton)
    assert seen == ["Print the recovery code"]
    assert len(printed.calls) == 1
    call = printed.calls[0]
    assert "ABCD  EFGH" in str(call["text"]) and call["printer"] == "Home inkjet"
    assert call["file"] == ""


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = tmp_path / "vault" / "journal.rcv"
    vault, _code = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _entries_shown(win: QMainWindow) -> bool:
    try:
        find(win, QTableView, "Entries")
    except LookupError:
        return False
    return True


def _unlock_and_open_help(qtbot, win: QMainWindow) -> HelpPanel:
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _entries_shown(win), timeout=15_000)
    plans.save_contacts(win.session.vault, [plans.make_contact(f"Ali {CANARY}", "0123")])
    qtbot.mouseClick(find_button(win, "Get help"), Qt.MouseButton.LeftButton)
    panel = win.findChild(HelpPanel)
    assert panel is not None
    qtbot.waitExposed(panel)
    return panel


def test_print_plans_prints_through_the_apps_dialog(qtbot, window, monkeypatch, printed) -> None:
    two_printers(monkeypatch)
    panel = _unlock_and_open_help(qtbot, window)
    seen: list[str] = []
    when_open(lambda dialog: dialog.print_button.click(), seen)
    qtbot.mouseClick(find(panel, QPushButton, "Print plans"), Qt.MouseButton.LeftButton)
    assert seen == ["Print your plans"]
    assert [c["printer"] for c in printed.calls] == ["Home inkjet"]
    assert CANARY in str(printed.calls[0]["text"])
    assert find(panel, QLabel, "Export status").text() == "Sent to the printer."


def test_quick_exit_reaches_the_app_while_the_print_dialog_is_open(
    qtbot, window, monkeypatch, printed
) -> None:
    two_printers(monkeypatch)
    panel = _unlock_and_open_help(qtbot, window)
    seen: list[str] = []
    when_open(lambda dialog: dialog.quick_exit.click(), seen)
    with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
        qtbot.mouseClick(find(panel, QPushButton, "Print plans"), Qt.MouseButton.LeftButton)
    assert seen == ["Print your plans"]
    assert printed.calls == []
    assert not window.isVisible() and not panel.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
