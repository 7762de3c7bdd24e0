"""SARIF 2.1.0, the OASIS format code-scanning services read (GitHub, Azure DevOps, IDEs).

One run: the tool with every rule (id, name, descriptions, default level, the ``explain``
text as help), then one result per finding with its region in code points
(``columnKind: unicodeCodePoints``; the end column is exclusive, as in SARIF) and, where a
safe fix exists, the replacement by character offset (for files read verbatim). Paths that
could not be read are also reported as tool notifications.
"""

from __future__ import annotations

import inspect
import json
import os
from typing import Any, TextIO
from urllib.parse import quote

from checker import __version__
from checker.reporters import Report
from checker.types import Finding, Rule, Severity

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative path as a relative URI reference; an absolute one as a ``file:`` URI."""
    posix = path.replace(os.sep, "/")
    if os.path.isabs(path):
        return "file://" + quote(posix if posix.startswith("/") else "/" + posix)
    return quote(posix.removeprefix("./"))


def offsets_are_the_files(path: str) -> bool:
    """Whether offsets into the Document are offsets into the file's text.

    Plain text and Markdown are read verbatim; a bilingual file (PO, XLIFF, TMX, TSV) is
    rebuilt from its segments, so its offsets do not address the file and a fix by
    character offset would land in the wrong place.
    """
    from checker.formats import READERS

    reader = READERS.get(os.path.splitext(path)[1].lower())
    return reader is None or reader == "checker.formats.markdown"


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    from checker.explain import explain_rule

    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": inspect.cleandoc(rule.doc) if rule.doc else rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "help": {"text": explain_rule(rule)},
        "properties": {
            "tags": [rule.family, rule.category],
            "family": rule.family,
            "category": rule.category,
            "fixable": rule.fixable,
        },
    }


def _fix(finding: Finding, uri: str) -> dict[str, Any]:
    fix = finding.fix
    assert fix is not None
    if fix.replacement:
        description = f"Replace with {fix.replacement!r}" if fix.end > fix.start else "Insert"
    else:
        description = "Delete"
    return {
        "description": {"text": description},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {
                        "deletedRegion": {
                            "charOffset": fix.start,
                            "charLength": fix.end - fix.start,
                        },
                        "insertedContent": {"text": fix.replacement},
                    }
                ],
            }
        ],
    }


def result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    uri = artifact_uri(finding.path)
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                        "snippet": {"text": finding.excerpt},
                    },
                }
            }
        ],
        "properties": {"category": finding.category, "family": finding.family},
    }
    if finding.code in rule_index:
        entry["ruleIndex"] = rule_index[finding.code]
    if finding.fix is not None and offsets_are_the_files(finding.path):
        entry["fixes"] = [_fix(finding, uri)]
    return entry


def as_dict(report: Report) -> dict[str, Any]:
    from checker.registry import load_rules

    rules = [rule for _, rule in sorted(load_rules().items())]
    rule_index = {rule.code: index for index, rule in enumerate(rules)}
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{error.path}: {error.message}"},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(error.path)}}}
            ],
        }
        for error in report.errors
    ]
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "mtlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [rule_descriptor(rule) for rule in rules],
                    }
                },
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": [result(f, rule_index) for f in report.findings],
            }
        ],
    }


def emit(report: Report, out: TextIO) -> None:
    json.dump(as_dict(report), out, ensure_ascii=False, indent=2)
    out.write("\n")
