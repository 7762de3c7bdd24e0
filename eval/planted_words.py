"""Planted-word evaluation of the language family (L): recall per language, false alarms.

Takes clean English news (by default ``../shared/corpora/news-en/``, read at run time and
never copied into the project), inserts single words and short phrases of real
source-language text at random seeded positions inside sentences, lints each planted copy
with the L rules alone and counts a plant as found when a warning or an error overlaps it.
The untouched copies are linted too: their L warnings and errors are false alarms.

The planted text comes from sources the rules' word lists were NOT built from (those come
from wordfreq): Debian's word-list packages and the gettext message catalogues Debian
packages install per language (real sentences of software translations). A sample is
shipped in ``eval/planted/<lang>.tsv`` (licences in ``eval/planted/README.md``), so the
evaluation runs on a fresh clone; ``--refresh`` draws it again from the installed packages:

    apt-get install wngerman wspanish wfrench witalian wpolish wbrazilian wportuguese \\
        wdutch wamerican-large
    # Czech has no word-list package: its gettext catalogues alone are used
    # (/usr/share/locale/cs/LC_MESSAGES/*.mo of coreutils, grep, bash... installed anyway).

A language whose sources are missing is skipped with a note.

Usage: python eval/planted_words.py [--corpus DIR] [--refresh] [--seed N] [--verbose]
"""

from __future__ import annotations

import argparse
import gettext
import os
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLES = HERE / "planted"
DEFAULT_CORPUS = Path(
    os.environ.get("MTLINT_NEWS_CORPUS") or ROOT.parent / "shared" / "corpora" / "news-en"
)
LANGUAGES = ("de", "es", "fr", "it", "pt", "nl", "cs", "pl")
# Debian word lists (package, file) and gettext locale directories per language.
WORD_LISTS = {
    "de": ("wngerman", "/usr/share/dict/ngerman"),
    "es": ("wspanish", "/usr/share/dict/spanish"),
    "fr": ("wfrench", "/usr/share/dict/french"),
    "it": ("witalian", "/usr/share/dict/italian"),
    "pt": ("wportuguese", "/usr/share/dict/portuguese"),
    "nl": ("wdutch", "/usr/share/dict/dutch"),
    "pl": ("wpolish", "/usr/share/dict/polish"),
}
LOCALES = {"pt": ("pt", "pt_BR")}
LOCALE_ROOT = Path("/usr/share/locale")
# Catalogues of GNU and Debian tools (GPL or LGPL, see eval/planted/README.md): plain
# sentences, few product names.
DOMAINS = (
    "coreutils", "bash", "grep", "diffutils", "findutils", "dpkg", "apt", "adduser",
    "gettext-runtime", "gettext-tools", "gnupg2", "glib20", "tar", "sed", "wget", "Linux-PAM",
)  # fmt: skip
ENGLISH_LISTS = (
    Path("/usr/share/dict/american-english-large"),
    Path("/usr/share/dict/british-english-large"),
    Path("/usr/share/dict/american-english"),
)
# Per language: single words from running catalogue text, single entries of the word
# list (rarer and inflected forms), and phrases of two to four words.
TEXT_WORDS, LIST_WORDS, PHRASES = 120, 60, 60
MIN_LETTERS = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PLAIN_RUN = re.compile(r"[^\W\d_]+(?:[ '’][^\W\d_]+)+")
# Where a plant may go: between two lower-case words inside a sentence.
_SLOT = re.compile(r"(?<=[a-z]) (?=[a-z]+[ ,.])")
PLANTS_PER_KB = 0.5
FOUND_SEVERITIES = ("warning", "error")


@dataclass(frozen=True)
class Plant:
    lang: str
    kind: str  # text | list | phrase
    text: str
    source: str


# Drawing the sample --------------------------------------------------------------------


def english_words() -> set[str] | None:
    for path in ENGLISH_LISTS:
        if path.exists():
            lines = path.read_text(encoding="utf-8", errors="replace").split()
            return {w.lower() for w in lines}
    return None


def catalogue_texts(lang: str) -> list[tuple[str, str]]:
    """(domain, translated message) of the language's gettext catalogues, each word the
    English original also holds (a command, an option: *dirs*, *ldap*) masked."""
    found = []
    for locale in LOCALES.get(lang, (lang,)):
        folder = LOCALE_ROOT / locale / "LC_MESSAGES"
        for domain in DOMAINS:
            path = folder / f"{domain}.mo"
            if not path.exists():
                continue
            with path.open("rb") as handle:
                try:
                    catalogue = gettext.GNUTranslations(handle)
                except (OSError, UnicodeDecodeError):
                    continue
            for key, message in sorted(catalogue._catalog.items(), key=str):
                if key and isinstance(message, str) and message != key:
                    original = key[0] if isinstance(key, tuple) else key
                    kept = {w.lower() for w in _WORD.findall(str(original))}
                    found.append((domain, _mask(message, kept)))
    return found


def _mask(message: str, original: set[str]) -> str:
    """``message`` with the words of ``original`` replaced by ``#``."""
    return _WORD.sub(lambda m: "#" if m.group().lower() in original else m.group(), message)


def _usable(word: str, english: set[str], known: set[str] | None) -> bool:
    lower = word.lower()
    return (
        len(word) >= MIN_LETTERS
        and lower not in english
        and (known is None or lower in known or word in known)
        and not any(c.isupper() for c in word[1:])
    )


def draw(lang: str, english: set[str], rng: random.Random) -> list[Plant] | str:
    """The sample of one language, or why it cannot be drawn."""
    texts = catalogue_texts(lang)
    if not texts:
        return f"no gettext catalogues under {LOCALE_ROOT}/{lang}/LC_MESSAGES"
    listed: list[str] = []
    known: set[str] | None = None
    if lang in WORD_LISTS:
        package, path = WORD_LISTS[lang]
        if not Path(path).exists():
            return f"missing {path} (apt-get install {package})"
        listed = Path(path).read_text(encoding="utf-8", errors="replace").split()
        known = set(listed) | {w.lower() for w in listed}
    cased = _cased_forms(texts)
    tokens: list[tuple[str, str]] = []
    for domain, message in texts:
        for match in _WORD.finditer(message):
            if message[max(0, match.start() - 1) : match.start()] in _FORMAT_MARKS:
                continue
            word = _as_inside(match.group(), _initial(message, match.start()), cased)
            if word and _usable(word, english, known):
                tokens.append((domain, word))
    plants: list[Plant] = []
    seen: set[str] = set()
    for domain, word in _sample(tokens, TEXT_WORDS, rng, seen):
        plants.append(Plant(lang, "text", word, f"gettext:{domain}"))
    entries = [("list", w) for w in listed if w.isalpha() and _usable(w, english, None)]
    for _, word in _sample(entries, LIST_WORDS, rng, seen):
        plants.append(Plant(lang, "list", word, f"debian:{WORD_LISTS[lang][0]}"))
    runs = []
    for domain, message in texts:
        for match in _PLAIN_RUN.finditer(message):
            words = match.group().split()
            if message[max(0, match.start() - 1) : match.start()] in _FORMAT_MARKS:
                continue  # %s wird ignoriert
            if not 2 <= len(words) <= 4 or all(w.lower() in english for w in words):
                continue
            if any(w.isupper() for w in words):
                continue  # an acronym or a placeholder: alle QUELL, gültige D
            first = _as_inside(words[0], _initial(message, match.start()), cased)
            if first and all(_usable(w, set(), known) for w in [first, *words[1:]]):
                runs.append((domain, first + match.group()[len(words[0]) :]))
    for domain, phrase in _sample(runs, PHRASES, rng, seen):
        plants.append(Plant(lang, "phrase", phrase, f"gettext:{domain}"))
    return plants


_FORMAT_MARKS = frozenset("%$\\&_-{<")


def _initial(message: str, start: int) -> bool:
    return start == 0 or message[:start].rstrip()[-1:] in ".!?:\n"


def _cased_forms(texts: list[tuple[str, str]]) -> dict[str, str]:
    """Lower-case word → its most frequent spelling inside sentences (German nouns keep
    their capital, sentence-initial capitals do not count)."""
    counts: Counter[str] = Counter()
    for _, message in texts:
        for match in _WORD.finditer(message):
            if not _initial(message, match.start()):
                counts[match.group()] += 1
    best: dict[str, str] = {}
    for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        best.setdefault(word.lower(), word)
    return best


def _as_inside(word: str, initial: bool, cased: dict[str, str]) -> str | None:
    """The spelling of ``word`` inside a sentence; None when a word is only ever seen
    opening one, or after a format mark."""
    if not initial:
        return word
    return cased.get(word.lower())


def _sample(items: list[tuple[str, str]], count: int, rng: random.Random, seen: set[str]):
    """Up to ``count`` items drawn at random (frequent ones more often), each text once."""
    order = list(range(len(items)))
    rng.shuffle(order)
    taken = 0
    for i in order:
        if taken >= count:
            return
        source, text = items[i]
        if text.lower() in seen:
            continue
        seen.add(text.lower())
        taken += 1
        yield source, text


def refresh(seed: int) -> None:
    english = english_words()
    if english is None:
        sys.exit("planted_words: no English word list (apt-get install wamerican-large)")
    SAMPLES.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        plants = draw(lang, english, random.Random(f"{seed}:{lang}"))
        if isinstance(plants, str):
            print(f"{lang}: skipped, {plants}")
            continue
        lines = [f"{p.kind}\t{p.text}\t{p.source}" for p in plants]
        (SAMPLES / f"{lang}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(plants)} plants written")


def load(lang: str) -> list[Plant]:
    path = SAMPLES / f"{lang}.tsv"
    if not path.exists():
        return []
    plants = []
    for line in path.read_text(encoding="utf-8").splitlines():
        kind, text, source = line.split("\t")
        plants.append(Plant(lang, kind, text, source))
    return plants


# Planting and scoring ------------------------------------------------------------------


def corpus_texts(folder: Path) -> list[tuple[str, str]]:
    return [
        (str(p.relative_to(folder)), p.read_text(encoding="utf-8", errors="replace"))
        for p in sorted(folder.rglob("*.txt"))
    ]


def plant(text: str, plants: list[Plant], rng: random.Random) -> tuple[str, list[tuple]]:
    """``text`` with ``plants`` inserted at random slots, and (start, end, plant) each."""
    slots = [m.start() for m in _SLOT.finditer(text)]
    chosen = sorted(rng.sample(slots, min(len(plants), len(slots))))
    pieces, spans, last, shift = [], [], 0, 0
    for position, item in zip(chosen, plants, strict=False):
        pieces.append(text[last:position])
        insert = " " + item.text
        start = position + shift + 1
        spans.append((start, start + len(item.text), item))
        pieces.append(insert)
        shift += len(insert)
        last = position
    pieces.append(text[last:])
    return "".join(pieces), spans


def l_findings(text: str, source_lang: str | None = None) -> list[tuple[int, int, str, str]]:
    from checker.config import Config
    from checker.document import Document
    from checker.engine import lint

    config = Config.from_options(select="L", source_lang=source_lang)
    found = []
    for f in lint(Document(text=text, path="planted.txt"), config):
        if f.severity.label in FOUND_SEVERITIES:
            found.append((f.start, f.end, f.code, f.severity.label))
    return found


def evaluate(corpus: Path, seed: int, verbose: bool, source_lang: bool) -> int:
    docs = corpus_texts(corpus)
    if not docs:
        print(f"planted_words: no texts under {corpus} (give --corpus DIR)")
        return 0
    size = sum(len(t.encode()) for _, t in docs)
    clean = {name: l_findings(text) for name, text in docs}
    alarms = sum(len(v) for v in clean.values())
    print(f"corpus: {len(docs)} texts, {size / 1e6:.2f} MB; seed {seed}")
    print("recall on running text (words and phrases of the catalogues); rare word-list")
    print("entries (uniform over every inflection the list holds) are shown apart")
    print(
        f"{'lang':6}{'plants':>8}{'found':>8}{'recall':>9}{'words':>8}{'phrases':>9}"
        f"{'rare':>8}{'extra':>7}"
    )
    totals: Counter[str] = Counter()
    missed_all = []
    for lang in LANGUAGES:
        plants = load(lang)
        if not plants:
            print(f"{lang:6}  skipped: no eval/planted/{lang}.tsv (run with --refresh)")
            continue
        by_kind, extra, missed = _score_language(
            docs, clean, plants, random.Random(f"{seed}:{lang}"), lang if source_lang else None
        )
        kinds = Counter(p.kind for p in plants)
        running, found = kinds["text"] + kinds["phrase"], by_kind["text"] + by_kind["phrase"]
        totals.update({"plants": running, "found": found})
        totals.update({"rare": kinds["list"], "rare_found": by_kind["list"]})
        cells = "".join(
            f"{by_kind[k] / kinds[k]:{w}.3f}" if kinds[k] else f"{'-':>{w}}"
            for k, w in (("text", 8), ("phrase", 9), ("list", 8))
        )
        print(f"{lang:6}{running:8}{found:8}{found / running:9.3f}{cells}{extra:7}")
        missed_all.extend(missed)
    if totals["plants"]:
        recall = totals["found"] / totals["plants"]
        rare = totals["rare_found"] / totals["rare"] if totals["rare"] else 0.0
        print(f"{'all':6}{totals['plants']:8}{totals['found']:8}{recall:9.3f}{'':17}{rare:8.3f}")
    print(f"false alarms on the untouched copies: {alarms} L warnings/errors ", end="")
    print(f"({alarms / (size / 1e6):.2f} per MB)")
    if verbose:
        for lang, kind, text in missed_all:
            print(f"missed {lang} {kind}: {text}")
        for name, found in clean.items():
            for _start, _end, code, severity in found:
                print(f"false alarm {name}: {code} {severity}")
    return 0


def _score_language(docs, clean, plants, rng, source_lang):
    """(plants found per kind, extra findings, missed plants) for one language."""
    order = list(plants)
    rng.shuffle(order)
    by_kind: Counter[str] = Counter()
    extra = 0
    missed = []
    cursor = 0
    for name, text in docs:
        if cursor >= len(order):
            break
        count = max(1, int(len(text) / 1000 * PLANTS_PER_KB))
        batch = order[cursor : cursor + count]
        cursor += len(batch)
        planted, spans = plant(text, batch, rng)
        findings = l_findings(planted, source_lang)
        hit_findings = set()
        for start, end, item in spans:
            hits = [f for f in findings if f[0] < end and f[1] > start]
            hit_findings.update(hits)
            if hits:
                by_kind[item.kind] += 1
            else:
                context = planted[max(0, start - 40) : end + 40].replace("\n", " ")
                missed.append((item.lang, item.kind, context))
        extra += max(0, len(set(findings) - hit_findings) - len(clean[name]))
    return by_kind, extra, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--refresh", action="store_true", help="draw eval/planted/ again")
    parser.add_argument("--source-lang", action="store_true", help="lint with --source-lang")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.refresh:
        refresh(args.seed)
    if not args.corpus.is_dir():
        print(f"planted_words: no corpus at {args.corpus} (give --corpus DIR); skipped")
        return 0
    return evaluate(args.corpus, args.seed, args.verbose, args.source_lang)


if __name__ == "__main__":
    sys.exit(main())
