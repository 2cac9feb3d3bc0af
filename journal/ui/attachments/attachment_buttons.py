"""The attachments view's buttons (Add file…, View, Save a copy…, Remove…) and when each works."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.attachments.attachment_model import AttachmentRow
from journal.ui.attachments.attachment_viewers import can_play
from journal.ui.common.widgets import named


@dataclass(frozen=True)
class AttachmentButtons:
    """The buttons below the list, named and explained for screen readers."""

    add: QPushButton
    view: QPushButton
    save: QPushButton
    remove: QPushButton

    def row(self) -> QHBoxLayout:
        """Return them in a row: Add on the left, the others on the right."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        buttons.addWidget(self.view)
        buttons.addWidget(self.save)
        buttons.addWidget(self.remove)
        return buttons

    def enable(self, row: AttachmentRow | None, usable: bool) -> None:
        """Enable what applies to the selected `row` (`usable`: not busy, an entry to add to)."""
        saved = row.attachment if row is not None else None
        self.add.setEnabled(usable)
        self.remove.setEnabled(usable and row is not None)
        self.save.setEnabled(usable and saved is not None)
        viewable = saved is not None and (saved.is_image or can_play(saved))
        self.view.setEnabled(usable and viewable)


def attachment_buttons(*, pending: bool) -> AttachmentButtons:
    """Return the buttons; for files not saved yet (`pending`) View and Save are hidden."""
    buttons = AttachmentButtons(
        add=named(
            QPushButton(translate("Attachments", "Add file…")),
            QT_TRANSLATE_NOOP("Names", "Add file…"),
            translate("Attachments", "Attach a file to this entry"),
        ),
        view=named(
            QPushButton(translate("Attachments", "View")),
            QT_TRANSLATE_NOOP("Names", "View"),
            translate("Attachments", "Show the picture or play the sound"),
        ),
        save=named(
            QPushButton(translate("Attachments", "Save a copy…")),
            QT_TRANSLATE_NOOP("Names", "Save a copy…"),
            translate("Attachments", "Save a copy that is not encrypted"),
        ),
        remove=named(
            QPushButton(translate("Attachments", "Remove…")),
            QT_TRANSLATE_NOOP("Names", "Remove attachment"),
        ),
    )
    for button in (buttons.view, buttons.save):
        if pending:  # (never show() a widget before it has a parent: it becomes a window)
            button.hide()
    return buttons
