"""`--self-check`: prove a build works end to end (used on packaged apps; exits 0 or 1)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from journal.errors import VaultError
from journal.model import Entry
from journal.vault import KdfParams, create_vault, open_vault

_PASS = "self check passphrase, not a real one"


def _steps(vault_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:  # the window needs one; export would make a lesser one
        QApplication([sys.argv[0]])
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
        try:
            from journal.export import export
        except ImportError:
            _say("export is not part of this build; skipped")
        else:
            pdf = vault_path.parent / "self-check.pdf"
            export(vault, pdf, format="pdf", preset="advocate")
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("the exported PDF is not a PDF")
            _say("exported a PDF")
        from journal.drawing.charts import render_chart_images
        from journal.insights import compute_insights

        images = render_chart_images(compute_insights(vault.entries()), 400, 200)
        if not images or any(image.isNull() for image, _caption in images):
            raise RuntimeError("the Insights charts could not be drawn")
        _say(f"drew {len(images)} Insights charts")
    from journal.app import create_main_window, portable_settings

    window = create_main_window(vault_path, settings=portable_settings(vault_path.parent))
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


def _say(message: str) -> None:
    print(f"self-check: {message}", flush=True)


def run_self_check(vault_path: Path | None = None) -> int:
    """Create, write, reopen, verify and export a throwaway journal; return an exit code."""
    folder = None
    if vault_path is None:
        folder = Path(tempfile.mkdtemp(prefix="rc-self-check-"))
        vault_path = folder / "journal.rcv"
    try:
        _steps(vault_path)
    except (VaultError, RuntimeError, OSError, ImportError) as exc:
        _say(f"FAILED: {exc}")
        return 1
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    _say("OK")
    return 0


if __name__ == "__main__":
    sys.exit(run_self_check())
