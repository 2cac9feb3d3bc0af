"""One way for views to follow the journal session: cleared on lock, filled on unlock.

Every screen that shows journal text (or a passphrase, or a recovery code) implements
`SessionView` and is added to the window's `SessionViews`. The main window only says what
happened (`lock()`, `unlock(session)`, `change()`); each view knows what that means for it.

Locking is synchronous and ordered, what is on top first: `Layer.WINDOW` views (secondary
windows and dialogs showing journal text, in the order they were added), then every other
dialog still open is closed, then the journal page, the setup pages, the clipboard. All of it
happens before the caller drops the keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import Protocol

from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from journal.session import Session


class SessionView(Protocol):
    """A view that shows something from the journal session."""

    def on_locked(self) -> None:
        """Forget everything shown from the journal, now (the keys are dropped next)."""

    def on_unlocked(self, session: Session) -> None:
        """The journal was unlocked (or restored while locked): show it."""

    def on_changed(self) -> None:
        """The journal's content was replaced (a restore): show the new content."""


class Layer(IntEnum):
    """Where a view stands in the order a lock clears things: what is on top first."""

    WINDOW = 1  # secondary windows and dialogs; then every other open dialog is closed
    JOURNAL = 2  # the journal page (list, entry, editor)
    SETUP = 3  # create, recovery code and unlock pages (passphrases, codes)
    CLIPBOARD = 4  # text this app put on the clipboard


class ClearedOnLock:
    """Mixin for views that only need their `wipe()` on lock and nothing on unlock or change."""

    def on_locked(self) -> None:
        """Forget what is shown."""
        self.wipe()  # type: ignore[attr-defined]

    def on_unlocked(self, session: Session) -> None:
        """Nothing to show until asked."""

    def on_changed(self) -> None:
        """Nothing shown that a restore makes stale."""


class SessionViews:
    """The views of one main window that follow its session, in the order a lock clears them."""

    def __init__(self, root: QWidget) -> None:
        self._root = root
        self._views: list[tuple[Layer, SessionView]] = []

    def add(self, view: SessionView, layer: Layer = Layer.WINDOW) -> None:
        """Follow the session from now on (after the views already in `layer`)."""
        if not any(v is view for _, v in self._views):
            self._views.append((layer, view))

    def remove(self, view: SessionView) -> None:
        """Stop following the session (a dialog that closed for good)."""
        self._views = [(layer, v) for layer, v in self._views if v is not view]

    @contextmanager
    def showing(self, view: SessionView, layer: Layer = Layer.WINDOW) -> Iterator[None]:
        """Follow the session while the block runs (a dialog's `exec()`)."""
        self.add(view, layer)
        try:
            yield
        finally:
            self.remove(view)

    def views(self, layer: Layer | None = None) -> list[SessionView]:
        """Return the views still alive, in lock order (only those of `layer` if given)."""
        alive = [
            (kind, view)
            for kind, view in self._views
            if not isinstance(view, QWidget) or Shiboken.isValid(view)
        ]
        self._views = alive
        ordered = sorted(alive, key=lambda pair: pair[0])  # stable: keeps the order added
        return [view for kind, view in ordered if layer is None or kind == layer]

    def lock(self) -> None:
        """Clear every view, what is on top first, and close every dialog still open.

        Every view is cleared even if one of them fails; the first failure is raised after.
        """
        failures: list[Exception] = []
        for layer in Layer:
            for view in self.views(layer):
                try:
                    view.on_locked()
                except Exception as exc:  # the others must still be cleared
                    failures.append(exc)
            if layer is Layer.WINDOW:
                self._close_dialogs(failures)
        if failures:
            raise failures[0]

    def unlock(self, session: Session) -> None:
        """Tell every view the journal is unlocked."""
        for view in self.views():
            view.on_unlocked(session)

    def change(self) -> None:
        """Tell every view the journal's content was replaced."""
        for view in self.views():
            view.on_changed()

    def _close_dialogs(self, failures: list[Exception]) -> None:
        """Close every dialog still open under the window (messages, file choosers…)."""
        from PySide6.QtWidgets import QDialog  # not set up before the first frame

        for dialog in self._root.findChildren(QDialog):
            try:
                dialog.reject()
            except Exception as exc:
                failures.append(exc)
