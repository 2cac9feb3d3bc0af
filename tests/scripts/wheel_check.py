"""`make wheel-test`: build the wheel, install it in a fresh venv, run the self-check from there.

Proves that a normal (not editable) install carries every `journal` package and every bundled
resource and reads nothing from this checkout: the wheel is built from a copy of the checkout
(so stale files in build/ cannot slip in), installed into a new virtual environment without
system site-packages, and its `reality-check --self-check` runs from a neutral folder with no
PYTHONPATH. Exits 0 when all of that passes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Top-level folders of a working checkout that are not source.
NOT_SOURCE = {".git", ".venv", "build", "dist", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
JUNK = {"__pycache__", ".hypothesis"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    skip = {n for n in names if n in JUNK or n.endswith((".egg-info", ".pyc"))}
    if Path(folder) == ROOT:
        skip |= NOT_SOURCE & set(names)
    return skip


def _source_files(folder: Path) -> list[Path]:
    return [
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and not JUNK & set(p.parts) and p.suffix != ".pyc"
    ]


def expected_in_wheel() -> set[str]:
    """Return every file the wheel must hold: each journal module, each bundled resource and
    the compiled translations of every language in i18n/ (built, not in git: never optional)."""
    modules = {("journal" / p).as_posix() for p in _source_files(ROOT / "journal")}
    data = {
        ("journal/_resources" / p).as_posix()
        for p in _source_files(ROOT / "resources")
        if p.suffix != ".py"
    }
    catalogs = {
        f"journal/_resources/i18n/reality_check_{folder.name}.qm"
        for folder in (ROOT / "i18n").iterdir()
        if folder.is_dir()
    }
    return {m for m in modules if m.endswith(".py")} | data | catalogs


def check_wheel(wheel: Path) -> list[str]:
    """Return what is wrong with the wheel's file list (missing files, other top-level names)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    problems = [f"missing from the wheel: {name}" for name in sorted(expected_in_wheel() - names)]
    problems += [
        f"outside the journal package: {name}"
        for name in sorted(names)
        if name.split("/")[0] != "journal" and ".dist-info/" not in name
    ]
    return problems


def _run(*command: str | Path) -> None:
    print("wheel-test: $ " + " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True)


def build_wheel(tmp: Path) -> Path:
    """Build the wheel from a clean copy of the checkout; return its path."""
    shutil.copytree(ROOT, tmp / "src", ignore=_ignore)
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp / "wheel", tmp / "src")
    (wheel,) = (tmp / "wheel").glob("*.whl")
    return wheel


def install(wheel: Path, venv: Path) -> list[str | Path]:
    """Install the wheel in a new venv; return the command that starts the installed app."""
    _run(sys.executable, "-m", "venv", venv)  # a clean venv: no system site-packages
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    _run(python, "-m", "pip", "install", "--disable-pip-version-check", "-q", wheel)
    if os.name == "nt":  # the installed command is a GUI program there, without a console
        return [python, "-c", "import sys; from journal.app import main; sys.exit(main())"]
    return [scripts / "reality-check"]


def self_check(command: list[str | Path], venv: Path, folder: Path) -> bool:
    """Run the installed app's --self-check in `folder`; True when it passes on installed files."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONNOUSERSITE": "1"}
    folder.mkdir()
    result = subprocess.run(
        [str(c) for c in [*command, "--self-check", "--vault", folder / "journal.rcv"]],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    print(result.stdout, end="")
    lines = result.stdout.splitlines()
    resources = next((line for line in lines if "bundled resources from" in line), "")
    homes = (str(venv), str(venv.resolve()))
    installed = "_resources" in resources and any(home in resources for home in homes)
    if not installed:
        print("wheel-test: the resources were not read from the install", file=sys.stderr)
    if result.returncode != 0 or "self-check: OK" not in result.stdout:
        print(result.stderr, file=sys.stderr)
        return False
    return installed


def main() -> int:
    """Build, check, install and self-check; print the time taken; return an exit code."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="rc-wheel-test-") as tmp_name:
        tmp = Path(tmp_name)
        wheel = build_wheel(tmp)
        problems = check_wheel(wheel)
        for problem in problems:
            print(f"wheel-test: {problem}", file=sys.stderr)
        if not problems:
            print(f"wheel-test: {wheel.name} holds every journal module and bundled resource")
        if problems or not self_check(install(wheel, tmp / "venv"), tmp / "venv", tmp / "run"):
            print("wheel-test: FAILED", file=sys.stderr)
            return 1
    print(f"wheel-test: OK in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
