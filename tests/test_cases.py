"""Every rule runs on every case of fixtures/rules/*.txt (see tests/casefiles.py).

A case must give each code its header lists (at the position, when one is given), and no
warning or error that the header does not list. Info findings not listed are tolerated:
the goal is no warning on clean prose, not zero info. Rule docstrings' ``Okay:`` and
``CODE:`` lines are run the same way.
"""

from __future__ import annotations

import inspect
import re

import pytest

from casefiles import Case, all_cases
from checker import lint_text
from checker.registry import load_rules
from checker.types import Severity

CASES = all_cases()
# Families whose findings are not made by scanning prose (E: readers and engine).
NOT_FROM_PROSE = {"input"}


def _describe(findings) -> str:
    return "\n".join(
        f"  {f.line}:{f.column} {f.code} {f.severity.label} {f.message}" for f in findings
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case) -> None:
    findings = lint_text(case.text, path=case.file, **case.options)
    for expected in case.expected:
        matching = [f for f in findings if f.code == expected.code]
        if expected.line is not None:
            matching = [
                f for f in matching if (f.line, f.column) == (expected.line, expected.column)
            ]
        assert matching, (
            f"{case.id}: expected {expected.code}"
            f"{'' if expected.line is None else f' at {expected.line}:{expected.column}'}"
            f", got:\n{_describe(findings)}"
        )
    listed = {e.code for e in case.expected}
    unexpected = [f for f in findings if f.severity >= Severity.WARNING and f.code not in listed]
    assert not unexpected, f"{case.id}: unexpected findings:\n{_describe(unexpected)}"


def test_every_rule_has_a_failing_and_an_okay_case() -> None:
    rules = load_rules()
    failing = {e.code for c in CASES for e in c.expected}
    okay_files = {c.file for c in CASES if not c.expected}
    missing = [
        code for code, r in rules.items() if r.family not in NOT_FROM_PROSE and code not in failing
    ]
    assert not missing, f"rules without a failing case: {missing}"
    for letter in {r.code[0] for r in rules.values() if r.family not in NOT_FROM_PROSE}:
        assert f"{letter}.txt" in okay_files, f"fixtures/rules/{letter}.txt has no Okay case"


_EXAMPLE = re.compile(r"^(Okay|[A-Z]\d{3}): (.*)$")


def _docstring_examples():
    for code, r in sorted(load_rules().items()):
        for line in inspect.cleandoc(r.doc).splitlines():
            match = _EXAMPLE.match(line.strip())
            if match:
                yield pytest.param(
                    r, match.group(1), match.group(2), id=f"{code}:{line.strip()[:40]}"
                )


@pytest.mark.parametrize(("rule", "label", "text"), list(_docstring_examples()))
def test_docstring_example(rule, label: str, text: str) -> None:
    options = {}
    if rule.family == "bilingual":  # bilingual examples read "source => target"
        source, _, text = text.partition(" => ")
        options["source"] = source.replace("\\n", "\n")
    findings = lint_text(text.replace("\\n", "\n") + "\n", select=rule.code[0], **options)
    codes = {f.code for f in findings if f.severity >= Severity.WARNING or f.code == label}
    if label == "Okay":
        assert rule.code not in codes, _describe(findings)
    else:
        assert label in codes, _describe(findings)


def test_every_rule_docstring_has_examples() -> None:
    for code, r in load_rules().items():
        if r.family in NOT_FROM_PROSE:
            continue
        labels = {
            m.group(1) for m in map(_EXAMPLE.match, inspect.cleandoc(r.doc).splitlines()) if m
        }
        assert "Okay" in labels and code in labels, (
            f"{code}: docstring needs Okay: and {code}: lines"
        )
