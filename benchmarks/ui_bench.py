"""Window benchmarks: cold start, quick exit, list filtering (docs/DESIGN.md §7; not timed tests).

Run with `python -m benchmarks.ui_bench --write docs/PERFORMANCE.md` (part of `make bench`); it
replaces the section between the `<!-- bench:ui:start/end -->` markers and keeps the rest.
`--before REF` also measures the cold start of git revision REF, for a before/after row.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from benchmarks import cold_start
from benchmarks.common import (
    PASSPHRASE,
    EntryFactory,
    Row,
    build_to,
    load_note,
    render_table,
    write_marked_section,
)
from journal.app import create_main_window
from journal.vault import KdfParams, create_vault

UI_START = "<!-- bench:ui:start -->"
UI_END = "<!-- bench:ui:end -->"
HIDE_TARGET = 0.050
FILTER_TARGET = 0.050
ENTRIES = 10_000
REPEATS = 5
COMMAND = "python -m benchmarks.ui_bench --write docs/PERFORMANCE.md"


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


def _unlocked_window(path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    window = create_main_window(path, kdf=KdfParams.FLOOR, settings=settings)
    window.show()
    field = window.unlock_page.passphrase.edit
    QTest.keyClicks(field, PASSPHRASE)
    QTest.keyClick(field, Qt.Key.Key_Return)
    _wait(lambda: window.session.is_unlocked and window.journal_page.isVisible())
    return window


class HideClock(QObject):
    """An app-wide filter noting when each window receives its Hide event (it is off screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden_at: dict[int, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            self.hidden_at.setdefault(id(watched), time.perf_counter())
        return False


def measure_quick_exit(path: Path, settings: QSettings, repeats: int) -> list[float]:
    """Return trigger → every window hidden, for Shift×3 pressed in the editor with a draft."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    results = []
    for _ in range(repeats):
        window = _unlocked_window(path, settings)
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = window.findChild(QPlainTextEdit, "what_happened")
        QTest.keyClicks(editor, "Typed when someone came in")
        QTest.keyClick(editor, Qt.Key.Key_Shift)
        QTest.keyClick(editor, Qt.Key.Key_Shift)
        QTest.keyPress(editor, Qt.Key.Key_Shift)
        shown = [id(w) for w in app.topLevelWidgets() if w.isVisible()]
        clock = HideClock()
        app.installEventFilter(clock)
        try:
            started = time.perf_counter()
            QTest.keyRelease(editor, Qt.Key.Key_Shift)  # the third release triggers the exit
        finally:
            app.removeEventFilter(clock)
        if any(w.isVisible() for w in app.topLevelWidgets()) or not set(shown) <= set(
            clock.hidden_at
        ):
            raise RuntimeError("the quick exit did not hide every window")
        results.append(max(clock.hidden_at[key] for key in shown) - started)
        window.deleteLater()
        QCoreApplication.processEvents()
    return results


class ListPainted(QObject):
    """An app-wide filter noting when the window's entry list is first painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            page = getattr(self.window, "_journal_page", None)
            if page is not None and watched is page.table.viewport():
                self.at = time.perf_counter()
        return False


def _one_unlock(path: Path, settings: QSettings) -> float:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = create_main_window(path, kdf=KdfParams.FLOOR, settings=settings)
    window.show()
    QTest.qWaitForWindowExposed(window)
    field = window.unlock_page.passphrase.edit
    QTest.keyClicks(field, PASSPHRASE)
    painted = ListPainted(window)
    app.installEventFilter(painted)
    try:
        started = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        _wait(lambda: painted.at is not None)
    finally:
        app.removeEventFilter(painted)
    assert painted.at is not None and window.session.is_unlocked
    took = painted.at - started
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    return took


def measure_unlock(path: Path, settings: QSettings, repeats: int) -> list[float]:
    """Return Enter in the passphrase field → the entry list's first paint, in a new window
    each time (so the journal page is built each time, as in a new process), after one
    unlock that lets the window build every entry and write the link index, as any earlier
    session did."""
    window = _unlocked_window(path, settings)
    _wait(lambda: not window.journal_page._builder.isActive())
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    return [_one_unlock(path, settings) for _ in range(repeats)]


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


def run(
    entries: int = ENTRIES,
    repeats: int = REPEATS,
    *,
    cold_repeats: int = cold_start.REPEATS,
    before: str | None = None,
) -> tuple[list[Row], list[str]]:
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
        starts = cold_start.run(path, cold_repeats, before)
        unlocks = measure_unlock(path, settings, repeats)
        hides = measure_quick_exit(path, settings, repeats)
        filters = measure_filtering(path, settings, repeats)
    rows += cold_start_rows(starts)
    rows.append(
        Row(
            f"Unlock: Enter in the passphrase field → the entry list drawn, {entries:,} entries",
            f"median {_ms(_median(unlocks))} (Argon2id at its floor parameters, about 40 ms)",
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
        f"*Cold start*: median of {cold_repeats} new `python -c …` processes per row, the rows "
        "taking turns (after one warm-up round), with Python's bytecode cached as in an "
        "installed app. The app runs its real entry point (`journal.app.main`, which `main.py` "
        "calls) on an existing journal, so it shows the unlock window; the bare window is a "
        "`QMainWindow` under the same harness; the flat row (`benchmarks/flat_window.py`) shows "
        "what the unlock window shows, built in one module with the app's start-up and nothing "
        "else (no settings, translations, journal file or safety hooks): what the app takes "
        "beyond it is what its structure and behaviour cost. *Shown*: from starting the "
        "process to the event loop's first pass after the window was exposed (drawn); "
        "*settled*: also the work the "
        "app leaves until just after its first frame (the window icon, the `Qt` namespace, the "
        "platform's standard shortcuts, the clipboard guard, D-Bus, the other app-wide filters, "
        "the types PySide6 sets up when an app-wide filter first sees a Qt-internal object, "
        "and Python's garbage collector again); *CPU*: the process's CPU time at *shown*, all "
        "its threads (less affected by other work on the machine than the wall-clock times); "
        "*round by round*: each round runs the rows one after the other, and this is the "
        "median of the app's time divided by the bare window's of the same round, with the "
        "quartiles around it (the target counts as met only if this and the ratio of the "
        "medians both meet it). The vault and `cryptography` "
        "are imported when the journal is unlocked or created, the journal page, the other "
        "set-up pages, dialogs, the taxonomy and the translation catalogs (English) when "
        "first needed. The app row runs this checkout (resources found beside `journal/`); an "
        "earlier revision runs from a `git archive` of `journal/` and `resources/`, which finds "
        "its resources through `importlib.resources` as an installed app does.",
        "*What the unlock window still adds to the bare one*: importing the app's modules "
        "(PySide6 also reads the source of every module imported after it), the Python enums "
        "PySide6 builds for each Qt class Python touches (`QEvent`, `QKeySequence`, "
        "`QSettings`…; the 93 enums of the `Qt` namespace, about 40 ms, and `QIcon` now come "
        "just after the first frame), the fonts (the bare window draws no text: fontconfig's "
        "configuration, about 27 million instructions, loads on a thread of its own while the "
        "app's modules load; its font list and the first glyphs still come in the window's "
        "thread), `ctypes` (for that thread and to make the process non-dumpable first thing), "
        "the style sheets, and building, laying out and drawing a page of text and fields "
        "with a menu bar.",
        "*Unlock*: a new window each run (the journal page is built each time, as in a new "
        "process, while Argon2id works); timed from the key press of Enter to the first paint "
        "of the entry list's viewport, seen by a filter on it; the other entries are built "
        "after that. One unlock before the timed ones lets the window build every entry and "
        "write the link index, as any earlier session did.",
        "*Quick exit*: the unlocked journal with the editor open and text typed; timed from the "
        "key release of the third Shift to the Hide event of the last window that was on "
        "screen (a Qt window gets it once it is off the screen), seen by an app-wide event "
        "filter of the benchmark's; saving the draft and dropping the keys come after.",
        "*Filter*: `JournalPage.refresh()` (search + kind/behaviour/date filters + model reset) "
        "after the first search has built the search text.",
    ]
    del app
    return rows, notes


def cold_start_rows(starts: dict[str, cold_start.ColdStart]) -> list[Row]:
    """Return the cold-start rows: the bare window, the flat unlock window, the app, and any
    earlier revision."""
    bare = starts["bare"]
    cpu = f"; CPU {_ms(bare.shown_cpu)}" if bare.shown_cpu > 0 else ""
    rows = [Row("Cold start: bare PySide6 window (process start → shown)", _ms(bare.shown) + cpu)]
    for name, result in starts.items():
        if name == "bare":
            continue
        ratio = result.shown / bare.shown
        shown = f"{_ms(result.shown)} ({ratio:.2f}× the bare window); settled {_ms(result.settled)}"
        if bare.shown_cpu > 0:
            cpu_ratio = result.shown_cpu / bare.shown_cpu
            shown += f"; CPU {_ms(result.shown_cpu)} ({cpu_ratio:.2f}×)"
        ratios = [ratio]
        if result.rounds:  # the same round by round: the median ratio and its middle half
            middle, low, high = result.rounds
            shown += f"; round by round {middle:.2f}× (middle half {low:.2f}–{high:.2f}×)"
            ratios.append(middle)
        if name == cold_start.FLAT_ROW:
            label = "Cold start: the same content built flat in one module (process start → shown)"
            rows.append(Row(label, shown))
        elif name == "app":  # met only if the medians and the rounds both say so
            label = "Cold start: Reality Check unlock window (process start → shown)"
            target = f"≤ {cold_start.TARGET_RATIO}× the bare window"
            met = max(ratios) <= cold_start.TARGET_RATIO
            rows.append(Row(label, shown, target, met))
        else:  # "app at <revision>", for comparison
            revision = name.removeprefix("app at ")
            rows.append(Row(f"Cold start: the same at git revision {revision}", shown))
    return rows


def render(rows: Sequence[Row], notes: Sequence[str], command: str) -> str:
    """Return the window section of the performance document (without markers)."""
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = "\n".join(f"- {note}" for note in notes)
    return (
        "## Window: cold start, quick exit, filtering\n\n"
        f"Measured {stamp} with `{command}` ({load_note()}).\n\n"
        f"{render_table(rows)}\n\n{lines}\n"
    )


def write_section(path: Path, body: str, start: str = UI_START, end: str = UI_END) -> None:
    """Replace (or append) the section between `start` and `end` in the document at `path`."""
    write_marked_section(path, start, end, body)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window benchmarks, print them and optionally update the document."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ui_bench", description=__doc__)
    parser.add_argument("--write", type=Path, metavar="FILE", help="update this Markdown file")
    parser.add_argument("--entries", type=int, default=ENTRIES)
    parser.add_argument("--cold-repeats", type=int, default=cold_start.REPEATS)
    parser.add_argument("--before", metavar="REF", help="also cold-start this git revision")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows, notes = run(args.entries, cold_repeats=args.cold_repeats, before=args.before)
    command = COMMAND + (f" --before {args.before}" if args.before else "")
    body = render(rows, notes, command)
    print(body)
    if args.write is not None:
        write_section(args.write, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
