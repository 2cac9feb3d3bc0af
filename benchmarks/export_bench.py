"""Export benchmarks (docs/DESIGN.md §7): PDF of 1,000 entries, peak memory at 10,000 entries.

Run with `python -m benchmarks.export_bench --write docs/PERFORMANCE.md` (part of `make bench`);
it replaces the section between the `<!-- bench:export:start/end -->` markers and keeps the
rest. Each measurement runs in a fresh interpreter, so peak memory is that export's alone.
Numbers are measurements, not timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.common import (
    PASSPHRASE,
    EntryFactory,
    Row,
    build_to,
    child_env,
    load_note,
    render_table,
    write_marked_section,
)
from journal.vault import KdfParams, create_vault

EXPORT_START = "<!-- bench:export:start -->"
EXPORT_END = "<!-- bench:export:end -->"
PDF_TARGET = 5.0
SMALL = 1_000
LARGE = 10_000
REPEATS = 3
COMMAND = "python -m benchmarks.export_bench --write docs/PERFORMANCE.md"

Log = Callable[[str], None]


# ------------------------------------------------------------- in the child process


def _rss_kib() -> int:
    """Return this process's resident set size in KiB (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * (os.sysconf("SC_PAGE_SIZE") // 1024)


class _PeakSampler:
    """Sample the resident set size every few milliseconds while an export runs."""

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self.peak = _rss_kib()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _rss_kib())
            self._stop.wait(self.interval)

    def __enter__(self) -> _PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss_kib())


def child(vault_path: Path, out: Path, fmt: str, preset: str) -> dict[str, Any]:
    """Open the journal, export once (timed, memory sampled), and describe what happened."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from journal.export import export
    from journal.vault import open_vault

    # Counted before the export: every app pays for its QApplication once, at start.
    app = QApplication.instance() or QApplication(["reality-check-export"])  # noqa: F841
    with open_vault(vault_path, PASSPHRASE) as vault:
        entries = len(vault.entries())
        before = _rss_kib()
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0
        with _PeakSampler() as sampler:
            started, cpu = time.perf_counter(), time.process_time()
            result = export(vault, out, format=fmt, preset=preset)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "entries": entries,
        "exported": result.entries,
        "pages": result.pages,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "load": load,
        "rss_before_kib": before,
        "rss_peak_kib": sampler.peak,
        "bytes": out.stat().st_size,
    }


# ------------------------------------------------------------- in the parent process


def build_journal(path: Path, count: int) -> None:
    """Create a floor-KDF journal with `count` generated entries (`EntryFactory`)."""
    vault, _code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    try:
        build_to(vault, EntryFactory(seed=11), count)
    finally:
        vault.close()


def run_child(vault_path: Path, out: Path, fmt: str, preset: str) -> dict[str, Any]:
    """Run one export in a fresh interpreter and return its measurements."""
    env = child_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "benchmarks.export_bench", "--child"]
    done = subprocess.run(
        [*command, str(vault_path), str(out), fmt, preset],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=3600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"export benchmark child failed: {done.stderr.strip()[-2000:]}")
    out.unlink(missing_ok=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _s(seconds: float) -> str:
    return f"{seconds:,.2f} s"


def _mib(kib: int) -> str:
    return f"{kib / 1024:,.0f} MiB"


def run(
    small: int = SMALL, large: int = LARGE, repeats: int = REPEATS, log: Log | None = None
) -> tuple[list[Row], list[str]]:
    """Build the journals, measure, and return the table rows and the notes."""
    say = log or (lambda message: print(message, file=sys.stderr))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="rc-bench-export-") as tmp:
        root = Path(tmp)
        journals: dict[int, Path] = {}
        for count in (small, large):
            journals[count] = root / f"journal-{count}.rcv"
            say(f"building a journal of {count:,} entries")
            build_journal(journals[count], count)
        measured: dict[tuple[int, str, str], list[dict[str, Any]]] = {}
        plan = [(small, "pdf", "advocate", repeats), (small, "pdf", "therapist", repeats)]
        plan += [(small, "csv", "therapist", repeats), (small, "json", "therapist", repeats)]
        plan += [(large, "pdf", "advocate", 1), (large, "pdf", "therapist", 1)]
        for count, fmt, preset, times in plan:
            for _ in range(times):
                say(f"exporting {count:,} entries as {fmt} ({preset})")
                result = run_child(journals[count], root / f"out.{fmt}", fmt, preset)
                measured.setdefault((count, fmt, preset), []).append(result)

    def median(key: tuple[int, str, str], field: str) -> float:
        return statistics.median(float(r[field]) for r in measured[key])

    for preset in ("advocate", "therapist"):
        key = (small, "pdf", preset)
        seconds = median(key, "seconds")
        runs = [float(r["seconds"]) for r in measured[key]]
        pages = int(measured[key][0]["pages"])
        rows.append(
            Row(
                f"PDF export, {small:,} entries, {preset} preset",
                f"{_s(seconds)} (runs {min(runs):,.2f}–{max(runs):,.2f} s, CPU "
                f"{median(key, 'cpu_seconds'):,.2f} s; {pages:,} pages, "
                f"{measured[key][0]['bytes'] / 1e6:,.1f} MB)",
                f"≤ {PDF_TARGET:.0f} s",
                seconds <= PDF_TARGET,
            )
        )
    for fmt in ("csv", "json"):
        key = (small, fmt, "therapist")
        rows.append(Row(f"{fmt.upper()} export, {small:,} entries", _s(median(key, "seconds"))))
    for preset in ("advocate", "therapist"):
        big = measured[(large, "pdf", preset)][0]
        few = measured[(small, "pdf", preset)][0]
        growth_big = big["rss_peak_kib"] - big["rss_before_kib"]
        growth_few = few["rss_peak_kib"] - few["rss_before_kib"]
        rows.append(
            Row(
                f"Peak memory during PDF export, {large:,} entries, {preset} preset",
                f"{_mib(big['rss_peak_kib'])} peak RSS; export added {_mib(growth_big)} "
                f"(journal open: {_mib(big['rss_before_kib'])}); {_s(big['seconds'])}, "
                f"{int(big['pages']):,} pages",
                "bounded",
                None,
            )
        )
        rows.append(
            Row(
                f"Same at {small:,} entries ({preset}), for comparison",
                f"{_mib(few['rss_peak_kib'])} peak RSS; export added {_mib(growth_few)}",
            )
        )
    notes = [
        f"Journals of {small:,} and {large:,} generated entries (`benchmarks.common.EntryFactory`: "
        "300–600 characters of what happened, words used, 1–4 behaviours, 3 emotions, body "
        "responses, tags), floor KDF.",
        "Each export runs in a fresh interpreter that opens the journal and creates the Qt "
        "application first; the time is `export()` alone (collecting, redacting, hashing, "
        "laying out each part of the document once, to count the pages for “Page N of M”, "
        "then drawing it, writing the file 0600). The therapist preset adds every private "
        "field, the patterns tables and the Insights charts.",
        f"PDF times at {small:,} entries are the median of {repeats} runs (the spread and the "
        f"process's CPU time beside it; 1-minute load average during the runs "
        f"{_load_range(measured)}: the machine is shared, and wall time grows with its load).",
        "Memory: resident set size sampled every 5 ms during `export()` (/proc/self/statm). "
        "The PDF is laid out one entry at a time (an entry that fits on a page is never split). "
        "The laid-out entries are kept from counting the pages to drawing them when all of them "
        "are foreseen to fit in 160 MiB (`journal.drawing.pdf.KEEP_BYTES`, about 1,250 entries "
        "like these): that is the memory added at 1,000 entries; a larger export lays each "
        "entry out again to draw it, so layout memory does not grow with the journal. What "
        "grows is the exported data itself (every selected entry's record and hashes), plus "
        "Qt's PDF engine's own per-page bookkeeping.",
    ]
    return rows, notes


def _load_range(measured: dict[tuple[int, str, str], list[dict[str, Any]]]) -> str:
    """Return the lowest and highest load average seen at the start of the PDF exports."""
    runs = [r for (_, fmt, _), found in measured.items() if fmt == "pdf" for r in found]
    loads = [float(r.get("load", -1.0)) for r in runs if float(r.get("load", -1.0)) >= 0]
    if not loads:
        return "not available"
    return f"{min(loads):.2f}–{max(loads):.2f}"


def render(rows: Sequence[Row], notes: Sequence[str], command: str = COMMAND) -> str:
    """Return the export section of the performance document (without markers)."""
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = "\n".join(f"- {note}" for note in notes)
    return (
        "## Export: PDF, CSV, JSON\n\n"
        f"Measured {stamp} with `{command}` ({load_note()}). "
        "Target from docs/DESIGN.md §7.\n\n"
        f"{render_table(rows)}\n\n{lines}\n"
    )


def write_section(path: Path, body: str) -> None:
    """Replace (or append) the export section of the document at `path`."""
    write_marked_section(path, EXPORT_START, EXPORT_END, body)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the export benchmarks, print them and optionally update the document."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.export_bench", description=__doc__)
    parser.add_argument("--write", type=Path, metavar="FILE", help="update this Markdown file")
    parser.add_argument("--small", type=int, default=SMALL)
    parser.add_argument("--large", type=int, default=LARGE)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--child", nargs=4, metavar=("JOURNAL", "OUT", "FORMAT", "PRESET"))
    args = parser.parse_args(argv)
    if args.child:
        journal, out, fmt, preset = args.child
        print(json.dumps(child(Path(journal), Path(out), fmt, preset)))
        return 0
    rows, notes = run(args.small, args.large, args.repeats)
    body = render(rows, notes)
    print(body)
    if args.write is not None:
        write_section(args.write, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
