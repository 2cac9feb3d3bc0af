"""PySide6's import hook answers "does this module use PySide6?" the same with our quicker scan.

journal.ui.common.import_scan replaces PySide6's source scan (`inspect.getsource`) by a direct
read of the module's `.py` file; these tests compare both on every loaded module and on files
made for the purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

import journal.app  # noqa: F401  (installs the quicker scan, as a start of the app does)
from journal.ui.common import import_scan


def _scan():  # type: ignore[no-untyped-def]
    feature = sys.modules[import_scan.FEATURE_MODULE]
    return getattr(feature, import_scan.SCAN_NAME)


def test_the_app_installs_the_quicker_scan() -> None:
    assert import_scan.INSTALLED
    assert _scan().__name__ == "quicker_scan"
    assert import_scan.install()  # a second time keeps it (does not wrap it twice)
    assert _scan().original.__name__ == import_scan.SCAN_NAME


def test_same_answer_as_pysides_scan_for_every_loaded_module() -> None:
    scan = _scan()
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    read = [m for m in modules if import_scan.mentions_pyside(m) is not None]
    assert len(read) > 100  # the quicker way answers for most (ours and the standard library)
    assert any(import_scan.mentions_pyside(m) for m in read)  # both answers occur
    assert not all(import_scan.mentions_pyside(m) for m in read)
    differ = [m.__name__ for m in modules if scan(m) != scan.original(m)]
    assert differ == []


def _module(folder: Path, name: str, data: bytes) -> ModuleType:
    path = folder / f"{name}.py"
    path.write_bytes(data)
    module = ModuleType(name)
    module.__file__ = str(path)
    return module


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"from PySide6.QtCore import QObject\n", True),
        (b'"""Uses no Qt."""\nimport os\n', False),
        (b"# -*- coding: utf-8 -*-\ntext = '\xc3\xa9 PySide6'\n", True),
    ],
)
def test_files_read_directly(tmp_path: Path, data: bytes, expected: bool) -> None:
    module = _module(tmp_path, "made", data)
    assert import_scan.mentions_pyside(module) is expected
    assert _scan()(module) is _scan().original(module) is expected


def test_other_cases_are_left_to_pyside(tmp_path: Path) -> None:
    latin = _module(tmp_path, "latin", b"# -*- coding: latin-1 -*-\ntext = '\xe9 PySide6'\n")
    missing = ModuleType("missing")
    missing.__file__ = str(tmp_path / "gone.py")
    for module in (latin, missing, sys, ModuleType("nofile")):
        assert import_scan.mentions_pyside(module) is None
        assert _scan()(module) == _scan().original(module)
    assert _scan()(latin) is True  # PySide6's own scan decodes it with its coding line
