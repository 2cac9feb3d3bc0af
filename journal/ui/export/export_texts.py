"""The export dialog's fixed texts: the formats offered, the warnings and the message shown
when an export is finished."""

from __future__ import annotations

from journal.export import ExportResult
from journal.i18n import QT_TRANSLATE_NOOP, translate

# (format, label, file filter): English, shown with translate("ExportDialog", ...)
FORMAT_CHOICES: tuple[tuple[str, str, str], ...] = (
    (
        "pdf",
        QT_TRANSLATE_NOOP("ExportDialog", "PDF (to print or read)"),
        QT_TRANSLATE_NOOP("ExportDialog", "PDF document (*.pdf)"),
    ),
    (
        "csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV (spreadsheet)"),
        QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheet (*.csv)"),
    ),
    (
        "json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON (can be checked for changes)"),
        QT_TRANSLATE_NOOP("ExportDialog", "JSON file (*.json)"),
    ),
)
WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "<b>The exported file is not encrypted.</b> Anyone who opens it can read everything in it. "
    "Save it straight to a USB stick or a folder only you use, give it to the person who "
    "needs it, then delete your copy. Avoid shared, cloud-synced and Downloads folders.",
)
COPIES_WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "<b>The copied attached files are not encrypted either</b>: they go into a folder named "
    "after the export, beside it.",
)


def finished_text(info: ExportResult, name: str, copies_asked: bool) -> str:
    """Return what the "Export finished" message says, in the windows' language."""
    if info.entries == 1:
        text = translate("ExportDialog", "1 entry was written to {file}.")
    else:
        text = translate("ExportDialog", "{count} entries were written to {file}.")
    parts = [text.format(count=info.entries, file=name)]
    if info.files_folder is not None:
        if info.files == 1:
            copied = translate(
                "ExportDialog",
                "1 attached file was copied into the folder “{folder}” beside it; it is not "
                "encrypted either.",
            )
        else:
            copied = translate(
                "ExportDialog",
                "{count} attached files were copied into the folder “{folder}” beside it; they "
                "are not encrypted either.",
            )
        parts.append(copied.format(count=info.files, folder=info.files_folder.name))
    elif copies_asked:
        parts.append(
            translate(
                "ExportDialog", "These entries have no attached files, so no folder was made."
            )
        )
    if info.undrawable:
        parts.append(
            translate(
                "ExportDialog",
                "Some characters of entries {numbers} cannot be drawn with the fonts of this PDF; "
                "those entries say so. The JSON and CSV exports keep them unchanged.",
            ).format(numbers=", ".join(str(n) for n in info.undrawable))
        )
    parts.append(
        translate(
            "ExportDialog",
            "It is signed by this journal's key {key}. Remember: this file is not encrypted. "
            "Keep it somewhere safe and delete copies you no longer need.",
        ).format(key=info.signer)
    )
    return " ".join(parts)
