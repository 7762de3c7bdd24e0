"""checker/thresholds: every cut-off named once per family, commented, shown by explain."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from checker import thresholds
from checker.thresholds import FAMILIES, Threshold, describe, family_thresholds

CHECKER = Path(thresholds.__file__).resolve().parent.parent


@pytest.mark.parametrize("family", FAMILIES)
def test_every_threshold_has_a_one_line_comment(family: str) -> None:
    found = family_thresholds(family)
    assert found
    assert [t.name for t in found if not t.comment] == []
    assert len({t.name for t in found}) == len(found)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_numeric_constant_of_a_family_module_is_listed(family: str) -> None:
    module = importlib.import_module(f"checker.thresholds.{family}")
    constants = {
        name
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, (int, float)) and not isinstance(value, bool)
    }
    assert constants <= {t.name for t in family_thresholds(family)}


def test_values_are_the_ones_in_force() -> None:
    from checker.analysis import leftovers
    from checker.rules import bilingual

    found = {t.name: t for t in family_thresholds("language")}
    assert found["STRONG_ZIPF"] == Threshold(
        "STRONG_ZIPF",
        3.3,
        "Zipf in a language from which a word is strong evidence alone (with the two below).",
    )
    assert found["THRESHOLDS.hint_bonus"].value == leftovers.THRESHOLDS.hint_bonus
    assert bilingual.MIN_SOURCE_CHARS == 40  # the rules use the family module's value
    assert family_thresholds("input") == []


def test_describe_lists_name_value_and_comment_per_line() -> None:
    text = describe("pronoun")
    lines = text.splitlines()
    assert lines[0] == "Thresholds of the pronoun family (checker/thresholds/pronoun.py):"
    assert lines[1].split()[:3] == ["WINDOW", "=", "2"]
    assert "antecedent" in lines[1]
    assert describe("input") == ""


def test_no_rule_or_analysis_module_defines_a_moved_threshold_again() -> None:
    """A threshold lives in its family module only: no other module assigns the name."""
    names = {t.name for family in FAMILIES for t in family_thresholds(family) if "." not in t.name}
    assigned: dict[str, list[str]] = {}
    for folder in ("rules", "analysis", "formats"):
        for path in (CHECKER / folder).rglob("*.py"):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name) and target.id in names:
                            assigned.setdefault(target.id, []).append(path.name)
    assert assigned == {}
