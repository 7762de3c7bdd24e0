"""The ``mtlint`` click group (``checker.cli.main``): its commands and shared options.

Each command lives in a module of its own, imported only when it runs (or when ``--help``
lists the commands): ``check`` in :mod:`checker.cli_check`; ``score``, ``corpus``,
``rules`` and ``explain`` in :mod:`checker.cli_commands`. A cold ``mtlint check`` builds
no other command's options.

Exit codes (CONTRACT.md): 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage error, bad configuration, or a path that could not be read.
"""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from checker import __version__
from checker.types import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_CHOICES = [s.label for s in Severity]
# Each command's module and attribute, imported when the command is asked for.
COMMANDS = {
    "check": "checker.cli_check:check",
    "corpus": "checker.cli_commands:corpus",
    "explain": "checker.cli_commands:explain",
    "rules": "checker.cli_commands:list_rules",
    "score": "checker.cli_commands:score",
}


# Options that ``check`` and ``corpus`` share, declared once.
select_option = click.option(
    "--select", help="Codes, prefixes or family names to enable (comma-separated)."
)
ignore_option = click.option(
    "--ignore", help="Codes, prefixes or family names to disable (comma-separated)."
)
source_lang_option = click.option(
    "--source-lang",
    help="ISO 639-1 code of the source language, e.g. fr: weaker evidence suffices for "
    "words of that language; words of every other language are still reported.",
)
config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    help="Configuration file for every path (default: each file's own, found from its folder up).",
)


def fail(message: str) -> NoReturn:
    """Print a one-line error and exit 2."""
    click.echo(f"mtlint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


class LazyGroup(click.Group):
    """A group whose commands (:data:`COMMANDS`) are imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            module, attribute = COMMANDS[cmd_name].split(":")
            __import__(module)  # the import statement's path, which -X importtime reports
            self.add_command(getattr(sys.modules[module], attribute), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="mtlint", message="%(prog)s %(version)s")
def main() -> None:
    """A linter for machine-translated English text."""
