"""langdetect, started in a fraction of its own start-up time and run on fewer languages.

langdetect's ``init_factory`` reads its 55 language profiles and then builds, eagerly and
in Python, a list of 55 probabilities for each of its ~88,000 n-grams: about 250 ms per
process, paid by any run that asks it anything. :class:`LazyDetectorFactory` reads the
same profiles and computes an n-gram's list the first time a detector asks for it, with
langdetect's own arithmetic; a text of a few hundred characters asks for a few hundred.

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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException

# langdetect's profiles count n-grams of one to three characters.
MAX_NGRAM = 3


@dataclass(frozen=True, slots=True)
class Profile:
    """One language profile: its name, n-gram counts, and totals per n-gram length."""

    name: str
    freq: dict[str, int]
    n_words: list[int]


def read_profiles(directory: str | Path = PROFILES_DIRECTORY) -> list[Profile]:
    """The profiles of ``directory`` in sorted file-name order (hidden files skipped)."""
    profiles = []
    for path in sorted(Path(directory).iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            data = json.loads(path.read_bytes())
            profiles.append(Profile(data["name"], data["freq"], data["n_words"]))
        except (ValueError, KeyError, TypeError) as error:
            raise LangDetectException(
                ErrorCode.FormatError, f'Profile format error in "{path}"'
            ) from error
    if not profiles:
        raise LangDetectException(ErrorCode.NeedLoadProfileError, f"Not found profile: {directory}")
    return profiles


class NGramProbabilities(Mapping[str, list[float]]):
    """n-gram → its probability in each profile, computed on first use and memoised.

    A word is present when some profile counts it (as in langdetect's eager map, whose keys
    are the union of the profiles' n-grams); its list holds ``count / total`` for each
    profile, 0.0 where the profile lacks it or where the word is longer than
    :data:`MAX_NGRAM`, the arithmetic of ``DetectorFactory.add_profile``.
    """

    def __init__(self, profiles: list[Profile]) -> None:
        self._freqs = [profile.freq for profile in profiles]
        self._totals = [profile.n_words for profile in profiles]
        self._present: dict[str, bool] = {}
        self._lists: dict[str, list[float]] = {}
        self._rows: dict[tuple[int, ...], Rows] = {}

    def probability(self, word: str, index: int) -> float:
        """The probability of ``word`` in profile ``index`` (an entry of its list)."""
        count = self._freqs[index].get(word)
        length = len(word)
        if count is None or not 1 <= length <= MAX_NGRAM:
            return 0.0
        return 1.0 * count / self._totals[index][length - 1]

    def rows(self, indices: tuple[int, ...]) -> Rows:
        """word → the entries ``indices`` of its list, shared by the detectors restricted
        to the same languages."""
        rows = self._rows.get(indices)
        if rows is None:
            rows = self._rows[indices] = Rows(self, indices)
        return rows

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        present = self._present.get(word)
        if present is None:
            present = self._present[word] = any(word in freq for freq in self._freqs)
        return present

    def __getitem__(self, word: str) -> list[float]:
        found = self._lists.get(word)
        if found is None:
            if word not in self:
                raise KeyError(word)
            found = [self.probability(word, index) for index in range(len(self._freqs))]
            self._lists[word] = found
        return found

    def __iter__(self) -> Iterator[str]:
        """Every n-gram, in the order langdetect's map holds them (first profile first)."""
        seen: dict[str, None] = {}
        for freq in self._freqs:
            seen.update(dict.fromkeys(freq))
        return iter(seen)

    def __len__(self) -> int:
        return len(set().union(*self._freqs))


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
    """

    def __init__(self, factory: DetectorFactory) -> None:
        super().__init__(factory)
        self._rows: Rows | None = None  # None: every language is updated

    def set_prior_map(self, prior_map: dict[str, float]) -> None:
        super().set_prior_map(prior_map)
        active = tuple(i for i, p in enumerate(self.prior_map) if p != 0.0)
        restricted = len(active) < len(self.langlist)
        self._rows = self.word_lang_prob_map.rows(active) if restricted else None

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
    """A langdetect factory over ``directory``'s profiles, seeded, built lazily."""

    def __init__(self, directory: str | Path = PROFILES_DIRECTORY, seed: int | None = 0) -> None:
        super().__init__()
        profiles = read_profiles(directory)
        names = [profile.name for profile in profiles]
        if len(set(names)) != len(names):
            raise LangDetectException(
                ErrorCode.DuplicateLangError, "Duplicate the same language profile."
            )
        self.langlist = names
        self.word_lang_prob_map = NGramProbabilities(profiles)
        self.seed = seed

    def _create_detector(self) -> RestrictedDetector:
        return RestrictedDetector(self)
