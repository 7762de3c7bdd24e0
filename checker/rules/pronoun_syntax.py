"""The binding side of pronoun resolution: the non-person a gendered pronoun plainly
stands for (its clause's subject, the speaker of its reporting verb, the subject it
continues) and whether syntax holds it there whoever else is near. A mixin of
:class:`checker.rules.pronoun_resolution._Resolver`, which owns the state it reads."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterator, Mapping, Sequence

from checker.analysis import gazetteers as gz
from checker.analysis import mentions
from checker.analysis.entities import given_name_gender, personal_possession
from checker.analysis.mentions import (
    FEMALE,
    FUNCTION_WORDS,
    MALE,
    NAME,
    OBJECT,
    PLACE,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    REFLEXIVE,
    SUBJECT,
    Mention,
    Mentions,
    Pronoun,
)
from checker.document import Document
from checker.patterns import lazy
from checker.rules.pronoun_bindings import (
    _APPOSITION,
    _IT_OPENING,
    _ROLE_NAME,
    NEUTER,
    RelativeSpeaker,
    own_part,
    relative_speaker,
    squad_number,
    stated_inside,
)
from checker.rules.pronoun_contrary import _continues_the_sentence_before
from checker.rules.pronoun_reach import (
    _REPORTING_GAP,
    _WORD,
    STRONG_EVIDENCE,
    Reach,
    _Summary,
    mention_starts,
)
from checker.text.neighbours import word_after
from checker.thresholds.pronoun import OPENER_CHARS

_START = operator.attrgetter("start")

# Before a predicate noun that states the subject's gender: "Rees is the mother of two".
_COPULAS = (" is ", " was ", " became ")


# A speech tag after the reported clause: ", the company said." / ", Acme has said,".
_TRAILING_TAG = lazy(r" (?:has |had )?([a-z]+)[.,;]")
# From a speaker to an object pronoun it reports on: "(, which ...,) said the peso had cost".
_REPORTED_OBJECT_GAP = lazy(
    r"(?:,[^,.;:]{1,90},)? (?:has |had |also )?([a-z]+) (?:that )?[^,.;:!?\"“”]{1,60} $"
)
# Between a subject and the complement of its noun: "The association of counties".
_SUBJECT_COMPLEMENT = lazy(r" (?:of|for|at|in|from) ")
# Between a non-person and the people of its complement: "the association| of hotel |owners".
_HEAD_COMPLEMENT = lazy(r" of (?:the )?(?:[a-z]+ )?")
# "a statement in which she", "a law under which he", "a plant in Ohio, where she": a
# relative clause whose subject the pronoun is, about the main clause's subject's doing.
_PREPOSITION_WHICH = lazy(r"(?: (?:in|under|by|with|through) which|, where) $")
# From the subject of a reported clause to a pronoun in it: "the board| had broken |his".
_REPORTED_CLAUSE = lazy(r" [^,;:.!?\"“”()]{0,60}")
# The speech verb right before a reported clause's subject: "said |the board", "said that |".
_VERB_BEFORE = lazy(r"\b([a-z]+) (?:that )?$")
# A short lower-case aside right after the subject: ", for its part,", ", however,".
_ASIDE = lazy(r", [a-z]+(?: [a-z]+){0,3}, ")
# A lower-case word after a subject: its verb ("the court explains").
_VERB_AFTER = lazy(r" [a-z]+\b")
# Between the head of a relative clause opened by "which" and a pronoun a few words into it.
_WHICH_GAP = lazy(r", which (?:[a-z]+ ){1,4}")


def _its_aside(between: str) -> bool:
    """The subject is called "its" in a short aside right after it (``The railway, for
    its part,``): the text has made it a thing, whoever the sentence before names."""
    aside = _ASIDE.match(between)
    return aside is not None and " its " in aside.group()


class _Bindings:
    """Salient non-persons and syntactic bindings over the resolver's state."""

    doc: Document
    found: Mentions
    speakers: list[Sequence[Mention]]
    flagged_subjects: dict[int, Mention]
    flagged_pronouns: dict[int, dict[str, Mention]]
    clause_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    relative: dict[int, RelativeSpeaker]
    trailing: dict[int, Mention]
    epithets: frozenset[int]

    def _bound(self, pronoun: Pronoun, antecedent: Mention, reach: Reach) -> bool:
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
        summaries, kept = reach.summaries, reach.kept
        if kept[i].get(gender, 0) or antecedent.kind == PLACE:
            return False  # a name typed a place only by its preposition is not sure
        trailing = self.trailing.get(pronoun.start) is antecedent
        # "The yard is full. It must hire welders, and he": the subject It continues.
        joined_to_it = (
            pronoun.after_conjunction
            and antecedent is self.found.subjects.get(i - 1)
            and self._it_sentence(pronoun)
        )
        if joined_to_it:  # no one who fits before it in its sentence ("It sacked Jo Rees")
            return not (
                summaries[i].compatible_before(pronoun.gender, pronoun.start)
                or not self._before_is_clear(pronoun, summaries, kept)
                or self.personal_predicate(pronoun)
            )
        if antecedent.sentence != i or (antecedent.start > pronoun.start and not trailing):
            return False  # "During his tenure, Nissan": a look ahead, no binding
        if trailing:  # "She will appeal, the club said": what the sentences before allow
            return self._before_is_clear(pronoun, summaries, kept) and not (
                self.personal_predicate(pronoun)
            )
        if self.unbindable(pronoun, antecedent):
            return False
        text = self.doc.analysis_text
        if own_part(text, antecedent, pronoun):
            return True  # "The federation, for his part,": no one else
        if self._subordinate(pronoun):
            return False  # "The court will decide whether he": he may be anyone's
        relative = self.relative.get(pronoun.start)
        if relative is not None and relative.subject is antecedent:
            return self._relative_bound(pronoun, relative, reach)
        if summaries[i].compatible_before(gender, pronoun.start):
            return False
        if self._opens_its_paragraph(pronoun, antecedent):
            return self._paragraph_subject_bound(pronoun, antecedent, reach)
        return self._before_is_clear(pronoun, summaries, kept) and not self.personal_predicate(
            pronoun
        )

    def unbindable(self, pronoun: Pronoun, antecedent: Mention) -> bool:
        """What no clause's subject holds: a passive's agent (``US audiences were won over
        by his film``), a pronoun inside the subject (``A retrospective of his films``)."""
        text = self.doc.analysis_text
        return text[max(0, pronoun.start - 4) : pronoun.start].lower() == " by " or text[
            antecedent.end : pronoun.start
        ] in (" of ", " for ")

    def _opens_its_paragraph(self, pronoun: Pronoun, antecedent: Mention) -> bool:
        """The pronoun's sentence opens a paragraph with the antecedent as its subject."""
        i = pronoun.sentence
        paragraph_of = self.found.paragraph_of_sentence
        return (
            i > 0
            and paragraph_of[i - 1] != paragraph_of[i]
            and self._opens_paragraph(pronoun, antecedent)
        )

    def _paragraph_subject_bound(self, pronoun: Pronoun, antecedent: Mention, reach: Reach) -> bool:
        """A subject opening a paragraph binds the pronoun ("France has activated her
        national plan"), not the people of the paragraph before, unless the sentence just
        before is about someone who fits ("Jo Rees said ...", then a new paragraph: "The
        firm praised her courage") and the subject is not called "its" in an aside
        (``, for its part,``)."""
        between = self.doc.analysis_text[antecedent.end : pronoun.start]
        near = self._previous_person(pronoun, reach.summaries, reach.kept)
        return not ((near and not _its_aside(between)) or self.personal_predicate(pronoun))

    def _relative_bound(self, pronoun: Pronoun, relative: RelativeSpeaker, reach: Reach) -> bool:
        """The people of the subject's relative clause are not its speaker (unless one
        is stated to be of the pronoun's gender); the sentences before weigh as for any
        clause's subject."""
        gender = pronoun.gender
        i = pronoun.sentence
        return not (
            reach.summaries[i].compatible_before(gender, relative.subject.start)
            or stated_inside(self.speakers[i], relative.clause_start, relative.clause_end, gender)
            or not self._before_is_clear(pronoun, reach.summaries, reach.kept)
            or self.personal_predicate(pronoun)
        )

    def _previous_person(
        self, pronoun: Pronoun, summaries: list[_Summary], kept: list[Mapping[str, int]]
    ) -> bool:
        """The sentence just before the pronoun's (not a heading) has a singular person
        of the pronoun's gender, or of unknown gender, as its subject or as its only
        person. A subject pronoun ("The team has won six matches, and she leads") stays
        the clause's subject."""
        gender = pronoun.gender
        before = pronoun.sentence - 1
        if pronoun.case == SUBJECT or before < 0 or before in self.found.heading_sentences:
            return False
        subject = self.found.subjects.get(before)
        if subject is not None and subject.animate and not subject.plural:
            return self._fitting_subject(before, kept, gender)
        summary = summaries[before]
        alone = summary.female + summary.male + summary.unknown == 1 and not summary.plural
        return alone and summary.compatible(gender) == 1

    def _before_is_clear(
        self, pronoun: Pronoun, summaries: list[_Summary], kept: list[Mapping[str, int]]
    ) -> bool:
        """The sentence before is not about someone of the pronoun's gender (its subject,
        a person stated to be of it, a kept pronoun of it), nor the one before that has
        such a person as its subject."""
        gender = pronoun.gender
        before = pronoun.sentence - 1
        headings = self.found.heading_sentences
        if before >= 0 and before not in headings:
            if kept[before].get(gender, 0) or summaries[before].gendered(gender):
                return False
            if self._fitting_subject(before, kept, gender):
                return False
        # Two sentences back, a subject stated to be of that gender is still the topic,
        # unless it ends the paragraph before and the pronoun's paragraph has moved on.
        paragraph_of = self.found.paragraph_of_sentence
        if (
            before - 1 >= 0
            and not headings.intersection((before, before - 1))
            and paragraph_of[before - 1] == paragraph_of[before]
        ):
            subject = self.found.subjects.get(before - 1)
            if subject is not None and subject.animate and subject.gender == gender:
                return False
        return True

    def _continues_thing(
        self,
        pronoun: Pronoun,
        antecedent: Mention,
        window: list[int],
        summaries: list[_Summary],
        kept: list[Mapping[str, int]],
        downgraded: bool,
    ) -> bool:
        """A subject pronoun opening its sentence continues the non-person subject of the
        sentence before (``The foundation met on Monday. She will pay the organisers``).

        Nobody who fits the pronoun in the sentence before (a person of its gender or of
        unknown gender, a pronoun of its gender); two sentences back, no person stated to
        be of its gender, no pronoun of it, no role noun or subject who may be of it (names
        of unknown kind are no evidence of a person); and the person the text was about just
        before is not of its gender."""
        gender = pronoun.gender
        i = pronoun.sentence
        if antecedent.kind == PLACE or antecedent.sentence != i - 1:
            return False
        if (
            _continues_the_sentence_before(pronoun, window)
            and self.flagged_pronouns.get(i - 1, {}).get(gender) is antecedent
        ):
            # "The firm said she would appeal. She has ...": the text goes on calling it so.
            return not self.personal_predicate(pronoun)
        if downgraded:
            return False
        if summaries[i].compatible_before(gender, pronoun.start) or kept[i].get(gender, 0):
            return False  # "According to Mr. Ruiz, he expects": someone named before him
        if _continues_the_sentence_before(pronoun, window) or self._opening_possessive(
            pronoun, window
        ):
            pass  # "The foundation met. She will pay", "France ... Her exports"
        elif not (self._it_sentence(pronoun) and len(window) > 1 and window[1] == i - 1):
            return False
        if summaries[i - 1].compatible(gender) or kept[i - 1].get(gender, 0):
            return False
        for j in window[2:]:
            if kept[j].get(gender, 0) or summaries[j].gendered(gender):
                return False
            if self._fitting_subject(j, kept, gender):
                return False
            told = self._kept_gender(kept[j])
            for m in self.speakers[j]:
                if not m.plural and m.kind != NAME and (m.gender or told) in (None, gender):
                    return False
        return not self.personal_predicate(pronoun)

    @staticmethod
    def _opening_possessive(pronoun: Pronoun, window: list[int]) -> bool:
        """A possessive opening its sentence right after the sentence before."""
        return (
            pronoun.opens_clause
            and pronoun.case in (POSSESSIVE, POSSESSIVE_OR_OBJECT)
            and not pronoun.in_quote
            and len(window) > 1
            and window[1] == pronoun.sentence - 1
        )

    def _it_sentence(self, pronoun: Pronoun) -> bool:
        """The pronoun's sentence opens with *it* as its subject (not *It is ... that*, a
        cleft, which may be about anyone), with no other subject found."""
        i = pronoun.sentence
        if i in self.found.subjects:
            return False
        start = self.found.sentence_starts[i]
        text = self.doc.analysis_text
        return text.startswith("It ", start) and (
            _IT_OPENING.match(text, start, pronoun.start) is not None
        )

    def _fitting_subject(self, sentence: int, kept: list[Mapping[str, int]], gender: str) -> bool:
        """The subject of ``sentence`` is one animate being of ``gender`` or of unknown
        gender: someone the pronoun may mean."""
        subject = self.found.subjects.get(sentence)
        return (
            subject is not None
            and subject.animate
            and not subject.plural
            and self._subject_gender(subject, kept[sentence]) in (None, gender)
        )

    def _subject_gender(self, subject: Mention, kept: Mapping[str, int]) -> str | None:
        """The gender of a sentence's subject: its own, else that of the name in apposition
        right after it (``The chief executive, Tom Rees,``) or of its predicate noun (``Rees
        ... is the mother of two``), else that of the pronouns kept
        in its sentence when they are all of one gender (``The founder ... he ... his``)."""
        if subject.gender is not None:
            return subject.gender
        text = self.doc.analysis_text
        end = subject.end
        for m in self._mentions_from(subject.end):
            if m.sentence != subject.sentence:
                break
            if (
                m.animate
                and m.gender is not None
                and m.evidence in STRONG_EVIDENCE
                and not m.plural
                and text.endswith(_COPULAS, subject.end, m.start)
            ):
                return m.gender  # "Kunz, 44, ... is the mother of three"
            if not (
                _APPOSITION.fullmatch(text, end, m.start)
                or _ROLE_NAME.fullmatch(text, subject.end, m.start)
            ):
                continue  # "The head of the firm, Jo Rees": the firm is no apposition
            if m.nonperson and not m.plural and text[end : m.start] == ", ":
                return NEUTER  # "The rival bidder, the group Norrbyggen,": a firm
            if m.animate and m.gender is not None:
                return m.gender
            end = m.end
        return self._kept_gender(kept)

    def _mentions_from(self, offset: int) -> Iterator[Mention]:
        """The mentions starting at or after ``offset``, in text order."""
        mentions = self.found.mentions
        k = bisect.bisect_left(mention_starts(self.doc), offset)
        return iter(mentions[k : k + 4])

    @staticmethod
    def _kept_gender(kept: Mapping[str, int]) -> str | None:
        """The gender of a sentence's kept pronouns when they are all of one."""
        female, male = kept.get(FEMALE, 0), kept.get(MALE, 0)
        if bool(female) != bool(male):
            return FEMALE if female else MALE
        return None

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
        aside = _ASIDE.match(between)
        if aside is not None and not any(
            m.start < antecedent.end + aside.end()
            for m in self._mentions_from(antecedent.end)
            if m.sentence == pronoun.sentence
        ):
            between = between[aside.end() - 1 :]  # "The company, for its part, recalled"
        if between.endswith(" of ") or any(w in between for w in (" was ", " were ", " been ")):
            return False  # "Spain was criticised for the slowness of her reforms": hers?
        return "," not in between or pronoun.after_conjunction

    def _mention_before(self, pronoun: Pronoun) -> Mention | None:
        """The last mention ending before the pronoun in its sentence, outside quotations
        and not modifying a noun."""
        mentions = self.found.mentions
        k = bisect.bisect_left(mention_starts(self.doc), pronoun.start) - 1
        while k >= 0 and mentions[k].end > pronoun.start:
            k -= 1
        if k < 0:
            return None
        m = mentions[k]
        if m.sentence != pronoun.sentence or m.in_quote or m.modifier:
            return None
        return m

    def _which_head(self, pronoun: Pronoun) -> Mention | None:
        """``the Netherlands, which had hoped that her best player``: a pronoun of a
        relative clause opened by *which* (a non-person's relative), a few words after it,
        stands for the clause's head. Not the relative clause's object (``which fired
        him``), nor its subject right after *which* (``which she leads``)."""
        text = self.doc.analysis_text
        if (
            pronoun.case == OBJECT
            or text.find(", which ", max(0, pronoun.start - 60), pronoun.start) < 0
        ):
            return None
        if pronoun.case == POSSESSIVE_OR_OBJECT:
            after = word_after(text, pronoun.end, " ")
            if after is None or after.group(1).lower() in FUNCTION_WORDS:
                return None  # "which hired her in 2019": an object
        m = self._mention_before(pronoun)
        if m is None or _WHICH_GAP.fullmatch(text, m.end, pronoun.start) is None:
            return None
        return m

    def _trailing_speaker(self, pronoun: Pronoun) -> Mention | None:
        """The non-person of a speech tag closing the pronoun's sentence, after a comma
        (``She will apply for approval, Acme said.``), with no quotation and no one else
        between; a subject pronoun opening the sentence reports what that speaker said."""
        if pronoun.case != SUBJECT or pronoun.in_quote or pronoun.speech_tag:
            return None
        mentions = self.found.mentions
        text = self.doc.analysis_text
        k = bisect.bisect_right(mention_starts(self.doc), pronoun.start)
        for m in mentions[k : k + 12]:
            if m.sentence != pronoun.sentence or m.in_quote:
                return None
            if not text.startswith(", ", m.start - 2):
                continue
            tag = _TRAILING_TAG.match(text, m.end)
            if tag is not None and tag.group(1) in self.speech_verbs and m.nonperson:
                between = text[pronoun.end : m.start]
                return None if any(q in between for q in '"“”«»') else m
        return None

    def _reporter(self, pronoun: Pronoun) -> Mention | None:
        """The mention right before the speech verb that the pronoun follows
        (``the central bank said she``, ``India has said that he``), if any."""
        m = self._mention_before(pronoun)
        if m is None:
            return None
        text = self.doc.analysis_text
        gap = _REPORTING_GAP.fullmatch(text, m.end, pronoun.start)
        if gap is None or gap.group(1).lower() not in self.speech_verbs:
            return None
        # "The association of counties said he": the subject the complement belongs to.
        subject = self.found.subjects.get(pronoun.sentence)
        if (
            subject is not None
            and subject.end < m.start
            and _SUBJECT_COMPLEMENT.fullmatch(text, subject.end, m.start)
        ):
            return subject
        return self._head_of_complement(m) or m

    def _head_of_complement(self, m: Mention) -> Mention | None:
        """For people in a complement (``the association of hotel owners said she``): the
        singular non-person whose complement they are, right before them in the sentence."""
        if not (m.plural and m.animate):
            return None
        mentions = self.found.mentions
        k = bisect.bisect_left(mention_starts(self.doc), m.start) - 1
        if k < 0:
            return None
        head = mentions[k]
        if head.sentence != m.sentence or head.plural or not head.nonperson or head.in_quote:
            return None
        between = _HEAD_COMPLEMENT.fullmatch(self.doc.analysis_text, head.end, m.start)
        return head if between is not None else None

    def _salient(self, pronoun: Pronoun, window: list[int]) -> Mention | None:
        """The non-person the pronoun most plausibly stands for, if the text makes it plain.

        A pronoun opening its sentence continues the previous sentence's subject; a
        pronoun after a speech verb (``the ministry said she``), a possessive or a reflexive
        refers to its own clause's subject.
        """
        subjects = self.found.subjects
        i = pronoun.sentence
        subject: Mention | None = None
        if pronoun.opens_clause and (tag := self._trailing_speaker(pronoun)) is not None:
            # "She will apply for approval, Acme said": the speaker of the trailing tag.
            subject = self.trailing[pronoun.start] = tag
        elif pronoun.opens_clause or self._after_opener(pronoun) or self._in_opener(pronoun):
            # "In its annual report, published on Monday, she warned": the main clause's
            # subject after a long opener continues the subject before, as an opening one.
            if len(window) > 1 and window[1] == i - 1:
                subject = subjects.get(i - 1) or self.flagged_subjects.get(i - 1)
        elif pronoun.after_relative and not _PREPOSITION_WHICH.search(
            self.doc.analysis_text, max(0, pronoun.start - 20), pronoun.start
        ):
            return None  # "which she leads": the relative clause's own subject
        else:
            subject = self._clause_subject(pronoun)
        if (
            subject is None
            and not pronoun.opens_clause
            and len(window) > 1
            and window[1] == i - 1
            and self._it_sentence(pronoun)
        ):
            # "The yard is full. It must hire welders, and he is competing": "it" continues
            # the subject before, and so does the pronoun of its clause.
            subject = subjects.get(i - 1) or self.flagged_subjects.get(i - 1)
        if subject is None or subject.plural:
            return None
        if not (subject.nonperson or subject.start in self.epithets):
            return None
        if squad_number(self.doc.analysis_text, subject):
            return None  # "The Ulster number 7": a player
        if subject.kind == mentions.VESSEL and pronoun.gender == FEMALE:
            return None
        return subject

    def _clause_subject(self, pronoun: Pronoun) -> Mention | None:
        """The subject a pronoun inside its sentence belongs to, by the clause it is in."""
        if pronoun.after_relative:
            # "published a statement in which she asked", "opened a plant in Ohio, where
            # she employs": the main clause's subject.
            return self._own_subject(pronoun)
        if pronoun.after_speech_verb and (reporter := self._reporter(pronoun)) is not None:
            # "..., and the central bank said she": the speaker of the reporting clause.
            return reporter
        if (head := self._which_head(pronoun)) is not None:
            # "the Netherlands, which had hoped that her best player": the clause's head.
            return head
        relative = relative_speaker(
            self.doc.analysis_text,
            pronoun,
            self.found.subjects.get(pronoun.sentence),
            self.speech_verbs,
        )
        if relative is not None:
            # "The league, whose president ..., said she": the league speaks.
            self.relative[pronoun.start] = relative
            return relative.subject
        owned = pronoun.case in (POSSESSIVE, REFLEXIVE, POSSESSIVE_OR_OBJECT)
        if owned and (reported := self._reported_subject(pronoun)) is not None:
            # "Ms. Brandt said the board had broken his promise": the reported clause's.
            return reported
        if pronoun.after_speech_verb or pronoun.after_conjunction or owned:
            return self._own_subject(pronoun)
        if self._after_subordinator(pronoun) and not self.personal_predicate(pronoun):
            # "The federation must decide if she will review it": its main clause's subject
            # (never a binding: see _bound).
            return self._own_subject(pronoun)
        if pronoun.case == OBJECT:
            return self._reported_object_of(pronoun)
        return None

    def _after_opener(self, pronoun: Pronoun) -> bool:
        """A subject pronoun right after the comma of a leading adverbial that holds no
        subject (``In a report published on Monday, she``, ``According to X, he``): the
        main clause's subject, though the mentions analysis did not take it for one."""
        if pronoun.case != SUBJECT or pronoun.in_quote or pronoun.sentence in self.found.subjects:
            return False
        if pronoun.after_relative or pronoun.after_speech_verb or pronoun.after_conjunction:
            return False
        opener = self._opener_text(pronoun)
        return opener is not None and opener.endswith(", ")

    def _in_opener(self, pronoun: Pronoun) -> bool:
        """A possessive inside such an opener (``In his annual report, ..., he warned``),
        whose main clause's subject is a pronoun of its gender: the same antecedent."""
        if pronoun.case not in (POSSESSIVE, POSSESSIVE_OR_OBJECT) or pronoun.in_quote:
            return False
        opener = self._opener_text(pronoun)
        if opener is None or "," in opener:
            return False
        pronouns = self.found.pronouns
        k = bisect.bisect_right(pronouns, pronoun.start, key=_START)
        for later in pronouns[k : k + 4]:
            if later.sentence != pronoun.sentence or later.gender != pronoun.gender:
                return False
            if later.case == SUBJECT:
                return later.opens_clause or self._after_opener(later)
        return False

    def _opener_text(self, pronoun: Pronoun) -> str | None:
        """The text from the sentence's start to the pronoun when the sentence opens with
        a leading adverbial that is no subordinator, with no quotation or clause break."""
        start = self.found.sentence_starts[pronoun.sentence]
        opener = self.doc.analysis_text[start : pronoun.start]
        first = opener.split(" ", 1)[0].lower()
        if first not in mentions.LEADING_ADVERBIAL or first in mentions.SUBORDINATORS:
            return None
        if any(mark in opener for mark in '"“”«»;:()') or len(opener) > OPENER_CHARS:
            return None
        return opener

    def _after_subordinator(self, pronoun: Pronoun) -> bool:
        """A subject pronoun right after a subordinator (``decide if she``, ``because he``)."""
        if pronoun.case != SUBJECT or pronoun.in_quote or pronoun.opens_clause:
            return False
        before = self.doc.analysis_text[max(0, pronoun.start - 12) : pronoun.start]
        word = before.rstrip().rpartition(" ")[2].lower()
        # ("as" is also a preposition and a comparison's: "as he waits", "as she said")
        return before.endswith(" ") and (
            (word in mentions.SUBORDINATORS and word != "as") or word == "whether"
        )

    def _subordinate(self, pronoun: Pronoun) -> bool:
        """The subject of a subordinate clause, not joined by a conjunction: its main
        clause's subject is no binding, only the likeliest non-person when no one who fits
        is in reach at all."""
        return self._after_subordinator(pronoun) and not pronoun.after_conjunction

    def _reported_subject(self, pronoun: Pronoun) -> Mention | None:
        """The non-person right after a speech verb that takes no person as object (``said
        the board``), of whose reported clause the pronoun is a part: no punctuation and a
        few words between them (``said the board had broken his promise``)."""
        m = self._mention_before(pronoun)
        if m is None or not m.nonperson or m.plural or m.kind == mentions.VESSEL:
            return None
        text = self.doc.analysis_text
        if _REPORTED_CLAUSE.fullmatch(text, m.end, pronoun.start) is None:
            return None
        verb = _VERB_BEFORE.search(text, max(0, m.start - 30), m.start)
        return m if verb is not None and verb.group(1) in self.clause_verbs else None

    def _own_subject(self, pronoun: Pronoun) -> Mention | None:
        """The subject of the pronoun's own clause, before it (or after an opener's comma
        for a possessive: ``In his statement, the ministry said``)."""
        i = pronoun.sentence
        subject = self.found.subjects.get(i) or self.flagged_subjects.get(i)
        if subject is None:
            return self._subject_after_opener(pronoun)
        if subject.start > pronoun.start:
            # A possessive in the opener looks ahead to the subject after the comma.
            between = self.doc.analysis_text[pronoun.end : subject.start]
            if pronoun.case not in (POSSESSIVE, POSSESSIVE_OR_OBJECT) or "," not in between:
                return None
        return subject

    def _subject_after_opener(self, pronoun: Pronoun) -> Mention | None:
        """For a possessive in a leading adverbial whose sentence has no subject found
        (``In her ruling, of two hundred pages, the court explains``): the first mention
        after a comma of the opener, outside quotations, with a lower-case word (its verb)
        right after it."""
        if pronoun.case not in (POSSESSIVE, POSSESSIVE_OR_OBJECT):
            return None
        if self._opener_text(pronoun) is None:
            return None
        text = self.doc.analysis_text
        for m in self._mentions_from(pronoun.end):
            if m.sentence != pronoun.sentence or m.in_quote:
                return None
            if text.startswith(", ", m.start - 2) and not m.modifier:
                return m if _VERB_AFTER.match(text, m.end) else None
        return None

    def _reported_object_of(self, pronoun: Pronoun) -> Mention | None:
        """The non-person subject of the pronoun's sentence when the object pronoun sits in
        the clause it reports (``The association said the peso had cost him``)."""
        subject = self._own_subject(pronoun)
        if subject is None or not subject.nonperson or subject.start > pronoun.start:
            return None
        gap = _REPORTED_OBJECT_GAP.fullmatch(self.doc.analysis_text, subject.end, pronoun.start)
        if gap is None or gap.group(1) not in self.speech_verbs:
            return None
        return subject

    def personal_predicate(self, pronoun: Pronoun) -> bool:
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
