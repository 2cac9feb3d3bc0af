"""Open every window and dialog of the app on the screen Qt was given; report what is cut off.

Run in a child process so that the screen can be chosen, e.g. a small laptop at 150 %:

    QT_QPA_PLATFORM=offscreen:configfile=screens.json python tests/scripts/screen_fit.py DIR

(the config file lists the screen's logical size and device pixel ratio). For each window it
checks that the whole frame lies inside the screen's available area and that Quick exit, Get
help and the window's main buttons are fully visible without scrolling. Prints one JSON line
per window (`--spanish`: with the interface in Spanish); with `--shots`, also takes a screenshot
of the whole screen (`import -window root`, needs an X display) or, offscreen, of the window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from journal.app import create_main_window
from journal.drawing.catalogs import apply_language
from journal.i18n import Language, translate
from journal.model import Entry
from journal.vault import KdfParams, create_vault

PASS = "quiet river under seven lanterns"


def wait_until(
    condition: Callable[[], bool], timeout: float = 20.0, fail: Callable[[], str] = str
) -> None:
    """Process events until `condition` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for the window {fail()}")
        QTest.qWait(20)


def settle() -> None:
    """Let the window manager place and draw what was just shown."""
    for _ in range(10):
        QCoreApplication.processEvents()
        QTest.qWait(30 if os.environ.get("DISPLAY") else 5)


def button(root: QWidget, name: str) -> QAbstractButton | None:
    """Return the visible button of `root` named (or labelled) `name`."""
    # In the interface's language too (standard buttons: Qt's own translation).
    names = {name, translate("Names", name), QCoreApplication.translate("QPlatformTheme", name)}
    for widget in root.findChildren(QAbstractButton):
        if widget.isVisible() and {widget.accessibleName(), widget.text().replace("&", "")} & names:
            return widget
    return None


def fully_shown(widget: QAbstractButton, window: QWidget) -> bool:
    """Return True when the whole widget is drawn (not clipped by a scroll area or the window)."""
    region = widget.visibleRegion().boundingRect()
    inside = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return region == widget.rect() and window.rect().contains(inside)


class Report:
    """Checks windows and collects the results (and screenshots)."""

    def __init__(self, shots: Path | None, label: str) -> None:
        self.shots = shots
        self.label = label
        self.results: list[dict[str, object]] = []

    def check(self, title: str, window: QWidget, buttons: list[str]) -> None:
        """Record whether `window` fits and its `buttons` are visible; screenshot it."""
        settle()
        screen = window.screen()
        area = screen.availableGeometry()
        frame = window.frameGeometry()
        missing = []
        for name in buttons:
            found = button(window, name)
            if found is None or not fully_shown(found, window):
                missing.append(name)
        result = {
            "window": title,
            "fits": area.contains(frame),
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "area": [area.x(), area.y(), area.width(), area.height()],
            "missing": missing,
        }
        self.results.append(result)
        print(json.dumps(result), flush=True)
        if self.shots is not None:
            name = f"{self.label}-{len(self.results):02d}-{title.lower().replace(' ', '-')}.png"
            path = self.shots / name
            if os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
                subprocess.run(["import", "-window", "root", str(path)], check=False)
            else:
                window.grab().save(str(path))


def make_journal(folder: Path) -> Path:
    """Create a journal with a few entries (floor KDF parameters: quick, still Argon2id)."""
    path = folder / "journal.rcv"
    vault, _ = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    start = datetime(2025, 3, 1, 20, 0)
    kinds = ["incident", "tension", "reconciliation", "reflection"]
    vault.add_entries(
        [
            Entry(
                kind=kinds[i % 4],
                occurred_start=start + timedelta(days=6 * i),
                what_happened=f"Entry number {i}: he shouted about the money and left.",
                behaviours=["yelling"] if i % 2 else [],
            )
            for i in range(12)
        ]
    )
    vault.close()
    return path


def show_dialog(report: Report, title: str, dialog: QDialog, buttons: list[str]) -> None:
    """Show `dialog` (not modal, so the check can run), check it, close it."""
    dialog.show()
    report.check(title, dialog, ["Quick exit", *buttons])
    dialog.reject()
    dialog.deleteLater()
    settle()


def check_message(report: Report, win: QWidget) -> None:
    """Open About (a message box with Quick exit on top) and check it."""
    from journal.ui.common.messages import ask

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            report.check("About", box, ["Quick exit", "OK"])
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTest.qWait(20)
            look()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, look)
    ask(win, QMessageBox.Icon.Information, "About", "A private, encrypted journal.")


def run(folder: Path, shots: Path | None, label: str) -> Report:
    """Walk through every window; return the report."""
    report = Report(shots, label)
    path = make_journal(folder)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=settings)
    win.show()
    report.check("Unlock", win, ["Quick exit", "Get help", "Unlock"])
    win.show_help()
    report.check("Help (locked)", win._help_panel, ["Quick exit", "Close"])
    win._help_panel.close()
    field = next(
        w
        for w in win.findChildren(QLineEdit)
        if w.accessibleName() == translate("Names", "Passphrase") and w.isVisible()
    )
    QTest.keyClicks(field, PASS)
    QTest.keyClick(field, Qt.Key.Key_Return)
    wait_until(
        lambda: any(t.isVisible() for t in win.findChildren(QTableView)),
        fail=win.unlock_page.error.text,
    )
    report.check("Journal", win, ["Quick exit", "Get help", "New entry", "Lock"])
    win.journal_page.new_entry()
    report.check("New entry", win, ["Quick exit", "Get help", "Save"])
    win.journal_page.cancel_editing()
    win.show_help()
    report.check("Help", win._help_panel, ["Quick exit", "Close"])
    win._help_panel.close()
    win._insights()
    report.check("Insights", win._insights_window, ["Quick exit"])
    win._insights_window.close()

    from journal.ui.backup.backup_dialogs import RestoreDialog
    from journal.ui.export.export_dialog import ExportDialog
    from journal.ui.safety.printing import PrintDialog
    from journal.ui.settings.dialogs import (
        ChangePassphraseDialog,
        RecoveryCodeDialog,
        SettingsDialog,
    )

    show_dialog(
        report,
        "Export",
        ExportDialog(win.session, win, taxonomy=win.taxonomy),
        ["Export…", "Cancel"],
    )
    show_dialog(report, "Settings", SettingsDialog(win.preferences, win), ["OK", "Cancel"])
    show_dialog(report, "Change passphrase", ChangePassphraseDialog(win.session, win), ["Cancel"])
    show_dialog(report, "Recovery code", RecoveryCodeDialog("ABCD-EFGH-" * 3 + "IJKL", win), ["OK"])
    show_dialog(report, "Restore", RestoreDialog(win.session, path, win), ["Cancel"])
    show_dialog(report, "Print", PrintDialog("Print", win), ["Cancel"])
    check_message(report, win)
    win.lock()
    report.check("Locked", win, ["Quick exit", "Get help", "Unlock"])
    win.close()
    return report


def main() -> int:
    """Run the walk-through; exit status 1 if a window does not fit or hides a button."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0])
    folder.mkdir(parents=True, exist_ok=True)
    shots = None
    if "--shots" in sys.argv:
        shots = Path(args[1])
        shots.mkdir(parents=True, exist_ok=True)
    label = args[2] if len(args) > 2 else "screen"
    QApplication(sys.argv[:1])
    if "--spanish" in sys.argv:  # the same walk with the interface in Spanish
        apply_language(Language.SPANISH)
    report = run(folder, shots, label)
    bad = [r for r in report.results if not r["fits"] or r["missing"]]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
