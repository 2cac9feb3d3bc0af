"""Format version 2 benchmarks: unlock beyond the KDF (schema, quick_check and chain checks
included) and re-keying a journal with 10,000 entries and 200 MB of attachments.

Run `python -m benchmarks.vault_v2 [--write docs/PERFORMANCE.md] [--quick]`; it prints a
Markdown section and, with `--write`, replaces its own section of that file.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from benchmarks.bench import SCREEN_ROWS, measure_open, measure_whole_unlock
from benchmarks.common import EntryFactory, build_to
from journal.vault import KdfParams, create_vault

PASSPHRASE = "benchmark passphrase"
START, END = "<!-- bench:vault-v2:start -->", "<!-- bench:vault-v2:end -->"
_CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from journal.vault import KdfParams, open_vault
vault = open_vault({path!r}, {passphrase!r})
start = time.perf_counter()
vault.change_passphrase("another benchmark passphrase", kdf=KdfParams.FLOOR)
took = time.perf_counter() - start
vault.close()
# The peak of this process's own memory (VmHWM): `ru_maxrss` would carry the parent's over.
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(took, peak)
"""


def build(folder: Path, entries: int, megabytes: int) -> Path:
    """Create a journal with `entries` entries and `megabytes` MB of attachments."""
    path = folder / "journal.rcv"
    vault, _ = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with vault:
        build_to(vault, EntryFactory(), entries)
        ids = [e.id or "" for e in vault.entries()[: megabytes // 10 or 1]]
        for n, entry_id in enumerate(ids):
            source = folder / f"file{n}.bin"
            source.write_bytes(os.urandom(10 * 1024 * 1024 if megabytes >= 10 else megabytes << 20))
            vault.add_attachment(entry_id, source)
            source.unlink()
        vault.save_document("safety_plan", {"steps": ["a", "b"]})
    return path


_BASELINE_BUILD = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from journal.bench import EntryFactory, build_to
from journal.vault import KdfParams, create_vault
vault, _ = create_vault(Path({path!r}), "benchmark passphrase", kdf=KdfParams.FLOOR)
with vault:
    build_to(vault, EntryFactory(), {entries})
    vault.save_document("safety_plan", {{"steps": ["a", "b"]}})
"""
_BASELINE_OPEN = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from journal.bench import measure_open
timings = measure_open(Path({path!r}), "benchmark passphrase", {repeats})
print(*(t.beyond_kdf * 1000 for t in timings))
"""


def _run(script: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout


@dataclass
class Unlocks:
    """Unlock times (ms beyond the KDF), one list of runs per round, and the load averages."""

    rounds: list[list[float]] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)

    def summary(self) -> str:
        """Return the median of every run with the medians of the rounds and the range."""
        runs = [run for runs in self.rounds for run in runs]
        medians = ", ".join(f"{statistics.median(runs):.0f}" for runs in self.rounds)
        return (
            f"{statistics.median(runs):.0f} ms median of {len(runs)} runs (medians of the "
            f"rounds: {medians} ms; all runs {min(runs):.0f}–{max(runs):.0f} ms)"
        )


def measure_unlocks(
    folder: Path, entries: int, repeats: int, rounds: int, baseline: Path | None
) -> tuple[Unlocks, Unlocks, Unlocks | None, Unlocks]:
    """Time unlocking this code's journal (until the list can be drawn, and until every entry
    is built) and (in another process) the baseline code's, in
    turn, `rounds` times: both see the same changes of machine load. First, the same journal
    before its link index exists (every record read whole, as after an upgrade or re-key)."""
    path = build(folder, entries, 0)
    whole = Unlocks()
    whole.loads.append(os.getloadavg()[0])
    timings = measure_open(path, PASSPHRASE, repeats, link_index=False)
    whole.rounds.append([t.beyond_kdf * 1000 for t in timings])
    ours, every = Unlocks(), Unlocks()
    theirs = Unlocks() if baseline is not None else None
    other = folder / "baseline" / "journal.rcv"
    if baseline is not None:
        other.parent.mkdir()
        _run(_BASELINE_BUILD.format(root=str(baseline), path=str(other), entries=entries))
    for _ in range(rounds):
        ours.loads.append(os.getloadavg()[0])
        timings = measure_open(path, PASSPHRASE, repeats)
        ours.rounds.append([t.beyond_kdf * 1000 for t in timings])
        every.rounds.append([t.every_entry * 1000 for t in timings])
        if theirs is not None:
            theirs.loads.append(os.getloadavg()[0])
            script = _BASELINE_OPEN.format(root=str(baseline), path=str(other), repeats=repeats)
            theirs.rounds.append([float(value) for value in _run(script).split()])
    return ours, every, theirs, whole


def measure(
    entries: int,
    megabytes: int,
    repeats: int,
    baseline: Path | None = None,
    rounds: int = 3,
    baseline_name: str | None = None,
) -> list[tuple[str, str, str]]:
    """Return the table rows (measurement, result, target)."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain"
        plain.mkdir()
        ours, every, theirs, whole = measure_unlocks(plain, entries, repeats, rounds, baseline)
        rows.append(
            (
                f"Unlock beyond the KDF until the list can be drawn, {entries:,} entries "
                "(version 2, all checks; unchanged records through the link index)",
                ours.summary(),
                "≤ 250 ms",
            )
        )
        rows.append(
            (
                "Same, the first unlock after an upgrade or a re-key (no link index yet: "
                "every record read whole), measured before the rounds",
                whole.summary(),
                "—",
            )
        )
        rows.append(
            (
                "Same, and then every other entry built and checked (in slices after the list "
                "is drawn)",
                every.summary(),
                "—",
            )
        )
        if theirs is not None:
            name = baseline_name or f"the code at `{baseline}`"
            ratios = ", ".join(
                f"{statistics.median(a) / statistics.median(b):.2f}"
                for a, b in zip(ours.rounds, theirs.rounds, strict=True)
            )
            rows.append(
                (
                    f"Same, {name} (builds every entry before the list), measured in turn",
                    theirs.summary(),
                    "—",
                )
            )
            rows.append(("List drawn: this code ÷ that code, round by round", ratios, "—"))
        loads = ", ".join(f"{load:.1f}" for load in ours.loads)
        rows.append(("1-minute load average (2 cores) at the start of each round", loads, "—"))
        calibrated = Path(tmp) / "calibrated"
        calibrated.mkdir()
        params = KdfParams.calibrate()
        timings = measure_whole_unlock(calibrated, params, entries, repeats)
        kdf = statistics.median(t.kdf_alone or t.kdf for t in timings) * 1000
        beyond = [t.beyond_kdf * 1000 for t in timings]
        rows.append(
            (
                f"Unlock beyond the KDF until the list can be drawn, {entries:,} entries like "
                f"the first row's, protected by the calibrated Argon2id "
                f"(`KdfParams.calibrate()`: {params.memory_kib // 1024} MiB, t="
                f"{params.iterations}, {kdf:.0f} ms here)",
                f"{statistics.median(beyond):.0f} ms median of {len(beyond)} runs (all runs "
                f"{min(beyond):.0f}–{max(beyond):.0f} ms)",
                "≤ 250 ms",
            )
        )
        heavy = Path(tmp) / "heavy"
        heavy.mkdir()
        path = build(heavy, entries, megabytes)
        root = str(Path(__file__).resolve().parents[1])
        script = _CHILD.format(root=root, path=str(path), passphrase=PASSPHRASE)
        out = _run(script).split()
        took, peak_kib = float(out[0]), int(out[1])
        size = path.stat().st_size / 1e6
        rows.append(
            (
                f"Re-key {entries:,} entries, {megabytes} MB of attachments (`change_passphrase`)",
                f"{took:.1f} s, peak memory (whole process) {peak_kib / 1024:.0f} MiB, file "
                f"{size:.0f} MB afterwards",
                "—",
            )
        )
    return rows


def render(rows: list[tuple[str, str, str]], quick: bool, repeats: int = 5) -> str:
    """Return the Markdown section."""
    when = datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = [
        START,
        "## Vault format version 2: unlock with its checks, and re-keying",
        "",
        f"Measured {when} with `python -m benchmarks.vault_v2 --write docs/PERFORMANCE.md "
        "--baseline <checkout of the version-1 code> --baseline-name <its name>`"
        + (" (quick run)." if quick else "."),
        "",
        "| measurement | result | target |",
        "|---|---|---|",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows),
        "",
        "Unlock includes reading every record (decrypting each one the link index does not "
        "hold unchanged: the app writes the index once every entry is built, so each round's "
        'warm-up writes it and the timed unlocks read through it; the row "the first unlock '
        'after an upgrade or a re-key" reads every record whole), the read-only schema check and '
        "`PRAGMA quick_check`, the header MAC, the whole chain check (every link and its hash; "
        "`verify()` also re-hashes every content) and the documents against their chain links, "
        f"and building the {SCREEN_ROWS} newest entries (what the list draws first; the app "
        'builds and checks the others in slices just after the list is drawn: the row "every '
        'other entry built"); '
        f"it excludes Argon2id (KDF floor parameters here), timed on its own after each unlock "
        "(inside the unlock it shares the 2 cores with the file's check and reading, and takes "
        f"longer: subtracting that would flatter the figure). Each round times {repeats} "
        "unlocks of this code (after one warm-up), then as many `open_vault` calls of the "
        "baseline code "
        "(version 1, no such "
        "checks) on a journal it built itself with the same generated entries, in another "
        "process; the rounds take turns so that both see the same changes of machine load "
        "(the machine is shared: compare the two rows, not figures from other days). "
        "The journal's file is checked (`quick_check`, on a thread of its own) and its records "
        "read and hashed while Argon2id works on its own thread; the calibrated row is the "
        "same unlock with the parameters "
        "a new journal gets on this machine (a longer Argon2id to read behind), minus "
        "Argon2id. "
        "Re-keying runs in a fresh process; its peak memory is that process's own peak "
        "resident size (`VmHWM`).",
        END,
    ]
    return "\n".join(lines)


def main() -> None:
    """Run the benchmarks; print the section and optionally write it into a file."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", type=Path)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare unlock with")
    parser.add_argument("--baseline-name", help='what to call it, e.g. "version 1 (c51aa10)"')
    parser.add_argument("--rounds", type=int, default=3, help="unlock rounds, taking turns")
    args = parser.parse_args()
    entries, megabytes, repeats = (1000, 20, 3) if args.quick else (10_000, 200, 5)
    rows = measure(entries, megabytes, repeats, args.baseline, args.rounds, args.baseline_name)
    section = render(rows, args.quick, repeats)
    print(section)
    if args.write:
        text = args.write.read_text("utf-8")
        pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
        text = (
            pattern.sub(lambda _m: section, text)
            if pattern.search(text)
            else text + "\n" + section + "\n"
        )
        args.write.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
