"""``make bench``, corpus part: ``mtlint corpus`` throughput at 1 and 2 Dask workers.

Generates a corpus of 100,000 segments (fixed seed: the same bytes on every run) of news-like
documents, a fifth of them bilingual, with the defects the rule families look for; then, for
each worker count, starts a LocalCluster of worker processes (loopback only), warms it up on
a small corpus so that every worker has imported the rules and loaded its data, and times a
full run (planning, reading, linting, writing Parquet). Reports segments/s, checks that both
runs wrote the same findings, and writes ``bench/corpus_results.json``.

    python bench/corpus_bench.py [--segments 100000] [--seed 20241127] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

CITIES = ["Lyon", "Seoul", "Kharkiv", "Pusan", "Marseille", "Toulouse", "Daejeon", "Lille"]
PEOPLE = ["Kang Dong-wan", "Kim Jong-un", "Lee Jae-myung", "Moon Jae-in", "Park Geun-hye"]
ROLES = ["The minister", "The mayor", "A spokesman", "The union leader", "The director"]
COUNTRIES = ["France", "Russia", "North Korea", "Ukraine", "Germany"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CLAUSES = [
    "the plant in {city} would close by the end of the year",
    "prices had risen by {int} percent since {day}",
    "about {big_en} workers would lose their jobs",
    "the talks would resume on {day}",
    "the army had moved {int} units closer to the border",
    "the company had reported a loss for the third quarter",
]
FLAWS = [
    "Prices rose by {int},{digit} percent in {city}.",  # decimal comma
    "Is the plant in {city} really closing ?",  # space before punctuation
    "He said « we will stay in {city} until the end ».",  # foreign quotation marks
    "Selon lui, the army was ready to leave {city}.",  # untranslated words
    "Production fell by {int} % on {day}.",  # space before the percent sign
    "{country} said she would answer on {day}.",  # a country as she
    "“It is over,” {role_lower} said. “We are going home.",  # a quotation never closed
]
PAIRS = [
    (
        "Le ministre a annoncé {big} nouveaux emplois à {city}.",
        "The minister announced {big_target} new jobs in {city}.",
    ),
    (
        "L’usine de {city} fermera le {int} mars, selon la direction.",
        "The plant in {city} will close on March {int}, according to management.",
    ),
    ("Le pays n’a pas répondu aux questions.", "Le pays n’a pas répondu aux questions."),
    (
        "Selon {person}, les prix ont augmenté de {int} %.",
        "According to him, prices rose by {int} percent.",
    ),
]


def _slots(rng: random.Random) -> dict[str, str]:
    big = rng.randint(1, 90) * 1000
    role = rng.choice(ROLES)
    return {
        "city": rng.choice(CITIES),
        "day": rng.choice(DAYS),
        "int": str(rng.randint(2, 60)),
        "digit": str(rng.randint(1, 9)),
        "big": f"{big:,}".replace(",", " "),
        "big_en": f"{big:,}",
        "big_target": f"{big if rng.random() < 0.8 else big // 10:,}",
        "country": rng.choice(COUNTRIES),
        "person": rng.choice(PEOPLE),
        "role_lower": role.lower(),
    }


def _english(rng: random.Random, person: str, spelling: str) -> str:
    slots = _slots(rng)
    if rng.random() < 0.15:
        return rng.choice(FLAWS).format(**slots)
    speaker = rng.choice([*ROLES, person, spelling])
    return f"{speaker} said that {rng.choice(CLAUSES).format(**slots)}."


def generate(segments: int, seed: int) -> list[dict]:
    """``segments`` records in documents of 3 to 20 segments; a fifth are bilingual."""
    rng = random.Random(seed)
    records: list[dict] = []
    number = 0
    while len(records) < segments:
        doc_id = f"doc{number:06d}"
        size = min(rng.randint(3, 20), segments - len(records))
        bilingual = rng.random() < 0.2
        person = rng.choice(PEOPLE)
        # One document in ten spells its person two ways (Kim Jong-un / Kim Jong Un).
        spelling = person.replace("-", " ").title() if rng.random() < 0.1 else person
        for index in range(size):
            record = {"id": f"{doc_id}-{index:02d}", "doc_id": doc_id}
            if bilingual:
                source, target = rng.choice(PAIRS)
                slots = _slots(rng)
                record.update(text=target.format(**slots), source=source.format(**slots))
            else:
                record["text"] = _english(rng, person, spelling)
            records.append(record)
        number += 1
    return records


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")


def measure(source: Path, warmup: Path, output: Path, workers: int) -> dict:
    from distributed import Client

    from checker import corpus
    from checker.config import Config

    config = Config()
    with corpus.local_cluster(workers) as cluster, Client(cluster) as client:
        corpus.run([str(warmup)], str(output), config, client=client)
        started = time.perf_counter()
        summary = corpus.run([str(source)], str(output), config, client=client)
        seconds = time.perf_counter() - started
    return {
        "workers": workers,
        "segments": summary.segments,
        "partitions": summary.partitions,
        "findings": summary.findings,
        "flagged_share": round(summary.share_flagged, 4),
        "seconds": round(seconds, 2),
        "segments_per_s": round(summary.segments / seconds),
        "by_family": dict(sorted(summary.by_family.items())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20241127)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--output", type=Path, default=HERE / "corpus_results.json")
    args = parser.parse_args()

    from checker.corpus import CorpusError, require_extra

    try:
        require_extra()
    except CorpusError as error:
        print(f"corpus bench skipped: {error}", file=sys.stderr)
        return 0
    counts = [int(c) for c in args.workers.split(",") if c.strip()]
    load_before = os.getloadavg()[0]
    results = []
    with tempfile.TemporaryDirectory(prefix="mtlint-corpus-bench-") as folder:
        source, warmup = Path(folder, "corpus.jsonl"), Path(folder, "warmup.jsonl")
        write_jsonl(source, generate(args.segments, args.seed))
        write_jsonl(warmup, generate(2_000, args.seed + 1))
        outputs = []
        for workers in counts:
            output = Path(folder, f"findings-{workers}.parquet")
            results.append(measure(source, warmup, output, workers))
            outputs.append(_rows(output))
    same = all(rows == outputs[0] for rows in outputs)
    load = load_before  # afterwards the figure holds this benchmark's own workers
    print(f"corpus throughput, {args.segments:,} segments (seed {args.seed}):")
    for result in results:
        print(
            f"  {result['workers']} worker(s): {result['segments_per_s']:>8,} segments/s "
            f"({result['seconds']:.1f} s, {result['partitions']} partitions, "
            f"{result['findings']:,} findings, "
            f"{100 * result['flagged_share']:.1f} % of segments flagged)"
        )
    print(f"  same findings at every worker count: {'yes' if same else 'NO'}")
    if load > 0.5:
        print(
            f"  note: load average {load:.1f} on {os.cpu_count()} cores before measuring: "
            f"other processes competed for the cores, so these figures are low"
        )
    report = {
        "segments": args.segments,
        "seed": args.seed,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "same_findings": same,
        "load_average": round(load, 2),
        "runs": results,
    }
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if same else 1


def _rows(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


if __name__ == "__main__":
    sys.exit(main())
