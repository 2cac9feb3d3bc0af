"""The editor's severity row: the level (1–5 or none) and, beside it, what that level means."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.severity import SEVERITY_ANCHORS, SEVERITY_RULE, SEVERITY_SOURCE, severity_label
from journal.ui.common.widgets import named

SEVERITY = "Severity"  # journal/severity.py's translation context (its texts are marked there)


def severity_labels() -> list[str]:
    """Return the severity choices: none, then the Danger Assessment calendar's levels."""
    levels = (severity_label(level) for level in SEVERITY_ANCHORS)
    return [translate("Editor", "Not recorded"), *levels]


def severity_anchor(level: int) -> str:
    """Return what a severity level means, in the current language ("" for none)."""
    text = SEVERITY_ANCHORS.get(level, "")
    return translate(SEVERITY, text) if text else ""


class SeverityField(QWidget):
    """The level chosen (`choice`, index 0: not recorded) and its meaning beside it (`anchor`)."""

    def __init__(self) -> None:
        super().__init__()
        self.choice = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Severity (1–5)"))
        self.choice.addItems(severity_labels())
        self.anchor = named(QLabel(), QT_TRANSLATE_NOOP("Names", "What the severity means"))
        self.anchor.setWordWrap(True)
        self.anchor.setTextFormat(Qt.TextFormat.PlainText)
        rule = translate(SEVERITY, SEVERITY_RULE)
        source = translate(SEVERITY, SEVERITY_SOURCE)
        self.anchor.setToolTip(f"{rule}\n{source}")
        self.choice.setToolTip(
            "\n".join(f"{n} – {severity_anchor(n)}" for n in SEVERITY_ANCHORS)
            + f"\n{rule}\n{source}"
        )
        self.choice.currentIndexChanged.connect(self._show_anchor)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice)
        row.addWidget(self.anchor, 1)
        self.setFocusProxy(self.choice)  # Alt+S and the label's buddy reach the list

    @Slot()
    def _show_anchor(self) -> None:
        text = severity_anchor(self.choice.currentIndex())
        self.anchor.setText(text)
        self.anchor.setAccessibleDescription(text)
