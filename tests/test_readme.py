"""The README's examples run as written: each ``$ mtlint ...`` line in a code block is run
from the repository's root, and its output must be the lines shown under it.

Output is what a terminal shows without colours: stdout, then stderr (mtlint writes its
stderr lines, such as ``Would fix 9 findings.``, after the report). A block may end its
expected output with ``...``: the lines before it are compared, the rest (timings) is not.
sacrebleu's ``version:`` in a score signature is the installed one, so it is not compared.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from checker.config import Config

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str | None = None) -> list[str]:
    text = README.read_text(encoding="utf-8")
    return [m.group(2) for m in _BLOCK.finditer(text) if language in (None, m.group(1))]


def examples() -> list[tuple[str, list[str]]]:
    """(command, expected lines) for every ``$ mtlint`` line of the README."""
    found = []
    for block in blocks(""):
        lines = block.splitlines()
        for index, line in enumerate(lines):
            if not line.startswith("$ mtlint "):
                continue
            expected = []
            for following in lines[index + 1 :]:
                if following.startswith("$ ") or not following.strip():
                    break
                expected.append(following)
            found.append((line.removeprefix("$ "), expected))
    return found


EXAMPLES = examples()


def test_the_readme_has_examples_to_run() -> None:
    commands = [command.split()[1] for command, _ in EXAMPLES]
    assert {"check", "score", "corpus"} <= set(commands)
    assert any("--diff" in command for command, _ in EXAMPLES)


def _normalized(lines: list[str]) -> list[str]:
    return [re.sub(r"version:[\w.]+", "version:X", line) for line in lines]


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_gives_the_output_shown(
    command: str, expected: list[str], tmp_path: Path
) -> None:
    # Run in a scratch folder that sees the repository's fixtures, so that an example
    # writing a file (corpus --output) leaves the checkout alone.
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    env["NO_COLOR"] = "1"
    args = shlex.split(command)[1:]
    result = subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    output = (result.stdout + result.stderr).splitlines()
    if expected and expected[-1] == "...":
        expected = expected[:-1]
        output = output[: len(expected)]
    assert _normalized(output) == _normalized(expected)


def test_readme_configuration_example_is_valid() -> None:
    (toml,) = blocks("toml")
    config = Config().merged(tomllib.loads(toml), origin="README")
    assert config.extend_exclude and config.per_file_ignores


def test_readme_pre_commit_snippets_use_the_hook_as_declared() -> None:
    yaml_blocks = blocks("yaml")
    local = next(b for b in yaml_blocks if "repo: local" in b)
    assert "entry: mtlint check --force-exclude" in local
    assert "language: system" in local
    remote = next(b for b in yaml_blocks if "repo: local" not in b)
    assert "rev: v0.1.0" not in remote  # no such tag exists
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: mtlint" in remote and "id: mtlint" in hooks
    assert "entry: mtlint check --force-exclude" in hooks
