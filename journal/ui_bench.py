"""Window benchmarks: cold start, quick exit and list filtering (docs/DESIGN.md §7).

Run with `python -m journal.ui_bench --write docs/PERFORMANCE.md` (part of `make bench`); it
replaces the section between the `<!-- bench:ui:start/end -->` markers and keeps the rest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from journal.app import create_main_window
from journal.bench import (
    PASSPHRASE,
    EntryFactory,
    Row,
    build_to,
    render_table,
    write_marked_section,
)
from journal.vault import KdfParams, create_vault

UI_START = "<!-- bench:ui:start -->"
UI_END = "<!-- bench:ui:end -->"
HIDE_TARGET = 0.050
FILTER_TARGET = 0.050
ENTRIES = 10_000
REPEATS = 5

_BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()\n"
)
_OURS = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from journal.app import create_main_window\n"
    "w = create_main_window(sys.argv[1]); w.show(); QApplication.processEvents()\n"
)


def _median(values: Sequence[float]) -> float:
    return statistics.median(values)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        QTest.qWait(5)


def measure_start(script: str, args: Sequence[str], repeats: int) -> float:
    """Return the median wall time of a fresh Python process running `script` (offscreen)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(repeats + 1):  # the first run warms the OS file cache
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, *args], env=env, check=True)
        times.append(time.perf_counter() - started)
    return _median(times[1:])


def _unlocked_window(path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    window = create_main_window(path, kdf=KdfParams.FLOOR, settings=settings)
    window.show()
    field = window.unlock_page.passphrase.edit
    QTest.keyClicks(field, PASSPHRASE)
    QTest.keyClick(field, Qt.Key.Key_Return)
    _wait(lambda: window.session.is_unlocked and window.journal_page.isVisible())
    return window


def measure_quick_exit(path: Path, settings: QSettings, repeats: int) -> list[float]:
    """Return trigger → every window hidden, for Shift×3 pressed in the editor with a draft."""
    results = []
    for _ in range(repeats):
        window = _unlocked_window(path, settings)
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = window.findChild(QPlainTextEdit, "what_happened")
        QTest.keyClicks(editor, "Typed when someone came in")
        QTest.keyClick(editor, Qt.Key.Key_Shift)
        QTest.keyClick(editor, Qt.Key.Key_Shift)
        QTest.keyPress(editor, Qt.Key.Key_Shift)
        started = time.perf_counter()
        QTest.keyRelease(editor, Qt.Key.Key_Shift)  # the third release triggers the exit
        if window.last_hidden_at is None or window.isVisible():
            raise RuntimeError("the quick exit did not run")
        results.append(window.last_hidden_at - started)
        window.deleteLater()
        QCoreApplication.processEvents()
    return results


def measure_filtering(path: Path, settings: QSettings, repeats: int) -> dict[str, float]:
    """Return the median time to refresh the entry list for a few searches (10,000 entries)."""
    window = _unlocked_window(path, settings)
    page = window.journal_page
    results: dict[str, float] = {}
    for label, text in (("common word", "kitchen"), ("rare word", "lighthouse"), ("clear", "")):
        page.search.setText(text)
        page.refresh()  # the first search builds the search text
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            page.refresh()
            times.append(time.perf_counter() - started)
        results[label] = _median(times)
    window.close()
    return results


def run(entries: int = ENTRIES, repeats: int = REPEATS) -> tuple[list[Row], list[str]]:
    """Run the window benchmarks; return table rows and notes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="rc-uibench-") as tmp:
        root = Path(tmp)
        path = root / "vault" / "journal.rcv"
        vault, _code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
        build_to(vault, EntryFactory(), entries)
        vault.close()
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        bare = measure_start(_BARE, [], repeats)
        ours = measure_start(_OURS, [str(path)], repeats)
        hides = measure_quick_exit(path, settings, repeats)
        filters = measure_filtering(path, settings, repeats)
    rows.append(Row("Cold start: bare PySide6 window (process start to shown)", _ms(bare)))
    rows.append(
        Row(
            "Cold start: Reality Check unlock window",
            f"{_ms(ours)} ({ours / bare:.2f}× the bare window)",
            "close to the bare window",
            ours <= bare * 1.5,
        )
    )
    worst = max(hides)
    rows.append(
        Row(
            f"Quick exit (Shift×3 in the editor) → every window hidden, {entries:,} entries",
            f"median {_ms(_median(hides))}, worst {_ms(worst)}",
            f"≤ {HIDE_TARGET * 1000:.0f} ms",
            worst <= HIDE_TARGET,
        )
    )
    slowest = max(filters.values())
    detail = ", ".join(f"{label} {_ms(t)}" for label, t in filters.items())
    rows.append(
        Row(
            f"Filter the entry list (search field), {entries:,} entries",
            f"{_ms(slowest)} — {detail}",
            f"≤ {FILTER_TARGET * 1000:.0f} ms",
            slowest <= FILTER_TARGET,
        )
    )
    notes = [
        f"Offscreen Qt platform; medians of {repeats} runs; the vault is built with the same "
        "generated entries as the vault benchmark and `KdfParams.FLOOR`.",
        "*Cold start*: wall time of a new `python -c …` process that builds and shows the "
        "window and processes events once (one warm-up run first).",
        "*Quick exit*: the unlocked journal with the editor open and text typed; timed from the "
        "key release of the third Shift to the moment the last window was hidden (before the "
        "draft is saved and the keys dropped).",
        "*Filter*: `JournalPage.refresh()` (search + kind/behaviour/date filters + model reset) "
        "after the first search has built the search text.",
    ]
    del app
    return rows, notes


def render(rows: Sequence[Row], notes: Sequence[str], command: str) -> str:
    """Return the window section of the performance document (without markers)."""
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = "\n".join(f"- {note}" for note in notes)
    return (
        "## Window: cold start, quick exit, filtering\n\n"
        f"Measured {stamp} with `{command}`.\n\n{render_table(rows)}\n\n{lines}\n"
    )


def write_section(path: Path, body: str, start: str = UI_START, end: str = UI_END) -> None:
    """Replace (or append) the section between `start` and `end` in the document at `path`."""
    write_marked_section(path, start, end, body)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window benchmarks, print them and optionally update the document."""
    parser = argparse.ArgumentParser(prog="python -m journal.ui_bench", description=__doc__)
    parser.add_argument("--write", type=Path, metavar="FILE", help="update this Markdown file")
    parser.add_argument("--entries", type=int, default=ENTRIES)
    args = parser.parse_args(argv)
    rows, notes = run(args.entries)
    body = render(rows, notes, "python -m journal.ui_bench --write docs/PERFORMANCE.md")
    print(body)
    if args.write is not None:
        write_section(args.write, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
