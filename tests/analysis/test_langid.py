"""The lazy langdetect factory gives exactly langdetect's probabilities."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile

from checker.analysis.langid import (
    DATA,
    INDEX_COUNTS,
    INDEX_NGRAMS,
    INDEX_PROFILES,
    LazyDetectorFactory,
    NGramCounts,
    NGramProbabilities,
    Profile,
    ProfileIndex,
    RestrictedDetector,
    read_profiles,
)

ROOT = Path(__file__).resolve().parents[2]

SHORT_TEXTS = [
    "selon lui",
    "Sin embargo",
    "Laut der Polizei",
    "nicht möglich",
    "très difficile",
    "de",
    "x",
    "per se",
    "Les négociations reprendront lundi prochain.",
    "Die Verhandlungen wurden am Montag fortgesetzt.",
    "Las negociaciones se reanudarán el próximo lunes.",
    "Le trattative riprenderanno lunedì prossimo.",
    "As negociações serão retomadas na próxima segunda-feira.",
    "De onderhandelingen worden maandag hervat.",
    "Negocjacje zostaną wznowione w przyszły poniedziałek.",
    "Jednání bude pokračovat příští pondělí.",
    "Negocierile vor fi reluate luni viitoare.",
    "Förhandlingarna återupptas på måndag.",
    "Müzakereler önümüzdeki pazartesi yeniden başlayacak.",
    "Perundingan akan dilanjutkan Senin depan.",
    "Các cuộc đàm phán sẽ được nối lại vào thứ Hai tới.",
    "Переговоры возобновятся в следующий понедельник.",
    "Переговори відновляться наступного понеділка.",
    "谈判将于下周一恢复。",
    "交渉は来週の月曜日に再開される。",
    "협상은 다음 주 월요일에 재개된다.",
    "ستستأنف المفاوضات يوم الاثنين المقبل.",
    "Οι διαπραγματεύσεις θα συνεχιστούν την επόμενη Δευτέρα.",
    "המשא ומתן יתחדש ביום שני הבא.",
    "वार्ता अगले सोमवार को फिर से शुरू होगी।",
    "The talks will resume next Monday, the ministry said.",
    "1234 !!",
    "",
]
# Candidate languages, as the language analysis passes them in a prior map.
PRIORS = [None, {"fr": 1.0, "en": 1.0}, {"de": 1.0, "it": 1.0, "nl": 1.0, "en": 1.0}, {"ru": 1.0}]


def long_texts() -> list[str]:
    """Each sentence above repeated into a paragraph, the sentences mixed, whole articles
    and paragraphs of the bench corpus."""
    texts = [" ".join([text] * 12) for text in SHORT_TEXTS if len(text) > 20]
    texts.append(" ".join(SHORT_TEXTS))
    articles = sorted((ROOT / "fixtures/articles").glob("*.txt"))
    texts += [path.read_text(encoding="utf-8") for path in articles]
    corpus = ROOT / "bench/corpus/corpus-1mb.txt"
    if corpus.exists():
        texts += corpus.read_text(encoding="utf-8")[:20000].split("\n\n")[:20]
    return texts


@pytest.fixture(scope="module")
def lazy() -> LazyDetectorFactory:
    factory = LazyDetectorFactory(seed=0)
    assert factory.word_lang_prob_map.uses_index  # the equivalence tests test the index
    return factory


def eager_factory(directory: str | Path = PROFILES_DIRECTORY) -> DetectorFactory:
    """langdetect's own factory, its profiles added with its own code in sorted order."""
    factory = DetectorFactory()
    factory.seed = 0
    paths = sorted(p for p in Path(directory).iterdir() if not p.name.startswith("."))
    for index, path in enumerate(paths):
        profile = LangProfile(**json.loads(path.read_text(encoding="utf-8")))
        factory.add_profile(profile, index, len(paths))
    return factory


@pytest.fixture(scope="module")
def eager(lazy: LazyDetectorFactory) -> DetectorFactory:
    factory = eager_factory()
    assert factory.langlist == lazy.langlist
    return factory


def probabilities(detector: Detector, text: str, prior: dict[str, float] | None):
    if prior:
        detector.set_prior_map(prior)
    detector.append(text)
    try:
        return [(found.lang, found.prob) for found in detector.get_probabilities()]
    except LangDetectException as error:
        return error.code


@pytest.mark.parametrize("prior", PRIORS)
def test_same_probabilities_as_langdetect_on_short_texts(lazy, eager, prior):
    for text in SHORT_TEXTS:
        expected = probabilities(eager.create(), text, prior)
        assert probabilities(lazy.create(), text, prior) == expected, text
        # langdetect's own detector over the lazy map: the map alone is exact too.
        assert probabilities(Detector(lazy), text, prior) == expected, text


@pytest.mark.parametrize("prior", PRIORS[:3])
def test_same_probabilities_as_langdetect_on_long_texts(lazy, eager, prior):
    for text in long_texts():
        assert probabilities(lazy.create(), text, prior) == probabilities(
            eager.create(), text, prior
        )


def test_same_answer_as_langdetects_own_loading_order(lazy):
    """langdetect's init_factory orders languages as the file system lists them; the
    sums then round differently in the last bits at most."""
    from langdetect import detector_factory

    detector_factory.init_factory()
    stock = detector_factory._factory
    assert sorted(stock.langlist) == lazy.langlist
    for text in SHORT_TEXTS[:20]:
        detector = stock.create()
        detector.seed = 0
        expected = probabilities(detector, text, None)
        got = probabilities(lazy.create(), text, None)
        assert [lang for lang, _ in got] == [lang for lang, _ in expected]
        assert [p for _, p in got] == pytest.approx([p for _, p in expected], abs=1e-9)


def test_map_holds_the_same_ngrams_and_lists(lazy, eager):
    mapping = lazy.word_lang_prob_map
    assert len(mapping) == len(eager.word_lang_prob_map)
    assert list(mapping) == list(eager.word_lang_prob_map)
    for word in ("a", "ab", "the", "é", "ж", "的", " a", "ng "):
        assert (word in mapping) == (word in eager.word_lang_prob_map)
        if word in mapping:
            assert mapping[word] == eager.word_lang_prob_map[word]


def test_map_computes_a_list_once_and_only_when_asked():
    profiles = [
        Profile("aa", {"a": 3, "ab": 1, "abcd": 5}, [6, 2, 1]),
        Profile("bb", {"a": 1, "b": 4}, [5, 4, 0]),
    ]
    mapping = NGramProbabilities(profiles)
    assert "zz" not in mapping and 3 not in mapping
    with pytest.raises(KeyError):
        mapping["zz"]
    assert mapping["a"] == [0.5, 0.2]
    assert mapping["a"] is mapping["a"]
    assert mapping["ab"] == [0.5, 0.0]
    assert mapping["abcd"] == [0.0, 0.0]  # counted, but longer than langdetect's n-grams
    assert list(mapping) == ["a", "ab", "abcd", "b"]
    assert len(mapping) == 4


def test_detector_updates_only_languages_with_a_prior(lazy):
    detector = lazy.create()
    assert isinstance(detector, RestrictedDetector)
    detector.set_prior_map({"fr": 1.0, "en": 1.0})
    detector.append("selon lui")
    detector.get_probabilities()
    zero = [lang for lang, p in zip(lazy.langlist, detector.langprob, strict=True) if p == 0.0]
    assert set(lazy.langlist) - set(zero) <= {"fr", "en"}


def test_profiles_are_read_in_sorted_order(tmp_path):
    for name in ("zz", "aa", ".hidden"):
        (tmp_path / name).write_text(
            json.dumps({"name": name, "freq": {"a": 1}, "n_words": [1, 0, 0]}), encoding="utf-8"
        )
    assert [p.name for p in read_profiles(tmp_path)] == ["aa", "zz"]
    (tmp_path / "bad").write_text("{", encoding="utf-8")
    with pytest.raises(LangDetectException):
        read_profiles(tmp_path)


def test_factory_is_seeded(lazy):
    text = "les négociations reprendront lundi prochain"
    first = probabilities(lazy.create(), text, None)
    assert probabilities(lazy.create(), text, None) == first


def test_a_prior_map_over_every_language_updates_them_all(lazy, eager):
    everyone = dict.fromkeys(lazy.langlist, 1.0)
    detector = lazy.create()
    detector.set_prior_map({"fr": 1.0})
    detector.set_prior_map(everyone)  # the later map wins, as in langdetect
    detector.append("selon lui")
    expected = probabilities(eager.create(), "selon lui", everyone)
    assert [(found.lang, found.prob) for found in detector.get_probabilities()] == expected


def test_rows_hold_the_entries_of_the_candidate_languages(lazy):
    mapping = lazy.word_lang_prob_map
    fr, en = lazy.langlist.index("fr"), lazy.langlist.index("en")
    rows = mapping.rows((fr, en))
    assert mapping.rows((fr, en)) is rows  # shared by the detectors of these candidates
    assert rows["ou"] == [mapping["ou"][fr], mapping["ou"][en]]


# The index of the profiles (checker/data/langdetect-*) -----------------------------------


def test_index_matches_the_installed_profiles_exactly():
    """Fails after a langdetect upgrade: rebuild with tools/build_langdetect_index.py."""
    built, profiles = ProfileIndex.of_directory(PROFILES_DIRECTORY)
    recorded = ProfileIndex.from_json((DATA / INDEX_PROFILES).read_bytes())
    assert recorded == built
    assert recorded.describes(PROFILES_DIRECTORY)
    assert [(r.name, list(r.n_words)) for r in recorded.profiles] == [
        (p.name, p.n_words) for p in read_profiles()
    ]
    counts = NGramCounts.open(DATA)
    ngrams = set().union(*(p.freq for p in profiles))
    assert set(counts.ngrams) == ngrams
    assert len(counts) == recorded.ngram_count == len(ngrams)
    for word in ngrams:
        expected = {i: p.freq[word] for i, p in enumerate(profiles) if word in p.freq}
        assert counts.of(word) == expected, word
    assert counts.of("qqx") == {} and "qqx" not in counts


def test_ngram_counts_are_written_and_read_back(tmp_path):
    profiles = [
        Profile("aa", {"a": 3, "ab": 1, "abcd": 5}, [6, 2, 1]),
        Profile("bb", {"a": 1, "b": 2**32 - 1}, [5, 4, 0]),
    ]
    NGramCounts.write(profiles, tmp_path)
    counts = NGramCounts.open(tmp_path)
    assert len(counts) == 4
    assert counts.of("a") == {0: 3, 1: 1}
    assert counts.of("b") == {1: 2**32 - 1}
    assert counts.of("abcd") == {0: 5}
    assert counts.of("c") == {}
    (tmp_path / INDEX_COUNTS).write_bytes((tmp_path / INDEX_COUNTS).read_bytes()[:-1])
    with pytest.raises(ValueError):
        NGramCounts.open(tmp_path)


def test_index_round_trips_through_its_json():
    index, _ = ProfileIndex.of_directory(PROFILES_DIRECTORY)
    assert ProfileIndex.from_json(index.to_json("1.0.9")) == index


def test_restricted_detector_reads_only_the_candidates_profiles():
    factory = LazyDetectorFactory(seed=0)
    mapping = factory.word_lang_prob_map
    assert mapping.profiles_read() == []
    assert factory.get_lang_list() == sorted(factory.get_lang_list())
    detector = factory.create()
    detector.set_prior_map({"fr": 1.0, "en": 1.0, "xx": 1.0})
    detector.append("selon lui, les négociations reprendront")
    assert detector.get_probabilities()[0].lang == "fr"
    assert mapping.profiles_read() == ["en", "fr"]
    assert len(mapping) == len(eager_factory().word_lang_prob_map)  # from the index
    assert mapping.profiles_read() == ["en", "fr"]


def test_detector_without_a_prior_map_reads_every_profile():
    factory = LazyDetectorFactory(seed=0)
    detector = factory.create()
    detector.append("selon lui")
    detector.get_probabilities()
    assert factory.word_lang_prob_map.profiles_read() == factory.langlist
    assert factory.word_lang_prob_map.uses_index


def copy_profiles(tmp_path: Path) -> Path:
    directory = tmp_path / "profiles"
    shutil.copytree(PROFILES_DIRECTORY, directory)
    return directory


def edit_profile(directory: Path, name: str, edit) -> None:
    """Rewrite profile ``name`` of ``directory`` with ``edit`` applied to its fields."""
    path = directory / name
    fields = json.loads(path.read_text(encoding="utf-8"))
    edit(fields)
    path.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")


def assert_same_as_langdetect(factory: LazyDetectorFactory, directory: Path, texts, priors):
    eager = eager_factory(directory)
    assert factory.langlist == eager.langlist
    for prior in priors:
        for text in texts:
            expected = probabilities(eager.create(), text, prior)
            assert probabilities(factory.create(), text, prior) == expected, (text, prior)


def test_other_profiles_are_all_read_without_the_index(tmp_path):
    """Another langdetect: a profile of another size, a profile more."""
    directory = copy_profiles(tmp_path)
    edit_profile(directory, "fr", lambda fields: fields["freq"].update({"qqx": 5000}))
    factory = LazyDetectorFactory(directory, seed=0)
    assert not factory.word_lang_prob_map.uses_index
    assert_same_as_langdetect(factory, directory, ["selon lui", "qqx qqx"], PRIORS[:2])

    shutil.copy(directory / "fr", directory / "fr-ca")
    edit_profile(directory, "fr-ca", lambda fields: fields.update(name="fr-ca"))
    factory = LazyDetectorFactory(directory, seed=0)
    assert not factory.word_lang_prob_map.uses_index
    assert "fr-ca" in factory.langlist


def test_a_profile_edited_in_place_is_caught_when_read(tmp_path):
    """Same names and sizes, other n-grams: the profile read differs from its checksum,
    and every profile is read before the detector asks which n-grams exist."""
    directory = copy_profiles(tmp_path)
    path = directory / "fr"
    text = path.read_text(encoding="utf-8")
    word = re.search(r'"([a-z]{3})":', text).group(1)
    assert '"qqx":' not in text
    path.write_text(text.replace(f'"{word}":', '"qqx":', 1), encoding="utf-8")
    assert path.stat().st_size == (Path(PROFILES_DIRECTORY) / "fr").stat().st_size
    factory = LazyDetectorFactory(directory, seed=0)
    mapping = factory.word_lang_prob_map
    assert mapping.uses_index  # names and sizes match
    assert_same_as_langdetect(factory, directory, ["qqx qqx selon lui"], [PRIORS[1]])
    assert not mapping.uses_index
    assert mapping.profiles_read() == factory.langlist


def test_no_index_or_a_broken_one_reads_every_profile(tmp_path, lazy):
    for index in (None, tmp_path):
        factory = LazyDetectorFactory(seed=0, index=index)
        assert not factory.word_lang_prob_map.uses_index
        assert factory.langlist == lazy.langlist
    for name in (INDEX_PROFILES, INDEX_NGRAMS, INDEX_COUNTS):
        shutil.copy(DATA / name, tmp_path / name)
    assert LazyDetectorFactory(seed=0, index=tmp_path).word_lang_prob_map.uses_index
    for name, broken in ((INDEX_COUNTS, b"not counts"), (INDEX_COUNTS, b""), (INDEX_NGRAMS, b"x")):
        (tmp_path / name).write_bytes(broken)
        assert not LazyDetectorFactory(seed=0, index=tmp_path).word_lang_prob_map.uses_index
        shutil.copy(DATA / name, tmp_path / name)


def test_unindexed_factory_gives_the_same_probabilities(lazy):
    factory = LazyDetectorFactory(seed=0, index=None)
    for prior in PRIORS[:3]:
        for text in SHORT_TEXTS:
            expected = probabilities(lazy.create(), text, prior)
            assert probabilities(factory.create(), text, prior) == expected
