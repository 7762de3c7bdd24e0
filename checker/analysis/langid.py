"""langdetect, started in a fraction of its own start-up time and run on fewer languages.

langdetect's ``init_factory`` reads its 55 language profiles and then builds, eagerly and
in Python, a list of 55 probabilities for each of its ~88,000 n-grams: about 250 ms per
process, paid by any run that asks it anything. :class:`LazyDetectorFactory` computes an
n-gram's list the first time a detector asks for it, with langdetect's own arithmetic; a
text of a few hundred characters asks for a few hundred.

Nor does it read every profile. Whether a word is an n-gram at all depends on all 55 (the
union of their n-grams), so ``tools/build_langdetect_index.py`` records that union once, in
a memory-mapped trie, beside the profiles' names, sizes and checksums
(``checker/data/langdetect-*``). When the installed profiles have the recorded names and
sizes, the factory answers from the index and reads a profile only when one of its
probabilities is needed: the two or three candidate languages of a restricted detector,
every language for a detector without a prior map. Each profile read is checked against
its recorded checksum; any difference (another langdetect, an edited file) and the
factory reads every profile instead, as it does when there is no index.

Its detectors (:class:`RestrictedDetector`) update only the languages a prior map leaves
possible: the others start at zero and stay there, so skipping them changes no
probability, while a span checked against two or three candidate languages no longer
multiplies 55 numbers per n-gram.

Languages are in sorted file-name order (langdetect itself uses ``os.listdir`` order,
which depends on the file system), so the results are the same on every machine. With the
same language order and seed, the probabilities are exactly langdetect's.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException

if TYPE_CHECKING:
    import marisa_trie

# langdetect's profiles count n-grams of one to three characters.
MAX_NGRAM = 3
DATA = Path(__file__).resolve().parent.parent / "data"
# The records below are named tuples rather than dataclasses: every process that checks a
# foreign span imports this module, and a named tuple is several times cheaper to create.
# The index of the installed profiles, written by tools/build_langdetect_index.py.
INDEX_NGRAMS = "langdetect-ngrams.marisa"
INDEX_PROFILES = "langdetect-profiles.json"


class Profile(NamedTuple):
    """One language profile: its name, n-gram counts, and totals per n-gram length."""

    name: str
    freq: dict[str, int]
    n_words: list[int]


def profile_entries(directory: str | Path) -> list[os.DirEntry[str]]:
    """The profile files of ``directory``, in sorted name order (hidden files skipped)."""
    with os.scandir(directory) as entries:
        found = [e for e in entries if not e.name.startswith(".") and e.is_file()]
    return sorted(found, key=lambda entry: entry.name)


def parse_profile(data: bytes, path: str | Path) -> Profile:
    """The profile held in ``data``, the bytes of the file ``path``."""
    try:
        fields = json.loads(data)
        return Profile(fields["name"], fields["freq"], fields["n_words"])
    except (ValueError, KeyError, TypeError) as error:
        raise LangDetectException(
            ErrorCode.FormatError, f'Profile format error in "{path}"'
        ) from error


def read_profiles(directory: str | Path = PROFILES_DIRECTORY) -> list[Profile]:
    """The profiles of ``directory`` in sorted file-name order (hidden files skipped)."""
    profiles = []
    for entry in profile_entries(directory):
        with open(entry.path, "rb") as file:
            profiles.append(parse_profile(file.read(), entry.path))
    if not profiles:
        raise LangDetectException(ErrorCode.NeedLoadProfileError, f"Not found profile: {directory}")
    return profiles


class ProfileRecord(NamedTuple):
    """What the index records of one profile file: its file and language names, its size
    in bytes and the CRC-32 of its bytes."""

    file: str
    name: str
    size: int
    crc32: int


class ProfileIndex(NamedTuple):
    """The profiles an index was built from, and how many n-grams they count together."""

    profiles: tuple[ProfileRecord, ...]
    ngram_count: int

    @classmethod
    def of_directory(cls, directory: str | Path) -> tuple[ProfileIndex, set[str]]:
        """The index of the profiles of ``directory``, and the union of their n-grams."""
        records, ngrams = [], set()
        for entry in profile_entries(directory):
            with open(entry.path, "rb") as file:
                data = file.read()
            profile = parse_profile(data, entry.path)
            records.append(ProfileRecord(entry.name, profile.name, len(data), zlib.crc32(data)))
            ngrams.update(profile.freq)
        return cls(tuple(records), len(ngrams)), ngrams

    def to_json(self, langdetect_version: str) -> str:
        """The text of ``langdetect-profiles.json``."""
        profiles = [[r.file, r.name, r.size, r.crc32] for r in self.profiles]
        lines = ",\n".join(f"  {json.dumps(profile)}" for profile in profiles)
        version = json.dumps(langdetect_version)
        head = f'{{"langdetect": {version}, "ngrams": {self.ngram_count}, "profiles": ['
        return f"{head}\n{lines}\n]}}\n"  # a profile a line

    @classmethod
    def from_json(cls, text: str | bytes) -> ProfileIndex:
        """The index written by :meth:`to_json`."""
        fields = json.loads(text)
        records = tuple(
            ProfileRecord(str(file), str(name), int(size), int(crc))
            for file, name, size, crc in fields["profiles"]
        )
        return cls(records, int(fields["ngrams"]))

    def describes(self, directory: str | Path) -> bool:
        """``directory`` holds exactly the recorded files, with the recorded sizes (a stat
        of each file: well under a millisecond)."""
        entries = profile_entries(directory)
        return len(entries) == len(self.profiles) and all(
            entry.name == record.file and entry.stat().st_size == record.size
            for entry, record in zip(entries, self.profiles, strict=True)
        )


class IndexedProfiles(NamedTuple):
    """Profiles read one by one on demand, with the index that stands in for the others."""

    directory: Path
    index: ProfileIndex
    ngrams: marisa_trie.Trie  # every profile's n-grams

    @classmethod
    def open(cls, directory: str | Path, data: str | Path) -> IndexedProfiles | None:
        """The index in ``data``, when it describes the profiles of ``directory``; None when
        it is missing, unreadable or built from other profiles."""
        data = Path(data)
        try:
            index = ProfileIndex.from_json((data / INDEX_PROFILES).read_bytes())
            if not index.describes(directory):
                return None
            import marisa_trie

            ngrams = marisa_trie.Trie()
            ngrams.mmap(str(data / INDEX_NGRAMS))
        except (OSError, ValueError, KeyError, TypeError, RuntimeError):  # marisa: RuntimeError
            return None
        if len(ngrams) != index.ngram_count:
            return None
        return cls(Path(directory), index, ngrams)

    @property
    def names(self) -> list[str]:
        return [record.name for record in self.index.profiles]

    def read(self, position: int) -> Profile | None:
        """Profile number ``position``; None when its bytes are not the recorded ones."""
        record = self.index.profiles[position]
        path = self.directory / record.file
        with open(path, "rb") as file:
            data = file.read()
        if len(data) != record.size or zlib.crc32(data) != record.crc32:
            return None
        profile = parse_profile(data, path)
        return profile if profile.name == record.name else None


class NGramProbabilities(Mapping[str, list[float]]):
    """n-gram → its probability in each profile, computed on first use and memoised.

    A word is present when some profile counts it (as in langdetect's eager map, whose keys
    are the union of the profiles' n-grams); its list holds ``count / total`` for each
    profile, 0.0 where the profile lacks it or where the word is longer than
    :data:`MAX_NGRAM`, the arithmetic of ``DetectorFactory.add_profile``.

    Built on an index (:meth:`indexed`), it answers ``in`` from the index and reads a
    profile the first time one of its probabilities is asked for; :meth:`load` reads some
    in advance. A profile that differs from its record makes it read every profile and
    forget what it computed, the index included.
    """

    def __init__(self, profiles: list[Profile]) -> None:
        self.names = [profile.name for profile in profiles]
        self._profiles: list[Profile | None] = list(profiles)
        self._indexed: IndexedProfiles | None = None
        self._present: dict[str, bool] = {}
        self._lists: dict[str, list[float]] = {}
        self._rows: dict[tuple[int, ...], Rows] = {}

    @classmethod
    def indexed(cls, indexed: IndexedProfiles) -> NGramProbabilities:
        """The map of the indexed profiles, none of them read yet."""
        mapping = cls([])
        mapping.names = indexed.names
        mapping._profiles = [None] * len(mapping.names)
        mapping._indexed = indexed
        return mapping

    @property
    def uses_index(self) -> bool:
        """Whether ``in`` is answered from the index (not every profile is read)."""
        return self._indexed is not None

    def loaded(self) -> list[str]:
        """The names of the profiles read so far."""
        return [name for name, p in zip(self.names, self._profiles, strict=True) if p]

    def load(self, indices: Iterable[int]) -> None:
        """Read the profiles ``indices`` now (those not read yet), checking each against
        the index."""
        for index in indices:
            if self._profiles[index] is None:
                self._read(index)

    def load_languages(self, names: Iterable[str]) -> None:
        """Read the profiles of the languages ``names`` (unknown names are ignored)."""
        wanted = set(names)
        self.load(i for i, name in enumerate(self.names) if name in wanted)

    def _read(self, index: int) -> Profile:
        assert self._indexed is not None  # every profile is read without an index
        profile = self._indexed.read(index)
        if profile is None:
            self._forget_index()
            profile = self._profiles[index]
            assert profile is not None
        else:
            self._profiles[index] = profile
        return profile

    def _forget_index(self) -> None:
        """Read every profile and forget what was computed from the index. The list of
        names is updated in place: factory and detectors share it."""
        assert self._indexed is not None
        profiles = read_profiles(self._indexed.directory)
        self._indexed = None
        self._profiles[:] = profiles
        self.names[:] = [profile.name for profile in profiles]
        self._present.clear()
        self._lists.clear()
        for rows in self._rows.values():
            rows.clear()

    def probability(self, word: str, index: int) -> float:
        """The probability of ``word`` in profile ``index`` (an entry of its list)."""
        profile = self._profiles[index] or self._read(index)
        count = profile.freq.get(word)
        length = len(word)
        if count is None or not 1 <= length <= MAX_NGRAM:
            return 0.0
        return 1.0 * count / profile.n_words[length - 1]

    def rows(self, indices: tuple[int, ...]) -> Rows:
        """word → the entries ``indices`` of its list, shared by the detectors restricted
        to the same languages (whose profiles are read now)."""
        self.load(indices)
        rows = self._rows.get(indices)
        if rows is None:
            rows = self._rows[indices] = Rows(self, indices)
        return rows

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        present = self._present.get(word)
        if present is None:
            if self._indexed is not None:
                present = word in self._indexed.ngrams
            else:
                present = any(word in p.freq for p in self._profiles if p is not None)
            self._present[word] = present
        return present

    def __getitem__(self, word: str) -> list[float]:
        found = self._lists.get(word)
        if found is None:
            if word not in self:
                raise KeyError(word)
            self.load(range(len(self.names)))
            found = [self.probability(word, index) for index in range(len(self.names))]
            self._lists[word] = found
        return found

    def __iter__(self) -> Iterator[str]:
        """Every n-gram, in the order langdetect's map holds them (first profile first)."""
        self.load(range(len(self.names)))
        seen: dict[str, None] = {}
        for profile in self._profiles:
            assert profile is not None
            seen.update(dict.fromkeys(profile.freq))
        return iter(seen)

    def __len__(self) -> int:
        if self._indexed is not None:
            return len(self._indexed.ngrams)
        return len(set().union(*(p.freq for p in self._profiles if p is not None)))


class Rows(dict[str, list[float]]):
    """n-gram → its probabilities in some of the profiles, computed on first use."""

    def __init__(self, probabilities: NGramProbabilities, indices: tuple[int, ...]) -> None:
        super().__init__()
        self.probabilities = probabilities
        self.indices = indices

    def __missing__(self, word: str) -> list[float]:
        probability = self.probabilities.probability
        row = self[word] = [probability(word, index) for index in self.indices]
        return row


class RestrictedDetector(Detector):
    """langdetect's detector, updating only the languages whose probability can be non-zero.

    With a prior map, a language given no prior starts at 0.0, and multiplying or dividing
    0.0 leaves it 0.0: the loops skip it, and read only the candidates' probabilities of an
    n-gram. The sum that normalises the probabilities still runs over all languages, in
    langdetect's order, so every float is the same.

    The profiles it reads (the candidates', or all of them without a prior map) are read
    before it asks which of the text's n-grams exist, so a profile that differs from the
    index is found before anything is computed from the index.
    """

    word_lang_prob_map: NGramProbabilities

    def __init__(self, factory: DetectorFactory) -> None:
        super().__init__(factory)
        self._rows: Rows | None = None  # None: every language is updated

    def set_prior_map(self, prior_map: dict[str, float]) -> None:
        self.word_lang_prob_map.load_languages(prior_map)
        super().set_prior_map(prior_map)
        active = tuple(i for i, p in enumerate(self.prior_map) if p != 0.0)
        restricted = len(active) < len(self.langlist)
        self._rows = self.word_lang_prob_map.rows(active) if restricted else None

    def _extract_ngrams(self) -> list[str]:
        if self._rows is None:
            self.word_lang_prob_map.load(range(len(self.langlist)))
        return super()._extract_ngrams()

    def _update_lang_prob(self, prob: list[float], word: str | None, alpha: float) -> bool:
        rows = self._rows
        row = rows.get(word) if rows is not None and word is not None else None
        if row is None:  # not seen yet (or every language is updated)
            if word is None or word not in self.word_lang_prob_map:
                return False
            row = self.word_lang_prob_map[word] if rows is None else rows[word]
        weight = alpha / self.BASE_FREQ
        for i, p in zip(range(len(prob)) if rows is None else rows.indices, row, strict=True):
            prob[i] *= weight + p
        return True

    def _normalize_prob(self, prob: list[float]) -> float:
        maxp, sump = 0.0, sum(prob)
        for i in range(len(prob)) if self._rows is None else self._rows.indices:
            p = prob[i] / sump
            if maxp < p:
                maxp = p
            prob[i] = p
        return maxp


class LazyDetectorFactory(DetectorFactory):
    """A langdetect factory over ``directory``'s profiles, seeded, built lazily.

    ``index`` is the directory of the index (None: read every profile, as without one).
    """

    def __init__(
        self,
        directory: str | Path = PROFILES_DIRECTORY,
        seed: int | None = 0,
        index: str | Path | None = DATA,
    ) -> None:
        super().__init__()
        indexed = IndexedProfiles.open(directory, index) if index is not None else None
        if indexed is not None:
            mapping = NGramProbabilities.indexed(indexed)
        else:
            mapping = NGramProbabilities(read_profiles(directory))
        if len(set(mapping.names)) != len(mapping.names):
            raise LangDetectException(
                ErrorCode.DuplicateLangError, "Duplicate the same language profile."
            )
        self.langlist = mapping.names
        self.word_lang_prob_map = mapping
        self.seed = seed

    def _create_detector(self) -> RestrictedDetector:
        return RestrictedDetector(self)
