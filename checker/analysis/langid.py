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
        self._memo: dict[str, list[float] | None] = {}

    def _probabilities(self, word: str) -> list[float] | None:
        memo = self._memo
        if word in memo:
            return memo[word]
        probabilities: list[float] | None = None
        length = len(word)
        for index, freq in enumerate(self._freqs):
            count = freq.get(word)
            if count is None:
                continue
            if probabilities is None:
                probabilities = [0.0] * len(self._freqs)
            if 1 <= length <= MAX_NGRAM:
                probabilities[index] = 1.0 * count / self._totals[index][length - 1]
        memo[word] = probabilities
        return probabilities

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._probabilities(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        probabilities = self._probabilities(word) if isinstance(word, str) else None
        if probabilities is None:
            raise KeyError(word)
        return probabilities

    def __iter__(self) -> Iterator[str]:
        """Every n-gram, in the order langdetect's map holds them (first profile first)."""
        seen: dict[str, None] = {}
        for freq in self._freqs:
            seen.update(dict.fromkeys(freq))
        return iter(seen)

    def __len__(self) -> int:
        return len(set().union(*self._freqs))


class RestrictedDetector(Detector):
    """langdetect's detector, updating only the languages whose probability can be non-zero.

    With a prior map, a language given no prior starts at 0.0, and multiplying or dividing
    0.0 leaves it 0.0: the loops skip it. The sum that normalises the probabilities still
    runs over all languages, in langdetect's order, so every float is the same.
    """

    def __init__(self, factory: DetectorFactory) -> None:
        super().__init__(factory)
        self._active: list[int] = list(range(len(self.langlist)))

    def set_prior_map(self, prior_map: dict[str, float]) -> None:
        super().set_prior_map(prior_map)
        self._active = [i for i, p in enumerate(self.prior_map) if p != 0.0]

    def _update_lang_prob(self, prob: list[float], word: str | None, alpha: float) -> bool:
        if word is None or word not in self.word_lang_prob_map:
            return False
        lang_prob_map = self.word_lang_prob_map[word]
        weight = alpha / self.BASE_FREQ
        for i in self._active:
            prob[i] *= weight + lang_prob_map[i]
        return True

    def _normalize_prob(self, prob: list[float]) -> float:
        maxp, sump = 0.0, sum(prob)
        for i in self._active:
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
