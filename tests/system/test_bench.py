"""The benchmark's code paths at tiny sizes (no timing assertions: numbers go to docs/)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from benchmarks import bench, versus_jrnl
from journal.crypto import KdfParams
from journal.vault import Vault, create_vault, open_vault
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

DATA = Path(__file__).resolve().parents[1] / "data"

TINY = bench.Sizes(small=20, mid=50, large=60, adds=3, repeats=2, jrnl_entries=30, jrnl_runs=1)


@pytest.fixture
def built(vault_path: Path) -> Iterator[Vault]:
    """Return a floor-KDF vault holding 50 generated entries."""
    vault, _code = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    bench.build_to(vault, bench.EntryFactory(), 50, batch=20)
    yield vault
    vault.close()


def test_factory_makes_realistic_repeatable_entries() -> None:
    first = bench.EntryFactory(seed=3).batch(200)
    again = bench.EntryFactory(seed=3).batch(200)
    assert [e.content() for e in first] == [e.content() for e in again]
    assert all(300 <= len(e.what_happened) <= 600 for e in first)
    assert all(1 <= len(e.behaviours) <= 4 and len(e.emotions) == 3 for e in first)
    assert any(e.tags for e in first)


def test_vault_measurements_run_on_a_small_vault(built: Vault) -> None:
    assert len(built) == 50
    times = bench.measure_add(built, bench.EntryFactory(seed=5).batch(3))
    assert len(times) == 3 and all(t > 0 for t in times)
    assert len(built) == 53
    found = bench.measure_search(built, bench.SEARCH_QUERIES, repeats=2)
    assert set(found) == set(bench.SEARCH_QUERIES)
    assert found["common word"][1] > 0
    assert found["no match"][1] == 0


def test_open_timing_splits_off_the_kdf(built: Vault) -> None:
    path = built.path
    built.close()
    timings = bench.measure_open(path, PASSPHRASE, repeats=2)
    assert len(timings) == 2
    for timing in timings:
        assert 0 < timing.kdf < timing.total
        # The derive timed on its own after the unlock is what is split off (inside the
        # unlock it shares the cores with the file's check and reading).
        assert timing.kdf_alone is not None and timing.kdf_alone > 0
        assert timing.beyond_kdf == timing.total - timing.kdf_alone
    assert KdfParams.derive.__name__ == "derive"  # the timing patch was undone


def test_whole_unlock_is_timed_on_a_journal_with_the_given_kdf(tmp_path: Path) -> None:
    timings = bench.measure_whole_unlock(tmp_path, KdfParams.FLOOR, entries=30, repeats=2)
    assert len(timings) == 2
    assert all(0 < timing.kdf < timing.total for timing in timings)
    with open_vault(tmp_path / "calibrated" / "journal.rcv", bench.PASSPHRASE) as vault:
        assert len(vault) == 30


def test_vault_suite_reports_every_target_row() -> None:
    report = bench.Report()
    bench.run_vault(TINY, report, log=lambda _message: None)
    names = [row.measurement for row in report.rows]
    assert any(name.startswith("Unlock beyond the KDF") for name in names)
    assert any(name.startswith("Save slowdown") for name in names)
    assert any(name.startswith("Search") for name in names)
    assert any(name.startswith("First search after unlocking") for name in names)
    assert sum(row.met is not None for row in report.rows) == 4
    table = bench.render_table(report.rows)
    assert table.splitlines()[0] == "| measurement | result | target | met? |"
    assert len(table.splitlines()) == len(report.rows) + 2


def test_missing_jrnl_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(versus_jrnl, "jrnl_version", lambda: None)
    report = bench.Report()
    versus_jrnl.run_jrnl(TINY, report, log=lambda _message: None)
    assert [row.result for row in report.rows] == [versus_jrnl.JRNL_MISSING]


def test_jrnl_save_in_process_and_through_its_cli(tmp_path: Path) -> None:
    pytest.importorskip("jrnl")
    setup = versus_jrnl.setup_jrnl(tmp_path, bench.EntryFactory(), 30)
    assert setup.journal_path.read_bytes().startswith(b"JRNLv3")  # encrypted on disk
    journal, seconds = versus_jrnl.jrnl_open(setup)
    assert len(journal) == 30 and seconds > 0
    assert versus_jrnl.jrnl_save_in_process(journal, ["A short test entry. @bench"])[0] > 0
    assert versus_jrnl.run_jrnl_cli(setup, ["Another entry written through the CLI. @bench"]) > 0
    assert versus_jrnl.jrnl_entry_count(setup) == 32
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        assert Path(setup.env[name]).is_relative_to(tmp_path)  # nothing in the real home


def test_document_sections_are_created_and_replaced_in_place() -> None:
    first = bench.update_document(None, "## Vault\n\nold numbers", "## Machine\n\nbox A")
    assert first.startswith(bench.DOC_TITLE)
    assert first.index(bench.MACHINE_START) < first.index(bench.VAULT_START)
    other = "<!-- bench:export:start -->\n## Export\n\nkept\n<!-- bench:export:end -->\n"
    edited = first + "\nHand-written note.\n\n" + other
    second = bench.update_document(edited, "## Vault\n\nnew numbers", "## Machine\n\nbox B")
    assert "new numbers" in second and "old numbers" not in second
    assert "box B" in second and "box A" not in second
    assert "Hand-written note." in second and other in second
    assert second.count(bench.VAULT_START) == 1 and second.count(bench.MACHINE_START) == 1
    assert bench.update_document(second, "## Vault\n\nnew numbers", "## Machine\n\nbox B") == (
        second
    )


def test_document_gains_missing_sections_without_losing_text() -> None:
    existing = "# Performance\n\nIntro by hand.\n"
    updated = bench.update_document(existing, "## Vault\n\nnumbers", "## Machine\n\nbox")
    assert updated.startswith(existing.rstrip())
    assert updated.index(bench.MACHINE_START) < updated.index(bench.VAULT_START)


def test_machine_description_names_the_versions() -> None:
    text = bench.machine_description()
    assert "Python" in text and "cryptography" in text and "SQLite" in text


def test_write_document_creates_the_file(tmp_path: Path) -> None:
    target = tmp_path / "docs" / "PERFORMANCE.md"
    bench.write_document(target, "## Vault\n\nnumbers")
    text = target.read_text(encoding="utf-8")
    assert bench.VAULT_START in text and "numbers" in text and "## Machine" in text


def test_window_benchmark_runs_and_writes_its_own_section(qapp, tmp_path) -> None:
    from benchmarks import ui_bench

    rows, notes = ui_bench.run(entries=30, repeats=1, cold_repeats=1)
    names = [row.measurement for row in rows]
    assert any("Cold start: bare" in name for name in names)
    assert any("Cold start: Reality Check unlock window" in name for name in names)
    assert any("the same content built flat in one module" in name for name in names)
    assert any("Quick exit" in name for name in names)
    assert any("Filter the entry list" in name for name in names)
    assert any("Unlock: Enter in the passphrase field" in name for name in names)
    doc = tmp_path / "PERFORMANCE.md"
    doc.write_text("# Performance\n\nkept by hand\n", encoding="utf-8")
    ui_bench.write_section(doc, ui_bench.render(rows, notes, "cmd"))
    ui_bench.write_section(doc, ui_bench.render(rows, notes, "cmd"))
    text = doc.read_text(encoding="utf-8")
    assert "kept by hand" in text and text.count(ui_bench.UI_START) == 1


def test_cold_start_rows_compare_with_the_bare_window_and_an_earlier_revision() -> None:
    from benchmarks import cold_start, ui_bench

    rows = ui_bench.cold_start_rows(
        {
            "bare": cold_start.ColdStart(shown=0.200, settled=0.200, runs=3),
            "app": cold_start.ColdStart(shown=0.250, settled=0.260, runs=3),
            "app at abc1234": cold_start.ColdStart(shown=0.500, settled=0.500, runs=3),
        }
    )
    assert [row.met for row in rows] == [None, True, None]  # 1.25× meets the 1.3× target
    assert "1.25× the bare window" in rows[1].result
    assert "git revision abc1234" in rows[2].measurement and "2.50×" in rows[2].result


def test_the_flat_window_row_is_a_comparison_without_a_target() -> None:
    from benchmarks import cold_start, ui_bench

    rows = ui_bench.cold_start_rows(
        {
            "bare": cold_start.ColdStart(shown=0.200, settled=0.200, runs=3),
            cold_start.FLAT_ROW: cold_start.ColdStart(shown=0.240, settled=0.240, runs=3),
            "app": cold_start.ColdStart(shown=0.280, settled=0.290, runs=3),
        }
    )
    assert [row.met for row in rows] == [None, None, False]
    assert "built flat in one module" in rows[1].measurement and "1.20×" in rows[1].result
    assert "unlock window" in rows[2].measurement and "1.40×" in rows[2].result


def test_cold_start_is_met_only_if_the_medians_and_the_rounds_both_say_so() -> None:
    from benchmarks import cold_start, ui_bench

    bare = cold_start.ColdStart(shown=0.200, settled=0.200, runs=3)
    app = cold_start.ColdStart(shown=0.250, settled=0.26, runs=3, rounds=(1.32, 1.2, 1.4))
    rows = ui_bench.cold_start_rows({"bare": bare, "app": app})
    assert "round by round 1.32× (middle half 1.20–1.40×)" in rows[1].result
    assert rows[1].met is False  # 1.25× by the medians, 1.32× round by round
    app = cold_start.ColdStart(shown=0.250, settled=0.26, runs=3, rounds=(1.24, 1.2, 1.3))
    assert ui_bench.cold_start_rows({"bare": bare, "app": app})[1].met is True


def test_round_ratios_pair_each_run_with_the_bare_window_of_its_round() -> None:
    from benchmarks.cold_start import round_ratios

    bare = [(0.2, 0.2, 0.2), (0.4, 0.4, 0.4), (0.2, 0.2, 0.2), (0.2, 0.2, 0.2)]
    app = [(0.3, 0.3, 0.3), (0.5, 0.5, 0.5), (0.26, 0.3, 0.3), (0.24, 0.3, 0.3)]
    middle, low, high = round_ratios(app, bare)  # 1.5, 1.25, 1.3, 1.2
    assert middle == pytest.approx(1.275) and low < middle < high
    assert round_ratios(app[:1], bare[:1]) == ()


def test_cold_start_rows_give_the_cpu_time_when_measured() -> None:
    from benchmarks import cold_start, ui_bench

    rows = ui_bench.cold_start_rows(
        {
            "bare": cold_start.ColdStart(shown=0.2, settled=0.2, runs=3, shown_cpu=0.150),
            "app": cold_start.ColdStart(shown=0.3, settled=0.3, runs=3, shown_cpu=0.225),
        }
    )
    assert "CPU 150.0 ms" in rows[0].result
    assert "CPU 225.0 ms (1.50×)" in rows[1].result
    assert rows[1].met is False  # the target stays on the wall-clock ratio (1.50×)


def test_instruction_counts_are_read_thread_by_thread(tmp_path: Path) -> None:
    from benchmarks.cold_start import BARE
    from benchmarks.cold_start_instructions import _ending_at_shown, thread_counts

    out = tmp_path / "app.out"
    out.write_text("")  # callgrind leaves the unsuffixed file empty with --separate-threads
    (tmp_path / "app.out-01").write_text("version: 1\ncmd: python\nsummary: 725017513\n")
    (tmp_path / "app.out-02").write_text("version: 1\nsummary: 27910840\ntotals: 1\n")
    (tmp_path / "other.out-01").write_text("summary: 5\n")
    assert thread_counts(out) == [725017513, 27910840]
    ending = _ending_at_shown(BARE)  # the harness now ends the process at *shown*
    assert ending.count("os._exit(0)") == 1
    assert ending.index("os._exit") < ending.index("QTimer.singleShot(0, settled)")


def _what_shows(window: QMainWindow) -> dict[str, object]:
    """The menus (titles, actions between separators) and every visible text of a window."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    menus = []
    for item in window.menuBar().actions():
        groups = [0]
        for action in item.menu().actions():
            if action.isSeparator():
                groups.append(0)
            else:
                groups[-1] += 1
        menus.append((item.text(), groups))
    widgets = window.findChildren(QLabel) + window.findChildren(QAbstractButton)
    texts = sorted(w.text() for w in widgets if w.isVisible() and w.text())
    boxes = window.findChildren(QComboBox)
    choices = [box.itemText(i) for box in boxes for i in range(box.count())]
    return {"menus": menus, "texts": texts, "choices": choices, "size": window.size()}


def test_flat_window_shows_what_the_unlock_window_shows(qapp, tmp_path: Path) -> None:
    """The cold-start floor (benchmarks/flat_window.py) stays a copy of the unlock window."""
    import shutil

    from PySide6.QtCore import QSettings

    from benchmarks import flat_window
    from journal.app import create_main_window

    journal = tmp_path / "journal.rcv"
    shutil.copy(DATA / "v2-full.rcv", journal)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    real = create_main_window(journal, settings=settings)
    flat = flat_window.build(qapp)
    try:
        real.show()
        flat.show()
        assert _what_shows(flat) == _what_shows(real)
        # Its style sheets are copies of the app's rules (a change there must reach them).
        from journal.ui import main_window
        from journal.ui.safety.quick_exit import QUICK_EXIT_STYLE

        rules = [rule for rule in flat_window.STYLE.splitlines() if rule.strip()]
        assert rules and all(rule in main_window.STYLE for rule in rules)
        assert flat_window.QUICK_EXIT in QUICK_EXIT_STYLE
    finally:
        real.close()
        flat.close()
        real.deleteLater()
        flat.deleteLater()


def test_flat_window_leaves_the_garbage_collector_on(qapp) -> None:
    import gc

    from PySide6.QtCore import QTimer

    from benchmarks import flat_window

    assert gc.isenabled()  # importing it (at the latest here) turned it back on
    window = flat_window.build(qapp)
    assert not gc.isenabled()  # paused while the window is built, as in the app's `main`
    done = []
    QTimer.singleShot(0, lambda: done.append(gc.isenabled()))
    window.deleteLater()
    qapp.processEvents()
    assert done == [True] and gc.isenabled()
