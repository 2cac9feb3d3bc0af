"""Cold start: a fresh process until its first window is on screen, ours next to a bare one.

`python -m benchmarks.cold_start JOURNAL [--repeats N] [--before REF]` prints the medians;
`python -m benchmarks.ui_bench` puts them in docs/PERFORMANCE.md. Each run is a new Python
process. A timer queued before the window is built fires on the event loop's first pass
after the window was exposed (drawn), which is when the time is taken ("shown"); a second
timer, queued from the first, fires once the work the app defers to just after its first
frame has run ("settled"). The bare window runs under the same harness.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import REPO_ROOT, child_env

REPEATS = 11
TARGET_RATIO = 1.3

_HARNESS = """\
# Quits on its own once shown; prints the times as JSON.
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
marks = {}
def settled():
    marks["settled"] = time.time()
    print(json.dumps(marks), flush=True)
    app.exit(0)
def shown():
    if not any(w.isExposed() for w in QGuiApplication.topLevelWindows()):
        QTimer.singleShot(0, shown)
        return
    marks["shown"] = time.time()
    marks["shown_cpu"] = time.process_time()  # CPU time of this process so far (all threads)
    QTimer.singleShot(0, settled)
QTimer.singleShot(0, shown)
"""
BARE = (
    _HARNESS
    + """\
from PySide6.QtWidgets import QMainWindow
w = QMainWindow()
w.show()
app.exec()
"""
)
# The app's own entry point (main.py calls it), on an existing journal: the unlock window.
APP = _HARNESS + "from journal.app import main\nmain(['--vault', sys.argv[1]])\n"
# The unlock window's visible content built flat in one module (benchmarks/flat_window.py).
FLAT = _HARNESS + (
    "from benchmarks import flat_window\nw = flat_window.build(app)\nw.show()\napp.exec()\n"
)
FLAT_ROW = "flat unlock window"


@dataclass(frozen=True)
class ColdStart:
    """Medians (seconds from process start) until the first frame and until start-up settled.

    `shown_cpu` is the CPU time the process had used by its first frame (less dependent on
    what else the machine is doing than the wall-clock times). `rounds` is the ratio to the
    bare window's *shown* round by round (the two run one after the other in each round):
    its median and the quartiles around it; empty for the bare window itself."""

    shown: float
    settled: float
    runs: int
    shown_cpu: float = 0.0
    rounds: tuple[float, ...] = ()  # (median, lower quartile, upper quartile) or ()


def _environment(folder: Path, pythonpath: Path | None) -> dict[str, str]:
    """Offscreen, settings in a temporary folder, bytecode cached as an installed app has it."""
    env = child_env(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env["PYTHONPATH"]])
    return env


def _run_once(
    script: str, args: Sequence[str], env: dict[str, str], folder: Path
) -> tuple[float, float, float]:
    started = time.time()  # compared with the child's time.time(): one clock for both
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"cold-start child failed: {done.stderr.strip()[-1500:]}")
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    return marks["shown"] - started, marks["settled"] - started, marks["shown_cpu"]


def measure(
    variants: dict[str, tuple[str, Sequence[str], Path | None]], repeats: int = REPEATS
) -> dict[str, ColdStart]:
    """Run each (script, args, extra PYTHONPATH) `repeats` times, interleaved, after a warm-up."""
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in variants}
    with tempfile.TemporaryDirectory(prefix="rc-coldstart-") as tmp:
        folder = Path(tmp)
        for run in range(repeats + 1):  # run 0 warms the OS file cache and the bytecode cache
            for name, (script, args, pythonpath) in variants.items():
                result = _run_once(script, args, _environment(folder, pythonpath), folder)
                if run:
                    times[name].append(result)
    bare = times.get("bare", [])
    return {
        name: ColdStart(
            shown=statistics.median(t[0] for t in runs),
            settled=statistics.median(t[1] for t in runs),
            runs=len(runs),
            shown_cpu=statistics.median(t[2] for t in runs),
            rounds=round_ratios(runs, bare) if name != "bare" else (),
        )
        for name, runs in times.items()
    }


def round_ratios(
    runs: Sequence[tuple[float, float, float]], bare: Sequence[tuple[float, float, float]]
) -> tuple[float, ...]:
    """Return the median, lower and upper quartile of *shown* ÷ the bare window's *shown* of
    the same round; () without bare rounds to pair with."""
    ratios = [run[0] / base[0] for run, base in zip(runs, bare, strict=False) if base[0] > 0]
    if len(ratios) < 2:
        return ()
    low, middle, high = statistics.quantiles(ratios, n=4)
    return middle, low, high


def export_revision(ref: str, folder: Path) -> str:
    """Write the `journal` package and `resources` of git revision `ref` into `folder`."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "journal", "resources"],
        cwd=REPO_ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            tar.extractall(folder, filter="data")
        else:  # pragma: no cover - our own repository's archive
            tar.extractall(folder)
    name = subprocess.run(
        ["git", "rev-parse", "--short", ref], cwd=REPO_ROOT, capture_output=True, text=True
    )
    return name.stdout.strip() or ref


def run(journal: Path, repeats: int = REPEATS, before: str | None = None) -> dict[str, ColdStart]:
    """Measure the bare window, the flat unlock window and the app (and the app at git
    revision `before`)."""
    variants: dict[str, tuple[str, Sequence[str], Path | None]] = {
        "bare": (BARE, [], None),
        FLAT_ROW: (FLAT, [], None),
        "app": (APP, [str(journal)], None),
    }
    with tempfile.TemporaryDirectory(prefix="rc-coldstart-rev-") as tmp:
        if before is not None:
            revision = export_revision(before, Path(tmp))
            variants[f"app at {revision}"] = (APP, [str(journal)], Path(tmp))  # "app at <rev>"
        return measure(variants, repeats)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the cold-start medians for a journal file."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cold_start", description=__doc__)
    parser.add_argument("journal", type=Path, help="an existing journal (the unlock window)")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--before", metavar="REF", help="also measure this git revision")
    args = parser.parse_args(argv)
    results = run(args.journal, args.repeats, args.before)
    bare = results["bare"]
    for name, result in results.items():
        paired = ""
        if result.rounds:
            middle, low, high = result.rounds
            paired = f"; round by round {middle:.2f}× (middle half {low:.2f}–{high:.2f}×)"
        print(
            f"{name}: shown {result.shown * 1000:.0f} ms ({result.shown / bare.shown:.2f}× bare), "
            f"settled {result.settled * 1000:.0f} ms, {result.runs} runs; CPU time until shown "
            f"{result.shown_cpu * 1000:.0f} ms ({result.shown_cpu / bare.shown_cpu:.2f}× bare)"
            + paired
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
