"""Rule selection: codes, prefixes, family names; the longest prefix wins."""

from __future__ import annotations

import pytest

from checker.registry import RULES, code_of, families_needed, is_selected, normalize_selector


@pytest.mark.parametrize(
    ("selector", "normalized"),
    [("quotes", "Q"), ("q1", "Q1"), ("Q102", "Q102"), ("ALL", ""), (" language ", "L")],
)
def test_selectors_normalize(selector: str, normalized: str) -> None:
    assert normalize_selector(selector) == normalized


@pytest.mark.parametrize("selector", ["X101", "Q10234", "quote", "", "Q1a"])
def test_bad_selectors_are_rejected_with_a_message(selector: str) -> None:
    with pytest.raises(ValueError, match="unknown rule selector"):
        normalize_selector(selector)


def test_longest_prefix_wins_and_ignore_wins_ties() -> None:
    assert is_selected("Q102", [""], [])
    assert not is_selected("Q102", [""], ["Q"])
    assert is_selected("Q102", ["Q10"], ["Q"])
    assert not is_selected("Q102", ["Q"], ["Q10"])
    assert not is_selected("Q102", ["Q"], ["Q"])
    assert not is_selected("L101", ["Q"], [])


def test_only_the_families_that_can_run_are_imported() -> None:
    assert families_needed(["Q"], []) == ["Q"]
    assert families_needed([""], ["L", "P", "N", "B", "E", "T"]) == ["Q"]
    assert "L" in families_needed([""], ["L1"])  # L2xx could still run
    assert families_needed(["L101"], [""]) == ["L"]


def test_code_of_names_the_code_a_function_is_registered_under() -> None:
    from checker.rules import input as input_rules

    assert code_of(input_rules.internal_error) == "E900"
    assert RULES[code_of(input_rules.unused_suppression)].name == "unused-suppression"
    with pytest.raises(LookupError):
        code_of(test_code_of_names_the_code_a_function_is_registered_under)
