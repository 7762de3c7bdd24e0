"""Configuration: discovery, parsing and validation.

Each file is linted with the first of ``.mtlint.toml``, ``pyproject.toml`` (``[tool.mtlint]``)
and ``setup.cfg`` (``[mtlint]``) found from its own folder upward (as ruff and flake8 do), or
with ``--config FILE`` for every file. Keys mirror the long options. Unknown keys and bad
values raise :class:`ConfigError`, which names the key; the CLI turns it into exit code 2.

Path patterns (``exclude``, ``extend-exclude``, ``per-file-ignores``) are relative to the
folder of the configuration file that sets them (the current folder when there is none).
``exclude`` and ``extend-exclude`` have gitignore semantics: a bare name (``drafts``) matches
a file or folder of that name at any depth, a pattern with a slash (``docs/x.md``) is anchored
at that folder. Bare names are matched without any library; other patterns, and
``.gitignore`` files, go through ``pathspec``, imported only then.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from checker.patterns import lazy
from checker.registry import normalize_selector
from checker.types import Severity

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox")
_LANG = lazy(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


class ConfigError(ValueError):
    """A configuration key or value that mtlint cannot use."""


class Config(NamedTuple):
    """Everything that shapes a run, with defaults; built from files and options.

    Immutable: a changed copy is ``config._replace(key=value)`` (validated: :meth:`merged`).
    Two configurations are equal when their settings are, wherever they came from (``path``
    and ``source_lang_origin`` are not compared). A named tuple, not a frozen dataclass,
    which would compile its methods on every cold start.
    """

    select: tuple[str, ...] = ("",)
    ignore: tuple[str, ...] = ()
    source_lang: str | None = None
    target_lang: str = "en"
    fail_on: Severity = Severity.WARNING
    min_severity: Severity = Severity.INFO
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    respect_gitignore: bool = True
    allow_words: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    path: str | None = None
    #: Where ``source_lang`` came from: ``"option"`` (the command line, ``lint_text``), a
    #: configuration file's path, or None (unset, or set in code). An option overrides what an
    #: input file declares; a configuration file's value is a default under that declaration.
    source_lang_origin: str | None = None

    # Equality and hash leave out the last two fields (where the settings came from).
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Config):
            return NotImplemented
        return self[:-2] == other[:-2]

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, Config):
            return NotImplemented
        return self[:-2] != other[:-2]

    def __hash__(self) -> int:
        return hash(self[:-2])

    @property
    def source_lang_is_default(self) -> bool:
        """True when ``source_lang`` comes from a configuration file, not an option."""
        return self.source_lang_origin not in (None, "option")

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
                _check_selectors(key, changes[key])
            except (ValueError, TypeError) as error:
                if origin == "option":
                    raise ConfigError(f"option --{key.replace('_', '-')}: {error}") from None
                raise ConfigError(f"{origin}: bad value for {raw_key!r}: {error}") from None
        if "source_lang" in changes:
            changes["source_lang_origin"] = origin
        return self._replace(**changes)

    @property
    def allow_set(self) -> frozenset[str]:
        """Allowed words and phrases, case-folded."""
        return frozenset(w.casefold() for w in self.allow_words)

    @property
    def root(self) -> str:
        """The folder path patterns are relative to: the configuration file's, else the cwd."""
        if self.path is not None:
            return os.path.dirname(os.path.abspath(self.path))
        return os.getcwd()

    def relative(self, path: str) -> str:
        """``path`` relative to :attr:`root`, with ``/``; outside it, the absolute path."""
        absolute = os.path.abspath(path)
        relative = os.path.relpath(absolute, self.root)
        if relative == os.curdir:
            return ""
        if relative == os.pardir or relative.startswith(os.pardir + os.sep):
            relative = absolute.lstrip(os.sep)  # bare names still match its folders
        return relative.replace(os.sep, "/")

    def excluded(self, path: str, is_dir: bool = False, inside: str | None = None) -> bool:
        """Whether ``exclude`` or ``extend-exclude`` leaves ``path`` out.

        ``inside`` is a folder named on the command line that ``path`` was found in: the
        patterns that exclude that folder itself do not apply to what it holds (asked for by
        name, it is walked; as in ruff, only ``force-exclude`` leaves it out).
        """
        patterns = (*self.exclude, *self.extend_exclude)
        if inside is not None:
            patterns = _not_matching(patterns, self.relative(inside))
        return _matches(patterns, self.relative(path), is_dir)

    def per_file_ignored(self, path: str) -> list[str]:
        """The codes ``per-file-ignores`` drops for ``path``.

        A glob matches the path relative to the configuration file's folder, or (as before,
        for a path outside it or a glob without a folder) the path as given or its name.
        """
        if not self.per_file_ignores:
            return []
        candidates = {path.replace("\\", "/").removeprefix("./")}
        if path and not path.startswith("<"):
            candidates.add(self.relative(path))
        return [
            code
            for glob, codes in self.per_file_ignores
            if any(_glob_matches(c, glob) for c in candidates)
            for code in codes
        ]


def _glob_matches(path: str, glob: str) -> bool:
    return (
        fnmatch.fnmatch(path, glob)
        or fnmatch.fnmatch(path.rsplit("/", 1)[-1], glob)
        or fnmatch.fnmatch(path, f"*/{glob}")
    )


_GLOB_CHARACTERS = frozenset("*?[]!/\\")


def _matches(patterns: tuple[str, ...], relative: str, is_dir: bool) -> bool:
    """Whether gitignore-style ``patterns`` match ``relative`` (a path with ``/``)."""
    if not patterns or not relative:
        return False
    names, others = _split_patterns(patterns)
    if names and not names.isdisjoint(relative.split("/")):
        return True
    if not others:
        return False
    return _spec(others).match_file(relative + "/" if is_dir else relative)


@lru_cache(maxsize=256)
def _not_matching(patterns: tuple[str, ...], folder: str) -> tuple[str, ...]:
    """``patterns`` without those that match ``folder`` (a relative path) itself."""
    if not folder or not _matches(patterns, folder, True):
        return patterns
    return tuple(p for p in patterns if not _matches((p,), folder, True))


@lru_cache(maxsize=256)
def _split_patterns(patterns: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Bare names (matched as path parts, no library needed) and the other patterns."""
    if any(p.startswith("!") for p in patterns):  # a negation: order matters, all in pathspec
        return frozenset(), patterns
    names = frozenset(p for p in patterns if not _GLOB_CHARACTERS.intersection(p))
    return names, tuple(p for p in patterns if p not in names)


@lru_cache(maxsize=256)
def _spec(patterns: tuple[str, ...]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def _check_selectors(key: str, value: Any) -> None:
    """A ValueError when ``select``, ``ignore`` or ``per-file-ignores`` name no rule."""
    if key == "select" and not value:
        raise ValueError("it is empty: it would select no rule (use ALL for every rule)")
    if key in ("select", "ignore"):
        selectors = value
    elif key == "per_file_ignores":
        selectors = [code for _, codes in value for code in codes]
    else:
        return
    from checker.registry import unknown_selectors

    unknown = unknown_selectors(selectors)
    if unknown:
        names = ", ".join(unknown)
        raise ValueError(f"{names} matches no rule (see 'mtlint rules')")


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


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "yes", "on", "1"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("false", "no", "off", "0"):
        return False
    raise TypeError("expected true or false")


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
    "extend_exclude": _strings,
    "force_exclude": _boolean,
    "respect_gitignore": _boolean,
    "allow_words": _strings,
    "names": _strings,
    "per_file_ignores": _per_file_ignores,
}
assert set(_PARSERS) == set(Config._fields) - {"path", "source_lang_origin"}


def _read_toml(path: Path, text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


# Files that other tools share: one that never names mtlint is skipped unparsed (a cold
# start then imports no TOML or INI parser for a pyproject.toml without [tool.mtlint]).
# setup.cfg names its section ``[mtlint]`` exactly (configparser takes the header as
# written), so a setup.cfg that only names the project mtlint is skipped too.
SHARED_FILES = {"pyproject.toml": b"mtlint", "setup.cfg": b"[mtlint]"}


def _section(path: Path) -> dict[str, Any] | None:
    """The mtlint settings in ``path``, or None when it has no mtlint section."""
    try:
        raw = path.read_bytes()
        marker = SHARED_FILES.get(path.name)
        if marker is not None and marker not in raw:
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
        if (found := _config_in(folder)) is not None:
            return found
    return None


def _config_in(folder: Path) -> tuple[Path, dict[str, Any]] | None:
    """The first file of ``folder`` with an mtlint section, and that section."""
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
    return Config().merged(section, origin=str(path))._replace(path=str(path))


class Settings:
    """The configuration of each path: its own file's (found from its folder upward), or
    the one ``--config`` names, with the command-line ``overrides`` applied over it.

    Folders are looked up once each; paths under one configuration file share one Config.
    """

    def __init__(
        self, config_file: str | Path | None = None, overrides: Mapping[str, Any] | None = None
    ) -> None:
        self.overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self._fixed: Config | None = None
        if config_file is not None:
            self._fixed = self._finish(load(config_file))
        self._folders: dict[str, Config] = {}
        self._files: dict[str | None, Config] = {}

    @classmethod
    def of(cls, config: Config) -> Settings:
        """Settings that give ``config`` to every path."""
        settings = cls()
        settings._fixed = config
        return settings

    def _finish(self, config: Config) -> Config:
        if not self.overrides:
            return config
        finished = config.merged(self.overrides, origin="option")
        if "extend_exclude" in self.overrides:  # adds to the file's, as its name says
            extended = (*config.extend_exclude, *finished.extend_exclude)
            finished = finished._replace(extend_exclude=extended)
        return finished._replace(path=config.path)

    def for_path(self, path: str) -> Config:
        """The configuration that applies to ``path`` (a file or a folder)."""
        if self._fixed is not None:
            return self._fixed
        absolute = os.path.abspath(path)
        folder = absolute if os.path.isdir(absolute) else os.path.dirname(absolute)
        return self._for_folder(folder)

    def base(self) -> Config:
        """The configuration of the current folder (for stdin and run-wide settings)."""
        return self.for_path(os.curdir)

    def _for_folder(self, folder: str) -> Config:
        visited = []
        config = None
        current = folder
        while True:
            if current in self._folders:
                config = self._folders[current]
                break
            visited.append(current)
            found = _config_in(Path(current))
            if found is not None:
                path, section = found
                config = self._for_file(str(path), section)
                break
            parent = os.path.dirname(current)
            if parent == current:
                config = self._for_file(None, {})
                break
            current = parent
        for name in visited:
            self._folders[name] = config
        return config

    def _for_file(self, path: str | None, section: dict[str, Any]) -> Config:
        if path not in self._files:
            config = Config()
            if path is not None:
                config = Config().merged(section, origin=path)._replace(path=path)
            self._files[path] = self._finish(config)
        return self._files[path]
