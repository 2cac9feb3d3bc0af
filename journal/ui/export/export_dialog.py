"""The export dialog: presets, filters, fields, a live count, a plain warning, Qt's file dialog."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.drawing.catalogs import MissingTranslations, catalog
from journal.errors import VaultError
from journal.export import (
    PRESETS,
    Cancel,
    ExportCancelled,
    ExportResult,
    export,
    journal_fingerprint,
    photos_with_location,
    select_entries,
)
from journal.export.data import preset_label
from journal.i18n import QT_TRANSLATE_NOOP, Language, language, translate
from journal.session import Session
from journal.taxonomy import Taxonomy, default_taxonomy
from journal.ui.common.file_dialogs import ChoosePath, choose_file
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.session_views import ClearedOnLock
from journal.ui.common.widgets import heading, named, paragraph
from journal.ui.export.export_fields import ExportFields
from journal.ui.export.export_filters import ExportFilters
from journal.ui.export.export_runner import ExportRunner
from journal.ui.export.export_texts import COPIES_WARNING, FORMAT_CHOICES, WARNING, finished_text


def _qt_choose_path(parent: QWidget, title: str, suggested: str, name_filter: str) -> str | None:
    return choose_file(parent, title, suggested, name_filter, save=True)


__all__ = ["ExportCancelled", "ExportDialog"]


class ExportDialog(SafeDialog, ClearedOnLock):
    """Choose what to export and where; writes the file 0600 and leaves nothing elsewhere."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        taxonomy: Taxonomy | None = None,
        entry_ids: Sequence[str] | None = None,
        charts: Sequence[tuple[QImage, str]] = (),
        choose_path: ChoosePath | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export for a helper"))
        self._session = session
        self._taxonomy = taxonomy or default_taxonomy()
        self._entry_ids = list(entry_ids) if entry_ids else None
        self._charts = list(charts)
        self._choose_path: ChoosePath = choose_path or _qt_choose_path
        self.result_info: ExportResult | None = None
        self._cancelled = False
        self._cancel = Cancel()
        self.discreet = False  # set by the window from the preferences
        self._runner = ExportRunner(lambda: self._cancelled)

        self.preset = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Preset"))
        for preset in PRESETS.values():
            self.preset.addItem(preset_label(preset), preset.name)
        self.format = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Format"))
        for key, label, _ in FORMAT_CHOICES:
            self.format.addItem(translate("ExportDialog", label), key)
        self.report_language = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Report language"))
        for lang in Language:
            self.report_language.addItem(lang.native_name, lang.value)
        self.report_language.setCurrentIndex(list(Language).index(language()))
        self.report_language.setToolTip(
            translate(
                "ExportDialog", "The language of the PDF or spreadsheet; the windows keep theirs."
            )
        )

        self.use_dates = named(
            QCheckBox(translate("ExportDialog", "Only entries between these dates")),
            QT_TRANSLATE_NOOP("Names", "Only entries between these dates"),
        )
        self.date_from = named(QDateEdit(), QT_TRANSLATE_NOOP("Names", "From"))
        self.date_to = named(QDateEdit(), QT_TRANSLATE_NOOP("Names", "To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)
        self.date_from.setDate(QDate.currentDate().addYears(-1))
        self.date_to.setDate(QDate.currentDate())
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)

        self.filters = ExportFilters(self._taxonomy)
        self.kind_boxes = self.filters.kind_boxes
        self.use_behaviours = self.filters.use_behaviours
        self.behaviours = self.filters.behaviours
        self._fill_behaviours()

        self.fields = ExportFields()
        self.fields.copies_changed.connect(self._say_copies)

        self.only_selected: QCheckBox | None = None
        if self._entry_ids:
            count = len(self._entry_ids)
            if count == 1:
                text = translate(
                    "ExportDialog",
                    "Only the 1 entry listed in the journal (your search and filters)",
                )
            else:
                text = translate(
                    "ExportDialog",
                    "Only the {count} entries listed in the journal (your search and filters)",
                ).format(count=count)
            self.only_selected = named(
                QCheckBox(text), QT_TRANSLATE_NOOP("Names", "Only the entries listed")
            )
            self.only_selected.setAccessibleName(text)
            self.only_selected.setChecked(True)

        self.preview = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Preview"))
        self.preview.setObjectName("subheading")  # after named(): the style sheet keys on it
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        warning = named(
            paragraph(translate("ExportDialog", WARNING)),
            QT_TRANSLATE_NOOP("Names", "Warning: the exported file is not encrypted"),
        )
        warning.setObjectName("warning")
        self.warning = warning
        self.signer = named(
            QLabel(self._signer_text()), QT_TRANSLATE_NOOP("Names", "Journal key fingerprint")
        )
        self.signer.setWordWrap(True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Preset:"), self.preset)
        form.addRow(translate("ExportDialog", "&Format:"), self.format)
        form.addRow(translate("ExportDialog", "Report &language:"), self.report_language)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(translate("ExportDialog", "to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form.addRow("", self.use_dates)
        form.addRow(translate("ExportDialog", "From:"), dates)
        if self.only_selected is not None:
            form.addRow("", self.only_selected)

        self.export_button = named(
            QPushButton(translate("ExportDialog", "Export…")), QT_TRANSLATE_NOOP("Names", "Export…")
        )
        self.export_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, QT_TRANSLATE_NOOP("Names", "Cancel"))
        self.export_button.clicked.connect(self._export)
        buttons.rejected.connect(self.reject)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(translate("ExportDialog", "Export for a helper")))
        column.addWidget(warning)
        column.addWidget(self.signer)
        column.addLayout(form)
        column.addWidget(self.filters)
        column.addWidget(self.fields)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.content.addWidget(scroll, 1)
        self.content.addWidget(self.preview)
        self.content.addWidget(self.error)
        self.footer.addWidget(buttons)  # Export and Cancel stay in view on a small screen

        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.format.currentIndexChanged.connect(self._format_changed)
        for signal in (
            self.filters.changed,
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(self._update_preview)
        if self.only_selected is not None:
            self.only_selected.toggled.connect(self._update_preview)
        self._apply_preset()
        self.resize(740, 840)

    def _signer_text(self) -> str:
        """Say which key signs the exports (its fingerprint, as printed on every PDF page)."""
        try:
            key = journal_fingerprint(self._session.vault)
        except VaultError as exc:
            return exc.message
        return translate(
            "ExportDialog",
            "Exports are signed by this journal's key: <b>{key}</b>. Give this fingerprint to "
            "the person you send an export to, separately, so they can check it.",
        ).format(key=key)

    # ------------------------------------------------------------- choices

    def _fill_behaviours(self) -> None:
        """List the behaviours that occur in the journal (readable names, most used first)."""
        with contextlib.suppress(VaultError):
            self.filters.fill_behaviours(self._session.vault.entries())

    @Slot()
    def _apply_preset(self) -> None:
        preset = PRESETS[self.preset.currentData()]
        self.filters.tick_kinds(preset.kinds)
        self.fields.apply_preset(preset)
        self._update_preview()

    @Slot(bool)
    def _say_copies(self, copies: bool) -> None:
        text = translate("ExportDialog", WARNING)
        if copies:
            text += " " + translate("ExportDialog", COPIES_WARNING)
        self.warning.setText(text)

    @Slot()
    def _format_changed(self) -> None:
        fmt = str(self.format.currentData())
        self.fields.set_format(fmt)
        json = fmt == "json"  # read by programs: always English (docs/EXPORT_FORMAT.md)
        self.report_language.setEnabled(not json)
        self.report_language.setToolTip(
            translate("ExportDialog", "A JSON file is always in English: programs read it.")
            if json
            else translate(
                "ExportDialog", "The language of the PDF or spreadsheet; the windows keep theirs."
            )
        )

    def chosen_language(self) -> Language:
        """Return the language the report is written in."""
        return Language(str(self.report_language.currentData()))

    def chosen_kinds(self) -> list[str]:
        """Return the kinds ticked."""
        return self.filters.chosen_kinds()

    def chosen_fields(self) -> list[str]:
        """Return the optional fields ticked."""
        return self.fields.chosen_fields()

    def chosen_behaviours(self) -> list[str] | None:
        """Return the behaviours ticked, or None when not limiting by behaviour."""
        return self.filters.chosen_behaviours()

    def chosen_dates(self) -> tuple[date | None, date | None]:
        """Return the date range, or (None, None) when not limiting by date."""
        if not self.use_dates.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def _filters(self) -> dict[str, object]:
        start, end = self.chosen_dates()
        ids = None
        if self.only_selected is not None and self.only_selected.isChecked():
            ids = self._entry_ids
        return {
            "preset": self.preset.currentData(),
            "start": start,
            "end": end,
            "kinds": self.chosen_kinds(),
            "behaviours": self.chosen_behaviours(),
            "entry_ids": ids,
        }

    @Slot()
    def _update_preview(self) -> None:
        located = 0
        try:
            vault = self._session.vault
            entries = select_entries(vault, **self._filters())  # type: ignore[arg-type]
            located = photos_with_location(vault, entries)
        except ValueError as exc:
            self.preview.setText(str(exc))
            self.export_button.setEnabled(False)
            return
        except VaultError as exc:
            self.preview.setText(exc.message)
            self.export_button.setEnabled(False)
            return
        finally:
            self.fields.set_photos_with_location(located)
        count = len(entries)
        if count == 1:
            text = translate("ExportDialog", "1 entry will be exported.")
        elif count:
            text = translate("ExportDialog", "{count} entries will be exported.").format(
                count=count
            )
        else:
            text = translate("ExportDialog", "No entries match these choices.")
        self.preview.setText(text)
        self.export_button.setEnabled(count > 0)

    # -------------------------------------------------------------- export

    @Slot()
    def _export(self) -> None:
        fmt = str(self.format.currentData())
        name_filter = translate(
            "ExportDialog", next(f for key, _, f in FORMAT_CHOICES if key == fmt)
        )
        stem = translate("ExportDialog", "record-{date}").format(date=date.today().isoformat())
        suggested = f"{stem}.{fmt}"
        path = self._choose_path(
            self, translate("ExportDialog", "Save export as"), suggested, name_filter
        )
        if not path:
            return
        try:
            report = catalog(self.chosen_language())
        except MissingTranslations as exc:
            self.error.setText(str(exc))
            return
        if not Path(path).suffix:
            path = f"{path}.{fmt}"
        filters = self._filters()
        self._cancelled = False
        self._cancel = Cancel()
        self._runner.longest_stall = 0.0
        self.export_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_info = export(
                self._session.vault,
                path,
                format=fmt,
                fields=self.chosen_fields(),
                include_checkins=self.fields.checkins.isChecked(),
                include_patterns=self.fields.patterns.isChecked(),
                include_promises=self.fields.promises.isChecked(),
                charts=self._charts or None,  # None: the Insights charts of these entries
                thumbnails=self.fields.thumbnails.isChecked(),
                copy_attachments=self.fields.copy_files.isChecked(),
                taxonomy=self._taxonomy,
                progress=self._runner.keep_responding,
                cancel=self._cancel,
                discreet=self.discreet,
                runner=self._runner.run_off_thread,
                language=report,
                **filters,  # type: ignore[arg-type]
            )
        except ExportCancelled:
            self.error.clear()
            return
        except VaultError as exc:
            self.error.setText(exc.message)
            return
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.export_button.setEnabled(not self._cancelled)
        self.error.clear()
        info = self.result_info
        ask(
            self,
            QMessageBox.Icon.Information,
            translate("ExportDialog", "Export finished"),
            finished_text(info, Path(path).name, self.fields.copy_files.isChecked()),
        )
        self.accept()

    @property
    def longest_stall(self) -> float:
        """Seconds: the longest the window waited during the last export."""
        return self._runner.longest_stall

    def _stop(self) -> None:
        """Stop an export in progress; its partial file is removed now, from this thread."""
        self._cancelled = True
        self._cancel.cancel()

    def reject(self) -> None:
        """Close; an export in progress stops and leaves no file behind."""
        self._stop()
        super().reject()

    def wipe(self) -> None:
        """Forget the behaviour names shown (journal content) and any message."""
        self._stop()
        self.behaviours.clear()
        self.preview.clear()
        self.error.clear()
        self._entry_ids = None
        self._charts = []
