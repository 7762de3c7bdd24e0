"""Index langdetect's installed language profiles (checker/data/langdetect-*).

Run by ``make data``; needs only mtlint's own dependencies. Writes:

``langdetect-ngrams.marisa``  a marisa-trie of the union of the profiles' n-grams (the keys
    of langdetect's probability map), memory-mapped at run time;
``langdetect-profiles.json``  the langdetect version, the number of n-grams, and each
    profile file in sorted name order: file name, language name, size in bytes, CRC-32.

:mod:`checker.analysis.langid` uses the index when the installed profiles have the recorded
names and sizes, and checks each profile it reads against its CRC-32; otherwise it reads
every profile, as langdetect does. Rebuild after upgrading langdetect.
"""

from __future__ import annotations

import argparse
from importlib.metadata import version
from pathlib import Path

import marisa_trie
from langdetect.detector_factory import PROFILES_DIRECTORY

from checker.analysis.langid import DATA, INDEX_NGRAMS, INDEX_PROFILES, ProfileIndex


def build(profiles: Path, output: Path) -> ProfileIndex:
    """Write the index of the profiles in ``profiles`` to ``output``."""
    index, ngrams = ProfileIndex.of_directory(profiles)
    output.mkdir(parents=True, exist_ok=True)
    marisa_trie.Trie(ngrams).save(str(output / INDEX_NGRAMS))
    text = index.to_json(version("langdetect"))
    (output / INDEX_PROFILES).write_text(text, encoding="utf-8")
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=Path, default=Path(PROFILES_DIRECTORY))
    parser.add_argument("--output", type=Path, default=DATA)
    args = parser.parse_args()
    index = build(args.profiles, args.output)
    print(
        f"{len(index.profiles)} profiles, {index.ngram_count} n-grams → "
        f"{args.output / INDEX_NGRAMS}, {args.output / INDEX_PROFILES}"
    )


if __name__ == "__main__":
    main()
