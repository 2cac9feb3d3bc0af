"""Every window fits a small laptop screen: Quick exit and the main buttons never leave it.

Qt's offscreen platform takes a JSON file describing the screen (logical size and device pixel
ratio), so each screen runs `tests/scripts/screen_fit.py` in a child process of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "scripts" / "screen_fit.py"
WINDOWS = {
    "Unlock",
    "Help (locked)",
    "Journal",
    "New entry",
    "Help",
    "Insights",
    "Export",
    "Settings",
    "Change passphrase",
    "Recovery code",
    "Restore",
    "Print",
    "About",
    "Locked",
}


def run_on_screen(tmp_path: Path, width: int, height: int, ratio: float) -> list[dict]:
    """Run the walk-through on a screen of `width`×`height` logical px at `ratio`."""
    config = tmp_path / "screens.json"
    screen = {"name": "small", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpiX": 96, "logicalDpiY": 96, "dpr": ratio}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "run")],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert {line["window"] for line in lines} == WINDOWS, done.stderr[-2000:]
    return lines


@pytest.mark.parametrize(
    ("width", "height", "ratio"),
    [(1366, 768, 1.0), (1024, 600, 1.0), (1024, 600, 1.5)],
    ids=["1366x768", "1024x600", "1024x600-at-150%"],
)
def test_every_window_fits_and_keeps_quick_exit_and_its_buttons_on_screen(
    tmp_path: Path, width: int, height: int, ratio: float
) -> None:
    results = run_on_screen(tmp_path, width, height, ratio)
    for result in results:
        assert result["fits"], f"{result['window']} leaves the screen: {result}"
        assert not result["missing"], f"{result['window']} hides {result['missing']}"


def test_the_check_notices_a_window_that_is_too_big(tmp_path: Path) -> None:
    # The same walk-through on a screen smaller than the app supports must report it.
    results = run_on_screen(tmp_path, 480, 320, 1.0)
    assert any(not r["fits"] or r["missing"] for r in results)
