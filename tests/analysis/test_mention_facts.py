"""Document-wide facts (checker/analysis/mention_facts.py): a role noun that takes up the
person whose role the text stated, a bare surname read from the full name named so far."""

from __future__ import annotations

from pronoun_helpers import analyse

from checker.analysis.mentions import FEMALE, MALE, Mentions


def _genders(found: Mentions, text: str) -> list[str | None]:
    return [m.gender for m in found.mentions if m.text == text]


def test_an_agent_noun_before_a_name_is_her_role() -> None:
    text = (
        "The biologist Maria Lind presented the study. The results were clear. "
        "Funding was found. Lind answered the critics. The biologist explained the tests."
    )
    assert _genders(analyse(text), "The biologist") == [FEMALE, FEMALE]
    # Okay: an agent noun before a name of unknown kind may name a firm (the brewer Vandel).
    found = analyse("The brewer Vandel raised prices. The brewer explained the tests.")
    assert _genders(found, "The brewer") == [None, None]


def test_a_generic_role_noun_takes_up_the_person_with_a_stated_role() -> None:
    text = (
        "The biologist Maria Lind presented the study. The researcher has worked on it for years."
    )
    assert _genders(analyse(text), "The researcher") == [FEMALE]
    # Okay: a researcher named in apposition is someone else, with his own gender.
    text += " The researcher Johan Berg joined the team. The researcher said it was safe."
    assert _genders(analyse(text), "The researcher") == [FEMALE, MALE, MALE]
    # Okay: a generic role noun far from any stated role stays open.
    far = "The biologist Maria Lind presented the study. " + "Prices rose. " * 5
    assert _genders(analyse(far + "The researcher spoke."), "The researcher") == [None]


def test_a_compound_role_keeps_apart_from_its_last_word() -> None:
    text = (
        "The Prime Minister of New Zealand, Helen Carter, arrived. The Japanese Minister of "
        "Foreign Affairs, Kenji Watanabe, met her. Trade grew. Exports rose. Farmers protested. "
        "The Prime Minister visited a factory."
    )
    assert _genders(analyse(text), "The Prime Minister") == [FEMALE, FEMALE]
    # Okay: "the minister" may be either of them: no gender.
    assert _genders(analyse(text + " The minister left."), "The minister") == [None]


def test_a_bare_surname_is_the_one_full_name_named_so_far() -> None:
    text = (
        "The surgeon Maria Lind spoke. Lind said the study was done. "
        "The retired surgeon Per Lind attended. Lind left early."
    )
    # Okay: once a second full name ends in it, the bare surname may be either.
    assert _genders(analyse(text), "Lind") == [FEMALE, None]


def test_a_bare_surname_never_reads_a_full_name_named_after_it() -> None:
    text = (
        "Romero resigned on Sunday. The club thanked the coach. "
        "Her father, Manuel Romero, watched the match."
    )
    found = analyse(text)
    assert _genders(found, "Romero") != [MALE]
    # Okay: after the full name, the bare surname is him.
    assert _genders(analyse(text + " Romero left."), "Romero")[-1] == MALE


def test_a_titled_name_renews_its_title_as_a_role() -> None:
    text = (
        "Prime Minister Claire Vasseur spoke first. "
        + "The vote was close. " * 10
        + "Mrs Vasseur, 54, called the deputies. A source close to the Prime Minister spoke."
    )
    assert _genders(analyse(text), "the Prime Minister") == [FEMALE]
    # Okay: without the name again, the title is too far back.
    text = text.replace("Mrs Vasseur, 54, called the deputies.", "The deputies met.")
    assert _genders(analyse(text), "the Prime Minister") == [None]
