"""The JSON reporter: the CONTRACT.md schema, field by field."""

from __future__ import annotations

import io
import json

from checker import __version__
from checker.reporters import Report
from checker.reporters.json import emit
from checker.rules.input import UNREADABLE_FILE
from checker.types import Finding, Fix, ReadError, Severity


def test_contract_fields_and_fix_object() -> None:
    finding = Finding(
        "article.txt", 13, 11, 13, 15, "L101", "untranslated-span", "language", Severity.ERROR,
        "Accuracy/Untranslated", 'French text left untranslated: "muet"', "Pyongyang muet",
        Fix(1234, 1238, "silent"),
    )  # fmt: skip
    out = io.StringIO()
    emit(
        Report([finding], errors=[ReadError("gone.txt", "no such file", UNREADABLE_FILE)], files=1),
        out,
    )
    data = json.loads(out.getvalue())
    assert data["tool"] == "mtlint" and data["version"] == __version__
    assert data["findings"] == [
        {
            "path": "article.txt", "line": 13, "column": 11, "end_line": 13, "end_column": 15,
            "code": "L101", "name": "untranslated-span", "family": "language",
            "severity": "error", "category": "Accuracy/Untranslated",
            "message": 'French text left untranslated: "muet"', "excerpt": "Pyongyang muet",
            "fix": {"replacement": "silent", "start": 1234, "end": 1238},
        }
    ]  # fmt: skip
    assert data["summary"] == {
        "files": 1,
        "findings": 1,
        "by_family": {"language": 1},
        "errors": [{"path": "gone.txt", "message": "no such file"}],
    }


def test_non_ascii_is_written_as_is() -> None:
    finding = Finding(
        "a.txt", 1, 1, 1, 2, "Q104", "foreign-quote-marks", "quotes", Severity.WARNING,
        "Fluency/Punctuation", "«", "«", None,
    )  # fmt: skip
    out = io.StringIO()
    emit(Report([finding], files=1), out)
    assert '"message": "«"' in out.getvalue()
    assert json.loads(out.getvalue())["findings"][0]["fix"] is None
