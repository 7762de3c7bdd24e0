"""Regenerate the expected reports of the end-to-end articles (``make golden``).

Every ``fixtures/articles/*.txt`` and ``*.md`` gets ``<name>.expected.json`` beside it: the
findings mtlint reports today, in the JSON report's shape. Review the change as a diff
(``git diff fixtures/articles``) before committing it: it is the snapshot test's truth.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"


def articles() -> list[Path]:
    return sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md"))


def expected_path(article: Path) -> Path:
    return article.with_name(article.stem + ".expected.json")


def current_report(article: Path) -> str:
    """The findings for ``article`` as stable, reviewable JSON text."""
    sys.path.insert(0, str(ROOT))
    from checker.config import Config
    from checker.runner import lint_file

    relative = article.relative_to(ROOT).as_posix()
    result = lint_file(str(article), Config())
    findings = [dict(f.to_dict(), path=relative) for f in result.findings]
    return json.dumps(findings, ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    for article in articles():
        target = expected_path(article)
        report = current_report(article)
        old = target.read_text(encoding="utf-8") if target.exists() else None
        target.write_text(report, encoding="utf-8")
        state = "unchanged" if old == report else "written"
        print(f"{target.relative_to(ROOT)}: {state}")


if __name__ == "__main__":
    main()
