"""The accessors of checker.words, one per concept or kind, and their one owner."""

from __future__ import annotations

import re
from pathlib import Path

from checker import words

CHECKER = Path(words.__file__).resolve().parent.parent


def test_reporting_verbs_and_their_inverting_kind() -> None:
    verbs = words.reporting_verbs()
    inverting = words.inverted_reporting_verbs()
    assert {"said", "added", "whispered", "told", "insisted"} <= verbs
    assert inverting < verbs
    assert {"said", "says", "added"} <= inverting
    # a verb that takes a person as object is not of the inverting kind ("Maria told Lopez")
    assert not {"told", "asked", "warned"} & inverting
    assert all(verb == verb.lower() for verb in verbs)


def test_name_particles_are_lower_case_name_words() -> None:
    particles = words.name_particles()
    assert {"de", "van", "von", "der", "bin", "al", "del", "della", "y"} <= particles
    assert all(word == word.lower() for word in particles)
    assert not {"of", "the", "and"} & particles  # English joiners are not particles
    # conjunctions (Ortega y Gasset) are particles, but can be left out where two names
    # joined by one must stay two ("Kim Jong-un et Kim Yo-jong")
    strict = words.name_particles(conjunctions=False)
    assert {"y", "et", "und"} <= particles and not {"y", "et", "und"} & strict
    assert strict < particles and {"de", "van", "bin"} <= strict


def test_titles_with_their_gender_and_as_words() -> None:
    titles = words.titles()
    assert titles["Mrs"] == "female" and titles["King"] == "male"
    assert titles["Prime Minister"] is None and titles["Dr."] is None
    assert titles["Crown Prince"] == "male" and titles["Crown Princess"] == "female"
    assert not [title for title in titles if title.endswith((" male", " female"))]
    one_word = words.title_words()
    assert {"Mr", "Dr", "President", "Señora", "Sen"} <= one_word
    assert "Prime Minister" not in one_word and "Mr." not in one_word


def test_honorifics_are_forms_of_address_not_offices() -> None:
    address = words.honorifics()
    assert {"Mr", "Mrs", "Ms", "Dr", "Herr", "Señora", "Sra", "Mx"} <= address
    assert not {"President", "Sen", "King", "Minister", "Mr."} & address
    assert address < words.title_words()


def test_english_honorifics_are_the_honorifics_of_english() -> None:
    english = words.english_honorifics()
    assert {"Mr", "Mrs", "Ms", "Miss", "Sir", "Dr"} <= english
    assert not {"Herr", "Señora", "Sra", "Monsieur", "President", "Mr."} & english
    assert english < words.honorifics()


def test_number_words_with_their_values_by_kind() -> None:
    assert words.number_words("cardinal")["nineteen"] == "19"
    assert words.number_words("tens")["ninety"] == "90"
    assert words.number_words("ordinal")["twentieth"] == "20"
    assert words.number_words("quantity")["half"] == "0.5"
    assert words.number_words("power")["million"] == "1000000"
    assert set(words.number_words("one")) == {"a", "an", "single", "once", "lone"}
    assert "twenty" not in words.number_words("cardinal")


def test_scale_words_with_the_powers_they_may_mean() -> None:
    scales = words.scale_words()
    assert scales["million"] == (6,) and scales["millones"] == (6,) and scales["mio"] == (6,)
    assert scales["billion"] == (9, 12)  # 10^9 in English, 10^12 in German or Spanish
    assert scales["lakh"] == (5,) and scales["crore"] == (7,)
    assert "hundred" not in scales


def test_abbreviated_titles_are_the_titles_written_with_a_period() -> None:
    abbreviated = words.abbreviated_titles()
    assert {"Mr", "Dr", "Sen", "Sra", "Capt"} <= abbreviated
    assert not {"President", "Mr.", "Prime Minister"} & abbreviated


def test_calendar_words_and_their_kinds() -> None:
    every = words.calendar_words()
    assert {"Monday", "May", "Sept", "Sun", "Easter"} <= every
    assert "Sun" not in words.calendar_words(short=False)  # Sun Yat-sen
    assert "Easter" not in words.calendar_words(feasts=False)
    assert {"Jan", "January"} <= words.calendar_kind("month")
    assert "Monday" not in words.calendar_kind("month")
    assert {"monday", "sept"} <= words.calendar_words_lower()
    assert "easter" not in words.calendar_words_lower()


def test_month_numbers_follow_the_calendar() -> None:
    numbers = words.month_numbers()
    assert numbers["january"] == numbers["jan"] == 1
    assert numbers["may"] == 5 and numbers["sept"] == numbers["september"] == 9
    assert numbers["dec"] == 12 and "monday" not in numbers
    assert sorted(set(numbers.values())) == list(range(1, 13))


def test_determiners_by_kind() -> None:
    every = words.determiners()
    assert {"the", "a", "this", "his", "every", "two", "whose"} <= every
    assert words.determiners("article") == {"the", "a", "an"}
    definite = words.determiners("definite")
    assert {"the", "this", "his", "their"} <= definite and not {"a", "an", "every"} & definite
    both = words.determiners("article", "possessive")
    assert {"a", "the", "my", "their"} <= both and not {"this", "every"} & both
    assert all(word == word.lower() for word in every)


def test_function_words_by_kind() -> None:
    function = words.function_words()
    assert {"the", "of", "and", "was", "would", "they"} <= function
    assert "minister" not in function
    assert {"when", "although"} <= words.function_words("subordinator")
    assert {"everyone", "nobody"} <= words.function_words("universal_person")
    assert "someone" in words.function_words("indefinite_person")
    assert {"is", "became", "remains"} <= words.function_words("copula")
    assert {"says", "tells"} <= words.present_reporting_verbs() < words.reporting_verbs()
    assert "claims" not in words.present_reporting_verbs()


def test_function_words_of_the_name_and_bilingual_analyses() -> None:
    assert words.function_words("partitive") == {"one", "each", "either", "neither"}
    assert {"and", "but", "that", "when"} <= words.function_words("clause_start")
    assert {"would", "was", "has", "must"} <= words.function_words("auxiliary")
    assert "that" not in words.function_words("auxiliary")
    assert {"in", "on", "during"} <= words.function_words("phrase_preposition")
    assert "of" not in words.function_words("phrase_preposition")  # an affiliation
    title_minor = words.function_words("title_minor")
    assert {"a", "the", "and", "of", "vs"} <= title_minor and "about" not in title_minor
    assert words.function_words("name_joiner") <= title_minor


def test_personal_pronouns_by_person_and_case() -> None:
    first = words.personal_pronouns(("first",))
    assert {"i", "me", "my", "mine", "myself", "we", "ourselves"} <= first
    assert not first & words.personal_pronouns(("second", "third"))
    assert words.personal_pronouns(("third",), ("subject",)) == {"he", "she", "it", "they"}
    assert words.personal_pronouns(("second",), ("subject", "object")) == {"you"}
    assert {"her", "his", "its"} <= words.personal_pronouns(cases=("possessive",))
    assert "hers" not in words.personal_pronouns(cases=("possessive",))
    assert len(words.personal_pronouns()) == 31


def test_abbreviations_and_those_that_end_sentences() -> None:
    every = words.abbreviations()
    assert {"mr", "dr", "etc", "u.s", "e.g", "sept"} <= every
    assert words.abbreviations("sentence_final") == {"etc", "inc", "corp", "co", "ltd", "bros"}
    assert "mr" not in words.abbreviations("sentence_final")


def test_symbol_neighbours_and_make_phrases() -> None:
    assert {"vitamin", "type", "the"} <= words.symbol_neighbours("before")
    assert {"equals", "is"} <= words.symbol_neighbours("after")
    assert "vitamin" not in words.symbol_neighbours("after")
    assert words.make_reporting("make") == {"make", "makes", "made", "making"}
    assert words.make_reporting("complement") == {"known", "clear", "public"}
    assert {"driver", "host", "model"} <= words.thing_roles()


def test_open_class_lists_of_the_mentions() -> None:
    assert {"water", "border", "computer"} <= words.not_agent_nouns()
    assert {"general", "chief"} <= words.adjective_roles()
    assert {"people", "women", "police"} <= words.plural_people()
    assert {"suffix", "ending", "prefix"} <= words.word_part_nouns()


def test_typography_words_by_kind() -> None:
    assert {"page", "pages", "chapter"} <= words.typography_words("list_word")
    assert {"between", "from"} == words.typography_words("range_opener")
    assert {"siècle", "century"} <= words.typography_words("ordinal_context")
    assert words.typography_words("ordinal_determiner") == {"de", "het"}
    assert not words.determiners() & words.typography_words("ordinal_determiner")
    assert {"round", "place", "posto"} <= words.typography_words("ordinal_noun")
    assert {"seconds", "points"} <= words.typography_words("measure_noun")
    assert "visitors" not in words.typography_words("measure_noun")
    # the plural count nouns without -s are plural_people's, plus the ones of no person
    assert not words.plural_people() & words.typography_words("counted_plural")
    assert {"i", "iv", "x"} <= words.typography_words("roman_label")


def test_no_copy_of_a_concept_outside_words() -> None:
    copies = re.compile(
        r"(?m)REPORTING_VERBS|reporting_verbs\.txt|speech_verbs\(\)|\"speech_verbs\""
        r"|NAME_PARTICLES|name_particles\.txt|name_titles\.txt|entries\(\"titles\"\)"
        r"|CALENDAR_WORDS|\"Wednesday\"|\bWednesday\b.*\bThursday\b|january february"
        r"|(?<![A-Z])_DETERMINERS\b|\"the\", \"a\", \"an\"|_HONORIFICS|_EXTRA_ROLES|_TITLE_BEFORE"
        r"|unicodedata\.combining|FUNCTION_WORDS = frozenset|^def words\(listing"
        r"|_ENGLISH_CAPITALISED|\bnineteen\b|\"milliards\""
    )
    found = [
        f"{path.relative_to(CHECKER)}"
        for path in CHECKER.rglob("*.py")
        if path != CHECKER / "text" / "fold.py"  # the one accent folding
        and copies.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
