"""Names (family N): exact codes, spans, severities and fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import lint_text
from checker.fix import apply_fixes
from checker.types import Severity

ARTICLE = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "nk-soldiers.txt"


def names(text: str, **options):
    return lint_text(text, select="N", **options)


def fixed(text: str, **options) -> str:
    findings = names(text, **options)
    return apply_fixes(text, [f.fix for f in findings if f.fix is not None]).text


# N101 verb-inside-name ------------------------------------------------------------------


def test_seed_article_line_25_is_the_only_warning() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    findings = [f for f in names(text) if f.severity >= Severity.WARNING]
    assert [(f.code, f.line, f.severity) for f in findings] == [("N101", 25, Severity.ERROR)]
    finding = findings[0]
    assert text[finding.fix.start : finding.fix.end] == "Kang Dong said -wan"
    assert finding.fix.replacement == "said Kang Dong-wan"


def test_after_a_quotation_the_verb_comes_before_the_joined_name() -> None:
    text = "“We will respond,” Lee Jae told -myung reporters on Monday.\n"
    assert fixed(text) == "“We will respond,” told Lee Jae-myung reporters on Monday.\n"


def test_elsewhere_the_verb_follows_the_whole_name() -> None:
    text = "Jean said -Pierre Dupont that the talks had failed.\n"
    (finding,) = names(text)
    assert (finding.code, finding.column, finding.end_column) == ("N101", 1, 25)
    assert fixed(text) == "Jean-Pierre Dupont said that the talks had failed.\n"


def test_a_leading_stop_word_is_not_part_of_the_name() -> None:
    text = "“No,” then Kang Dong said -wan.\n"
    (finding,) = names(text)
    assert finding.fix.replacement == "Kang Dong-wan said"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Kang Dong said -wan that it was over.\n",
        "In Seoul Kang Dong said -wan that it was over.\n",
        "Earlier, Kang Dong said -wan that it was over.\n",
    ],
)
def test_the_name_stops_at_a_day_a_place_or_an_adverb(text: str) -> None:
    (finding,) = names(text)
    assert finding.fix.replacement == "Kang Dong-wan said"


def test_an_unlisted_verb_inside_a_name_is_a_warning() -> None:
    text = "“No,” Kang Dong grinned -wan loudly.\n"
    (finding,) = names(text)
    assert (finding.code, finding.severity) == ("N101", Severity.WARNING)
    assert finding.fix.replacement == "grinned Kang Dong-wan"


def test_a_hyphen_used_as_a_dash_is_not_a_name_fragment() -> None:
    assert names("“No,” Kang said -and I agree- that it was over.\n") == []
    assert names("He visited Paris -and then Berlin.\n") == []


def test_an_everyday_word_as_fragment_is_a_warning_without_fix() -> None:
    (finding,) = names("“No,” Moon Jae said -in Seoul.\n")
    assert (finding.code, finding.severity, finding.fix) == ("N101", Severity.WARNING, None)


def test_a_pronoun_is_not_a_name() -> None:
    assert [f.code for f in names("He said -wan was right.\n")] == []


# N101, without a hyphen: a given name split from its family name by the verb ------------


def test_a_split_name_before_the_that_of_reported_speech() -> None:
    text = "The minister Ana Lopez spoke. Later Ana said Lopez that talks would resume.\n"
    (finding,) = names(text)
    assert (finding.code, finding.severity) == ("N101", Severity.ERROR)
    assert fixed(text).endswith("Later Ana Lopez said that talks would resume.\n")
    # Only a full name the document writes elsewhere counts there.
    assert names("The minister Ana Lopez spoke. Later Eva said Lopez that it was over.\n") == []
    assert names("Later Ana said Lopez that talks would resume.\n") == []
    # "that" as a determiner: no reported speech follows.
    assert names("Ana Lopez spoke. “Sit,” Ana said Lopez that day, and Lopez sat.\n") == []
    assert [f.code for f in names("Ana Lopez spoke. Ana said Lopez that he agreed.\n")] == ["N101"]
    # A verb that takes a person: Ana told Lopez something.
    assert names("Ana Lopez spoke. Later Ana told Lopez that she was right.\n") == []


def test_a_split_name_without_its_diacritics_is_confirmed_by_the_full_name() -> None:
    text = "The director Tomáš Dvořák spoke. “It will grow,” Tomas said Dvořák.\n"
    (finding,) = names(text)
    assert (finding.code, finding.severity) == ("N101", Severity.ERROR)
    assert fixed(text).endswith("“It will grow,” said Tomáš Dvořák.\n")


def test_a_split_name_after_a_quotation_is_an_error_when_the_full_name_is_elsewhere() -> None:
    text = "“We will appeal,” Maria said Lopez, a lawyer. Maria Lopez has won before.\n"
    (finding,) = names(text)
    assert (finding.code, finding.severity, finding.column, finding.end_column) == (
        "N101",
        Severity.ERROR,
        19,
        35,
    )
    assert fixed(text).startswith("“We will appeal,” said Maria Lopez, a lawyer.")


def test_an_apposition_followed_by_a_preposition_keeps_the_split_name() -> None:
    text = "“We will appeal,” Maria said Lopez, a lawyer, in a statement.\n"
    (finding,) = names(text)
    assert (finding.code, finding.fix.replacement) == ("N101", "said Maria Lopez")


def test_a_split_name_with_a_known_given_name_only_is_a_warning() -> None:
    (finding,) = names("“We will appeal.” Carlos added Ruiz.\n")
    assert (finding.code, finding.severity) == ("N101", Severity.WARNING)
    assert finding.fix.replacement == "added Carlos Ruiz"


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        # Given names of other languages (the derived multilingual table), no full name
        # elsewhere in the document.
        (
            "“We are ready to sign,” Holger said Brandt, the chief negotiator.\n",
            "said Holger Brandt",
        ),
        ("“Nobody will freeze,” Daniil said Sorokin after the meeting.\n", "said Daniil Sorokin"),
        ("“The plan is sound,” Zuzanna added Nowak.\n", "added Zuzanna Nowak"),
    ],
)
def test_a_split_name_with_a_given_name_of_another_language(text: str, replacement: str) -> None:
    (finding,) = names(text)
    assert (finding.code, finding.severity) == ("N101", Severity.WARNING)
    assert finding.fix.replacement == replacement


@pytest.mark.parametrize(
    "text",
    [
        # A name of the table that is an English word stays a word (Said, Ray).
        "“It is late,” the minister said Ray was wrong.\n",
        # A surname, not a given name, before the verb: two people.
        "“We are ready,” Brandt said Weber would sign on Monday.\n",
    ],
)
def test_no_split_name_without_a_given_name(text: str) -> None:
    assert [f.code for f in names(text) if f.code == "N101"] == []


def test_an_english_family_name_before_an_apposition_is_split() -> None:
    # Grant and Rose are English words; after a known given name and before an apposition
    # (a determiner after the comma) they are family names.
    (finding,) = names("“We are calm,” Samuel said Rose, the chief analyst of the bank.\n")
    assert (finding.severity, finding.fix.replacement) == (Severity.WARNING, "said Samuel Rose")


def test_a_closing_quote_without_its_comma_still_opens_the_inversion() -> None:
    (finding,) = names("“We are ready to talk ” Teresa said Kowalczyk, “but not today.”\n")
    assert finding.fix.replacement == "said Teresa Kowalczyk"
    (finding,) = names("“We are ready to talk” Teresa said Kowalczyk.\n")
    assert finding.fix.replacement == "said Teresa Kowalczyk"


def test_a_split_after_a_clause_comma_needs_the_full_name() -> None:
    text = (
        "Yusuf Okonkwo leads the union. Talks resume on Friday, Yusuf declared Okonkwo in "
        "the evening.\n"
    )
    (finding,) = names(text)
    assert (finding.severity, finding.fix.replacement) == (
        Severity.ERROR,
        "declared Yusuf Okonkwo",
    )
    # A reported clause after the name, or another person's name: no split.
    assert names("Yusuf Okonkwo spoke. On Friday, Yusuf said Okonkwo was tired.\n") == []
    assert names("Yusuf Okonkwo spoke. On Friday, Amina told Okonkwo, the chair.\n") == []


def test_a_given_name_with_an_accent_is_known() -> None:
    (finding,) = names("“We will appeal,” María said López, a lawyer.\n")
    assert (finding.severity, finding.fix.replacement) == (Severity.WARNING, "said María López")


def test_the_fix_keeps_the_verb_form_and_both_family_names() -> None:
    (finding,) = names("“We won,” Maria says Garcia Lopez, the coach.\n")
    assert finding.fix.replacement == "says Maria Garcia Lopez"


def test_particles_need_the_full_name_elsewhere() -> None:
    assert names("“No,” Ana said de la Cruz, the mayor.\n") == []
    text = "“No,” Ana said de la Cruz, the mayor. Ana de la Cruz was elected in 2020.\n"
    (finding,) = names(text)
    assert (finding.severity, finding.fix.replacement) == (Severity.ERROR, "said Ana de la Cruz")


@pytest.mark.parametrize(
    "text",
    [
        "Maria said Lopez was right.\n",  # no quotation before it
        "“Sit down,” Maria said Lopez that day.\n",  # a reported clause follows
        "“It is time,” Obama said Biden, then vice-president, would lead.\n",
        "“It is time,” Maria said Lopez, the lawyer, would lead.\n",  # apposition, then verb
        "“We were ready,” Anna said Ruiz, the coach, agreed.\n",  # the apposition's verb
        "“We need players,” Maria added Lopez, Garcia and Ruiz to the squad.\n",  # a list
        "“We lost,” Anna said. Lopez, however, disagreed.\n",
        "“We lost,” Maria said Monday.\n",
        "“It is over,” Emma said Easter, not before.\n",
        "“We grow,” Maria said Beijing, too.\n",
        "“We won,” Maria said Paris.\n",
        "“We won,” Maria said Today, the show.\n",
        "“We won,” Anna said Smith.\n",  # smith: a common word, no apposition, no full name
        "“We won,” Anna said Smith, Jones and Brown.\n",  # a list
        "“We won,” Rossi said Smith, the coach.\n",  # Rossi: no known given name
        "Talks went on, Maria said Lopez in the evening.\n",  # after a comma: no full name
        "“Sit down,” Maria told Lopez, the new coach.\n",  # told takes a person
        "“We won,” Rossi said Lopez, the coach.\n",  # Rossi: no known given name
    ],
)
def test_english_that_merely_looks_split_is_silent(text: str) -> None:
    assert names(text) == []


def test_the_full_name_search_ignores_a_hyphenated_first_word() -> None:
    text = "“We won,” Maria said Lopez, the coach. Anna-Maria Lopez agreed.\n"
    (finding,) = names(text)
    assert finding.severity == Severity.WARNING


# N102 split-name-fragment ---------------------------------------------------------------


def test_a_fragment_split_from_its_name_is_joined_back() -> None:
    text = "The specialist Kang Dong -wan was not available.\n"
    (finding,) = names(text)
    assert (finding.code, finding.severity, finding.column) == ("N102", Severity.WARNING, 25)
    assert fixed(text) == "The specialist Kang Dong-wan was not available.\n"


def test_a_fragment_after_punctuation_near_a_name_is_info_without_fix() -> None:
    (finding,) = names("The specialist, Kang Dong, -wan, was not there.\n")
    assert (finding.code, finding.severity, finding.fix) == ("N102", Severity.INFO, None)


@pytest.mark.parametrize(
    "text",
    [
        "“No,” said Kang Dong. -Wan is a specialist.\n",
        "“No,” Kang Dong said. -wan is a specialist.\n",
    ],
)
def test_a_fragment_opening_the_sentence_after_a_name_is_a_warning(text: str) -> None:
    (finding,) = names(text)
    assert (finding.code, finding.severity, finding.fix) == ("N102", Severity.WARNING, None)
    assert finding.column == 23
    assert "after “Kang Dong”" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "They met in Seoul. -Wan was late.\n",
        "Kang Dong left. -And then nothing.\n",
        "Kang Dong said no. -Yes, she answered.\n",
    ],
)
def test_a_fragment_after_a_sentence_without_a_name_before_is_no_warning(text: str) -> None:
    assert [f for f in names(text) if f.severity >= Severity.WARNING] == []


@pytest.mark.parametrize(
    "text",
    [
        "Shopping list:\n -eggs\n -milk\n",
        "The figures for 1990 -2000 show a fall of -5 percent.\n",
        "Adverbs end in -ly; the suffix -ness makes nouns.\n",
        "Compile it with gcc -pedantic and then run it.\n",
        "Use the -Xsubtree option.\n",
        "It was a well-known, state-of-the-art, anti-war campaign.\n",
    ],
)
def test_not_fragments(text: str) -> None:
    assert [f.code for f in names(text)] == []


# N103 inconsistent-name-spelling --------------------------------------------------------


def test_a_given_name_transliterated_with_other_vowels_is_one_persons() -> None:
    text = "The analyst Mohamed Farouk spoke. “No,” said Muhammad Farouk to CBC.\n"
    [finding] = names(text)
    assert (finding.code, text[finding.start : finding.end]) == ("N103", "Muhammad Farouk")
    # Names of their own with the same consonants: brothers, no finding.
    assert names("The brothers Hasan Nasser and Husain Nasser spoke to CBC.\n") == []


def test_minority_spelling_is_reported_with_the_majority_one() -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky spoke on Sunday. Mr. Zelensky said the talks "
        "had failed. Later, Zelenskyy told reporters he was tired.\n"
    )
    (finding,) = names(text)
    assert finding.code == "N103"
    assert text[finding.start : finding.end] == "Zelenskyy"
    assert finding.message == "“Zelenskyy” is spelt “Zelensky” elsewhere in the document"
    assert finding.fix.replacement == "Zelensky"


def test_hyphen_space_and_case_variants_of_a_korean_name() -> None:
    text = (
        "Kim Jong-un inspected the troops. Media said Kim Jong-un was pleased. "
        "Later Kim Jong Un left, and Kim Jong-Un returned.\n"
    )
    found = [(text[f.start : f.end], f.fix.replacement) for f in names(text)]
    assert found == [("Jong Un", "Jong-un"), ("Jong-Un", "Jong-un")]


def test_a_tie_is_reported_without_a_fix() -> None:
    text = "Mr. Zelensky spoke first, and then Mr. Zelenskyy answered.\n"
    (finding,) = names(text)
    assert text[finding.start : finding.end] == "Zelenskyy"
    assert finding.fix is None


def test_configured_spelling_wins_over_the_majority() -> None:
    text = "Mr. Zelensky spoke on Sunday, and Mr. Zelensky left on Monday.\n"
    findings = names(text, names=["Volodymyr Zelenskyy"])
    assert [(f.code, f.column) for f in findings] == [("N103", 5), ("N103", 39)]
    assert all(f.fix.replacement == "Zelenskyy" for f in findings)
    assert "configured spelling" in findings[0].message


def test_a_configured_particle_is_not_a_spelling() -> None:
    text = "Robert De Niro met Mr. De Gaulle's grandson.\n"
    assert names(text, names=["Charles de Gaulle"]) == []


def test_configured_spelling_of_a_hyphenated_name() -> None:
    text = "Mr. Kim Jong Un spoke.\n"
    assert fixed(text, names=["Kim Jong-un"]) == "Mr. Kim Jong-un spoke.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong-un succeeded his father, Kim Jong-il. Kim Jong-il had ruled since 1994.\n",
        "Lee Jae-myung met Li Qiang. Mr. Lee and Mr. Li discussed trade.\n",
        "Kim Kardashian met Kimberly Kim. Kim spoke to Kimberly.\n",
        "Sergio García won, and Jeff Garcia watched.\n",
        "José Mourinho praised Jose Altuve.\n",
        "God knows. Good people stayed, and they thanked God.\n",
        "Kim Jong-Un Visits Moscow\n\nKim Jong-un arrived in Moscow on Monday.\n",
        "The library defines a SortedDict. A Sorted Dict keeps its keys sorted.\n",
    ],
)
def test_not_variants(text: str) -> None:
    assert [f.code for f in names(text) if f.severity >= Severity.WARNING] == []


def test_a_doubled_letter_alone_is_only_info() -> None:
    text = "Mr. Hassan spoke, Mr. Hassan left, and Mr. Hasan stayed.\n"
    (finding,) = names(text)
    assert (finding.code, finding.severity) == ("N103", Severity.INFO)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Mikhail Kasyanov spoke. Then Mikhail Kassyanov left.\n", "Kassyanov", "Kasyanov"),
        ("Frank Rijkaard coached Ajax. Then Frank Ryjkaard left.\n", "Ryjkaard", "Rijkaard"),
        ("Yevgeny Primakov arrived. Then Evgeny Primakov left.\n", "Evgeny", "Yevgeny"),
        ("Yelena Isinbayeva jumped. Then Elena Isinbayeva won.\n", "Elena", "Yelena"),
    ],
)
def test_a_variant_within_one_full_name_is_a_warning(text: str, found: str, expected: str) -> None:
    (finding,) = names(text)
    assert (finding.code, finding.severity) == ("N103", Severity.WARNING)
    assert (text[finding.start : finding.end], finding.message) == (
        found,
        f"“{found}” is spelt “{expected}” elsewhere in the document",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Yelena Isinbayeva jumped and Elena Rybakina served. Elena won.\n",
        "Paolo Rossi and Paola Rossi met Kim Jong-un and Kim Jong-il.\n",
        "Ali Hassan and Omar Hasan spoke.\n",
    ],
)
def test_transliterations_of_two_people_are_no_warning(text: str) -> None:
    assert [f.code for f in names(text) if f.severity >= Severity.WARNING] == []


# N104 lowercase-name --------------------------------------------------------------------


def test_a_known_person_name_in_lower_case() -> None:
    text = "North Korea's leader, Kim Jong-un, spoke. Reporters saw kim jong-un leave.\n"
    (finding,) = names(text)
    assert (finding.code, text[finding.start : finding.end]) == ("N104", "kim jong-un")
    assert fixed(text).endswith("saw Kim Jong-un leave.\n")


def test_a_configured_name_in_lower_case() -> None:
    (finding,) = names("The specialist kang dong-wan spoke.\n", names=["Kang Dong-wan"])
    assert finding.fix.replacement == "Kang Dong-wan"


@pytest.mark.parametrize(
    "text",
    [
        "President Will White spoke. The white house and the will were his.\n",
        "General Electric Company made it. The electric company failed.\n",
        "Prime Minister Sarah Whitcombe left. The prime minister said nothing.\n",
    ],
)
def test_common_words_are_not_lowercased_names(text: str) -> None:
    assert [f.code for f in names(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“No,” said kim so-yeon, a professor.\n", "Kim So-yeon"),
        ("The head of the chamber, andrzej kowal, said no.\n", "Andrzej Kowal"),
        ("Then pierre vidal said nothing.\n", "Pierre Vidal"),
    ],
)
def test_a_lower_case_full_name_where_names_stand(text: str, expected: str) -> None:
    (finding,) = names(text)
    assert (finding.code, finding.fix.replacement) == ("N104", expected)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Later the minister anna kowalska said no.\n", "anna kowalska", "Anna Kowalska"),
        ("The coach jürgen baumann resigned.\n", "jürgen baumann", "Jürgen Baumann"),
        ("As director maría fernández put it, no.\n", "maría fernández", "María Fernández"),
        ("The chairman pieter de vries declined.\n", "pieter de vries", "Pieter de Vries"),
        ("“No,” said political scientist élodie marchand.\n", "élodie marchand", "Élodie Marchand"),
    ],
)
def test_a_lower_case_full_name_after_a_role_noun(text: str, found: str, expected: str) -> None:
    (finding,) = names(text)
    assert (finding.code, finding.severity) == ("N104", Severity.WARNING)
    assert text[finding.start : finding.end] == found
    assert finding.fix.replacement == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The envoy, élodie marchand, said no.\n", "élodie marchand"),
        ("“No,” said élodie marchand, a historian.\n", "élodie marchand"),
        ("Minister anna kowalska said nothing.\n", "anna kowalska"),
    ],
)
def test_a_lower_case_name_in_apposition_or_after_a_verb(text: str, found: str) -> None:
    (finding,) = names(text)
    assert (finding.code, text[finding.start : finding.end]) == ("N104", found)


@pytest.mark.parametrize(
    "text",
    [
        "“No,” said élodie marchand in Paris.\n",
        "He said merci beaucoup, then left.\n",
        "The envoy, élodie marchand arrived.\n",
    ],
)
def test_lower_case_words_after_a_verb_where_no_clause_ends(text: str) -> None:
    assert [f.code for f in names(text) if f.severity >= Severity.WARNING] == []


def test_a_hyphenated_name_after_a_role_noun_has_no_fix() -> None:
    (finding,) = names("The minister anna kowalska-nowak spoke.\n")
    assert (finding.code, finding.fix) == ("N104", None)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said no; the coach class was full; the director general left.\n",
        "The minister für wirtschaft spoke, and the minister de la culture agreed.\n",
        "The graphics driver nvidia geforce crashed; the author et al replied.\n",
        "The coach drove on, and the teacher semaine prochaine was booked.\n",
    ],
)
def test_lower_case_words_after_a_role_noun_that_are_no_name(text: str) -> None:
    assert [f.code for f in names(text) if f.severity >= Severity.WARNING] == []


@pytest.mark.parametrize(
    "text",
    [
        "Engineers said ray tracing, a rendering method, was slow.\n",
        "We said grace, then ate.\n",
        "He said la semaine, then left.\n",
        "He met mark smith, then left.\n",
        "He said well-known things.\n",
    ],
)
def test_lower_case_words_that_are_no_name(text: str) -> None:
    assert names(text) == []


def test_a_sentence_initial_given_name_is_proved_by_the_surname_after_it() -> None:
    text = (
        "Théo Marchand founded the firm. Its chief, Théo Marchand, is 31. "
        "Theo Marchand said the city was chosen with care.\n"
    )
    (finding,) = names(text)
    assert (text[finding.start : finding.end], finding.fix.replacement) == ("Theo", "Théo")


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Ingrid van der Meulen testified. Judge Ingrid van der Meulen left, "
            "and later Ingrid van de Meulen returned.\n",
            "Ingrid van de Meulen",
            "Ingrid van der Meulen",
        ),
        (
            "Thomas Maier spoke. The minister, Thomas Maier, left. Then Thomas Meier came.\n",
            "Thomas Meier",
            "Thomas Maier",
        ),
    ],
)
def test_full_names_one_particle_or_one_vowel_apart(text: str, found: str, expected: str) -> None:
    (finding,) = names(text)
    assert finding.code == "N103"
    assert (text[finding.start : finding.end], finding.fix.replacement) == (found, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Paolo Rossi and Paola Rossi, his sister, met Mario Garcia and Maria Garcia.\n",
        "Thomas Maier and Thomas Meyer met.\n",
        "Kim Jong-un and Kim Jong-an met.\n",
    ],
)
def test_full_names_that_are_two_people(text: str) -> None:
    assert names(text) == []


def test_a_capitalised_name_of_no_everyday_word_is_known() -> None:
    text = "Recep Tayyip Erdogan met them. Officials said recep tayyip erdogan would host.\n"
    (finding,) = names(text)
    assert (finding.code, finding.fix.replacement) == ("N104", "Recep Tayyip Erdogan")


def test_an_institution_of_everyday_words_is_not_known() -> None:
    text = "The Supreme Court ruled. A supreme court in another state did not.\n"
    assert names(text) == []


# N104 lower-cased words of a known name -------------------------------------------------


def test_a_lower_cased_family_name_and_given_name_get_their_capitals_back() -> None:
    text = "Chancellor Olaf Scholz spoke. Later scholz said yes, and olaf Scholz left.\n"
    assert [f.code for f in names(text)] == ["N104", "N104"]
    assert fixed(text) == (
        "Chancellor Olaf Scholz spoke. Later Scholz said yes, and Olaf Scholz left.\n"
    )


def test_a_lower_cased_name_that_lost_its_diacritics_too() -> None:
    text = "The engineer Mehmet Öztürk spoke. Later ozturk said the line was late.\n"
    assert fixed(text) == "The engineer Mehmet Öztürk spoke. Later Öztürk said the line was late.\n"
    # An English word stays a word: "akin" is no "Akın".
    assert names("The actor Fatih Akın spoke. The two films are akin in tone.\n") == []


def test_a_lower_case_english_word_or_a_web_address_is_no_name() -> None:
    text = "The gardener Peter Rose spoke. A rose grew. Olaf Scholz runs scholz.de today.\n"
    assert names(text) == []


def test_a_lower_cased_surname_after_a_title_or_before_a_reporting_verb() -> None:
    text = "President Vladimir Putin spoke. After Mr putin came to power, taylor said no.\n"
    assert [(f.code, f.fix.replacement) for f in names(text)] == [("N104", "Putin")]
    text = "Judges Simon Cowell agreed. “It will be better,” said cowell. “I think so.”\n"
    assert fixed(text).endswith("said Cowell. “I think so.”\n")


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # Family name first: the hyphenated given name proves the other word a name.
        ("Analyst Park Ji-hoon spoke. “Prices will fall,” park said.", "park", "Park"),
        ("Analyst Kim Min-jae spoke. Later, kim said no.", "kim", "Kim"),
        # No known given name: a role noun before the name, or a reporting verb.
        (
            "The governor Hirofumi Yoshimura spoke. Later, yoshimura said no.",
            "yoshimura",
            "Yoshimura",
        ),
        ("“No,” said Shin Yul, a professor. Later, shin said it again.", "shin", "Shin"),
        ("The deputy mayor Zhang Li spoke. Then zhang left the room.", "zhang", "Zhang"),
        # A given name no list knows, before a family name that speaks alone elsewhere.
        (
            "On Monday Tunde Ogunleye came. “It works,” said Ogunleye. “Fast,” tunde said.",
            "tunde",
            "Tunde",
        ),
    ],
)
def test_a_lower_cased_word_of_a_person_proved_by_its_context(
    text: str, found: str, expected: str
) -> None:
    [finding] = names(text)
    assert (finding.code, finding.fix.replacement) == ("N104", expected)
    assert text[finding.fix.start : finding.fix.end] == found


@pytest.mark.parametrize(
    "text",
    [
        # An English word needs a title or a reporting verb to be a name.
        "Analyst Park Ji-hoon spoke. Children played in the park, and the park was full.",
        "Analyst Lee Seung-woo spoke. The boats sheltered in the lee of the wall.",
        # The name's only words that are English words: an institution, not a person.
        "Shares in Multiplex, which is building the new Wembley Stadium, fell. "
        "The stadium said nothing.",
        "The analyst Long Wei spoke on Monday. The wait was long said one fan.",
        # A hyphenated English compound is no Korean given name.
        "Fly-half Stephen Jones kicked. The fly-half said he was happy.",
    ],
)
def test_lower_case_words_that_the_context_does_not_prove_names(text: str) -> None:
    assert [f for f in names(text) if f.code == "N104"] == []


def test_a_lower_cased_family_name_with_its_particle() -> None:
    text = "The harbour master, René de Vries, spoke. Later de vries called for tugs.\n"
    assert (
        fixed(text) == "The harbour master, René de Vries, spoke. Later de Vries called for tugs.\n"
    )


def test_a_fragment_alone_is_a_warning_when_it_ends_a_name_of_the_document() -> None:
    alone = "He said that North Korea, -wan added, was weak.\n"
    [finding] = names(alone)
    assert finding.code == "N102" and finding.severity == Severity.INFO
    [finding] = names("The specialist Kang Dong-wan spoke on Monday. " + alone)
    assert finding.code == "N102" and finding.severity == Severity.WARNING
    assert "Dong-wan" in finding.message


def test_a_fragment_opening_a_paragraph_is_the_name_of_the_document() -> None:
    text = "“It turned,” said the analyst Lee Seung-woo.\n-woo added that it was late.\n"
    [finding] = names(text)
    assert (finding.code, finding.severity) == ("N102", Severity.WARNING)
    assert "Seung-woo" in finding.message
    # A list bullet is no fragment, even after a line of capitals.
    assert names("Shopping List\n-eggs and milk\n-tofu\n") == []


def test_a_name_cut_by_a_line_break_is_joined_back() -> None:
    assert fixed("The spokesman Lee Do-\nwoon refused.\n") == "The spokesman Lee Do-woon refused.\n"
    assert fixed("The spokesman Lee Do\n-woon refused.\n") == "The spokesman Lee Do-woon refused.\n"
    # An English compound cut by the line, or a word that is no name.
    assert names("Many Sinn Féin-\nlinked groups met, and the well-\nknown Kim left.\n") == []


def test_a_split_name_the_document_writes_in_the_other_order() -> None:
    text = "“Exporters are ready,” Jing said Chen. Chen Jing is an analyst.\n"
    (finding,) = names(text)
    assert (finding.severity, finding.fix.replacement) == (Severity.ERROR, "said Chen Jing")


def test_a_rare_given_name_before_a_family_name_the_document_writes_alone() -> None:
    split = "“The money is for research,” Aitziber said Etxeberria, the president.\n"
    assert names(split) == []  # Aitziber: no known given name, nothing confirms it
    (finding,) = names(split + "Ms Etxeberria has led the group since 2019.\n")
    assert (finding.severity, finding.fix.replacement) == (
        Severity.WARNING,
        "said Aitziber Etxeberria",
    )


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        ("to reporters.", True),
        ("in a statement on Monday.", True),
        ("on Monday resigned.", False),  # Lopez resigned: the subject of a clause
        ("in Madrid would lead the talks.", False),
    ],
)
def test_a_phrase_after_the_split_name_must_close(tail: str, found: bool) -> None:
    text = f"“We will appeal,” Maria said Lopez {tail}\n"
    assert bool(names(text)) == found


def test_a_lower_case_given_name_before_a_capitalised_family_name_in_a_name_slot() -> None:
    text = "“Words are not enough,” said lando Sileoni, head of the union.\n"
    assert fixed(text) == "“Words are not enough,” said Lando Sileoni, head of the union.\n"
    # Particles stay in lower case; an organisation's foreign function word is no name.
    assert names("He said von Braun was right, and the minister de Gaulle left.\n") == []
    text = "Médecins Sans Frontières said it would stay. Reporters sans frontières agreed.\n"
    assert names(text) == []


def test_a_family_name_in_lower_case_after_according_to() -> None:
    # seo is a (rare) English word: only a proved name's word in a name's slot counts.
    text = (
        "Seo Yun-hee, the head of the union, welcomed the order. "
        "According to seo, the yard relies on subcontractors.\n"
    )
    (finding,) = names(text)
    assert (finding.code, finding.fix.replacement) == ("N104", "Seo")
    # An English word after "according to", or a word of no known person: no name.
    text = "Seo Yun-hee spoke. According to plan, the yard opens, according to seo officials.\n"
    assert names(text) == []


def test_a_name_in_apposition_after_a_role_and_its_complement_is_a_person() -> None:
    text = (
        "The lawyer of the victims, Mori Aoi, called the ruling historic. "
        "According to mori, other victims will sue.\n"
    )
    (finding,) = names(text)
    assert (finding.code, finding.fix.replacement) == ("N104", "Mori")
    # A place in apposition is no person; a company's name after "of" neither.
    text = "The mayor of the city, Oslo Kommune, spoke. The board of Fjord Bank met in oslo.\n"
    assert names(text) == []


def test_a_given_name_of_syllables_that_spell_english_words_proves_a_person() -> None:
    # min and seo are (rare) English words: Min-seo is still a romanised given name.
    text = (
        "Kang Min-seo, the head of the union, welcomed the order. Kang, a former welder, "
        "spoke.\n\nAccording to kang, the yard relies on subcontractors.\n"
    )
    (finding,) = names(text)
    assert (finding.code, finding.fix.replacement) == ("N104", "Kang")
    # A compound of everyday words is no given name: fly-half, the position.
    assert names("The Fly-half Kicker scored. According to kicker, the match was hard.\n") == []


def test_a_participle_after_the_apposition_keeps_the_split_name() -> None:
    text = "“We will appeal,” Maria said Lopez, the family lawyer, adding that it was strong.\n"
    (finding,) = names(text)
    assert finding.fix.replacement == "said Maria Lopez"
    # A finite verb after the apposition: Lopez is the subject of the reported clause.
    assert names("“We will appeal,” Maria said Lopez, the family lawyer, agreed.\n") == []


def test_a_known_persons_given_name_alone_in_lower_case_before_a_verb() -> None:
    text = "The striker Marco Bellini scored twice. After the match, marco said he was tired.\n"
    (finding,) = names(text)
    assert (finding.code, finding.fix.replacement) == ("N104", "Marco")
    # An English word that is a given name too, or a given name that opens no clause.
    assert names("The actor Will Bellini spoke. After the match, will said nothing.\n") == []
    assert names("The striker Marco Bellini scored. The marco said nothing.\n") == []


def test_a_known_persons_given_name_alone_in_lower_case_after_a_quoted_verb() -> None:
    text = "The striker Marco Bellini scored. “We will win,” explained marco. He left.\n"
    (finding,) = names(text)
    assert (finding.code, finding.fix.replacement) == ("N104", "Marco")
    # No quotation before the verb, the name not closing the clause, an English word.
    assert names("The striker Marco Bellini scored. The team said marco. He left.\n") == []
    assert names("The striker Marco Bellini scored. “We won,” said marco in Rome.\n") == []
    assert names("The actor Will Bellini spoke. “We won,” said will. He left.\n") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "“We are ready,” Anna said Smith, the coach. Anna Smith joined in 2018.\n",
            "“said” splits the name “Anna Smith”: write “said Anna Smith”",
        ),
        (
            "The envoy Lee Jae -myung came.\n",
            "name fragment “-myung” split from “Jae”: write “Jae-myung”",
        ),
        (
            "The welder Seo Ji-\nmin, 29, works at the yard.\n",
            "name “Ji-min” split by a line break after its hyphen: write “Ji-min”",
        ),
        (
            "Prices rose, Kang Dong-wan said. Then -wan left.\n",
            "name fragment “-wan” stands alone; the document writes “Dong-wan”",
        ),
    ],
)
def test_each_kind_of_broken_name_has_its_message(text: str, message: str) -> None:
    assert [f.message for f in names(text) if f.code in ("N101", "N102")] == [message]
