"""The commands besides ``check``: ``score``, ``corpus``, ``rules`` and ``explain``.

Imported only when one of them runs, or when ``mtlint --help`` lists them
(:data:`checker.cli_group.COMMANDS`).
"""

from __future__ import annotations

import sys

import click

from checker.cli_group import (
    EXIT_FINDINGS,
    EXIT_OK,
    config_option,
    fail,
    ignore_option,
    select_option,
    source_lang_option,
)
from checker.config import Config, ConfigError, load
from checker.types import Severity


def build_config(config_file: str | None, **options: object) -> Config:
    """Configuration from the file (given or discovered), overridden by command-line options."""
    try:
        base = load(config_file)
        return base.merged({k: v for k, v in options.items() if v is not None}, origin="option")
    except ConfigError as error:
        fail(str(error))
        raise  # unreachable


@click.command()
@click.argument("hypothesis", type=click.Path(dir_okay=False))
@click.option(
    "--ref",
    "references",
    multiple=True,
    required=True,
    type=click.Path(dir_okay=False),
    help="Reference translation, line-aligned (repeat for several references).",
)
@click.option(
    "--source",
    "source_file",
    type=click.Path(dir_okay=False),
    help="Source text, line-aligned; shown beside the worst segments.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--worst",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="How many segments with the lowest sentence chrF to list.",
)
@click.option(
    "--fail-under",
    multiple=True,
    metavar="METRIC=VALUE",
    help="Exit 1 when a score is under VALUE, e.g. chrf=60 (bleu or chrf; repeatable).",
)
def score(
    hypothesis: str,
    references: tuple[str, ...],
    source_file: str | None,
    fmt: str,
    worst: int,
    fail_under: tuple[str, ...],
) -> None:
    """sacrebleu's corpus BLEU, chrF and TER of HYP against --ref, with signatures."""
    from checker.scores import (
        ScoreError,
        check_aligned,
        compute,
        failures,
        parse_threshold,
        read_lines,
    )

    try:
        thresholds = [parse_threshold(t) for t in fail_under]
        named = [(hypothesis, read_lines(hypothesis))]
        named.extend((ref, read_lines(ref)) for ref in references)
        if source_file is not None:
            named.append((source_file, read_lines(source_file)))
        check_aligned(named)
    except ScoreError as error:
        fail(str(error))
        return
    hypotheses = named[0][1]
    streams = [lines for _, lines in named[1 : 1 + len(references)]]
    sources = named[-1][1] if source_file is not None else None
    report = compute(hypotheses, streams, sources, worst)
    if fmt == "json":
        import json

        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.to_text(), nl=False)
    failed = failures(report, thresholds)
    for line in failed:
        click.echo(f"mtlint: score: {line}", err=True)
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False),
    help="Findings file: .parquet, or .jsonl / .ndjson for JSON Lines.",
)
@click.option(
    "--scheduler",
    help="Address of a Dask scheduler (tcp://host:8786): lint on that cluster instead of here.",
)
@click.option("--partitions", type=click.IntRange(min=1), help="Number of partitions.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Forked worker processes on this machine [default: one per core].",
)
@select_option
@ignore_option
@source_lang_option
@config_option
def corpus(
    inputs: tuple[str, ...],
    output: str,
    scheduler: str | None,
    partitions: int | None,
    workers: int | None,
    select: str | None,
    ignore: str | None,
    source_lang: str | None,
    config_file: str | None,
) -> None:
    """Lint JSON Lines, Parquet or TSV segment files (or folders of them), on this machine's
    cores or, with --scheduler, on a Dask cluster."""
    from checker.corpus import CorpusError, progress_stream, run

    if scheduler is not None and workers is not None:
        fail("--workers sizes the forked workers here; with --scheduler the cluster's workers run")
    config = build_config(config_file, select=select, ignore=ignore, source_lang=source_lang)
    try:
        summary = run(
            inputs,
            output,
            config,
            scheduler=scheduler,
            partitions=partitions,
            workers=workers,
            progress=progress_stream(),
        )
    except CorpusError as error:
        fail(str(error))
        return
    click.echo(summary.to_text(output))
    failing = summary.by_severity.keys() & {s.label for s in Severity if s >= config.fail_on}
    sys.exit(EXIT_FINDINGS if failing else EXIT_OK)


@click.command("rules")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def list_rules(fmt: str) -> None:
    """List every rule: code, name, family, severity, summary."""
    from checker.registry import load_rules

    rules = [r for _, r in sorted(load_rules().items())]
    if fmt == "json":
        import json

        payload = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family,
                "severity": r.severity.label,
                "category": r.category,
                "fixable": r.fixable,
                "summary": r.summary,
            }
            for r in rules
        ]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for r in rules:
        fixable = "fix" if r.fixable else "   "
        summary = plain_text(r.summary)
        click.echo(
            f"{r.code}  {r.name:<32} {r.family:<11} {r.severity.label:<8} {fixable}  {summary}"
        )


def plain_text(text: str) -> str:
    """A docstring line without its reStructuredText markup: ````x```` becomes ``'x'``,
    ``*x*`` and ``**x**`` become ``x``."""
    import re

    text = re.sub(r"``(.+?)``", r"'\1'", text)
    text = re.sub(r"\*\*(\S(?:.*?\S)?)\*\*", r"\1", text)
    return re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"\1", text)


@click.command()
@click.argument("code")
def explain(code: str) -> None:
    """What a rule catches, why, a bad and a good example, and its family's thresholds."""
    from checker.explain import explain_rule
    from checker.registry import load_rules

    rules = load_rules()
    wanted = code.strip()
    found = rules.get(wanted.upper()) or next(
        (r for r in rules.values() if r.name == wanted.lower()), None
    )
    if found is None:
        fail(f"unknown rule {code!r} (see 'mtlint rules')")
    click.echo(explain_rule(found, thresholds=True))
