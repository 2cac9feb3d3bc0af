"""Smoke-test a packaged build: run its `--self-check` and report its size (`make dist-test`)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZE_TARGET_MB = 150
DIST_START = "<!-- bench:dist:start -->"
DIST_END = "<!-- bench:dist:end -->"


def folder_size(folder: Path) -> int:
    """Return the total size in bytes of every file under `folder`."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def write_size(document: Path, folder: Path, size_mb: float, self_check: str) -> None:
    """Record the packaged app's size in the performance document (its own section)."""
    import platform
    from datetime import datetime

    biggest = sorted(
        (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()),
        key=lambda p: p.stat().st_size,
        reverse=True,
    )[:5]
    parts = ", ".join(f"`{p.name}` {p.stat().st_size / 1e6:.1f} MB" for p in biggest)
    body = (
        "## Packaged app (`make dist`)\n\n"
        f"Measured {datetime.now():%Y-%m-%d %H:%M} with `make dist-size` on "
        f"{platform.system()} {platform.machine()} (PyInstaller one-folder build, stripped).\n\n"
        "| measurement | result | target | met? |\n|---|---|---|---|\n"
        f"| App folder size | {size_mb:.1f} MB | ≤ {SIZE_TARGET_MB} MB | "
        f"{'yes' if size_mb <= SIZE_TARGET_MB else '**no**'} |\n"
        "| Built binary `--self-check` (resources, create, save, reopen, verify, PDF and JSON "
        "export, charts, window) | "
        f"{self_check} | passes | {'yes' if self_check == 'passed' else '**no**'} |\n\n"
        f"- Largest files: {parts}.\n"
        "- Excluded: QtNetwork, WebEngine, QML/Quick, QtMultimedia and other unused modules, "
        "the VNC/EGL platform plugins and the GTK theme plugin (see `reality-check.spec`).\n"
    )
    text = document.read_text(encoding="utf-8") if document.exists() else "# Performance\n"
    if DIST_START in text and DIST_END in text:
        head, _, rest = text.partition(DIST_START)
        _, _, tail = rest.partition(DIST_END)
        text = f"{head}{DIST_START}\n{body}{DIST_END}{tail}"
    else:
        text = f"{text.rstrip()}\n\n{DIST_START}\n{body}{DIST_END}\n"
    document.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the built app's self-check with a temporary journal; exit non-zero on failure."""
    args = list(sys.argv[1:] if argv is None else argv)
    document: Path | None = None
    if "--write" in args:
        at = args.index("--write")
        document = Path(args[at + 1])
        del args[at : at + 2]
    folder = Path(args[0] if args else "dist/Reality Check")
    binary = folder / (folder.name + (".exe" if sys.platform == "win32" else ""))
    if not binary.is_file():
        print(f"dist-check: no built app at {binary}", file=sys.stderr)
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory(prefix="rc-dist-check-") as tmp:
        result = subprocess.run(
            [str(binary), "--self-check", "--vault", str(Path(tmp) / "journal.rcv")],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    print(result.stdout, end="")
    if result.returncode != 0 or "self-check: OK" not in result.stdout:
        print(result.stderr, file=sys.stderr)
        print("dist-check: FAILED", file=sys.stderr)
        return 1
    size_mb = folder_size(folder) / 1_000_000
    print(f"dist-check: OK; the app folder is {size_mb:.1f} MB (target ≤ {SIZE_TARGET_MB} MB)")
    if document is not None:
        write_size(document, folder, size_mb, "passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
