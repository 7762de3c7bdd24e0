"""Family B: numbers, do-not-translate tokens, untranslated segments, length, punctuation."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import lint_text
from checker.config import Config
from checker.engine import lint
from checker.formats.aligned import pair_document, read
from checker.rules.bilingual import fold, words
from checker.types import Severity

BILINGUAL = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"


def check(source: str, target: str, select: str = "B", **options) -> list[tuple]:
    """(line, column, code, severity, message) of one aligned pair (or several lines)."""
    findings = lint_text(target + "\n", source=source + "\n", select=select, **options)
    return [(f.line, f.column, f.code, f.severity.label, f.message) for f in findings]


def codes(source: str, target: str, select: str = "B", **options) -> list[str]:
    return [code for _, _, code, _, _ in check(source, target, select, **options)]


def test_plain_documents_give_no_bilingual_finding() -> None:
    assert lint_text("There are 1,000 soldiers. Le pays n'a pas répondu.\n", select="B") == []


# Numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Il y a 11 000 soldats.", "There are 11,000 soldiers."),
        ("Un taux de 3,5 %.", "A rate of 3.5%."),
        ("Elle a 2,7 millions d’habitants.", "It has 2.7 million inhabitants."),
        ("Elle a 2,7 millions d’habitants.", "It has 2,700,000 inhabitants."),
        ("Rendez-vous à 18 h 30.", "Meet at 6:30 p.m."),
        ("Rendez-vous à 18 h 30.", "Meet at 18:30."),
        ("Le 03/01/2024.", "On Jan. 3, 2024."),
        ("Il a 3 enfants et 1 chien.", "He has three children and a dog."),
        ("Il est arrivé 2e.", "He came second."),
        ("Pendant 48 h.", "For 48 hours."),
        ("中国有1000万人口。", "China has a population of 10 million."),
        ("增长到14.6万人。", "It rose to 146,000 people."),
        ("他7月17日抵达。", "He arrived on July 17."),
        ("２０２４年に１２．５％増えた。", "It rose 12.5% in 2024."),
        ("Dans les années 70.", "In the 1970s."),
        ("19世纪的建筑。", "Architecture of the 1800s."),
        ("La réunion est à 12 h 00.", "The meeting is at noon."),
        ("会议在下午3点开始。", "The meeting starts at 3 p.m."),
        ("Il a 300 moutons.", "He has three hundred sheep."),
        ("Elle a gagné 1-6,4-6.", "She won 1-6, 4-6."),
        ("Le vecteur [1,1].", "The vector [1, 1]."),
    ],
)
def test_equal_numbers_pass(source: str, target: str) -> None:
    assert codes(source, target, "B101") == []


def test_a_changed_number_is_an_error_on_the_target_number() -> None:
    assert check("Il y a 11 000 soldats.", "There are 1,000 soldiers.", "B101") == [
        (1, 11, "B101", "error", "number 11 000 of the source became 1,000 in the target")
    ]


def test_a_dropped_number_is_a_warning_on_the_segment() -> None:
    assert check("300 morts et 2 700 blessés.", "300 dead and many wounded.", "B101") == [
        (1, 1, "B101", "warning", "number 2 700 of the source is missing from the target")
    ]


def test_a_changed_cjk_amount_is_an_error() -> None:
    assert check("中国有1000万人口。", "China has 1 million people.", "B101") == [
        (1, 11, "B101", "error", "number 1000万 of the source became 1 million in the target")
    ]


def test_a_changed_time_is_only_a_warning() -> None:
    (finding,) = check("À 9.30 Uhr.", "At 9 a.m.", "B101")
    assert finding[2:4] == ("B101", "warning")


def test_each_number_needs_its_own_partner() -> None:
    # Two 300s in the source, one in the target: one is missing.
    assert codes("300 soldats et 300 civils.", "300 soldiers and civilians.", "B101") == ["B101"]


# Placeholders, tags, URLs ------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    ["%s", "%d", "%1$s", "%(count)s", "{0}", "{name}", "{{ user }}", "${name}", "<b>", "&amp;"],
)
def test_each_kind_of_placeholder_must_be_kept(token: str) -> None:
    source = f"Bonjour {token} ici."
    assert codes(source, f"Hello {token} here.", "B201") == []
    assert check(source, "Hello here.", "B201") == [
        (1, 1, "B201", "error", f"{token} of the source is missing from the target")
    ]


def test_placeholders_may_move_but_not_vanish() -> None:
    assert codes("%s a %d messages", "%d messages for %s", "B201") == []
    assert codes("<b>Gras</b> et <i>italique</i>", "<i>Italic</i> and bold</b>", "B201") == ["B201"]


def test_percent_signs_in_prose_are_not_placeholders() -> None:
    assert codes("50 % des soldats, 50 % d’autres.", "Half of the soldiers.", "B201") == []


def test_a_localised_url_on_the_same_host_is_kept() -> None:
    assert codes("Voir https://example.org/fr/aide.", "See https://example.org/en/help.") == []
    assert check("Écrire à presse@example.org.", "Write to the press office.", "B202") == [
        (1, 1, "B202", "warning", "presse@example.org of the source is missing from the target")
    ]


# Names -----------------------------------------------------------------------------------


def test_words_drop_elided_articles_and_possessives() -> None:
    assert [w.value for w in words("l’Ukraine et d'Allemagne, Zelensky’s")] == [
        "Ukraine",
        "et",
        "Allemagne",
        "Zelensky",
    ]
    assert fold("Séoul") == "seoul"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Selon Kang Dong-wan, la Corée du Nord a menti.", "Kang Dong-wan says North Korea lied."),
        ("Selon l’Allemagne, l’ONU a tardé.", "According to Germany, the UN was slow."),
        ("Le président Zelensky a parlé à Séoul.", "President Zelenskyy spoke in Seoul."),
        ("Les États-Unis et le Royaume-Uni ont réagi.", "The United States and Britain reacted."),
        ("La Maison Blanche a refusé.", "The White House declined."),
        ("Moscou accuse Kiev.", "Moscow accuses Kyiv."),
        ("Le Monde et Reuters ont publié la vidéo.", "Le Monde and Reuters published the video."),
        ("Une Entrée Du Menu Principal", "A main menu entry"),  # Title Case says nothing
    ],
)
def test_kept_or_legitimately_translated_names_pass(source: str, target: str) -> None:
    assert [f for f in check(source, target, "B211") if f[3] != "info"] == []


def test_a_dropped_person_is_a_warning() -> None:
    assert check("Selon Kang Dong-wan, la Corée du Nord a menti.", "He says North Korea lied.") == [
        (1, 1, "B211", "warning", "name Kang Dong-wan of the source is missing from the target")
    ]


def test_punctuation_separates_names() -> None:
    source = "Le porte-parole du Pentagone, John Kirby, n’a pas souhaité s’exprimer."
    assert check(source, "A Pentagon spokesman declined to comment.", "B211") == [
        (1, 1, "B211", "warning", "name John Kirby of the source is missing from the target")
    ]


def test_german_sources_are_not_checked_for_names() -> None:
    source = "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen."
    assert codes(source, "The government passed a law.", "B211", source_lang="de") == []


def test_a_translatable_lone_word_is_only_info() -> None:
    (finding,) = check("Le texte du Gouvernement est prêt.", "The text is ready.", "B211")
    assert finding[2:4] == ("B211", "info")


# Untranslated ----------------------------------------------------------------------------

FRENCH = "Le pays n’a pas répondu aux informations sur la capture de ses soldats."


def test_a_copied_sentence_is_a_warning() -> None:
    assert check(FRENCH, FRENCH, "B301") == [
        (1, 1, "B301", "warning", "the target is a copy of the source")
    ]


def test_short_copies_are_info_and_shared_words_pass() -> None:
    assert check("Pyongyang muet", "Pyongyang muet", "B301") == [
        (1, 1, "B301", "info", "the target is a copy of the source")
    ]
    assert codes("Menu\nVersion %s\n%d messages", "Menu\nVersion %s\n%d messages", "B301") == []


def test_an_english_source_may_be_copied() -> None:
    sentence = "The country has not responded to the reports of the capture."
    assert codes(sentence, sentence, "B3", source_lang="en") == []


def test_a_target_still_in_the_source_language_is_a_warning() -> None:
    target = "Le pays n’a pas répondu aux reports sur la capture de ses soldats."
    assert check(FRENCH, target, "B302") == [
        (1, 1, "B302", "warning", "the target is still in French")
    ]
    english = "The country has not responded to reports about the capture of its soldiers."
    assert codes(FRENCH, english, "B302") == []


# Length ----------------------------------------------------------------------------------

LONG = "Il a été soigné à Kyiv pendant trois longues semaines, loin du front."


def test_a_far_shorter_target_is_a_possible_omission() -> None:
    assert check(LONG, "He was treated.", "B4") == [
        (
            1,
            1,
            "B401",
            "warning",
            "the target is 23% of the expected length of its source: something omitted?",
        )
    ]
    (finding,) = check(LONG, "He was treated in Kyiv far away.", "B4")
    assert finding[2:4] == ("B401", "info")


def test_short_sources_are_not_measured() -> None:
    assert codes("Il a été soigné à Kyiv.", "Treated.", "B4") == []


def test_a_far_longer_target_is_a_possible_addition_info() -> None:
    target = (
        "He was treated in Kyiv for three long weeks, far from the front, by doctors who "
        "came from Lviv and from Odesa, then sent home to rest for many more weeks."
    )
    assert [(c, s) for _, _, c, s, _ in check(LONG, target, "B4")] == [("B402", "info")]


def test_the_expected_ratio_calibrates_on_the_document(tmp_path: Path) -> None:
    sources = [f"{LONG} Numéro {n}." for n in range(10)]
    targets = [f"Treated {n}." for n in range(10)]  # all short: the document's own ratio
    (doc,) = pair_document("\n".join(targets), sources, "out.txt", Config())
    assert doc.length_ratio == pytest.approx(10 / 75, abs=0.01)
    assert [f for f in lint(doc, Config(select=("B4",)))] == []


def test_unspaced_scripts_are_not_measured_without_calibration() -> None:
    source = "北朝鮮の兵士がウクライナで捕虜になったと報じられたが、政府はまだ何も発表していない。"
    assert (
        codes(
            source,
            "North Korean soldiers were captured in Ukraine according to reports, "
            "but the government has not yet announced anything at all.",
            "B4",
        )
        == []
    )


# Final punctuation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("Savait-il où il allait ?", "Did he know where he was going?", []),
        ("« Pourquoi ? »", "“Why?”", []),
        ("Savait-il où il allait ?", "Did he know where he was going", [("B501", "warning")]),
        ("Savait-il où il allait ?", "Did he know where he was going.", [("B501", "warning")]),
        ("Il a dit : « Je veux vivre ici ! »", "He said: “I want to live here.”", []),
        (
            "Il a dit qu’il voulait vivre ici.",
            "He said he wanted to live here",
            [("B501", "warning")],
        ),
        ("他说他想住在这里。", "He said he wanted to live here", [("B501", "warning")]),
        ("彼は東京に住んでいる．", "He lives in Tokyo", [("B501", "warning")]),
        ("वह यहाँ रहना चाहता है।", "He wants to live here", [("B501", "warning")]),
        ("هل تريد أن تعيش هنا؟", "Do you want to live here", [("B501", "warning")]),
        ("Les prix ont augmenté de 5 %.", "Prices rose by 5%", [("B501", "warning")]),
        ("Il a dit qu’il voulait vivre ici.", "He said he wanted to live here.", []),
        ("Il a crié qu’il voulait vivre ici !", "He shouted he wanted to live here.", []),
        ("Il s’est rendu à Kiev.", "He travelled to Kyiv", [("B501", "warning")]),
        (
            "Gabriel García Márquez ganó el Nobel en 1982.",
            "Gabriel García Márquez won the Nobel in 1982",
            [("B501", "warning")],
        ),
        ("Ils sont partis aux U.S.", "They left for the U.S", []),  # an abbreviation
        ("Fichier enregistré.", "File saved", []),  # a label
        ("Les prix et les salaires des ouvriers.", "Prices And Wages Of Workers", []),  # a heading
        ("Il travaille chez Apple Inc.", "He works at Apple Inc", []),  # an abbreviation
        ("Voir https://example.org/aide.", "See https://example.org/help", []),
        ("Le prix : 5 euros", "The price: 5 euros", []),  # nothing to drop
        ("Pyongyang muet", "Pyongyang silent", []),
    ],
)
def test_final_punctuation(source: str, target: str, expected: list) -> None:
    assert [(c, s) for _, _, c, s, _ in check(source, target, "B5")] == expected


# The seed article ------------------------------------------------------------------------


def test_the_seed_articles_problem_lines_with_their_french_source() -> None:
    (doc,) = read(
        (BILINGUAL / "nk-soldiers.en.txt").read_text(encoding="utf-8"),
        "nk-soldiers.en.txt",
        Config(),
        str(BILINGUAL / "nk-soldiers.fr.txt"),
    )
    assert doc.source_lang == "fr"  # guessed from the sources
    findings = lint(doc, Config(select=("B",)))
    # Numbers (11 000, 300, 2 700, 3 janvier), names (Maison Blanche, Séoul, Kim Jong-un...)
    # all reach the target; only the untranslated heading is left.
    assert [(f.line, f.code, f.severity) for f in findings] == [(3, "B301", Severity.INFO)]


# Copied words ----------------------------------------------------------------------------


def test_a_copied_foreign_word_is_a_warning_on_the_word() -> None:
    assert check("Le régime est resté muet.", "The regime remained muet.", "B303") == [
        (1, 21, "B303", "warning", "“muet” is copied from the source untranslated")
    ]
    assert codes("Er sei nicht müde.", "He was nicht tired.", "B303", source_lang="de") == ["B303"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Le député a quitté l’Assemblée nationale.", "The deputy left the Assemblée nationale."),
        ("Il a envoyé son résumé au régime.", "He sent his résumé to the régime."),  # English
        ("Il vit en banlieue depuis des années.", "He has lived in the banlieue for years."),
        ("Le mot « muet » est ancien.", "The word “muet” is old."),  # a mention
        ("Voir https://example.org/aide/muet.", "See https://example.org/aide/muet."),
        ("Il a dit bon appétit à tous.", "He said bon appétit to everyone."),  # a loan phrase
        ("Le journal Corriere della Sera a publié.", "The paper Corriere della Sera published."),
        ("Cliquez sur {fichier} pour continuer.", "Click {fichier} to continue."),
        ("Le régime est resté muet.", "The regime remained silent."),
        ("La loi travail a été votée.", "The labour law (loi travail) was passed."),  # glossed
        ("Le régime est resté muet.", "The regime remained, so to speak, muet (silent)."),
        ("Le régime est resté muet.", "The regime remained what the French call muet."),
    ],
)
def test_names_loanwords_mentions_and_code_pass(source: str, target: str) -> None:
    assert codes(source, target, "B303") == []


def test_copies_of_whole_segments_are_left_to_b301_and_b302() -> None:
    assert codes(FRENCH, FRENCH, "B303") == []
    assert codes(FRENCH, "Le pays n’a pas répondu aux reports sur la capture.", "B303") == []
    assert codes("Il était muet.", "He was muet.", "B303", source_lang="en") == []
