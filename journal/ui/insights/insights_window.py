"""The Insights window opened from the main window; it clears its content on lock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.session import Session
from journal.ui.common.messages import SafeDialog
from journal.ui.common.widgets import named
from journal.ui.insights.insights_view import InsightsView


class InsightsWindow(SafeDialog):
    """The Insights view (patterns in the record) in its own non-modal window."""

    help_requested = Signal()  # "Get help" in the top bar, as in the main window

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InsightsView", "Insights"))
        self.get_help = named(
            QPushButton(translate("InsightsView", "Get help")),
            QT_TRANSLATE_NOOP("Names", "Get help"),
            translate("InsightsView", "Hotlines, guidance and your safety plan (F1)"),
        )
        self.get_help.setAutoDefault(False)
        self.get_help.clicked.connect(self.help_requested)
        self.top_bar.insertWidget(self.top_bar.count() - 1, self.get_help)  # before Quick exit
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
