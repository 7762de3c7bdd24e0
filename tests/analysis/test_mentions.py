"""The mentions analysis: people, names, non-persons and gendered pronouns."""

from __future__ import annotations

import pytest
from pronoun_helpers import analyse

from checker.analysis.mentions import (
    CITY,
    COUNTRY,
    FEMALE,
    INSTITUTION,
    MALE,
    NAME,
    OBJECT,
    ORGANISATION,
    PERSON,
    PLACE,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    POSSIBLE,
    REFLEXIVE,
    SUBJECT,
    VESSEL,
    Mentions,
)
from checker.document import Document


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in analyse(text).mentions]


def test_document_caches_the_analysis() -> None:
    doc = Document("Mr. Kim arrived.")
    assert doc.mentions is doc.mentions
    assert [m.text for m in doc.mentions.people] == ["Mr. Kim"]


def test_titled_name_has_name_span_title_and_gender() -> None:
    text = "Ukrainian President Volodymyr Zelensky spoke. Later Mrs. Okafor left."
    found = analyse(text)
    zelensky, okafor = found.people
    assert zelensky.text == "Ukrainian President Volodymyr Zelensky"
    assert zelensky.name == "Volodymyr Zelensky"
    assert text[zelensky.name_start : zelensky.name_end] == "Volodymyr Zelensky"
    assert zelensky.title == "President"
    assert (zelensky.gender, zelensky.evidence) == (MALE, "given-name")
    assert (okafor.name, okafor.title, okafor.gender, okafor.evidence) == (
        "Okafor",
        "Mrs.",
        FEMALE,
        "title",
    )


def test_a_later_title_gives_the_full_name_its_gender() -> None:
    found = analyse("Volodymyr Zelensky posted a video. Mr. Zelensky then spoke.")
    first = found.mentions[0]
    assert (first.name, first.kind, first.gender, first.evidence) == (
        "Volodymyr Zelensky",
        PERSON,
        MALE,
        "name",
    )


def test_two_people_with_one_surname_share_no_gender() -> None:
    found = analyse("Kim Jong-un met Kim Yo-jong. Ms. Kim said nothing.")
    assert [m.gender for m in found.mentions[:2]] == [None, None]


def test_role_and_gendered_nouns() -> None:
    found = analyse("The interpreter met the mother of a soldier and two farmers.")
    people = [(m.text, m.gender, m.evidence, m.plural) for m in found.people]
    assert people == [
        ("The interpreter", None, None, False),
        ("the mother", FEMALE, "noun", False),
        ("a soldier", None, None, False),
        ("two farmers", None, None, True),
    ]


def test_apposition_shares_the_stated_gender() -> None:
    found = analyse("Mrs. Okafor, the new mayor, met the press.")
    mayor = found.mentions[1]
    assert (mayor.text, mayor.gender) == ("the new mayor", FEMALE)


def test_non_persons() -> None:
    assert kinds("North Korea, the U.S. and Pyongyang met NATO and the company.") == [
        ("North Korea", COUNTRY),
        ("the U.S", COUNTRY),
        ("Pyongyang", CITY),
        ("NATO", ORGANISATION),
        ("the company", INSTITUTION),
    ]


def test_demonym_before_a_noun() -> None:
    assert kinds("The North Korean government thanked a Korean interpreter.") == [
        ("The North Korean government", INSTITUTION),
        ("a Korean interpreter", PERSON),
    ]


def test_organisation_by_its_last_word() -> None:
    found = analyse("South Korea’s National Intelligence Service told lawmakers.")
    assert [(m.text, m.kind, m.possessive) for m in found.mentions[:2]] == [
        ("South Korea", COUNTRY, True),
        ("National Intelligence Service", ORGANISATION, False),
    ]


def test_unknown_names_and_person_context() -> None:
    found = analyse("Choe Sang-Hun visited Seoul. Later Kang Dong said it was over.")
    assert [(m.name, m.kind) for m in found.names] == [
        ("Choe Sang-Hun", NAME),
        ("Kang Dong", PERSON),
    ]


def test_name_particles_belong_to_the_name() -> None:
    found = analyse("They met Ursula von der Leyen in Brussels.")
    assert found.names[0].name == "Ursula von der Leyen"


def test_place_that_is_also_a_given_name_is_ambiguous() -> None:
    jordan = analyse("Jordan scored 30 points.").mentions[0]
    assert jordan.kind == COUNTRY and jordan.ambiguous and jordan.animate
    assert not jordan.nonperson


def test_calendar_words_and_sentence_openers_are_not_names() -> None:
    assert analyse("Lying in bed on Jan. 3, the soldier waited.").names == []


def test_possible_people_and_vessels() -> None:
    assert kinds("Someone saw one of the prisoners and a retired plumber on the ferry.") == [
        ("Someone", POSSIBLE),
        ("one", POSSIBLE),
        ("the prisoners", PERSON),
        ("a retired plumber", POSSIBLE),
        ("the ferry", VESSEL),
    ]


def test_words_that_only_look_like_people() -> None:
    text = (
        "It is one of the largest countries. Another election is due. The general election "
        "and her national disaster plan were discussed, and he wants to coach a team."
    )
    assert [m.text for m in analyse(text).mentions if m.animate] == []


def test_noun_modifying_a_noun_is_a_modifier() -> None:
    found = analyse("The spy agency met a North Korea specialist.")
    assert [(m.kind, m.modifier) for m in found.mentions] == [
        (INSTITUTION, False),  # The spy agency ("The spy", which only begins it, is no one)
        (COUNTRY, True),  # North Korea
        (PERSON, False),  # specialist
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the name after a person's complement is the person's
        ("A professor at the university, Marek Lis, spoke.", PERSON),
        ("The director of the bank, Peter Holm, spoke.", PERSON),
        # the name after the firm it names is the firm
        ("The firm bought the company, Rheinwerk, in May.", ORGANISATION),
    ],
)
def test_a_name_after_a_complement_of_a_person_is_no_firm(text: str, kind: str) -> None:
    (named,) = [m for m in analyse(text).mentions if m.name_start >= 0]
    assert named.kind == kind


def test_person_that_only_begins_a_longer_mention_is_no_one() -> None:
    found = analyse(
        "The secretary general of the League spoke. Two of the member states objected. "
        "The secretary met her."
    )
    assert [m.text for m in found.mentions if m.animate and not m.plural] == [
        "The secretary general",
        "The secretary",  # alone, a person
    ]


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("They saw her.", OBJECT),
        ("They saw her at home.", OBJECT),
        ("The loss of her soldiers hurt.", POSSESSIVE),
        ("Her army retreated.", POSSESSIVE),
        ("They protect her steel.", POSSESSIVE_OR_OBJECT),
        ("They protect her industry.", POSSESSIVE),
        ("He left.", SUBJECT),
        ("The company presented herself.", REFLEXIVE),
    ],
)
def test_pronoun_case(text: str, case: str) -> None:
    (pronoun,) = analyse(text).pronouns
    assert pronoun.case == case


def test_pronoun_flags() -> None:
    text = (
        "“She is the best ship,” he said. Each student sends his or her form. "
        "The firm, which she leads, said that he would go. He Lifeng met Her Majesty."
    )
    found = analyse(text)
    flags = [
        (p.text, p.in_quote, p.generic, p.speech_tag, p.after_relative, p.after_speech_verb)
        for p in found.pronouns
    ]
    assert flags == [
        ("She", True, False, False, False, False),
        ("he", False, False, True, False, False),
        ("his", False, True, False, False, False),
        ("her", False, True, False, False, False),
        ("she", False, False, False, True, False),
        ("he", False, False, False, False, True),
    ]


def test_subject_of_each_sentence() -> None:
    text = "On Monday, the ministry refused. South Korea’s spy agency agreed. She left."
    found = analyse(text)
    assert [m.text for m in found.subjects.values()] == ["the ministry", "spy agency"]
    assert found.pronouns[0].opens_clause


def test_pronoun_evidence_for_the_only_candidate() -> None:
    soldier = analyse("A young soldier says he did not know.").mentions[0]
    assert (soldier.gender, soldier.evidence) == (MALE, "pronoun")


def test_first_or_second_person_outside_quotations() -> None:
    assert not analyse("“I know,” she said.").first_or_second_person
    assert analyse("I met her.").first_or_second_person


def test_headings_and_sentence_lookup() -> None:
    text = "Pyongyang silent\n\nNorth Korea said nothing. It waited."
    found = analyse(text)
    assert found.heading_sentences == frozenset({0})
    assert found.sentence_at(text.index("It")) == 2


def test_seed_article_people_and_places() -> None:
    from pathlib import Path

    text = (Path(__file__).parents[2] / "fixtures/articles/nk-soldiers.txt").read_text()
    found = analyse(text)
    names = {m.name for m in found.names}
    assert {"Volodymyr Zelensky", "Zelensky", "Kim Jong-un", "Choe Sang-Hun"} <= names
    she = next(p for p in found.pronouns if p.text == "She")
    subject = found.subjects[she.sentence - 1]
    assert (subject.text, subject.kind) == ("North Korea", COUNTRY)


def test_given_name_is_weak_gender_evidence() -> None:
    found = analyse("Angela Merkel spoke first. Then Merkel left.")
    assert [(m.gender, m.evidence) for m in found.mentions] == [
        (FEMALE, "given-name"),
        (FEMALE, "given-name"),
    ]


def test_title_links_to_the_full_name_it_ends() -> None:
    found = analyse("Willem de Vries spoke first. Mr. de Vries then left.")
    assert [(m.name, m.gender, m.evidence) for m in found.mentions] == [
        ("Willem de Vries", MALE, "name"),
        ("de Vries", MALE, "title"),
    ]


def test_apposition_across_a_short_phrase_and_an_age() -> None:
    found = analyse(
        "A lawyer for Greenpeace, Ms. Visser, spoke. Then Ana Ruiz, 64, a retired baker, left."
    )
    genders = {m.text: m.gender for m in found.mentions if m.animate}
    assert genders["A lawyer"] == FEMALE
    assert genders["a retired baker"] == FEMALE


def test_names_of_things_by_apposition() -> None:
    text = (
        "The chemical company Rheinwerk grew. Veltrix, a French start-up, said it would hire. "
        "Rheinwerk and Veltrix said so."
    )
    found = analyse(text)
    assert [m.kind for m in found.names] == [ORGANISATION] * 4


def test_unknown_names_used_as_places_are_not_people() -> None:
    found = analyse("Two people were missing near Valdora. The Gard was flooded.")
    assert [(m.name, m.kind, m.animate) for m in found.names] == [
        ("Valdora", "place", False),
        ("Gard", "place", False),
    ]


def test_quantifiers_and_reported_questions() -> None:
    found = analyse("Everyone knew him. The party has not said what she wants.")
    assert found.mentions[0].head == "everyone"
    assert found.pronouns[1].after_speech_verb and not found.pronouns[1].after_relative


def test_a_reported_question_after_the_plain_form_of_a_reporting_verb() -> None:
    # "specified" is a reporting verb, so "did not specify how she" reports a question.
    found = analyse("The party did not specify how she would pay.")
    assert found.pronouns[0].after_speech_verb
    # Okay: a verb that reports nothing ("did not grow") and a short word ("led").
    assert not analyse("The party did not grow when she arrived.").pronouns[0].after_speech_verb
    assert not analyse("The party did not le how she would pay.").pronouns[0].after_speech_verb


def test_institution_of_place_and_place_of_name() -> None:
    found = analyse(
        "The Ministry of Defence and the Republic of Korea met farmers near the town of Sorriso."
    )
    assert [(m.text, m.kind) for m in found.mentions if m.name_start >= 0 or m.kind != PERSON] == [
        ("The Ministry of Defence", ORGANISATION),
        ("the Republic of Korea", COUNTRY),
        ("the town", INSTITUTION),
        ("Sorriso", "place"),
    ]


def test_copula_complement_is_not_a_new_person() -> None:
    found = analyse("Brazil is the world’s largest exporter of coffee.")
    assert [m.kind for m in found.mentions] == [COUNTRY]


def test_mentions_inside_a_quotation_before_a_speech_tag_are_quoted() -> None:
    found = analyse('Mr. Feld was firm. "We will support every employee," she said.')
    quoted = {m.text: m.in_quote for m in found.mentions}
    assert quoted == {"Mr. Feld": False, "every employee": True}
    (pronoun,) = found.pronouns
    assert pronoun.speech_tag and not pronoun.in_quote


def test_a_definite_role_noun_repeats_the_person_of_that_role() -> None:
    found = analyse(
        "The minister, Anna Nowak, visited the villages. The minister said the state would pay."
    )
    second = [m for m in found.mentions if m.text == "The minister"][1]
    assert (second.gender, second.evidence) == (FEMALE, "given-name")
    # Two ministers of different genders: the role alone says nothing.
    found = analyse("The minister, Anna Nowak, met the minister, Mr. Lund. The minister said no.")
    assert [m.gender for m in found.mentions if m.text == "The minister"][-1] is None


def test_capitalised_words_before_a_title_belong_to_the_titled_name() -> None:
    found = analyse("Health Minister Anna Nowak visited the hospital.")
    (person,) = found.people
    assert (person.text, person.name, person.title) == (
        "Health Minister Anna Nowak",
        "Anna Nowak",
        "Minister",
    )
    assert person.gender == FEMALE


def test_foreign_titles_state_a_gender() -> None:
    for text, gender in (("Señora Pérez runs the shop.", FEMALE), ("Herr Weber left.", MALE)):
        (person,) = analyse(text).people
        assert (person.gender, person.evidence) == (gender, "title")


def test_a_name_between_the_and_an_institution_noun_modifies_it() -> None:
    found = analyse("The Varese club confirmed the signing.").mentions
    assert [(m.text, m.kind, m.modifier) for m in found] == [
        ("The Varese", ORGANISATION, True),
        ("The Varese club", INSTITUTION, False),
    ]


def test_an_acronym_opens_a_name_and_an_institution_noun_makes_it_an_organisation() -> None:
    assert ("IG Metall", ORGANISATION) in kinds("The union IG Metall called a strike.")


def test_a_clause_after_a_colon_or_semicolon_is_a_new_main_clause() -> None:
    (pronoun,) = analyse("The company refused: he wants to move.").pronouns
    assert pronoun.after_conjunction and not pronoun.after_relative


def test_a_country_ending_in_ly_opens_its_sentence_as_a_name_not_an_adverb() -> None:
    found = analyse("Italy has closed its ports.")
    first = found.mentions[0]
    assert (first.text, first.kind, first.subject) == ("Italy", COUNTRY, True)
    found = analyse("Finally, the minister resigned.")
    assert [(m.text, m.subject) for m in found.mentions] == [("the minister", True)]


def test_a_name_followed_by_which_is_a_thing() -> None:
    found = analyse("Real Madrid, which owns the stadium, declined to comment.")
    assert found.mentions[0].text == "Real Madrid"
    assert found.mentions[0].kind == ORGANISATION


def test_hard_wrapped_lines_read_as_one_paragraph() -> None:
    text = (
        "Real Madrid, which owns several buildings near the stadium, declined to comment. The\n"
        "Madrid club said only that his lawyers were studying the text of the new decree.\n"
        "\nThe league has not commented.\n"
    )
    assert ("The Madrid club", INSTITUTION) in kinds(text)
    assert [p.case for p in analyse(text).pronouns] == [POSSESSIVE]


def test_a_name_inside_a_role_is_no_person_and_the_role_takes_the_apposed_gender() -> None:
    found = analyse("The decree was signed by the Minister of Justice, Carlo Nordio, on Monday.")
    role, office, person = (m for m in found.mentions if m.text != "The decree")
    assert (role.text, role.gender) == ("the Minister", "male")
    assert (office.text, office.kind, office.animate) == ("Justice", ORGANISATION, False)
    assert (person.text, person.gender) == ("Carlo Nordio", "male")


def test_a_name_before_a_role_noun_with_a_modifier_stays_a_person() -> None:
    found = analyse("Sanna Marin, the party leader, said she would vote.")
    assert (found.mentions[0].text, found.mentions[0].kind) == ("Sanna Marin", PERSON)


def test_a_title_does_not_give_its_gender_to_a_full_name_with_a_given_name_of_the_other() -> None:
    found = analyse("Mr. Lee left the company. Sharon Lee, the union's president, spoke.")
    lee = next(m for m in found.mentions if m.text == "Sharon Lee")
    assert (lee.kind, lee.gender) == (PERSON, "female")


def test_a_bare_role_before_a_name_is_the_same_person() -> None:
    found = analyse("Kremlin spokesman Dmitry Peskov spoke.")
    assert [(m.text, m.gender) for m in found.mentions if m.kind == PERSON] == [
        ("spokesman", "male"),
        ("Dmitry Peskov", "male"),
    ]


def _kinds_of(found: Mentions, text: str) -> set[str]:
    return {m.kind for m in found.mentions if m.text.endswith(text)}


def test_a_name_whose_clause_calls_it_its_is_an_organisation() -> None:
    found = analyse("Norvexa raised its targets on Monday. Norvexa said the fields were rich.")
    assert _kinds_of(found, "Norvexa") == {ORGANISATION}


def test_a_name_opening_with_a_country_is_an_organisation() -> None:
    found = analyse("France Telecom sold the unit. Analysts praised France Telecom.")
    assert _kinds_of(found, "France Telecom") == {ORGANISATION}


def test_the_name_before_an_institution_noun_is_an_organisation() -> None:
    found = analyse("Analysts praised the Rheinwerk consortium. Rheinwerk lost the bid.")
    assert _kinds_of(found, "Rheinwerk") == {ORGANISATION}


def test_the_surname_of_a_named_person_stays_a_person() -> None:
    found = analyse(
        "Jason Robinson led the side. Robinson, a former rugby league international, scored twice."
    )
    assert ORGANISATION not in _kinds_of(found, "Robinson")


def test_a_place_that_is_a_given_name_is_the_place_after_in_or_its_demonym() -> None:
    found = analyse("India imports oil. Prices rose in India.")
    assert all(not m.ambiguous for m in found.mentions if m.text == "India")
    found = analyse("Indian firms want fuel. India imports oil.")
    assert all(not m.ambiguous for m in found.mentions if m.text == "India")
    found = analyse("Michael Jordan scored in Chicago. Jordan smiled.")
    # The person the text named, not the place (mention_identity).
    assert all(m.animate and not m.nonperson for m in found.mentions if m.text == "Jordan")


def test_given_names_from_birth_counts_give_a_weak_gender() -> None:
    found = analyse("Jennifer Capriati won in Melbourne. Capriati was tired.")
    (first, second) = [m for m in found.mentions if m.text.endswith("Capriati")]
    assert (first.gender, first.evidence) == (FEMALE, "given-name")
    assert second.gender == FEMALE


def test_the_pronouns_bound_to_a_name_give_it_a_gender() -> None:
    found = analyse(
        "Hailey wrote novels. He moved to Canada. Hailey sold the rights. He kept writing. "
        "Hailey died in 2004."
    )
    hailey = [m for m in found.mentions if m.text == "Hailey"]
    assert {m.gender for m in hailey} == {MALE}
    assert "pronouns" in {m.evidence for m in hailey}


def test_a_common_noun_subject_known_to_wordnet_as_an_organisation() -> None:
    found = analyse("The orchestra said she would tour in June.")
    subject = found.subjects[0]
    assert (subject.text, subject.kind, subject.evidence) == (
        "The orchestra",
        INSTITUTION,
        "wordnet",
    )
    # A document is no speaker: "the report says he" is about someone else.
    assert 0 not in analyse("The report says he was replaced.").subjects


def test_a_thing_noun_before_an_organisation_noun_modifies_it() -> None:
    # "pharmaceutical" (a drug to WordNet) qualifies the head "laboratory".
    found = analyse("The pharmaceutical laboratory said that his plant would close.")
    assert found.subjects[0].text == "The pharmaceutical laboratory"
    # Okay: a person noun after the thing is the head ("The drug dealer said he"): the
    # subject is no non-person.
    dealer = analyse("The drug dealer said that his car was stolen.").subjects[0]
    assert (dealer.text, dealer.nonperson) == ("The drug dealer", False)


def test_capitalised_words_that_are_no_person() -> None:
    # A compound with a lower-case tail is an adjective, not a name.
    assert kinds("Scandal-hit Kessel Oil has sold its unit.") == [("Kessel Oil", ORGANISATION)]
    # A name before a role noun qualifies the role: the champion is the person.
    olympic = analyse("He beat former Olympic champion Kessel in the final.").mentions[0]
    assert (olympic.text, olympic.modifier) == ("Olympic", True)
    # The director's name, not the bank's; a name apposed to the bank itself is the bank's.
    assert kinds("The director of the bank, Peter Holm, presented the results.")[2] == (
        "Peter Holm",
        PERSON,
    )
    assert kinds("The bank, Holmgren, presented the results.")[1] == ("Holmgren", ORGANISATION)


def test_a_preposition_types_a_place_only_right_before_the_name() -> None:
    assert kinds("He lives in Kessel.") == [("Kessel", PLACE)]
    assert kinds("In 2003, Kessel was jailed.") == [("Kessel", NAME)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Rail strike\n\nLYON — The rail operator said on Monday it would cut fares.",
            "The rail operator",
        ),
        ("Founded in 1890, the club has won the title.", "the club"),
        ("Facing heavy losses, the carmaker closed two plants.", "the carmaker"),
    ],
)
def test_subject_after_a_dateline_or_a_participle_clause(text: str, subject: str) -> None:
    found = analyse(text)
    assert [m.text for m in found.subjects.values()][-1] == subject


def test_a_dateline_is_in_capitals() -> None:
    # (the dateline test stops at a lower-case second character: Lyon is the subject)
    found = analyse("Rail strike\n\nLyon — The rail operator said on Monday it would cut fares.")
    assert [m.text for m in found.subjects.values()] == ["Lyon"]


def test_generic_pronouns_found_when_the_first_pronoun_is_one() -> None:
    # (the generic "he or she" is searched for at the first pronoun read)
    found = analyse("Each student sends his or her form. He left.")
    assert [(p.text, p.generic) for p in found.pronouns] == [
        ("his", True),
        ("her", True),
        ("He", False),
    ]


def test_no_participle_clause_in_a_word_ending_in_thing() -> None:
    found = analyse("Nothing happened, she said.")
    assert not found.pronouns[0].opens_clause


def test_roles_joined_by_and_in_one_apposition_share_the_gender() -> None:
    found = analyse("Ortiz, a former judge and the mother of two, ran the inquiry.")
    by_text = {m.text: m for m in found.mentions}
    assert by_text["Ortiz"].gender == FEMALE
    assert by_text["a former judge"].gender == FEMALE
    # Two people named one after the other are not one apposition.
    found = analyse("Ortiz met a judge and the mother of the victim.")
    assert {m.text: m for m in found.mentions}["Ortiz"].gender is None


def test_a_run_opening_with_a_saint_prefix_is_a_place() -> None:
    found = analyse("The abbot of San Pietro Vecchio blessed the bells.")
    assert kinds("The abbot of San Pietro Vecchio blessed the bells.")[-1] == (
        "San Pietro Vecchio",
        PLACE,
    )
    assert all(m.gender is None for m in found.mentions if m.text == "San Pietro Vecchio")


def test_a_headline_name_takes_no_gender_from_the_first_pronoun() -> None:
    found = analyse("Harbour of Velmora reopens\n\nThe harbour reopened her gates on Monday.")
    (name,) = [m for m in found.mentions if m.text == "Velmora"]
    assert name.gender is None


def test_a_name_after_a_common_noun_for_a_thing_is_an_organisation() -> None:
    text = "The winemaker of the family estate Podere Lune spoke. Podere Lune grew."
    assert [k for t, k in kinds(text) if t == "Podere Lune"] == [ORGANISATION, ORGANISATION]
    # A person's role, a ship, or a preposition before the name: no thing.
    assert ("Marco Pellegrini", ORGANISATION) not in kinds("The striker Marco Pellegrini scored.")
    assert ("Aurora Star", ORGANISATION) not in kinds("The tanker Aurora Star ran aground.")
    assert ("Lleyton Hewitt", ORGANISATION) not in kinds(
        "The key moment came before Lleyton Hewitt served."
    )


def test_a_name_ending_in_a_club_or_company_form_is_an_organisation() -> None:
    assert kinds("Deportivo Arenal CF won again.")[0] == ("Deportivo Arenal CF", ORGANISATION)
    assert kinds("Kestrel Marine ASA cut jobs.")[0] == ("Kestrel Marine ASA", ORGANISATION)


def test_a_common_word_opening_a_sentence_before_an_apposed_role_is_a_name() -> None:
    found = analyse(
        "Morel, a pilot on the A320 for 18 years and the mother of two, backed the strike."
    )
    by_text = {m.text: m for m in found.mentions}
    assert by_text["Morel"].gender == FEMALE
    # No role after the comma: the common word stays a word.
    quiet = analyse("Published, the report said little.")
    assert "Published" not in {m.text for m in quiet.mentions}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ('"The company has doubled his profits," he said.', "The company"),
        # a subject after "and", "but" in the quoted clause
        ('"The government arrived with a good record, but she failed," he said.', "The government"),
        # the longest mention at the quotation's start
        (
            '"The state government has a seat, and she must use it," he said.',
            "The state government",
        ),
        # a person in the quoted clause before the pronoun may be meant
        ('"The club signed Mr. Rossi, and he scored twice," she said.', None),
    ],
)
def test_a_quoted_clause_opening_with_a_thing_holds_its_pronouns(
    text: str, subject: str | None
) -> None:
    first = analyse(text).pronouns[0]
    assert (first.quote_subject.text if first.quote_subject else None) == subject


def test_a_korean_name_is_its_family_name_first() -> None:
    found = analyse(
        "The labour minister, Lee Jung-hee, met the union. Ms. Lee said the talks would go on."
    )
    assert [(m.text, m.gender) for m in found.mentions if m.kind == PERSON][:2] == [
        ("The labour minister", "female"),
        ("Lee Jung-hee", "female"),
    ]
    # A hyphenated family name is no given name: Anna Kowalska-Nowak is not Ms. Anna.
    found = analyse("Anna Kowalska-Nowak spoke. Mr. Anna said nothing.")
    assert found.mentions[0].evidence != "name"


@pytest.mark.parametrize(
    "text",
    ["The firm said it was not the employer.", "Ms. Roux is also the director of the school."],
)
def test_a_role_noun_after_a_copula_and_an_adverb_is_the_subject_again(text: str) -> None:
    assert [m.head for m in analyse(text).mentions if m.kind == PERSON and m.name_start < 0] == []


def test_a_plural_possessor_before_a_noun_leaves_the_noun_its_subject() -> None:
    found = analyse("The metalworkers' union IG Metall criticised the decision. She left.")
    assert found.subjects[0].text == "union"
    assert [m.kind for m in found.mentions if m.text == "IG Metall"] == [ORGANISATION]


def test_one_she_does_not_make_a_spokesman_a_woman() -> None:
    found = analyse("The talks failed. A spokesman, Jang Dong-wook, said that she would wait.")
    assert [(m.text, m.gender) for m in found.mentions if m.kind == PERSON] == [
        ("A spokesman", None),
        ("Jang Dong-wook", None),
    ]
    # a spokeswoman is a woman, a chairman may be called "he"
    found = analyse("The talks failed. The chairman said that he would wait.")
    assert [(m.text, m.gender) for m in found.mentions if m.kind == PERSON] == [
        ("The chairman", "male")
    ]


def test_a_mention_with_its_own_determiner_after_other_words_is_no_subject() -> None:
    found = analyse("The cancellation hits hardest the local soldier. She had trained for years.")
    subject = found.subjects.get(0)
    assert subject is None or subject.text != "the local soldier"
    # Okay: adjectives before the subject's noun.
    found = analyse("The young soldier won the medal. She smiled.")
    assert found.subjects[0].text == "The young soldier"


def test_a_thing_is_no_subject_for_a_pronoun_that_continues_one_of_its_sentence() -> None:
    found = analyse("The memoir ends with the news reaching her office. She recalls the day.")
    assert 0 not in found.subjects
    # Okay: with no pronoun of that gender in it, the thing is the subject.
    found = analyse("The orchestra was founded in 1882. She tours every year.")
    assert found.subjects[0].text == "The orchestra"


def test_a_name_after_of_and_a_noun_of_a_place_is_a_place() -> None:
    found = analyse("He spoke at the village square of Camlihemsin on Sunday.")
    assert _kinds_of(found, "Camlihemsin") == {PLACE}
    # Okay: after a person's noun it is no place.
    found = analyse("He met the wife of Okonkwo on Sunday.")
    assert PLACE not in _kinds_of(found, "Okonkwo")


def test_a_name_with_a_noun_of_a_place_after_it_is_that_place() -> None:
    found = analyse("Guangdong province, where most producers are, exported drones last year.")
    assert found.subjects[0].text == "Guangdong province"
    assert found.subjects[0].nonperson
    # Okay: a name before a role noun is the role's (Chelsea striker), no place.
    found = analyse("Chelsea striker Marco Rossi scored twice.")
    assert all(m.kind != "region" for m in found.mentions)


def test_a_proper_adjective_after_a_possessive_is_no_one() -> None:
    found = analyse("The city is known for its old Zoroastrian fire temple. She grew.")
    (name,) = [m for m in found.mentions if m.text == "Zoroastrian"]
    assert name.modifier and name.gender is None
    # Okay: a name after a role noun is a person.
    found = analyse("He met his old friend Okonkwo yesterday. He said so.")
    (name,) = [m for m in found.mentions if m.name == "Okonkwo"]
    assert not name.modifier


def test_a_name_after_a_role_noun_is_a_person_even_ending_in_a_place() -> None:
    found = analyse("The analyst Li Wei said the shares were cheap.")
    assert ORGANISATION not in {m.kind for m in found.mentions}
    # Okay: a name ending in a place with no role before it is an organisation.
    found = analyse("Statistics Korea said exports rose.")
    assert _kinds_of(found, "Statistics Korea") == {ORGANISATION}


def test_a_common_word_opening_a_sentence_with_a_firm_in_apposition_is_a_name() -> None:
    found = analyse("PARIS — Lumina, a French start-up, raised money. Lumina said it would hire.")
    assert _kinds_of(found, "Lumina") == {ORGANISATION}
    # Okay: a common word opening a sentence alone is no name.
    found = analyse("The firm grew. Lumina are units of light.")
    assert not [m for m in found.mentions if m.text == "Lumina"]


@pytest.mark.parametrize(
    "text",
    [
        "The Fund for Peace said it would publish the index.",
        "The Society for the Protection of Nature said it would sue.",
    ],
)
def test_a_name_ending_an_institution_name_is_no_person_before_a_speech_verb(text: str) -> None:
    found = kinds(text)
    assert all(kind != PERSON for _, kind in found)
    assert found[0][1] == ORGANISATION


@pytest.mark.parametrize(
    "text",
    [
        # Okay: the name after "of" follows a person, or a lower-case word.
        "The daughter of Kim Lee said she would appeal.",
        "A friend of Tomasz Lis said he would appeal.",
    ],
)
def test_a_name_after_of_following_no_institution_keeps_its_speech_verb(text: str) -> None:
    assert (text.split(" of ")[1].split(" said")[0], PERSON) in kinds(text)


def test_one_of_after_a_copula_is_the_subject_again() -> None:
    found = kinds("Ms Park is one of the few women to run a yard of this size.")
    assert [kind for _, kind in found].count(POSSIBLE) == 0
    # Okay: "one of" as an object is someone.
    assert ("one", POSSIBLE) in kinds("The firm hired one of the engineers in May.")


def test_a_role_after_as_a_is_no_one_new() -> None:
    found = kinds("Mori has one son, who works as a doctor in Kobe.")
    assert ("a doctor", PERSON) not in found
    assert ("one son", PERSON) in found
    # Okay: a role noun with an article elsewhere is someone.
    assert ("a doctor", PERSON) in kinds("Mori met a doctor in Kobe.")
    # Okay: with no one named before it, the role may be the only trace of a person.
    assert ("an economist", PERSON) in kinds("Trained as an economist in Lima, took office.")


@pytest.mark.parametrize(
    ("text", "gender"),
    [("The mother-of-two said it was over.", FEMALE), ("The father-of-three left.", MALE)],
)
def test_a_compound_with_of_is_its_first_noun(text: str, gender: str) -> None:
    (person,) = analyse(text).mentions
    assert (person.kind, person.gender) == (PERSON, gender)


def test_a_thing_after_its_opening_the_sentence_before_a_pronoun_is_its_subject() -> None:
    found = analyse("The museum was cautious. Its directorate issued a note. She wrote it.")
    subject = found.subjects.get(1)
    assert subject is not None and (subject.text, subject.kind) == ("Its directorate", INSTITUTION)
    # Okay: a person after "Its" is no thing.
    found = analyse("The museum was cautious. Its director issued a note. She wrote it.")
    subject = found.subjects.get(1)
    assert subject is None or subject.kind != INSTITUTION


def test_the_last_noun_of_a_thing_subject_s_phrase_is_its_head() -> None:
    # "old" is a noun to WordNet too; the phrase ends at the comma or before the copula.
    for text in (
        "The old bridge, built in 1967, was a symbol. He is long.",
        "The old bridge was built in 1967. He is long.",
    ):
        subject = analyse(text).subjects[0]
        assert (subject.text, subject.head) == ("The old bridge", "bridge")
    # Okay: a word after the noun that may be a verb is no head ("The bridge cost").
    subject = analyse("The bridge cost 200 million euros. He is long.").subjects[0]
    assert (subject.text, subject.head) == ("The bridge", "bridge")
