"""``mtlint check``: lint files, folders or standard input, and report.

Imported only when the command runs (:data:`checker.cli_group.COMMANDS`).
"""

from __future__ import annotations

import os
import sys
from typing import NamedTuple, NoReturn

import click

from checker.cli import end_quickly
from checker.cli_group import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    SEVERITY_CHOICES,
    config_option,
    fail,
    ignore_option,
    select_option,
    source_lang_option,
)
from checker.config import ConfigError

FORMAT_CHOICES = ["text", "full", "json", "sarif", "github", "html"]


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "--output-format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default="text",
    show_default=True,
    help="Report format ('full': text with the source around each finding).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@select_option
@ignore_option
@source_lang_option
@click.option("--target-lang", help="ISO 639-1 code of the target language (TMX/XLIFF).")
@click.option(
    "--source",
    "source_file",
    type=click.Path(dir_okay=False),
    help="Line-aligned source text, for bilingual checks.",
)
@config_option
@click.option(
    "--exclude",
    help="Paths to leave out of folder walks, replacing the defaults (gitignore patterns).",
)
@click.option("--extend-exclude", help="Paths to leave out, in addition to 'exclude'.")
@click.option(
    "--force-exclude/--no-force-exclude",
    default=None,
    help="Apply the excludes to files named on the command line too (for pre-commit).",
)
@click.option(
    "--respect-gitignore/--no-respect-gitignore",
    default=None,
    help="Leave out of folder walks what .gitignore files ignore [default: respect].",
)
@click.option("--fix", is_flag=True, help="Apply safe fixes in place, atomically ('-': to stdout).")
@click.option("--diff", is_flag=True, help="Print safe fixes as a unified diff; write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary.")
@click.option(
    "--statistics", is_flag=True, help="Print only a count of findings by rule, most first."
)
@click.option(
    "--show-source",
    is_flag=True,
    help="Show the text around each finding, with a caret under it (as --format full).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--no-color", is_flag=True, help="No colours (NO_COLOR is honoured; FORCE_COLOR forces them)."
)
@click.option(
    "--min-severity",
    type=click.Choice(SEVERITY_CHOICES),
    help="Report only findings at or above this severity.",
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITY_CHOICES),
    help="Exit 1 on findings at or above this severity [default: warning].",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes to use [default: one per core for many files or a long one].",
)
@click.option("--stdin-filename", help="Name to report for '-' (stdin).")
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline_file",
    type=click.Path(dir_okay=False),
    help="Record today's findings in this file (for --baseline) and exit.",
)
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    select: str | None,
    ignore: str | None,
    source_lang: str | None,
    target_lang: str | None,
    source_file: str | None,
    config_file: str | None,
    fix: bool,
    diff: bool,
    quiet: bool,
    statistics: bool,
    no_color: bool,
    min_severity: str | None,
    fail_on: str | None,
    jobs: int | None,
    stdin_filename: str | None,
    baseline_file: str | None = None,
    write_baseline_file: str | None = None,
    exclude: str | None = None,
    extend_exclude: str | None = None,
    force_exclude: bool | None = None,
    respect_gitignore: bool | None = None,
    show_source: bool = False,
    exit_zero: bool = False,
) -> None:
    """Lint files, folders (recursively) or - (stdin).

    Each file is linted with the configuration found from its own folder upward (or
    --config); options override it.
    """
    from checker.runner import STDIN, lint_paths

    end_quickly()

    overrides = dict(
        select=select,
        ignore=ignore,
        source_lang=source_lang,
        target_lang=target_lang,
        min_severity=min_severity,
        fail_on=fail_on,
        exclude=exclude,
        extend_exclude=extend_exclude,
        force_exclude=force_exclude,
        respect_gitignore=respect_gitignore,
    )
    if fix and diff:
        fail("--fix and --diff cannot be used together (--diff writes nothing)")
    if source_file is not None and (len(paths) != 1 or os.path.isdir(paths[0])):
        fail("--source goes with exactly one translated file")
    if fmt == "full":
        fmt, show_source = "text", True
    settings, base, files, errors, configs = _collect(
        paths, config_file, overrides, stdin_filename, quiet
    )
    stdin_bytes = sys.stdin.buffer.read() if STDIN in files else None
    if fix and STDIN in paths and STDIN not in files:  # excluded: passed through unchanged
        sys.stdout.buffer.write(sys.stdin.buffer.read())
        sys.stdout.flush()
    keep_text = fix or diff or show_source or fmt in ("html", "sarif")
    keep_text = keep_text or bool(baseline_file or write_baseline_file)
    results = lint_paths(files, settings, jobs, stdin_bytes, stdin_filename, source_file, keep_text)
    fixed = None
    if fix or diff:
        fixed = _fix_or_diff(results, base, fix, diff, quiet, bool(errors), exit_zero)
    out = _Output(
        fmt, output, no_color, statistics, quiet, show_source, exit_zero, baseline_file,
        write_baseline_file,
    )  # fmt: skip
    fix_stdin = fix and STDIN in paths
    _finish(results, files, configs, errors, base, fixed, out, fix_stdin, stdin_bytes)


class _Output(NamedTuple):
    """How ``check`` reports."""

    fmt: str
    output: str | None
    no_color: bool
    statistics: bool
    quiet: bool
    show_source: bool
    exit_zero: bool
    baseline_file: str | None
    write_baseline_file: str | None


def _finish(
    results, files, configs, errors, base, fixed, out: _Output, fix_stdin, stdin_bytes
) -> NoReturn:
    """Gather the findings, apply the baseline, write the report and exit with the code the
    findings and errors call for. With ``fix_stdin`` (--fix on standard input) the fixed
    text goes to standard output and the report aside."""
    from checker.reporters import Report
    from checker.runner import STDIN

    fail_on_of = {r.path: configs[p].fail_on for p, r in zip(files, results, strict=True)}
    findings = [f for r in results for f in r.findings]
    errors.extend(r.error for r in results if r.error is not None)
    findings.sort(key=lambda f: f.sort_key)
    texts = {r.path: r.text for r in results if r.text is not None}
    if out.baseline_file or out.write_baseline_file:
        findings = _apply_baseline(findings, texts, out.baseline_file, out.write_baseline_file)
        if out.write_baseline_file:
            sys.exit(EXIT_ERROR if errors else EXIT_OK)
    report_stream = sys.stdout
    if fix_stdin:
        stdin_result = next((r for p, r in zip(files, results, strict=True) if p == STDIN), None)
        _write_fixed_stdin(stdin_result, stdin_bytes)
        report_stream = sys.stderr
    report = Report(
        findings=findings,
        errors=errors,
        files=sum(1 for r in results if r.error is None),
        color=use_color(out.output, out.no_color, report_stream),
        statistics=out.statistics,
        quiet=out.quiet,
        texts=texts,
        show_source=out.show_source,
        fixed=fixed,
        bilingual={r.path: r.bilingual for r in results if r.bilingual is not None},
    )
    _emit(report, out.fmt, out.output, report_stream)
    if errors:
        sys.exit(EXIT_ERROR)
    failing = any(f.severity >= fail_on_of.get(f.path, base.fail_on) for f in findings)
    sys.exit(EXIT_FINDINGS if failing and not out.exit_zero else EXIT_OK)


def _collect(paths, config_file, overrides, stdin_filename, quiet):
    """The settings, the base configuration, the files to lint, the errors met collecting
    them and each file's configuration; a configuration error ends the run."""
    from checker.config import Settings
    from checker.runner import STDIN, collect, stdin_config

    try:
        settings = Settings(config_file, overrides)
        base = settings.base()
        files, errors, warnings = collect(paths, settings, stdin_filename)
        configs = {p: settings.for_path(p) for p in files if p != STDIN}
        if STDIN in files:
            configs[STDIN] = stdin_config(settings, stdin_filename)
    except ConfigError as error:
        fail(str(error))
    if not quiet:
        for warning in warnings:
            click.echo(f"mtlint: warning: {warning}", err=True)
    return settings, base, files, errors, configs


def _fix_or_diff(results, base, fix, diff, quiet, had_errors, exit_zero) -> int:
    """Apply the fixes (--fix) or print them as a diff (--diff, which ends the run); how many
    findings were fixed."""
    from checker.fix import fix_results

    diff_text = fix_results(results, base, write=fix)
    fixed = sum(r.fixed for r in results)
    unfixed = sum(r.unfixed for r in results)
    if unfixed:
        option = "--fix" if fix else "--diff"
        click.echo(
            f"mtlint: {option} leaves {unfixed} fix(es) in bilingual files alone "
            "(PO, XLIFF, TMX, TSV, --source): fixes apply to plain text and Markdown",
            err=True,
        )
    if diff:
        click.echo(diff_text, nl=False)
        if not quiet:
            noun = "finding" if fixed == 1 else "findings"
            click.echo(f"Would fix {fixed} {noun}.", err=True)
        if had_errors or any(r.error for r in results):
            sys.exit(EXIT_ERROR)
        sys.exit(EXIT_FINDINGS if diff_text and not exit_zero else EXIT_OK)
    return fixed


def _write_fixed_stdin(stdin_result, stdin_bytes) -> None:
    """The fixed text of standard input to standard output (as read when it failed)."""
    if stdin_result is not None and stdin_result.text is not None:
        sys.stdout.write(stdin_result.text)
    elif stdin_result is not None:
        sys.stdout.buffer.write(stdin_bytes or b"")
    sys.stdout.flush()


def _apply_baseline(findings, texts, baseline_file, write_baseline_file):
    """Write the baseline (all of today's findings), or keep only findings not in it."""
    from checker import baseline

    try:
        if write_baseline_file:
            count = baseline.write(write_baseline_file, findings, texts)
            click.echo(f"mtlint: recorded {count} finding(s) in {write_baseline_file}", err=True)
            return findings
        return baseline.new_findings(findings, texts, baseline_file)
    except baseline.BaselineError as error:
        fail(str(error))
        raise  # unreachable


def use_color(output: str | None, no_color: bool, stream) -> bool:
    """Colours: never with --no-color, NO_COLOR or to a file; always with FORCE_COLOR;
    else only on a terminal."""
    if output is not None or no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _emit(report, fmt: str, output: str | None, stream) -> None:
    """Write ``report`` in ``fmt`` to ``output`` (a file), else to ``stream``."""
    from checker.reporters import emit

    if fmt != "text" and output is None:
        for error in report.errors:
            click.echo(f"mtlint: error: {error.path}: {error.message}", err=True)
    if output is None:
        emit(fmt, report, stream)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as out:
            emit(fmt, report, out)
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")
