"""Application entry: default vault location, the main window, the event loop."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from journal.crypto import KdfParams
from journal.hardening import disable_core_dumps
from journal.paths import APP_NAME, VAULT_FILENAME
from journal.session import Session
from journal.taxonomy import default_taxonomy
from journal.ui.main_window import MainWindow

_app_ref: list[QApplication] = []


def _ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        _app_ref.append(app)
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    app.setQuitOnLastWindowClosed(True)
    return app


def default_vault_path() -> Path:
    """Return the default journal file in the platform's app-data folder."""
    _ensure_app()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / VAULT_FILENAME


def default_settings() -> QSettings:
    """Return the user's preference store (never holds journal content)."""
    _ensure_app()
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "settings")


def create_main_window(
    vault_path: str | Path | None = None,
    *,
    kdf: KdfParams | None = None,
    settings: QSettings | None = None,
) -> MainWindow:
    """Build (not show) the main window for the journal at `vault_path`."""
    _ensure_app()
    path = Path(vault_path) if vault_path is not None else default_vault_path()
    session = Session(path, kdf=kdf)
    return MainWindow(session, default_taxonomy(), settings or default_settings())


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, open the window and run the event loop."""
    parser = argparse.ArgumentParser(prog="reality-check", description="A private journal.")
    parser.add_argument("--vault", metavar="PATH", help="journal file to open or create")
    args = parser.parse_args(argv)
    disable_core_dumps()
    app = _ensure_app()
    window = create_main_window(Path(args.vault).expanduser() if args.vault else None)
    window.show()
    return int(app.exec())
