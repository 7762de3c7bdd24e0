"""Throughput and start-up cost of the language family (L) alone.

    python bench/language.py [FILE ...]

Prints, for each file (default: the clean-English fixtures repeated to 1 MiB, and
bench/corpus/corpus-1mb.txt when it exists), the best of several runs of the L rules on a
fresh Document (word splitting included), and the cost of opening the word lists: time and
resident memory, measured in a child process so nothing else is loaded.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MIB = 1024 * 1024
RUNS = 5

_LOAD_PROBE = """
import resource, sys, time
import checker.document, checker.engine  # what every run imports anyway
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
from checker.analysis.lexicon import lexicon
lx = lexicon()
lx.lookup("muet"); lx.rare("muet"); lx.loanwords; lx.languages
elapsed = time.perf_counter() - start
import checker.analysis.foreign, checker.rules.language
modules = time.perf_counter() - start - elapsed
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
loaded = 'langdetect' in sys.modules
start = time.perf_counter()
checker.analysis.foreign.detect_language("selon lui, les négociations", ("fr", "it", "en"))
detector = time.perf_counter() - start
print(f"{elapsed * 1000:.1f} {(after - before) / 1024:.1f} {loaded} "
      f"{modules * 1000:.1f} {detector * 1000:.1f}")
"""


def clean_english() -> tuple[str, str]:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/clean").glob("*.txt"))]
    text = "\n\n".join(parts)
    if not text.strip():
        raise SystemExit("no clean fixtures found")
    return "fixtures/clean × n (1 MiB)", (text + "\n\n") * (MIB // len(text.encode()) + 1)


def measure(text: str) -> tuple[float, float, int, bool]:
    """(first run, best later run) in seconds, findings, whether langdetect was loaded.

    The first run pays for opening the word lists, memoising word verdicts and loading
    langdetect's profiles when a span needs them; later runs reuse the word memo (as a
    process linting many files does) but not langdetect's answers.
    """
    from checker.analysis.foreign import detect_language
    from checker.config import Config
    from checker.document import Document
    from checker.engine import lint
    from checker.registry import load_rules

    load_rules(["L"])  # importing the rule modules is start-up, measured apart

    config = Config.from_options(select="L")
    times = []
    findings = 0
    for _ in range(RUNS):
        detect_language.cache_clear()
        doc = Document(text=text, path="bench.txt")
        start = time.perf_counter()
        findings = len(lint(doc, config))
        times.append(time.perf_counter() - start)
    return times[0], min(times[1:]), findings, "langdetect" in sys.modules


def main(paths: list[str]) -> None:
    load = subprocess.run(
        [sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    print(
        f"word lists: opened in {load[0]} ms, +{load[1]} MB resident "
        f"(langdetect imported: {load[2]}); L modules imported in {load[3]} ms; "
        f"first langdetect call (profiles loaded) {load[4]} ms"
    )
    corpora = [clean_english()]
    default = ROOT / "bench/corpus/corpus-1mb.txt"
    if paths:
        corpora = [(p, Path(p).read_text(encoding="utf-8")) for p in paths]
    elif default.exists():
        corpora.append((str(default.relative_to(ROOT)), default.read_text(encoding="utf-8")))
    for name, text in corpora:
        code = (
            "import sys; sys.path.insert(0, 'bench'); import language as b; "
            f"print(*b.measure(open({name!r}, encoding='utf-8').read()))"
            if Path(name).exists()
            else None
        )
        if code is None:  # the generated clean corpus: measure in this process
            first, best, findings, detector = measure(text)
        else:  # a file: measure in a fresh process, so its first run is really cold
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
            ).stdout.split()
            first, best, findings, detector = float(out[0]), float(out[1]), int(out[2]), out[3]
        megabytes = len(text.encode()) / 1e6
        print(
            f"{name}: {megabytes:.2f} MB; first run {first * 1000:.0f} ms "
            f"({megabytes / first:.1f} MB/s), then {best * 1000:.0f} ms "
            f"({megabytes / best:.1f} MB/s), L family alone; {findings} findings; "
            f"langdetect loaded: {detector}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
