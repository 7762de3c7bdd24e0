"""Resolution of every gendered pronoun for the P rules: one pass in text order over the
pronouns of :mod:`checker.analysis.mentions`, with the summaries of
:mod:`checker.rules.pronoun_reach`. See :mod:`checker.rules.pronouns` for the order in
which bindings, reach and topics decide."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import TypeGuard

from checker.analysis import gazetteers as gz
from checker.analysis.entities import given_name_gender, personal_possession
from checker.analysis.mentions import (
    ANIMAL,
    COUNTRY,
    FEMALE,
    MALE,
    NAME,
    PERSON,
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
from checker.rules.pronoun_reach import (
    _NO_ONE,
    _NO_PRONOUNS,
    _REPORTING_GAP,
    _WORD,
    GENDER_EVIDENCE,
    STRONG_EVIDENCE,
    Verdict,
    _append,
    _guessed_type,
    _named_last,
    _suggestion,
    _summaries,
    _Summary,
)
from checker.text.neighbours import word_after
from checker.thresholds.pronoun import FAR_REACH, TOPIC_REACH, WINDOW
from checker.types import Severity
from checker.words import reporting_verbs

# Between a speaker and the pronoun its speech verb reports: an optional relative clause,
# an optional auxiliary or adverb, the verb and at most one word (told reporters), "that".
_SPEAKER_GAP = re.compile(
    r"(?:, (?:who|whose) [^,;:.!?“”\"]{1,80},)?"
    r" (?:(?:has|had|have|also|then|now|later|earlier|again) )?[a-z]+(?: [a-z]+)?(?: that)? "
)


def _stated_against(
    person: Mention | None, gender: str, evidence: frozenset[str]
) -> TypeGuard[Mention]:
    """``person`` is one animate being outside quotations, stated by ``evidence`` to be of
    the gender other than ``gender``: the subject or speaker a pronoun of ``gender``
    contradicts."""
    return (
        person is not None
        and person.animate
        and not person.plural
        and not person.in_quote
        and person.gender not in (None, gender)
        and person.evidence in evidence
    )


def _continues_the_sentence_before(pronoun: Pronoun, window: list[int]) -> bool:
    """A subject pronoun outside quotations opening its clause, whose window holds the
    sentence right before its own: the pronoun may continue that sentence's subject."""
    return (
        pronoun.case == SUBJECT
        and pronoun.opens_clause
        and not pronoun.in_quote
        and len(window) >= 2
        and window[1] == pronoun.sentence - 1
    )


# Words before a name that place it, time it or own it, rather than make it someone a
# person deals with (:meth:`_Resolver._met`).
_NOT_MET = frozenset(
    [
        "in",
        "at",
        "on",
        "from",
        "over",
        "of",
        "for",
        "into",
        "during",
        "near",
        "across",
        "after",
        "before",
        "since",
        "until",
        "under",
        "throughout",
        "via",
        "per",
        "a",
        "an",
    ]
)


class _Resolver:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.found: Mentions = doc.mentions
        self.sentences = len(doc.sentences)
        self.flagged_subjects: dict[int, Mention] = {}
        self.vessel_sentences: set[int] = set()
        self.topic_sentence = -1  # where the person the text was last about was named
        self.mention_starts: list[int] | None = None  # made for the first reported pronoun
        self.speech_verbs = reporting_verbs()
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
        if person is None:
            person = self._contradicted_speaker(pronoun, window, kept)
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
            if person is None:
                person = self._against_the_text(pronoun, window, summaries, kept)
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
                # A given name alone is a guess (Jean, Andrea), unless the full name is
                # the text's only person so far: no one else could be meant.
                weak = person.evidence == "given-name" and not self._sole_person(
                    person, discourse_start, i
                )
                return Verdict("P102", pronoun, Severity.INFO if weak else Severity.WARNING, person)
        return None

    def _sole_person(self, person: Mention, start: int, i: int) -> bool:
        """``person`` is named in full (given name and surname) and every singular animate
        mention before sentence ``i`` in the discourse is that person, a title or role
        noun in apposition to the name, or a mention of the same name."""
        if person.name_start < 0 or " " not in person.text_of_name or i - start > 40:
            return False  # (a long text: someone else was surely named; stays linear)
        surname = person.text_of_name.rpartition(" ")[2]
        for j in range(start, i):
            for m in self.speakers[j]:
                if m.plural or m is person or m.head in QUANTIFIERS:
                    continue
                if m.name_start >= 0:
                    if m.text_of_name.rpartition(" ")[2] != surname:
                        return False
                elif not (m.sentence == person.sentence and m.gender in (None, person.gender)):
                    return False
        return True

    def _judge_quoted(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> Verdict | None:
        """A pronoun of a quoted clause that opens with a non-person (``“The company has
        doubled his profits,”``), when no one of that gender is in the sentence before it
        or in the sentence before.

        A speaker may personify a nation (``“France opened her doors,” he said``): for a
        country the finding is only worth a look (info)."""
        gender = pronoun.gender
        i = pronoun.sentence
        compatible = summaries[i].compatible_before(gender, pronoun.start) + kept[i].get(gender, 0)
        compatible += sum(
            summaries[j].compatible(gender) + kept[j].get(gender, 0) for j in window[1:2]
        )
        if compatible:
            return None
        suggestion, certain = _suggestion(pronoun, self.doc.analysis_text)
        subject = pronoun.quote_subject
        severity = Severity.INFO if subject.kind == COUNTRY else Severity.WARNING
        return Verdict("P101", pronoun, severity, subject, suggestion, certain)

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
        paragraph_of = self.found.paragraph_of_sentence
        if (
            i > 0
            and paragraph_of[i - 1] != paragraph_of[i]
            and self._opens_paragraph(pronoun, antecedent)
        ):
            # "France has activated her national plan" opening a paragraph: the subject
            # it opens with, not the people of the paragraph before.
            return not self._personal_predicate(pronoun)
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

    def _opens_paragraph(self, pronoun: Pronoun, antecedent: Mention) -> bool:
        """The antecedent opens the pronoun's sentence as a plain subject (``France``,
        ``The Netherlands``, ``The ministry``; not ``The 31-year-old former France ...``
        nor ``Matt Holland``), and the pronoun is in its clause (no quotation between, a
        comma only before *and*)."""
        if not antecedent.subject or antecedent.ambiguous:
            return False
        if antecedent.start != self.found.sentence_starts[pronoun.sentence]:
            return False
        words = antecedent.text.split()
        if words[0] in ("The", "the"):
            words = words[1:]
        if not words or len(words) > 3:
            return False
        capitalised = all(w[:1].isupper() for w in words)
        if not capitalised and (antecedent.name_start >= 0 or len(words) > 2):
            return False
        if capitalised and len(words) > 1 and given_name_gender(words[0]) is not None:
            return False  # Matt Holland: a person whose surname is a place
        between = self.doc.analysis_text[antecedent.end : pronoun.start]
        if any(mark in between for mark in '"“”«»'):
            return False
        if between.endswith(" of ") or any(w in between for w in (" was ", " were ", " been ")):
            return False  # "Spain was criticised for the slowness of her reforms": hers?
        return "," not in between or pronoun.after_conjunction

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
        after = word_after(self.doc.analysis_text, pronoun.end, " ")
        return after is not None and personal_possession(after.group(1).lower())

    def _contradicted_subject(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> Mention | None:
        """The person of the other gender whom a sentence-opening subject pronoun continues.

        ``Lund has broken his wrist. She only returned ...``: the sentence before has
        that person as its subject, stated to be of the other gender (a title, a noun, a
        given name, the pronouns bound to the name), and no one who fits the pronoun; two
        sentences back, nobody stated to be of the pronoun's gender, no subject who may be,
        no pronoun of that gender. Unnamed passers-by further back do not excuse it.
        """
        gender = pronoun.gender
        i = pronoun.sentence
        if not _continues_the_sentence_before(pronoun, window):
            return None
        subject = self.found.subjects.get(i - 1)
        if not _stated_against(subject, gender, GENDER_EVIDENCE):
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

    def _against_the_text(
        self,
        pronoun: Pronoun,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
    ) -> Mention | None:
        """A sentence-opening subject pronoun of a gender the text has never used, while
        it is about someone of the other gender.

        ``Meyer ... He hurt the bone during Kolbe's win over Varnsdorf. She will
        undergo surgery``: the text has called no one *she* before and states no one
        to be a woman in reach (nor in the next sentence), it has called someone *he* twice
        (once, with a man in reach stated to be one), and the sentence before continues him
        (a *he* or a man stated to be one). Capitalised names of unknown kind (*Kolbe*,
        *Varnsdorf*) are no evidence of a person and do not excuse the pronoun; a role noun
        or a named person of unknown gender in the pronoun's sentence or the one before
        does (*The coach was sacked. She ...*). The person returned is the last man
        (woman) named in reach or, failing that, earlier in the text.
        """
        gender = pronoun.gender
        other = MALE if gender == FEMALE else FEMALE
        i = pronoun.sentence
        if pronoun.speech_tag or not _continues_the_sentence_before(pronoun, window):
            return None
        if self.kept_total[gender]:
            return None
        start = self.discourse[i]
        told = self.kept_total[other]
        if told == 0:
            # No pronoun so far: the sentence before names someone by a title or a noun.
            if not any(
                m.evidence in STRONG_EVIDENCE and m.gender == other
                for m in summaries[i - 1].contrary or ()
            ):
                return None
        elif told < 2 and not any(
            m.evidence in GENDER_EVIDENCE and m.gender == other
            for j in window
            for m in summaries[j].contrary or ()
        ):
            return None  # one pronoun so far, and no one in reach stated to be of that gender
        if not (kept[i - 1].get(other, 0) or summaries[i - 1].gendered(other)):
            return None  # the sentence before is not about someone of the other gender
        nearby = window[:]
        if i + 1 < len(summaries) and (not self.doc.segments or self.discourse[i + 1] == start):
            nearby.append(i + 1)
        for j in nearby:
            for m in self.speakers[j]:
                if m.plural or (j == i and m.start > pronoun.start and m.gender != gender):
                    continue
                # (a gender this very pronoun gave is none)
                stated = m.gender if m.evidence_at < 0 or m.evidence_at < pronoun.start else None
                if stated == gender:
                    return None  # someone of its gender
                if stated is None:
                    if m.kind in (PERSON, ANIMAL) and j >= i - 1:
                        return None  # a role noun or a person of unknown gender
                    if m.kind == NAME and self._met(m):
                        return None  # "He married Varga. She ...": someone he deals with
        for j in range(i - 1, max(start, i - 1 - 4 * FAR_REACH) - 1, -1):
            if j in self.found.heading_sentences:
                return None
            people = [m for m in summaries[j].contrary or () if m.gender == other]
            if people:
                return _named_last(people)
        if told >= 2:
            # Called "he" throughout, named without a title (a conductor, a sprinter):
            # the subject the sentence before or the one before that is about.
            for j in window[1:]:
                subject = self.found.subjects.get(j)
                if subject is not None and subject.animate and not subject.plural:
                    return subject
        return None

    def _met(self, mention: Mention) -> bool:
        """A name of unknown kind in a place a person the text is about deals with: the
        object of a verb (*married Varga*), after *to*, *with*, *against*, *and*; not
        after a preposition of place or time (*during Kolbe's win over Varnsdorf*)."""
        words = self.doc.analysis_text[max(0, mention.start - 16) : mention.start].split()
        if not words:
            return False
        before = words[-1].lower()
        if before == "the" and len(words) > 1:
            before = words[-2].lower()
        if before in _NOT_MET:
            return False
        return (before.isalpha() and before.islower()) or before in ("to", "with")

    def _contradicted_speaker(
        self, pronoun: Pronoun, window: list[int], kept: list[Mapping[str, int]]
    ) -> Mention | None:
        """``Mr. Bianchi, who had been sent off, said she would appeal``: the
        speaker of the pronoun's own clause, stated to be of the other gender by a title,
        a noun or a titled mention of the name, reports about himself unless someone else
        who may be meant is near. Nobody of the pronoun's gender (nor a pronoun of it) in
        reach, and no one of unknown gender in its sentence before it or in the sentence
        before, other than mentions of the speaker's own name (a role noun in apposition
        to it takes its gender)."""
        gender = pronoun.gender
        i = pronoun.sentence
        if pronoun.case != SUBJECT or not pronoun.after_speech_verb or pronoun.in_quote:
            return None
        speaker = self.found.subjects.get(i)
        if not _stated_against(speaker, gender, STRONG_EVIDENCE) or speaker.start > pronoun.start:
            return None
        if not _SPEAKER_GAP.fullmatch(self.doc.analysis_text, speaker.end, pronoun.start):
            return None  # the speaker is not the one right before the verb
        surname = speaker.text_of_name.rpartition(" ")[2] if speaker.name_start >= 0 else None
        for j in window:
            if kept[j].get(gender, 0):
                return None
            for m in self.speakers[j]:
                if m is speaker or m.plural or (j == i and m.start > pronoun.start):
                    continue
                if m.gender == gender and m.evidence_at != pronoun.start:
                    return None  # a woman (man) in reach
                if m.gender is None and j >= i - 1 and m.kind in (PERSON, NAME, ANIMAL):
                    if m.name_start >= 0 and m.text_of_name.rpartition(" ")[2] == surname:
                        continue  # the speaker named again
                    return None  # someone of unknown gender near
        return speaker

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
        if self.mention_starts is None:
            self.mention_starts = [m.start for m in mentions]
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
