"""Predicates only a non-person can have (checker/rules/pronoun_predicates.py)."""

from __future__ import annotations

import pytest
from pronoun_helpers import warned_with_message as reported
from pronoun_helpers import with_severity as all_p

from checker.analysis.mentions import MALE, SUBJECT, Pronoun
from checker.rules.pronoun_predicates import (
    NO_PERSON_ALONE,
    NO_PERSON_OBJECT,
    nonperson_predicate,
    verb_bits,
)
from checker.types import Severity


def test_the_table_restricts_only_verbs_no_sense_of_which_fits_a_person() -> None:
    assert verb_bits("ratified") & NO_PERSON_OBJECT  # no sense takes a person as object
    assert verb_bits("built") & NO_PERSON_OBJECT  # an irregular participle (verb.exc)
    assert verb_bits("eroded") & NO_PERSON_ALONE  # no sense has a person as its subject
    assert not verb_bits("depreciated") & NO_PERSON_ALONE  # "the Fed depreciated the dollar"
    assert not verb_bits("trembled") & NO_PERSON_ALONE  # a hand override: "she trembled with fear"
    assert not verb_bits("sworn")  # a hand override: "she was sworn in"
    assert not verb_bits("elected")  # "she was elected"
    assert not verb_bits("erupted")  # "she erupted in anger"
    assert not verb_bits("flows")  # a sense has "Somebody ----s"
    assert not verb_bits("found") & NO_PERSON_OBJECT  # "he was found": a form of find too
    assert not verb_bits("defeated")  # a verb of competition: people are defeated
    assert not verb_bits("founded") & NO_PERSON_ALONE  # only transitive: "founded in 1990 a"


def _pronoun(text: str) -> Pronoun:
    start = text.index(" he ") + 1
    return Pronoun(start, start + 2, "he", MALE, SUBJECT, 0)


@pytest.mark.parametrize(
    ("text", "restricted"),
    [
        ("Then he was ratified by parliament.", True),
        ("Then he will also be rebuilt in 2029.", True),
        ("Then he is to be built by 2029.", True),
        ("Then he is expected to be rebuilt in 2029.", True),
        ("Then he has yet to be ratified.", True),
        ("Then he is expected to be elected.", False),
        ("Then he eroded by two metres.", True),
        ("Then he was elected in 2021.", False),
        ("Then he was built like a boxer.", False),  # a description, not what was done
        ("Then he was alleged to have lied.", False),
        ("Then he eroded the coast.", False),  # an object: not the clause read
        ("Then he was", False),
    ],
)
def test_the_predicate_is_read_after_the_subject_pronoun(text: str, restricted: bool) -> None:
    assert nonperson_predicate(text, _pronoun(text), len(text)) is restricted


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent"),
    [
        (
            "The treaty was signed in May by the chancellor, Markus Hartmann. He was ratified "
            "by parliament on Thursday.",
            "He",
            "the treaty",
        ),
        (
            "The factory of Rumilly is the heart of the project, said its director, Julien "
            "Favre. He was built in 1974.",
            "He",
            "the factory",
        ),
    ],
)
def test_a_predicate_no_person_has_binds_the_pronoun_whoever_is_near(
    text: str, pronoun: str, antecedent: str
) -> None:
    found = reported(text)
    assert [(code, p) for code, p, _ in found] == [("P101", pronoun)]
    assert antecedent in found[0][2]


def test_a_non_person_wordnet_alone_types_gives_an_info() -> None:
    text = (
        "The reform was presented on Monday by the minister, Claudia Brenner. She will be "
        "promulgated in March."
    )
    assert all_p(text) == [("P101", "She", Severity.INFO)]


@pytest.mark.parametrize(
    "predicate",
    [
        "He was elected in 2021.",
        "He was built like a boxer.",
        "He was listed as missing in 1990.",
        "He was defeated in the vote.",
        "He founded in 1990 a small company.",
        "He erupted in anger.",
        "He was renovating his house.",
    ],
)
def test_predicates_a_person_may_have_decide_nothing(predicate: str) -> None:
    text = f"The treaty was signed in May by the chancellor, Markus Hartmann. {predicate}"
    assert all_p(text) == []


def test_a_ship_is_still_she() -> None:
    text = "The ferry was repaired in May, said the captain, Anna Lis. She was built in 1974."
    assert all_p(text) == []
