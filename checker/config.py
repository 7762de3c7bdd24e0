"""Configuration: discovery, parsing and validation.

Read from the first of ``.mtlint.toml``, ``pyproject.toml`` (``[tool.mtlint]``) and
``setup.cfg`` (``[mtlint]``) found from the current folder upward, or from ``--config FILE``.
Keys mirror the long options. Unknown keys and bad values raise :class:`ConfigError`, which
names the key; the CLI turns it into exit code 2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from checker.registry import normalize_selector
from checker.types import Severity

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox")
_LANG = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


class ConfigError(ValueError):
    """A configuration key or value that mtlint cannot use."""


@dataclass(frozen=True)
class Config:
    """Everything that shapes a run, with defaults; built from files and options."""

    select: tuple[str, ...] = ("",)
    ignore: tuple[str, ...] = ()
    source_lang: str | None = None
    target_lang: str = "en"
    fail_on: Severity = Severity.WARNING
    min_severity: Severity = Severity.INFO
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    allow_words: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    path: str | None = field(default=None, compare=False)

    @classmethod
    def from_options(cls, **options: Any) -> Config:
        """A Config from keyword options (underscored or dashed keys), validated."""
        return cls().merged(options, origin="option")

    def merged(self, values: Mapping[str, Any], origin: str = "configuration") -> Config:
        """A copy with ``values`` applied over this configuration, validated."""
        changes: dict[str, Any] = {}
        for raw_key, value in values.items():
            key = raw_key.replace("-", "_")
            if key not in _PARSERS:
                known = ", ".join(sorted(k.replace("_", "-") for k in _PARSERS))
                raise ConfigError(f"{origin}: unknown key {raw_key!r} (known keys: {known})")
            if value is None:
                continue
            try:
                changes[key] = _PARSERS[key](value)
            except (ValueError, TypeError) as error:
                raise ConfigError(f"{origin}: bad value for {raw_key!r}: {error}") from None
        return replace(self, **changes)

    @property
    def allow_set(self) -> frozenset[str]:
        """Allowed words and phrases, case-folded."""
        return frozenset(w.casefold() for w in self.allow_words)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[,\n]", value) if v.strip()]
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        items = []
        for item in value:
            if not isinstance(item, str):
                raise TypeError(f"expected strings, got {type(item).__name__}")
            items.append(item.strip())
        return [i for i in items if i]
    raise TypeError(f"expected a list or a comma-separated string, got {type(value).__name__}")


def _selectors(value: Any) -> tuple[str, ...]:
    return tuple(normalize_selector(v) for v in _as_list(value))


def _severity(value: Any) -> Severity:
    if isinstance(value, Severity):
        return value
    if not isinstance(value, str):
        raise TypeError("expected one of info, warning, error")
    return Severity.parse(value)


def _language(value: Any) -> str:
    if not isinstance(value, str) or not _LANG.match(value.strip()):
        raise ValueError(f"{value!r} is not an ISO 639-1 language code such as 'fr'")
    return value.strip().split("-")[0].split("_")[0].lower()


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(_as_list(value))


def _per_file_ignores(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if isinstance(value, str):
        pairs = []
        for line in value.splitlines():
            if not line.strip():
                continue
            glob, sep, codes = line.partition(":")
            if not sep:
                glob, sep, codes = line.partition("=")
            if not sep:
                raise ValueError(f"expected 'glob: codes', got {line.strip()!r}")
            pairs.append((glob.strip(), codes))
    elif isinstance(value, Mapping):
        pairs = list(value.items())
    elif isinstance(value, tuple):
        return value
    else:
        raise TypeError("expected a table of glob = codes")
    return tuple((str(glob), _selectors(codes)) for glob, codes in pairs)


_PARSERS = {
    "select": _selectors,
    "ignore": _selectors,
    "source_lang": _language,
    "target_lang": _language,
    "fail_on": _severity,
    "min_severity": _severity,
    "include": _strings,
    "exclude": _strings,
    "allow_words": _strings,
    "names": _strings,
    "per_file_ignores": _per_file_ignores,
}
assert set(_PARSERS) == {f.name for f in fields(Config)} - {"path"}


def _read_toml(path: Path, text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


# Files that other tools share: one that never names mtlint is skipped unparsed (a cold
# start then imports no TOML or INI parser for a pyproject.toml without [tool.mtlint]).
SHARED_FILES = ("pyproject.toml", "setup.cfg")


def _section(path: Path) -> dict[str, Any] | None:
    """The mtlint settings in ``path``, or None when it has no mtlint section."""
    try:
        raw = path.read_bytes()
        if path.name in SHARED_FILES and b"mtlint" not in raw:
            return None
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    if path.name == "setup.cfg":
        import configparser

        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read_string(text, source=str(path))
        except configparser.Error as error:
            raise ConfigError(f"{path}: cannot read: {error}") from None
        if not parser.has_section("mtlint"):
            return None
        return dict(parser.items("mtlint"))
    data = _read_toml(path, text)
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("mtlint")
        if section is None:
            return None
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: [tool.mtlint] must be a table")
        return section
    # .mtlint.toml, or any file given with --config: top level or [mtlint] / [tool.mtlint].
    if "tool" in data and isinstance(data["tool"], dict) and "mtlint" in data["tool"]:
        return data["tool"]["mtlint"]
    if "mtlint" in data and isinstance(data["mtlint"], dict):
        return data["mtlint"]
    return data


CONFIG_FILES = (".mtlint.toml", "pyproject.toml", "setup.cfg")


def discover(start: Path) -> Path | None:
    """The first file with an mtlint section, from ``start`` upward."""
    found = _discover(start)
    return found[0] if found else None


def _discover(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The first file with an mtlint section, from ``start`` upward, and that section."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (section := _section(candidate)) is not None:
                return candidate, section
    return None


def load(config_file: str | Path | None = None, start: Path | None = None) -> Config:
    """The configuration from ``config_file``, or discovered from ``start`` (the cwd)."""
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{path}: configuration file not found")
        section = _section(path) or {}
    else:
        found = _discover(start or Path.cwd())
        if found is None:
            return Config()
        path, section = found  # parsed once, while looking for it
    return replace(Config().merged(section, origin=str(path)), path=str(path))
