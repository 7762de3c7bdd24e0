"""Regenerate the word lists of the language family (checker/data/lexicon-*.marisa).

Run by ``make data``. Needs, at build time only (mtlint itself never imports them):

- ``wordfreq`` (pip) for word frequencies in English and in the foreign languages;
- SCOWL's large English word lists, as Debian ships them in ``wamerican-large`` and
  ``wbritish-large`` (``/usr/share/dict/*-english-large``), for the English dictionary.

Outputs two memory-mappable marisa tries (loading either costs about a millisecond):

``lexicon-en.marisa``  RecordTrie ``"BB"``: word → (English Zipf × 10, flags), where flag 1
    marks an English dictionary word and flag 2 a proper noun SCOWL knows (Pyongyang).
``lexicon-foreign.marisa``  BytesTrie: word → pairs of bytes (language index, Zipf × 10),
    most frequent language first; language indexes follow ``FOREIGN_LANGUAGES`` below and
    are written to ``lexicon-languages.txt``.
``lexicon-foreign-rare.marisa``  the same layout for the long tail: words down to
    ``RARE_MIN_ZIPF`` (inflections, rarer nouns: *zniszczonych*, *Geschäftsführerin*) that the
    first foreign list cut off, minus every word the English list holds. mtlint opens it only
    for a word that neither of the other two lists knows.

Words are lower-cased with ``’`` folded to ``'``. The lists are cut by frequency so the
shipped data stays a few megabytes.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from importlib.metadata import version
from pathlib import Path

from checker.analysis.lexicon import (
    DATA,
    FLAG_DICTIONARY,
    FLAG_PROPER_NOUN,
    MAIN_LANGUAGES,
    normalize,
)

ENGLISH_DICTIONARIES = (
    Path("/usr/share/dict/american-english-large"),
    Path("/usr/share/dict/british-english-large"),
)
# Languages written in the Latin script that wordfreq knows (mtlint reports non-Latin
# scripts by script, without word lists). ``sh`` is wordfreq's Serbo-Croatian.
FOREIGN_LANGUAGES = [
    "fr",
    "es",
    "de",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "ro",
    "sv",
    "tr",
    "id",
    "vi",
    "da",
    "nb",
    "fi",
    "hu",
    "ca",
    "sk",
    "sh",
    "sl",
    "lt",
    "lv",
    "ms",
]
# English words kept for their frequency: at or above this Zipf value.
ENGLISH_MIN_ZIPF = 1.5
# Foreign words kept: at or above this Zipf value, at most this many per language.
FOREIGN_MIN_ZIPF = 2.5
FOREIGN_MAX_WORDS = 40_000
# Per word, languages kept: within this many Zipf × 10 of its most frequent one, at most
# this many (``the`` is frequent in Portuguese web text too: that is noise, not evidence).
FOREIGN_PAIR_SPREAD = 20
FOREIGN_MAX_PAIRS = 12
# The long tail (lexicon-foreign-rare.marisa): words at or above this Zipf value that
# lexicon-foreign.marisa does not hold for their language, at most this many languages each.
# Only the main source languages (the others' tails would add 3 MB for rarer leftovers;
# ro, tr, id, vi have no wordfreq list below Zipf 3, so they add nothing).
RARE_MIN_ZIPF = 1.5
RARE_MAX_PAIRS = 2
# An English word frequent enough to count as a dictionary word even if SCOWL lacks it
# (online, covid...), unless another language uses it far more.
ENGLISH_COMMON_ZIPF = 4.0
WORD = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*$")


def zipf10(frequency: float) -> int:
    """Zipf value (log10 of frequency per billion words) × 10, clamped to a byte."""
    if frequency <= 0:
        return 0
    return max(0, min(255, round(10 * (math.log10(frequency) + 9))))


def read_scowl(paths: tuple[Path, ...]) -> tuple[set[str], set[str]]:
    """(lower-case dictionary words, lower-cased proper nouns) of the SCOWL lists."""
    words: set[str] = set()
    proper: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = line.strip().replace("’", "'")
            if not entry or not WORD.match(entry):
                continue
            if entry[0].isupper():
                proper.add(entry.lower())
            else:
                words.add(entry)
    return words, proper - words


def foreign_frequencies(wordfreq) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """(word → {language: Zipf × 10} for the top words of every foreign language, the same
    for the long tail down to RARE_MIN_ZIPF that the first table cut off)."""
    table: dict[str, dict[str, int]] = {}
    rare: dict[str, dict[str, int]] = {}
    for lang in FOREIGN_LANGUAGES:
        frequencies = wordfreq.get_frequency_dict(lang, wordlist="best")
        ranked = sorted(frequencies.items(), key=lambda item: (-item[1], item[0]))
        kept = 0
        for word, frequency in ranked:
            value = zipf10(frequency)
            if value < RARE_MIN_ZIPF * 10:
                break
            word = normalize(word)
            if not WORD.match(word):
                continue
            if value >= FOREIGN_MIN_ZIPF * 10 and kept < FOREIGN_MAX_WORDS:
                kept += 1
                entry = table.setdefault(word, {})
            elif lang in table.get(word, {}) or lang not in MAIN_LANGUAGES:
                continue
            else:
                entry = rare.setdefault(word, {})
            entry[lang] = max(value, entry.get(lang, 0))
    return table, rare


def pair_records(
    table: dict[str, dict[str, int]], floor: int, max_pairs: int
) -> list[tuple[str, bytes]]:
    """BytesTrie records: word → (language index, Zipf × 10) pairs, most frequent first,
    within FOREIGN_PAIR_SPREAD of the first and at or above ``floor``."""
    index = {lang: i for i, lang in enumerate(FOREIGN_LANGUAGES)}
    records = []
    for word, by_lang in table.items():
        pairs = sorted(by_lang.items(), key=lambda item: (-item[1], item[0]))
        low = max(floor, pairs[0][1] - FOREIGN_PAIR_SPREAD)
        pairs = [(lang, z) for lang, z in pairs if z >= low][:max_pairs]
        records.append((word, bytes(b for lang, z in pairs for b in (index[lang], z))))
    return records


def build(out: Path, dictionaries: tuple[Path, ...]) -> None:
    import marisa_trie

    try:
        import wordfreq
    except ImportError:
        sys.exit("build_wordlists: pip install wordfreq (needed at build time only)")
    missing = [str(p) for p in dictionaries if not p.exists()]
    if missing:
        sys.exit(
            f"build_wordlists: missing {', '.join(missing)} "
            "(apt-get install wamerican-large wbritish-large)"
        )

    scowl, proper = read_scowl(dictionaries)
    foreign, rare = foreign_frequencies(wordfreq)
    english: dict[str, list[int]] = {}
    for word, frequency in wordfreq.get_frequency_dict("en", wordlist="best").items():
        word = normalize(word)
        value = zipf10(frequency)
        if value >= ENGLISH_MIN_ZIPF * 10 and WORD.match(word):
            english[word] = [max(value, english.get(word, [0, 0])[0]), 0]
    for word in scowl:
        english.setdefault(word, [0, 0])[1] |= FLAG_DICTIONARY
    for word in proper:
        english.setdefault(word, [0, 0])[1] |= FLAG_PROPER_NOUN
    for word, entry in english.items():
        best_foreign = max(foreign.get(word, {}).values(), default=0)
        if entry[0] >= ENGLISH_COMMON_ZIPF * 10 and entry[0] >= best_foreign - 10:
            entry[1] |= FLAG_DICTIONARY

    out.mkdir(parents=True, exist_ok=True)
    en_trie = marisa_trie.RecordTrie(
        "BB", ((word, (zipf, flags)) for word, (zipf, flags) in english.items())
    )
    en_trie.save(str(out / "lexicon-en.marisa"))
    records = pair_records(foreign, FOREIGN_MIN_ZIPF * 10, FOREIGN_MAX_PAIRS)
    marisa_trie.BytesTrie(records).save(str(out / "lexicon-foreign.marisa"))
    tail = {w: by_lang for w, by_lang in rare.items() if w not in english and w not in foreign}
    rare_records = pair_records(tail, RARE_MIN_ZIPF * 10, RARE_MAX_PAIRS)
    marisa_trie.BytesTrie(rare_records).save(str(out / "lexicon-foreign-rare.marisa"))
    (out / "lexicon-languages.txt").write_text("\n".join(FOREIGN_LANGUAGES) + "\n")
    size = (out / "lexicon-foreign-rare.marisa").stat().st_size
    print(
        f"lexicon-en: {len(english)} words; lexicon-foreign: {len(foreign)} words "
        f"in {len(FOREIGN_LANGUAGES)} languages; lexicon-foreign-rare: {len(tail)} words "
        f"({size / 1e6:.1f} MB) (wordfreq {version('wordfreq')})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--english-dict", type=Path, action="append", default=None)
    args = parser.parse_args()
    build(args.out, tuple(args.english_dict or ENGLISH_DICTIONARIES))


if __name__ == "__main__":
    main()
