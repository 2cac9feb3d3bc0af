"""`--self-check`: prove a build works end to end (used on packaged apps; exits 0 or 1).

Every step is required: a part missing from the build (the export package, a bundled resource,
the Spanish translations, the charts, a window or dialog module) fails the check; nothing is
skipped. The caller
(`journal.app`) passes in how the app builds its window, so this module never imports the app.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journal.model import Entry
from journal.paths import resource_path, resource_root
from journal.vault import KdfParams, Vault, create_vault, open_vault

if TYPE_CHECKING:
    from journal.ui.main_window import MainWindow

WindowFactory = Callable[[Path], "MainWindow"]
"""Builds (does not show) the app's main window for the journal at the given path."""

_PASS = "self check passphrase, not a real one"
# What the app shows from the bundled resources: checked the way the app reads them.
_ICONS = ("icons/reality-check.svg", "icons/notes.svg")


def _check_resources() -> None:
    from journal.resources import load_guidance, load_hotlines
    from journal.taxonomy import load_taxonomy

    _say(f"reading the bundled resources from {resource_root()}")
    taxonomy = load_taxonomy()
    behaviours = sum(len(group.behaviours) for group in taxonomy.groups)
    hotlines = load_hotlines().hotlines
    pages = load_guidance()  # validates every page, which means reading it
    if not behaviours or not hotlines or not pages or not pages[0].read().strip():
        raise RuntimeError("a bundled resource is empty")
    for icon in _ICONS:
        if not resource_path(icon).is_file():
            raise RuntimeError(f"the bundled icon {icon} is missing")
    _say(
        f"read the taxonomy ({behaviours} behaviours), {len(hotlines)} hotlines, "
        f"{len(pages)} guidance pages and the icons"
    )


def _check_translations() -> None:
    from journal.drawing.catalogs import catalog
    from journal.i18n import Language

    spanish = catalog(Language.SPANISH)  # MissingTranslations if the .qm did not ship
    if spanish.lookup("Names", "Quick exit", None, -1) != "Salida rápida":
        raise RuntimeError("the Spanish translations do not translate Quick exit")
    qt_button = ("QPlatformTheme", "Cancel")  # not a literal call: no message for lupdate
    if spanish.qt_translator.translate(*qt_button) != "Cancelar":
        raise RuntimeError("Qt's own Spanish translations (qtbase_es.qm) are missing")
    _say("read the Spanish translations (the app's and Qt's own)")


def _check_journal(vault_path: Path) -> None:
    vault, _code = create_vault(vault_path, _PASS, kdf=KdfParams.FLOOR)
    with vault:
        saved = vault.add_entry(
            Entry(kind="incident", occurred_start=datetime(2025, 1, 2, 3, 4), what_happened="x")
        )
    _say("created a journal and saved an entry")
    with open_vault(vault_path, _PASS) as vault:
        if [e.id for e in vault.entries()] != [saved.id] or not vault.verify().ok:
            raise RuntimeError("the reopened journal does not match what was saved")
        _say("reopened and verified it")
        _check_export(vault, vault_path.parent)
        _check_charts(vault)


def _check_export(vault: Vault, folder: Path) -> None:
    from journal.export import export
    from journal.export.verify import verify_export

    pdf = folder / "self-check.pdf"
    export(vault, pdf, format="pdf", preset="advocate")
    if not pdf.read_bytes().startswith(b"%PDF") or not verify_export(pdf).ok:
        raise RuntimeError("the exported PDF is not a signed PDF")
    document = folder / "self-check.json"
    export(vault, document, format="json", preset="advocate")
    check = verify_export(document)
    if not check.ok or check.entries != 1:
        raise RuntimeError(f"the JSON export does not verify: {'; '.join(check.problems)}")
    _say("exported a PDF and a JSON export, and verified both signatures")


def _check_charts(vault: Vault) -> None:
    from journal.drawing.charts import render_chart_images
    from journal.insights import compute_insights

    images = render_chart_images(compute_insights(vault.entries()), 400, 200)
    if not images or any(image.isNull() for image, _caption in images):
        raise RuntimeError("the Insights charts could not be drawn")
    _say(f"drew {len(images)} Insights charts")


def _check_window(vault_path: Path, open_window: WindowFactory) -> None:
    from PySide6.QtWidgets import QApplication

    window = open_window(vault_path)
    window.show()
    QApplication.processEvents()
    if not window.isVisible():
        raise RuntimeError("the window did not open")
    _say("opened the window")
    # The journal page, the help panel and the dialogs are imported when first used: make
    # sure a packaged build carries them too.
    window.session.unlock(_PASS)
    window._enter_journal()
    window.show_help()
    QApplication.processEvents()
    if window.journal_page.model.rowCount() != 1 or window._help_panel is None:
        raise RuntimeError("the journal or the help panel did not open")
    from journal.ui.backup.backup_dialogs import backup_journal  # noqa: F401
    from journal.ui.export.export_dialog import ExportDialog  # noqa: F401
    from journal.ui.insights.insights_window import InsightsWindow  # noqa: F401
    from journal.ui.settings import dialogs  # noqa: F401

    window.close()
    _say("unlocked it in the window and opened the help panel")


def _steps(vault_path: Path, open_window: WindowFactory) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:  # the window, the PDF and the charts all need one
        QApplication([sys.argv[0]])
    _check_resources()
    _check_translations()
    _check_journal(vault_path)
    _check_window(vault_path, open_window)


def _say(message: str) -> None:
    print(f"self-check: {message}", flush=True)


def run_self_check(open_window: WindowFactory, vault_path: Path | None = None) -> int:
    """Check resources, journal, exports, charts and window with a throwaway journal; exit code."""
    folder = None
    if vault_path is None:
        folder = Path(tempfile.mkdtemp(prefix="rc-self-check-"))
        vault_path = folder / "journal.rcv"
    try:
        _steps(vault_path, open_window)
    except Exception as exc:  # any failure, a missing module included, fails the check
        traceback.print_exc()
        _say(f"FAILED: {type(exc).__name__}: {exc}")
        return 1
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    _say("OK")
    return 0
