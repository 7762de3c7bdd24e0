"""``make bench``: how fast mtlint starts, how fast it reads, how much memory it takes.

Every figure is the median of several runs. Whole-process figures (wall time, peak resident
memory) come from running the ``mtlint`` command and reading the child's resource usage with
``os.wait4``, as ``/usr/bin/time`` does; in-process figures (throughput of the rules alone,
the language family's data load) come from a small harness run in a fresh interpreter, so
nothing is cached from one figure to the next.

    python bench/run.py [--runs 5] [--quick] [--output bench/results.json]
    python bench/run.py --profile [--select L] [--corpus bench/corpus/corpus-1mb.txt]

The corpus is built by ``bench/corpus.py`` (``make bench`` does both). Results go to
``bench/results.json`` and a table on standard output; the exit code is 0 even when a target
is missed (the table says so), 2 when mtlint itself fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
FAMILIES = ["L", "Q", "T", "P", "N"]
MB = 1_000_000  # throughput is in MB/s of UTF-8 input, 1 MB = 10^6 bytes

# name: (description, comparison, target, unit)
TARGETS: dict[str, tuple[str, str, float, str]] = {
    "cold_start_ms": ("cold start, one paragraph", "<=", 100, "ms"),
    "news_small_mb_s": ("news as ~510 files, default --jobs", ">=", 2, "MB/s"),
    "news_1mb_mb_s": ("news as one 1 MB file, default --jobs", ">=", 2, "MB/s"),
    "news_1mb_jobs1_mb_s": ("news as one 1 MB file, --jobs 1", ">=", 1.5, "MB/s"),
    "news_vs_proselint": ("time against proselint, news files", "<=", 0.15, "×"),
    "throughput_all_mb_s": ("whole rule set, 1 MB, whole process", ">=", 2, "MB/s"),
    "peak_rss_10mb_mb": ("peak memory, 10 MB input, one process", "<=", 150, "MB"),
    "small_files_jobs2_s": ("1,000 small files, --jobs 2", "<=", 3, "s"),
    "throughput_L_mb_s": ("L family, in process", ">=", 5, "MB/s"),
    "language_data_load_ms": ("L family data load", "<=", 30, "ms"),
}


# --- measuring -----------------------------------------------------------------------------


def mtlint_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m checker``."""
    script = Path(sys.executable).parent / "mtlint"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "checker"]


# Peak memory must be the measured program's own. A child inherits its parent's high-water
# mark on fork and exec, so the programs are started by this small launcher (a bare
# interpreter of a few MB), which reports the wall time and rusage of its own child.
LAUNCHER = r"""
import json, os, sys, time
err = sys.argv[1]
actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
           (os.POSIX_SPAWN_OPEN, 2, err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)]
start = time.perf_counter()
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ, file_actions=actions)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
print(json.dumps({"wall": wall, "maxrss_kb": usage.ru_maxrss,
                  "cpu": usage.ru_utime + usage.ru_stime,
                  "code": os.waitstatus_to_exitcode(status)}))
"""


def run_once(argv: list[str], cwd: Path = ROOT) -> tuple[float, float, float, int, str]:
    """(wall seconds, CPU seconds, peak RSS in MB, exit code, stderr) of one run of ``argv``."""
    with tempfile.NamedTemporaryFile(suffix=".stderr") as err:
        launcher = [sys.executable, "-I", "-S", "-c", LAUNCHER, err.name, *argv]
        done = subprocess.run(launcher, cwd=cwd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BenchError(f"launcher failed: {done.stderr[-2000:]}")
        report = json.loads(done.stdout)
        stderr = Path(err.name).read_text(encoding="utf-8", errors="replace")
    return report["wall"], report["cpu"], report["maxrss_kb"] / 1024, report["code"], stderr


def measure(argv: list[str], runs: int, warmup: int = 1) -> dict:
    """Median wall time and peak RSS of ``runs`` runs of ``argv`` (after ``warmup`` runs)."""
    walls, cpus, peaks = [], [], []
    for index in range(warmup + runs):
        wall, cpu, peak, code, stderr = run_once(argv)
        if code not in (0, 1):
            raise BenchError(f"{' '.join(argv)} exited {code}:\n{stderr[-2000:]}")
        if index >= warmup:
            walls.append(wall)
            cpus.append(cpu)
            peaks.append(peak)
    return {
        "wall_s": statistics.median(walls),
        "wall_min_s": min(walls),
        "cpu_s": statistics.median(cpus),
        "peak_rss_mb": statistics.median(peaks),
        "runs": runs,
    }


class BenchError(Exception):
    """mtlint failed while being measured."""


HARNESS = r"""
import gc, json, sys, time
from checker.config import Config
from checker.engine import lint, rules_for
from checker.formats import to_documents
from checker.pace import GC_THRESHOLD

gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])  # as mtlint check collects

path, select, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
config = Config.from_options(select=select) if select != "ALL" else Config()
data = open(path, "rb").read()
rules = rules_for(config, path)
warm = data[:65536].decode("utf-8", "ignore")  # the same kind of text, so every lazy load
for document in to_documents("warm.txt", warm.encode("utf-8"), config):
    lint(document, config)  # imports and data loads happen here, not in the timed runs
times, cpu, findings = [], [], 0
for _ in range(runs):
    documents = to_documents(path, data, config)
    start, start_cpu = time.perf_counter(), time.process_time()
    findings = sum(len(lint(document, config)) for document in documents)
    times.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
print(json.dumps({"times": times, "cpu": cpu, "findings": findings, "rules": len(rules),
                  "bytes": len(data)}))
"""

# Per analysis: each shared analysis the Document declares (a cached property), built in
# declaration order so each time leaves out the analyses it reuses, then each family's rules
# on the analysed documents (the rules and their own analyses). The input is a folder of
# articles, one document each, as a real run reads them.
# Both harnesses collect garbage as `mtlint check` does (checker.pace.GC_THRESHOLD): with
# the default threshold the collector walks every live document's objects again and again,
# which a run does not (about a tenth more CPU for the tokens, measured on a busy machine).
ANALYSES = r"""
import gc, json, sys, time
from functools import cached_property
from pathlib import Path
from checker.config import Config
from checker.document import Document
from checker.engine import lint
from checker.formats import to_documents
from checker.pace import GC_THRESHOLD

gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])  # as mtlint check collects

folder, families, runs = Path(sys.argv[1]), sys.argv[2].split(","), int(sys.argv[3])
files = [(str(p), p.read_bytes()) for p in sorted(folder.glob("*.txt"))]
skip = {"line_starts", "analysis_text"}
names = [n for n, v in vars(Document).items() if isinstance(v, cached_property) and n not in skip]
configs = {family: Config.from_options(select=family) for family in families}
for path, data in files[:20]:  # imports and data loads happen here, not in the timed runs
    for document in to_documents(path, data, Config()):
        lint(document, Config())
samples = {name: [] for name in [*names, *families]}
for _ in range(runs):
    documents = [d for path, data in files for d in to_documents(path, data, Config())]
    for name in names:
        start = time.process_time()
        for document in documents:
            getattr(document, name)
        samples[name].append(time.process_time() - start)
    for family in families:
        start = time.process_time()
        for document in documents:
            lint(document, configs[family])
        samples[family].append(time.process_time() - start)
size = sum(len(data) for _, data in files)
print(json.dumps({"cpu": samples, "analyses": names, "bytes": size}))
"""

LANGUAGE_LOAD = r"""
import json, time
import checker.config, checker.document, checker.engine, checker.registry  # the core, first
import checker.analysis.lines, checker.analysis.sentences, checker.analysis.tokens
from checker import lint_text
clock, cpu = time.perf_counter, time.process_time
start, start_cpu = clock(), cpu()
try:
    import checker.rules.language
except ModuleNotFoundError:
    print(json.dumps(None))
    raise SystemExit(0)
imported, imported_cpu = clock(), cpu()
lint_text("The minister said the talks had gone well.\n", select="L")
first, first_cpu = clock(), cpu()
lint_text("The minister said the talks had gone well.\n", select="L")
second, second_cpu = clock(), cpu()
print(json.dumps({
    "import_ms": (imported - start) * 1000,
    "first_use_ms": ((first - imported) - (second - first)) * 1000,
    "import_cpu_ms": (imported_cpu - start_cpu) * 1000,
    "first_use_cpu_ms": ((first_cpu - imported_cpu) - (second_cpu - first_cpu)) * 1000,
}))
"""


def mb_per_s(size: int, seconds: float) -> float | None:
    """Throughput of ``size`` bytes in ``seconds``; None when no time was measured."""
    return size / MB / seconds if seconds > 0 else None


def harness(what: str, code: str, *args: str):
    """The JSON on the last line printed by ``python -c code args`` in a fresh interpreter."""
    argv = [sys.executable, "-c", code, *args]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"{what} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def in_process(path: Path, select: str, runs: int) -> dict:
    """Median time of the rules alone (reading and decoding excluded) in a fresh process."""
    payload = harness(f"harness ({select})", HARNESS, str(path), select, str(runs))
    median = statistics.median(payload["times"])
    cpu = statistics.median(payload["cpu"])
    return {
        "cpu_seconds": cpu,
        "cpu_mb_s": mb_per_s(payload["bytes"], cpu),
        "select": select,
        "rules": payload["rules"],
        "findings": payload["findings"],
        "seconds": median,
        "mb_s": mb_per_s(payload["bytes"], median),
        "runs": runs,
    }


def per_analysis(path: Path, runs: int) -> dict:
    """CPU ms per MB of each shared analysis, then of each family's rules, on ``path``."""
    payload = harness("per-analysis harness", ANALYSES, str(path), ",".join(FAMILIES), str(runs))
    size_mb = payload["bytes"] / MB
    return {
        "analyses": payload["analyses"],
        "ms_per_mb": {
            name: statistics.median(cpu) * 1000 / size_mb for name, cpu in payload["cpu"].items()
        },
    }


def proselint_command() -> list[str] | None:
    """proselint beside this interpreter or on PATH (``pip install proselint``), else None."""
    beside = Path(sys.executable).parent / "proselint"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("proselint")
    return [found] if found else None


def language_load(runs: int) -> dict | None:
    """Import and first-use cost of the language family (its word lists), median of runs."""
    samples = []
    for _ in range(runs):
        sample = harness("language load harness", LANGUAGE_LOAD)
        if sample is None:
            return None
        samples.append(sample)
    figures = {key: statistics.median(s[key] for s in samples) for key in samples[0]}
    figures["total_ms"] = figures["import_ms"] + figures["first_use_ms"]
    figures["total_cpu_ms"] = figures["import_cpu_ms"] + figures["first_use_cpu_ms"]
    return figures


_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def import_times(paragraph: Path, runs: int = 3, top: int = 12) -> dict:
    """``python -X importtime`` of ``mtlint check`` on one paragraph: the costliest imports."""
    best: dict[str, list[tuple[int, int, int]]] = {}
    for _ in range(runs):
        argv = [sys.executable, "-X", "importtime", "-m", "checker", "check", str(paragraph)]
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
        for match in _IMPORT_LINE.finditer(done.stderr):
            self_us, cumulative_us = int(match.group(1)), int(match.group(2))
            depth = (len(match.group(3)) - 1) // 2
            best.setdefault(match.group(4), []).append((self_us, cumulative_us, depth))

    def med(name: str, index: int) -> float:
        return statistics.median(sample[index] for sample in best[name]) / 1000

    rows = [
        {"module": n, "self_ms": med(n, 0), "cumulative_ms": med(n, 1), "depth": best[n][0][2]}
        for n in best
    ]
    total = sum(r["self_ms"] for r in rows)
    by_cumulative = sorted(
        (r for r in rows if r["depth"] == 0), key=lambda r: r["cumulative_ms"], reverse=True
    )
    by_self = sorted(rows, key=lambda r: r["self_ms"], reverse=True)
    return {"total_ms": total, "top_level": by_cumulative[:top], "top_self": by_self[:top]}


# --- the benchmark -------------------------------------------------------------------------


BUSY = "for _ in range(20_000_000): pass"


def free_cores(processes: int = 2) -> float:
    """Cores this benchmark actually gets now: one busy loop against ``processes`` at once.

    On a shared machine the neighbours take cores; ``--jobs 2`` cannot beat ``--jobs 1``
    when this says 1.
    """
    argv = [sys.executable, "-I", "-S", "-c", BUSY]
    start = time.perf_counter()
    subprocess.run(argv, check=True)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    running = [subprocess.Popen(argv) for _ in range(processes)]
    for process in running:
        process.wait()
    together = time.perf_counter() - start
    return processes * alone / together


def machine() -> dict:
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            model = next(
                (
                    line.split(":", 1)[1].strip()
                    for line in cpuinfo
                    if line.startswith("model name")
                ),
                "",
            )
    except OSError:
        model = platform.processor()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "load_average": os.getloadavg(),
        "free_cores": round(free_cores(), 2),
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit,
    }


def run(runs: int, quick: bool) -> dict:
    sys.path.insert(0, str(HERE))
    import news
    from corpus import build

    manifest = build(CORPUS)
    news_corpus = news.build(CORPUS)
    corpus_1 = CORPUS / "corpus-1mb.txt"
    corpus_10 = CORPUS / "corpus-10mb.txt"
    paragraph = CORPUS / "paragraph.txt"
    varied = CORPUS / "varied.txt"
    small = CORPUS / "small"
    mtlint = mtlint_command()
    out = ["--output", os.devnull]
    big_runs = max(1, runs // 2) if not quick else 1
    results: dict = {"machine": machine(), "corpus": manifest, "runs": runs}
    # Bytecode compiled, as pip leaves an installed package (PYTHONDONTWRITEBYTECODE or a
    # fresh clone would otherwise make every cold start compile the sources).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "checker")],
        check=False,
        capture_output=True,
    )

    if news_corpus is not None:
        results["news"] = measure_news(news_corpus, mtlint, out, runs)
    step("interpreter start (python -c pass)")
    results["python_start"] = measure([sys.executable, "-c", "pass"], runs * 2)
    step("cold start")
    results["cold_start"] = measure([*mtlint, "check", *out, str(paragraph)], runs * 2)
    step("import times")
    results["import_times"] = import_times(paragraph)
    # Default --jobs: a long file's blocks go to one process per core. --jobs 1 is the
    # one-process figure (and the honest memory figure: wait4 reports the largest process).
    one_process = ["--jobs", "1"]
    step("whole rule set, 1 MB")
    results["whole_1mb"] = measure([*mtlint, "check", *out, str(corpus_1)], runs)
    step("whole rule set, 1 MB, --jobs 1")
    results["whole_1mb_jobs1"] = measure(
        [*mtlint, "check", *out, *one_process, str(corpus_1)], runs
    )
    step("whole rule set, 10 MB")
    results["whole_10mb"] = measure([*mtlint, "check", *out, str(corpus_10)], big_runs)
    step("whole rule set, 10 MB, --jobs 1")
    results["whole_10mb_jobs1"] = measure(
        [*mtlint, "check", *out, *one_process, str(corpus_10)], big_runs
    )
    step("varied text, --jobs 1")
    results["varied"] = measure([*mtlint, "check", *out, *one_process, str(varied)], runs)
    for name, path in (
        ("varied", varied),
        ("whole_1mb", corpus_1),
        ("whole_1mb_jobs1", corpus_1),
        ("whole_10mb", corpus_10),
        ("whole_10mb_jobs1", corpus_10),
    ):
        size = path.stat().st_size
        results[name]["bytes"] = size
        results[name]["mb_s"] = mb_per_s(size, results[name]["wall_s"])

    step("in process, per family, 1 MB")
    results["in_process"] = {
        select: in_process(corpus_1, select, runs) for select in ["ALL", *FAMILIES]
    }
    step("in process, whole rule set, 10 MB")
    results["in_process_10mb"] = in_process(corpus_10, "ALL", big_runs)
    step("language data load")
    results["language_load"] = language_load(runs)

    step("1,000 small files")
    results["small_files"] = {
        jobs: measure(
            [*mtlint, "check", *out, *(["--jobs", jobs] if jobs else []), str(small)], runs
        )
        for jobs in ("1", "2", "")
    }
    results["small_files"]["default"] = results["small_files"].pop("")

    size_ratio = results["whole_10mb"]["bytes"] / results["whole_1mb"]["bytes"]
    one, ten = results["in_process"]["ALL"]["seconds"], results["in_process_10mb"]["seconds"]
    # Whole-process times without the start-up, which does not grow with the input.
    start_up = results["cold_start"]["wall_s"]
    whole_1 = results["whole_1mb_jobs1"]["wall_s"] - start_up
    whole_10 = results["whole_10mb_jobs1"]["wall_s"] - start_up
    one_cpu = results["in_process"]["ALL"]["cpu_seconds"]
    ten_cpu = results["in_process_10mb"]["cpu_seconds"]
    whole_1_cpu = results["whole_1mb_jobs1"]["cpu_s"] - results["cold_start"]["cpu_s"]
    whole_10_cpu = results["whole_10mb_jobs1"]["cpu_s"] - results["cold_start"]["cpu_s"]
    results["scaling"] = {
        "size_ratio": size_ratio,
        "in_process_time_ratio": ten / one if one else None,
        "in_process_linearity": (ten / one) / size_ratio if one else None,
        "in_process_cpu_linearity": (ten_cpu / one_cpu) / size_ratio if one_cpu else None,
        "whole_process_cpu_linearity": (whole_10_cpu / whole_1_cpu) / size_ratio
        if whole_1_cpu > 0
        else None,
        "whole_process_time_ratio": whole_10 / whole_1 if whole_1 > 0 else None,
        "whole_process_linearity": (whole_10 / whole_1) / size_ratio if whole_1 > 0 else None,
    }
    language = results["language_load"]
    news_figures = results.get("news", {})
    results["figures"] = {
        "cold_start_ms": results["cold_start"]["wall_s"] * 1000,
        "news_small_mb_s": news_figures.get("small", {}).get("mb_s"),
        "news_1mb_mb_s": news_figures.get("one_file", {}).get("mb_s"),
        "news_1mb_jobs1_mb_s": news_figures.get("one_file_jobs1", {}).get("mb_s"),
        "news_vs_proselint": news_figures.get("against_proselint"),
        "throughput_all_mb_s": results["whole_1mb"]["mb_s"],
        "throughput_all_jobs1_mb_s": results["whole_1mb_jobs1"]["mb_s"],
        "throughput_varied_jobs1_mb_s": mb_per_s(
            results["varied"]["bytes"], results["varied"]["wall_s"] - start_up
        ),
        "peak_rss_10mb_mb": results["whole_10mb_jobs1"]["peak_rss_mb"],
        "small_files_jobs2_s": results["small_files"]["2"]["wall_s"],
        "throughput_L_mb_s": results["in_process"]["L"]["mb_s"]
        if results["in_process"]["L"]["rules"]
        else None,
        "language_data_load_ms": language["total_ms"] if language else None,
    }
    results["targets"] = {
        name: {
            "target": f"{comparison} {target} {unit}",
            "value": results["figures"][name],
            "met": _met(results["figures"][name], comparison, target),
        }
        for name, (_, comparison, target, unit) in TARGETS.items()
    }
    results["machine"]["load_average_after"] = os.getloadavg()
    results["machine"]["free_cores_after"] = round(free_cores(), 2)
    return results


def measure_news(corpus, mtlint: list[str], out: list[str], runs: int) -> dict:
    """Whole-process figures on real news (see ``news.py``), per analysis, and proselint."""
    inputs = {
        "small": ([str(corpus.small)], [], corpus.one_file_bytes),
        "small_jobs1": ([str(corpus.small)], ["--jobs", "1"], corpus.one_file_bytes),
        "one_file": ([str(corpus.one_file)], [], corpus.one_file_bytes),
        "one_file_jobs1": ([str(corpus.one_file)], ["--jobs", "1"], corpus.one_file_bytes),
        "whole": ([str(corpus.whole)], [], corpus.whole_bytes),
    }
    figures: dict = {"files": {"small": corpus.small_files, "whole": corpus.whole_files}}
    for name, (paths, jobs, size) in inputs.items():
        step(f"news, {name.replace('_', ' ')}")
        figures[name] = measure([*mtlint, "check", *out, *jobs, *paths], runs)
        figures[name]["bytes"] = size
        figures[name]["mb_s"] = mb_per_s(size, figures[name]["wall_s"])
    step("news, per analysis")
    figures["per_analysis"] = per_analysis(corpus.small, max(1, runs // 2))
    proselint = proselint_command()
    if proselint is not None:
        step("news, proselint on the same files")
        figures["proselint"] = measure([*proselint, "check", str(corpus.small)], 1, warmup=0)
        figures["against_proselint"] = figures["small"]["wall_s"] / figures["proselint"]["wall_s"]
    return figures


def _met(value: float | None, comparison: str, target: float) -> bool | None:
    if value is None:
        return None
    return value <= target if comparison == "<=" else value >= target


def step(what: str) -> None:
    print(f"bench: {what}...", file=sys.stderr, flush=True)


# --- the table -----------------------------------------------------------------------------


def table(results: dict) -> str:
    m = results["machine"]
    load = ", ".join(f"{x:.1f}" for x in m["load_average"])
    lines = [
        f"mtlint benchmark — {m['nproc']} cores, {m['cpu']}, Python {m['python']}, "
        f"commit {m['commit']}; median of {results['runs']} runs; load average {load}; "
        f"cores free for the benchmark: {m['free_cores']:.1f} before, "
        f"{m['free_cores_after']:.1f} after",
        "",
        f"{'figure':<46} {'value':>11} {'CPU':>11}  {'target':<13} met",
        "-" * 90,
    ]

    def row(label: str, value, unit: str, name: str | None = None, cpu=None) -> None:
        def shown(number) -> str:
            if number is None:
                return "n/a" if unit else ""
            return f"{number:,.{2 if number < 10 else 1}f} {unit}".strip()

        target = results["targets"].get(name) if name else None
        verdict = "" if target is None else {True: "yes", False: "NO", None: "n/a"}[target["met"]]
        goal = target["target"] if target else ""
        cpu_text = "" if cpu is None else shown(cpu)
        lines.append(
            f"{label:<46} {shown(value):>11} {cpu_text:>11}  {goal:<13} {verdict}".rstrip()
        )

    ms = 1000
    news_figures = results.get("news")
    if news_figures:
        labels = {
            "small": f"news, {news_figures['files']['small']} files, default --jobs",
            "small_jobs1": "news, the same files, --jobs 1",
            "one_file": "news, one 1 MB file, default --jobs",
            "one_file_jobs1": "news, one 1 MB file, --jobs 1",
            "whole": f"news, whole ({news_figures['files']['whole']} files), default --jobs",
        }
        names = {
            "small": "news_small_mb_s",
            "one_file": "news_1mb_mb_s",
            "one_file_jobs1": "news_1mb_jobs1_mb_s",
        }
        for key, label in labels.items():
            figure = news_figures[key]
            cpu_rate = mb_per_s(figure["bytes"], figure["cpu_s"])
            row(label, figure["mb_s"], "MB/s", names.get(key), cpu_rate)
            row("  time", figure["wall_s"], "s", cpu=figure["cpu_s"])
        if "proselint" in news_figures:
            row("proselint on the same files", news_figures["proselint"]["wall_s"], "s")
            row(
                "  mtlint time ÷ proselint time",
                news_figures["against_proselint"],
                "×",
                "news_vs_proselint",
            )
        for name, value in news_figures["per_analysis"]["ms_per_mb"].items():
            what = f"rules --select {name}" if name in FAMILIES else f"analysis {name}"
            row(f"news files, CPU per MB: {what}", value, "ms")
    start, cold = results["python_start"], results["cold_start"]
    row(
        "python -c pass (the interpreter alone)",
        start["wall_s"] * ms,
        "ms",
        cpu=start["cpu_s"] * ms,
    )
    row(
        "cold start: mtlint check, one paragraph",
        cold["wall_s"] * ms,
        "ms",
        "cold_start_ms",
        cold["cpu_s"] * ms,
    )
    row("  peak memory", cold["peak_rss_mb"], "MB")
    for size in ("1", "10"):
        for suffix, how in (("", "default --jobs"), ("_jobs1", "--jobs 1")):
            whole = results[f"whole_{size}mb{suffix}"]
            cpu_rate = mb_per_s(whole["bytes"], whole["cpu_s"])
            name = f"throughput_all{suffix}_mb_s" if size == "1" else None
            label = f"whole rule set, {size} MB file, {how}"
            row(label, whole["mb_s"], "MB/s", name, cpu_rate)
            row("  time", whole["wall_s"], "s", cpu=whole["cpu_s"])
            row(
                "  peak memory" + ("" if suffix else " (largest process)"),
                whole["peak_rss_mb"],
                "MB",
                "peak_rss_10mb_mb" if size == "10" and suffix else None,
            )
    varied = results["varied"]
    rate = results["figures"]["throughput_varied_jobs1_mb_s"]
    row(f"varied text ({varied['bytes'] / 1000:.0f} KB), --jobs 1, less start-up", rate, "MB/s")
    row("  time (start-up included)", varied["wall_s"], "s", cpu=varied["cpu_s"])
    for select, figure in results["in_process"].items():
        label = "every family" if select == "ALL" else f"--select {select}"
        name = "throughput_L_mb_s" if select == "L" else None
        has_rules = bool(figure["rules"])
        row(
            f"in process, 1 MB, {label} ({figure['rules']} rules)",
            figure["mb_s"] if has_rules else None,
            "MB/s",
            name,
            figure["cpu_mb_s"] if has_rules else None,
        )
    ten = results["in_process_10mb"]
    row("in process, 10 MB, every family", ten["mb_s"], "MB/s", cpu=ten["cpu_mb_s"])
    scaling = results["scaling"]
    row("scaling 1→10 MB, in process: time ratio", scaling["in_process_time_ratio"], "×")
    row(
        "  linearity (time ratio / size ratio)",
        scaling["in_process_linearity"],
        "",
        cpu=scaling["in_process_cpu_linearity"],
    )
    row("scaling 1→10 MB, --jobs 1 − start: time ratio", scaling["whole_process_time_ratio"], "×")
    row(
        "  linearity (time ratio / size ratio)",
        scaling["whole_process_linearity"],
        "",
        cpu=scaling["whole_process_cpu_linearity"],
    )
    language = results["language_load"]
    row(
        "L data load (import + first use)",
        language["total_ms"] if language else None,
        "ms",
        "language_data_load_ms",
        language["total_cpu_ms"] if language else None,
    )
    if language:
        row(
            "  import of checker.rules.language",
            language["import_ms"],
            "ms",
            cpu=language["import_cpu_ms"],
        )
        row(
            "  first use (word lists)",
            language["first_use_ms"],
            "ms",
            cpu=language["first_use_cpu_ms"],
        )
    small = results["small_files"]
    for jobs, name in (("1", None), ("2", "small_files_jobs2_s"), ("default", None)):
        label = "default --jobs" if jobs == "default" else f"--jobs {jobs}"
        row(f"1,000 small files, {label}", small[jobs]["wall_s"], "s", name, small[jobs]["cpu_s"])
    row("  peak memory, --jobs 2 (largest process)", small["2"]["peak_rss_mb"], "MB")

    imports = results["import_times"]
    lines += [
        "",
        f"cold-start imports (python -X importtime; {imports['total_ms']:.1f} ms in all):",
    ]
    lines.append(f"  {'top-level import':<42} {'cumulative':>10}")
    for entry in imports["top_level"][:10]:
        lines.append(f"  {entry['module']:<42} {entry['cumulative_ms']:>7.1f} ms")
    lines.append(f"  {'costliest modules, own time':<42} {'self':>10}")
    for entry in imports["top_self"][:10]:
        lines.append(f"  {entry['module']:<42} {entry['self_ms']:>7.1f} ms")
    return "\n".join(lines)


# --- profiling -----------------------------------------------------------------------------


def profile(path: Path, select: str, top: int) -> None:
    """cProfile of the rules on ``path`` (after a warm-up), the top functions by own time."""
    import cProfile
    import pstats

    from checker.config import Config
    from checker.engine import lint
    from checker.formats import to_documents

    config = Config.from_options(select=select) if select != "ALL" else Config()
    data = path.read_bytes()
    warm = data[:65536].decode("utf-8", "ignore").encode("utf-8")
    for document in to_documents("warm.txt", warm, config):
        lint(document, config)
    documents = to_documents(str(path), data, config)
    profiler = cProfile.Profile()
    profiler.enable()
    for document in documents:
        lint(document, config)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--quick", action="store_true", help="one run of the 10 MB figures")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    parser.add_argument("--profile", action="store_true", help="profile instead of timing")
    parser.add_argument("--select", default="ALL", help="families to profile (--profile)")
    parser.add_argument("--corpus", type=Path, default=CORPUS / "corpus-1mb.txt")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.profile:
        sys.path.insert(0, str(HERE))
        from corpus import build

        build(CORPUS)
        profile(args.corpus, args.select, args.top)
        return 0
    try:
        results = run(max(1, args.runs), args.quick)
    except BenchError as error:
        print(f"bench: error: {error}", file=sys.stderr)
        return 2
    args.output.write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(table(results))
    print(f"\n(figures written to {os.path.relpath(args.output, Path.cwd())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
