"""Which packages setuptools builds (all other metadata lives in pyproject.toml).

pyproject.toml alone cannot both discover packages and ship a folder under another package
name, so this file does both: every `journal` package and subpackage is found automatically
(new ones need no edit here), and the top-level `resources/` folder ships inside the wheel as
the package `journal._resources` (its files are listed as package data in pyproject.toml).

Building also compiles the translations (`i18n/<lang>/*.ts` → `resources/i18n/*.qm`) with Qt's
`pyside6-lrelease` when it is on the PATH (`make` builds them first in any case; see
docs/TRANSLATING.md).
"""

import shutil
import subprocess
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    """Compile each language's .ts files into one .qm before the package data is copied."""

    def run(self) -> None:
        lrelease = shutil.which("pyside6-lrelease")
        for folder in sorted((ROOT / "i18n").glob("*/")):
            sources = sorted(folder.glob("*.ts"))
            target = ROOT / "resources" / "i18n" / f"reality_check_{folder.name}.qm"
            stale = not target.exists() or any(
                s.stat().st_mtime > target.stat().st_mtime for s in sources
            )
            if sources and stale and lrelease:
                target.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(
                    [lrelease, "-silent", *map(str, sources), "-qm", str(target)], check=True
                )
        super().run()


setup(
    packages=[
        *find_namespace_packages(include=["journal", "journal.*"], exclude=["*.__pycache__"]),
        "journal._resources",
    ],
    package_dir={"journal._resources": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
)
