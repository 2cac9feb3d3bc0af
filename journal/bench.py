"""Vault benchmarks for the docs/DESIGN.md §7 targets, side by side with jrnl 4.6.

Run `python -m journal.bench [--write docs/PERFORMANCE.md] [--quick]`. It prints a Markdown
table; with `--write` it also rewrites the vault section of the performance document and
leaves every other section as it is. Everything is built in a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import cryptography

from journal.crypto import KdfParams
from journal.model import Entry
from journal.vault import Vault, create_vault, open_vault

PASSPHRASE = "bench: correct horse battery staple"
JRNL_PASSWORD = "bench: jrnl password"
BATCH = 1_000
DOC_TITLE = "# Performance"
VAULT_START = "<!-- bench:vault:start -->"
VAULT_END = "<!-- bench:vault:end -->"
MACHINE_START = "<!-- bench:machine:start -->"
MACHINE_END = "<!-- bench:machine:end -->"
JRNL_MISSING = "jrnl not installed (make bench installs it)"

OPEN_TARGET = 0.300
ADD_RATIO_TARGET = 1.5
SEARCH_TARGET = 0.050
DERIVE_RANGE = (0.45, 1.1)  # docs/DESIGN.md §2: "about 0.5–1 s"; ±10 % counts as "about"

SEARCH_QUERIES: dict[str, str] = {
    "common word": "kitchen",
    "rare word": "lighthouse",
    "no match": "xylophone",
}

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


@dataclass(frozen=True)
class OpenTiming:
    """One `open_vault` call: its wall time and the part spent in the Argon2id derive."""

    total: float
    kdf: float

    @property
    def beyond_kdf(self) -> float:
        """Return the time spent opening apart from the key derivation."""
        return self.total - self.kdf


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


# ------------------------------------------------------------- measurements


def _ms(seconds: float) -> str:
    value = seconds * 1000
    if value < 10:
        return f"{value:,.2f} ms"
    if value < 100:
        return f"{value:,.1f} ms"
    return f"{value:,.0f} ms"


def _median(values: Sequence[float]) -> float:
    return statistics.median(values)


def build_to(vault: Vault, factory: EntryFactory, target: int, batch: int = BATCH) -> None:
    """Add generated entries with `add_entries` (batches of `batch`) until `target` exist."""
    while len(vault) < target:
        vault.add_entries(factory.batch(min(batch, target - len(vault))))


def measure_add(vault: Vault, entries: Sequence[Entry]) -> list[float]:
    """Return the wall time of each `add_entry` (one durable transaction per entry)."""
    times: list[float] = []
    for entry in entries:
        start = time.perf_counter()
        vault.add_entry(entry)
        times.append(time.perf_counter() - start)
    return times


def measure_search(
    vault: Vault, queries: dict[str, str], repeats: int
) -> dict[str, tuple[float, int]]:
    """Return, per query label, the median search time and the number of hits."""
    results: dict[str, tuple[float, int]] = {}
    for label, query in queries.items():
        times: list[float] = []
        hits = 0
        for _ in range(repeats):
            start = time.perf_counter()
            hits = len(vault.search(query))
            times.append(time.perf_counter() - start)
        results[label] = (_median(times), hits)
    return results


@contextlib.contextmanager
def timed_derive() -> Iterator[list[float]]:
    """Record the wall time of every `KdfParams.derive` call made inside the block."""
    original = KdfParams.derive
    spent: list[float] = []

    def derive(self: KdfParams, secret: bytes, salt: bytes) -> bytearray:
        start = time.perf_counter()
        try:
            return original(self, secret, salt)
        finally:
            spent.append(time.perf_counter() - start)

    KdfParams.derive = derive  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        KdfParams.derive = original  # type: ignore[method-assign]


def measure_open(path: Path, passphrase: str, repeats: int, warmup: int = 1) -> list[OpenTiming]:
    """Time `open_vault` (unlock and load every entry), splitting off the Argon2id derive."""
    timings: list[OpenTiming] = []
    for index in range(warmup + repeats):
        with timed_derive() as spent:
            start = time.perf_counter()
            vault = open_vault(path, passphrase)
            total = time.perf_counter() - start
        vault.close()
        if index >= warmup:
            timings.append(OpenTiming(total=total, kdf=sum(spent)))
    return timings


def measure_derive(params: KdfParams, repeats: int) -> float:
    """Return the median time of one Argon2id derive with `params`."""
    salt = os.urandom(16)
    times: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        params.derive(b"benchmark passphrase", salt)
        times.append(time.perf_counter() - start)
    return _median(times)


# --------------------------------------------------------------------- jrnl

_KEYRING_MODULE = '''\
"""A keyring backend for the benchmark: hands jrnl its password from the environment."""

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError


class EnvKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        if service == "jrnl":
            return os.environ.get("RC_BENCH_JRNL_PASSWORD")
        return None

    def set_password(self, service, username, password):
        raise PasswordSetError("read-only benchmark keyring")

    def delete_password(self, service, username):
        raise PasswordDeleteError("read-only benchmark keyring")
'''


def jrnl_version() -> str | None:
    """Return the installed jrnl version, or None when jrnl is not installed."""
    if importlib.util.find_spec("jrnl") is None:
        return None
    version: Any = importlib.import_module("jrnl.__version__")
    return str(version.__version__)


@dataclass(frozen=True)
class JrnlSetup:
    """An encrypted jrnl journal in a temporary home, and how to run the jrnl CLI on it."""

    config: dict[str, Any]
    journal_path: Path
    env: dict[str, str]

    def journal_config(self) -> dict[str, Any]:
        """Return the config as jrnl scopes it for the default journal."""
        scoped = {k: v for k, v in self.config.items() if k != "journals"}
        scoped["journal"] = str(self.journal_path)
        return scoped

    def load(self) -> Any:
        """Return a jrnl `Journal` for this setup with its password set (not opened yet)."""
        journals: Any = importlib.import_module("jrnl.journals")
        journal = journals.Journal("default", **self.journal_config())
        journal._reconfigure_encryption_method()
        journal.encryption_method.password = JRNL_PASSWORD
        return journal


def jrnl_text(entry: Entry) -> str:
    """Return the entry as the text a jrnl user would type: the account plus @tags."""
    tags = " ".join("@" + tag for tag in entry.tags)
    return f"{entry.what_happened} {tags}".strip()


def setup_jrnl(root: Path, factory: EntryFactory, count: int) -> JrnlSetup:
    """Write a jrnl config and an encrypted `count`-entry journal under `root` (jrnl's API)."""
    home = root / "home"
    config_home = home / ".config"
    data_home = home / ".local" / "share"
    journal_path = data_home / "jrnl" / "journal.txt"
    config_path = config_home / "jrnl" / "jrnl.yaml"
    keyring_dir = root / "keyring"
    for folder in (config_path.parent, journal_path.parent, keyring_dir, home / ".cache"):
        folder.mkdir(parents=True, exist_ok=True)
    (keyring_dir / "rc_bench_keyring.py").write_text(_KEYRING_MODULE, encoding="utf-8")
    # jrnl 4.6's get_default_config(), with the journal in our temp home and encryption on.
    config: dict[str, Any] = {
        "version": jrnl_version(),
        "journals": {"default": {"journal": str(journal_path)}},
        "editor": "",
        "encrypt": True,
        "template": False,
        "default_hour": 9,
        "default_minute": 0,
        "timeformat": "%F %r",
        "tagsymbols": "#@",
        "highlight": True,
        "linewrap": 79,
        "indent_character": "|",
        "colors": {"body": "none", "date": "none", "tags": "none", "title": "none"},
    }
    jrnl_config: Any = importlib.import_module("jrnl.config")
    jrnl_config.save_config(config, str(config_path))
    env = {
        key: value
        for key, value in os.environ.items()
        if key in ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "SYSTEMROOT")
    }
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(config_home),
            "XDG_DATA_HOME": str(data_home),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "PYTHONPATH": os.pathsep.join(
                [str(keyring_dir), *filter(None, [os.environ.get("PYTHONPATH")])]
            ),
            "PYTHON_KEYRING_BACKEND": "rc_bench_keyring.EnvKeyring",
            "RC_BENCH_JRNL_PASSWORD": JRNL_PASSWORD,
            "TERM": "dumb",
            "NO_COLOR": "1",
            "COLUMNS": "100",
        }
    )
    setup = JrnlSetup(config=config, journal_path=journal_path, env=env)
    journal = setup.load()
    for _ in range(count):
        entry = factory.make()
        journal.new_entry(jrnl_text(entry), date=entry.occurred_start, sort=False)
    journal.sort()
    journal.write()
    return setup


def jrnl_open(setup: JrnlSetup) -> tuple[Any, float]:
    """Open (decrypt and parse) the journal in-process; return it and the time taken."""
    journal = setup.load()
    start = time.perf_counter()
    journal.open()
    return journal, time.perf_counter() - start


def jrnl_kdf_time(setup: JrnlSetup, repeats: int) -> float:
    """Return the median time of jrnl's password KDF (PBKDF2-SHA256), paid on open and save."""
    method = setup.load().encryption_method
    times: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        method._make_key(os.urandom(16))
        times.append(time.perf_counter() - start)
    return _median(times)


def jrnl_save_in_process(journal: Any, texts: Sequence[str]) -> list[float]:
    """Time jrnl's append path per entry: `new_entry(text)` then `write()` (re-encrypts all)."""
    times: list[float] = []
    for text in texts:
        start = time.perf_counter()
        journal.new_entry(text)
        journal.write()
        times.append(time.perf_counter() - start)
    return times


def run_jrnl_cli(setup: JrnlSetup, args: Sequence[str], timeout: float = 600) -> float:
    """Run `jrnl ARGS` as a user would, without a terminal; return its wall time."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "jrnl", *args],
        env=setup.env,
        cwd=setup.env["HOME"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        start_new_session=True,  # no controlling terminal: a password prompt fails, not hangs
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"jrnl {' '.join(args[:1])} failed: {done.stderr.strip()[-500:]}")
    return elapsed


def jrnl_entry_count(setup: JrnlSetup) -> int:
    """Return how many entries the journal holds now (in-process open)."""
    journal, _ = jrnl_open(setup)
    return len(journal)


# --------------------------------------------------------------- the suite


def _stderr_log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_vault(sizes: Sizes, report: Report, log: Log) -> None:
    """Measure open, save and search on one growing vault, adding rows to `report`."""
    factory = EntryFactory()
    with tempfile.TemporaryDirectory(prefix="rc-bench-") as tmp:
        path = Path(tmp) / "vault" / "journal.rcv"
        vault, _code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
        try:
            log(f"building {sizes.small:,} entries…")
            build_to(vault, factory, sizes.small)
            at_small = len(vault)
            add_small = _median(measure_add(vault, factory.batch(sizes.adds)))
            log(f"building {sizes.mid:,} entries…")
            build_to(vault, factory, sizes.mid)
            at_mid = len(vault)
            add_mid = _median(measure_add(vault, factory.batch(sizes.adds)))
            searches = measure_search(vault, SEARCH_QUERIES, max(sizes.repeats, 5))
            at_search = len(vault)
        finally:
            vault.close()
        log(f"opening {at_search:,} entries {sizes.repeats}×…")
        opens = measure_open(path, PASSPHRASE, sizes.repeats)
        vault = open_vault(path, PASSPHRASE)
        try:
            started = time.perf_counter()
            first_hits = len(vault.search(SEARCH_QUERIES["rare word"]))
            first_search = time.perf_counter() - started
            log(f"building {sizes.large:,} entries…")
            started = time.perf_counter()
            build_to(vault, factory, sizes.large)
            build_rate = (len(vault) - at_search) / max(time.perf_counter() - started, 1e-9)
            at_large = len(vault)
            add_large = _median(measure_add(vault, factory.batch(sizes.adds)))
        finally:
            vault.close()

    beyond = _median([t.beyond_kdf for t in opens])
    total = _median([t.total for t in opens])
    kdf = _median([t.kdf for t in opens])
    report.rows.append(
        Row(
            f"Unlock beyond the KDF, {at_search:,} entries",
            f"{_ms(beyond)} (open {_ms(total)} − Argon2id {_ms(kdf)})",
            f"≤ {OPEN_TARGET * 1000:.0f} ms",
            beyond <= OPEN_TARGET,
        )
    )
    ratio = add_large / add_small
    report.rows.append(Row(f"Save one entry (`add_entry`), {at_small:,} entries", _ms(add_small)))
    report.rows.append(Row(f"Save one entry (`add_entry`), {at_large:,} entries", _ms(add_large)))
    report.rows.append(
        Row(
            f"Save slowdown, {at_large:,} vs {at_small:,} entries",
            f"{ratio:.2f}×",
            f"≤ {ADD_RATIO_TARGET}×",
            ratio <= ADD_RATIO_TARGET,
        )
    )
    worst = max(seconds for seconds, _ in searches.values())
    detail = ", ".join(
        f"{label} {_ms(seconds)} ({hits:,} hits)" for label, (seconds, hits) in searches.items()
    )
    report.rows.append(
        Row(
            f"Search, {at_search:,} entries (slowest query)",
            f"{_ms(worst)} — {detail}",
            f"≤ {SEARCH_TARGET * 1000:.0f} ms",
            worst <= SEARCH_TARGET,
        )
    )
    report.rows.append(
        Row(
            f"First search after unlocking, {at_search:,} entries (builds the search text)",
            f"{_ms(first_search)} ({first_hits:,} hits)",
            f"≤ {SEARCH_TARGET * 1000:.0f} ms",
            first_search <= SEARCH_TARGET,
        )
    )
    report.rows.append(
        Row(f"Reality Check: save one entry into a {at_mid:,}-entry vault", _ms(add_mid))
    )
    report.notes += [
        f"Vaults are built in a temporary folder with `add_entries` in batches of {BATCH:,} "
        f"generated entries (300–600 characters of what happened, 1–4 behaviours, 3 emotions, "
        f"0–3 tags), protected with `KdfParams.FLOOR` "
        f"({KdfParams.FLOOR.memory_kib // 1024} MiB, t={KdfParams.FLOOR.iterations}); "
        f"building ran at about {build_rate:,.0f} entries/s.",
        f"*Unlock*: median of {sizes.repeats} `open_vault` calls (after one warm-up, so the "
        "file is in the OS cache); the Argon2id derive inside each call is timed and "
        "subtracted, leaving decrypting, checking and indexing every record.",
        f"*Save*: median of {sizes.adds} `add_entry` calls, each its own SQLite transaction "
        "(`synchronous=FULL`, WAL), so each includes an fsync.",
        f"*Search*: median of {max(sizes.repeats, 5)} runs per query "
        f"({', '.join(f'{k} “{v}”' for k, v in SEARCH_QUERIES.items())}). Search runs "
        "`str.find` over every entry's case-folded text joined in time order; *first search* "
        "is the call right after `open_vault`, which also builds that text (the window builds "
        "it while idle right after unlocking, so a person's first search costs what the "
        "others do).",
    ]


def run_kdf(sizes: Sizes, report: Report, log: Log) -> None:
    """Calibrate Argon2id and time the calibrated parameters, adding rows to `report`."""
    log("calibrating Argon2id…")
    start = time.perf_counter()
    params = KdfParams.calibrate()
    took = time.perf_counter() - start
    derive = measure_derive(params, max(3, sizes.repeats // 2 + 1))
    low, high = DERIVE_RANGE
    report.rows.append(
        Row(
            "`KdfParams.calibrate()`",
            f"m = {params.memory_kib // 1024:,} MiB, t = {params.iterations}, "
            f"p = {params.lanes} (calibration took {took:.1f} s)",
            "≥ m 19 MiB, t 2, p 1",
            params.memory_kib >= KdfParams.FLOOR.memory_kib
            and params.iterations >= KdfParams.FLOOR.iterations,
        )
    )
    report.rows.append(
        Row(
            "Argon2id derive with the calibrated parameters",
            _ms(derive),
            "about 0.5–1 s",
            low <= derive <= high,
        )
    )


def run_jrnl(sizes: Sizes, report: Report, log: Log) -> None:
    """Time jrnl 4.6 saving one entry into an encrypted journal, adding rows to `report`."""
    version = jrnl_version()
    if version is None:
        log(JRNL_MISSING)
        report.rows.append(Row("jrnl side by side", JRNL_MISSING))
        return
    factory = EntryFactory(seed=11)
    with tempfile.TemporaryDirectory(prefix="rc-bench-jrnl-") as tmp:
        log(f"building an encrypted {sizes.jrnl_entries:,}-entry jrnl {version} journal…")
        setup = setup_jrnl(Path(tmp), factory, sizes.jrnl_entries)
        size = setup.journal_path.stat().st_size
        kdf = jrnl_kdf_time(setup, 3)
        opens: list[float] = []
        for _ in range(sizes.repeats):
            _journal, seconds = jrnl_open(setup)
            opens.append(seconds)
        journal, _ = jrnl_open(setup)
        texts = [jrnl_text(factory.make()) for _ in range(sizes.jrnl_runs)]
        log(f"jrnl: {sizes.jrnl_runs} in-process saves…")
        saves = jrnl_save_in_process(journal, texts)
        log(f"jrnl: {sizes.jrnl_runs} CLI runs…")
        startup = _median([run_jrnl_cli(setup, ["--version"]) for _ in range(3)])
        before = len(journal)
        cli = [run_jrnl_cli(setup, [jrnl_text(factory.make())]) for _ in range(sizes.jrnl_runs)]
        after = jrnl_entry_count(setup)
        if after != before + sizes.jrnl_runs:
            raise RuntimeError(f"jrnl CLI saved {after - before} of {sizes.jrnl_runs} entries")
    n = sizes.jrnl_entries
    report.rows += [
        Row(
            f"jrnl {version}: open (decrypt + parse) a {n:,}-entry encrypted journal",
            f"{_ms(_median(opens))} (PBKDF2 {_ms(kdf)})",
        ),
        Row(
            f"jrnl {version}: save one entry in-process (`new_entry` + `write`), {n:,} entries",
            _ms(_median(saves)),
        ),
        Row(
            f'jrnl {version}: `jrnl "…"` CLI adding one entry, {n:,} entries (whole run)',
            f"{_ms(_median(cli))} (of which start-up, `jrnl --version`: {_ms(startup)})",
        ),
    ]
    report.notes += [
        f"*jrnl*: jrnl {version}'s default config with `encrypt: true`, in a temporary "
        "HOME/XDG_CONFIG_HOME/XDG_DATA_HOME. The journal "
        f"({n:,} entries with the same generated text and @tags, {size / 1e6:.1f} MB "
        "encrypted) is built once through jrnl's own `Journal.new_entry` and `write` "
        "(jrnl v3 encryption: PBKDF2-SHA256 100,000 iterations + Fernet over the whole file).",
        "*jrnl in-process*: the journal is opened once, then the median of "
        f"{sizes.jrnl_runs} × (`new_entry(text)` + `write()`), i.e. from entry submitted to "
        "file written — jrnl re-serialises, re-derives its key and re-encrypts the whole "
        "journal on every save, and writes it with an atomic rename but no fsync.",
        "*jrnl CLI*: median of "
        f'{sizes.jrnl_runs} runs of `{Path(sys.executable).name} -m jrnl "<entry text>"` '
        "(the same code as the `jrnl` command) via subprocess with no terminal; the password "
        "comes from jrnl's keyring lookup, served by a small keyring backend selected with "
        "`PYTHON_KEYRING_BACKEND` that reads it from an environment variable (the path of a "
        "user who stored the password in the system keychain). Each run loads, decrypts, "
        "parses, appends, re-encrypts and writes the whole journal; the entry count is "
        "checked afterwards.",
    ]


def run_benchmarks(
    sizes: Sizes = FULL,
    *,
    with_kdf: bool = True,
    with_jrnl: bool = True,
    log: Log = _stderr_log,
) -> Report:
    """Run every vault benchmark (and optionally the KDF and jrnl ones); return the report."""
    report = Report()
    run_vault(sizes, report, log)
    if with_kdf:
        run_kdf(sizes, report, log)
    if with_jrnl:
        run_jrnl(sizes, report, log)
    return report


# ------------------------------------------------------------------- output


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


def render_section(
    report: Report,
    *,
    quick: bool,
    command: str = "python -m journal.bench --write docs/PERFORMANCE.md",
    when: datetime | None = None,
) -> str:
    """Return the vault section of the performance document (without its markers)."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%d %H:%M")
    mode = "quick smoke run with smaller vaults" if quick else "full run"
    notes = "\n".join(
        textwrap.fill(f"- {note}", width=96, subsequent_indent="  ") for note in report.notes
    )
    return (
        "## Vault: unlock, save, search, KDF, and jrnl side by side\n\n"
        f"Measured {stamp} with `{command}` ({mode}). "
        "Targets from docs/DESIGN.md §7 (and §2 for the KDF).\n\n"
        f"{render_table(report.rows)}\n\n"
        "How it was measured (wall-clock `time.perf_counter`, medians):\n\n"
        f"{notes}\n"
    )


def _read_first(path: str, pattern: str) -> str | None:
    with contextlib.suppress(OSError):
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            match = re.match(pattern, line)
            if match:
                return match.group(1).strip()
    return None


def _filesystem(path: str) -> str:
    best, kind = "", "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/mounts").read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) > 2 and path.startswith(parts[1]) and len(parts[1]) >= len(best):
                best, kind = parts[1], parts[2]
    return kind


def machine_description() -> str:
    """Return a Markdown list describing this machine and the library versions."""
    cpu = _read_first("/proc/cpuinfo", r"model name\s*:\s*(.*)") or platform.processor() or "?"
    mem_kib = _read_first("/proc/meminfo", r"MemTotal:\s*(\d+) kB")
    ram = f"{int(mem_kib) / 1024 / 1024:.1f} GiB" if mem_kib else "unknown"
    os_name = _read_first("/etc/os-release", r'PRETTY_NAME="?([^"]*)"?') or platform.system()
    tmp = tempfile.gettempdir()
    jrnl = jrnl_version() or "not installed"
    return (
        "## Machine\n\n"
        f"- CPU: {cpu}, {os.cpu_count()} logical cores\n"
        f"- RAM: {ram}\n"
        f"- OS: {os_name} ({platform.platform()})\n"
        f"- Python {platform.python_version()}, cryptography {cryptography.__version__}, "
        f"SQLite {sqlite3.sqlite_version}, jrnl {jrnl}\n"
        f"- Temporary folder for the benchmark files: `{tmp}` ({_filesystem(tmp)})\n"
    )


def _intro() -> str:
    return (
        f"{DOC_TITLE}\n\n"
        "Benchmarks for the targets in docs/DESIGN.md §7. They are measurements, not timed "
        "tests: numbers depend on the machine (described below). Each section is written by a "
        "benchmark command between its own `<!-- bench:…:start/end -->` markers and is "
        "replaced when the command runs again; text outside the markers is kept.\n"
    )


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


def update_document(existing: str | None, section: str, machine: str) -> str:
    """Return the performance document with the vault and machine sections refreshed."""
    text = existing if existing is not None and existing.strip() else _intro()
    machine_block = f"{MACHINE_START}\n{machine.strip()}\n{MACHINE_END}"
    vault_block = f"{VAULT_START}\n{section.strip()}\n{VAULT_END}"
    text, found = replace_section(text, MACHINE_START, MACHINE_END, machine)
    if not found:
        head, sep, tail = text.partition(VAULT_START)
        if sep:
            text = f"{head.rstrip()}\n\n{machine_block}\n\n{sep}{tail}"
        else:
            text = f"{text.rstrip()}\n\n{machine_block}\n"
    text, found = replace_section(text, VAULT_START, VAULT_END, section)
    if not found:
        text = f"{text.rstrip()}\n\n{vault_block}\n"
    return text if text.endswith("\n") else text + "\n"


def write_document(path: Path, section: str) -> None:
    """Rewrite the vault section of the performance document at `path` (create it if missing)."""
    existing = path.read_text(encoding="utf-8") if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(update_document(existing, section, machine_description()), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks, print the table, and optionally write the performance document."""
    parser = argparse.ArgumentParser(prog="python -m journal.bench", description=__doc__)
    parser.add_argument("--write", type=Path, metavar="FILE", help="update this Markdown file")
    parser.add_argument(
        "--quick", action="store_true", help=f"smoke run: {QUICK.large:,} instead of 100,000"
    )
    args = parser.parse_args(argv)
    shown = " ".join(["python -m journal.bench", *(sys.argv[1:] if argv is None else argv)])
    sizes = QUICK if args.quick else FULL
    started = time.perf_counter()
    report = run_benchmarks(sizes)
    section = render_section(report, quick=args.quick, command=shown)
    print(section)
    if args.write is not None:
        write_document(args.write, section)
        _stderr_log(f"wrote {args.write}")
    _stderr_log(f"benchmarks took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
