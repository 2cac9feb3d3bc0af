"""jrnl 4.6 side by side: an encrypted jrnl journal built, opened and written the way a user would.

Part of `python -m benchmarks.bench`; jrnl is installed by `make bench` (the `bench` extra).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import EntryFactory, Log, Report, Row, Sizes, median, ms
from journal.model import Entry

JRNL_PASSWORD = "bench: jrnl password"
JRNL_MISSING = "jrnl not installed (make bench installs it)"


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
    return median(times)


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
        startup = median([run_jrnl_cli(setup, ["--version"]) for _ in range(3)])
        before = len(journal)
        cli = [run_jrnl_cli(setup, [jrnl_text(factory.make())]) for _ in range(sizes.jrnl_runs)]
        after = jrnl_entry_count(setup)
        if after != before + sizes.jrnl_runs:
            raise RuntimeError(f"jrnl CLI saved {after - before} of {sizes.jrnl_runs} entries")
    n = sizes.jrnl_entries
    report.rows += [
        Row(
            f"jrnl {version}: whole open (PBKDF2 + decrypt + parse) of a {n:,}-entry "
            "encrypted journal",
            f"{ms(median(opens))} (PBKDF2 {ms(kdf)}, the rest {ms(median(opens) - kdf)})",
        ),
        Row(
            f"jrnl {version}: save one entry in-process (`new_entry` + `write`), {n:,} entries",
            ms(median(saves)),
        ),
        Row(
            f'jrnl {version}: `jrnl "…"` CLI adding one entry, {n:,} entries (whole run)',
            f"{ms(median(cli))} (of which start-up, `jrnl --version`: {ms(startup)})",
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
