"""SARIF 2.1.0, the OASIS format code-scanning services read (GitHub, Azure DevOps, IDEs).

One run: the tool with every rule (id, name, descriptions, default level, the ``explain``
text as help), then one result per finding with its region in code points
(``columnKind: unicodeCodePoints``; the end column is exclusive, as in SARIF), the region's
text as its snippet and the passage around it as ``contextRegion``, and, where a safe fix
exists, the replacement by character offset (for files read verbatim). Paths that
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


# The longest context (a few lines around a multi-line region) given as a snippet.
MAX_CONTEXT = 1000


def _regions(finding: Finding, text: str | None) -> dict[str, Any]:
    """``region`` (its ``snippet`` the region's own text) and ``contextRegion``.

    The context is the line holding a one-line region, or a window of it around the region
    when the line is long (a paragraph of prose): the same passage as ``--show-source``.
    Without the file's text (a bilingual file, whose findings are placed on its lines but
    computed on its joined segments), neither snippet is given: it would not be the file's.
    """
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    if text is None or not 0 <= finding.start <= finding.end <= len(text):
        return {"region": region}
    from checker.text.excerpt import line_bounds, window

    region["snippet"] = {"text": text[finding.start : finding.end]}
    line_start, line_end = line_bounds(text, finding.start)
    if finding.end_line == finding.line:
        line = text[line_start:line_end]
        left, right = window(line, finding.start - line_start, finding.end - line_start)
        context = {
            "startLine": finding.line,
            "startColumn": left + 1,
            "endLine": finding.line,
            "endColumn": right + 1,
            "snippet": {"text": line[left:right]},
        }
    else:
        context = {"startLine": finding.line, "endLine": finding.end_line}
        passage = text[line_start : finding.end]
        if len(passage) <= MAX_CONTEXT:
            context = {
                "startLine": finding.line,
                "startColumn": 1,
                "endLine": finding.end_line,
                "endColumn": finding.end_column,
                "snippet": {"text": passage},
            }
    return {"region": region, "contextRegion": context}


def result(finding: Finding, rule_index: dict[str, int], text: str | None = None) -> dict[str, Any]:
    uri = artifact_uri(finding.path)
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    **_regions(finding, text),
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
                "results": [
                    result(f, rule_index, report.texts.get(f.path)) for f in report.findings
                ],
            }
        ],
    }


def emit(report: Report, out: TextIO) -> None:
    json.dump(as_dict(report), out, ensure_ascii=False, indent=2)
    out.write("\n")
