"""checker.corpus.output: the summary of a run (the writers are run in test_dask_run)."""

from __future__ import annotations

from checker.corpus.output import Summary


def test_summary_names_families_and_the_share_of_segments_with_findings() -> None:
    summary = Summary(segments=4, partitions=1)
    summary.add(
        [
            {"record": 0, "family": "quotes", "severity": "error"},
            {"record": 0, "family": "language", "severity": "warning"},
            {"record": 2, "family": "quotes", "severity": "error"},
        ]
    )
    text = summary.to_text("out.parquet")
    assert "4 segments in 1 partition(s), 3 finding(s) written to out.parquet" in text
    assert "segments with findings: 2 (50.0 %)" in text
    assert text.splitlines()[2:] == ["by family:", "  language          1", "  quotes            2"]
