"""Corpus scores for ``mtlint score``: a thin layer over sacrebleu.

The numbers are exactly sacrebleu's corpus BLEU, chrF and TER with its default settings,
each kept with its signature (``nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:...``)
so that a score can be reproduced. ``worst`` lists the segments with the lowest sentence
chrF, the first place to look. sacrebleu is imported only when a score is computed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from checker import __version__

METRICS = ("bleu", "chrf", "ter")
# Metrics where a higher score is better, so that --fail-under makes sense.
HIGHER_IS_BETTER = ("bleu", "chrf")


class ScoreError(ValueError):
    """Inputs that cannot be scored (unreadable, empty, mismatched lines); one line."""


@dataclass(frozen=True, slots=True)
class MetricScore:
    name: str
    score: float
    signature: str


@dataclass(frozen=True, slots=True)
class SegmentScore:
    """One segment's sentence chrF; ``line`` is 1-based."""

    line: int
    chrf: float
    hypothesis: str
    reference: str
    source: str | None = None


@dataclass
class ScoreReport:
    segments: int
    bleu: MetricScore
    chrf: MetricScore
    ter: MetricScore
    worst: list[SegmentScore] = field(default_factory=list)

    def metric(self, name: str) -> MetricScore:
        return {"bleu": self.bleu, "chrf": self.chrf, "ter": self.ter}[name]

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT.md JSON shape of a score report."""
        worst = []
        for item in self.worst:
            entry: dict[str, Any] = {
                "line": item.line,
                "chrf": item.chrf,
                "hypothesis": item.hypothesis,
                "reference": item.reference,
            }
            if item.source is not None:
                entry["source"] = item.source
            worst.append(entry)
        payload: dict[str, Any] = {
            "tool": "mtlint",
            "version": __version__,
            "segments": self.segments,
        }
        for name in METRICS:
            metric = self.metric(name)
            payload[name] = {"score": metric.score, "signature": metric.signature}
        payload["worst"] = worst
        return payload

    def to_text(self) -> str:
        """Scores with their signatures, then the worst segments."""
        lines = [
            f"{label:<5} {self.metric(name).score:6.2f}  {self.metric(name).signature}"
            for name, label in (("bleu", "BLEU"), ("chrf", "chrF2"), ("ter", "TER"))
        ]
        lines.append(f"{self.segments} segment{'s' if self.segments != 1 else ''}")
        if self.worst:
            lines.append("worst segments by sentence chrF:")
            for item in self.worst:
                lines.append(f"  line {item.line}: chrF {item.chrf:.2f}")
                if item.source is not None:
                    lines.append(f"    source:     {item.source}")
                lines.append(f"    hypothesis: {item.hypothesis}")
                lines.append(f"    reference:  {item.reference}")
        return "\n".join(lines) + "\n"


def read_lines(path: str) -> list[str]:
    """The lines of a text file (UTF-8 or UTF-16 with BOM), or a ScoreError naming it."""
    from checker.formats import ReaderError, read_text
    from checker.formats.aligned import split_lines

    try:
        return split_lines(read_text(path))
    except ReaderError as error:
        raise ScoreError(f"{path}: {error}") from None


def check_aligned(named: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Every file has the same number of lines, and at least one."""
    first_name, first = named[0]
    if not first:
        raise ScoreError(f"{first_name}: no lines to score")
    for name, lines in named[1:]:
        if len(lines) != len(first):
            raise ScoreError(
                f"{name} has {len(lines)} lines but {first_name} has {len(first)}; "
                f"scored files must be line-aligned"
            )


def compute(
    hypotheses: Sequence[str],
    references: Sequence[Sequence[str]],
    sources: Sequence[str] | None = None,
    worst: int = 5,
) -> ScoreReport:
    """sacrebleu's corpus BLEU, chrF and TER (default settings) and the worst segments.

    ``references`` is a list of reference streams, each as long as ``hypotheses``.
    """
    from sacrebleu.metrics import BLEU, CHRF, TER

    hypotheses = list(hypotheses)
    streams = [list(stream) for stream in references]
    scores = {}
    for name, metric in (("bleu", BLEU()), ("chrf", CHRF()), ("ter", TER())):
        result = metric.corpus_score(hypotheses, streams)
        scores[name] = MetricScore(name, result.score, str(metric.get_signature()))
    return ScoreReport(
        segments=len(hypotheses),
        worst=_worst(hypotheses, streams, sources, worst) if worst > 0 else [],
        **scores,
    )


def _worst(
    hypotheses: list[str],
    streams: list[list[str]],
    sources: Sequence[str] | None,
    count: int,
) -> list[SegmentScore]:
    from sacrebleu.metrics import CHRF

    metric = CHRF()
    scored = []
    for index, hypothesis in enumerate(hypotheses):
        refs = [stream[index] for stream in streams]
        value = metric.sentence_score(hypothesis, refs).score
        scored.append((value, index))
    scored.sort()  # lowest chrF first; ties by line
    return [
        SegmentScore(
            line=index + 1,
            chrf=value,
            hypothesis=hypotheses[index],
            reference=streams[0][index],
            source=sources[index] if sources is not None else None,
        )
        for value, index in scored[:count]
    ]


def parse_threshold(text: str) -> tuple[str, float]:
    """``chrf=60`` → ("chrf", 60.0); ScoreError for anything else."""
    name, sep, value = text.partition("=")
    name = name.strip().lower()
    if not sep or name not in METRICS:
        raise ScoreError(f"--fail-under expects METRIC=VALUE with METRIC in bleu, chrf: {text!r}")
    if name not in HIGHER_IS_BETTER:
        raise ScoreError("--fail-under does not apply to ter (an error rate: lower is better)")
    try:
        return name, float(value)
    except ValueError:
        raise ScoreError(f"--fail-under: {value.strip()!r} is not a number") from None


def failures(report: ScoreReport, thresholds: Sequence[tuple[str, float]]) -> list[str]:
    """A line for every threshold the report's scores fall under."""
    return [
        f"{name} {report.metric(name).score:.2f} is under {minimum:g}"
        for name, minimum in thresholds
        if report.metric(name).score < minimum
    ]
