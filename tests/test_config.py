"""Configuration discovery and validation: unknown keys and bad values name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config, ConfigError, discover, load
from checker.types import Severity


def test_defaults_without_any_file(tmp_path: Path) -> None:
    assert load(start=tmp_path) == Config()


def test_mtlint_toml_is_read(tmp_path: Path) -> None:
    (tmp_path / ".mtlint.toml").write_text(
        'select = ["Q", "typography"]\nignore = "Q107"\nsource-lang = "fr"\n'
        'fail-on = "error"\nallow-words = ["sans-serif", "bon mot"]\n'
        '[per-file-ignores]\n"drafts/*.md" = ["L"]\n',
        encoding="utf-8",
    )
    config = load(start=tmp_path)
    assert config.select == ("Q", "T")
    assert config.ignore == ("Q107",)
    assert config.source_lang == "fr"
    assert config.fail_on is Severity.ERROR
    assert config.allow_set == {"sans-serif", "bon mot"}
    assert config.per_file_ignores == (("drafts/*.md", ("L",)),)


def test_pyproject_tool_section_and_setup_cfg_section(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = 1\n", encoding="utf-8")
    (tmp_path / "setup.cfg").write_text(
        "[mtlint]\nignore = L, P\nper-file-ignores =\n    notes/*.txt: Q1\n", encoding="utf-8"
    )
    # pyproject.toml has no [tool.mtlint]: the search goes on to setup.cfg.
    assert discover(tmp_path) == (tmp_path / "setup.cfg").resolve()
    config = load(start=tmp_path)
    assert config.ignore == ("L", "P")
    assert config.per_file_ignores == (("notes/*.txt", ("Q1",)),)
    (tmp_path / "pyproject.toml").write_text("[tool.mtlint]\nselect = ['N']\n", encoding="utf-8")
    assert load(start=tmp_path).select == ("N",)


def test_setup_cfg_that_only_names_the_project_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A project called mtlint (its metadata) has no [mtlint] section: the file is not even
    # parsed, and the search goes on up to the parent's configuration.
    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("setup.cfg parsed")

    monkeypatch.setattr("configparser.ConfigParser", no_parsing)
    (tmp_path / ".mtlint.toml").write_text('ignore = ["T"]\n', encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "setup.cfg").write_text(
        "[metadata]\nname = mtlint\n\n[tool:pytest]\naddopts = -q\n", encoding="utf-8"
    )
    assert discover(project) == (tmp_path / ".mtlint.toml").resolve()
    assert load(start=project).ignore == ("T",)


def test_discovery_walks_up_from_the_start_folder(tmp_path: Path) -> None:
    (tmp_path / ".mtlint.toml").write_text('ignore = ["T"]\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert load(start=deep).ignore == ("T",)


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('colour = "red"\n', "colour"),
        ('select = ["X999"]\n', "select"),
        ('fail-on = "fatal"\n', "fail-on"),
        ("source-lang = 3\n", "source-lang"),
        ('source-lang = "French"\n', "source-lang"),
        ("allow-words = [1, 2]\n", "allow-words"),
        ('per-file-ignores = "x"\n', "per-file-ignores"),
    ],
)
def test_bad_keys_and_values_name_the_key(tmp_path: Path, content: str, named: str) -> None:
    (tmp_path / ".mtlint.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=named):
        load(start=tmp_path)


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".mtlint.toml").write_text("select = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load(start=tmp_path)


def test_explicit_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load(tmp_path / "nope.toml")


def test_options_override_file_values(tmp_path: Path) -> None:
    config = Config(ignore=("L",)).merged({"ignore": "Q", "min_severity": "warning"})
    assert config.ignore == ("Q",)
    assert config.min_severity is Severity.WARNING


# --- per-file configuration and file selection (issue 19) --------------------------------

BAD = "He said « yes » and left.\n"  # Q104 twice: French quotation marks


def write(path: Path, text: str = BAD) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def checked(*args: str, cwd: Path) -> tuple[int, list[str], str]:
    """Exit code, the linted paths (as reported) and stderr of ``mtlint check``."""
    import json
    import os

    from click.testing import CliRunner

    from checker.cli import main

    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    finally:
        os.chdir(old)
    assert "Traceback" not in result.output, result.output
    if result.exit_code == 2 and not result.stdout:
        return 2, [], result.stderr
    data = json.loads(result.stdout)
    return result.exit_code, sorted({f["path"] for f in data["findings"]}), result.stderr


def test_exclude_replaces_the_defaults_and_extend_exclude_adds_to_them(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "drafts" / "wip.txt")
    write(tmp_path / "node_modules" / "dep.txt")
    (tmp_path / ".mtlint.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    assert checked(".", cwd=tmp_path)[1] == ["./a.txt", "./node_modules/dep.txt"]
    (tmp_path / ".mtlint.toml").write_text('extend-exclude = ["drafts"]\n', encoding="utf-8")
    assert checked(".", cwd=tmp_path)[1] == ["./a.txt"]
    assert checked(".", "--extend-exclude", "a.txt", cwd=tmp_path)[1] == []


def test_exclude_patterns_are_relative_to_the_configuration_file(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "x.md")
    write(tmp_path / "docs" / "y.md")
    write(tmp_path / "other" / "docs" / "x.md")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mtlint]\nextend-exclude = ["docs/x.md"]\n', encoding="utf-8"
    )
    assert checked("docs", cwd=tmp_path)[1] == ["docs/y.md"]
    assert checked(".", cwd=tmp_path / "docs")[1] == ["./y.md"]
    assert checked(".", cwd=tmp_path)[1] == ["./docs/y.md", "./other/docs/x.md"]


def test_force_exclude_applies_the_excludes_to_files_named_on_the_command_line(
    tmp_path: Path,
) -> None:
    write(tmp_path / "drafts" / "wip.md")
    write(tmp_path / "a.md")
    (tmp_path / ".mtlint.toml").write_text('extend-exclude = ["drafts"]\n', encoding="utf-8")
    named = ("drafts/wip.md", "a.md")
    assert checked(*named, cwd=tmp_path)[1] == ["a.md", "drafts/wip.md"]
    assert checked("--force-exclude", *named, cwd=tmp_path)[1] == ["a.md"]
    (tmp_path / ".mtlint.toml").write_text(
        'extend-exclude = ["drafts"]\nforce-exclude = true\n', encoding="utf-8"
    )
    assert checked(*named, cwd=tmp_path)[1] == ["a.md"]
    assert checked("--no-force-exclude", *named, cwd=tmp_path)[1] == ["a.md", "drafts/wip.md"]


def test_a_folder_named_on_the_command_line_is_walked_unless_force_exclude(
    tmp_path: Path,
) -> None:
    write(tmp_path / "drafts" / "wip.md")
    write(tmp_path / "drafts" / "node_modules" / "dep.md")
    write(tmp_path / "drafts" / "old" / "x.md")
    (tmp_path / ".mtlint.toml").write_text('extend-exclude = ["drafts", "old"]\n', encoding="utf-8")
    assert checked(".", cwd=tmp_path)[1] == []
    assert checked("drafts", cwd=tmp_path)[1] == ["drafts/wip.md"]
    assert checked("--force-exclude", "drafts", cwd=tmp_path)[1] == []


def test_gitignore_is_respected_by_default(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "build/\n*.log.txt\n!keep.log.txt\n")
    write(tmp_path / "docs" / "a.txt")
    write(tmp_path / "docs" / "run.log.txt")
    write(tmp_path / "docs" / "keep.log.txt")
    write(tmp_path / "docs" / ".gitignore", "private.txt\n")
    write(tmp_path / "docs" / "private.txt")
    write(tmp_path / "build" / "out.txt")
    assert checked("docs", cwd=tmp_path)[1] == ["docs/a.txt", "docs/keep.log.txt"]
    # A folder named on the command line is walked even though .gitignore ignores it.
    assert checked("build", cwd=tmp_path)[1] == ["build/out.txt"]
    assert checked(".", cwd=tmp_path / "docs")[1] == ["./a.txt", "./keep.log.txt"]
    everything = checked("--no-respect-gitignore", ".", cwd=tmp_path)[1]
    assert everything == [
        "./build/out.txt",
        "./docs/a.txt",
        "./docs/keep.log.txt",
        "./docs/private.txt",
        "./docs/run.log.txt",
    ]
    (tmp_path / ".mtlint.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    assert checked(".", cwd=tmp_path)[1] == everything


def test_configuration_is_found_from_each_files_folder(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    write(project / "a.txt")
    write(project / "sub" / "b.txt")
    write(tmp_path / "elsewhere" / "c.txt")
    (project / "pyproject.toml").write_text('[tool.mtlint]\nignore = ["Q"]\n', encoding="utf-8")
    (project / "sub" / ".mtlint.toml").write_text('select = ["N"]\n', encoding="utf-8")
    code, paths, _ = checked("proj/a.txt", "proj/sub/b.txt", "elsewhere/c.txt", cwd=tmp_path)
    assert (code, paths) == (1, ["elsewhere/c.txt"])
    # --config gives one file to every path; options override every file's own.
    assert checked("--config", "proj/pyproject.toml", "elsewhere/c.txt", cwd=tmp_path)[1] == []
    assert checked("--ignore", "N", "proj/a.txt", cwd=tmp_path)[1] == ["proj/a.txt"]


def test_per_file_ignores_are_relative_to_the_configuration_file(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "a.md")
    write(tmp_path / "notes" / "a.md")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mtlint.per-file-ignores]\n"docs/*.md" = ["Q"]\n', encoding="utf-8"
    )
    assert checked(".", cwd=tmp_path)[1] == ["./notes/a.md"]
    assert checked(".", cwd=tmp_path / "docs")[1] == []
    assert checked("a.md", cwd=tmp_path / "docs")[1] == []
    assert checked("../notes/a.md", cwd=tmp_path / "docs")[1] == ["../notes/a.md"]


def test_a_bad_configuration_file_deep_in_a_walk_is_exit_2(tmp_path: Path) -> None:
    write(tmp_path / "sub" / "a.txt")
    (tmp_path / "sub" / ".mtlint.toml").write_text('colour = "red"\n', encoding="utf-8")
    code, _, stderr = checked(".", cwd=tmp_path)
    assert code == 2
    assert "colour" in stderr and str(tmp_path / "sub" / ".mtlint.toml") in stderr


# --- selectors that match no rule --------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--select", "Q9"), "option --select: Q9 matches no rule"),
        (("--select", ""), "option --select: it is empty"),
        (("--ignore", "T1,Q99"), "option --ignore: Q99 matches no rule"),
        (("--select", "quotes,X1"), "option --select: unknown rule selector 'X1'"),
    ],
)
def test_unknown_selectors_on_the_command_line_are_exit_2(
    tmp_path: Path, args: tuple[str, ...], named: str
) -> None:
    write(tmp_path / "a.txt")
    code, _, stderr = checked(*args, "a.txt", cwd=tmp_path)
    assert code == 2
    assert named in stderr


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('select = ["Q9"]\n', "'select': Q9 matches no rule"),
        ("select = []\n", "'select': it is empty"),
        ('ignore = ["P199"]\n', "'ignore': P199 matches no rule"),
        ('[per-file-ignores]\n"*.md" = ["N9"]\n', "'per-file-ignores': N9 matches no rule"),
    ],
)
def test_unknown_selectors_in_a_file_are_errors_naming_the_key(
    tmp_path: Path, content: str, named: str
) -> None:
    (tmp_path / ".mtlint.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=named):
        load(start=tmp_path)


def test_selectors_that_match_rules_are_accepted() -> None:
    config = Config.from_options(select="Q1,quotes,T101,ALL", ignore="E")
    assert config.select == ("Q1", "Q", "T101", "")


def test_configurations_compare_by_their_settings_not_their_origin() -> None:
    here, there = Config(path="a/.mtlint.toml"), Config(path="b/setup.cfg")
    assert here == there and hash(here) == hash(there) and (here != there) is False
    assert Config(source_lang="fr", source_lang_origin="option") == Config(source_lang="fr")
    assert Config(select=("Q",)) != Config() and Config(select=("Q",)) != ("Q",)
    changed = here._replace(ignore=("T1",))
    assert changed.ignore == ("T1",) and changed.path == "a/.mtlint.toml" and here.ignore == ()
