"""Find widgets the way a screen reader does: by accessible name, visible ones first."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

T = TypeVar("T", bound=QWidget)


def find(root: QWidget, cls: type[T], name: str) -> T:
    """Return the visible child of `cls` whose accessible name is `name` (for a text label,
    whose role is `name`: its text stays the name a screen reader reads)."""
    matches = [
        w
        for w in root.findChildren(cls)
        if name in (w.accessibleName(), w.property("accessibleRole"))
    ]
    visible = [w for w in matches if w.isVisible()]
    if not visible:
        raise LookupError(f"No visible {cls.__name__} named {name!r} (hidden: {len(matches)})")
    return visible[0]


def find_button(root: QWidget, text: str) -> QAbstractButton:
    """Return the visible button whose accessible name or text is `text`."""
    for button in root.findChildren(QAbstractButton):
        label = button.text().replace("&", "")
        if button.isVisible() and (button.accessibleName() == text or label == text):
            return button
    raise LookupError(f"No visible button {text!r}")


def visible_text(root: QWidget) -> str:
    """Return every piece of text a person could read in the window's visible widgets."""
    parts: list[str] = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            parts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextBrowser, QTextEdit)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text())
    return "\n".join(parts)


def ini_settings(tmp_path: Path) -> QSettings:
    """Return settings stored in a temporary INI file (never the user's real ones)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def answer_next_message_box(button: QMessageBox.StandardButton) -> None:
    """Click `button` in the next modal message box as soon as it opens."""
    from PySide6.QtCore import QTimer

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(10, click)

    QTimer.singleShot(0, click)


def press_return(qtbot: object, widget: QWidget) -> None:
    """Press Return in a widget."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def click_check(qtbot: object, box: QWidget) -> None:
    """Click a check box on its indicator, where a person clicks."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(  # type: ignore[attr-defined]
        box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2)
    )


def window_on_new_journal(qtbot: object, tmp_path: Path, passphrase: str, *, show: bool = True):  # type: ignore[no-untyped-def]
    """Return the app's main window (closed by qtbot) on a new journal (floor KDF) in
    `tmp_path`, showing its unlock page (exposed, unless `show` is False)."""
    from journal.app import create_main_window
    from journal.vault import KdfParams, create_vault

    path = tmp_path / "journal.rcv"
    create_vault(path, passphrase, kdf=KdfParams.FLOOR)[0].close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    if show:
        win.show()
        qtbot.waitExposed(win)  # type: ignore[attr-defined]
    return win
