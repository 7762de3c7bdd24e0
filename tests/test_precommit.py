"""The pre-commit hook, run for real: ``pre-commit try-repo`` against this checkout.

pre-commit clones the checkout at HEAD; when the working tree has uncommitted changes to
tracked files, try-repo commits them into a temporary shadow clone and uses that (untracked
files are left out), so the test checks the code as it stands. pre-commit then installs
mtlint into a fresh virtualenv with pip, which needs the package index: where that cannot
work, deselect with ``-m "not precommit"``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.precommit

CHECKOUT = Path(__file__).resolve().parent.parent

BAD = """\
# Prisoners of war

He told the interrogator « I did not know where I was going » and shook his head.
Why would they send us there ?
The official said that 11 000 troops had been deployed, and that 3,5 % were wounded.
"""

GOOD = """\
# Prisoners of war

He told the interrogator that he had not known where he was going, and shook his head.
The official said that about 11,000 troops had been deployed.
"""


def _have_pre_commit() -> bool:
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        return False
    return shutil.which("git") is not None


@pytest.fixture()
def article_repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    if not _have_pre_commit():
        pytest.skip("pre-commit or git is not installed")
    env = dict(os.environ)
    for key in list(env):
        if key.startswith(("GIT_", "PRE_COMMIT")):
            del env[key]
    env.update(
        GIT_AUTHOR_NAME="mtlint tests",
        GIT_AUTHOR_EMAIL="tests@mtlint.invalid",
        GIT_COMMITTER_NAME="mtlint tests",
        GIT_COMMITTER_EMAIL="tests@mtlint.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        NO_COLOR="1",
    )
    repo = tmp_path / "articles"
    repo.mkdir()
    (repo / "bad.md").write_text(BAD, encoding="utf-8")
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    (repo / "notes.py").write_text("print('not prose: the hook must skip it')\n")
    for command in (["git", "init", "-q"], ["git", "add", "."]):
        subprocess.run(command, cwd=repo, env=env, check=True)
    return repo, env


def try_repo(repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(CHECKOUT), "mtlint"]
    command += ["--color", "never", "--verbose", "--files", *files]
    return subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True, timeout=900, check=False
    )


def test_hook_fails_on_a_bad_article_with_the_report(article_repo) -> None:
    repo, env = article_repo
    result = try_repo(repo, env, "bad.md", "notes.py")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(r"^mtlint\.+Failed$", output, re.MULTILINE), output
    assert "- exit code: 1" in output
    findings = re.findall(r"^bad\.md:(\d+):(\d+): ([LQTPNB]\d{3}) ", output, re.MULTILINE)
    assert findings, output
    assert all(int(line) >= 3 for line, _, _ in findings)  # the heading is clean
    assert "notes.py" not in "".join(re.findall(r"^\S+:\d+:\d+:", output, re.MULTILINE))
    assert re.search(r"^Found \d+ findings? \(", output, re.MULTILINE)


def test_hook_passes_on_a_good_article(article_repo) -> None:
    repo, env = article_repo
    result = try_repo(repo, env, "good.md")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"^mtlint\.+Passed$", output, re.MULTILINE), output


EXCLUDED = 'extend-exclude = ["drafts"]\n'


def test_hook_skips_a_file_under_an_excluded_folder(article_repo) -> None:
    repo, env = article_repo
    (repo / ".mtlint.toml").write_text(EXCLUDED, encoding="utf-8")
    (repo / "drafts").mkdir()
    (repo / "drafts" / "wip.md").write_text(BAD, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, env=env, check=True)
    result = try_repo(repo, env, "drafts/wip.md", "good.md")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"^mtlint\.+Passed$", output, re.MULTILINE), output


def _readme_local_hook() -> str:
    readme = (CHECKOUT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```yaml\n(.*?)^```", readme, re.MULTILINE | re.DOTALL)
    return next(block for block in blocks if "repo: local" in block)


def test_the_readme_local_hook_commits_a_file_under_an_excluded_folder(article_repo) -> None:
    """The README's ``repo: local`` snippet, installed as a git hook, on real commits."""
    repo, env = article_repo
    env = dict(env, PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}")
    subprocess.run(["git", "reset", "-q"], cwd=repo, env=env, check=True)
    (repo / ".pre-commit-config.yaml").write_text(_readme_local_hook(), encoding="utf-8")
    (repo / ".mtlint.toml").write_text(EXCLUDED, encoding="utf-8")
    (repo / "drafts").mkdir()
    (repo / "drafts" / "wip.md").write_text(BAD, encoding="utf-8")
    install = [sys.executable, "-m", "pre_commit", "install"]
    subprocess.run(install, cwd=repo, env=env, check=True, capture_output=True)

    def commit(*files: str) -> subprocess.CompletedProcess[str]:
        subprocess.run(["git", "add", *files], cwd=repo, env=env, check=True)
        return subprocess.run(
            ["git", "commit", "-m", f"add {' '.join(files)}"],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    done = commit(".pre-commit-config.yaml", ".mtlint.toml", "drafts/wip.md", "good.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^mtlint\.+Passed$", done.stdout + done.stderr, re.MULTILINE)
    refused = commit("bad.md")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert re.search(r"^mtlint\.+Failed$", output, re.MULTILINE), output
    assert re.search(r"^bad\.md:\d+:\d+: [QT]\d{3} ", output, re.MULTILINE), output
