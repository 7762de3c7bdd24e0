"""Name variants (checker.analysis.name_variants): keys, groups and evidence."""

from __future__ import annotations

import pytest

from checker.analysis import name_variants
from checker.analysis.names import analyze_names
from checker.document import Document


def test_shared_keys_are_the_keys_of_two_spellings() -> None:
    spellings = {"Zelensky", "Zelenskyy", "Kim", "Jong-un", "Jong Un", "Lee"}
    shared = name_variants._shared_keys(spellings)
    assert shared == {"zelensky", "jongun"}


def test_run_pairs_skip_titles_and_gaps() -> None:
    doc = Document("He met Mr. Kim Jong Un and President Moon Jae-in’s aide, Seoul.")
    runs = analyze_names(doc).long_runs
    assert name_variants._run_pairs(doc.text, runs) == [["Kim Jong", "Jong Un"], ["Moon Jae-in"]]


def kinds(text: str) -> list[tuple[str, str, str, bool]]:
    doc = Document(text)
    return [(v.found, v.expected, v.kind, v.strong) for v in name_variants.name_variants(doc)]


def test_each_kind_of_variant_has_its_key() -> None:
    assert kinds("Mr. Erdoğan met Mr. Erdoğan's aide, then Mr. Erdogan flew home.") == [
        ("Erdogan", "Erdoğan", name_variants.FORM, True)
    ]
    assert kinds("The talks with Xi Jinping and Xi Jinping ended, and then Jinping Xi left.") == [
        ("Jinping Xi", "Xi Jinping", name_variants.ORDER, True)
    ]
    assert kinds("Labour MP Alan Johnson spoke, but Johnso refused.") == [
        ("Johnso", "Johnson", name_variants.FINAL, True)
    ]
    assert kinds("Tennis star Andy Roddick won, and then Rodick lost.") == [
        ("Rodick", "Roddick", name_variants.DOUBLED, True)
    ]


def test_transliterated_scripts_share_the_form_key() -> None:
    assert name_variants.strict_key("Зеленский") == name_variants.strict_key("Zelenskiy")


def test_a_doubled_letter_alone_without_evidence_is_weak() -> None:
    # Neither spelling follows a given name: worth a look only.
    assert kinds("We met Hassan on Monday, and then Hasan on Tuesday.") == [
        ("Hasan", "Hassan", name_variants.DOUBLED, False)
    ]


def test_a_doubled_letter_alone_that_speaks_is_the_family_names() -> None:
    # A family name of a full name (the word before it no known given name), written
    # more often: a spelling alone that speaks as a person is that person's.
    text = (
        "The director Romeo Castellucci came. Castellucci rehearsed. "
        "“It is silence,” explained Castelluci at the end."
    )
    assert kinds(text) == [("Castelluci", "Castellucci", name_variants.DOUBLED, True)]
    # Not when it does not speak, nor against a spelling that is no family name.
    text = "The director Romeo Castellucci came. Castellucci rehearsed. Castelluci left."
    assert kinds(text) == [("Castelluci", "Castellucci", name_variants.DOUBLED, False)]
    text = "We met Hassan on Monday and Hassan again. “No,” said Hasan later."
    assert kinds(text) == [("Hasan", "Hassan", name_variants.DOUBLED, False)]


def test_two_people_and_a_given_name_of_its_own_are_no_variants() -> None:
    assert kinds("Shaun Maloney scored, and Malone, the keeper, was beaten.") == []
    assert kinds("Daniel Ortega met Daniela Ortega, and then Daniel left.") == []
    assert kinds("Paris Hilton stayed at the Hilton Paris, and Paris Hilton left.") == []


def test_one_edit_after_the_same_given_name_is_a_surname_variant() -> None:
    text = "Elliot Spitzer sued. Then Elliot Spitzer left, and Elliot Spitser came back."
    assert kinds(text) == [("Elliot Spitser", "Elliot Spitzer", name_variants.SURNAME, True)]
    # An ending added is no edit of a surname: a plural, a demonym.
    assert kinds("Billy Elliot opened. Billy Elliot won, and two Billy Elliots sang.") == []


def test_a_feminine_surname_is_no_final_letter_variant() -> None:
    assert kinds("Ivan Petrov and his wife Anna Petrova came, and Petrov left.") == []


def test_a_sentence_initial_spelling_is_a_variant_by_its_letters() -> None:
    # A sentence's first word proves no capital, but its letters are the name's.
    assert kinds("The minister Agnieszka Wójcik spoke. Wojcik said no.") == [
        ("Wojcik", "Wójcik", name_variants.FORM, True)
    ]
    # Case alone at a sentence start (a heading's title case) is no variant.
    assert kinds("The minister Agnieszka Wójcik spoke. WÓJCIK said no.") == []


def test_a_family_name_alone_one_transliteration_edit_from_an_introduced_one() -> None:
    text = "The minister Olena Kovalenko spoke on Monday. Later Kovalenco said no."
    assert kinds(text) == [("Kovalenco", "Kovalenko", name_variants.ALONE, True)]
    # Any other edit is worth a look only: two people may differ by one letter.
    text = "The prop Marcus Horgan scored. The team: Sheahan, Horan, O'Callaghan."
    assert kinds(text) == [("Horan", "Horgan", name_variants.ALONE, False)]


def test_a_family_name_alone_that_speaks_is_the_introduced_persons() -> None:
    # Any one edit is strong when the spelling alone speaks as a person: a reporting verb
    # right after it, or right before it after a quotation.
    text = "The economist Petra Kowalczyk spoke. Later Kowalczik replied in an article."
    assert kinds(text) == [("Kowalczik", "Kowalczyk", name_variants.ALONE, True)]
    text = "The analyst Javier Hurtado spoke. “Markets wait,” explained Hurtardo on radio."
    assert kinds(text) == [("Hurtardo", "Hurtado", name_variants.ALONE, True)]
    # A source of a report: "according to" before it and a comma after it.
    text = "The founder Adebayo Ogunleye spoke. According to Ogunleyi, the fee is zero."
    assert kinds(text) == [("Ogunleyi", "Ogunleye", name_variants.ALONE, True)]
    text = "The prop Marcus Horgan scored. According to Horan and the coach, he was fit."
    assert kinds(text) == [("Horan", "Horgan", name_variants.ALONE, False)]
    # A reporting verb without a quotation before the name is no speech tag.
    text = "The prop Marcus Horgan scored. The coach said Horan was injured."
    assert kinds(text) == [("Horan", "Horgan", name_variants.ALONE, False)]


def test_a_family_name_alone_after_its_particle() -> None:
    # "Al Suweidi" is the family name alone (the particle is part of it), not a given name.
    text = "The director Mariam Al Suwaidi spoke. Al Suweidi said the port would grow."
    assert kinds(text) == [("Suweidi", "Suwaidi", name_variants.ALONE, True)]
    # Another capitalised word before it is another given name: maybe another person.
    text = "The director Mariam Al Suwaidi spoke. Omar Suweidi said the port would grow."
    assert [k for k in kinds(text) if k[2] == name_variants.ALONE] == []


def test_a_family_name_transliterated_twice_after_other_given_names() -> None:
    text = (
        "The director Georgios Papadopoulos spoke. His father Konstantinos Papadopoulos "
        "ran the port. Later Giorgos Papadopulos said it would grow."
    )
    assert kinds(text) == [("Papadopulos", "Papadopoulos", name_variants.FAMILY, True)]
    # A tie claims nothing; known names and English words may be two families.
    assert kinds("Georgios Papadopoulos met Giorgos Papadopulos.") == []
    assert kinds("Judge Ann Kline met Tom Cline and Joe Cline.") == []
    assert kinds("The singer Anna Smith met Mary Smyth and John Smith.") == []


def test_one_edit_in_the_first_word_before_the_same_second_word() -> None:
    text = "The director Tiago Rodrigues spoke. Later Thiago Rodrigues left Lisbon."
    assert kinds(text) == [("Thiago Rodrigues", "Tiago Rodrigues", name_variants.FIRST_WORD, True)]
    # A family name before the same given name of romanised syllables: any one edit.
    text = "Professor Choi Eun-mi spoke. Choi Eun-mi wrote a book, and Choe Eun-mi left."
    assert kinds(text) == [("Choe Eun-mi", "Choi Eun-mi", name_variants.FIRST_WORD, True)]


def test_a_first_word_tie_reports_the_spelling_the_vowel_kind_reports() -> None:
    # One vowel apart too: both kinds report the spelling less frequent in text, once.
    text = "The head, Vadym Shvetsov, spoke. Later Vadim Shvetsov said it again."
    assert [(found, expected) for found, expected, _, _ in kinds(text)] == [
        ("Vadym Shvetsov", "Vadim Shvetsov")
    ]


def test_a_given_name_transliterated_with_other_vowels() -> None:
    # Arabic script leaves short vowels unwritten: the same consonants, other vowels.
    text = "The analyst Mohamed Farouk spoke first. Later Muhammad Farouk told CBC more."
    assert kinds(text) == [("Muhammad Farouk", "Mohamed Farouk", name_variants.FIRST_WORD, True)]
    # A family name that opens with a lower-case particle: Arabic al-, el-.
    text = "The minister Khalid al-Mansouri spoke. “No,” said Khaled al-Mansouri."
    assert kinds(text) == [
        ("Khaled al-Mansouri", "Khalid al-Mansouri", name_variants.FIRST_WORD, True)
    ]
    text = "The merchant Yusuf Demir spoke. Yousef Demir added that Yusuf Demir was right."
    assert kinds(text) == [("Yousef Demir", "Yusuf Demir", name_variants.FIRST_WORD, True)]


@pytest.mark.parametrize(
    "text",
    [
        # Siblings: an ending or another inner letter of a given name.
        "The painter Paolo Conte came with his sister Paola Conte.",
        "The brothers Marco Bellini and Mario Bellini spoke.",
        "Daniel Ortega met Daniela Ortega in Managua.",
        # Other vowels at the end, or other consonants: two names.
        "The twins Marina Sokolova and Marino Sokolova spoke.",
        "The brothers Karim Haddad and Karam Haddad met Hasan Nasser and Husain Nasser.",
        "The cousins Hamid Rahimi and Hamad Rahimi spoke.",
        "Bashar al-Assad ruled after his father Hafez al-Assad and his brother Basil al-Assad.",
        # Father and son, two Parks: the second words differ.
        "Kim Jong-il and his son Kim Jong-un ruled. Park Ji-won and Park Jin met.",
    ],
)
def test_first_words_of_two_people_are_no_variants(text: str) -> None:
    assert [k for k in kinds(text) if k[2] == name_variants.FIRST_WORD] == []


def test_a_title_left_before_a_given_name_is_no_part_of_the_full_name() -> None:
    # "the Minister of Finance Christian Lindner": Lindner is introduced with a given name.
    text = "The Minister of Finance Christian Lindner spoke. “No,” said Linder on ZDF."
    assert kinds(text) == [("Linder", "Lindner", name_variants.ALONE, True)]


@pytest.mark.parametrize(
    "text",
    [
        # A feminine or plural form of the name, a name introduced with its given name.
        "The minister Jan Kowalski spoke. His wife, Kowalska, stayed home.",
        "The minister Ivan Petrov spoke. Later Petrova said no.",
        "Ana Horgan spoke first, and Marcus Horan, her colleague, answered.",
        # A known proper noun of its own, an English word.
        "The consultant Jussi Marlen spoke. The Marley estate said no.",
    ],
)
def test_family_names_alone_that_are_no_variants(text: str) -> None:
    assert [k for k in kinds(text) if k[3]] == []


def test_a_tie_after_the_same_given_name_is_strong_for_a_transliteration_edit() -> None:
    text = "Olena Tkachenko spoke on Monday, and Olena Tkatchenko left."
    [(found, expected, kind, strong)] = kinds(text)
    assert (kind, strong) == (name_variants.SURNAME, True)
    assert {found, expected} == {"Olena Tkachenko", "Olena Tkatchenko"}


def test_two_iberian_family_names_swapped() -> None:
    text = (
        "The judge María Teresa Salgado Ortiz spoke. Salgado left, "
        "and then Judge Ortiz Salgado came back."
    )
    assert kinds(text) == [("Ortiz Salgado", "Salgado Ortiz", name_variants.ORDER, True)]
    # The first family name alone, or both in the same order, is normal usage.
    text = "The judge Carmen Lamela Díaz spoke. Lamela left; Judge Lamela Díaz came back."
    assert kinds(text) == []
    text = "José Antonio Ruiz Carrasco spoke. Later José Antonio Carrasco Ruiz left."
    assert [k[2] for k in kinds(text)] == [name_variants.ORDER]


def test_a_hyphenated_given_name_of_english_syllables_is_no_english_word() -> None:
    # Sang-soo: sang is English, soo is not; the order variant stands.
    text = (
        "The director Hong Sang-soo won. The prize for Sang-soo Hong came, and Hong Sang-soo left."
    )
    assert [(k[0], k[2]) for k in kinds(text)] == [("Sang-soo Hong", name_variants.ORDER)]


def test_an_east_asian_name_in_both_orders_with_a_syllable_given_name() -> None:
    # Park and Min, jun: English words, but a given name of romanised syllables.
    text = (
        "The chairman, Park Min-jun, signed on Tuesday. His father, Park Sung-ho, founded "
        "the firm. “We grow,” Park Min-jun said. “We hire,” Min-jun Park said later."
    )
    assert kinds(text) == [("Min-jun Park", "Park Min-jun", name_variants.ORDER, True)]
    # Father and son: two people, no variant.
    text = "The founder Park Sung-ho retired. His son Park Min-jun took over from Park Sung-ho."
    assert kinds(text) == []


def test_an_order_counts_its_votes_in_longer_names() -> None:
    # Pereira Gomes ends the full name: the other order is the variant, not this one.
    text = (
        "The president, Marcos Pereira Gomes, spoke. “We appeal,” said Gomes Pereira later. "
        "The appeal of Pereira Gomes failed."
    )
    assert kinds(text) == [("Gomes Pereira", "Pereira Gomes", name_variants.ORDER, True)]


def test_an_order_tie_reports_the_later_order_without_a_fix() -> None:
    text = "José Luis Ruiz Carrasco spoke. Later José Luis Carrasco Ruiz left."
    [variant] = name_variants.name_variants(Document(text))
    assert (variant.found, variant.kind, variant.strong, variant.fixable) == (
        "José Luis Carrasco Ruiz",
        name_variants.ORDER,
        True,
        False,
    )


def test_a_rare_english_word_folding_a_diacritic_of_a_family_name_is_the_name() -> None:
    # Muller is a (rare) English word, and a sentence's first word proves no capital; but it
    # folds the diacritic of a family name introduced with its given name.
    text = "The conductor Annika Müller cancelled. Muller, 44, was born in Leipzig. Ms Müller left."
    assert kinds(text) == [("Muller", "Müller", name_variants.FORM, True)]
    # An everyday word at a sentence start is no variant of a name (Mark / Märk).
    assert kinds("The singer Anna Märk spoke. Mark the date: Ms Märk sings in May.") == []


def test_an_english_word_before_a_family_name_is_no_other_persons_given_name() -> None:
    # Comrade is no given name: it does not make Dabrowski another person's name.
    text = "The minister Piotr Dąbrowski signed. Comrade Dabrowski said the trains come."
    assert kinds(text) == [("Dabrowski", "Dąbrowski", name_variants.FORM, True)]
    # Two known given names before the two spellings: two people (Sergio / Jeff).
    assert kinds("Sergio García played. Jeff Garcia, the quarterback, threw.") == []


def test_a_vowel_tie_expects_the_spelling_text_knows() -> None:
    # One each: the spelling no language writes is the variant, whichever comes first.
    text = "The coach of Atletico Pamplona spoke. Then Atletico Pamplena lost."
    assert kinds(text) == [("Atletico Pamplena", "Atletico Pamplona", name_variants.VOWEL, True)]
    text = "The coach of Atletico Pamplena spoke. Then Atletico Pamplona lost."
    assert kinds(text) == [("Atletico Pamplena", "Atletico Pamplona", name_variants.VOWEL, True)]
    # The same given name: one person, a warning whichever spelling is reported.
    [(_, _, kind, strong)] = kinds("Thomas Maier spoke. Then Thomas Meier came.")
    assert (kind, strong) == (name_variants.VOWEL, True)


def test_one_letter_added_after_the_same_given_name_is_a_surname_variant() -> None:
    text = (
        "The winemaker Chiara Moretti spoke. Chiara Morettis, the owner, showed the vines, "
        "and Moretti said the yield was low."
    )
    assert kinds(text) == [("Chiara Morettis", "Chiara Moretti", name_variants.SURNAME, True)]
    # A place and its adjective; a counted plural.
    assert kinds("Sri Lanka won. Sri Lankan fans sang, and Sri Lanka left.") == []
    assert kinds("Billy Elliot opened. Billy Elliot won, and the Billy Elliots sang.") == []
    assert kinds("Wayne Rooney scored. We can't all be Wayne Rooneys - at his age I was.") == []


def test_a_known_surname_alone_that_speaks_is_the_introduced_persons() -> None:
    # Hansen is a known name of its own; speaking after a quotation, it is Lars Hanssen.
    text = "The chief of Nordvik, Lars Hanssen, spoke. “We could not pay,” Hansen said."
    assert kinds(text) == [("Hansen", "Hanssen", name_variants.DOUBLED, True)]
    # A company and a person: the company speaks with "its", or never after a quotation.
    text = "The engineer Anna Phillips joined. “We grew,” Philips said of its sales."
    assert [k[3] for k in kinds(text)] == [False]
    assert [k[3] for k in kinds("The engineer Anna Phillips joined. Philips said no.")] == [False]
    # Two people, each with a given name: no variant.
    assert kinds("Lars Hanssen spoke. Mette Hansen, his rival, answered.") == []


def test_a_sentence_start_keeps_the_letters_of_a_name() -> None:
    # A final letter dropped, and a hyphen lost, at the start of a sentence.
    text = "The curator Carla Bertolini opened the show. Bertolin said more would come."
    assert kinds(text) == [("Bertolin", "Bertolini", name_variants.FINAL, True)]
    text = "The director Jean-Marc Lefèvre opened. Jean Marc Lefèvre thanked the jury."
    assert [(k[0], k[1], k[3]) for k in kinds(text)] == [("Jean Marc", "Jean-Marc", True)]
    # An English word at a sentence start is no name (Court / Cour).
    assert kinds("The judge Anna Courtin spoke. Court rules apply, Anna Courtin said.") == []


def test_russian_transliterations_of_given_names_are_one_key() -> None:
    text = "The opposition leader Aleksei Navalny spoke. Supporters of Alexei Navalny met."
    assert [(k[0], k[1], k[3]) for k in kinds(text)] == [("Alexei", "Aleksei", True)]
    text = "The prime minister Yulia Tymoshenko spoke. Later Julia Tymoshenko left."
    assert [(k[0], k[1], k[3]) for k in kinds(text)] == [("Julia", "Yulia", True)]
    # Two women: Julia Roberts and Yulia Tymoshenko precede different family names.
    text = "Julia Roberts met Yulia Tymoshenko in Kyiv. Later, Julia smiled, and Yulia spoke."
    assert kinds(text) == []


def test_deletion_keys_are_the_key_and_each_one_letter_deletion() -> None:
    from checker.analysis.person_variants import _deletion_keys

    assert _deletion_keys("abba") == {"abba", "bba", "aba", "abb"}
    assert _deletion_keys("") == {""}
