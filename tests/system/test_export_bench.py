"""The export benchmark's code paths at tiny sizes (no timing assertions: numbers go to docs/)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import export_bench
from benchmarks.common import Row


def test_child_measures_one_export(qapp: object, tmp_path: Path) -> None:
    journal = tmp_path / "journal.rcv"
    export_bench.build_journal(journal, 12)
    out = tmp_path / "out.pdf"
    result = export_bench.child(journal, out, "pdf", "therapist")
    assert result["entries"] == result["exported"] == 12
    assert result["pages"] > 3 and result["seconds"] > 0 and result["bytes"] > 0
    assert result["rss_peak_kib"] >= result["rss_before_kib"] > 0


def test_section_is_written_between_its_markers(tmp_path: Path) -> None:
    doc = tmp_path / "PERFORMANCE.md"
    doc.write_text("# Performance\n\nkept text\n", encoding="utf-8")
    body = export_bench.render([Row("PDF export", "1.00 s", "≤ 5 s", True)], ["a note"])
    export_bench.write_section(doc, body)
    export_bench.write_section(doc, body.replace("1.00 s", "2.00 s"))
    text = doc.read_text(encoding="utf-8")
    assert "kept text" in text and text.count(export_bench.EXPORT_START) == 1
    assert "2.00 s" in text and "1.00 s" not in text
