"""Build the benchmark corpus: varied English news prose with planted translation defects.

The text mixes three sources, drawn with a fixed random seed so every build is the same for
the same fixtures:

- paragraphs of the project's own articles (``fixtures/articles``) and clean texts
  (``fixtures/clean``);
- the blocks of the rule case files (``fixtures/rules/*.txt``), which carry the defects each
  rule family must find and the ``Okay`` prose it must leave alone;
- paragraphs built here from sentence templates, so the corpus is varied English even when
  the fixtures are few (or absent: the generator works standalone), with defects planted at a
  fixed rate (untranslated words, foreign or unbalanced quotes, source-locale typography,
  pronouns for countries, split names).

Output (``bench/corpus/`` by default): ``corpus-1mb.txt`` (≥ 1 MiB), ``corpus-10mb.txt``
(≥ 10 MiB, whose first part is the 1 MiB file), ``small/`` (1,000 files of a few
paragraphs), ``paragraph.txt`` (one paragraph, for cold start), ``varied.txt`` and
``manifest.json`` (sizes, sources, hash). A corpus whose manifest matches the inputs is not
rebuilt.

Drawn from a few hundred paragraphs, the large files repeat themselves (about half of the
1 MiB file's sentences occur earlier in it), which flatters every per-word cache.
``varied.txt`` is the counterweight: every project text once, in file order (the fixtures'
articles and clean texts, and the evaluation's articles with their markers removed), so its
vocabulary grows as real text's does.

    python bench/corpus.py [--out bench/corpus] [--seed 20261127] [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
EVAL_TEXTS = ROOT / "eval" / "texts"
# The evaluation's inline markers (⟦L:span⟧, ⟦N#key:span⟧): the text is what they hold.
_EVAL_MARKER = re.compile(r"⟦[A-Z](?:#[A-Za-z0-9_-]+)?:|⟧")
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
SEED = 20261127
MIB = 1024 * 1024
SIZES = {"corpus-1mb.txt": 1 * MIB, "corpus-10mb.txt": 10 * MIB}
SMALL_FILES = 1000
SMALL_PARAGRAPHS = (2, 5)
# Share of paragraphs drawn from each source when the fixtures offer some.
ARTICLE_SHARE = 0.25
CASE_SHARE = 0.15
DEFECT_RATE = 0.12  # share of template sentences that carry a planted defect

# A fixed paragraph for the cold-start figure: typical size, two defects.
COLD_PARAGRAPH = (
    "The ministry said on Tuesday that about 2,700 workers had left the region since March, "
    "and that the new budget would cover 3,5 percent of the cost. “We will not abandon "
    "them », the minister told reporters in the capital. Officials in Geneva welcomed the "
    "decision but warned that the money would arrive late ? Aid groups have asked for more "
    "details, according to a statement published on their website.\n"
)

# --- built-in sentence templates -------------------------------------------------------------

# Each ``{slot}`` is filled with a random entry of VOCABULARY[slot]; a capitalised slot name
# (``{Group}``) gives a capitalised entry.
VOCABULARY: dict[str, list[str]] = {
    "first": ["Anna", "Maria", "James", "Elena", "David", "Sofia", "Omar", "Lucas", "Yuki"],
    "last": ["Novak", "Silva", "Okafor", "Tanaka", "Moreau", "Keller", "Haddad", "Larsen"],
    "title": ["President", "Minister", "General", "Dr.", "Governor", "Senator", "Professor"],
    "man": ["the minister", "the soldier", "the farmer", "the engineer", "the mayor", "he"],
    "woman": ["the spokeswoman", "the nurse", "the actress", "the businesswoman", "she"],
    "role": ["the official", "the interpreter", "a local teacher", "the driver", "a witness"],
    "group": [
        "the government",
        "the company",
        "the army",
        "the committee",
        "the central bank",
        "the city council",
        "the union",
        "the ministry",
        "the agency",
    ],
    "place": [
        "France",
        "Brazil",
        "Kenya",
        "Japan",
        "Norway",
        "Canada",
        "Chile",
        "Egypt",
        "Poland",
        "Vietnam",
        "Geneva",
        "Lagos",
        "Osaka",
        "Lyon",
        "Porto",
        "Quebec",
    ],
    "said": ["said", "told reporters", "wrote", "added", "explained", "argued", "insisted"],
    "action": [
        "approved a plan to expand the railway network",
        "announced new measures to reduce energy prices",
        "rejected the proposal after a long debate",
        "opened talks with its neighbours on water rights",
        "postponed the vote until next month",
        "raised interest rates for the third time this year",
        "published a report on the state of the harbour",
        "signed an agreement with several regional partners",
        "cut the number of flights to the island",
        "promised to rebuild the bridge before winter",
    ],
    "object": [
        "the new hospital",
        "the harvest",
        "the election",
        "the border crossing",
        "the strike",
        "the flood defences",
        "the school year",
        "the trade deal",
        "the museum",
    ],
    "adverb": ["quietly", "suddenly", "finally", "again", "openly", "briefly", "later"],
    "when": [
        "on Monday",
        "on Tuesday",
        "last week",
        "in March",
        "earlier this year",
        "on Jan. 3",
        "after midnight",
        "in 2019",
        "at dawn",
    ],
    "quote": [
        "We did not expect it to happen so quickly",
        "Nobody told us where we were going",
        "It is a difficult moment for everyone",
        "The numbers speak for themselves",
        "We will keep working until the job is done",
        "I have never seen anything like it",
    ],
    "foreign": [
        "selon lui",
        "cependant",
        "muet",
        "sans doute",
        "aujourd'hui",
        "sin embargo",
        "por supuesto",
        "allerdings",
        "zum Beispiel",
        "ovviamente",
    ],
    "fragment": ["Dong said -wan", "Min told reporters -ho", "Jae said -jin"],
    "heading": ["after the vote", "in numbers", "and its neighbours", "at a crossroads"],
    "month": ["May", "June", "July", "October"],
}
CLEAN_TEMPLATES = [
    "{title} {first} {last} {said} {when} that {group} had {action}.",
    "{first} {last}, who has led {group} since 2015, {said} the talks were going well.",
    "“{quote},” {role} said, adding that {object} would go ahead.",
    "“{quote},” said {first} {last}, a farmer from the north.",
    "In {place}, {group} {adverb} {action}.",
    "About {int} people attended, and prices rose by {decimal} percent {when}.",
    "{Man} said he had not been told about {object}.",
    "{Woman} said she had not been told about {object}.",
    "{place} {action}, and its officials {said} that they were ready.",
    "Asked whether {object} would continue, {man} shook his head.",
    "{Group} has said little about {object} since the spring.",
    "The report, published {when}, counted {int} cases and {thousands} visitors.",
    "It was not clear whether {group} would change its position before {object}.",
    "{Role} said the delays were “unacceptable” but declined to give details.",
    "“Why had nobody warned us?” {woman} asked, pointing at the empty shelves.",
]
DEFECT_TEMPLATES = [
    "The decision about {object} was, {foreign}, a surprise to {role}.",  # untranslated
    "“{quote} », {role} said.",  # quotation closed by another family
    "« {quote} », {role} said {when}.",  # French guillemets, inner spaces
    "Why did {group} wait so long ? Nobody could say.",  # space before ?
    "Growth reached {digit},{digit} % while {digit}{digit} 000 jobs were lost.",  # locale numbers
    "{place} said she would close {object} {when}.",  # pronoun for a country
    "{last} {fragment} that {object} had been moved.",  # reporting verb inside a name
    "“{quote}, {role} said.",  # quotation never closed
    "The meeting started at 18 h 30 on the 1er of {month}.",  # French times and ordinals
]
_SLOT = re.compile(r"\{(\w+)\}")


def _fill(template: str, rng: random.Random) -> str:
    def slot(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "int":
            return str(rng.randint(2, 999))
        if name == "thousands":
            return f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}"
        if name == "decimal":
            return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}"
        if name == "digit":
            return str(rng.randint(1, 9))
        value = rng.choice(VOCABULARY[name.lower()])
        return value[:1].upper() + value[1:] if name[:1].isupper() else value

    return _SLOT.sub(slot, template)


def _template_paragraph(rng: random.Random) -> str:
    if rng.random() < 0.05:  # a heading
        return _fill("{place} {heading}", rng)
    sentences = []
    for _ in range(rng.randint(2, 7)):
        defect = rng.random() < DEFECT_RATE
        sentences.append(_fill(rng.choice(DEFECT_TEMPLATES if defect else CLEAN_TEMPLATES), rng))
    return " ".join(sentences)


# --- fixtures --------------------------------------------------------------------------------

_HEADER = re.compile(r"^#:")


def _paragraphs_of(text: str) -> list[str]:
    """Paragraphs of a file: blank-line blocks, or lines when the file has no blank line."""
    text = text.replace("\r\n", "\n").strip("\n")
    blocks = re.split(r"\n[ \t]*\n", text) if re.search(r"\n[ \t]*\n", text) else text.split("\n")
    return [b.strip() for b in blocks if b.strip()]


def _case_blocks(text: str) -> list[str]:
    """The bodies of a case file's blocks (header lines dropped)."""
    blocks: list[str] = []
    body: list[str] | None = None
    for line in text.splitlines():
        if _HEADER.match(line):
            if body:
                blocks.append("\n".join(body).strip())
            body = []
        elif body is not None:
            body.append(line)
    if body:
        blocks.append("\n".join(body).strip())
    # A block's inner blank lines would split it: keep each block one paragraph.
    return [re.sub(r"\n[ \t]*\n", "\n", b) for b in blocks if b]


def _fixture_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".md"))


def load_fixtures(fixtures: Path = FIXTURES) -> tuple[list[str], list[str], list[str]]:
    """(article paragraphs, case blocks, names of the files read), whatever exists today."""
    articles: list[str] = []
    cases: list[str] = []
    used: list[str] = []
    for folder in (fixtures / "articles", fixtures / "clean"):
        for path in _fixture_files(folder):
            text = _read(path)
            if text is None:
                continue
            paragraphs = _paragraphs_of(text)
            articles.extend(paragraphs)
            used.append(str(path.relative_to(fixtures.parent)))
    for path in sorted((fixtures / "rules").glob("*.txt")) if (fixtures / "rules").is_dir() else []:
        text = _read(path)
        if text is None:
            continue
        cases.extend(_case_blocks(text))
        used.append(str(path.relative_to(fixtures.parent)))
    return articles, cases, used


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None  # a fixture being written right now, or not text: skip it


def varied_text(fixtures: Path = FIXTURES, evaluation: Path = EVAL_TEXTS) -> str:
    """Every article and clean text of the fixtures and every evaluation article, once."""
    texts = [
        _read(path)
        for path in [
            *_fixture_files(fixtures / "articles"),
            *_fixture_files(fixtures / "clean"),
            *_fixture_files(evaluation),
        ]
    ]
    parts = [_EVAL_MARKER.sub("", text).strip() for text in texts if text is not None]
    return "\n\n".join(part for part in parts if part) + "\n"


# --- building --------------------------------------------------------------------------------


def paragraphs(seed: int, articles: list[str], cases: list[str]) -> Iterator[str]:
    """An endless, reproducible stream of paragraphs."""
    rng = random.Random(seed)
    while True:
        draw = rng.random()
        if articles and draw < ARTICLE_SHARE:
            yield rng.choice(articles)
        elif cases and draw < ARTICLE_SHARE + CASE_SHARE:
            yield rng.choice(cases)
        else:
            yield _template_paragraph(rng)


def build(out: Path, seed: int = SEED, force: bool = False) -> dict:
    """Write the corpus to ``out`` (unless it is up to date); return its manifest."""
    articles, cases, used = load_fixtures()
    varied = varied_text()
    digest = hashlib.sha256()
    digest.update(Path(__file__).read_bytes())
    digest.update(str(seed).encode())
    for chunk in [*articles, "\0", *cases, "\0", varied]:
        digest.update(chunk.encode("utf-8", "surrogatepass"))
    fingerprint = digest.hexdigest()[:16]
    manifest_path = out / "manifest.json"
    if not force and manifest_path.is_file():
        try:
            old = json.loads(manifest_path.read_text(encoding="utf-8"))
        except ValueError:
            old = {}
        if old.get("fingerprint") == fingerprint and all(
            (out / name).is_file() for name in old.get("files", {})
        ):
            return old

    out.mkdir(parents=True, exist_ok=True)
    stream = paragraphs(seed, articles, cases)
    largest = max(SIZES.values())
    parts: list[str] = []
    size = 0
    cut: dict[str, int] = {}
    for name, wanted in sorted(SIZES.items(), key=lambda item: item[1]):
        while size < wanted:
            paragraph = next(stream) + "\n\n"
            parts.append(paragraph)
            size += len(paragraph.encode("utf-8"))
        cut[name] = len(parts)
    assert size >= largest
    files: dict[str, int] = {}
    for name, count in cut.items():
        data = "".join(parts[:count]).encode("utf-8")
        (out / name).write_bytes(data)
        files[name] = len(data)

    small = out / "small"
    small.mkdir(exist_ok=True)
    for old_file in small.glob("*.txt"):
        old_file.unlink()
    rng = random.Random(seed + 1)
    small_bytes = 0
    for index in range(SMALL_FILES):
        count = rng.randint(*SMALL_PARAGRAPHS)
        data = "".join(next(stream) + "\n\n" for _ in range(count)).rstrip("\n") + "\n"
        encoded = data.encode("utf-8")
        (small / f"{index:04d}.txt").write_bytes(encoded)
        small_bytes += len(encoded)
    (out / "paragraph.txt").write_text(COLD_PARAGRAPH, encoding="utf-8")
    files["paragraph.txt"] = len(COLD_PARAGRAPH.encode("utf-8"))
    (out / "varied.txt").write_text(varied, encoding="utf-8")
    files["varied.txt"] = len(varied.encode("utf-8"))

    manifest = {
        "seed": seed,
        "fingerprint": fingerprint,
        "fixtures": used,
        "article_paragraphs": len(articles),
        "case_blocks": len(cases),
        "files": files,
        "small_files": SMALL_FILES,
        "small_bytes": small_bytes,
    }
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args(argv)
    manifest = build(args.out, args.seed, args.force)
    sizes = ", ".join(f"{name} {size / MIB:.2f} MiB" for name, size in manifest["files"].items())
    print(
        f"corpus in {args.out}: {sizes}; {manifest['small_files']} small files; "
        f"from {len(manifest['fixtures'])} fixture files",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
