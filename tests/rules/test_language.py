"""Language rules (L101-L104): what is reported, where, how severely, and what is not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checker import lint_text
from checker.types import Severity

ROOT = Path(__file__).resolve().parents[2]


def language_findings(text: str, **options):
    return [f for f in lint_text(text, select="L", **options) if f.family == "language"]


def test_seed_article_reports_only_the_french_heading():
    text = (ROOT / "fixtures/articles/nk-soldiers.txt").read_text(encoding="utf-8")
    findings = [f for f in language_findings(text) if f.severity >= Severity.WARNING]
    assert [(f.line, f.column, f.end_column, f.code) for f in findings] == [(13, 11, 15, "L101")]
    assert findings[0].message == 'French text left untranslated: "muet"'
    assert findings[0].severity is Severity.ERROR  # a heading with no English word
    assert findings[0].category == "Accuracy/Untranslated"


def test_single_lowercase_word_is_a_warning_with_its_exact_span():
    text = "The recovery is évidente, the minister said.\n"
    (finding,) = language_findings(text)
    assert finding.code == "L101"
    assert finding.severity is Severity.WARNING
    assert text[finding.start : finding.end] == "évidente"
    assert finding.message == 'French text left untranslated: "évidente"'


def test_multi_word_span_is_an_error_and_covers_only_the_foreign_words():
    text = "The crisis, según los expertos, will last another year.\n"
    (finding,) = language_findings(text)
    assert (finding.code, finding.severity) == ("L101", Severity.ERROR)
    assert text[finding.start : finding.end] == "según los expertos"
    assert finding.message.startswith("Spanish text left untranslated")


def test_whole_foreign_sentence_is_l102():
    text = "The talks failed. Les négociations reprendront lundi prochain.\n"
    (finding,) = language_findings(text)
    assert finding.code == "L102"
    assert finding.message == (
        'French sentence left untranslated: "Les négociations reprendront lundi prochain"'
    )


def test_foreign_heading_is_l102_heading():
    (finding,) = language_findings("Pyongyang reste silencieux\n")
    assert finding.code == "L102"
    assert finding.message == 'French heading left untranslated: "reste silencieux"'


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The practice became common практикой in the region.\n", "Russian"),
        ("Traces of 三聚氰胺 were found in the milk.\n", "Chinese"),
        ("The minister said 우리는 준비되어 있다 in a speech.\n", "Korean"),
        ("The mayor wrote їжак on the board.\n", "Ukrainian"),
        ("Officials called it 特別軍事作戦です in Tokyo.\n", "Japanese"),
    ],
)
def test_non_latin_run_is_an_error_naming_its_language(text, language):
    (finding,) = language_findings(text)
    assert (finding.code, finding.severity) == ("L103", Severity.ERROR)
    assert finding.message.startswith(f"{language} text left untranslated")
    run = text[finding.start : finding.end]
    assert run and run == run.strip() and not any(ch.isascii() and ch != " " for ch in run)


def test_original_script_in_parentheses_and_symbols_are_not_warnings():
    findings = language_findings("Kim Jong-un (김정은) said π is 3.14 and Δ is small.\n")
    assert all(f.severity is Severity.INFO for f in findings)


def test_foreign_document_is_reported_once():
    text = (
        "Les négociations ont repris lundi après une semaine de retards et d'accusations.\n"
        "Le ministère a indiqué que les deux délégations se retrouveraient jeudi à Genève.\n"
    )
    findings = language_findings(text)
    assert [(f.code, f.line, f.column) for f in findings] == [("L104", 1, 1)]
    assert findings[0].message == "the document is in French, not English"


def test_source_lang_sharpens_and_never_silences_other_languages():
    text = "The recovery is évidente, the minister said.\n"
    assert [f.code for f in language_findings(text, source_lang="fr")] == ["L101"]
    assert [f.code for f in language_findings(text, source_lang="de")] == ["L101"]
    # a word rarer in German than the base thresholds ask, reported only with the hint
    weak = "The minister called it skorpion fair, the report said.\n"
    assert language_findings(weak) == []
    assert [f.code for f in language_findings(weak, source_lang="de")] == ["L101"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The Präsident said the talks would resume.", "Präsident"),
        ("Officials said the Behörden had not been told.", "Behörden"),
        ("The Geschäftsführer of the firm resigned.", "Geschäftsführer"),
        ("He moved to Kalifornien last year with his family.", "Kalifornien"),
        ("Troops from Nordkorea were seen near the border.", "Nordkorea"),
        ("The ministry said verschlüsseln was too costly.", "verschlüsseln"),
        ("The country was at guerra with its neighbours.", "guerra"),
        ("Farmers left the campos after the floods.", "campos"),
        ("Prices rose und wages fell sharply.", "und"),
        ("He said que the results were good.", "que"),
        ("The author dell'autore signed the book.", "dell'autore"),
    ],
)
def test_single_leftover_words_are_warnings(text, word):
    findings = [f for f in language_findings(text + "\n") if f.code == "L101"]
    assert [(text[f.start : f.end], f.severity.label) for f in findings] == [(word, "warning")]


@pytest.mark.parametrize(
    "text",
    [
        "Thomas Präsident and Anna Präsident met the press.",  # a name the text uses
        "Mr Geschäftsführer declined to comment.",  # after a title
        "The Geschäftsführer's office was closed, and Geschäftsführer Klaus Berg left.",
        "Sales in Hamburg and Magdeburg rose, the firm said.",  # place endings
        "The analysts vie for attention, and the course par is four.",  # English words
        "The renationalisation of the firm was discussed.",  # an English derivation
    ],
)
def test_guards_keep_names_and_english_words_silent(text):
    findings = language_findings(text + "\n")
    assert [f for f in findings if f.severity.label in ("warning", "error")] == []


def test_severity_of_a_quotation_does_not_depend_on_its_marks():
    german = language_findings("He said „Die Regierung hat versagt“ and left the room.\n")
    english = language_findings("He said “Die Regierung hat versagt” and left the room.\n")
    assert [f.severity.label for f in german] == [f.severity.label for f in english] == ["error"]


def test_a_word_cited_on_purpose_stays_below_warning():
    text = 'Germany\'s so-called "Mittelstand" of family firms grew.\n'
    findings = language_findings(text)
    assert all(f.severity.label == "info" for f in findings)


def test_a_quotation_translated_after_its_closing_mark_stays_below_warning():
    lyric = "fire fi di man dem weh go ride man behind"
    glossed = f'The song has the line "{lyric}", translated by a campaign group as "burn them".\n'
    assert all(f.severity.label == "info" for f in language_findings(glossed))
    meaning = 'They chanted "wir sind das Volk und wir bleiben hier", which means "we stay".\n'
    assert all(f.severity.label == "info" for f in language_findings(meaning))


def test_a_quotation_left_in_its_language_without_a_gloss_is_reported():
    text = 'The minister said the reform was "unbedingt notwendig und dringend", he added.\n'
    assert [f.severity.label for f in language_findings(text)] == ["error"]


def test_a_rare_inflection_of_an_english_word_is_english():
    # "recompenses" is frequent in Catalan and hardly counted in English, but "recompense" is
    assert language_findings("The fund recompenses farmers for their losses.\n") == []


def test_source_lang_names_the_language_of_a_span():
    text = "He said the result was molto buono for the team.\n"
    (finding,) = language_findings(text, source_lang="it")
    assert finding.message == 'Italian text left untranslated: "molto buono"'


def test_allow_words_extends_the_allow_list_with_words_and_phrases():
    assert language_findings("The recovery is évidente.\n", allow_words=["évidente"]) == []
    text = "The deal, selon lui, is dead.\n"
    assert [f.code for f in language_findings(text)] == ["L101"]
    assert language_findings(text, allow_words=["selon lui"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "We had a sense of déjà vu when the coup d'état failed.\n",
        "Pour the water slowly, then add the pork loin.\n",
        "Le Monde reported that crowds gathered on the Champs-Élysées.\n",
        "Ursula von der Leyen met Lula da Silva in Rio de Janeiro.\n",
        "Côte d'Ivoire and the Quai d'Orsay declined to comment.\n",
        'She read "Cien años de soledad" twice.\n',
        'The French word "muet" means silent.\n',
    ],
)
def test_no_warning_on_loanwords_names_titles_and_cited_words(text):
    assert [f for f in language_findings(text) if f.severity >= Severity.WARNING] == []


@pytest.mark.parametrize("marks", ["“”", "„“", "«»", '""'])
def test_a_title_in_quotation_marks_is_info_and_quoted_speech_is_not(marks):
    opening, closing = marks
    title = f"She read {opening}Cien años de soledad{closing} twice.\n"
    assert [f.severity for f in language_findings(title)] == [Severity.INFO]
    speech = f"He said {opening}Cien años de soledad,{closing} and left.\n"
    assert [f.severity for f in language_findings(speech)] == [Severity.ERROR]


def test_capitalised_foreign_word_at_sentence_start_is_at_most_info():
    findings = language_findings("Mais the decision came too late.\n")
    assert [(f.code, f.severity) for f in findings] in ([], [("L101", Severity.INFO)])


def test_langdetect_is_not_loaded_without_a_candidate_span():
    probe = (
        "import sys\n"
        "from checker import lint_text\n"
        "lint_text('Pour the water. The recovery is évidente. The ministers met in Kyiv.\\n',"
        " select='L')\n"
        "print('langdetect' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "False"


def test_findings_are_deterministic():
    text = "He said it was nicht möglich to wait, selon lui, and très difficile.\n"
    first = [(f.code, f.start, f.end, f.message) for f in language_findings(text)]
    assert first == [(f.code, f.start, f.end, f.message) for f in language_findings(text)]
    assert len(first) == 3


def _warnings(text: str, **options):
    return [
        (text[f.start : f.end], f.code, f.severity)
        for f in language_findings(text, **options)
        if f.severity >= Severity.WARNING
    ]


@pytest.mark.parametrize(
    ("text", "span", "severity"),
    [
        ("Laut der Polizei, three people were hurt.", "Laut der Polizei", Severity.ERROR),
        ("Selon le ministère, the plan is final.", "Selon le ministère", Severity.ERROR),
        ("Sin embargo, the union rejected the offer.", "Sin embargo", Severity.WARNING),
        ("No obstante, the court upheld the ban.", "No obstante", Severity.WARNING),
        ("The port reopened, sin embargo, after a week.", "sin embargo", Severity.WARNING),
    ],
)
def test_source_language_sentence_openers(text, span, severity):
    assert _warnings(text) == [(span, "L101", severity)]


@pytest.mark.parametrize(
    "text",
    [
        "Laut is a small village in Bavaria.",
        "Kurz said the deal was fair.",
        "In general, the talks went well.",
    ],
)
def test_names_and_english_openers_are_not_connectives(text):
    assert _warnings(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Herr Becker declined to comment.", "Herr"),
        ("The court heard Maître Lefèvre for two hours.", "Maître"),
        ("Mme. Martin left the room.", "Mme"),
        ("Oberbürgermeister Lange opened the station.", "Oberbürgermeister"),
    ],
)
def test_foreign_title_before_a_name_is_a_warning(text, title):
    assert _warnings(text) == [(title, "L101", Severity.WARNING)]


@pytest.mark.parametrize(
    "text",
    [
        "Madame Curie won the Nobel Prize twice.",
        "Trudy Herr won the race in Boston.",
        "The role of Frau Blücher made her famous.",
        "Avenue du Général Leclerc was closed.",
    ],
)
def test_established_titles_surnames_and_street_names_are_silent(text):
    assert _warnings(text) == []


def test_title_of_another_language_is_still_reported_with_source_lang():
    found = _warnings("Herr Becker declined to comment.", source_lang="fr")
    assert [(word, code) for word, code, _ in found] == [("Herr", "L101")]


def test_title_shared_by_languages_is_named_after_the_source_language():
    for lang, name in (("es", "Spanish"), ("it", "Italian"), ("pt", "Portuguese")):
        found = language_findings("Ministra Costa opened the bridge.", source_lang=lang)
        assert [f.message for f in found] == [f'{name} text left untranslated: "Ministra"']


def test_lone_conjunction_between_english_words():
    assert _warnings("Wages fell y prices rose.") == [("y", "L101", Severity.WARNING)]
    assert _warnings("Farmers und traders protested.") == [("und", "L101", Severity.WARNING)]
    # A one-letter conjunction is a warning only with more evidence of its language.
    assert _warnings("The talks were long e difficult.") == []
    hinted = _warnings("The talks were long e difficult.", source_lang="it")
    assert hinted == [("e", "L101", Severity.WARNING)]


@pytest.mark.parametrize(
    "text",
    [
        "Plot y against x to see the trend.",
        "Let e be the charge of an electron.",
        "She took vitamin e supplements every morning.",
        "The convoy was en route to the border.",
        "Smith et al. described the method.",
        "Between x and y there is a gap.",
    ],
)
def test_letters_and_loan_phrases_are_not_conjunctions(text):
    assert _warnings(text) == []


def test_capitalised_heading_of_common_words_is_l102():
    text = "Schwierige Verhandlungen\n\nThe talks will be hard, the union said.\n"
    found = _warnings(text)
    assert found == [("Schwierige Verhandlungen", "L102", Severity.ERROR)]
    assert _warnings(text, source_lang="de") == found


@pytest.mark.parametrize(
    "heading",
    ["Gazeta Wyborcza", "Petra Lindqvist", "Choe Sang-Hun", "Bayern München", "Nueva Esperanza"],
)
def test_name_headings_are_silent(heading):
    assert _warnings(f"{heading}\n\nThe story was published on Monday.\n") == []


def test_heading_words_found_again_in_the_text_are_a_name():
    alone = "Neue Hoffnung\n\nThe shelter opened on Monday.\n"
    assert [code for _, code, _ in _warnings(alone)] == ["L102"]
    named = "Neue Hoffnung\n\nThe charity Neue Hoffnung opened a shelter on Monday.\n"
    assert _warnings(named) == []


def test_plant_closure_heading_is_reported():
    text = (ROOT / "fixtures/articles/plant-closure.txt").read_text(encoding="utf-8")
    found = [(f.line, f.code) for f in language_findings(text) if f.severity >= Severity.WARNING]
    assert found == [(11, "L102")]


@pytest.mark.parametrize(
    "text",
    [
        "La Gazzetta dello Sport praised the coach.",
        "Il Fatto Quotidiano reported the story.",
        "The report in Die Welt am Sonntag was denied.",
    ],
)
def test_run_of_capitalised_words_in_a_sentence_is_a_name(text):
    assert _warnings(text) == []


def test_lower_case_name_after_a_role_is_at_most_info():
    assert _warnings("The club said coach tomasz wieczorek had left.") == []


def test_lower_case_name_after_a_role_and_a_comma_is_at_most_info():
    assert _warnings("The club's captain, sebastián okonkwo, said the season was over.") == []


def test_top_preposition_before_a_name_is_an_opener_unless_it_is_a_surname():
    assert _warnings("Según Carmen Ortiz, the museum will reopen.") == [
        ("Según", "L101", Severity.WARNING)
    ]
    assert _warnings("Anna Selon spoke first. Selon Emmanuel agreed.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rain brought what the French call an “épisode cévenol,” for days.\n", "épisode cévenol"),
        ("The bar was known locally as “la movida.” It closed.\n", "la movida"),
        ("carlos ibáñez said the talks would resume.\n", "ibáñez"),
    ],
)
def test_cited_terms_and_lower_case_names_are_only_info(text, span):
    (finding,) = language_findings(text)
    assert finding.severity is Severity.INFO
    assert text[finding.start : finding.end] == span


@pytest.mark.parametrize("marks", ["„“", "“”", "«»", '""'])
def test_a_quoted_word_is_judged_alike_whatever_its_marks(marks):
    text = f"The crowd shouted {marks[0]}hayır{marks[1]} twice.\n"
    assert [f.severity.label for f in language_findings(text) if f.code == "L101"] == ["info"]


def test_a_german_phrase_after_a_capital_is_no_name_going_on():
    text = "Officials said the Lager bleibt geschlossen until further notice.\n"
    found = [f for f in language_findings(text) if f.severity.label in ("warning", "error")]
    assert [(text[f.start : f.end], f.severity.label) for f in found] == [
        ("bleibt geschlossen", "error")
    ]  # "Lager" is English: the German words after it do not continue a name


@pytest.mark.parametrize(
    "text",
    [
        "The Česká národní banka held rates on Thursday.",  # Czech: one capital per name
        "The Alternative für Deutschland won seats in the east.",  # between two capitals
    ],
)
def test_names_with_lower_case_words_stay_below_warning(text):
    found = language_findings(text + "\n")
    assert [f for f in found if f.severity.label in ("warning", "error")] == []


def _severities(text: str, **options) -> list[tuple[str, Severity]]:
    return [(text[f.start : f.end], f.severity) for f in language_findings(text, **options)]


def test_a_rare_word_left_after_a_determiner_stays_a_warning():
    # machine translation leaves the words it does not know, rare ones included
    text = "The user said the fichero was deleted by mistake on Monday.\n"
    assert _severities(text) == [("fichero", Severity.WARNING)]


def test_quoted_word_rare_abroad_is_a_cited_term():
    text = 'Fans in Turin still praise "furbizia" in their defenders.\n'
    assert _severities(text) == [("furbizia", Severity.INFO)]


@pytest.mark.parametrize(
    "text",
    [
        "She became the eminence grise of the party.\n",
        "Critics called the film a chef-d'oeuvre of the decade.\n",
        "Waiters carried hors d'oeuvres to the terrace before the speeches.\n",
    ],
)
def test_english_lemmas_of_wordnet_are_not_reported(text):
    assert language_findings(text) == []
