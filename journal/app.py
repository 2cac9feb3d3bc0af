"""Application entry: default vault location, the main window, the event loop."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from journal.hardening import disable_core_dumps, quiet_crash_reports
from journal.paths import (
    APP_NAME,
    VAULT_FILENAME,
    portable_data_dir,
    portable_marker_present,
)
from journal.session import Session
from journal.ui.main_window import MainWindow

if TYPE_CHECKING:
    from journal.crypto import KdfParams  # the window shows before `cryptography` is imported

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
    return MainWindow(session, None, settings or default_settings())  # bundled taxonomy


def portable_settings(folder: Path) -> QSettings:
    """Return preferences kept in an INI file inside `folder` (portable mode)."""
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def resolve_locations(
    vault: Path | None, *, portable: bool = False, folder: Path | None = None
) -> tuple[Path | None, QSettings | None]:
    """Return the journal path and settings store; portable mode keeps both beside the app."""
    if not (portable or portable_marker_present(folder)):
        return vault, None
    data = portable_data_dir(folder)
    return (vault or data / VAULT_FILENAME), portable_settings(data)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, open the window and run the event loop."""
    parser = argparse.ArgumentParser(prog="reality-check", description="A private journal.")
    parser.add_argument("--vault", metavar="PATH", help="journal file to open or create")
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep the journal and settings in a folder beside the app (also: a file "
        "named 'portable' beside it)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="create a journal in a temporary folder, write, reopen, verify, export; exit 0",
    )
    args = parser.parse_args(argv)
    disable_core_dumps()
    quiet_crash_reports()
    if args.self_check:
        from journal.self_check import run_self_check

        return run_self_check(Path(args.vault).expanduser() if args.vault else None)
    app = _ensure_app()
    vault = Path(args.vault).expanduser() if args.vault else None
    vault, settings = resolve_locations(vault, portable=args.portable)
    window = create_main_window(vault, settings=settings)
    window.show()
    return int(app.exec())
