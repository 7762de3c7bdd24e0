"""SARIF 2.1.0: validated against the OASIS schema (tests/data), rules, regions and fixes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.explain import explain_rule
from checker.registry import load_rules
from checker.reporters import Report
from checker.reporters.sarif import artifact_uri, emit
from checker.rules.input import UNREADABLE_FILE
from checker.types import Finding, Fix, ReadError, Severity

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "sarif-schema-2.1.0.json"
ARTICLE = (
    "# A report\n\nHe said « I did not know » and left.\nAbout 11 000 troops, or 3,5 % of them ?\n"
)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def run_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stdout


def sarif_of(report: Report) -> dict:
    out = io.StringIO()
    emit(report, out)
    return json.loads(out.getvalue())


def test_a_real_report_validates_against_the_schema(tmp_path: Path, validator) -> None:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out = run_cli("--format", "sarif", str(article), str(tmp_path / "missing.txt"))
    assert code == 2
    log = json.loads(out)
    validator.validate(log)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"Q104", "T101", "T102", "T103", "E001"}
    notification = run["invocations"][0]["toolExecutionNotifications"][0]
    assert "missing.txt" in notification["message"]["text"]


def test_rules_carry_descriptions_levels_and_the_explain_text(validator) -> None:
    log = sarif_of(Report([], files=0))
    validator.validate(log)
    descriptors = log["runs"][0]["tool"]["driver"]["rules"]
    rules = load_rules()
    assert [d["id"] for d in descriptors] == sorted(rules)
    for descriptor in descriptors:
        rule = rules[descriptor["id"]]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"].startswith(rule.summary)
        assert descriptor["help"]["text"] == explain_rule(rule)
        expected = {"error": "error", "warning": "warning", "info": "note"}[rule.severity.label]
        assert descriptor["defaultConfiguration"]["level"] == expected
    assert log["runs"][0]["results"] == []


def test_regions_and_fixes_match_the_json_report(tmp_path: Path, validator) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    _, sarif_out = run_cli("--format", "sarif", "--select", "Q,T", str(article))
    _, json_out = run_cli("--format", "json", "--select", "Q,T", str(article))
    log = json.loads(sarif_out)
    validator.validate(log)
    results = log["runs"][0]["results"]
    findings = json.loads(json_out)["findings"]
    assert len(results) == len(findings) > 0
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    with_fix = 0
    for result, finding in zip(results, findings, strict=True):
        assert result["ruleId"] == finding["code"]
        assert rules[result["ruleIndex"]]["id"] == finding["code"]
        assert result["message"]["text"] == finding["message"]
        location = result["locations"][0]["physicalLocation"]
        line = ARTICLE.splitlines()[finding["line"] - 1]
        span = line[finding["column"] - 1 : finding["end_column"] - 1]
        assert location["region"] == {
            "startLine": finding["line"],
            "startColumn": finding["column"],
            "endLine": finding["end_line"],
            "endColumn": finding["end_column"],
            "snippet": {"text": span},
        }
        assert location["contextRegion"] == {
            "startLine": finding["line"],
            "startColumn": 1,
            "endLine": finding["line"],
            "endColumn": len(line) + 1,
            "snippet": {"text": line},
        }
        if finding["fix"] is None:
            assert "fixes" not in result
            continue
        with_fix += 1
        (change,) = result["fixes"][0]["artifactChanges"]
        assert change["artifactLocation"] == location["artifactLocation"]
        (replacement,) = change["replacements"]
        fix = finding["fix"]
        assert replacement["deletedRegion"] == {
            "charOffset": fix["start"],
            "charLength": fix["end"] - fix["start"],
        }
        assert replacement["insertedContent"] == {"text": fix["replacement"]}
    assert with_fix > 0


def _finding(severity: Severity, path: str = "docs/a b.md", fix: Fix | None = None) -> Finding:
    return Finding(
        path, 2, 3, 2, 5, "T101", "space-before-punctuation", "typography", severity,
        "Fluency/Punctuation", "space before ?", "Why ?", fix, start=10, end=12,
    )  # fmt: skip


def test_levels_uris_and_no_fix_for_rebuilt_bilingual_files(validator) -> None:
    fix = Fix(10, 11, "")
    report = Report(
        [
            _finding(Severity.INFO, fix=fix),
            _finding(Severity.WARNING, path="po/fr.po", fix=fix),
        ],
        errors=[ReadError("gone.txt", "no such file or folder", UNREADABLE_FILE)],
        files=2,
    )
    log = sarif_of(report)
    validator.validate(log)
    first, second = log["runs"][0]["results"]
    assert (first["level"], second["level"]) == ("note", "warning")
    uri = first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "docs/a%20b.md"
    assert first["fixes"][0]["description"]["text"] == "Delete"
    assert "fixes" not in second  # offsets of a PO file's document do not address the file


def test_artifact_uris() -> None:
    assert artifact_uri("./notes/x.md") == "notes/x.md"
    assert artifact_uri("/tmp/é t.txt") == "file:///tmp/%C3%A9%20t.txt"
    assert artifact_uri("<stdin>") == "%3Cstdin%3E"


def test_the_schema_rejects_a_broken_log(validator) -> None:
    log = sarif_of(Report([_finding(Severity.ERROR)], files=1))
    del log["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(log)
    log = sarif_of(Report([_finding(Severity.ERROR)], files=1))
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(log)


def test_a_long_line_gives_the_region_text_and_a_window_as_context(validator) -> None:
    words = " ".join(f"Sentence {n} is here." for n in range(40))
    text = f"{words} He asked why ? {words}\n"
    start = text.index(" ?")
    found = Finding(
        "a.txt", 1, start + 1, 1, start + 3, "T101", "space-before-punctuation", "typography",
        Severity.WARNING, "Fluency/Punctuation", "space before ?", "excerpt",
        start=start, end=start + 2,
    )  # fmt: skip
    log = sarif_of(Report([found], files=1, texts={"a.txt": text}))
    validator.validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["region"]["snippet"] == {"text": " ?"}
    context = location["contextRegion"]
    snippet = context["snippet"]["text"]
    assert "He asked why ?" in snippet and len(snippet) <= 100
    assert text[context["startColumn"] - 1 : context["endColumn"] - 1] == snippet


def test_without_the_files_text_no_snippet_is_made_up(validator) -> None:
    log = sarif_of(Report([_finding(Severity.WARNING)], files=1))
    validator.validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "snippet" not in location["region"] and "contextRegion" not in location
