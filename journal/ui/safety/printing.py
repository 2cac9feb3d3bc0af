"""Printing without the system print dialog, so Quick exit stays within reach.

The native print dialogs of Windows and macOS are app-modal: while one is open, neither the
Quick exit button nor Shift pressed three times can reach the app. This module shows the
app's own dialog instead (with Quick exit), then prints straight to the chosen printer.

On Linux and macOS, Qt's CUPS printing first writes the pages as an unencrypted PDF file in
the temporary folder named by `TMPDIR` (libcups' `cupsTempFd`, which reads `TMPDIR` each
time), hands it to the print system, then deletes it. While printing, `TMPDIR` points at a
private folder (0700) made for this one job and removed right after, so no other account
can read the file even for that moment. The print system's own queue copy is out of the
app's reach; the warning says so.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator

from PySide6.QtCore import Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.widgets import NAMES, heading, named, paragraph

PRINT_WARNING = QT_TRANSLATE_NOOP(
    "Printing",
    "<p><b>Printed pages are not protected.</b> Anyone who finds them can read them. Collect "
    "them from the printer at once; a shared or office printer may keep a copy of what it "
    "printed.</p>"
    "<p>On the way to the printer, the pages pass through this computer's print queue as an "
    "unencrypted file. Any temporary copy the app makes is deleted as soon as the pages are "
    "handed over, but the print system may keep its copy until the job is done, or for a "
    "while after (usually only an administrator can open it).</p>",
)
NO_PRINTER = QT_TRANSLATE_NOOP("Names", "No printer is set up on this computer.")
RECOVERY_CODE_WARNING = QT_TRANSLATE_NOOP(
    "Printing",
    "<p>A printed recovery code opens your journal for anyone who finds the paper. Print it "
    "only if you can keep the page somewhere safe.</p>",
)
PRINT = QT_TRANSLATE_NOOP("Names", "Print")
# What the print queue shows as the job's name: nothing that says what it is.
NEUTRAL_JOB_NAME = QT_TRANSLATE_NOOP("Printing", "Document")
MAX_COPIES = 20


def available_printers() -> list[str]:
    """Return the names of the printers set up on this computer."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    """Return the name of the default printer, or an empty string."""
    return QPrinterInfo.defaultPrinterName()


class PrintDialog(SafeDialog):
    """Warn that printed pages are not protected; choose a printer and the number of copies."""

    def __init__(
        self, title: str, parent: QWidget | None = None, *, extra_warning: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        warning = paragraph(extra_warning + translate("Printing", PRINT_WARNING))
        warning.setObjectName("warning")
        self.printer = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Printer"))
        printers = available_printers()
        self.printer.addItems(printers)
        chosen = default_printer()
        if chosen in printers:
            self.printer.setCurrentText(chosen)
        self.copies = named(QSpinBox(), QT_TRANSLATE_NOOP("Names", "Copies"))
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(1)
        self.no_printer = named(QLabel(translate(NAMES, NO_PRINTER)), NO_PRINTER)
        self.no_printer.setObjectName("error")
        self.no_printer.setWordWrap(True)
        self.no_printer.setVisible(not printers)
        self.printer.setEnabled(bool(printers))
        self.copies.setEnabled(bool(printers))
        form = QFormLayout()
        form.addRow(translate("Printing", "&Printer:"), self.printer)
        form.addRow(translate("Printing", "&Copies:"), self.copies)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.print_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.print_button.setText(translate(NAMES, PRINT))
        named(self.print_button, PRINT)
        self.print_button.setEnabled(bool(printers))
        self.cancel_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            QT_TRANSLATE_NOOP("Names", "Cancel"),
        )
        if not printers:
            self.cancel_button.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = self.content
        layout.addWidget(heading(title))
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.no_printer)
        self.footer.addWidget(buttons)
        self.setMinimumWidth(520)

    @property
    def printer_name(self) -> str:
        """Return the printer chosen (empty when there is none)."""
        return self.printer.currentText()

    @Slot()
    def _accept(self) -> None:
        if self.printer_name:
            self.accept()


@contextlib.contextmanager
def private_spool() -> Iterator[str | None]:
    """Point `TMPDIR` at a new 0700 folder while printing (POSIX); remove it afterwards."""
    if sys.platform == "win32":  # the Windows spooler does not use the user's temp folder
        yield None
        return
    tempfile.gettempdir()  # Python caches its temp folder now, not the private one
    folder = tempfile.mkdtemp(prefix="print-")  # 0700
    os.chmod(folder, 0o700)
    previous = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = folder
    try:
        yield folder
    finally:
        if previous is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = previous
        shutil.rmtree(folder, ignore_errors=True)


def send_to_printer(document: QTextDocument, printer_name: str, copies: int = 1) -> bool:
    """Print `document` on the named printer (never to a file); return False on failure."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setPrinterName(printer_name)
    if printer.printerName() != printer_name or printer.outputFileName():
        return False  # the printer went away: never fall back to another printer or a file
    printer.setDocName(translate("Printing", NEUTRAL_JOB_NAME))
    printer.setCreator("")
    printer.setCopyCount(max(1, min(copies, MAX_COPIES)))
    with private_spool():
        document.print_(printer)
    return printer.printerState() != QPrinter.PrinterState.Error


def print_document(
    parent: QWidget | None, document: QTextDocument, *, title: str, extra_warning: str = ""
) -> bool:
    """Show the app's own print dialog (with Quick exit), then print; True when sent."""
    dialog = PrintDialog(title, parent, extra_warning=extra_warning)
    try:
        if not dialog.exec() or not dialog.printer_name:
            return False
        name, copies = dialog.printer_name, dialog.copies.value()
    finally:
        dialog.deleteLater()
    if send_to_printer(document, name, copies):
        return True
    ask(
        parent,
        QMessageBox.Icon.Warning,
        title,
        translate(
            "Printing",
            "The pages could not be sent to “{printer}”. Check that the printer is on and try "
            "again.",
        ).format(printer=name),
    )
    return False


def print_recovery_code(parent: QWidget | None, code_text: str) -> bool:
    """Print a recovery code through `print_document` (for the recovery-code pages)."""
    document = QTextDocument()
    document.setPlainText(translate("Printing", "Recovery code") + "\n\n" + code_text)
    try:
        return print_document(
            parent,
            document,
            title=translate("Printing", "Print the recovery code"),
            extra_warning=translate("Printing", RECOVERY_CODE_WARNING),
        )
    finally:
        document.clear()
