"""Runs of letters in non-Latin scripts (Cyrillic, Han, Hangul, Arabic...) and their language.

English prose has no such letters, so a run is direct evidence of untranslated text. A fast
search over the blocks of non-Latin scripts finds candidates (text of Latin letters and
punctuation costs one C-level scan); each run is then named by its script and, where the
letters tell, its language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

# Confidence of a finding, shared with checker.analysis.foreign: HIGH (error), MEDIUM
# (warning), LOW (info).
HIGH, MEDIUM, LOW = 3, 2, 1

# Letters of the Latin script (with IPA, modifiers, ligatures, fullwidth forms, letterlike
# and number-form symbols). Anything else that is a letter belongs to another script.
_LATIN = (
    r"A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u024f\u0250-\u02ff\u1d00-\u1dbf\u1e00-\u1eff"
    r"\u2070-\u209f\u2100-\u218f\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\ufb00-\ufb06"
    r"\u2460-\u24ff\u2776-\u2793\uff21-\uff3a\uff41-\uff5a"
)
# Combining marks of the scripts (Indic vowel signs are not \w in Python's re).
_MARKS = (
    r"\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e3a\u0e47-\u0e4e\u1100-\u11ff\u3099\u309a"
)
_NON_LATIN_CHAR = rf"(?:[^\W\d_{_LATIN}]|[{_MARKS}])"
_NON_LATIN_RUN_PATTERN = rf"{_NON_LATIN_CHAR}+(?:[ \u3000\u00b7\u30fb'’\-]+{_NON_LATIN_CHAR}+)*"
# A fast first test: any character in the blocks of non-Latin scripts at all?
_NON_LATIN_BLOCK_PATTERN = (
    "[\u0370-\u1cff\u2c00-\u2c5f\u2d00-\u2dff\u2e80-\u2fff\u3040-\u9fff\ua000-\ua6ff"
    "\ua800-\ua8ff\uac00-\ud7af\uf900-\ufaff\ufe70-\ufeff\uff66-\uffdc"
    "\U00010000-\U0003ffff]"
)
# Any character outside the ranges below the first block and of General Punctuation (curly
# quotes, dashes), which English text is full of: text of those ranges only holds no
# non-Latin letter. A small class, cheap to compile and to scan for.
_BEYOND_PATTERN = r"[^\x00-\u036f\u2000-\u206f]"


@cache
def _non_latin_block() -> re.Pattern[str]:
    """The block test, compiled on first need (its large ranges cost 2.5 ms to compile)."""
    return re.compile(_NON_LATIN_BLOCK_PATTERN)


@cache
def _non_latin_run() -> re.Pattern[str]:
    return re.compile(_NON_LATIN_RUN_PATTERN)


@cache
def _beyond() -> re.Pattern[str]:
    return re.compile(_BEYOND_PATTERN)


_CYRILLIC_HINTS = (
    ("uk", frozenset("іїєґІЇЄҐ")),
    ("sr", frozenset("ђћџљњјЂЋЏЉЊЈ")),
    ("be", frozenset("ўЎ")),
    ("bg", frozenset("ъЪ")),
)
_PERSIAN_LETTERS = frozenset("پچژگ")
# The languages written in a script, its main language (the one a run is taken for) first.
SCRIPT_LANGUAGES = {
    "CYRILLIC": ("ru", "uk", "bg", "mk", "sr", "be", "kk"),
    "CJK": ("zh", "ja"),
    "HIRAGANA": ("ja",),
    "KATAKANA": ("ja",),
    "HANGUL": ("ko",),
    "ARABIC": ("ar", "fa", "ur"),
    "HEBREW": ("he", "yi"),
    "GREEK": ("el",),
    "DEVANAGARI": ("hi", "mr", "ne"),
    "THAI": ("th",),
    "GEORGIAN": ("ka",),
    "ARMENIAN": ("hy",),
    "BENGALI": ("bn",),
    "TAMIL": ("ta",),
}


class ScriptRun(NamedTuple):
    """A run of letters in a non-Latin script, ``lang`` its most likely language."""

    start: int
    end: int
    script: str
    lang: str | None
    confidence: int


def may_hold_runs(text: str) -> bool:
    """Whether ``text`` holds a character of a non-Latin block. When it does not,
    :func:`script_runs` finds nothing in it and it need not be scanned.

    One C-level scan finds the few characters beyond Latin and General Punctuation (``€``,
    ``½``, a Cyrillic word); only they go through the block test, which is compiled only
    when there are such characters.
    """
    if text.isascii():
        return False
    beyond = set(_beyond().findall(text))
    return bool(beyond) and _non_latin_block().search("".join(beyond)) is not None


def script_runs(text: str, hint: str | None = None) -> Iterator[ScriptRun]:
    """Every run of non-Latin letters in ``text`` (HIGH confidence), in order.

    Lone Greek letters (π, μ, Δ) are symbols, not text, and are skipped.
    """
    if text.isascii():
        return
    position = 0
    while True:
        block = _non_latin_block().search(text, position)
        if block is None:
            return
        match = _non_latin_run().match(text, block.start())
        if match is None:
            position = block.end()
            continue
        position = match.end()
        run = match.group()
        if not any(ch.isalpha() for ch in run):
            continue
        script = unicodedata.name(run[0], "UNKNOWN").split()[0]
        if script == "GREEK" and len(run) <= 2:
            continue
        if script == "CJK" and any(
            unicodedata.name(ch, "").startswith(("HIRAGANA", "KATAKANA")) for ch in run
        ):
            script = "HIRAGANA"
        yield ScriptRun(
            match.start(), match.end(), script, script_language(run, script, hint), HIGH
        )


def script_language(run: str, script: str, hint: str | None = None) -> str | None:
    """The most likely language of a run: the hint when its script fits, else what the
    letters tell (Ukrainian і, Serbian ђ, Persian پ), else the script's main language."""
    candidates = SCRIPT_LANGUAGES.get(script, ())
    if hint and hint in candidates:
        return hint
    if script == "CYRILLIC":
        letters = set(run)
        for lang, hints in _CYRILLIC_HINTS:
            if letters & hints:
                return lang
    if script == "ARABIC" and _PERSIAN_LETTERS & set(run):
        return "fa"
    return candidates[0] if candidates else None
