"""Score mtlint against annotated texts: recall and precision per rule family.

Each ``eval/texts/*.txt`` (or ``.md``) file is realistic English news prose with defects planted
and marked inline: ``⟦F:span⟧`` marks ``span`` as one defect of family ``F`` (L, Q, T, P, N...),
and ``⟦F#key:span⟧`` groups several spans of one file into ONE defect (a name spelt two ways:
finding either spelling counts). Markers nest. The script strips them, lints the clean text as
``mtlint check`` would (same reader, all rules), keeps findings at warning or error, and matches
them to the defects by family and overlapping span. See eval/README.md.

Usage: python eval/score.py [--verbose] [--texts DIR] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPEN, CLOSE = "⟦", "⟧"
_OPENING = re.compile(r"⟦([A-Z])(?:#([A-Za-z0-9_-]+))?:")
_SPECIAL = re.compile(r"[⟦⟧]")
SCORED_SUFFIXES = (".txt", ".md")


class MarkupError(ValueError):
    """An annotated text whose markers do not parse."""


@dataclass(frozen=True)
class Span:
    """One marked span of the clean text: ``text[start:end]``, on 1-based ``line``."""

    start: int
    end: int
    line: int
    text: str


@dataclass
class Defect:
    """A planted defect: its family, and the span(s) where a finding may point at it."""

    file: str
    family: str
    key: str
    spans: list[Span] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.spans[0].line


@dataclass(frozen=True)
class Found:
    """What the scorer needs of a finding (offsets into the clean text)."""

    file: str
    code: str
    start: int
    end: int
    line: int
    severity: str
    message: str

    @property
    def family(self) -> str:
        return self.code[0]


def parse_markers(marked: str, file: str = "<text>") -> tuple[str, list[Defect]]:
    """Strip the ``⟦F:…⟧`` markers; return the clean text and its defects in order."""
    out: list[str] = []
    length = 0
    line = 1
    stack: list[tuple[str, str, int, int]] = []  # family, key, start offset, start line
    defects: dict[str, Defect] = {}
    position = 0
    anonymous = 0
    for match in _SPECIAL.finditer(marked):
        chunk = marked[position : match.start()]
        out.append(chunk)
        length += len(chunk)
        line += chunk.count("\n")
        if match.group() == OPEN:
            opening = _OPENING.match(marked, match.start())
            if opening is None:
                raise MarkupError(f"{file}:{line}: bad marker (expected ⟦F: or ⟦F#key:)")
            family, key = opening.group(1), opening.group(2)
            if key is None:
                anonymous += 1
                key = f"#{anonymous}"
            stack.append((family, key, length, line))
            position = opening.end()
            continue
        if not stack:
            raise MarkupError(f"{file}:{line}: ⟧ closes no marker")
        family, key, start, start_line = stack.pop()
        if start == length:
            raise MarkupError(f"{file}:{start_line}: empty marked span")
        text = "".join(out)[start:length]
        defect = defects.setdefault(key, Defect(file, family, key))
        if defect.family != family:
            raise MarkupError(f"{file}:{start_line}: key {key} used for two families")
        defect.spans.append(Span(start, length, start_line, text))
        position = match.end()
    out.append(marked[position:])
    if stack:
        raise MarkupError(f"{file}:{stack[-1][3]}: marker never closed")
    ordered = sorted(defects.values(), key=lambda d: (d.spans[0].start, d.key))
    return "".join(out), ordered


def overlaps(found: Found, span: Span) -> bool:
    """Half-open overlap; an empty finding counts when it sits inside or at an edge of span."""
    if found.start == found.end:
        return span.start <= found.start <= span.end
    return found.start < span.end and span.start < found.end


@dataclass
class Tally:
    planted: int = 0
    found: int = 0
    true_positives: int = 0
    false_positives: int = 0

    @property
    def recall(self) -> float | None:
        return self.true_positives / self.planted if self.planted else None

    @property
    def precision(self) -> float | None:
        return (self.found - self.false_positives) / self.found if self.found else None

    def as_dict(self) -> dict[str, float | int | None]:
        data: dict[str, float | int | None] = asdict(self)
        data["recall"] = _round(self.recall)
        data["precision"] = _round(self.precision)
        return data


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class Score:
    families: dict[str, Tally]
    total: Tally
    missed: list[Defect]
    false_positives: list[Found]
    crashes: list[Found]
    codes: dict[str, dict[str, int]] = field(default_factory=dict)


def score(defects: Sequence[Defect], findings: Sequence[Found]) -> Score:
    """Match findings to defects (same file, same family, overlapping span).

    A defect is found (a true positive) when at least one finding matches it; a finding that
    matches no defect is a false positive. Several findings on one defect count once for
    recall and are not false positives. ``E`` findings (a rule that crashed) are set aside.
    """
    crashes = [f for f in findings if f.family == "E"]
    scored = [f for f in findings if f.family != "E"]
    families = {d.family for d in defects} | {f.family for f in scored}
    tallies = {family: Tally() for family in sorted(families)}
    by_place: dict[tuple[str, str], list[Defect]] = {}
    for defect in defects:
        tallies[defect.family].planted += 1
        by_place.setdefault((defect.file, defect.family), []).append(defect)
    matched: set[int] = set()
    false_positives = []
    for found in scored:
        tallies[found.family].found += 1
        hits = [
            d
            for d in by_place.get((found.file, found.family), [])
            if any(overlaps(found, span) for span in d.spans)
        ]
        if not hits:
            tallies[found.family].false_positives += 1
            false_positives.append(found)
        matched.update(id(d) for d in hits)
    missed = []
    for defect in defects:
        if id(defect) in matched:
            tallies[defect.family].true_positives += 1
        else:
            missed.append(defect)
    total = Tally()
    for tally in tallies.values():
        total.planted += tally.planted
        total.found += tally.found
        total.true_positives += tally.true_positives
        total.false_positives += tally.false_positives
    codes: dict[str, dict[str, int]] = {}
    for found in scored:
        codes.setdefault(found.code, {"found": 0, "false_positives": 0})["found"] += 1
    for found in false_positives:
        codes[found.code]["false_positives"] += 1
    return Score(tallies, total, missed, false_positives, crashes, dict(sorted(codes.items())))


Linter = Callable[[str, str], list[Found]]


def lint_findings(file: str, text: str) -> list[Found]:
    """Lint ``text`` as ``mtlint check`` lints a file named ``file``; warnings and errors only."""
    from checker.config import Config
    from checker.engine import lint
    from checker.formats import to_documents
    from checker.types import Severity

    config = Config.from_options()
    documents = to_documents(file, text.encode("utf-8"), config)
    if not isinstance(documents, list):
        raise RuntimeError(f"{file}: {documents.message}")
    found = []
    for document in documents:
        for f in lint(document, config):
            if f.severity >= Severity.WARNING:
                found.append(
                    Found(file, f.code, f.start, f.end, f.line, f.severity.label, f.message)
                )
    return found


def text_files(folder: Path) -> list[Path]:
    """The annotated texts of ``folder``: its .txt and .md files, except a README.md."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix in SCORED_SUFFIXES and p.name != "README.md"
    )


def evaluate(paths: Iterable[Path], linter: Linter = lint_findings) -> tuple[Score, dict[str, str]]:
    """Parse, lint and score every annotated file; also return each file's clean text."""
    defects: list[Defect] = []
    findings: list[Found] = []
    texts: dict[str, str] = {}
    for path in paths:
        clean, marked = parse_markers(path.read_text(encoding="utf-8"), path.name)
        texts[path.name] = clean
        defects.extend(marked)
        findings.extend(linter(path.name, clean))
    return score(defects, findings), texts


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def table(result: Score) -> str:
    from checker.types import FAMILIES

    header = f"{'family':<14}{'planted':>8}{'found':>7}{'TP':>5}{'FP':>5}{'recall':>9}{'prec.':>9}"
    rows = [header, "-" * len(header)]
    items = [*result.families.items(), ("total", result.total)]
    for family, t in items:
        label = f"{family} {FAMILIES[family]}" if family in FAMILIES else family
        if family == "total":
            rows.append("-" * len(header))
        rows.append(
            f"{label:<14}{t.planted:>8}{t.found:>7}{t.true_positives:>5}"
            f"{t.false_positives:>5}{_percent(t.recall):>9}{_percent(t.precision):>9}"
        )
    return "\n".join(rows)


def _excerpt(texts: dict[str, str], file: str, start: int, end: int) -> str:
    text = texts.get(file, "")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    left = max(0, start - line_start - 30)
    return line[left : left + 90]


def details(result: Score, texts: dict[str, str]) -> str:
    lines = [f"false positives ({len(result.false_positives)}):"]
    for f in result.false_positives:
        lines.append(f"  {f.file}:{f.line}: {f.code} {f.severity} {f.message}")
        lines.append(f"      …{_excerpt(texts, f.file, f.start, f.end)}…")
    lines.append(f"missed defects ({len(result.missed)}):")
    for d in result.missed:
        shown = " | ".join(s.text.replace("\n", "⏎") for s in d.spans)
        lines.append(f"  {d.file}:{d.line}: {d.family} {shown!r}")
    return "\n".join(lines)


def report(result: Score) -> dict:
    """The results.json payload (deterministic: same rules, same texts, same bytes)."""
    from checker import __version__

    return {
        "tool": "mtlint",
        "version": __version__,
        "min_severity": "warning",
        "families": {k: v.as_dict() for k, v in result.families.items()},
        "total": result.total.as_dict(),
        "codes": result.codes,
        "false_positives": [asdict(f) for f in result.false_positives],
        "missed": [
            {
                "file": d.file,
                "family": d.family,
                "line": d.line,
                "spans": [s.text for s in d.spans],
            }
            for d in result.missed
        ],
        "crashes": [asdict(f) for f in result.crashes],
    }


def main(argv: Sequence[str] | None = None, linter: Linter | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=HERE / "texts")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    parser.add_argument("--verbose", "-v", action="store_true", help="list FPs and misses")
    args = parser.parse_args(argv)
    try:
        result, texts = evaluate(text_files(args.texts), linter or lint_findings)
    except MarkupError as error:
        print(f"eval: {error}", file=sys.stderr)
        return 2
    args.output.write_text(json.dumps(report(result), indent=2, ensure_ascii=False) + "\n")
    print(table(result))
    if result.crashes:
        print(f"\n{len(result.crashes)} rule crash(es) (E900), not scored:")
        for f in result.crashes:
            print(f"  {f.file}: {f.message}")
    if args.verbose:
        print()
        print(details(result, texts))
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head: the results file is already written
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
