"""The language analysis: per-word verdicts, spans, scripts, langdetect."""

from __future__ import annotations

from checker.analysis.foreign import (
    ENGLISH,
    HIGH,
    LOW,
    MEDIUM,
    POSSIBLE,
    STRONG,
    CapitalNeighbours,
    _Analyzer,
    detect_language,
    is_capitalised,
    language_report,
    phrase_key,
)
from checker.config import Config
from checker.document import Document
from checker.formats import plain_document


def document(text: str, **options) -> Document:
    """``text`` read as a plain-text file with ``options`` (the reader resolves the source
    language, as for a real file)."""
    return plain_document(text, "x.txt", Config.from_options(**options))


def analyzer(text: str = "x", **options) -> _Analyzer:
    return _Analyzer(document(text, **options))


def test_verdicts():
    judge = analyzer().verdict
    assert judge("water")[0] == ENGLISH
    assert judge("muet") == (STRONG, {"fr": 3.8})
    assert judge("pour")[0] == POSSIBLE  # English too: never alone
    assert judge("l'accord")[0] == STRONG  # an elided article
    assert judge("realpolitik")[0] == ENGLISH  # an allowed loanword
    assert judge("déjà")[0] == STRONG  # allowed only inside its phrase, déjà vu
    assert judge("num")[0] != STRONG  # an English abbreviation


def test_source_lang_sharpens_without_dropping_other_languages():
    assert analyzer(source_lang="de").verdict("muet")[0] == STRONG  # French still counts
    assert "fr" in analyzer(source_lang="fr").verdict("lui")[1]
    assert analyzer().verdict("skorpion")[0] != STRONG
    assert analyzer(source_lang="de").verdict("skorpion")[0] == STRONG  # weaker suffices


def test_allow_words_make_a_word_english():
    assert analyzer(allow_words=["muet"]).verdict("muet")[0] == ENGLISH


def test_is_capitalised_sees_through_elided_articles():
    assert is_capitalised("Kyiv") and is_capitalised("d'Orsay") and is_capitalised("l’Élysée")
    assert not is_capitalised("d'état") and not is_capitalised("muet")


def spans(text: str, **options):
    doc = Document(text=text, config=Config.from_options(**options))
    return [
        (text[s.start : s.end], s.lang, s.confidence, s.whole, s.heading)
        for s in language_report(doc).spans
    ]


def test_span_grows_over_neighbours_of_the_same_language_only():
    assert spans("The plan was, selon lui, a failure.\n") == [
        ("selon lui", "fr", HIGH, False, False)
    ]


def test_span_bridges_an_unknown_inflection():
    found = spans("Officials said. Les négociations reprendront lundi prochain.\n")
    assert found == [("Les négociations reprendront lundi prochain", "fr", HIGH, True, False)]


def test_heading_with_a_name_and_a_foreign_word():
    assert spans("Pyongyang muet\n") == [("muet", "fr", HIGH, True, True)]


def test_single_word_in_english_heading_is_medium():
    assert spans("Why the recovery is évidente\n")[0][2] == MEDIUM


def test_cited_and_glossed_words_are_low():
    assert spans('The word "muet" was used.\n')[0][2] == LOW
    assert spans("They were muet (silent) all day.\n")[0][2] == LOW
    assert spans("They were *muet* all day.\n")[0][2] == LOW


def test_names_with_particles_are_not_spans():
    assert spans("Piero della Francesca met Lula da Silva in Corriere della Sera.\n") == []


def test_quoted_speech_is_not_a_title():
    found = spans("He said: “Je ne regrette rien, vraiment.” Then he left.\n")
    assert found and found[0][2] == HIGH


def test_script_runs():
    doc = Document(text="Он сказал (он) and 北京 and π.\n")
    runs = [(r.script, r.lang, r.confidence) for r in language_report(doc).scripts]
    assert runs == [("CYRILLIC", "ru", HIGH), ("CYRILLIC", "ru", LOW), ("CJK", "zh", HIGH)]


def test_detect_language_is_seeded_and_restricted():
    text = "les négociations reprendront lundi prochain"
    first = detect_language(text, ("fr", "it", "en"))
    assert first is not None and first[0] == "fr"
    assert detect_language(text, ("fr", "it", "en")) == first
    assert detect_language("selon lui", ("de", "en"))[0] in {"de", "en"}
    assert detect_language("selon lui", ("nb", "en"))[0] in {"nb", "en"}  # code mapping
    assert detect_language("1234 !!", None) is None


def test_letters_of_one_language_make_an_unlisted_word_strong():
    judge = analyzer().verdict
    assert judge("wyremontowaną") == (STRONG, {"pl": 3.0})
    assert judge("contaminată")[0] == STRONG
    assert judge("Wiśniewska")[0] != ENGLISH  # judged, but capitalised words stay names
    assert analyzer(source_lang="cs").verdict("wyremontowaną")[0] == STRONG  # not silenced
    assert analyzer().verdict("nezaměstnaností") == (STRONG, {"cs": 3.0})


def test_spans_of_one_language_a_few_words_apart_merge_into_one_sentence():
    text = (
        "The deal was signed on Monday after a long week of talks between the two sides. "
        "Le ministère a indiqué que les deux délégations se retrouveraient jeudi à Genève. "
        "The talks will resume today in the capital with the mediators.\n"
    )
    assert [(t, lang, whole) for t, lang, _, whole, _ in spans(text)] == [
        (
            "Le ministère a indiqué que les deux délégations se retrouveraient jeudi à Genève",
            "fr",
            True,
        )
    ]


def test_english_words_between_spans_keep_them_apart():
    found = [t for t, *_ in spans("He was, selon lui, and très difficile, the last.\n")]
    assert found == ["selon lui", "très difficile"]


def test_a_sentence_too_long_to_read_whole_is_not_whole():
    text = "muet " + "Pyongyang " * 60 + "\n"
    doc = Document(text=text)
    assert [s.whole for s in language_report(doc).spans] == [False]


def test_spans_never_grow_back_over_the_previous_span():
    found = spans("He said it was nicht möglich und selon lui alors the end.\n")
    starts = [t for t, *_ in found]
    assert starts == ["nicht möglich und", "selon lui alors"]


def test_a_word_seen_beside_another_capital_is_a_name_everywhere():
    text = "Lena Zürcher won. Zürcher, 22, grew up in a village.\n"
    assert spans(text) == []
    assert [c for _, _, c, *_ in spans("Zürcher grew up in a village.\n")] == [LOW]


def _spans(text: str, **options):
    report = document(text, **options).language_report
    return [(text[s.start : s.end], s.confidence, s.reason) for s in report.spans]


def test_opener_before_an_article_is_a_phrase_and_before_a_comma_a_word():
    assert _spans("Laut der Polizei, three people were hurt.")[0][:2] == ("Laut der Polizei", HIGH)
    assert _spans("Allerdings, the plan failed.") == [("Allerdings", MEDIUM, "opener")]


def test_title_connective_and_conjunction_spans_name_their_reason():
    assert _spans("Herr Becker left.") == [("Herr", MEDIUM, "title")]
    assert _spans("Sin embargo, it rained.") == [("Sin embargo", MEDIUM, "connective")]
    assert _spans("Farmers und traders protested.") == [("und", MEDIUM, "conjunction")]


def test_ambiguous_conjunction_rises_with_another_leftover_of_its_language():
    assert _spans("The talks were long e difficult.") == [("e", LOW, "conjunction")]
    text = "The talks were long e difficult, secondo gli analisti."
    assert ("e", MEDIUM, "conjunction") in _spans(text)


def test_connective_replaces_its_strong_word_found_alone():
    assert _spans("No entanto, the talks continued.") == [("No entanto", MEDIUM, "connective")]


def test_capitalised_run_in_a_sentence_is_a_name():
    assert _spans("La Gazzetta dello Sport praised the coach.") == [
        ("La Gazzetta dello", LOW, "name")
    ]


def test_many_leftovers_stay_linear():
    text = "Herr Schmidt met the team. Wages fell y prices rose et the mayor spoke.\n" * 3000
    report = language_report(Document(text=text))
    assert len(report.spans) == 9000


def test_quoted_term_after_a_citing_verb_is_cited():
    text = "Heavy rain brought what the French call an “épisode cévenol,” a slow storm."
    assert _spans(text) == [("épisode cévenol", LOW, "cited")]
    assert _spans("The scene was known locally as “la movida.” It faded.") == [
        ("la movida", LOW, "cited")
    ]


def test_quoted_speech_after_a_reporting_verb_is_not_cited():
    text = "The minister said “la situación es grave” on Monday."
    assert _spans(text) == [("la situación es", HIGH, "")]


def test_lower_case_name_with_a_known_given_name_is_a_name():
    assert _spans("carlos ibáñez said the talks would resume.") == [("ibáñez", LOW, "name")]


def test_given_name_out_of_a_name_position_keeps_its_leftover():
    assert _spans("The talks failed, según fuentes oficiales, after midnight.") == [
        ("según fuentes oficiales", HIGH, "")
    ]
    assert _spans("maria dijo que no.")[0][1] == HIGH


def test_lower_case_name_before_a_role_in_apposition_is_a_name():
    text = "carlos ibáñez, the mayor, said the road would reopen."
    assert _spans(text) == [("ibáñez", LOW, "name")]


def test_capital_neighbours_of_a_word_form():
    text = "Anna Laut came. Lena Zürcher said laut. Mit Zürcher\nKlein"
    neighbours = CapitalNeighbours(text)
    assert neighbours("Laut") == (True, False)  # after Anna, before "came."
    assert neighbours("Zürcher") == (True, False)  # the line break is no space
    assert neighbours("Lena") == (False, True)
    assert neighbours("laut") == (False, False)
    assert neighbours("Klein") == (False, False)
    assert neighbours("absent") == (False, False)
    # Found inside a longer word as str.find finds it: "Annabel" holds "Anna".
    assert CapitalNeighbours("Mr Annabel went")("Anna") == (True, False)


def test_phrase_key_folds_case_apostrophes_and_accents():
    assert phrase_key("Déjà") == "deja"
    assert phrase_key("d’État") == "d'etat"
    assert phrase_key("per") == "per"


def test_lines_with_words_are_the_same_found_either_way(monkeypatch):
    import checker.analysis.foreign as foreign

    # "xselon" and "selonx" hold "selon" but are other words; "lui," does not stand alone,
    # "lui\r" does.
    text = "selon lui, muet\nnothing here\n\tselon\nxselon lui\r\nlui,\nselonx e\n"
    found = {}
    for limit in (0, 100):
        monkeypatch.setattr(foreign, "FIND_PIECES", limit)
        found[limit] = analyzer(text)._lines_with({"selon", "muet"}, {"lui"})
    assert found[0] == found[100]
    assert [[token.value for token in line] for line in found[0]] == [
        ["selon", "lui", "muet"],
        ["selon"],
        ["xselon", "lui"],
    ]
    assert analyzer(text)._lines_with(set(), set()) == []


def test_shared_verdicts_start_afresh_at_the_memo_limit(monkeypatch):
    from checker.analysis import foreign

    monkeypatch.setattr(foreign, "MEMO_LIMIT", 2)
    judge = analyzer().verdict
    verdicts = [judge(w) for w in ("water", "muet", "pour", "déjà")]
    shared = analyzer().verdicts  # a new document: the full memo is emptied
    assert shared == {}
    assert [analyzer().verdict(w) for w in ("water", "muet", "pour", "déjà")] == verdicts


def test_a_title_period_is_no_sentence_end() -> None:
    from checker.analysis.foreign_words import title_period_before

    assert title_period_before("met Dr.", 7) and title_period_before("la Sra.", 7)
    assert not title_period_before("the end.", 8)
    assert not title_period_before("HDr.", 4)  # a whole word only


def test_connectives_are_filed_once_under_a_word_they_need():
    from checker.analysis.foreign_words import _connectives, _connectives_by_word

    allowed = frozenset({"sin embargo"})
    filed = sorted(found for group in _connectives_by_word(allowed).values() for found in group)
    assert [connective for _, connective in filed] == list(_connectives(allowed))
    for word, group in _connectives_by_word(allowed).items():
        assert all(word in c.rest if word else not c.rest for _, c in group)
    assert not any(c.phrase == "sin embargo" for _, c in filed)


def test_a_connective_is_found_only_where_all_its_words_are():
    assert _spans("Sin embargo, the plan went ahead.") == [("Sin embargo", MEDIUM, "connective")]
    spans = _spans("The embargo held. Sin, the film, opened.")
    assert all(reason != "connective" for *_, reason in spans)
