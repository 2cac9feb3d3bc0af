"""Starting in English loads no catalog, and leaves what `apply_language(English)` leaves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """\
import json, sys
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from journal import i18n
from journal.i18n import Language
from journal.ui.common.language import use_language
if sys.argv[1] == "general":
    from journal.drawing.catalogs import apply_language
    apply_language(Language.ENGLISH)
else:
    shown = use_language(Language.ENGLISH)
    assert shown is Language.ENGLISH
probe = QTranslator()
print(json.dumps({
    "catalogs": "journal.drawing.catalogs" in sys.modules,
    "default_locale": QLocale().name(),
    "system_locale": QLocale.system().name(),
    "installed": i18n.current() is not None,
    "language": i18n.language().value,
    "translated": QCoreApplication.translate("WindowMenus", "&Quit"),
    "text": i18n.translate("WindowMenus", "&Quit"),
}))
"""


@pytest.mark.parametrize("lang", ["es_ES.UTF-8", "en_GB.UTF-8", "C"])
def test_english_at_start_as_apply_language_leaves_it(lang: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": lang,
        "LC_ALL": lang,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    reports = {}
    for how in ("quick", "general"):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, how],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        reports[how] = json.loads(done.stdout.strip().splitlines()[-1])
    quick, general = reports["quick"], reports["general"]
    assert quick.pop("catalogs") is False and general.pop("catalogs") is True
    assert quick == general
    assert quick["language"] == "en" and not quick["installed"]
