"""A span as the speaker of a speech tag: ``Hansen said``, ``“…,” said Hansen``.

The one answer to "is this name (or mention) the subject of a reporting verb?" that the
mentions analysis (a city that speaks may be a person), the name-variant analyses (a
spelling that speaks is a person's) and their rules ask. The reporting verbs are
:func:`checker.words.reporting_verbs`.
"""

from __future__ import annotations

from checker.analysis.quotes import closed_quotation_before
from checker.patterns import lazy
from checker.text.quote_marks import DOUBLE_CLOSING_MARKS
from checker.thresholds.name import QUOTE_VERB_REACH, SPEECH_TAG_REACH
from checker.words import reporting_verbs

# One space, then the verb, perhaps after an auxiliary: `` said``, `` has said``.
_VERB_AFTER = lazy(r" (?:has |had |also )?([a-z]+)")
# A quotation closed just before a verb and the span: ``,” said `` (the verb is checked apart).
_QUOTE_THEN_VERB = lazy(rf"[,.!?…][{DOUBLE_CLOSING_MARKS}][ \u00a0]+(\w+)[ \u00a0]+$")
_SENTENCE_END = lazy(r"[.!?]")


def reporting_verb_after(text: str, end: int) -> bool:
    """A reporting verb right after ``text[:end]``, one space apart, perhaps after ``has``,
    ``had`` or ``also``: ``Houston said``, ``Paris has said``."""
    after = _VERB_AFTER.match(text, end)
    return after is not None and after.group(1) in reporting_verbs()


def reporting_verb_before(text: str, start: int) -> bool:
    """A reporting verb right before ``text[start:]`` after a closed quotation: ``“…,” said
    Kemfert``."""
    before = _QUOTE_THEN_VERB.search(text, max(0, start - QUOTE_VERB_REACH), start)
    return before is not None and before.group(1) in reporting_verbs()


def speaks(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` speaks as a person: a reporting verb right after it (``Kemfert
    replied``), or right before it after a quotation (``“…,” said Kemfert``)."""
    return reporting_verb_after(text, end) or reporting_verb_before(text, start)


def tags_quotation(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` speaks after a quotation: it follows a closed quotation and a
    reporting verb follows it (``“…,” Hansen said.``), and no ``its`` stands before the
    sentence ends (not ``“…,” Philips said its profits rose``)."""
    if not closed_quotation_before(text, start, SPEECH_TAG_REACH):
        return False
    if not reporting_verb_after(text, end):
        return False
    sentence = _SENTENCE_END.split(text[end : end + 200], maxsplit=1)[0]
    return " its " not in f"{sentence} "
