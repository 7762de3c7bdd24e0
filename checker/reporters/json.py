"""The JSON report of CONTRACT.md: one object, findings sorted, byte-for-byte stable."""

from __future__ import annotations

import json
from typing import TextIO

from checker import __version__
from checker.reporters import Report


def as_dict(report: Report) -> dict:
    return {
        "tool": "mtlint",
        "version": __version__,
        "findings": [f.to_dict() for f in report.findings],
        "summary": {
            "files": report.files,
            "findings": len(report.findings),
            "by_family": report.by_family(),
            "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        },
    }


def emit(report: Report, out: TextIO) -> None:
    json.dump(as_dict(report), out, ensure_ascii=False, indent=2)
    out.write("\n")
