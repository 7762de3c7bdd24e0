"""Resolution of every gendered pronoun for the P rules: one pass in text order over the
pronouns of :mod:`checker.analysis.mentions`, with the summaries of
:mod:`checker.rules.pronoun_reach`. See :mod:`checker.rules.pronouns` for the order in
which bindings, reach and topics decide."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Mapping, Sequence

from checker.analysis.entities import wordnet_organisation
from checker.analysis.mentions import (
    ANIMATE_KINDS,
    COUNTRY,
    FEMALE,
    MALE,
    NAME,
    NONPERSON_KINDS,
    PLACE,
    SUBJECT,
    VESSEL,
    Mention,
    Mentions,
    Pronoun,
)
from checker.document import Document
from checker.rules.pronoun_bindings import (
    RelativeSpeaker,
    epithets,
    squad_number,
)
from checker.rules.pronoun_contrary import _Contrary
from checker.rules.pronoun_possession import institution_of, possesses_institution
from checker.rules.pronoun_predicates import nonperson_predicate
from checker.rules.pronoun_reach import (
    _NO_ONE,
    _NO_PRONOUNS,
    GENDER_EVIDENCE,
    Judgement,
    Reach,
    Verdict,
    _append,
    _guessed_type,
    _suggestion,
    _summaries,
    _Summary,
)
from checker.rules.pronoun_salience import Salience
from checker.rules.pronoun_syntax import _Bindings
from checker.thresholds.pronoun import SALIENCE_MARGIN, TOPIC_REACH, WINDOW
from checker.types import Severity
from checker.words import inverted_reporting_verbs, reporting_verbs

_START = operator.attrgetter("start")


def _animate_before(summaries: list[_Summary], plural: bool = True) -> list[int]:
    """Prefix sums of the animate mentions (singular ones only, without ``plural``) of the
    sentences before each sentence."""
    animate_before = [0] * (len(summaries) + 1)
    for i, summary in enumerate(summaries):
        animate_before[i + 1] = animate_before[i] + (
            summary.female + summary.male + summary.unknown + (summary.plural if plural else 0)
        )
    return animate_before


class _Resolver(_Bindings, _Contrary):
    """One pass over the pronouns of a document (see the module's docstring)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.found: Mentions = doc.mentions
        self.sentences = len(doc.sentences)
        self.flagged_subjects: dict[int, Mention] = {}
        # Per sentence, the genders of its subject pronouns reported for a non-person, and
        # that non-person: "The firm said she would appeal. She has ..." goes on about it.
        self.flagged_pronouns: dict[int, dict[str, Mention]] = {}
        self.vessel_sentences: set[int] = set()
        self.topic_sentence = -1  # where the person the text was last about was named
        self.speech_verbs = reporting_verbs()
        # Speech verbs that take no person as object: "said his union" opens a clause.
        self.clause_verbs = inverted_reporting_verbs()
        # Mentions whose span opens with a possessive pronoun: "his parents", "her director".
        self.possessed = {m.start: m for m in self.found.mentions}
        # Subjects naming the firm the sentence before is about: "The German giant".
        self.epithets = epithets(self.found) if self.found.subjects else frozenset()
        # Pronouns reported by their clause's subject across its relative clause.
        self.relative: dict[int, RelativeSpeaker] = {}
        self.trailing: dict[int, Mention] = {}  # pronoun start: the speaker of a closing tag
        # Per sentence, the pronouns not reported (they stand for some person), in order.
        self.kept_pronouns: dict[int, list[Pronoun]] = {}
        # Per pronoun start: the info on a predicate no person has, if nothing else is said.
        self.predicate_info: dict[int, Verdict] = {}

    def run(self) -> list[Verdict]:
        found = self.found
        count = self.sentences
        if not found.pronouns or not count:
            return []
        summaries = _summaries(found, count, self.doc.analysis_text, self.epithets)
        headings = found.heading_sentences
        verdicts: list[Verdict] = []
        # Pronouns not reported, per sentence and gender (they stand for some person).
        kept: list[Mapping[str, int]] = [_NO_PRONOUNS] * count
        self.nonpersons = self._index_mentions(count)
        self.salience = Salience(found, self.doc.analysis_text, self.speakers, self.kept_pronouns)
        # Running evidence earlier than the window: per paragraph and per section.
        self.animate_before = _animate_before(summaries)
        # Singular people only: a crowd (3,000 people) is no one a "she" may stand for.
        self.singular_before = _animate_before(summaries, plural=False)
        discourse = self.discourse = self._discourse_starts(count)
        self._count_fitting(summaries, count)
        # The people the section was last about, before each window: (female, male, unknown).
        last_topic: tuple[bool, bool, bool] | None = None
        topic_sentence = -1
        paragraph_of = found.paragraph_of_sentence
        section_done = 0
        for pronoun in found.pronouns:
            i = pronoun.sentence
            window = self._window(i, headings, discourse)
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

            verdict = self._verdict(pronoun, window, recent_topic, summaries, kept)
            self._record(pronoun, verdict, verdicts, kept)
        return verdicts

    def _verdict(
        self,
        pronoun: Pronoun,
        window: list[int],
        recent_topic: tuple[bool, bool, bool] | None,
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> Verdict | None:
        """The verdict on one pronoun: as the subject of a quotation, as a speaker, or by
        the people in its window (None for a pronoun no rule judges)."""
        i = pronoun.sentence
        headings = self.found.heading_sentences
        if pronoun.quote_subject is not None and i not in headings:
            return self._judge_quoted(pronoun, window, summaries, kept)
        if pronoun.speech_tag and not (pronoun.in_quote or pronoun.generic):
            return self._judge_speaker(pronoun, window, kept)
        if pronoun.in_quote or pronoun.generic or i in headings:
            return None
        verdict = self._judge(
            pronoun,
            window,
            summaries,
            kept,
            self.nonpersons,
            self.animate_before,
            self.discourse[i],
            self._continues_topic(pronoun, recent_topic),
        )
        if verdict is None:
            # What no person can be (``she was ratified``), for a non-person WordNet alone
            # types: an info (see _judge).
            return self.predicate_info.pop(pronoun.start, None)
        return verdict

    @staticmethod
    def _window(i: int, headings: frozenset[int], discourse: list[int]) -> list[int]:
        """The pronoun's sentence and the :data:`WINDOW` before it, never across a
        heading or the start of its discourse."""
        window = [i]
        for j in range(i - 1, max(-1, i - 1 - WINDOW), -1):
            if j in headings or j < discourse[i]:
                break
            window.append(j)
        return window

    def _record(
        self,
        pronoun: Pronoun,
        verdict: Verdict | None,
        verdicts: list[Verdict],
        kept: list[Mapping[str, int]],
    ) -> None:
        """Keep the verdict; a pronoun not reported stands for some person (``kept``), and
        so does one reported for its possessed noun alone: the judgements of the others stay
        what they were without it."""
        i = pronoun.sentence
        if verdict is not None:
            verdicts.append(verdict)
        if verdict is not None and verdict.by_possession:
            verdict = None  # judged by its noun alone: for the others, a pronoun kept
        if verdict is not None:
            if (
                verdict.kind is Judgement.NON_PERSON
                and verdict.severity >= Severity.WARNING
                and pronoun.opens_clause
                and verdict.antecedent is not None
            ):
                # "She has never ... her ...", "She ... She also ...": the same thing.
                self.flagged_subjects[i] = verdict.antecedent
            if (
                verdict.kind is Judgement.NON_PERSON
                and verdict.severity >= Severity.WARNING
                and pronoun.case == SUBJECT
                and verdict.antecedent is not None
            ):
                self.flagged_pronouns.setdefault(i, {})[pronoun.gender] = verdict.antecedent
        if verdict is None or verdict.severity < Severity.WARNING:
            counts = kept[i]
            if counts is _NO_PRONOUNS:
                counts = kept[i] = {}
            counts[pronoun.gender] = counts.get(pronoun.gender, 0) + 1  # type: ignore[index]
            self.kept_total[pronoun.gender] += 1
            self.kept_pronouns.setdefault(i, []).append(pronoun)

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
            kind = m.kind  # (the properties animate and nonperson, inlined: a hot loop)
            if self.epithets and m.start in self.epithets:
                _append(nonpersons, m.sentence, m)
            elif kind in ANIMATE_KINDS or (m.ambiguous and not m.plural):
                _append(speakers, m.sentence, m)
            elif kind in NONPERSON_KINDS and not (m.ambiguous or m.plural or m.modifier):
                _append(nonpersons, m.sentence, m)
                if m.kind == VESSEL:
                    self.vessel_sentences.add(m.sentence)
        return nonpersons

    def _count_fitting(self, summaries: list[_Summary], count: int) -> None:
        """People who fit each gender in the sentences before each sentence (prefix
        sums), and the pronouns of each gender kept so far (counted as they are kept)."""
        female_before = [0] * (count + 1)
        male_before = [0] * (count + 1)
        women_before = [0] * (count + 1)
        men_before = [0] * (count + 1)
        female = male = women = men = 0
        for i, summary in enumerate(summaries):
            if summary is not _NO_ONE:
                female += summary.unknown + summary.female
                male += summary.unknown + summary.male
                women += summary.female
                men += summary.male
            female_before[i + 1] = female
            male_before[i + 1] = male
            women_before[i + 1] = women
            men_before[i + 1] = men
        self.compatible_before = {FEMALE: female_before, MALE: male_before}
        # People stated to be of each gender (any evidence) before each sentence.
        self.gendered_before = {FEMALE: women_before, MALE: men_before}
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
        here, near, far, far_prominent = self._reach(pronoun, window, summaries, kept)
        reach = Reach(window, summaries, kept)
        if gender == FEMALE and any(j in self.vessel_sentences for j in window):
            return None  # a ship is "she"
        person = self._called_both(pronoun, reach)
        if person is None:
            person = self._contradicted_speaker(pronoun, window, kept)
        if person is not None:
            return Verdict(Judgement.WRONG_GENDER, pronoun, Severity.WARNING, person)
        antecedent = self._salient(pronoun, window)
        # "France will see her GDP grow", "The treaty ... She was ratified": whoever is near
        bound = self._institution(pronoun, antecedent, kept[i]) or self._by_predicate(
            pronoun, antecedent
        )
        if bound is not None:
            return bound
        if antecedent is not None and here + near + far and self._subordinate(pronoun):
            antecedent = None  # "The club will wait until she is back": anyone in reach
        # A woman (man) the text was about just before the window may still be meant.
        downgraded = topic_fits
        if antecedent is not None:
            downgraded, far_prominent = self._within_paragraph(
                pronoun, window, summaries, kept, downgraded, far_prominent
            )
        if antecedent is not None and not pronoun.speech_tag:
            if self._bound(pronoun, antecedent, reach) or self._continues_thing(
                pronoun, antecedent, window, summaries, kept, downgraded
            ):
                # Syntax binds the pronoun to the non-person (its clause's subject, or the
                # subject it continues): people further off, or not the topic, do not
                # count, nor the person the text was about before.
                suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
                return Verdict(
                    Judgement.NON_PERSON, pronoun, Severity.WARNING, antecedent, suggestion, certain
                )
            if not here + near + far_prominent:
                suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
                guessed = self._guess(pronoun, antecedent, window, discourse_start)
                severity = Severity.INFO if downgraded or guessed else Severity.WARNING
                return Verdict(
                    Judgement.NON_PERSON, pronoun, severity, antecedent, suggestion, certain
                )
        if here + near + far_prominent:
            return self._with_people(pronoun, reach, antecedent, downgraded)
        candidate = self._last_thing(pronoun, window, nonpersons)
        if self._nobody(pronoun, summaries, kept, animate_before, discourse_start, candidate):
            return Verdict(
                Judgement.UNRESOLVED, pronoun, Severity.WARNING if candidate else Severity.INFO
            )
        verdict = self._judge_contrary(pronoun, window, summaries, bool(far), downgraded)
        if verdict is not None:
            return verdict
        return self._judge_unattended(
            pronoun, window, summaries, candidate, downgraded, discourse_start
        )

    def _with_people(
        self, pronoun: Pronoun, reach: Reach, antecedent: Mention | None, downgraded: bool
    ) -> Verdict | None:
        """People who fit are in reach: a P102 when the text contradicts them, else the
        non-person syntax points at when it outweighs them (:meth:`_by_salience`)."""
        person = self._contradicted_subject(pronoun, reach)
        if person is None:
            person = self._against_the_text(pronoun, reach)
        if person is not None:
            return Verdict(Judgement.WRONG_GENDER, pronoun, Severity.WARNING, person)
        if antecedent is not None and not pronoun.speech_tag:
            return self._by_salience(pronoun, antecedent, reach.window, downgraded)
        return None

    def _by_salience(
        self, pronoun: Pronoun, antecedent: Mention, window: list[int], downgraded: bool
    ) -> Verdict | None:
        """The non-person the syntax points at, when it outweighs every person in reach
        who fits by :data:`SALIENCE_MARGIN` (:mod:`checker.rules.pronoun_salience`) and no
        such person is the center: a warning, or an info for a type WordNet alone gives
        or when a person the text was about just before the window fits."""
        if antecedent.kind == PLACE or self.unbindable(pronoun, antecedent):
            return None  # a name typed a place by its preposition alone; "won over by his"
        ranking = self.salience.rank(pronoun, antecedent, window)
        if (
            ranking.person_holds
            or ranking.margin < SALIENCE_MARGIN
            or self.personal_predicate(pronoun)
        ):
            return None
        # A thing WordNet alone types is a guess, unless the pronoun continues it.
        guessed = _guessed_type(antecedent) and not self._continues_subject(pronoun, antecedent)
        severity = Severity.INFO if downgraded or guessed else Severity.WARNING
        suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
        return Verdict(Judgement.NON_PERSON, pronoun, severity, antecedent, suggestion, certain)

    def _guess(
        self, pronoun: Pronoun, antecedent: Mention, window: list[int], discourse_start: int
    ) -> bool:
        """A type WordNet alone gives is a guess, unless no one at all precedes or the
        pronoun continues it ahead of everyone (:meth:`_continued_thing_outranks`)."""
        i = pronoun.sentence
        return (
            _guessed_type(antecedent)
            and self.singular_before[i + 1] != self.singular_before[discourse_start]
            and not self._continued_thing_outranks(pronoun, antecedent, window)
        )

    def _continued_thing_outranks(
        self, pronoun: Pronoun, antecedent: Mention, window: list[int]
    ) -> bool:
        """A thing WordNet alone types (``The exhibition shows 140 works. She will stay
        open``) that the pronoun opening its sentence continues as the subject before, and
        that outweighs every person who fits by the salience margin, no such person being
        the center (:mod:`checker.rules.pronoun_salience`): a binding, not a guess."""
        if not self._continues_subject(pronoun, antecedent) or self.unbindable(pronoun, antecedent):
            return False
        ranking = self.salience.rank(pronoun, antecedent, window)
        return not ranking.person_holds and ranking.margin >= SALIENCE_MARGIN

    def _continues_subject(self, pronoun: Pronoun, antecedent: Mention) -> bool:
        """The pronoun opens its sentence (outside quotations) and ``antecedent`` is the
        subject of the sentence before, with a predicate a thing may have."""
        return (
            pronoun.opens_clause
            and not pronoun.in_quote
            and not antecedent.in_quote
            and antecedent.sentence == pronoun.sentence - 1
            and antecedent is self.found.subjects.get(antecedent.sentence)
            and not self.personal_predicate(pronoun)
            and not (self._speaks(pronoun) and not _organisation(antecedent))
        )

    def _speaks(self, pronoun: Pronoun) -> bool:
        """A reporting verb in the two words after the pronoun (``She said``, ``He has
        warned``): a speaker, whom a thing typed by WordNet alone is not."""
        text = self.doc.analysis_text
        words = text[pronoun.end : pronoun.end + 30].split()[:2]
        return any(w.strip(",.;:").lower() in self.speech_verbs for w in words)

    def _by_predicate(self, pronoun: Pronoun, antecedent: Mention | None) -> Verdict | None:
        """A subject pronoun whose predicate no person can have (``She was ratified``:
        :mod:`checker.rules.pronoun_predicates`) stands for the non-person syntax names,
        whoever is near: a warning; for a type WordNet alone gives, an info kept in
        ``predicate_info`` for when nothing else is said of the pronoun."""
        if antecedent is None:
            return None
        starts = self.found.sentence_starts
        i = pronoun.sentence
        end = starts[i + 1] if i + 1 < len(starts) else len(self.doc.analysis_text)
        if not nonperson_predicate(self.doc.analysis_text, pronoun, end):
            return None
        suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
        if _guessed_type(antecedent):  # an info, unless the rest of _judge says more
            self.predicate_info[pronoun.start] = Verdict(
                Judgement.NON_PERSON, pronoun, Severity.INFO, antecedent, suggestion, certain
            )
            return None
        return Verdict(
            Judgement.NON_PERSON, pronoun, Severity.WARNING, antecedent, suggestion, certain
        )

    def _institution(
        self, pronoun: Pronoun, antecedent: Mention | None, kept: Mapping[str, int]
    ) -> Verdict | None:
        """The verdict on a possessive bound to a non-person by what it possesses (``her
        GDP``, ``his subsidiaries``: see :mod:`checker.rules.pronoun_possession`)."""
        if not possesses_institution(self.doc.analysis_text, pronoun):
            return None
        institution = institution_of(
            self.doc.analysis_text, self.found, self.nonpersons, pronoun, antecedent, kept
        )
        if institution is None:
            return None
        suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
        # A type WordNet alone gives, or a name typed by this noun alone, is a guess.
        guessed = _guessed_type(institution) or institution.kind == NAME
        severity = Severity.INFO if guessed else Severity.WARNING
        return Verdict(
            Judgement.NON_PERSON, pronoun, severity, institution, suggestion, certain, True
        )

    def _reach(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> tuple[int, int, int, int]:
        """Compatible people (and kept pronouns of the pronoun's gender): in its own
        sentence, in the one before, two sentences back, and those of them there a reader
        would take up again (a passing "any prisoner" is not)."""
        gender = pronoun.gender
        i = pronoun.sentence
        here = self._compatible_here(pronoun, summaries[i]) + kept[i].get(gender, 0)
        near = sum(summaries[j].compatible(gender) + kept[j].get(gender, 0) for j in window[1:2])
        far = sum(summaries[j].compatible(gender) + kept[j].get(gender, 0) for j in window[2:])
        far_prominent = sum(
            summaries[j].prominent(gender) + kept[j].get(gender, 0) for j in window[2:]
        )
        return here, near, far, far_prominent

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
                    if m is not None
                    and m.nonperson
                    and not m.plural
                    and not squad_number(self.doc.analysis_text, m)
                ),
                None,
            )
            if topic is not None and not (topic.kind == VESSEL and gender == FEMALE):
                suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
                severity = Severity.INFO if _guessed_type(topic) else Severity.WARNING
                return Verdict(Judgement.NON_PERSON, pronoun, severity, topic, suggestion, certain)
            verdict = self._far_contrary(pronoun, window, summaries, discourse_start)
            if verdict is not None:
                return verdict
            suggestion, _ = _suggestion(pronoun, self.doc.analysis_text)
            return Verdict(
                Judgement.NON_PERSON, pronoun, Severity.INFO, candidate, suggestion, False
            )
        return self._far_contrary(pronoun, window, summaries, discourse_start)

    def _judge_quoted(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> Verdict | None:
        """A pronoun of a quoted clause that opens with a non-person (``“The company has
        doubled his profits,”``), when no one of that gender is in the sentence before it
        or in the sentence before; for a subject after *and*, *but*, no one in the whole
        window, its whole sentence or a later pronoun of the sentence (``her lawyer said``).

        A speaker may personify a nation (``“France opened her doors,” he said``): for a
        country the finding is only worth a look (info)."""
        gender = pronoun.gender
        i = pronoun.sentence
        compatible = summaries[i].compatible_before(gender, pronoun.start) + kept[i].get(gender, 0)
        compatible += sum(
            summaries[j].compatible(gender) + kept[j].get(gender, 0) for j in window[1:2]
        )
        if pronoun.case == SUBJECT and not pronoun.after_speech_verb:
            # "“The court has ruled, and she must now decide,” her lawyer said": a new
            # clause's subject may be anyone in the window, or named in the speech tag.
            compatible += summaries[i].compatible(gender) + sum(
                summaries[j].compatible(gender) + kept[j].get(gender, 0) for j in window[2:]
            )
            compatible += any(
                p.sentence == i and p.gender == gender and p.start > pronoun.start
                for p in self.found.pronouns[self._pronoun_index(pronoun) + 1 :][:8]
            )
        if compatible:
            return None
        suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
        subject = pronoun.quote_subject
        severity = Severity.INFO if subject.kind == COUNTRY else Severity.WARNING
        return Verdict(Judgement.NON_PERSON, pronoun, severity, subject, suggestion, certain)

    def _pronoun_index(self, pronoun: Pronoun) -> int:
        """The pronoun's index in the document's pronouns (a bisection)."""
        return bisect.bisect_left(self.found.pronouns, pronoun.start, key=_START)

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
        if self._after_opener(pronoun):
            # The main clause's subject after an opener ("In 2015, he said that his
            # husband"): it cannot stand for anyone named later in its clause.
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


def _organisation(mention: Mention) -> bool:
    """A body WordNet types (*directorate*, *tribunal*): it may speak, unlike a thing
    (*drawing*, *report*)."""
    return bool(mention.head) and wordnet_organisation(mention.head.lower())
