"""langdetect, started in a fraction of its own start-up time and run on fewer languages.

langdetect's ``init_factory`` reads its 55 language profiles and then builds, eagerly and
in Python, a list of 55 probabilities for each of its ~88,000 n-grams: about 250 ms per
process, paid by any run that asks it anything. :class:`LazyDetectorFactory` computes an
n-gram's list the first time a detector asks for it, with langdetect's own arithmetic; a
text of a few hundred characters asks for a few hundred.

Nor does it parse the profiles. Whether a word is an n-gram at all depends on all 55 (the
union of their n-grams), so ``tools/build_langdetect_index.py`` records every n-gram's
counts once, in memory-mapped files (:class:`NGramCounts`), beside the profiles' names,
totals, sizes and checksums (``checker/data/langdetect-*``). When the installed profiles
have the recorded names and sizes (a stat of each), the factory answers from the index;
it reads a profile's file, to compare it with its checksum, before it uses that profile's
counts: the two or three candidate languages of a restricted detector, every language for
a detector without a prior map. Any difference (another langdetect, an edited file) and
the factory reads and parses every profile instead, as it does when there is no index.

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
import mmap
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
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
# The index of the installed profiles, written by tools/build_langdetect_index.py.
INDEX_NGRAMS = "langdetect-ngrams.marisa"
INDEX_COUNTS = "langdetect-counts.bin"
INDEX_PROFILES = "langdetect-profiles.json"


# The records below are named tuples rather than dataclasses: every process that checks a
# foreign span imports this module, and a named tuple is several times cheaper to create.


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
    in bytes, the CRC-32 of its bytes, and its n-gram totals per length (``n_words``)."""

    file: str
    name: str
    size: int
    crc32: int
    n_words: tuple[int, ...]


class NGramCounts:
    """Every n-gram's counts in the profiles, memory-mapped (``langdetect-ngrams.marisa``
    and ``langdetect-counts.bin``).

    A marisa trie of the n-grams gives each one an id ``i``; its counts are entries
    ``offsets[i]:offsets[i + 1]`` of ``counts``, the positions of the profiles that count it
    the same entries of ``positions``. The counts file holds the three arrays one after the
    other, little-endian: ``offsets`` (unsigned 32-bit, one more than n-grams), ``counts``
    (unsigned 32-bit), ``positions`` (bytes).
    """

    def __init__(self, ngrams: marisa_trie.Trie, arrays: memoryview) -> None:
        size = len(ngrams) + 1
        self.ngrams = ngrams
        self.offsets = arrays[: 4 * size].cast("I")
        if self.offsets.itemsize != 4:
            raise ValueError("the n-gram counts are 32-bit")
        total = self.offsets[-1]
        if len(arrays) != 4 * size + 5 * total:
            raise ValueError("n-gram counts of another size")
        self.counts = arrays[4 * size : 4 * (size + total)].cast("I")
        self.positions = arrays[4 * (size + total) :]

    @classmethod
    def open(cls, data: Path) -> NGramCounts:
        """The counts in the directory ``data`` (memory-mapped)."""
        import marisa_trie

        if sys.byteorder != "little":
            raise ValueError("the n-gram counts are little-endian")
        ngrams = marisa_trie.Trie()
        ngrams.mmap(str(data / INDEX_NGRAMS))
        with open(data / INDEX_COUNTS, "rb") as file:
            arrays = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        return cls(ngrams, memoryview(arrays))

    @staticmethod
    def write(profiles: list[Profile], data: Path) -> None:
        """Write the counts of ``profiles`` (in this order) to the directory ``data``."""
        from array import array

        import marisa_trie

        ngrams = marisa_trie.Trie(set().union(*(profile.freq for profile in profiles)))
        found: list[list[tuple[int, int]]] = [[] for _ in range(len(ngrams))]
        for position, profile in enumerate(profiles):
            for word, count in profile.freq.items():
                found[ngrams[word]].append((position, count))
        offsets, counts, positions = array("I", [0]), array("I"), array("B")
        for pairs in found:
            positions.extend(position for position, _ in pairs)
            counts.extend(count for _, count in pairs)
            offsets.append(len(counts))
        if sys.byteorder != "little":
            offsets.byteswap()
            counts.byteswap()
        ngrams.save(str(data / INDEX_NGRAMS))
        (data / INDEX_COUNTS).write_bytes(offsets.tobytes() + counts.tobytes() + bytes(positions))

    def __len__(self) -> int:
        return len(self.ngrams)

    def __contains__(self, word: str) -> bool:
        return word in self.ngrams

    def of(self, word: str) -> dict[int, int]:
        """Profile position → count of ``word``, for the profiles that count it."""
        ngram = self.ngrams.get(word)
        if ngram is None:
            return {}
        start, end = self.offsets[ngram], self.offsets[ngram + 1]
        return dict(zip(self.positions[start:end], self.counts[start:end], strict=True))


class ProfileIndex(NamedTuple):
    """The profiles an index was built from, how many n-grams they count together (the
    keys of langdetect's map), and how many (n-gram, profile) counts that makes."""

    profiles: tuple[ProfileRecord, ...]
    ngram_count: int
    count_count: int

    @classmethod
    def of_directory(cls, directory: str | Path) -> tuple[ProfileIndex, list[Profile]]:
        """The index of the profiles of ``directory``, and the profiles."""
        records, profiles = [], []
        for entry in profile_entries(directory):
            with open(entry.path, "rb") as file:
                data = file.read()
            profile = parse_profile(data, entry.path)
            crc = zlib.crc32(data)
            totals = tuple(profile.n_words)
            records.append(ProfileRecord(entry.name, profile.name, len(data), crc, totals))
            profiles.append(profile)
        ngram_count = len(set().union(*(profile.freq for profile in profiles)))
        count_count = sum(len(profile.freq) for profile in profiles)
        return cls(tuple(records), ngram_count, count_count), profiles

    def to_json(self, langdetect_version: str) -> str:
        """The text of ``langdetect-profiles.json``."""
        profiles = [[r.file, r.name, r.size, r.crc32, r.n_words] for r in self.profiles]
        lines = ",\n".join(f"  {json.dumps(profile)}" for profile in profiles)
        version = json.dumps(langdetect_version)
        head = f'{{"langdetect": {version}, "ngrams": {self.ngram_count}, '
        head += f'"counts": {self.count_count}, "profiles": ['
        return f"{head}\n{lines}\n]}}\n"  # a profile a line

    @classmethod
    def from_json(cls, text: str | bytes) -> ProfileIndex:
        """The index written by :meth:`to_json`."""
        fields = json.loads(text)
        records = tuple(
            ProfileRecord(str(file), str(name), int(size), int(crc), tuple(map(int, n_words)))
            for file, name, size, crc, n_words in fields["profiles"]
        )
        return cls(records, int(fields["ngrams"]), int(fields["counts"]))

    def describes(self, directory: str | Path) -> bool:
        """``directory`` holds exactly the recorded files, with the recorded sizes (a stat
        of each file: well under a millisecond)."""
        entries = profile_entries(directory)
        return len(entries) == len(self.profiles) and all(
            entry.name == record.file and entry.stat().st_size == record.size
            for entry, record in zip(entries, self.profiles, strict=True)
        )


class IndexedProfiles(NamedTuple):
    """The index of the profiles of ``directory``: their names and totals, and every
    n-gram's counts."""

    directory: Path
    index: ProfileIndex
    counts: NGramCounts

    @classmethod
    def open(cls, directory: str | Path, data: str | Path) -> IndexedProfiles | None:
        """The index in ``data``, when it describes the profiles of ``directory``; None when
        it is missing, unreadable or built from other profiles."""
        data = Path(data)
        try:
            index = ProfileIndex.from_json((data / INDEX_PROFILES).read_bytes())
            if not index.describes(directory):
                return None
            counts = NGramCounts.open(data)
        except (OSError, ValueError, KeyError, TypeError, RuntimeError):  # marisa: RuntimeError
            return None
        if len(counts) != index.ngram_count or len(counts.counts) != index.count_count:
            return None
        return cls(Path(directory), index, counts)

    def is_recorded(self, position: int) -> bool:
        """Profile number ``position`` has the recorded bytes (size and CRC-32): the index
        holds its counts. Reads the file (tens of microseconds)."""
        record = self.index.profiles[position]
        with open(self.directory / record.file, "rb") as file:
            data = file.read()
        return len(data) == record.size and zlib.crc32(data) == record.crc32


class NGramProbabilities(Mapping[str, list[float]]):
    """n-gram → its probability in each profile, computed on first use and memoised.

    A word is present when some profile counts it (as in langdetect's eager map, whose keys
    are the union of the profiles' n-grams); its list holds ``count / total`` for each
    profile, 0.0 where the profile lacks it or where the word is longer than
    :data:`MAX_NGRAM`, the arithmetic of ``DetectorFactory.add_profile``.

    Built on an index (:meth:`indexed`), it takes the counts from the index, once the
    profiles they come from are checked (:meth:`check`): each profile file is read once,
    and compared with its record. A profile that differs makes it read every profile and
    forget the index and all it computed from it.
    """

    def __init__(self, profiles: list[Profile]) -> None:
        self.names = [profile.name for profile in profiles]
        self._freqs = [profile.freq for profile in profiles]
        self._totals: list[Sequence[int]] = [profile.n_words for profile in profiles]
        self._indexed: IndexedProfiles | None = None
        self._checked: set[int] = set()  # with an index: the profiles found as recorded
        self._present: dict[str, bool] = {}
        self._lists: dict[str, list[float]] = {}
        self._rows: dict[tuple[int, ...], Rows] = {}

    @classmethod
    def indexed(cls, indexed: IndexedProfiles) -> NGramProbabilities:
        """The map of the indexed profiles, none of them read yet."""
        mapping = cls([])
        mapping.names = [record.name for record in indexed.index.profiles]
        mapping._totals = [record.n_words for record in indexed.index.profiles]
        mapping._indexed = indexed
        return mapping

    @property
    def uses_index(self) -> bool:
        """Whether the counts come from the index (not every profile is read)."""
        return self._indexed is not None

    def profiles_read(self) -> list[str]:
        """The names of the profiles whose files were read."""
        if self._indexed is None:
            return list(self.names)
        return [name for i, name in enumerate(self.names) if i in self._checked]

    def check(self, indices: Iterable[int]) -> None:
        """Make sure the index holds the counts of profiles ``indices``: read each file not
        read yet and compare it with its record. At the first difference, read every
        profile and forget the index."""
        if self._indexed is None:
            return
        for index in indices:
            if index not in self._checked:
                if not self._indexed.is_recorded(index):
                    self._forget_index()
                    return
                self._checked.add(index)

    def check_languages(self, names: Iterable[str]) -> None:
        """:meth:`check` the profiles of the languages ``names`` (unknown names ignored)."""
        wanted = set(names)
        self.check(i for i, name in enumerate(self.names) if name in wanted)

    def _forget_index(self) -> None:
        """Read every profile and forget what was computed from the index. The list of
        names is updated in place: factory and detectors share it."""
        assert self._indexed is not None
        profiles = read_profiles(self._indexed.directory)
        self._indexed = None
        self.names[:] = [profile.name for profile in profiles]
        self._freqs = [profile.freq for profile in profiles]
        self._totals = [profile.n_words for profile in profiles]
        self._present.clear()
        self._lists.clear()
        for rows in self._rows.values():
            rows.clear()

    def row(self, word: str, indices: Iterable[int]) -> list[float]:
        """The entries ``indices`` of the list of ``word`` (probabilities of profiles)."""
        indices = tuple(indices)
        self.check(indices)
        length = len(word)
        if not 1 <= length <= MAX_NGRAM:
            return [0.0 for _ in indices]
        if self._indexed is not None:
            count_in = self._indexed.counts.of(word).get
            counts = [count_in(index) for index in indices]
        else:
            counts = [self._freqs[index].get(word) for index in indices]
        totals = self._totals
        return [
            0.0 if count is None else 1.0 * count / totals[index][length - 1]
            for index, count in zip(indices, counts, strict=True)
        ]

    def rows(self, indices: tuple[int, ...]) -> Rows:
        """word → the entries ``indices`` of its list, shared by the detectors restricted
        to the same languages (whose profiles are checked now)."""
        self.check(indices)
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
                present = word in self._indexed.counts
            else:
                present = any(word in freq for freq in self._freqs)
            self._present[word] = present
        return present

    def __getitem__(self, word: str) -> list[float]:
        found = self._lists.get(word)
        if found is None:
            if word not in self:
                raise KeyError(word)
            found = self._lists[word] = self.row(word, range(len(self.names)))
        return found

    def __iter__(self) -> Iterator[str]:
        """Every n-gram, in the order langdetect's map holds them (first profile first)."""
        self.check(range(len(self.names)))
        if self._indexed is None:
            freqs = self._freqs
        else:  # the index does not keep the order of each profile's n-grams
            freqs = [profile.freq for profile in read_profiles(self._indexed.directory)]
        seen: dict[str, None] = {}
        for freq in freqs:
            seen.update(dict.fromkeys(freq))
        return iter(seen)

    def __len__(self) -> int:
        if self._indexed is not None:
            return self._indexed.index.ngram_count
        return len(set().union(*self._freqs))


class Rows(dict[str, list[float]]):
    """n-gram → its probabilities in some of the profiles, computed on first use."""

    def __init__(self, probabilities: NGramProbabilities, indices: tuple[int, ...]) -> None:
        super().__init__()
        self.probabilities = probabilities
        self.indices = indices

    def __missing__(self, word: str) -> list[float]:
        row = self[word] = self.probabilities.row(word, self.indices)
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
        self.word_lang_prob_map.check_languages(prior_map)
        super().set_prior_map(prior_map)
        active = tuple(i for i, p in enumerate(self.prior_map) if p != 0.0)
        restricted = len(active) < len(self.langlist)
        self._rows = self.word_lang_prob_map.rows(active) if restricted else None

    def _extract_ngrams(self) -> list[str]:
        if self._rows is None:
            self.word_lang_prob_map.check(range(len(self.langlist)))
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
