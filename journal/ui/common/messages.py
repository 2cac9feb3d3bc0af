"""Dialog building blocks that keep the Quick exit button within reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from journal.ui.safety.quick_exit import quick_exit_button

Button = QMessageBox.StandardButton


class SafeDialog(QDialog):
    """A dialog with the red Quick exit button in its top-right corner; fill `content`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        self.quick_exit = quick_exit_button()
        top.addWidget(self.quick_exit)
        outer.addLayout(top)
        self.content = QVBoxLayout()
        outer.addLayout(self.content)

    def setVisible(self, visible: bool) -> None:
        """Keep the first keyboard focus off Quick exit (a stray Space must not trigger it)."""
        super().setVisible(visible)
        if not visible or self.focusWidget() not in (self.quick_exit, None):
            return
        widget = self.quick_exit.nextInFocusChain()
        while widget is not None and widget is not self.quick_exit:
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and widget.isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()


def ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
    *,
    details: str = "",
) -> Button:
    """Show a message box that also offers Quick exit; returns the button chosen."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    if details:
        box.setDetailedText(details)
    exit_button = quick_exit_button()
    box.addButton(exit_button, QMessageBox.ButtonRole.ActionRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None or clicked is exit_button:
        return Button.NoButton
    return box.standardButton(clicked)
