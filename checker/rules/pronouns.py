"""Pronoun rules (P): gendered pronouns that grammatical gender put in the wrong place.

French *elle* for *la Corée du Nord*, German *sie* for *die Regierung*, Spanish *ella* for
*la empresa*, Italian *lui* for *il governo*: machine translation carries the source noun's
grammatical gender into English as *she* or *he* for a country, a government or a company.
It also makes *she* of a man it has just called *Mr. Kim*.

All three rules read one resolution of every gendered pronoun against the mentions of
:mod:`checker.analysis.mentions`. Reach is the pronoun's sentence and the two before it,
never across a heading:

- syntax decides first: a pronoun bound to its own clause's non-person subject (*the company
  said she*, *the regulator ... her rules*, *..., and he*) or to the speaker just before its
  speech verb (*..., and the central bank said she*) is reported whoever else is near,
  unless someone of its gender is named before it in its sentence, the sentence before is
  about someone of that gender (its subject, a person stated to be of that gender, a pronoun
  of that gender), or the predicate is a person's (*said he would retire*, *his knee*); a
  plain subject opening a paragraph (*France has activated her plan*) binds whoever the
  paragraph before was about; a speaker stated to be of the other gender (*Mr. Bianchi, who
  ..., said she*) is contradicted when no one else who may be meant is near (the speaker may
  have a complement and up to two appositions, *A deputy of the party, Marek Lis, said she*,
  a first predicate, *called the case ... and said that his*, be named in apposition to a
  subject that is none, *the minister, Amira Osman, who told reporters that his*, or be an
  opening pronoun standing for a woman named just before, *She said that his own surveys*; a
  given name or a clear majority of the pronouns bound to the name states the speaker's
  gender); a sentence-opening subject pronoun that continues a subject of the other gender
  (*Lund has broken his arm. She ...*) contradicts that person, and so does one of a gender
  the text has never used while the sentence before is about someone of the other (names of
  unknown kind are no evidence of a person; a role noun or a woman in reach is);
- the bindings of :mod:`checker.rules.pronoun_syntax` also hold a pronoun to the speaker
  across its relative clause (*The league, whose president ..., said she*), to the head of a
  *which* clause (*the club, which had hoped that his*), to the subject an opening pronoun,
  an opening possessive or an opening *It* continues (*The foundation met. She will pay*)
  when no one who fits is in the sentence before and no role noun, subject or person of that
  gender two sentences back, and to *X, for his part,*; a possessive of a reported clause to
  that clause's non-person subject (*said the board had broken his promise*), the subject of
  an *in which* clause to the main clause's subject, and a speaker's pronoun to the subject
  whose noun a complement follows (*The association of counties said he*); one person called
  *he* and then *she* as the subject of a later clause is a P102;
- a possessive of a noun only a country, a city or a company has (*her GDP*, *his
  subsidiaries*, *her borders*, *his budget deficit*: :mod:`checker.rules.pronoun_possession`)
  is reported for its clause's non-person whoever is near, unless a pronoun of its gender
  comes between them or, with no such clause, a person is its sentence's subject;
- a subject pronoun whose predicate no person can have by WordNet's verb frames (*she was
  ratified*, *he will be rebuilt*, *she depreciated against the yuan*:
  :mod:`checker.rules.pronoun_predicates`) is reported for the non-person that syntax
  names whoever is near (an info when WordNet alone types that non-person);
- otherwise the non-person that syntax points at is weighed against the people in reach
  (:mod:`checker.rules.pronoun_salience`, a centering model with Lappin and Leass weights:
  subject over object over a preposition's complement, halved per sentence back and per
  paragraph crossed, the previous subject preferred by a subject pronoun, the clause's own
  subject by a possessive): anyone of a compatible gender (or of unknown gender: a name, a
  role noun, *someone*, an animal) in the pronoun's sentence before it or in the one before,
  or a subject two sentences back in the same paragraph, still silences the rules; people
  further off silence them only when the non-person does not outweigh them by a margin;
  with no non-person that syntax points at, any compatible person in reach silences them
  (two sentences back only people a reader takes up again: named people, subjects, people
  of that gender, not a passing *any prisoner*);
- the subject pronoun of a main clause after a long opener (*In its report, published on
  Monday, she warned*) and a possessive in that opener continue the subject before, as an
  opening pronoun does; a possessive in an opener looks ahead to the first mention after
  its comma; a subordinate clause's subject (*must decide if she*) reads its main clause's
  subject, but only when no one who fits is in reach;
- the antecedent is plain when the pronoun opens its sentence and the sentence before has a
  non-person subject (*North Korea has not responded... She*), or when the pronoun follows
  its own clause's non-person subject as a possessive, a reflexive, after a speech verb or
  after *and* (*The company said he*, *Germany is proud of her engineers*);
- the severity drops to info when the person the text was last about, before the reach,
  fits the pronoun (a woman profiled two paragraphs earlier may still be *she*), when the
  non-person is typed by WordNet alone and syntax does not bind the pronoun to it, and when
  the contrary gender comes from given names alone and the pronoun does not continue that
  person.

Then :mod:`checker.rules.pronoun_chains` carries each P101 warning along its chain: the
next pronouns of the same gender series that continue it (*The union said she ... Her
chairwoman, Petra Hollmann, ...*), with no one who may be of that gender, no quotation and no
new paragraph between, are reported too.

Pronouns inside quotations (but those of a quoted clause opening with a non-person:
*“The government arrived with a good record, but she failed”*), speech tags next to a
quotation (but against the speaker), generic *he or she*, ships called *she* and pronouns
in headings are never judged. Everything is linear:
per-sentence summaries and running counts, no scan over mentions per pronoun.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.analysis.mentions import FEMALE, MALE, Mention
from checker.document import Document
from checker.patterns import lazy
from checker.registry import rule
from checker.rules.pronoun_chains import extend_chains
from checker.rules.pronoun_reach import Judgement, Verdict
from checker.rules.pronoun_resolution import _Resolver
from checker.types import Fix, Hit, Severity

# A word spelt like a gendered pronoun (she, He, her’s...), standing alone as words start
# and end: every pronoun of the mentions analysis is one, so a text without any has no
# pronoun to resolve, and its mentions need not be found.
_PRONOUN_WORD = lazy(r"(?<![^\W\d_])(?:[Ss]he|[Hh](?:e|im|is|er|ers|imself|erself))(?![^\W\d_])")


def resolve(doc: Document) -> list[Verdict]:
    """Every gendered pronoun that a P rule reports, computed once per document."""
    return doc.memo(f"{__name__}:verdicts", _resolve)


def _resolve(doc: Document) -> list[Verdict]:
    if _PRONOUN_WORD.search(doc.analysis_text) is None:
        return []
    resolver = _Resolver(doc)
    return extend_chains(doc, resolver.run(), resolver.personal_predicate)


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

    Machine translation repeats the gender for every pronoun of one antecedent: a pronoun
    of the same series that continues a reported one, with no one of its gender mentioned
    between, is reported too (``The union said she would strike. Her leaders ...``).

    One judgement per pronoun (P101, P102 and P103 share it): one person called *he* and
    *she* in one sentence, or a speaker stated to be of the other gender, is a P102 before
    any P101; a pronoun bound to a non-person is a P101 before the other P102 checks; P103
    only when no one and nothing in reach could be meant.

    Okay: Prime Minister Giorgia Meloni arrived in Rome. She said the talks went well.
    Okay: The ferry is old. There has been talk of replacing her.
    Okay: The club signed Marco Rossi in May. The club said he would retire in June.
    P101: Germany announced new tariffs on Monday. She wants to protect her steel industry.
    P101: The company said he would cut 500 jobs.
    """
    for verdict in resolve(doc):
        if verdict.kind is not Judgement.NON_PERSON or verdict.antecedent is None:
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

    One judgement per pronoun (shared with P101 and P103): *he* and *she* for one person,
    and a speaker of the other gender, are reported here before P101 is considered; any
    other P102 defers to P101 when syntax binds the pronoun to a non-person.

    Okay: Mr. Kim met the press on Monday. He said the talks had failed.
    P102: Mr. Kim met the press on Monday. She said the talks had failed.
    P102: Hewitt reached the final. He said he had hurt her knee.
    """
    for verdict in resolve(doc):
        if verdict.kind is not Judgement.WRONG_GENDER or verdict.antecedent is None:
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
        if verdict.kind is not Judgement.UNRESOLVED:
            continue
        pronoun = verdict.pronoun
        yield Hit(
            pronoun.start,
            pronoun.end,
            detail={"pronoun": pronoun.text},
            severity=verdict.severity,
        )
