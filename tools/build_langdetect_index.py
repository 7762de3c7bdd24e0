"""Index langdetect's installed language profiles (checker/data/langdetect-*).

Run by ``make data``; needs only mtlint's own dependencies. Writes:

``langdetect-ngrams.marisa``  a marisa trie of the union of the profiles' n-grams (the keys
    of langdetect's probability map), which numbers them;
``langdetect-counts.bin``  each n-gram's counts in the profiles that count it, by n-gram
    number (arrays described in :class:`checker.analysis.langid.NGramCounts`);
``langdetect-profiles.json``  the langdetect version, the numbers of n-grams and of counts,
    and each profile file in sorted name order: file name, language name, size in bytes,
    CRC-32, n-gram totals per length (``n_words``).

:mod:`checker.analysis.langid` uses the index when the installed profiles have the recorded
names and sizes, and checks each profile whose counts it uses against its CRC-32;
otherwise it reads every profile, as langdetect does. Rebuild after upgrading langdetect.
"""

from __future__ import annotations

import argparse
from importlib.metadata import version
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY

from checker.analysis.langid import (
    DATA,
    INDEX_COUNTS,
    INDEX_NGRAMS,
    INDEX_PROFILES,
    NGramCounts,
    ProfileIndex,
)


def build(profiles: Path, output: Path) -> ProfileIndex:
    """Write the index of the profiles in ``profiles`` to ``output``."""
    index, read = ProfileIndex.of_directory(profiles)
    output.mkdir(parents=True, exist_ok=True)
    NGramCounts.write(read, output)
    text = index.to_json(version("langdetect"))
    (output / INDEX_PROFILES).write_text(text, encoding="utf-8")
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=Path, default=Path(PROFILES_DIRECTORY))
    parser.add_argument("--output", type=Path, default=DATA)
    args = parser.parse_args()
    index = build(args.profiles, args.output)
    written = (INDEX_NGRAMS, INDEX_COUNTS, INDEX_PROFILES)
    print(
        f"{len(index.profiles)} profiles, {index.ngram_count} n-grams, {index.count_count} "
        f"counts → {', '.join(str(args.output / name) for name in written)}"
    )


if __name__ == "__main__":
    main()
