"""Bundled resources: shipped as package data, read through importlib.resources' interface.

`make wheel-test` builds and installs the real wheel; these are the quick checks `make test` runs.
"""

from __future__ import annotations

import tomllib
import zipfile
from pathlib import Path

from journal.paths import resource_file, resource_path, resource_root
from journal.resources import load_guidance, load_hotlines
from journal.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]


def _resource_files() -> set[Path]:
    return {
        path
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".py", ".pyc"}
    }


def test_every_resource_file_is_package_data() -> None:
    # A new kind of file in resources/ needs a glob in pyproject.toml, or the wheel lacks it.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["journal._resources"]
    shipped = {path for glob in globs for path in (ROOT / "resources").glob(glob)}
    files = _resource_files()
    some = {ROOT / "resources" / "taxonomy.json", ROOT / "resources" / "icons" / "notes.svg"}
    assert some <= files
    assert sorted(str(p.relative_to(ROOT)) for p in files - shipped) == []


def test_a_checkout_reads_its_own_resources_folder() -> None:
    assert resource_root() == ROOT / "resources"
    assert resource_file("guidance/index.json") == ROOT / "resources" / "guidance" / "index.json"
    assert resource_path("icons/reality-check.svg").is_file()


def test_resources_load_from_any_importlib_resources_folder(tmp_path: Path) -> None:
    # Installed as a zip (or by another loader) the resources are Traversables, not Paths.
    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in _resource_files():
            zipped.write(path, path.relative_to(ROOT).as_posix())
    root = zipfile.Path(archive, "resources/")
    assert not isinstance(root / "taxonomy.json", Path)
    assert load_taxonomy(root / "taxonomy.json") == load_taxonomy()
    assert load_hotlines(root / "hotlines.json") == load_hotlines()
    pages = load_guidance(root / "guidance")
    assert [(p.id, p.read()) for p in pages] == [(p.id, p.read()) for p in load_guidance()]
