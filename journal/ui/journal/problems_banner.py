"""The banner that shows problems found when the journal was unlocked, until dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.widgets import named

PROBLEMS_NAME = QT_TRANSLATE_NOOP("Names", "Problems found in this journal")
SHOWN = 5
ADVICE = QT_TRANSLATE_NOOP(
    "ProblemsBanner",
    "Entries that can be read are shown. What you can do: keep the journal file as it is; "
    "restore a recent backup (Journal ▸ Restore from a backup…) or open the journal with your "
    "recovery code; if you think someone else changed the file, talk to an advocate or "
    "someone you trust.",
)


def problems_text(problems: list[str]) -> str:
    """Return the banner's plain text: what was found, then what to do."""
    found = problems[:SHOWN]
    more = len(problems) - len(found)
    lines = [
        translate(
            "ProblemsBanner",
            "When the journal was unlocked, %n problem(s) were found:",
            None,
            len(problems),
        )
    ]
    lines += [f"• {problem}" for problem in found]
    if more:
        lines.append(
            translate(
                "ProblemsBanner",
                "• and %n more (Journal ▸ Check integrity lists them all).",
                None,
                more,
            )
        )
    lines.append(translate("ProblemsBanner", ADVICE))
    return "\n".join(lines)


class ProblemsBanner(QFrame):
    """A named, focusable region listing the problems; it stays until "Dismiss" is pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, PROBLEMS_NAME)
        self.setObjectName("banner")  # after named(): the style sheet keys on it
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss_button = named(
            QPushButton(translate("ProblemsBanner", "Dismiss")),
            QT_TRANSLATE_NOOP("Names", "Dismiss problems message"),
            translate("ProblemsBanner", "Hide this message"),
        )
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.dismiss)
        column = QVBoxLayout()
        column.addWidget(self.label)
        row = QHBoxLayout(self)
        row.addLayout(column, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_problems(self, problems: list[str]) -> None:
        """Show what was found and what to do, and announce it to screen readers."""
        text = problems_text(problems)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(True)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    @property
    def text(self) -> str:
        """Return the text shown (empty when dismissed)."""
        return self.label.text() if self.isVisible() else ""

    @Slot()
    def dismiss(self) -> None:
        """Hide the banner and forget its text."""
        self.label.clear()
        self.setAccessibleDescription("")
        self.setVisible(False)
