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
