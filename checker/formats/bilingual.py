"""What every bilingual reader shares: aligned units → one Document, and the optional extra.

A bilingual Document's text is its target segments, one a line, joined by ``\\n`` (a target
that spans several lines in the file is folded onto one line), so every monolingual rule runs
on every target and no two segments ever form one paragraph. ``segments`` keep each target's
offsets, its source and reference, and the file's line where the target starts; ``line_map``
sends each document line to that file line, so findings point into the PO, XLIFF or TMX file.
Empty targets (an untranslated PO entry, an XLIFF unit with no ``<target>``) are skipped: they
are work not yet done, not a translation to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from checker.formats import ReaderError, resolve_source_lang
from checker.thresholds.bilingual import MIN_DETECT_LETTERS, MIN_DETECT_PROBABILITY

if TYPE_CHECKING:
    from checker.config import Config
    from checker.document import Document

# The README's install forms: from a checkout, and the extra's name for an installed package.
EXTRA_HINT = "pip install '.[formats]' in mtlint's checkout (the extra mtlint[formats])"
_LINE_BREAKS = re.compile(r"\r\n|[\r\n]")


@dataclass(frozen=True, slots=True)
class Unit:
    """One aligned pair as a reader found it; ``line`` is the file's 1-based line."""

    target: str
    source: str | None
    line: int
    key: str = ""
    reference: str | None = None


def one_line(text: str) -> str:
    """``text`` with its line breaks folded to spaces (same length but for ``\\r\\n``)."""
    return _LINE_BREAKS.sub(" ", text)


def error_line(error: BaseException) -> str:
    """A parser's error message on one line (its type's name when it has none)."""
    return " ".join(str(error).split()) or type(error).__name__


def build_document(
    units: Iterable[Unit],
    path: str,
    config: Config,
    fmt: str,
    source_lang: str | None = None,
) -> list[Document]:
    """The Document of ``units`` (none when no unit has a target)."""
    from checker.document import Document, Segment

    parts: list[str] = []
    segments: list[Segment] = []
    line_map: list[int] = []
    offset = 0
    for unit in units:
        target = one_line(unit.target)
        if not target.strip():
            continue
        segments.append(
            Segment(
                start=offset,
                end=offset + len(target),
                source=unit.source,
                reference=unit.reference,
                line=unit.line,
                key=unit.key,
            )
        )
        parts.append(target)
        line_map.append(unit.line)
        offset += len(target) + 1
    if not parts:
        return []
    line_map.append(line_map[-1])  # the empty line after the final line break
    source_lang = resolve_source_lang(config, source_lang, (s.source for s in segments))
    return [
        Document(
            text="\n".join(parts) + "\n",
            path=path,
            segments=tuple(segments),
            line_map=tuple(line_map),
            source_lang=source_lang,
            format=fmt,
            config=config,
        )
    ]


@lru_cache(maxsize=4096)
def detect_language(text: str) -> tuple[tuple[str, float], ...]:
    """langdetect's (language, probability) list for ``text``, seeded; empty on failure."""
    try:
        from langdetect.lang_detect_exception import LangDetectException

        from checker.analysis.foreign import _detector_factory
    except ImportError:
        return ()
    try:
        detector = _detector_factory().create()  # the lazily built factory: ~40 ms, not 250
        detector.append(text)
        return tuple((r.lang.split("-")[0], r.prob) for r in detector.get_probabilities())
    except LangDetectException:
        return ()


def guess_language(sources: Iterable[str | None]) -> str | None:
    """The language of a file's sources taken together, when there is enough text to tell.

    Formats that do not declare their source language (line-aligned pairs, TSV, PO) get
    it this way, so that the language rules know what to look for.
    """
    sample: list[str] = []
    letters = 0
    for source in sources:
        if source:
            sample.append(source)
            letters += sum(ch.isalpha() for ch in source)
            if letters >= 4 * MIN_DETECT_LETTERS:
                break
    if letters < MIN_DETECT_LETTERS:
        return None
    ranked = detect_language("\n".join(sample))
    if ranked and ranked[0][1] >= MIN_DETECT_PROBABILITY:
        return ranked[0][0]
    return None


def toolkit(module: str) -> ModuleType:
    """``translate.storage.<module>`` from translate-toolkit, or a ReaderError naming the extra."""
    import importlib

    try:
        return importlib.import_module(f"translate.storage.{module}")
    except ImportError:
        raise ReaderError(f"reading this format needs translate-toolkit: {EXTRA_HINT}") from None


def primary_language(tag: str | None) -> str | None:
    """``en-US`` → ``en``, ``pt_BR`` → ``pt``; None for empty or ``*all*``."""
    if not tag:
        return None
    primary = re.split(r"[-_@.]", tag.strip(), maxsplit=1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def check_target_language(declared: str | None, config: Config, path_hint: str) -> None:
    """Refuse a file whose declared target language is not the one mtlint checks."""
    language = primary_language(declared)
    if language is not None and language != config.target_lang:
        raise ReaderError(
            f"{path_hint} declares target language {declared!r}; mtlint checks "
            f"{config.target_lang!r} text (see --target-lang)"
        )
