"""The Insights window opened from the main window; it clears its content on lock."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from journal.session import Session
from journal.ui.common.messages import SafeDialog
from journal.ui.insights.insights_view import InsightsView


class InsightsWindow(SafeDialog):
    """The Insights view (patterns in the record) in its own non-modal window."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Insights")
        self.setModal(False)
        self.view = InsightsView(session)
        self.content.addWidget(self.view)
        self.resize(1120, 740)

    def refresh(self) -> None:
        """Re-read the journal (after it changed or was unlocked again)."""
        self.view.refresh()

    def wipe(self) -> None:
        """Drop every chart and caption (called on lock and quick exit)."""
        self.view.wipe()

    def on_locked(self) -> None:
        """Drop every chart and caption (the lock then closes the window)."""
        self.wipe()

    def on_unlocked(self, session: Session) -> None:
        """Nothing: the charts are drawn when the window is opened."""

    def on_changed(self) -> None:
        """The journal was restored: close, with nothing left of the old journal."""
        self.wipe()
        self.reject()
