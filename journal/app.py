"""Application entry: default vault location, the main window, the event loop."""

from __future__ import annotations

import _locale  # locale.setlocale without importing `locale` (about 4 ms at start-up)
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from journal import start_up

# Before the app's other modules load: fontconfig on its own thread, no cyclic garbage
# collection until the end of this module (see journal.start_up).
start_up.begin()

from journal.hardening import disable_core_dumps, quiet_crash_reports  # noqa: E402
from journal.paths import (  # noqa: E402
    APP_NAME,
    NEUTRAL_NAME,
    VAULT_FILENAME,
    folder_name,
    portable_data_dir,
    portable_marker_present,
)
from journal.session import Session  # noqa: E402
from journal.ui.common.language import use_language  # noqa: E402
from journal.ui.common.style import StyleFollower, apply_style  # noqa: E402
from journal.ui.main_window import MainWindow  # noqa: E402
from journal.ui.settings.preferences import Preferences  # noqa: E402

if TYPE_CHECKING:
    import argparse  # for a command line that is not plain (see `arguments`)

    from journal.crypto import KdfParams  # the vault (and cryptography) load on unlocking

_app_ref: list[QApplication] = []
_style_ref: list[StyleFollower] = []
DISCREET_APP_NAME = NEUTRAL_NAME
_folder_name: list[str] = [APP_NAME]  # the name the config and data folders go by


def _ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        _app_ref.append(app)
    assert isinstance(app, QApplication)
    # Qt adopts the system's locale (setlocale) on Unix; English texts and records written with
    # strftime ("Mar", "Monday") must stay English whatever the system's language: translated
    # dates come from QLocale (journal.i18n.format_date).
    _locale.setlocale(_locale.LC_TIME, "C")  # what locale.setlocale does with a name
    QCoreApplication.setApplicationName(_folder_name[0])
    QCoreApplication.setOrganizationName("")
    app.setQuitOnLastWindowClosed(True)
    if not _style_ref:  # one look for every window, light or dark as the system is
        apply_style(app)
        _style_ref.append(StyleFollower(app))  # it follows each main window (create_main_window)
    return app


def _locations(name: str) -> tuple[Path, Path]:
    """Return the data and config folders the app would use under `name`."""
    QCoreApplication.setApplicationName(name)
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    config = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, name, "settings")
    return Path(data), Path(config.fileName()).parent


def choose_folders(discreet: bool) -> str:
    """Choose the folder name (see `journal.paths.folder_name`) and use it from now on."""
    _ensure_app()
    exists = {
        name: any(folder.exists() for folder in _locations(name))
        for name in (APP_NAME, NEUTRAL_NAME)
    }
    _folder_name[0] = folder_name(exists[APP_NAME], exists[NEUTRAL_NAME], discreet)
    QCoreApplication.setApplicationName(_folder_name[0])
    return _folder_name[0]


def default_vault_path() -> Path:
    """Return the default journal file in the platform's app-data folder."""
    _ensure_app()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / VAULT_FILENAME


def default_settings() -> QSettings:
    """Return the user's preference store (never holds journal content)."""
    _ensure_app()
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, _folder_name[0], "settings"
    )


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
    window = MainWindow(session, None, settings or default_settings())  # taxonomy: on first use
    _style_ref[0].follow(window)  # light or dark as the system switches
    return window


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


def argument_parser() -> argparse.ArgumentParser:
    """Return the command line's parser (what `--help` shows)."""
    import argparse  # already loaded by PySide6; building a parser is what costs

    parser = argparse.ArgumentParser(prog="reality-check", description="A private journal.")
    parser.add_argument("--vault", metavar="PATH", help="journal file to open or create")
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep the journal and settings in a folder beside the app (also: a file "
        "named 'portable' beside it)",
    )
    parser.add_argument(
        "--discreet",
        action="store_true",
        help="start in discreet mode; a new installation then uses neutral folder names",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="create a journal in a temporary folder, write, reopen, verify, export; exit 0",
    )
    return parser


_SWITCHES = {"--portable": "portable", "--discreet": "discreet", "--self-check": "self_check"}


class Arguments:
    """The options of a plain command line, as the parser's `argparse.Namespace` holds them,
    and equal to it for the same line. A plain start does not name `argparse`: PySide6 reads
    the source of each module an `import` names after it (about 2 million instructions for
    argparse's, see "Cold start" in docs/PERFORMANCE.md)."""

    vault: str | None
    portable: bool
    discreet: bool
    self_check: bool

    def __init__(self, **options: object) -> None:
        self.__dict__.update(options)

    def __eq__(self, other: object) -> bool:
        if not hasattr(other, "__dict__"):
            return NotImplemented
        return vars(self) == vars(other)

    def __repr__(self) -> str:
        options = ", ".join(f"{name}={value!r}" for name, value in vars(self).items())
        return f"Arguments({options})"


def plain_arguments(argv: list[str]) -> Arguments | None:
    """Read a command line of whole option names, each at most once (`--vault PATH`, the
    switches), as `argument_parser` reads it; None for anything else (help, an abbreviation,
    `--vault=PATH`, a value starting with "-", a mistake), which the parser then reads.

    Building the parser costs about 7 ms at start-up (argparse translates its own texts
    through gettext, which imports `locale` and looks for catalogs); a launcher passes no
    arguments or these. tests/gui/test_app_arguments.py compares both on many command lines.
    """
    values: dict[str, object] = {
        "vault": None,
        "portable": False,
        "discreet": False,
        "self_check": False,
    }
    seen: set[str] = set()
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in seen:
            return None
        seen.add(token)
        if token in _SWITCHES:
            values[_SWITCHES[token]] = True
        elif token == "--vault" and index + 1 < len(argv) and not argv[index + 1].startswith("-"):
            index += 1
            values["vault"] = argv[index]
        else:
            return None
        index += 1
    return Arguments(**values)


def arguments(argv: list[str] | None = None) -> Arguments | argparse.Namespace:
    """Return the parsed command line (`argv`, or the process's own)."""
    given = sys.argv[1:] if argv is None else argv
    plain = plain_arguments(given)
    return plain if plain is not None else argument_parser().parse_args(given)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, open the window and run the event loop."""
    # No core file, and non-dumpable, first thing (on Linux `start_up` has loaded `ctypes`).
    disable_core_dumps()
    start_up.pause_collection()  # until just after the first frame (see journal.start_up)
    args = arguments(argv)
    quiet_crash_reports()
    if args.self_check:
        from journal.self_check import run_self_check

        start_up.collect_again()
        return run_self_check(
            lambda path: create_main_window(path, settings=portable_settings(path.parent)),
            Path(args.vault).expanduser() if args.vault else None,
        )
    app = _ensure_app()
    vault = Path(args.vault).expanduser() if args.vault else None
    vault, settings = resolve_locations(vault, portable=args.portable)
    if settings is None:
        choose_folders(args.discreet)
    settings = settings or default_settings()
    use_language(Preferences(settings).language)
    window = create_main_window(vault, settings=settings)
    window.before_first_key(_collect_from_now_on)
    if args.discreet and not window.preferences.discreet:
        window.preferences.discreet = True
        window._apply_settings()
    if window.preferences.discreet:
        # The window class a task bar or window list shows comes from this name; the journal
        # and settings folders were chosen above (choose_folders), so existing ones still open.
        QCoreApplication.setApplicationName(DISCREET_APP_NAME)
    window.show()
    return int(app.exec())


def _collect_from_now_on() -> None:
    """Garbage collection on again, what start-up built set aside (see journal.start_up)."""
    start_up.collect_again(freeze=True)


# The app's own modules are loaded: the collector is on again (`main` pauses it once more).
start_up.collect_again()
