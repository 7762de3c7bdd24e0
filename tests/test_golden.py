"""Snapshot test: each end-to-end article gives exactly its expected report.

When a rule change alters a report on purpose, run ``make golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
golden = load_script("tools/golden.py", "golden")

ARTICLES = golden.articles()


def test_there_are_articles_with_expected_reports() -> None:
    assert ARTICLES
    for article in ARTICLES:
        assert golden.expected_path(article).exists(), f"run make golden for {article.name}"


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_article_report_matches_snapshot(article: Path) -> None:
    expected = golden.expected_path(article).read_text(encoding="utf-8")
    assert golden.current_report(article) == expected
