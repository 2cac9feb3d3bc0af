"""Dialog building blocks that keep the Quick exit button within reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.ui.common.fit import scrolling
from journal.ui.safety.quick_exit import quick_exit_button

Button = QMessageBox.StandardButton


class SafeDialog(QDialog):
    """A dialog with Quick exit in its top bar, a `content` body that scrolls when the screen
    is small, and a `footer` for the main buttons that always stays in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.top_bar = QHBoxLayout()
        self.top_bar.addStretch(1)
        self.quick_exit = quick_exit_button()
        self.top_bar.addWidget(self.quick_exit)
        outer.addLayout(self.top_bar)
        body = QWidget()
        self.content = QVBoxLayout(body)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.body_scroll = scrolling(body)
        outer.addWidget(self.body_scroll, 1)
        self.footer = QVBoxLayout()
        outer.addLayout(self.footer)

    def setVisible(self, visible: bool) -> None:
        """Open wide enough for the body (never beyond the screen: longer languages must not
        scroll sideways); keep the first keyboard focus off Quick exit (a stray Space must not
        trigger it)."""
        if visible and not self.isVisible():
            self._fit_body_width()
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

    def _fit_body_width(self) -> None:
        body = self.body_scroll.widget()
        margins = self.layout().contentsMargins()
        scroll_bar = self.body_scroll.verticalScrollBar().sizeHint().width()
        needed = body.minimumSizeHint().width() + margins.left() + margins.right() + scroll_bar
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().width() - 40)
        if needed > self.minimumWidth():
            self.setMinimumWidth(needed)


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
    _put_on_top(box, exit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None or clicked is exit_button:
        return Button.NoButton
    return box.standardButton(clicked)


def _put_on_top(box: QMessageBox, button: QPushButton) -> None:
    """Put `button` in a bar above the message, never between its answers (OK / Cancel)."""
    grid = box.layout()
    if not isinstance(grid, QGridLayout):  # not the layout Qt uses today: keep it reachable
        box.addButton(button, QMessageBox.ButtonRole.HelpRole)  # placed apart from the answers
        return
    items = []
    while grid.count():
        row, column, rows, columns = grid.getItemPosition(0)
        items.append((grid.takeAt(0), row, column, rows, columns))
    width = max((column + columns for _, _, column, _, columns in items), default=1)
    for item, row, column, rows, columns in items:
        grid.addItem(item, row + 1, column, rows, columns)
    grid.addWidget(button, 0, 0, 1, width, Qt.AlignmentFlag.AlignRight)
    # Qt's message box takes the first keyboard focus by its default button; never Quick exit.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
