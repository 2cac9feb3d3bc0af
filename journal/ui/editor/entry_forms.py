"""Two tabs of the entry editor: the details (location, words used, severity, injuries and the
rest, shown by kind) and the reflection (private thoughts, what I told myself, tags)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from journal.fields import field_label
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.widgets import named
from journal.ui.editor.fields import line_field, text_box
from journal.ui.editor.form_rules import KindRows, mnemonic, set_buddies, shortcut_of
from journal.ui.editor.severity_field import SeverityField

TOLD_MYSELF_HINT = QT_TRANSLATE_NOOP(
    "Editor",
    "How you explained it to yourself afterwards, in your own words. Private: left out of "
    "advocate exports unless you choose it.",
)


def _row_label(name: str, key: str, taken: str = "") -> str:
    """Return a form label for a field (journal.fields), with `key` as its Alt shortcut."""
    return mnemonic(field_label(name), key, taken, any_letter=key not in field_label(name))


class DetailsForm(QWidget):
    """The "Details" tab: the facts beyond the quick path, each row shown for the kinds it
    fits; `taken` holds the Alt shortcuts the quick path already uses."""

    def __init__(self, taken: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = line_field(
            QT_TRANSLATE_NOOP("Names", "Location"), translate("Editor", "Where it happened")
        )
        self.words_used = text_box(
            QT_TRANSLATE_NOOP("Names", "Words used"),
            translate("Editor", "Exact words, in quotes, when you remember them"),
        )
        severity_box = SeverityField()
        self.severity = severity_box.choice
        self.severity_anchor = severity_box.anchor
        self.injuries = text_box(
            QT_TRANSLATE_NOOP("Names", "Injuries"),
            translate("Editor", "Any injury, however small"),
            50,
        )
        self.medical_care = line_field(
            QT_TRANSLATE_NOOP("Names", "Medical care"),
            translate("Editor", "Doctor, hospital, pharmacy, none"),
        )
        self.witnesses = line_field(
            QT_TRANSLATE_NOOP("Names", "Witnesses"), translate("Editor", "Who saw or heard it")
        )
        self.children = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Children present"))
        self.children.addItems(
            [
                translate("Editor", "Not recorded"),
                translate("Editor", "Yes"),
                translate("Editor", "No"),
            ]
        )
        self.police = line_field(
            QT_TRANSLATE_NOOP("Names", "Police report number"),
            translate("Editor", "If reported: police station, report number"),
        )
        self.technology = line_field(
            QT_TRANSLATE_NOOP("Names", "Technology involved"),
            translate("Editor", "Messages, tracking, accounts, photos"),
        )
        form = QFormLayout(self)
        self.kind_rows = KindRows(
            form,
            {
                "location": (self.location, "L"),
                "words_used": (self.words_used, "u"),
                "severity": (severity_box, "S"),
                "injuries": (self.injuries, "I"),
                "medical_care": (self.medical_care, "M"),
                "witnesses": (self.witnesses, "n"),
                "children_present": (self.children, "C"),
                "police_report": (self.police, "P"),
                "technology": (self.technology, "T"),
            },
            taken,
        )
        set_buddies(form)


class ReflectionForm(QWidget):
    """The "Reflection" tab: private reflection, what I told myself afterwards, and tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reflection = text_box(
            QT_TRANSLATE_NOOP("Names", "Private reflection"),
            translate("Editor", "Your own thoughts. Left out of advocate exports by default."),
            120,
        )
        self.tags = line_field(
            QT_TRANSLATE_NOOP("Names", "Tags"),
            translate("Editor", "Words to find this entry again, separated by commas"),
        )
        rl = QFormLayout(self)
        self.told_myself = text_box(
            QT_TRANSLATE_NOOP("Names", "What I told myself afterwards"),
            translate("Editor", TOLD_MYSELF_HINT),
            80,
        )
        first = _row_label("reflection", "r")
        second = _row_label("told_myself", "W", shortcut_of(first))
        rl.addRow(first, self.reflection)
        rl.addRow(second, self.told_myself)
        rl.addRow(_row_label("tags", "a", shortcut_of(first) + shortcut_of(second)), self.tags)
        set_buddies(rl)
