"""Clipboard hygiene: text copied from the journal is marked secret and cleared later."""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import (
    SIGNAL,
    QCoreApplication,
    QEvent,
    QMimeData,
    QObject,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from journal.session import Session

CLEAR_AFTER_MS = 30_000
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
_DWORD_ZERO = struct.pack("<I", 0)
# Clipboard managers (KDE Klipper, many others) and Windows' clipboard history (Win+V) and
# cloud clipboard skip entries carrying these hints. Qt turns a `x-qt-windows-mime` type into
# the native Windows clipboard format of that name.
SECRET_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): _DWORD_ZERO,
    _WINDOWS.format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
    _WINDOWS.format("CanUploadToCloudClipboard"): _DWORD_ZERO,
}
_TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QLabel)
# Item views copy the current cell's text on Ctrl+C, too (the list of entries).
_COPYING_WIDGETS = (*_TEXT_WIDGETS, QAbstractItemView)
_TRIGGERED = SIGNAL("triggered(bool)")
_WATCHED_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.Show)


def selected_text(widget: QWidget) -> str | None:
    """Return the text selected in a text widget, or None (nothing selected, a password)."""
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or not widget.hasSelectedText():
            return None
        return widget.selectedText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        cursor = widget.textCursor()
        return cursor.selection().toPlainText() if cursor.hasSelection() else None
    if isinstance(widget, QLabel):
        return widget.selectedText() if widget.hasSelectedText() else None
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        value = index.data(QtCore.Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        return str(value) if value is not None else None
    return None


def _remove_selection(widget: QWidget) -> None:
    """Delete the selected text of an editable widget (the second half of Cut)."""
    if isinstance(widget, QLineEdit):
        if not widget.isReadOnly():
            widget.del_()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly():
        cursor = widget.textCursor()
        cursor.removeSelectedText()
        widget.setTextCursor(cursor)


def _menu_owner(menu: QObject | None) -> QWidget | None:
    """Return the text widget a standard context menu belongs to (its parent or viewport's)."""
    parent = menu.parentWidget() if isinstance(menu, QMenu) else None
    if isinstance(parent, _TEXT_WIDGETS):
        return parent
    area = parent.parentWidget() if parent is not None else None
    if isinstance(area, (QTextEdit, QPlainTextEdit)) and area.viewport() is parent:
        return area  # a text edit's menu is a child of its viewport
    return None


def _editable(widget: QWidget) -> bool:
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return False


class ClipboardGuard(QObject):
    """Remembers text the app put on the clipboard; clears it after 30 s, on lock and quit.

    It also takes over Copy and Cut (keys and the standard context menu) in every text field,
    text view and selectable label of the app, so even the first copy carries the hints.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
        *,
        watch: bool = True,
    ) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard().dataChanged.connect(self._changed)
        if watch:
            self.watch()

    def watch(self) -> None:
        """Take over Copy and Cut in every text widget of the app (an app-wide event filter)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # once, however often it is called

    @staticmethod
    def _clipboard() -> QClipboard:
        clipboard = QGuiApplication.clipboard()
        assert clipboard is not None
        return clipboard

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard, marked secret for clipboard managers."""
        self._set_secret(text)

    def _set_secret(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for fmt, value in SECRET_HINTS.items():
            data.setData(fmt, value)
        self._busy = True
        try:
            self._clipboard().setMimeData(data)
        finally:
            self._busy = False
        self._ours = text
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Copy/Cut from any text widget go through `copy()`: marked secret on the first set."""
        kind = event.type()
        if kind not in _WATCHED_EVENTS:
            return False
        if kind == QEvent.Type.KeyPress:
            if isinstance(watched, _COPYING_WIDGETS) and isinstance(event, QKeyEvent):
                return self._key(watched, event)
        elif isinstance(watched, QMenu):
            owner = _menu_owner(watched)
            if owner is not None:
                self._secure_menu(watched, owner)
        return False

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        cut = event.matches(QKeySequence.StandardKey.Cut)
        if not cut and not event.matches(QKeySequence.StandardKey.Copy):
            return False
        if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
            event.accept()
            return True  # never from a password field (Qt refuses too)
        text = selected_text(widget)
        if text is None or (cut and not _editable(widget)):
            return False  # nothing to copy: Qt's own handling changes nothing
        self.copy(text)
        if cut:
            _remove_selection(widget)
        event.accept()
        return True

    def _secure_menu(self, menu: QMenu, widget: QWidget) -> None:
        """Rewire the standard menu's Copy and Cut so they go through `copy()`."""
        for action in menu.actions():
            name = action.objectName()
            if name not in ("edit-copy", "edit-cut") or action.property("secretCopy"):
                continue
            # Qt connects the action to the widget or to its internal text control (a child
            # object, not a widget); cut only that link; the menu's own link must stay.
            receivers = [widget, *(c for c in widget.children() if not c.isWidgetType())]
            detached = False
            for receiver in receivers:
                # Qt accepts a null method (any slot of `receiver`); the stubs do not.
                detached |= bool(QObject.disconnect(action, _TRIGGERED, receiver, None))  # type: ignore[call-overload]
            if not detached:
                continue  # unknown wiring: `_changed` still marks the text a moment later
            action.setProperty("secretCopy", True)
            # A bound slot, not a lambda holding the widget (that crashes as the menu is freed).
            action.triggered.connect(self._menu_copy)

    @Slot()
    def _menu_copy(self) -> None:
        action = self.sender()
        widget = _menu_owner(action.parent()) if isinstance(action, QAction) else None
        if widget is None:
            return
        text = selected_text(widget)
        if text is None:
            return
        self.copy(text)
        if action.objectName() == "edit-cut":
            _remove_selection(widget)

    @Slot()
    def _changed(self) -> None:
        if self._busy:
            return
        state = QGuiApplication.applicationState()
        active = state == QtCore.Qt.ApplicationState.ApplicationActive
        if not active and QGuiApplication.focusWindow() is None:
            # Another program changed the clipboard: it is no longer ours to clear.
            self._ours = None
            self._timer.stop()
            return
        data = self._clipboard().mimeData()
        text = data.text() if data is not None else ""
        if not text:
            return
        if data is not None and "x-kde-passwordManagerHint" in data.formats():
            self._ours = text
            self._timer.start()
            return
        # Copied inside the app some way the event filter did not catch: mark it (a moment
        # late, so a clipboard history may have seen it unmarked) and start the timer.
        QTimer.singleShot(0, lambda: self._set_secret(text))

    def set_clear_after(self, milliseconds: int) -> None:
        """Change how long copied journal text may stay on the clipboard."""
        self._timer.setInterval(milliseconds)

    @property
    def holds_our_text(self) -> bool:
        """Return True while the clipboard still holds text this app put there."""
        return self._ours is not None and self._clipboard().text() == self._ours

    @Slot()
    def on_locked(self) -> None:
        """The journal locks: clear what the app copied (a session view, see SessionViews)."""
        self.clear_if_ours()

    def on_unlocked(self, session: Session) -> None:
        """Nothing to do on unlock."""

    def on_changed(self) -> None:
        """Nothing to do when the journal is restored."""

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what the app copied (not what others did)."""
        self._timer.stop()
        if self.holds_our_text:
            self._busy = True
            try:
                self._clipboard().clear()
            finally:
                self._busy = False
        self._ours = None
