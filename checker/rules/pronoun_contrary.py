"""The P102 side of pronoun resolution: a gendered pronoun that contradicts every person
it could stand for (a speaker, the subject it continues, the person the text is about, one
person called *he* and *she*). A mixin of :class:`checker.rules.pronoun_resolution._Resolver`,
which owns the state it reads (see there)."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Mapping, Sequence
from typing import TypeGuard

from checker.analysis.entities import personal_possession
from checker.analysis.mention_base import (
    ANIMAL,
    FEMALE,
    MALE,
    NAME,
    OBJECT,
    PERSON,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    POSSIBLE,
    REFLEXIVE,
    SUBJECT,
    Mention,
    Mentions,
    Pronoun,
)
from checker.analysis.mention_words import QUANTIFIERS
from checker.document import Document
from checker.patterns import lazy
from checker.rules.pronoun_bindings import _ROLE_NAME
from checker.rules.pronoun_reach import (
    GENDER_EVIDENCE,
    STRONG_EVIDENCE,
    Judgement,
    Reach,
    Verdict,
    _named_last,
    _Summary,
)
from checker.text.neighbours import word_after
from checker.thresholds.pronoun import FAR_REACH
from checker.types import Severity

# Between a speaker and the pronoun its speech verb reports: an optional complement of the
# speaker's noun (A deputy of the opposition party), up to two appositions or relative
# clauses between commas (, Marek Lis,  , who had been sent off,), an optional auxiliary or
# adverb, the verb and at most one word (told reporters), "that".
_VERB_TO_PRONOUN = (
    r" (?:(?:has|had|have|also|then|now|later|earlier|again) )?"
    r"(?P<verb>[a-z]+)(?P<object> (?!that )[a-z]+)?(?P<that> that)? "
)
# A first predicate of the speaker before the one that reports: "called the case
# “regrettable” and said that his".
_FIRST_PREDICATE = r"(?: [^,;:.!?]{1,80}? and)?"
_SPEAKER_GAP = lazy(
    r"(?: (?:of|at|for|from|in) [^,;:.!?“”\"]{1,60})?"
    r"(?:(?:, [^,;:.!?“”\"]{1,80}){1,2},)?" + _FIRST_PREDICATE + _VERB_TO_PRONOUN
)
# A person named in apposition to a subject that is not one (The head of the county,
# Andrzej Mazur, said she; the minister, Amira Osman, who told reporters that his): the
# name, its closing comma, an optional "who", the verb.
_APPOSED_SPEAKER_GAP = lazy(",(?: who)?" + _FIRST_PREDICATE + _VERB_TO_PRONOUN)
# The cases of a pronoun that opens a reported clause: she, he, his, her (said his union).
_REPORTED_CASES = frozenset({SUBJECT, POSSESSIVE, POSSESSIVE_OR_OBJECT})
_START = operator.attrgetter("start")
# What states a speaker's gender: a title, a noun, a titled mention of the name, a given name,
# a clear majority of the pronouns bound to the name.
_SPEAKER_EVIDENCE = STRONG_EVIDENCE | {"given-name", "pronouns"}


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


def _by_full_name(people: dict[str, Mention]) -> dict[str, Mention]:
    """People keyed by name, a bare surname (Hewitt) folded into the one full name that
    ends in it (Lleyton Hewitt); two full names with one surname (siblings, a couple)
    stay two people, and a bare surname beside them a third."""
    fulls: dict[str, list[str]] = {}
    for key in people:
        if " " in key:
            fulls.setdefault(key.rpartition(" ")[2], []).append(key)
    merged: dict[str, Mention] = {}
    for key, m in people.items():
        if " " not in key and len(fulls.get(key, ())) == 1:
            key = fulls[key][0]
        merged.setdefault(key, m)
    return merged


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


# What ends a subject's own clause before a pronoun: punctuation, a conjunction, a relative
# or a subordinator, a verb of speech (whose object clause may name anyone), an infinitive's
# "to" ("arrives to take his eye off the game": anyone's).
_CLAUSE_BREAK = lazy(
    r"[,;:.!?()“”\"]|\b(?:and|but|or|who|whom|whose|which|that|while|after|when|because"
    r"|if|as|than|since|until|although|where|said|says|told|tells|added|asked|to)\b"
)
# A relative clause between commas right after a subject: closed, it binds nothing after it.
_RELATIVE_ASIDE = lazy(r", (?:who|whose) [^,;:.!?“”\"()]{1,80}, ")
# A relative clause opening right after a subject, up to a possessive or reflexive in it:
# "who" is that subject.
_OWN_RELATIVE = lazy(r", who [^,;:.!?“”\"()]{1,60}")
# What opens a sentence before a pronoun that names the source of what follows.
_ACCORDING_TO = lazy(r"\s*According to ")
# Between a role noun opening a sentence and the subject pronoun it is in apposition to.
_OWN_APPOSITION = lazy(r"(?: (?:of|at|from|in|with) [^,;:.!?“”\"]{1,60})?, ")


class _Contrary:
    """P102 judgments over the resolver's state."""

    doc: Document
    found: Mentions
    speakers: list[Sequence[Mention]]
    discourse: list[int]
    kept_total: dict[str, int]
    compatible_before: dict[str, list[int]]
    clause_verbs: frozenset[str]

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
        continued = subjects.get(i - 1) if self._continues_subject_before(pronoun) else None
        if continued is None and pronoun.after_speech_verb:
            # "Elly Schlein, secretary of the party, said that he": the speaker reports.
            own = subjects.get(i)
            if own is not None and own.start < pronoun.start:
                continued = own
        if continued is None and self._bound_in_own_clause(pronoun):
            continued = subjects.get(i)
        continues = any(m is continued for m in contrary)
        if not contrary or (far and not continues):
            return None
        # Every person in reach is stated to be of the other gender. When the pronoun
        # continues one of them as subject ("Ms. Moreau told reporters ... He added"),
        # an earlier topic is no excuse, nor a passing someone two sentences back.
        # A gender known only from given names is a guess (Jean, Andrea, Sasha): an
        # info, unless the pronoun continues that person as subject or, with no group in
        # reach and no one who fits in the next sentence, the full name is the text's only
        # person so far or a pronoun of that person's gender opens the pronoun's sentence
        # ("She said that she understood, but that he").
        person = continued if continues else _named_last(contrary)
        guessed = all(m.evidence == "given-name" for m in contrary) and not (
            (
                self._sole_person(person, self.discourse[i], i)
                or self._confirmed_in_sentence(pronoun)
            )
            and not any(summaries[j].plural or summaries[j].quantifiers for j in window)
            and not (i + 1 < len(summaries) and summaries[i + 1].compatible(pronoun.gender))
        )
        severity = Severity.INFO if (downgraded or guessed) and not continues else Severity.WARNING
        return Verdict(Judgement.WRONG_GENDER, pronoun, severity, person)

    def _bound_in_own_clause(self, pronoun: Pronoun) -> bool:
        """A possessive or reflexive in its sentence subject's own clause, with no one and
        no clause break between but a relative clause after the subject (``The researcher,
        who studied in Lyon, has given twenty years of his career``, ``The Prime Minister
        and his entourage``, ``Svensson, who must present his budget``): bound to that
        subject."""
        own = self.found.subjects.get(pronoun.sentence)
        if own is None or pronoun.in_quote or own.in_quote or own.start >= pronoun.start:
            return False
        if own.text.lower().startswith(("a ", "an ")):
            return False  # "a woman arrives": someone new, not yet the one meant
        text = self.doc.analysis_text
        if pronoun.case == POSSESSIVE_OR_OBJECT:
            after = word_after(text, pronoun.end, " ")
            if after is None or not after.group(1).islower():
                return False  # "her" as an object is never the subject's (Ann met her)
        elif pronoun.case not in (POSSESSIVE, REFLEXIVE):
            return False
        start = own.end
        aside = _RELATIVE_ASIDE.match(text, start, pronoun.start)
        if aside is not None:
            start = aside.end() - 1  # "The researcher, who studied in Lyon, has ... his"
        between = text[start : pronoun.start]
        if _OWN_RELATIVE.fullmatch(between):
            between = between[6:]  # "Svensson, who must present his budget": hers
        if len(between) > 80 or (between != " and " and _CLAUSE_BREAK.search(between)):
            return False
        mentions = self.found.mentions
        k = bisect.bisect_right(mentions, start, key=_START)
        while k < len(mentions) and mentions[k].start < pronoun.start:
            if mentions[k].animate and mentions[k].start >= start:
                return False  # "Lind thanked Holm for his support": Holm's
            k += 1
        return True

    def _continues_subject_before(self, pronoun: Pronoun) -> bool:
        """The pronoun opens its clause, follows an opener's comma as the main clause's
        subject (``In an interview in 2015, he said``) or opens ``According to her,``: it
        goes on with the subject of the sentence before."""
        return pronoun.opens_clause or self._after_opener(pronoun) or self._according_to(pronoun)

    def _according_to(self, pronoun: Pronoun) -> bool:
        """``According to her,`` opening the sentence: the speaker before goes on."""
        start = self.found.sentence_starts[pronoun.sentence]
        text = self.doc.analysis_text
        return (
            pronoun.case in (OBJECT, POSSESSIVE_OR_OBJECT)
            # (not "According to her lawyer": the lawyer's client, whoever she is)
            and text[pronoun.end : pronoun.end + 1] == ","
            and _ACCORDING_TO.fullmatch(text, start, pronoun.start) is not None
        )

    def _confirmed_in_sentence(self, pronoun: Pronoun) -> bool:
        """A pronoun of the other gender opens the pronoun's sentence (its subject, outside
        quotations) before it: the sentence already calls someone so."""
        pronouns = self.found.pronouns
        k = bisect.bisect_left(pronouns, self.found.sentence_starts[pronoun.sentence], key=_START)
        first = pronouns[k] if k < len(pronouns) else None
        return (
            first is not None
            and first.start < pronoun.start
            and first.sentence == pronoun.sentence
            and first.gender != pronoun.gender
            and first.case == SUBJECT
            and first.opens_clause
            and not first.in_quote
            and not first.generic
        )

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
                return Verdict(
                    Judgement.WRONG_GENDER,
                    pronoun,
                    Severity.INFO if weak else Severity.WARNING,
                    person,
                )
        return None

    def _sole_person(self, person: Mention, start: int, i: int) -> bool:
        """``person`` is named in full (given name and surname) and every singular animate
        mention before sentence ``i`` in the discourse is that person, a title or role
        noun in apposition to the name, or a mention of the same name."""
        if person.name_start < 0 or " " not in person.text_of_name or i - start > 40:
            return False  # (a long text: someone else was surely named; stays linear)
        full = person.text_of_name
        surname = full.rpartition(" ")[2]
        for j in range(start, i):
            for m in self.speakers[j]:
                if m.plural or m is person or m.head in QUANTIFIERS:
                    continue
                if m.name_start >= 0:
                    name = m.text_of_name
                    if name.rpartition(" ")[2] != surname or (" " in name and name != full):
                        return False  # someone else, if only a sibling (Gábor, István Kovács)
                elif not (m.sentence == person.sentence and m.gender in (None, person.gender)):
                    return False
        return True

    def _judge_speaker(
        self, pronoun: Pronoun, window: list[int], kept: list[Mapping[str, int]]
    ) -> Verdict | None:
        """A speech tag next to a quotation (``,” she said``) stands for the speaker.

        The speaker is someone outside the quotations, before the tag, in the tag's
        paragraph when that paragraph names someone (a new paragraph opening with
        ``Mr. Feld insisted ...`` hands the floor to him), else in the sentence and the two
        before. When every such person is one man (woman) by a title, a gendered noun,
        another mention of the name or a given name (no group, of which one may speak), and
        no pronoun of the tag's gender was kept there, the tag contradicts the speaker.
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
            # One of a group may speak ("Residents gathered. “We lost everything,” she said").
            if m.plural or m.gender is None or m.evidence not in _SPEAKER_EVIDENCE:
                return None
            if m.gender == gender:
                return None
        return Verdict(Judgement.WRONG_GENDER, pronoun, Severity.WARNING, _named_last(people))

    def _called_both(self, pronoun: Pronoun, reach: Reach) -> Mention | None:
        """One person called *he* and then *she* in one sentence (``Hewitt said he had
        hurt her knee``, ``he blamed herself``, ``Rees said he was pleased, but she warned
        ...``): the pronoun's sentence already has a kept
        pronoun of the other gender and none of its own, and the whole reach holds one
        singular person (a role noun and the name in apposition to it count once), no group
        and no pronoun of the pronoun's gender. Only a reflexive, a subject of a later
        clause or a possessive of the body, a feeling or the mind is surely that person's;
        it is reported, as the second gender."""
        window, summaries, kept = reach
        gender = pronoun.gender
        i = pronoun.sentence
        other = MALE if gender == FEMALE else FEMALE
        if not kept[i].get(other, 0) or kept[i].get(gender, 0) or pronoun.speech_tag:
            return None
        if not (
            pronoun.case == REFLEXIVE
            or (pronoun.case == SUBJECT and not pronoun.opens_clause)
            or (pronoun.case in (POSSESSIVE, POSSESSIVE_OR_OBJECT) and self._own_body(pronoun))
        ):
            return None  # "Mr. Park said he had told her": she may be anyone
        for j in window:
            summary = summaries[j]
            if summary.plural or summary.quantifiers or (j != i and kept[j].get(gender, 0)):
                return None
            if summary.gendered(gender):
                return None  # a man (woman) in reach, if only in a quotation: "Mr. Keller lied"
        # The people in reach, a name counted once (Hewitt ... Hewitt said).
        people: dict[str, Mention] = {}
        text = self.doc.analysis_text
        for j in window:
            last: Mention | None = None
            for m in self.speakers[j]:
                if j == i and m.start > pronoun.start:
                    break
                name = m.name
                if (
                    name
                    and last is not None
                    and last.name is None
                    and _ROLE_NAME.fullmatch(text, last.end, m.start)
                ):
                    people.pop(str(last.start), None)  # "the manager, Jo Rees": one
                people[name if name else str(m.start)] = m
                last = m
        if len(_by_full_name(people)) != 1:
            return None
        person = list(people.values())[-1]  # (its last mention, as named last)
        return person if person.gender != gender else None

    def _own_body(self, pronoun: Pronoun) -> bool:
        """The possessive's noun is of the body, a feeling or the mind (her knee)."""
        after = word_after(self.doc.analysis_text, pronoun.end, " ")
        return after is not None and personal_possession(after.group(1).lower())

    def _contradicted_subject(self, pronoun: Pronoun, reach: Reach) -> Mention | None:
        """The person of the other gender whom a sentence-opening subject pronoun continues,
        or the subject a possessive of its own clause is bound to (:meth:`_bound_in_own_clause`).

        ``Lund has broken his wrist. She only returned ...``: the sentence before has
        that person as its subject, stated to be of the other gender (a title, a noun, a
        given name, the pronouns bound to the name), and no one who fits the pronoun; two
        sentences back, nobody stated to be of the pronoun's gender, no subject who may be,
        no pronoun of that gender. Unnamed passers-by further back do not excuse it. A role
        noun opening the sentence in apposition to the pronoun (``A former nurse, she
        ...``) is the pronoun's own.
        """
        window, summaries, kept = reach
        gender = pronoun.gender
        i = pronoun.sentence
        own = self.found.subjects.get(i)
        if (
            _stated_against(own, gender, GENDER_EVIDENCE)
            and own.evidence_at != pronoun.start
            and self._bound_in_own_clause(pronoun)
        ):
            return own  # "The Prime Minister and his entourage": hers, whoever else is near
        apposed = self._own_apposition(pronoun, window)
        if not (apposed or self._continues_as_subject(pronoun, window)):
            return None
        subject = self.found.subjects.get(i - 1)
        if not _stated_against(subject, gender, GENDER_EVIDENCE):
            return None
        if self._compatible_here(pronoun, summaries[i]) - apposed or kept[i].get(gender, 0):
            return None
        if summaries[i - 1].compatible(gender) or kept[i - 1].get(gender, 0):
            return None
        paragraph_of = self.found.paragraph_of_sentence
        # A paragraph that opens with that person: a subject of unknown gender in the
        # paragraph before is an earlier topic ("Yamada began as a worker. / Sato is
        # married. In 2022, he said").
        opened = paragraph_of[i - 1] == paragraph_of[i] != paragraph_of[i - 2] if i > 1 else False
        for j in window[2:]:
            if summaries[j].gendered(gender) or kept[j].get(gender, 0):
                return None
            other = self.found.subjects.get(j)
            if other is None or not other.animate or other.gender not in (None, gender):
                continue
            if not (opened and other.gender is None):
                return None
        return subject

    def _continues_as_subject(self, pronoun: Pronoun, window: list[int]) -> bool:
        """A subject pronoun opening its clause, or the main clause's subject after an
        opener's comma (``In 2022, he said``), with the sentence before in its window."""
        if _continues_the_sentence_before(pronoun, window):
            return True
        return (
            len(window) >= 2 and window[1] == pronoun.sentence - 1 and self._after_opener(pronoun)
        )

    def _own_apposition(self, pronoun: Pronoun, window: list[int]) -> bool:
        """``A former engineer of the yard, she joined``: the subject pronoun follows a
        role noun of unknown gender that opens its sentence, a comma between."""
        i = pronoun.sentence
        if pronoun.case != SUBJECT or pronoun.in_quote or len(window) < 2 or window[1] != i - 1:
            return False
        subject = self.found.subjects.get(i)
        if subject is None or subject.kind not in (PERSON, POSSIBLE):
            return False
        if subject.plural or subject.gender is not None or subject.name_start >= 0:
            return False
        if subject.start != self.found.sentence_starts[i]:
            return False
        return (
            _OWN_APPOSITION.fullmatch(self.doc.analysis_text, subject.end, pronoun.start)
            is not None
        )

    def _against_the_text(self, pronoun: Pronoun, reach: Reach) -> Mention | None:
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
        window, summaries, kept = reach
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
        if self._someone_fits_nearby(pronoun, window, len(summaries)):
            return None
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

    def _someone_fits_nearby(self, pronoun: Pronoun, window: list[int], count: int) -> bool:
        """Someone in reach (or in the next sentence) who may be the pronoun: of its
        gender, a role noun or person of unknown gender in its sentence or the one before,
        a name of unknown kind someone deals with."""
        gender = pronoun.gender
        i = pronoun.sentence
        nearby = window[:]
        if i + 1 < count and (not self.doc.segments or self.discourse[i + 1] == self.discourse[i]):
            nearby.append(i + 1)
        for j in nearby:
            for m in self.speakers[j]:
                if m.plural or (j == i and m.start > pronoun.start and m.gender != gender):
                    continue
                # (a gender this very pronoun gave is none)
                stated = m.gender if m.evidence_at < 0 or m.evidence_at < pronoun.start else None
                if stated == gender:
                    return True  # someone of its gender
                if stated is None:
                    if m.kind in (PERSON, ANIMAL) and j >= i - 1:
                        return True  # a role noun or a person of unknown gender
                    if m.kind == NAME and self._met(m):
                        return True  # "He married Varga. She ...": someone he deals with
        return False

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
        a noun, a titled mention of the name or a given name (or an opening pronoun of the
        other gender standing for such a person: ``She said that his own surveys``),
        reports about himself unless someone else who may be meant is near
        (:meth:`_no_one_else`). A possessive opens the reported
        clause only after *that* or a verb that takes no person as object (``said his
        union``, not ``told his colleagues``)."""
        if pronoun.case not in _REPORTED_CASES or not pronoun.after_speech_verb or pronoun.in_quote:
            return None
        found = self._speaker_before(pronoun, window, kept)
        if found is None:
            return None
        speaker, gap = found
        if pronoun.case != SUBJECT and not (
            gap["that"] or (gap["object"] is None and gap["verb"] in self.clause_verbs)
        ):
            return None  # "told his colleagues": an object, not a reported clause
        return speaker if self._no_one_else(pronoun, speaker, window, kept) else None

    def _speaker_before(
        self, pronoun: Pronoun, window: list[int], kept: list[Mapping[str, int]]
    ) -> tuple[Mention, re.Match[str]] | None:
        """The subject right before the pronoun's speech verb, stated to be of the other
        gender, with the words between them; for an opening subject pronoun of the other
        gender that stands for someone (kept), the last person of that gender stated so in
        its window."""
        gender = pronoun.gender
        i = pronoun.sentence
        text = self.doc.analysis_text
        speaker = self.found.subjects.get(i)
        if _stated_against(speaker, gender, _SPEAKER_EVIDENCE) and speaker.start < pronoun.start:
            gap = _SPEAKER_GAP.fullmatch(text, speaker.end, pronoun.start)
            if gap is not None:
                return speaker, gap
        apposed = self._apposed_speaker(pronoun)
        if apposed is not None or speaker is not None:
            return apposed
        other = MALE if gender == FEMALE else FEMALE
        pronouns = self.found.pronouns
        k = bisect.bisect_left(pronouns, self.found.sentence_starts[i], key=_START)
        opener = pronouns[k] if k < len(pronouns) else None
        if (
            opener is None
            or opener.sentence != i
            or not (opener.opens_clause and opener.case == SUBJECT and opener.gender == other)
            or not kept[i].get(other, 0)
        ):
            return None
        gap = _SPEAKER_GAP.fullmatch(text, opener.end, pronoun.start)
        if gap is None:
            return None
        named = [
            m
            for j in window
            for m in self.speakers[j]
            if _stated_against(m, gender, _SPEAKER_EVIDENCE) and m.start < opener.start
        ]
        return (max(named, key=_START), gap) if named else None

    def _apposed_speaker(self, pronoun: Pronoun) -> tuple[Mention, re.Match[str]] | None:
        """The person named in apposition right before the speech verb (``The head of the
        county, Andrzej Mazur, said she``, ``the minister, Amira Osman, who told reporters
        that his``), stated to be of the other gender."""
        i = pronoun.sentence
        text = self.doc.analysis_text
        before = [m for m in self.speakers[i] if m.end < pronoun.start and not m.plural]
        if not before or not _stated_against(before[-1], pronoun.gender, _SPEAKER_EVIDENCE):
            return None
        speaker = before[-1]
        if text[speaker.start - 2 : speaker.start] != ", ":
            return None
        gap = _APPOSED_SPEAKER_GAP.fullmatch(text, speaker.end, pronoun.start)
        return None if gap is None else (speaker, gap)

    def _quoted_one_of(self, gender: str, first: int, end: int) -> bool:
        """Someone stated to be of ``gender`` is named in a quotation from sentence
        ``first`` to ``end`` (``“Mr. Keller has lied,” she said. She said that he``)."""
        mentions = self.found.mentions
        start = self.found.sentence_starts[max(first, 0)]
        k = bisect.bisect_left(mentions, start, key=_START)
        while k < len(mentions) and mentions[k].start < end:
            m = mentions[k]
            if m.in_quote and m.gender == gender and not m.plural and m.animate:
                return True
            k += 1
        return False

    def _no_one_else(
        self, pronoun: Pronoun, speaker: Mention, window: list[int], kept: list[Mapping[str, int]]
    ) -> bool:
        """No one of the pronoun's gender (nor a pronoun of it) in its window, even in a
        quotation, and no one of unknown gender (other than the speaker named again) in
        the pronoun's sentence before it, in the sentence before, nor back to the speaker's
        sentence."""
        gender = pronoun.gender
        i = pronoun.sentence
        surname = speaker.text_of_name.rpartition(" ")[2] if speaker.name_start >= 0 else None
        first = min(i - 1, speaker.sentence)
        if self._quoted_one_of(gender, window[-1], pronoun.start):
            return False
        for j in window:
            if kept[j].get(gender, 0):
                return False
            for m in self.speakers[j]:
                if m is speaker or m.plural or (j == i and m.start > pronoun.start):
                    continue
                if m.gender == gender and m.evidence_at != pronoun.start:
                    return False  # a woman (man) in reach
                if m.gender is None and j >= first and m.kind in (PERSON, NAME, ANIMAL):
                    if m.name_start >= 0 and m.text_of_name.rpartition(" ")[2] == surname:
                        continue  # the speaker named again
                    return False  # someone of unknown gender near
        return True
