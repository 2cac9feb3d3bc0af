"""Cold start in instructions: what a fresh process executes until its first window is on screen.

`python -m benchmarks.cold_start_instructions JOURNAL [--before REF]` runs the bare window, the
flat unlock window (benchmarks/flat_window.py) and the app (and the app at git revision REF) once
each under `valgrind --tool=callgrind --separate-threads=yes`, with the harness of
`benchmarks.cold_start` ending the process at *shown*, and prints the instructions of the main
thread and of all threads, each as a ratio to the bare window. Unlike the wall-clock times,
these do not depend on what else the machine is doing, but they do depend on valgrind's
scheduler: valgrind runs one thread at a time, and when the window's thread needs the fonts
before fontconfig's thread (journal.start_up) has loaded its configuration, both threads load
it (fontconfig keeps the one finished first) and both counts are about 29 million higher (the same
code counted 725 or 754 million in the main thread on 2026-12-02). Run it more than once and
compare like with like. Needs valgrind; takes about a minute a row.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.cold_start import APP, BARE, FLAT, FLAT_ROW, _environment, export_revision

# Ends the process at *shown* (the harness's `shown` would go on to *settled*).
_AT_SHOWN = (
    '    marks["shown_cpu"] = time.process_time()  # CPU time of this process so far (all '
    "threads)\n"
)


@dataclass(frozen=True)
class Instructions:
    """Instructions executed until *shown*: by the main thread, and by all threads."""

    main: int
    total: int


def _ending_at_shown(script: str) -> str:
    assert _AT_SHOWN in script, "the cold-start harness changed"
    return script.replace(_AT_SHOWN, _AT_SHOWN + "    import os; os._exit(0)\n")


def thread_counts(out_file: Path) -> list[int]:
    """Return the instructions of each thread's callgrind file (`out_file-01`, `-02`, …)."""
    counts = []
    for part in sorted(out_file.parent.glob(out_file.name + "-*")):
        match = re.search(r"^summary:\s*(\d+)", part.read_text(errors="replace"), re.MULTILINE)
        if match:
            counts.append(int(match.group(1)))
    return counts


def count(
    name: str, script: str, args: Sequence[str], folder: Path, pythonpath: Path | None
) -> Instructions:
    """Run `script` once to warm the bytecode cache, then under callgrind; return its counts."""
    env = _environment(folder, pythonpath)
    env["PYTHONHASHSEED"] = "0"
    command = [sys.executable, "-c", _ending_at_shown(script), *args]
    subprocess.run(command, env=env, cwd=folder, capture_output=True, check=True, timeout=120)
    out = folder / f"{name}.out"
    valgrind = ["valgrind", "--tool=callgrind", "--separate-threads=yes"]
    subprocess.run(
        [*valgrind, f"--callgrind-out-file={out}", *command],
        env=env,
        cwd=folder,
        capture_output=True,
        check=True,
        timeout=900,
    )
    counts = thread_counts(out)
    if not counts:
        raise RuntimeError("callgrind wrote no counts")
    return Instructions(main=counts[0], total=sum(counts))


def run(journal: Path, before: str | None = None) -> dict[str, Instructions]:
    """Count the bare window, the flat unlock window, the app (and the app at git revision
    `before`)."""
    results: dict[str, Instructions] = {}
    with tempfile.TemporaryDirectory(prefix="rc-coldstart-cg-") as tmp:
        folder = Path(tmp)
        results["bare"] = count("bare", BARE, [], folder, None)
        results[FLAT_ROW] = count("flat", FLAT, [], folder, None)
        results["app"] = count("app", APP, [str(journal)], folder, None)
        if before is not None:
            tree = folder / "revision"
            tree.mkdir()
            revision = export_revision(before, tree)
            results[f"app at {revision}"] = count("before", APP, [str(journal)], folder, tree)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Print the instruction counts for a journal file."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.cold_start_instructions", description=__doc__
    )
    parser.add_argument("journal", type=Path, help="an existing journal (the unlock window)")
    parser.add_argument("--before", metavar="REF", help="also count this git revision")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    results = run(args.journal.resolve(), args.before)
    bare = results["bare"]
    for name, result in results.items():
        print(
            f"{name}: main thread {result.main / 1e6:.1f} million ({result.main / bare.main:.3f}×"
            f" bare), all threads {result.total / 1e6:.1f} million "
            f"({result.total / bare.total:.3f}× bare)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
