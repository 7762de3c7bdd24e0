"""Findings byte-identical before and after a speed change.

``python bench/compare.py --save`` runs ``mtlint check --format json --min-severity info``
(every rule) on a fixed set of inputs and stores each report; ``python bench/compare.py``
runs them again and compares byte for byte, printing the first differences of any set
that changed (exit code 1). A speed change must leave every report unchanged.

The sets: every file of ``fixtures/`` named on the command line (bilingual formats and read
errors included), the two line-aligned pairs of ``fixtures/bilingual`` with ``--source``,
``eval/texts`` and every ``eval/heldout*`` set (linted, never read here: a changed report
of a set after ``heldout-2`` is named, its differences not shown), and the benchmark
corpora when they exist: the news corpus as one 1 MB file and as ~510 files (each with the
default ``--jobs`` and with ``--jobs 1``, so the process pool and the forked blocks are
compared too), the repeating 1 MiB corpus, ``varied.txt`` and the whole news corpus
(``MTLINT_NEWS_CORPUS``).

The reports hold excerpts of the texts, news articles among them, so they are stored under
the git-ignored ``bench/corpus/compare/``, never in the project.
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
STORE = CORPUS / "compare"
# The held-out sets whose differences are shown; those of the later ones (written blind, that
# nobody reads: heldout-3, heldout-4, ...) are linted and compared, never shown.
SHOWN_HELDOUT = {"eval-heldout", "eval-heldout-2"}


def mtlint() -> list[str]:
    script = Path(sys.executable).parent / "mtlint"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "checker"]


def sets() -> dict[str, list[str]]:
    """Name → arguments of ``mtlint check`` (paths relative to the project)."""
    fixtures = sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "fixtures").rglob("*") if p.is_file()
    )
    pair = "fixtures/bilingual/{}.en.txt --source fixtures/bilingual/{}.fr.txt"
    found: dict[str, list[str]] = {
        "fixtures": fixtures,
        "fixtures-jobs1": ["--jobs", "1", *fixtures],
        "pair-nk": pair.format("nk-soldiers", "nk-soldiers").split(),
        "pair-segments": pair.format("segments", "segments").split(),
        "eval-texts": ["eval/texts"],
    }
    for folder in sorted((ROOT / "eval").glob("heldout*")):
        if folder.is_dir():
            found[f"eval-{folder.name}"] = [f"eval/{folder.name}"]
    optional = {
        "news-1mb": ["bench/corpus/news-1mb.txt"],
        "news-1mb-jobs1": ["--jobs", "1", "bench/corpus/news-1mb.txt"],
        "news-small": ["bench/corpus/news-small"],
        "news-small-jobs1": ["--jobs", "1", "bench/corpus/news-small"],
        "corpus-1mb": ["--jobs", "1", "bench/corpus/corpus-1mb.txt"],
        "varied": ["bench/corpus/varied.txt"],
    }
    for name, args in optional.items():
        if (ROOT / args[-1]).exists():
            found[name] = args
    whole = news_folder()
    if whole is not None:
        found["news-whole"] = [str(whole)]
    return found


def news_folder() -> Path | None:
    """The whole news corpus (``MTLINT_NEWS_CORPUS`` or ``../shared/corpora/news-en``)."""
    configured = os.environ.get("MTLINT_NEWS_CORPUS")
    folder = Path(configured) if configured else ROOT.parent / "shared" / "corpora" / "news-en"
    return folder if folder.is_dir() else None


def report(args: list[str]) -> bytes:
    argv = [*mtlint(), "check", "--format", "json", "--min-severity", "info", *args]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, check=False)
    if done.returncode not in (0, 1, 2):
        sys.exit(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr.decode()[-2000:]}")
    return done.stdout + b"\n--- stderr ---\n" + done.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help="store the reports as the baseline")
    parser.add_argument("--only", help="comma-separated set names")
    options = parser.parse_args(argv)
    chosen = sets()
    if options.only:
        chosen = {k: v for k, v in chosen.items() if k in options.only.split(",")}
    STORE.mkdir(parents=True, exist_ok=True)
    changed = 0
    for name, args in chosen.items():
        start = time.perf_counter()
        now = report(args)
        took = time.perf_counter() - start
        stored = STORE / f"{name}.json"
        if options.save:
            stored.write_bytes(now)
            print(f"{name:18} saved ({len(now):,} bytes, {took:.1f} s)")
            continue
        if not stored.is_file():
            print(f"{name:18} no baseline (run with --save first)")
            changed += 1
            continue
        before = stored.read_bytes()
        if before == now:
            print(f"{name:18} identical ({len(now):,} bytes, {took:.1f} s)")
            continue
        changed += 1
        print(f"{name:18} CHANGED")
        diff = difflib.unified_diff(
            before.decode(errors="replace").splitlines(),
            now.decode(errors="replace").splitlines(),
            "baseline",
            "now",
            lineterm="",
            n=2,
        )
        if name.startswith("eval-heldout") and name not in SHOWN_HELDOUT:
            continue  # a blind set's texts are not shown
        for line in list(diff)[:60]:
            print("    " + line)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
