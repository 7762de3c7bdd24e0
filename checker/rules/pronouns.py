"""Pronoun rules (P): gendered pronouns that grammatical gender put in the wrong place.

French *elle* for *la Corée du Nord*, German *sie* for *die Regierung*, Spanish *ella* for
*la empresa*, Italian *lui* for *il governo*: machine translation carries the source noun's
grammatical gender into English as *she* or *he* for a country, a government or a company.
It also makes *she* of a man it has just called *Mr. Kim*.

All three rules read one resolution of every gendered pronoun against the mentions of
:mod:`checker.analysis.mentions`. Reach is the pronoun's sentence and the two before it,
never across a heading:

- syntax decides first: a pronoun bound to its own clause's non-person subject (*the
  company said she*, *the regulator ... her rules*, *..., and he*) or to the speaker just
  before its speech verb (*..., and the central bank said she*) is reported whoever else is
  near, unless someone of its gender is named before it in its sentence, the sentence before
  is about someone of that gender (its subject, a person stated to be of that gender, a
  pronoun of that gender), or the predicate is a person's (*said he would retire*, *his
  knee*); a sentence-opening subject pronoun that continues a subject of the other gender
  (*Vickery has broken his arm. She ...*) contradicts that person;
- otherwise any person of a compatible gender (or of unknown gender: a name, a role noun,
  *someone*, an animal) in the pronoun's sentence or the one before silences the rules; two
  sentences back only people a reader takes up again (named people, subjects, people of
  that gender) do, not a passing *any prisoner*;
- the antecedent is plain when the pronoun opens its sentence and the sentence before has a
  non-person subject (*North Korea has not responded... She*), or when the pronoun follows
  its own clause's non-person subject as a possessive, a reflexive, after a speech verb or
  after *and* (*The company said he*, *Germany is proud of her engineers*);
- the severity drops to info when the person the text was last about, before the reach,
  fits the pronoun (a woman profiled two paragraphs earlier may still be *she*), when the
  non-person is typed by WordNet alone and syntax does not bind the pronoun to it, and when
  the contrary gender comes from given names alone and the pronoun does not continue that
  person.

Pronouns inside quotations, speech tags next to a quotation (the speaker), generic *he or
she*, ships called *she* and pronouns in headings are never judged. Everything is linear:
per-sentence summaries and running counts, no scan over mentions per pronoun.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from checker.analysis import gazetteers as gz
from checker.analysis.entities import personal_possession
from checker.analysis.mentions import (
    FEMALE,
    FUNCTION_WORDS,
    MALE,
    OBJECT,
    PLACE,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    QUANTIFIERS,
    REFLEXIVE,
    SUBJECT,
    VESSEL,
    Mention,
    Mentions,
    Pronoun,
)
from checker.document import Document
from checker.registry import rule
from checker.types import Fix, Hit, Severity

WINDOW = 2  # sentences before the pronoun's own
TOPIC_REACH = 2  # sentences before the window where the person the text was about counts
FAR_REACH = 6  # sentences before the window where a person of the other gender is sought
STRONG_EVIDENCE = frozenset({"title", "noun", "name"})
# A speech tag or a sentence-opening pronoun that had only this person to refer to
# ("“We must act,” she said") is evidence of a gender; another pronoun only makes the
# person no antecedent for the other gender.
GENDER_EVIDENCE = STRONG_EVIDENCE | {"given-name", "pronoun", "pronouns"}
COMPATIBILITY_EVIDENCE = GENDER_EVIDENCE | {"pronoun-weak"}

_WORD = re.compile(r"[^\W\d_]+")
# The word after a pronoun (None before punctuation), and emphatic reflexives.
# Between a speaker and a reported pronoun: "’s"-less, an optional auxiliary or adverb,
# the verb, an optional "that".
_REPORTING_GAP = re.compile(
    r" (?:(?:has|had|have|also|then|now|later|earlier|again|today|yesterday) )?"
    r"([a-z]+) (?:that )?"
)
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
_EMPHATIC = re.compile(r",? (?:her|him)self\b")
_EMPHATIC_BEFORE = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]im),? $")
_NEUTER = {SUBJECT: "it", OBJECT: "it", POSSESSIVE: "its", REFLEXIVE: "itself"}


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the resolution says about one pronoun."""

    code: str
    pronoun: Pronoun
    severity: Severity
    antecedent: Mention | None = None
    suggestion: str = ""
    certain: bool = False  # the suggestion is the only right form


@dataclass(slots=True)
class _Summary:
    """Animate mentions of one sentence, by what they allow."""

    female: int = 0  # singular, female by stated evidence (title, noun, given name)
    male: int = 0
    weak_female: int = 0  # ... of which only by a given name
    weak_male: int = 0
    unknown: int = 0  # singular animate without gender evidence
    # Named people and subjects, whom a reader takes up again: (female, male, unknown).
    topical: tuple[int, int, int] = (0, 0, 0)
    plural: int = 0  # plural people
    quantifiers: int = 0  # everyone, nobody: antecedents inside their own sentence only
    contrary: list[Mention] | None = None  # people with gender evidence (title, noun, name)
    # Singular animate mentions in text order, with running (female, male, unknown) counts.
    starts: list[int] = field(default_factory=list)
    running: list[tuple[int, int, int]] = field(default_factory=list)

    def add(self, start: int, female: int, male: int, unknown: int) -> None:
        last = self.running[-1] if self.running else (0, 0, 0)
        self.starts.append(start)
        self.running.append((last[0] + female, last[1] + male, last[2] + unknown))

    def compatible_before(self, gender: str, offset: int) -> int:
        """Compatible singular mentions starting before ``offset``."""
        k = bisect.bisect_left(self.starts, offset)
        if not k:
            return 0
        female, male, unknown = self.running[k - 1]
        return unknown + (female if gender == FEMALE else male)

    def compatible(self, gender: str) -> int:
        return self.unknown + (self.female if gender == FEMALE else self.male)

    def prominent(self, gender: str) -> int:
        """Compatible people a reader would take up again: named, subjects, or gendered."""
        return self.topical[2] + (self.female if gender == FEMALE else self.male)

    def topic(self, gender: str) -> int:
        """Compatible named people and subjects: the people the text is about."""
        female, male, unknown = self.topical
        return unknown + (female if gender == FEMALE else male)

    def gendered(self, gender: str) -> int:
        """People stated to be of ``gender`` (singular)."""
        return self.female if gender == FEMALE else self.male

    def opposite_strong(self, gender: str) -> int:
        if gender == FEMALE:
            return self.male - self.weak_male
        return self.female - self.weak_female

    def opposite_weak(self, gender: str) -> int:
        return self.weak_male if gender == FEMALE else self.weak_female


# What every sentence without an animate mention shares: read, never written.
_NO_ONE = _Summary()
# The pronouns kept in a sentence that has none (read-only: a real dict replaces it).
_NO_PRONOUNS: Mapping[str, int] = MappingProxyType({})


def _summaries(found: Mentions, count: int) -> list[_Summary]:
    """One summary per sentence; sentences without animate mentions (most of a long text
    about things) all share the empty :data:`_NO_ONE`."""
    summaries = [_NO_ONE] * count
    for m in found.mentions:
        if not m.animate:
            continue
        summary = summaries[m.sentence]
        if summary is _NO_ONE:
            summary = summaries[m.sentence] = _Summary()
        gendered = m.gender is not None and m.evidence in COMPATIBILITY_EVIDENCE
        if m.head in QUANTIFIERS:
            summary.quantifiers += 1
            summary.add(m.start, 0, 0, 1)
            continue
        if m.plural:
            summary.plural += 1
        elif gendered and m.gender == FEMALE:
            summary.female += 1
            summary.weak_female += m.evidence not in STRONG_EVIDENCE
            summary.add(m.start, 1, 0, 0)
        elif gendered:
            summary.male += 1
            summary.weak_male += m.evidence not in STRONG_EVIDENCE
            summary.add(m.start, 0, 1, 0)
        else:
            summary.unknown += 1
            summary.add(m.start, 0, 0, 1)
        if not m.plural and (m.subject or m.name_start >= 0):
            female, male, unknown = summary.topical
            summary.topical = (
                female + (gendered and m.gender == FEMALE),
                male + (gendered and m.gender != FEMALE),
                unknown + (not gendered),
            )
        if gendered and not m.plural and m.evidence in GENDER_EVIDENCE:
            summary.contrary = [*(summary.contrary or []), m][-4:]
    return summaries


def _append(per_sentence: list[Sequence[Mention]], sentence: int, mention: Mention) -> None:
    """Add ``mention`` to its sentence's list, made when the sentence gets its first."""
    mentions = per_sentence[sentence]
    if mentions:
        mentions.append(mention)  # type: ignore[attr-defined]  (a list once not empty)
    else:
        per_sentence[sentence] = [mention]


def _named_last(people: list[Mention]) -> Mention:
    """The last of ``people`` to name them (``Laura Bianchi`` over ``the chief executive``,
    her apposition), else the last one."""
    last = people[-1]
    for m in reversed(people):
        if m.sentence != last.sentence:
            break
        if m.name_start >= 0:
            return m
    return last


def _guessed_type(mention: Mention) -> bool:
    """A non-person typed by WordNet alone (``The tribunal``): enough for a pronoun that
    syntax binds to it, only an info otherwise."""
    return mention.evidence == "wordnet"


def _case_like(word: str, model: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


def _suggestion(pronoun: Pronoun, text: str) -> tuple[str, bool]:
    """The neuter form and whether it is certain.

    ``her`` before a word that is no function word (``her steel industry``) is ``its``,
    before punctuation or a function word ``it``, so that ``She ... her`` becomes
    ``It ... its`` whole. An emphatic reflexive and its subject (``She herself``) have no
    sure fix: ``It itself`` is not English.
    """
    case = pronoun.case
    if _EMPHATIC.match(text, pronoun.end) or (
        case == REFLEXIVE and _EMPHATIC_BEFORE.search(text, 0, pronoun.start)
    ):
        return _case_like(_NEUTER.get(case, "its"), pronoun.text), False
    if case in _NEUTER:
        return _case_like(_NEUTER[case], pronoun.text), True
    if case == POSSESSIVE_OR_OBJECT:
        after = _NEXT_WORD.match(text, pronoun.end)
        if after is None or after.group(1).lower() in FUNCTION_WORDS:
            return _case_like("it", pronoun.text), True
        if after.group(1).islower() and not after.group(1).endswith("ly"):
            return _case_like("its", pronoun.text), True
        return _case_like("it", pronoun.text) + "” or “" + _case_like("its", pronoun.text), False
    return _case_like("its", pronoun.text), False  # hers, his standing alone: rephrase


class _Resolver:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.found: Mentions = doc.mentions
        self.sentences = len(doc.sentences)
        self.flagged_subjects: dict[int, Mention] = {}
        self.vessel_sentences: set[int] = set()
        self.topic_sentence = -1  # where the person the text was last about was named
        self.mention_starts = [m.start for m in self.found.mentions]
        self.speech_verbs = gz.speech_verbs()
        # Mentions whose span opens with a possessive pronoun: "his parents", "her director".
        self.possessed = {m.start: m for m in self.found.mentions}

    def run(self) -> list[Verdict]:
        found = self.found
        count = self.sentences
        if not found.pronouns or not count:
            return []
        summaries = _summaries(found, count)
        headings = found.heading_sentences
        verdicts: list[Verdict] = []
        # Pronouns not reported, per sentence and gender (they stand for some person).
        kept: list[Mapping[str, int]] = [_NO_PRONOUNS] * count
        nonpersons = self._index_mentions(count)
        # Running evidence earlier than the window: per paragraph and per section.
        animate_before: list[int] = [0] * (count + 1)  # prefix sums of animate sentences
        for i, summary in enumerate(summaries):
            animate_before[i + 1] = animate_before[i] + (
                summary.female + summary.male + summary.unknown + summary.plural
            )
        discourse = self.discourse = self._discourse_starts(count)
        self._count_fitting(summaries, count)
        # The people the section was last about, before each window: (female, male, unknown).
        last_topic: tuple[bool, bool, bool] | None = None
        topic_sentence = -1
        paragraph_of = found.paragraph_of_sentence
        section_done = 0
        for pronoun in found.pronouns:
            i = pronoun.sentence
            window = [i]
            for j in range(i - 1, max(-1, i - 1 - WINDOW), -1):
                if j in headings or j < discourse[i]:
                    break
                window.append(j)
            first = window[-1]
            while section_done < first:
                if section_done == discourse[section_done]:
                    last_topic = None  # a new segment
                if section_done in headings:
                    last_topic = None
                elif summaries[section_done] is not _NO_ONE or kept[section_done]:
                    topic = self._topic(summaries[section_done], kept[section_done])
                    if topic is not None:
                        last_topic, topic_sentence = topic, section_done
                section_done += 1
            self.topic_sentence = topic_sentence
            # Only a recent topic: the text moves on, and so does a reader.
            # (or one named earlier in the pronoun's own paragraph).
            recent_topic = last_topic
            if (
                last_topic is not None
                and first - topic_sentence > TOPIC_REACH
                and paragraph_of[topic_sentence] != paragraph_of[i]
            ):
                recent_topic = None

            verdict = None
            if pronoun.quote_subject is not None and i not in headings:
                verdict = self._judge_quoted(pronoun, window, summaries, kept)
            elif pronoun.speech_tag and not (pronoun.in_quote or pronoun.generic):
                verdict = self._judge_speaker(pronoun, window, kept)
            elif not (pronoun.in_quote or pronoun.generic or i in headings):
                verdict = self._judge(
                    pronoun,
                    window,
                    summaries,
                    kept,
                    nonpersons,
                    animate_before,
                    discourse[i],
                    self._continues_topic(pronoun, recent_topic),
                )
            if verdict is not None:
                verdicts.append(verdict)
                if (
                    verdict.code == "P101"
                    and verdict.severity >= Severity.WARNING
                    and pronoun.opens_clause
                    and verdict.antecedent is not None
                ):
                    # "She has never ... her ...", "She ... She also ...": the same thing.
                    self.flagged_subjects[i] = verdict.antecedent
            if verdict is None or verdict.severity < Severity.WARNING:
                counts = kept[i]
                if counts is _NO_PRONOUNS:
                    counts = kept[i] = {}
                counts[pronoun.gender] = counts.get(pronoun.gender, 0) + 1
                self.kept_total[pronoun.gender] += 1
        return verdicts

    def _index_mentions(self, count: int) -> list[Sequence[Mention]]:
        """Per sentence: the singular non-persons outside quotations (returned) and the
        people outside quotations who may speak a quotation's words (``self.speakers``);
        the sentences holding a ship."""
        found = self.found
        # Per sentence, empty sequences shared until a first mention gives one its own list.
        nonpersons: list[Sequence[Mention]] = [()] * count
        # Singular and plural animate mentions outside quotations, per sentence: the people
        # who may speak the words a speech tag closes.
        speakers: list[Sequence[Mention]] = [()] * count
        self.speakers = speakers
        for m in found.mentions:
            if m.in_quote:
                continue
            if m.animate:
                _append(speakers, m.sentence, m)
            if m.nonperson and not m.plural and not m.modifier:
                _append(nonpersons, m.sentence, m)
                if m.kind == VESSEL:
                    self.vessel_sentences.add(m.sentence)
        return nonpersons

    def _count_fitting(self, summaries: list[_Summary], count: int) -> None:
        """People who fit each gender in the sentences before each sentence (prefix
        sums), and the pronouns of each gender kept so far (counted as they are kept)."""
        female_before = [0] * (count + 1)
        male_before = [0] * (count + 1)
        female = male = 0
        for i, summary in enumerate(summaries):
            if summary is not _NO_ONE:
                female += summary.unknown + summary.female
                male += summary.unknown + summary.male
            female_before[i + 1] = female
            male_before[i + 1] = male
        self.compatible_before = {FEMALE: female_before, MALE: male_before}
        self.kept_total = {FEMALE: 0, MALE: 0}

    def _discourse_starts(self, count: int) -> list[int]:
        """The first sentence of each sentence's discourse: the whole text, or in a
        bilingual file (PO, XLIFF, TMX, TSV, ``--source``) its own segment, since each
        entry is translated and read apart from the others."""
        starts = [0] * count
        segments = self.doc.segments
        if segments:
            sentence_starts = self.found.sentence_starts
            k = 0
            first = 0
            for i in range(count):
                offset = sentence_starts[i]
                moved = False
                while k + 1 < len(segments) and segments[k + 1].start <= offset:
                    k += 1
                    moved = True
                if moved:
                    first = i
                starts[i] = first
        return starts

    @staticmethod
    def _topic(summary: _Summary, kept: Mapping[str, int]) -> tuple[bool, bool, bool] | None:
        """Who a sentence is about: named people, subjects and pronouns, by gender."""
        female, male, unknown = summary.topical
        female += kept.get(FEMALE, 0)
        male += kept.get(MALE, 0)
        if female or male or unknown:
            return bool(female), bool(male), bool(unknown)
        return None

    @staticmethod
    def _continues_topic(pronoun: Pronoun, topic: tuple[bool, bool, bool] | None) -> bool:
        """The last person the section was about, before the window, fits the pronoun."""
        if topic is None:
            return False
        female, male, unknown = topic
        return unknown or (female if pronoun.gender == FEMALE else male)

    def _judge(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
        nonpersons: list[Sequence[Mention]],
        animate_before: list[int],
        discourse_start: int,
        topic_fits: bool,
    ) -> Verdict | None:
        gender = pronoun.gender
        i = pronoun.sentence
        # Compatible people in the pronoun's own sentence and the one before: any of them.
        here = self._compatible_here(pronoun, summaries[i]) + kept[i].get(gender, 0)
        near = sum(summaries[j].compatible(gender) + kept[j].get(gender, 0) for j in window[1:2])
        # Two sentences back, only people a reader would take up again block a clear
        # non-person antecedent; a passing "any prisoner" does not.
        far = sum(summaries[j].compatible(gender) + kept[j].get(gender, 0) for j in window[2:])
        far_prominent = sum(
            summaries[j].prominent(gender) + kept[j].get(gender, 0) for j in window[2:]
        )
        if gender == FEMALE and any(j in self.vessel_sentences for j in window):
            return None  # a ship is "she"
        person = self._called_both(pronoun, window, summaries, kept)
        if person is not None:
            return Verdict("P102", pronoun, Severity.WARNING, person)
        antecedent = self._salient(pronoun, window)
        # A woman (man) the text was about just before the window may still be meant.
        downgraded = topic_fits
        if antecedent is not None:
            downgraded, far_prominent = self._within_paragraph(
                pronoun, window, summaries, kept, downgraded, far_prominent
            )
        if (
            antecedent is not None
            and not pronoun.speech_tag
            and self._bound(pronoun, antecedent, summaries, kept)
        ):
            # Syntax binds the pronoun to the non-person (its clause's subject, or the
            # subject it continues): people further off, or not the topic, do not count,
            # nor the person the text was about before.
            suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
            return Verdict("P101", pronoun, Severity.WARNING, antecedent, suggestion, certain)
        if antecedent is not None and not pronoun.speech_tag and not here + near + far_prominent:
            suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
            # A type WordNet alone gives is a guess, unless no one at all precedes.
            guessed = _guessed_type(antecedent) and (
                animate_before[i + 1] != animate_before[discourse_start]
            )
            severity = Severity.INFO if downgraded or guessed else Severity.WARNING
            return Verdict("P101", pronoun, severity, antecedent, suggestion, certain)
        if here + near + far_prominent:
            person = self._contradicted_subject(pronoun, window, summaries, kept)
            if person is not None:
                return Verdict("P102", pronoun, Severity.WARNING, person)
            return None
        candidate = self._last_thing(pronoun, window, nonpersons)
        if self._nobody(pronoun, summaries, kept, animate_before, discourse_start, candidate):
            return Verdict("P103", pronoun, Severity.WARNING if candidate else Severity.INFO)
        verdict = self._judge_contrary(pronoun, window, summaries, bool(far), downgraded)
        if verdict is not None:
            return verdict
        return self._judge_unattended(
            pronoun, window, summaries, candidate, downgraded, discourse_start
        )

    def _within_paragraph(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
        downgraded: bool,
        far_prominent: int,
    ) -> tuple[bool, int]:
        """A clear antecedent in a paragraph that has already moved on (its sentences
        before the pronoun name no one who fits): the people of the paragraphs before
        are out of reach, and so is the topic of an earlier paragraph."""
        gender = pronoun.gender
        i = pronoun.sentence
        paragraph_of = self.found.paragraph_of_sentence
        if len(window) < 2 or paragraph_of[window[1]] != paragraph_of[i]:
            return downgraded, far_prominent
        if paragraph_of[self.topic_sentence] != paragraph_of[i]:
            downgraded = False
        far_prominent = sum(
            summaries[j].prominent(gender) + kept[j].get(gender, 0)
            for j in window[2:]
            if paragraph_of[j] == paragraph_of[i]
        )
        return downgraded, far_prominent

    def _nobody(
        self,
        pronoun: Pronoun,
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
        animate_before: list[int],
        discourse_start: int,
        candidate: Mention | None,
    ) -> bool:
        """Nothing before the pronoun in its discourse (nor in its next sentence) could
        be a person, in a text not written in the first or second person (P103)."""
        i = pronoun.sentence
        last_of_discourse = i + 1 >= len(summaries) or (
            self.doc.segments and self.discourse[i + 1] == i + 1
        )
        nothing_animate = (
            animate_before[i + 1] == animate_before[discourse_start]
            and (last_of_discourse or not self._animate(summaries[i + 1]))
            and not any(kept[j] for j in range(max(discourse_start, i - 50), i + 1))
        )
        return (
            nothing_animate
            and not self.found.first_or_second_person
            and not pronoun.speech_tag
            and (candidate is not None or not self.doc.segments)  # a lone entry: context
        )

    def _judge_contrary(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        far: bool,
        downgraded: bool,
    ) -> Verdict | None:
        """P102 when every person in reach is stated to be of the other gender."""
        i = pronoun.sentence
        contrary = [
            m
            for j in window
            for m in (summaries[j].contrary or [])
            if j < i or m.start < pronoun.start
        ]
        subjects = self.found.subjects
        continued = subjects.get(i - 1) if pronoun.opens_clause else None
        if continued is None and pronoun.after_speech_verb:
            # "Elly Schlein, secretary of the party, said that he": the speaker reports.
            own = subjects.get(i)
            if own is not None and own.start < pronoun.start:
                continued = own
        continues = any(m is continued for m in contrary)
        if not contrary or (far and not continues):
            return None
        # Every person in reach is stated to be of the other gender. When the pronoun
        # continues one of them as subject ("Ms. Moreau told reporters ... He added"),
        # an earlier topic is no excuse, nor a passing someone two sentences back.
        # A gender known only from given names is a guess (Jean, Andrea, Sasha): an
        # info, unless the pronoun continues that person as subject.
        guessed = all(m.evidence == "given-name" for m in contrary)
        severity = Severity.INFO if (downgraded or guessed) and not continues else Severity.WARNING
        person = continued if continues else _named_last(contrary)
        return Verdict("P102", pronoun, severity, person)

    def _judge_unattended(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        candidate: Mention | None,
        downgraded: bool,
        discourse_start: int,
    ) -> Verdict | None:
        """No one in reach: the non-person the text was about just before (its own
        clause's subject or the sentence before's), else a person of the other gender
        the text was about (:meth:`_far_contrary`), else an info on the nearest thing."""
        gender = pronoun.gender
        i = pronoun.sentence
        if (
            candidate is not None
            and not downgraded  # the person the text was about is the likelier antecedent
            and not pronoun.speech_tag
            and not pronoun.after_relative
        ):
            # No one in reach at all: when the text was about a non-person subject just
            # before (its own clause's or the sentence before's), that is the antecedent.
            subjects = self.found.subjects
            own = subjects.get(i)
            previous = subjects.get(i - 1) if len(window) > 1 and window[1] == i - 1 else None
            topic = next(
                (
                    m
                    for m in (
                        own if own is not None and own.start < pronoun.start else None,
                        previous,
                    )
                    if m is not None and m.nonperson and not m.plural
                ),
                None,
            )
            if topic is not None and not (topic.kind == VESSEL and gender == FEMALE):
                suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
                severity = Severity.INFO if _guessed_type(topic) else Severity.WARNING
                return Verdict("P101", pronoun, severity, topic, suggestion, certain)
            verdict = self._far_contrary(pronoun, window, summaries, discourse_start)
            if verdict is not None:
                return verdict
            suggestion, _ = _suggestion(pronoun, self.doc.analysis_text)
            return Verdict("P101", pronoun, Severity.INFO, candidate, suggestion, False)
        return self._far_contrary(pronoun, window, summaries, discourse_start)

    def _far_contrary(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        discourse_start: int,
    ) -> Verdict | None:
        """A pronoun for the person the text is about, of the other gender: ``Anna
        Kowalska presented the budget. The plan cuts spending. It raises taxes. He said
        ...``. Nobody who fits the pronoun (a person of its gender or of unknown gender, a
        pronoun of its gender) anywhere before it in the discourse, nor in the next
        sentence; the last person named in the :data:`FAR_REACH` sentences before the
        window is stated to be of the other gender. A warning when a title, a noun, a name
        or the pronouns bound to the name say so, an info for a given name alone."""
        gender = pronoun.gender
        i = pronoun.sentence
        if self.found.first_or_second_person or pronoun.in_quote:
            return None
        fitting = self.compatible_before[gender]
        if fitting[i] != fitting[discourse_start] or self.kept_total[gender]:
            return None
        if i + 1 < len(summaries) and summaries[i + 1].compatible(gender):
            return None
        first = window[-1]
        for j in range(first - 1, max(discourse_start, first - FAR_REACH) - 1, -1):
            if j in self.found.heading_sentences:
                return None
            people = summaries[j].contrary
            if people:
                person = _named_last(people)
                weak = person.evidence == "given-name"
                return Verdict("P102", pronoun, Severity.INFO if weak else Severity.WARNING, person)
        return None

    def _judge_quoted(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> Verdict | None:
        """A pronoun of a quoted clause that opens with a non-person (``“The company has
        doubled his profits,”``), when no one of that gender is in the sentence before it
        or in the sentence before."""
        gender = pronoun.gender
        i = pronoun.sentence
        compatible = summaries[i].compatible_before(gender, pronoun.start) + kept[i].get(gender, 0)
        compatible += sum(
            summaries[j].compatible(gender) + kept[j].get(gender, 0) for j in window[1:2]
        )
        if compatible:
            return None
        suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
        return Verdict(
            "P101", pronoun, Severity.WARNING, pronoun.quote_subject, suggestion, certain
        )

    def _judge_speaker(
        self, pronoun: Pronoun, window: list[int], kept: list[Mapping[str, int]]
    ) -> Verdict | None:
        """A speech tag next to a quotation (``,” she said``) stands for the speaker.

        The speaker is someone outside the quotations, before the tag, in the tag's
        paragraph when that paragraph names someone (a new paragraph opening with
        ``Mr. Feld insisted ...`` hands the floor to him), else in the sentence and the two
        before. When every such person is a man (woman) by a title, a gendered noun or
        another mention of the name, and no pronoun of the tag's gender was kept there,
        the tag contradicts the speaker.
        """
        paragraph_of = self.found.paragraph_of_sentence
        paragraph = paragraph_of[pronoun.sentence]
        people: list[Mention] = []
        for j in window:
            for m in self.speakers[j]:
                if j == pronoun.sentence and m.start >= pronoun.start:
                    break
                people.append(m)
        own = [m for m in people if paragraph_of[m.sentence] == paragraph]
        if own:
            people = own
        gender = pronoun.gender
        # The speaker may be named just after: “We will win,” she said. Ms. Lee, a nurse, ...
        after = [m for m in self.speakers[pronoun.sentence] if m.start > pronoun.start]
        following = pronoun.sentence + 1
        if following < len(self.speakers) and paragraph_of[following] == paragraph:
            after += self.speakers[following]
        if any(not m.plural and m.gender in (None, gender) for m in after):
            return None
        if not people or any(kept[j].get(gender) for j in {m.sentence for m in people}):
            return None
        for m in people:
            if m.plural or m.gender is None or m.evidence not in STRONG_EVIDENCE:
                return None
            if m.gender == gender:
                return None
        return Verdict("P102", pronoun, Severity.WARNING, _named_last(people))

    def _bound(
        self,
        pronoun: Pronoun,
        antecedent: Mention,
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> bool:
        """The non-person ``antecedent`` holds the pronoun by syntax, whoever is near.

        ``The company said she``, ``The regulator ... her rules``, ``..., and she``: the
        subject of the pronoun's own clause, before it, with no one of the pronoun's
        gender before the pronoun in its sentence. The sentence before must not be about
        someone of that gender (its subject, a person stated to be of that gender, a kept
        pronoun), nor the one before have such a person as its subject, and the predicate must
        not be a person's (``said he would retire``, ``confirmed his death``). A pronoun
        opening its sentence is not bound so: the woman the text was about two sentences
        before may be meant (``The party won 40 seats. She said``).
        """
        gender = pronoun.gender
        i = pronoun.sentence
        if kept[i].get(gender, 0) or antecedent.kind == PLACE:
            return False  # a name typed a place only by its preposition is not sure
        if antecedent.sentence != i or antecedent.start > pronoun.start:
            return False  # "During his tenure, Nissan": a look ahead, no binding
        text = self.doc.analysis_text
        if text[max(0, pronoun.start - 4) : pronoun.start].lower() == " by ":
            return False  # "US audiences were won over by his film": a passive's agent
        if text[antecedent.end : pronoun.start] in (" of ", " for "):
            return False  # "A retrospective of his films": inside the subject
        if summaries[i].compatible_before(gender, pronoun.start):
            return False
        before = i - 1
        if before >= 0 and before not in self.found.heading_sentences:
            summary = summaries[before]
            subject = self.found.subjects.get(before)
            if kept[before].get(gender, 0) or summary.gendered(gender):
                return False
            if subject is not None and subject.animate and subject.gender in (None, gender):
                return False
        # Two sentences back, a subject stated to be of that gender is still the topic.
        if before - 1 >= 0 and not self.found.heading_sentences.intersection((before, before - 1)):
            subject = self.found.subjects.get(before - 1)
            if subject is not None and subject.animate and subject.gender == gender:
                return False
        return not self._personal_predicate(pronoun)

    def _called_both(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> Mention | None:
        """One person called *he* and then *she* in one sentence (``Hewitt said he had
        hurt her knee``, ``he blamed herself``): the pronoun's sentence already has a kept
        pronoun of the other gender and none of its own, and the whole reach holds one
        singular person, no group and no pronoun of the pronoun's gender. Only a reflexive
        or a possessive of the body, a feeling or the mind is surely that person's; it is
        reported, as the second gender."""
        gender = pronoun.gender
        i = pronoun.sentence
        other = MALE if gender == FEMALE else FEMALE
        if not kept[i].get(other, 0) or kept[i].get(gender, 0) or pronoun.speech_tag:
            return None
        if pronoun.case != REFLEXIVE and not (
            pronoun.case in (POSSESSIVE, POSSESSIVE_OR_OBJECT) and self._own_body(pronoun)
        ):
            return None  # "Mr. Park said he had told her": she may be anyone
        for j in window:
            summary = summaries[j]
            if summary.plural or summary.quantifiers or (j != i and kept[j].get(gender, 0)):
                return None
        # The people in reach, a name counted once (Hewitt ... Hewitt said).
        people: dict[str, Mention] = {}
        for j in window:
            for m in self.speakers[j]:
                if j == i and m.start > pronoun.start:
                    break
                name = m.name
                people[name.rpartition(" ")[2] if name else str(m.start)] = m
        if len(people) != 1:
            return None
        (person,) = people.values()
        return person if person.gender != gender else None

    def _own_body(self, pronoun: Pronoun) -> bool:
        """The possessive's noun is of the body, a feeling or the mind (her knee)."""
        after = _NEXT_WORD.match(self.doc.analysis_text, pronoun.end)
        return after is not None and personal_possession(after.group(1).lower())

    def _contradicted_subject(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> Mention | None:
        """The person of the other gender whom a sentence-opening subject pronoun continues.

        ``Vickery has broken his forearm. She only returned ...``: the sentence before has
        that person as its subject, stated to be of the other gender (a title, a noun, a
        given name, the pronouns bound to the name), and no one who fits the pronoun; two
        sentences back, nobody stated to be of the pronoun's gender, no subject who may be,
        no pronoun of that gender. Unnamed passers-by further back do not excuse it.
        """
        gender = pronoun.gender
        i = pronoun.sentence
        if pronoun.case != SUBJECT or not pronoun.opens_clause or pronoun.in_quote:
            return None
        if len(window) < 2 or window[1] != i - 1:
            return None
        subject = self.found.subjects.get(i - 1)
        if (
            subject is None
            or not subject.animate
            or subject.plural
            or subject.in_quote
            or subject.gender in (None, gender)
            or subject.evidence not in GENDER_EVIDENCE
        ):
            return None
        if self._compatible_here(pronoun, summaries[i]) or kept[i].get(gender, 0):
            return None
        if summaries[i - 1].compatible(gender) or kept[i - 1].get(gender, 0):
            return None
        for j in window[2:]:
            if summaries[j].gendered(gender) or kept[j].get(gender, 0):
                return None
            other = self.found.subjects.get(j)
            if other is not None and other.animate and other.gender in (None, gender):
                return None
        return subject

    def _personal_predicate(self, pronoun: Pronoun) -> bool:
        """A word only a person fits in the few words after the pronoun, in its sentence."""
        starts = self.found.sentence_starts
        i = pronoun.sentence
        end = starts[i + 1] if i + 1 < len(starts) else len(self.doc.analysis_text)
        text = self.doc.analysis_text
        possessive = pronoun.case in (POSSESSIVE, POSSESSIVE_OR_OBJECT)
        limit = 3 if possessive else 6
        personal = gz.personal_predicates()
        for k, match in enumerate(_WORD.finditer(text, pronoun.end, min(end, pronoun.end + 80))):
            if k >= limit:
                break
            word = match.group().lower()
            if word in personal:
                return True
            if possessive and k == 0 and personal_possession(word):
                return True  # his knee, her anger, his belief: a person's
        return False

    @staticmethod
    def _last_thing(
        pronoun: Pronoun, window: list[int], nonpersons: list[Sequence[Mention]]
    ) -> Mention | None:
        """The nearest non-person before the pronoun in its window (a bisection, not a scan)."""
        for j in window:  # the pronoun's sentence first, then backwards
            things = nonpersons[j]
            k = len(things)
            if j == pronoun.sentence:
                k = bisect.bisect_left(things, pronoun.start, key=lambda m: m.start)
            if k:
                return things[k - 1]
        return None

    def _compatible_here(self, pronoun: Pronoun, summary: _Summary) -> int:
        """Compatible people in the pronoun's sentence that it could stand for."""
        gender = pronoun.gender
        subject = self.found.subjects.get(pronoun.sentence)
        if pronoun.opens_clause and pronoun.case == SUBJECT:
            # The subject of its sentence stands for someone before it ("She, the
            # minister, said" names her at once).
            text = self.doc.analysis_text
            offset = pronoun.start
            if text[pronoun.end : pronoun.end + 2] == ", ":
                offset = pronoun.end + 3
            return summary.compatible_before(gender, offset)
        if subject is not None and subject.start < pronoun.start and not pronoun.opens_clause:
            # After its clause's subject a pronoun looks back: "The company presented
            # herself as a leader" cannot mean the leader.
            return summary.compatible_before(gender, pronoun.start)
        # Before it, a pronoun may look ahead: "When she arrived, the minister ...".
        compatible = summary.compatible(gender) + summary.quantifiers
        possessed = self.possessed.get(pronoun.start)
        # "Her director": the pronoun cannot stand for the noun it determines.
        if (
            possessed is not None
            and possessed.animate
            and not possessed.plural
            and (possessed.evidence not in GENDER_EVIDENCE or possessed.gender == gender)
        ):
            compatible -= 1
        return compatible

    @staticmethod
    def _animate(summary: _Summary) -> bool:
        return bool(summary.female + summary.male + summary.unknown + summary.plural)

    def _reporter(self, pronoun: Pronoun) -> Mention | None:
        """The mention right before the speech verb that the pronoun follows
        (``the central bank said she``, ``India has said that he``), if any."""
        mentions = self.found.mentions
        k = bisect.bisect_left(self.mention_starts, pronoun.start) - 1
        while k >= 0 and mentions[k].end > pronoun.start:
            k -= 1
        if k < 0:
            return None
        m = mentions[k]
        if m.sentence != pronoun.sentence or m.in_quote or m.modifier:
            return None
        gap = _REPORTING_GAP.fullmatch(self.doc.analysis_text, m.end, pronoun.start)
        if gap is None or gap.group(1).lower() not in self.speech_verbs:
            return None
        return m

    def _salient(self, pronoun: Pronoun, window: list[int]) -> Mention | None:
        """The non-person the pronoun most plausibly stands for, if the text makes it plain.

        A pronoun opening its sentence continues the previous sentence's subject; a
        pronoun after a speech verb (``the ministry said she``), a possessive or a reflexive
        refers to its own clause's subject.
        """
        subjects = self.found.subjects
        i = pronoun.sentence
        subject: Mention | None = None
        if pronoun.opens_clause:
            if len(window) > 1 and window[1] == i - 1:
                subject = subjects.get(i - 1) or self.flagged_subjects.get(i - 1)
        elif pronoun.after_relative:
            return None
        elif pronoun.after_speech_verb and (reporter := self._reporter(pronoun)) is not None:
            # "..., and the central bank said she": the speaker of the reporting clause.
            subject = reporter
        elif (
            pronoun.after_speech_verb
            or pronoun.after_conjunction
            or pronoun.case
            in (
                POSSESSIVE,
                REFLEXIVE,
                POSSESSIVE_OR_OBJECT,
            )
        ):
            subject = subjects.get(i) or self.flagged_subjects.get(i)
            if subject is not None and subject.start > pronoun.start:
                # "In his statement, the ministry said": a possessive in the opener looks
                # ahead to the subject after the comma.
                between = self.doc.analysis_text[pronoun.end : subject.start]
                if pronoun.case not in (POSSESSIVE, POSSESSIVE_OR_OBJECT) or "," not in between:
                    subject = None
        if subject is None or not subject.nonperson or subject.plural:
            return None
        if subject.kind == VESSEL and pronoun.gender == FEMALE:
            return None
        return subject


_CACHE: weakref.WeakKeyDictionary[Document, list[Verdict]] = weakref.WeakKeyDictionary()


# A word spelt like a gendered pronoun (she, He, her’s...), standing alone as words start
# and end: every pronoun of the mentions analysis is one, so a text without any has no
# pronoun to resolve, and its mentions need not be found.
_PRONOUN_WORD = re.compile(
    r"(?<![^\W\d_])(?:[Ss]he|[Hh](?:e|im|is|er|ers|imself|erself))(?![^\W\d_])"
)


def resolve(doc: Document) -> list[Verdict]:
    """Every gendered pronoun that a P rule reports, computed once per document."""
    verdicts = _CACHE.get(doc)
    if verdicts is None:
        has_pronoun = _PRONOUN_WORD.search(doc.analysis_text) is not None
        verdicts = _Resolver(doc).run() if has_pronoun else []
        _CACHE[doc] = verdicts
    return verdicts


def _describe(mention: Mention) -> str:
    text = " ".join(mention.text.split())
    first, _, rest = text.partition(" ")
    if rest and first in ("The", "A", "An", "This", "Its", "Their", "His", "Her", "Our"):
        text = f"{first.lower()} {rest}"
    for suffix in ("’s", "'s"):
        text = text.removesuffix(suffix)
    return text


@rule(
    "P101",
    "gendered-pronoun-for-nonperson",
    Severity.WARNING,
    category="Accuracy/Mistranslation",
    message="“{pronoun}” refers to {antecedent}, which is not a person: use “{suggestion}”",
    fixable=True,
)
def gendered_pronoun_for_nonperson(doc: Document) -> Iterator[Hit]:
    """A *she* or *he* whose antecedent is a country, city, organisation or institution.

    Languages with grammatical gender call a country, a government or a company *elle*,
    *sie*, *ella* or *il*; English calls them *it*. The antecedent is the subject of the
    sentence before (for a pronoun opening its sentence) or of the pronoun's own clause,
    with no person of that gender in the sentence or the two before. ``her`` becomes
    ``its`` before a noun and ``it`` otherwise; when that cannot be told, no fix is offered.

    The subject of the pronoun's own clause (``The company said she``) or the speaker just
    before its speech verb binds it even when people are mentioned further off, unless the
    predicate is a person's (*said he would retire*, *his knee*).

    Okay: Prime Minister Giorgia Meloni arrived in Rome. She said the talks went well.
    Okay: The ferry is old. There has been talk of replacing her.
    Okay: The club signed Marco Rossi in May. The club said he would retire in June.
    P101: Germany announced new tariffs on Monday. She wants to protect her steel industry.
    P101: The company said he would cut 500 jobs.
    """
    for verdict in resolve(doc):
        if verdict.code != "P101" or verdict.antecedent is None:
            continue
        pronoun = verdict.pronoun
        fix = None
        if verdict.certain and verdict.severity >= Severity.WARNING:
            fix = Fix(pronoun.start, pronoun.end, verdict.suggestion)
        yield Hit(
            pronoun.start,
            pronoun.end,
            detail={
                "pronoun": pronoun.text,
                "antecedent": _describe(verdict.antecedent),
                "suggestion": verdict.suggestion,
            },
            fix=fix,
            severity=verdict.severity,
        )


@rule(
    "P102",
    "pronoun-gender-mismatch",
    Severity.WARNING,
    category="Accuracy/Mistranslation",
    message="“{pronoun}” does not match {person}, referred to as {gender}, the only person "
    "in reach",
)
def pronoun_gender_mismatch(doc: Document) -> Iterator[Hit]:
    """A gendered pronoun that contradicts every person it could refer to.

    When the only people in the pronoun's sentence and the two before are stated to be of
    the other gender (by a title such as *Mr.* or a noun such as *mother*), the pronoun's
    gender was probably carried over from a source noun (French *la victime*, *la
    personne*) or guessed wrong. A person of unknown gender in reach silences the rule.

    The gender of a named person also comes from a given name (weaker: an info unless the
    pronoun continues that person as subject) or from the pronouns the text binds to the
    name. One person called *he* and then *herself* or *her knee* in one sentence is
    reported too.

    Okay: Mr. Kim met the press on Monday. He said the talks had failed.
    P102: Mr. Kim met the press on Monday. She said the talks had failed.
    P102: Hewitt reached the final. He said he had hurt her knee.
    """
    for verdict in resolve(doc):
        if verdict.code != "P102" or verdict.antecedent is None:
            continue
        pronoun = verdict.pronoun
        person = verdict.antecedent
        yield Hit(
            pronoun.start,
            pronoun.end,
            detail={
                "pronoun": pronoun.text,
                "person": _describe(person),
                # One person called "he" and "she" (Hewitt): the gender of the first pronoun.
                "gender": person.gender or (MALE if pronoun.gender == FEMALE else FEMALE),
            },
            severity=verdict.severity,
        )


@rule(
    "P103",
    "pronoun-without-person",
    Severity.WARNING,
    category="Accuracy/Mistranslation",
    message="“{pronoun}” has no person it could refer to in the text",
)
def pronoun_without_person(doc: Document) -> Iterator[Hit]:
    """A gendered pronoun in a text that mentions no person before it.

    When nothing before the pronoun (nor later in its sentence or in the next one) could be
    a person or an animal, *she* or *he* most likely stands for a thing named with a
    gendered noun in the source. With no thing in reach either, it is only an info; texts
    written in the first or second person (a letter, a chat) are left alone, since their
    *he* may be someone both sides know.

    Okay: The engineer checked the valve. He said it was safe.
    P103: The valve failed on Monday. The report says he was replaced in 2019.
    """
    for verdict in resolve(doc):
        if verdict.code != "P103":
            continue
        pronoun = verdict.pronoun
        yield Hit(
            pronoun.start,
            pronoun.end,
            detail={"pronoun": pronoun.text},
            severity=verdict.severity,
        )
