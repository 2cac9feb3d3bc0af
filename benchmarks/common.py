"""What the benchmarks share: generated entries, result rows, Markdown sections, child processes."""

from __future__ import annotations

import os
import random
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from journal.model import Entry

if TYPE_CHECKING:
    from journal.vault import Vault

PASSPHRASE = "bench: correct horse battery staple"
BATCH = 1_000
REPO_ROOT = Path(__file__).resolve().parent.parent

Log = Callable[[str], None]


@dataclass(frozen=True)
class Sizes:
    """How big the vaults get and how often each measurement repeats."""

    small: int = 1_000
    mid: int = 10_000
    large: int = 100_000
    adds: int = 50
    repeats: int = 5
    jrnl_entries: int = 10_000
    jrnl_runs: int = 5


FULL = Sizes()
QUICK = Sizes(large=20_000, adds=20, repeats=3, jrnl_runs=3)


@dataclass(frozen=True)
class Row:
    """One line of the results table; `met` is None for rows without a target."""

    measurement: str
    result: str
    target: str = "—"
    met: bool | None = None


@dataclass
class Report:
    """The results table plus notes on how each number was measured."""

    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- test data

_SENTENCES: tuple[str, ...] = (
    "He came home late and started shouting in the kitchen before I had said anything.",
    "She went through my phone again while I was in the shower and read my messages.",
    "He said I was useless and that nobody else would ever put up with me.",
    "I tried to leave the room but he stood in the doorway and would not let me pass.",
    "We argued about money again because I had bought groceries without asking first.",
    "He threw my plate into the sink in the kitchen and it broke into pieces.",
    "She told my sister that I was unstable and that she was worried about me.",
    "Afterwards he apologised and brought flowers, and said it would never happen again.",
    "I stayed quiet all evening so that nothing would set him off.",
    "He took the car keys so I could not go to my appointment.",
    "The children were upstairs but I think they heard everything through the floor.",
    "He grabbed my arm hard enough to leave marks that are still there this morning.",
    "She checked the mileage on the car and asked where I had really been.",
    "I found out he had changed the password on our joint bank account.",
    "He kept texting me at work, twenty messages in an hour, asking who I was with.",
    "We were in the kitchen when he started blaming me for his bad day.",
    "He said that if I left he would make sure I never saw the kids again.",
    "I wrote this down straight away so that I would not start doubting myself later.",
    "She laughed at me in front of her friends and said I was too sensitive.",
    "He punched the wall next to my head and then said I had made him do it.",
    "The neighbour knocked to ask if everything was all right and he answered the door.",
    "I slept in the spare room and locked the door, and did not sleep much.",
    "He refused to give me money for the school trip and said I should have saved.",
    "Everything was calm for a few days and I started to hope things were changing.",
)
_RARE_SENTENCE = "On the drive back we stopped near the old lighthouse and he went silent."
_LOCATIONS = ("Home, kitchen", "Home, bedroom", "In the car", "His parents' house", "Work car park")
_WORDS = (
    "You're pathetic.",
    "Who were you really with?",
    "Look what you made me do.",
    "Nobody will believe you.",
    "",
    "",
)
_BEHAVIOURS = (
    "name_calling",
    "humiliation",
    "constant_criticism",
    "yelling",
    "silent_treatment",
    "checking_whereabouts",
    "controlling_money",
    "intimidating_presence",
    "destroying_property",
    "threats_to_harm",
    "pushing_grabbing",
    "jealous_accusations",
)
_EMOTIONS = ("fear", "anxiety", "on_edge", "shame", "guilt", "confusion", "sadness", "anger")
_BODY = ("tension", "nausea", "shaking", "racing_heart", "crying", "trouble_sleeping")
_TAGS = ("money", "kids", "phone", "family", "work", "car", "weekend", "holidays")
_KINDS = ("incident", "incident", "incident", "tension", "reconciliation", "reflection")


class EntryFactory:
    """Deterministic, realistic-looking entries (300–600 characters of what happened)."""

    def __init__(self, seed: int = 7) -> None:
        self._rng = random.Random(seed)
        self._start = datetime(2016, 1, 1, 7, 30)

    def what_happened(self) -> str:
        """Return 300–600 characters of incident text; about 1 in 100 mention a lighthouse."""
        rng = self._rng
        target = rng.randint(300, 600)
        parts = [_RARE_SENTENCE] if rng.random() < 0.01 else []
        while sum(len(p) + 1 for p in parts) < target:
            parts.append(rng.choice(_SENTENCES))
        text = " ".join(parts)
        if len(text) > 600:
            text = text[:599].rsplit(" ", 1)[0].rstrip(",.") + "."
        return text

    def make(self) -> Entry:
        """Return one new entry (no id yet)."""
        rng = self._rng
        start = self._start + timedelta(minutes=rng.randint(0, 10 * 365 * 24 * 60))
        return Entry(
            kind=rng.choice(_KINDS),
            occurred_start=start,
            occurred_end=start + timedelta(minutes=rng.randint(5, 180))
            if rng.random() < 0.3
            else None,
            location=rng.choice(_LOCATIONS),
            what_happened=self.what_happened(),
            words_used=rng.choice(_WORDS),
            behaviours=rng.sample(_BEHAVIOURS, rng.randint(1, 4)),
            severity=rng.choice((None, 1, 2, 3, 4, 5)),
            children_present=rng.choice((None, True, False)),
            emotions={name: rng.randint(1, 10) for name in rng.sample(_EMOTIONS, 3)},
            body_responses=rng.sample(_BODY, rng.randint(0, 2)),
            tags=rng.sample(_TAGS, rng.randint(0, 3)),
        )

    def batch(self, count: int) -> list[Entry]:
        """Return `count` new entries."""
        return [self.make() for _ in range(count)]


def child_env(**extra: str) -> dict[str, str]:
    """Return this environment for a child Python, able to import `benchmarks` and `journal`."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    env.update(extra)
    return env


def _load_average() -> float | None:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # not on Windows
        return None


_LOAD_AT_START = _load_average()


def load_note() -> str:
    """Return how busy the machine was when the benchmark started (numbers depend on it)."""
    if _LOAD_AT_START is None:
        return "load average not available"
    return f"1-minute load average {_LOAD_AT_START:.2f} on {os.cpu_count()} cores at the start"


def stderr_log(message: str) -> None:
    """Print a progress message to stderr."""
    print(message, file=sys.stderr, flush=True)


def ms(seconds: float) -> str:
    """Return `seconds` as milliseconds with a sensible number of digits."""
    value = seconds * 1000
    if value < 10:
        return f"{value:,.2f} ms"
    if value < 100:
        return f"{value:,.1f} ms"
    return f"{value:,.0f} ms"


def median(values: Sequence[float]) -> float:
    """Return the median."""
    return statistics.median(values)


def build_to(vault: Vault, factory: EntryFactory, target: int, batch: int = BATCH) -> None:
    """Add generated entries with `add_entries` (batches of `batch`) until `target` exist."""
    while len(vault) < target:
        vault.add_entries(factory.batch(min(batch, target - len(vault))))


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_table(rows: Sequence[Row]) -> str:
    """Return the rows as a Markdown table (measurement, result, target, met?)."""
    lines = ["| measurement | result | target | met? |", "|---|---|---|---|"]
    for row in rows:
        met = "—" if row.met is None else "yes" if row.met else "**no**"
        lines.append(
            f"| {_cell(row.measurement)} | {_cell(row.result)} | {_cell(row.target)} | {met} |"
        )
    return "\n".join(lines)


def replace_section(text: str, start: str, end: str, body: str) -> tuple[str, bool]:
    """Replace what lies between the `start` and `end` markers; return (text, found)."""
    head, sep, rest = text.partition(start)
    if not sep:
        return text, False
    _old, sep_end, tail = rest.partition(end)
    if not sep_end:
        return text, False
    return f"{head}{start}\n{body.strip()}\n{end}{tail}", True


def write_marked_section(path: Path, start: str, end: str, body: str) -> None:
    """Replace (or append) the section between `start` and `end` in the document at `path`."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Performance\n"
    text, found = replace_section(text, start, end, body)
    if not found:
        text = f"{text.rstrip()}\n\n{start}\n{body.strip()}\n{end}\n"
    path.write_text(text, encoding="utf-8")
