"""The "Details to include" part of the export dialog: fields, check-ins, patterns, files."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from journal.export import FIELD_LABELS, OPTIONAL_FIELDS, Preset
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights.wording import field_name
from journal.ui.common.widgets import named, paragraph

COPY_LABEL = QT_TRANSLATE_NOOP("ExportFields", "Copy the attached files beside the export")


def location_warning_text(photos: int, *, copies: bool, thumbnails: bool) -> str:
    """Say what each chosen output keeps of the photos' location data (GPS)."""
    if photos <= 0:
        return ""
    if photos == 1:
        parts = [translate("ExportFields", "1 photo carries location data (GPS).")]
    else:
        parts = [
            translate("ExportFields", "{count} photos carry location data (GPS).").format(
                count=photos
            )
        ]
    if copies and photos == 1:
        parts.append(
            translate(
                "ExportFields",
                "The copied files keep it: anyone with them can see where it was taken. Untick "
                "the copies to leave the files out.",
            )
        )
    elif copies:
        parts.append(
            translate(
                "ExportFields",
                "The copied files keep it: anyone with them can see where they were taken. "
                "Untick the copies to leave the files out.",
            )
        )
    if thumbnails:
        parts.append(translate("ExportFields", "Photos shown in the PDF are redrawn without it."))
    if not copies:
        parts.append(
            translate(
                "ExportFields",
                "The list of attachments gives names, sizes and SHA-256 only, not places.",
            )
        )
    return " ".join(parts)


class ExportFields(QGroupBox):
    """Which details the export holds; warns when chosen photos carry location data."""

    copies_changed = Signal(bool)  # the copied files are not encrypted either: say so

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ExportFields", "Details to include"), parent)
        self._format = "pdf"
        self._located = 0
        self.field_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        shown = [f for f in OPTIONAL_FIELDS if f != "attachments"]
        for index, name in enumerate(shown):
            box = named(QCheckBox(field_name(name)), FIELD_LABELS[name])
            box.setAccessibleName(box.text())  # the object name stays the English label
            self.field_boxes[name] = box
            grid.addWidget(box, index // 2, index % 2)
        row = (len(shown) + 1) // 2
        self.checkins = named(
            QCheckBox(translate("ExportFields", "Red-flag check-ins")),
            QT_TRANSLATE_NOOP("Names", "Red-flag check-ins"),
        )
        self.patterns = named(
            QCheckBox(translate("ExportFields", "Patterns summary (with charts in a PDF)")),
            QT_TRANSLATE_NOOP("Names", "Patterns summary (with charts in a PDF)"),
        )
        self.promises = named(
            QCheckBox(translate("ExportFields", "Promises and what followed (PDF)")),
            QT_TRANSLATE_NOOP("Names", "Promises and what followed (PDF)"),
        )
        self.attachments = named(
            QCheckBox(translate("ExportFields", "List of attachments")),
            QT_TRANSLATE_NOOP("Names", "List of attachments"),
        )
        self.thumbnails = named(
            QCheckBox(translate("ExportFields", "Show photos in a PDF (small)")),
            QT_TRANSLATE_NOOP("Names", "Show photos in a PDF (small)"),
        )
        self.copy_files = named(
            QCheckBox(translate("ExportFields", COPY_LABEL)),
            QT_TRANSLATE_NOOP("Names", "Copy the attached files beside the export"),
        )
        self.copy_files.setToolTip(
            translate(
                "ExportFields",
                "Into a new folder named after the export, beside it. The copies are the "
                "original files, not encrypted.",
            )
        )
        self.location_warning = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Location warning"))
        self.location_warning.setObjectName("warning")
        self.location_warning.setWordWrap(True)
        self.location_warning.setVisible(False)
        self.location_warning.setContentsMargins(0, 2, 0, 6)
        grid.addWidget(self.checkins, row, 0)
        grid.addWidget(self.patterns, row, 1)
        grid.addWidget(self.attachments, row + 1, 0)
        grid.addWidget(self.thumbnails, row + 1, 1)
        grid.addWidget(self.promises, row + 2, 0)
        grid.addWidget(self.copy_files, row + 3, 0, 1, 2)
        grid.addWidget(self.location_warning, row + 4, 0, 1, 2)
        self.attachments.toggled.connect(self._update_thumbnails)
        self.thumbnails.toggled.connect(self._update_location_warning)
        self.copy_files.toggled.connect(self._update_location_warning)
        row += 4
        grid.addWidget(
            paragraph(
                translate(
                    "ExportFields",
                    "Every entry always shows its kind, when it happened and when it was recorded.",
                )
            ),
            row + 1,
            0,
            1,
            2,
        )

    def apply_preset(self, preset: Preset) -> None:
        """Tick what the preset includes; photos and copies start unticked."""
        for name, box in self.field_boxes.items():
            box.setChecked(name in preset.fields)
        self.checkins.setChecked(preset.checkins)
        self.patterns.setChecked(preset.patterns)
        self.promises.setChecked(preset.promises)
        self.attachments.setChecked("attachments" in preset.fields)
        self.thumbnails.setChecked(False)
        self.copy_files.setChecked(False)
        self._update_thumbnails()

    def set_format(self, fmt: str) -> None:
        """Photos can only be shown in a PDF."""
        self._format = fmt
        self._update_thumbnails()

    def set_photos_with_location(self, count: int) -> None:
        """Say how many of the chosen entries' photos carry location data."""
        self._located = count
        self._update_location_warning()

    def chosen_fields(self) -> list[str]:
        """Return the optional fields ticked."""
        chosen = [name for name, box in self.field_boxes.items() if box.isChecked()]
        return [*chosen, "attachments"] if self.attachments.isChecked() else chosen

    @Slot()
    def _update_thumbnails(self) -> None:
        """Photos can only be shown in a PDF that lists attachments; copies need the list."""
        usable = self.attachments.isChecked() and self._format == "pdf"
        self.thumbnails.setEnabled(usable)
        if not usable:
            self.thumbnails.setChecked(False)
        self.copy_files.setEnabled(self.attachments.isChecked())
        if not self.attachments.isChecked():
            self.copy_files.setChecked(False)
        self._update_location_warning()

    @Slot()
    def _update_location_warning(self) -> None:
        """Warn when chosen photos carry GPS, saying what each output keeps of it."""
        copies = self.copy_files.isChecked()
        text = ""
        if self.attachments.isChecked():
            text = location_warning_text(
                self._located, copies=copies, thumbnails=self.thumbnails.isChecked()
            )
        self.location_warning.setText(text)
        self.location_warning.setVisible(bool(text))
        self.copies_changed.emit(copies)
