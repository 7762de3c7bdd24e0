"""Gendered pronouns for the mentions scan: each one's case, and what stands before it (a
relative, a speech verb, a conjunction, a quotation it tags)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.analysis.mention_base import (
    INDEPENDENT,
    OBJECT,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    PRONOUNS,
    SUBJECT,
    Pronoun,
)
from checker.analysis.mention_sentence import Sentence
from checker.analysis.mention_words import (
    FUNCTION_WORDS,
    RELATIVES,
    is_capitalised,
    without_possessive,
)
from checker.words import make_reporting

if TYPE_CHECKING:
    pass

# "made known that she", "has made it clear that he": a reporting phrase of "make".
_MADE_KNOWN = make_reporting("complement")
_MAKE_FORMS = make_reporting("make")


class PronounReader:
    """Reads a gendered pronoun in its sentence (a mixin of the mentions builder)."""

    def _pronoun(self, s: Sentence, k: int, base: str) -> Pronoun | None:
        tok = s.tokens[k]
        lower = base.lower()
        gender, case = PRONOUNS[lower]
        nxt = s.tokens[k + 1] if k + 1 < len(s.tokens) else None
        gap = s.gap(k)
        # He Lifeng, Her Majesty, His Holiness: a name or an honorific, not a pronoun.
        if (
            nxt is not None
            and gap == " "
            and is_capitalised(nxt.value)
            and nxt.value != "I"
            and base[0].isupper()
        ):
            return None
        if case == POSSESSIVE_OR_OBJECT:
            case = self._her_case(s, k)
        elif lower == "his" and (nxt is None or gap.strip(" ")):
            case = INDEPENDENT
        start, end = tok.start, tok.start + len(base)
        pronoun = Pronoun(start, end, self.text[start:end], gender, case, s.index)
        pronoun.in_quote = s.quoted and self.quotes.inside(start)
        pronoun.generic = start in self._generic()
        prev = s.lower(k - 1)
        # "said (in a statement) that she": a reported clause, not a relative one.
        reported = prev == "that" and any(
            (
                s.lower(j) in self.speech_verbs
                # "made known that", "made it clear that": a reporting phrase of "make"
                or (s.lower(j) in _MADE_KNOWN and _MAKE_FORMS & {s.lower(j - 1), s.lower(j - 2)})
            )
            and not s.gap(j).strip(" ")
            for j in range(k - 2, max(-1, k - 10), -1)
        )
        # "has not said what she will demand", "did not specify how he": a reported question.
        reported = reported or (
            prev in ("what", "whether", "if", "how", "why", "when")
            and self._asks_or_tells(s.lower(k - 2))
        )
        pronoun.after_relative = prev in RELATIVES or (prev == "that" and not reported)
        pronoun.after_speech_verb = prev in self.speech_verbs or reported
        # "..., and he has refused", "rejected the demand: he wants": a new main clause.
        clause_break = k > 0 and s.gap(k - 1).strip() in (":", ";")
        pronoun.after_conjunction = case == SUBJECT and (
            prev in ("and", "but", "yet") or clause_break
        )
        if case == SUBJECT and not pronoun.in_quote:
            verb_follows = nxt is not None and nxt.value.lower() in self.speech_verbs
            # '... a historic step." She provides for ...': a new sentence, not a speech tag.
            opens_sentence = k == 0 and base[:1].isupper() and not verb_follows
            tag_after = not opens_sentence and self.quotes.ends_just_before(start, self.text)
            pronoun.speech_tag = tag_after or (
                verb_follows and self.quotes.starts_soon_after(nxt.end, self.text)
            )
        return pronoun

    def _asks_or_tells(self, word: str) -> bool:
        """A reporting verb, or the plain form of one whose past is (``specify``, ``reveal``:
        ``did not specify how she``)."""
        verbs = self.speech_verbs
        if word in verbs or word in ("say", "know", "explain"):
            return True
        past = (word + "ed", word + "d", word[:-1] + "ied" if word.endswith("y") else "")
        return len(word) > 3 and any(form in verbs for form in past)

    def _her_case(self, s: Sentence, k: int) -> str:
        """``her`` before a noun is possessive; before punctuation or a function word, object."""
        if k + 1 >= len(s.tokens) or s.gap(k).strip(" "):
            return OBJECT
        nxt = s.lower(k + 1)
        if nxt == "own":
            return POSSESSIVE
        if nxt in FUNCTION_WORDS or nxt.endswith("ly"):
            return OBJECT
        prev = s.lower(k - 1)
        # of her soldiers, in her speech, Her economy: a determiner before a word.
        if k == 0 or (
            prev in FUNCTION_WORDS
            and prev not in ("told", "asked", "to", "for", "with", "by", "from", "than", "as")
        ):
            return POSSESSIVE
        if self._noun_class(without_possessive(nxt)[0]) is not None:
            return POSSESSIVE  # her troops, her government
        return POSSESSIVE_OR_OBJECT
