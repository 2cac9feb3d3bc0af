"""Benchmark `compute_insights` over 10,000 in-memory entries (target: ≤ 200 ms).

Run `python -m benchmarks.insights_bench [--entries N] [--runs R] [--write docs/PERFORMANCE.md]`;
prints the median time and, with `--write`, replaces the `<!-- bench:insights:… -->` section.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.common import Row, load_note, render_table, write_marked_section
from journal.insights import (
    calendar_span,
    captions,
    compute_insights,
    promises,
    promises_caption,
    year_calendar,
)
from journal.model import KINDS, Entry
from journal.taxonomy import default_taxonomy

TARGET_MS = 200.0
INSIGHTS_START = "<!-- bench:insights:start -->"
INSIGHTS_END = "<!-- bench:insights:end -->"


def sample_entries(count: int, *, seed: int = 8) -> list[Entry]:
    """Return `count` varied entries over about five years (half naive, half aware times)."""
    rng = random.Random(seed)
    behaviours = [b.id for b in default_taxonomy().all_behaviours()]
    emotions = [e.id for e in default_taxonomy().emotions]
    bodies = [b.id for b in default_taxonomy().body_responses]
    begin = datetime(2020, 1, 1, 8, 0)
    entries = []
    for i in range(count):
        when = begin + timedelta(minutes=rng.randrange(5 * 365 * 24 * 60))
        if i % 2:
            when = when.replace(tzinfo=UTC)
        entries.append(
            Entry(
                kind=rng.choice(KINDS),
                occurred_start=when,
                what_happened="x" * rng.randrange(10, 200),
                behaviours=rng.sample(behaviours, rng.randrange(0, 4)),
                severity=rng.choice([None, 1, 2, 3, 4, 5]),
                emotions={e: rng.randrange(11) for e in rng.sample(emotions, rng.randrange(0, 4))},
                body_responses=rng.sample(bodies, rng.randrange(0, 3)),
            )
        )
    return entries


def sample_checkins(count: int, *, seed: int = 8) -> list[dict[str, object]]:
    """Return a red-flag check-ins document with `count` items."""
    rng = random.Random(seed)
    flags = ["hypervigilance", "push_pull", "rationalizing", "isolation", "loss_of_self"]
    start = date(2020, 1, 1)
    return [
        {
            "date": (start + timedelta(days=rng.randrange(5 * 365))).isoformat(),
            "answers": {f: rng.random() < 0.4 for f in flags},
            "note": "",
        }
        for _ in range(count)
    ]


def time_insights(entries: list[Entry], checkins: object, runs: int) -> list[float]:
    """Return the wall-clock milliseconds of `runs` computations of everything Insights shows:
    compute_insights + captions (with feelings by kind and body responses), the year calendar,
    and promises and what followed."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        insights = compute_insights(entries, checkins=checkins, period="month")
        captions(insights)
        end = insights.end or date.today()
        _first, days = calendar_span(end)
        year_calendar(entries, end, days)
        promises_caption(promises(entries), as_of=end)
        times.append((time.perf_counter() - started) * 1000)
    return times


def write_section(path: Path, entries: int, checkins: int, times: list[float]) -> None:
    """Replace (or append) the insights section of the performance document."""
    median = statistics.median(times)
    table = render_table(
        [
            Row(
                f"All Insights (`compute_insights` + captions, year calendar, promises), "
                f"{entries:,} entries, {checkins:,} check-ins",
                f"{median:.1f} ms (min {min(times):.1f}, max {max(times):.1f}, {len(times)} runs)",
                f"≤ {TARGET_MS:.0f} ms",
                median <= TARGET_MS,
            )
        ]
    )
    body = (
        "## Insights: pattern computations\n\n"
        f"Measured {datetime.now():%Y-%m-%d %H:%M} with "
        f"`python -m benchmarks.insights_bench --write docs/PERFORMANCE.md` ({load_note()}).\n\n"
        f"{table}\n\n"
        "- In-memory entries over five years (half naive, half time-zone-aware times, 0–3 "
        "behaviours, 0–3 emotions, 0–2 body responses); monthly periods; includes feelings by "
        "kind, body responses over time, the year calendar and promises and what followed; "
        "median wall-clock time.\n"
        f"- Load average when measured: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(other work on the machine slows every figure down alike).\n"
    )
    write_marked_section(path, INSIGHTS_START, INSIGHTS_END, body)


def main() -> None:
    """Print the median time of compute_insights over generated entries."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", type=Path, metavar="FILE", help="update this Markdown file")
    args = parser.parse_args()
    entries = sample_entries(args.entries)
    checkins = sample_checkins(max(1, args.entries // 10))
    default_taxonomy()
    times = time_insights(entries, checkins, args.runs)
    median = statistics.median(times)
    verdict = "within" if median <= TARGET_MS else "OVER"
    print(
        f"All Insights over {args.entries:,} entries: median {median:.1f} ms "
        f"of {args.runs} runs (min {min(times):.1f}, max {max(times):.1f}); "
        f"{verdict} the {TARGET_MS:.0f} ms target"
    )
    if args.write is not None:
        write_section(args.write, args.entries, len(checkins), times)


if __name__ == "__main__":
    main()
