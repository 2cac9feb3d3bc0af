"""Qt's own file chooser, leaving no "recently used" entry and no remembered folder."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator

from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import Shiboken

from journal.i18n import QT_TRANSLATE_NOOP
from journal.ui.common.widgets import named

# Qt's own Spanish (qtbase_es.qm) lacks these strings of its file dialog or words them for
# Spain ("fichero"); the app's catalog is searched first, so its translations are shown.
QT_FILE_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
)

# (parent, title, suggested file name, name filter) -> chosen path or None
ChoosePath = Callable[[QWidget, str, str, str], "str | None"]


@contextlib.contextmanager
def _no_file_dialog_traces() -> Iterator[None]:
    """Undo what Qt's file dialog writes to QtProject.conf (recent folders, last visited)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    existed = os.path.exists(settings.fileName())
    settings.beginGroup("FileDialog")
    saved = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        settings.sync()
        settings.remove("FileDialog")
        for key, value in saved.items():
            settings.setValue(f"FileDialog/{key}", value)
        settings.sync()
        if not existed and not saved:
            with contextlib.suppress(OSError):
                os.remove(settings.fileName())


def choose_file(
    parent: QWidget | None, title: str, suggested: str, name_filter: str, *, save: bool = True
) -> str | None:
    """Ask for a file with Qt's own dialog: no native recent-files entry, no remembered folder."""
    with _no_file_dialog_traces():
        dialog = QFileDialog(parent, title)
        try:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            dialog.setNameFilter(name_filter)
            dialog.setHistory([])
            dialog.setDirectory(QDir.homePath())
            if save:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
                dialog.setFileMode(QFileDialog.FileMode.AnyFile)
                suffix = name_filter.rsplit("*.", 1)[-1].rstrip(")")
                dialog.setDefaultSuffix(suffix)
                dialog.selectFile(suggested)
            else:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
                dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            named(dialog, title)
            chosen = dialog.selectedFiles() if dialog.exec() else []
        finally:
            Shiboken.delete(dialog)  # Qt saves its settings now, inside the guard
    return chosen[0] if chosen else None
