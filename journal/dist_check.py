"""Smoke-test a packaged build: run its `--self-check` and report its size (`make dist-test`)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZE_TARGET_MB = 150


def folder_size(folder: Path) -> int:
    """Return the total size in bytes of every file under `folder`."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Run the built app's self-check with a temporary journal; exit non-zero on failure."""
    args = sys.argv[1:] if argv is None else argv
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
    print(f"dist-check: OK; the app folder is {size_mb:.0f} MB (target ≤ {SIZE_TARGET_MB} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
