"""Who is who, for the mentions analysis: document-level facts that type a name or tell
two people apart from what the text itself says.

- a place named in a dateline (``RIZE — ``) is that place wherever the text names it;
- a surname that is also a place (``Lucía Montenegro ... Montenegro said``) is the person
  once the text has named someone so, unless a preposition of place stands before it;
- a role noun in apposition to an organisation (``the Simorgh Group, the largest producer
  of series,``) is the organisation, not a person;
- a gender stated by a title, a gendered noun or an apposition (``her brother Emre
  Arslan``) holds for every mention of that full name;
- two people who share a surname (a couple, siblings) are told apart by their full names:
  the pronouns bound to one are no evidence for the other, and a bare surname that could be
  either gets no vote.

A mixin of the mentions builder (:class:`checker.analysis.mentions.MentionBuilder`); each
pass is linear in the number of mentions.
"""

from __future__ import annotations

from checker.analysis.entities import given_name_gender, known_given_name
from checker.analysis.mention_base import (
    CITY,
    COUNTRY,
    INSTITUTION,
    NAME,
    ORGANISATION,
    PERSON,
    PLACE,
    POSSIBLE,
    REGION,
    STRONG_EVIDENCE,
    Mention,
)
from checker.analysis.mention_words import PLACE_PREPOSITIONS
from checker.analysis.speech_tags import reporting_verb_after
from checker.patterns import lazy
from checker.text.fold import fold

# A dateline opening a paragraph: a place in capitals (and a date), then a dash.
_DATELINE = lazy(r"([^\W\d_][\w.'’-]+(?: [^\W\d_][\w.'’-]+){0,3})(?:, [\w ]{1,30})? [—–-] ")
# Words before a place's name that keep it a place (in Montenegro, the Montenegro office).
_PLACE_WORDS = PLACE_PREPOSITIONS | {"of", "the", "to", "from", "across", "into"}
# Between an organisation and a role noun in apposition to it: a comma and a space.
_APPOSED = ", "
_PLACE_KINDS = frozenset({COUNTRY, CITY, REGION, PLACE})


class Identity:
    """Document-level typing and person identity (a mixin of the mentions builder)."""

    # Names at a sentence's start --------------------------------------------------------
    def _named_elsewhere(self, word: str) -> bool:
        """``word``, capitalised at a sentence's start and also a common or foreign word
        (``Mäkinen``, ``Victoria``), is a name the text uses: a word of a name found
        before (``the skier Kaisa Mäkinen``, ``the state of Victoria``)."""
        mentions = self.result.mentions
        words = self.name_words
        for m in mentions[self.name_words_upto :]:
            if m.name_start >= 0:
                name = m.text_of_name
                if " " in name:
                    words.update(name.split())
                else:
                    words.add(name)
        self.name_words_upto = len(mentions)
        return word in self.name_words

    # Names typed by the text ------------------------------------------------------------
    def _dateline_places(self) -> None:
        """Names of unknown kind that a paragraph's dateline names (``KUOPIO — ``) are
        that city wherever the text names them."""
        text = self.text
        datelines: set[str] = set()
        for paragraph in self.doc.paragraphs:
            start = paragraph.start
            if paragraph.is_heading or not text[start + 1 : start + 2].isupper():
                continue
            match = _DATELINE.match(text, start, paragraph.end)
            if match is not None and match.group(1).isupper():
                datelines.add(match.group(1))
        if not datelines:
            return
        for m in self.result.mentions:
            if (
                m.kind == NAME
                and m.name_start >= 0
                and m.title is None
                and m.text_of_name.upper() in datelines
            ):
                m.kind = CITY  # (a dateline names the city a story was filed from)

    def _surnames_not_places(self) -> None:
        """A one-word place (``Montenegro``, ``Jordan``) after the text has named a person
        whose surname it is (``Lucía Montenegro``, ``the producer Simone Jordan``) is that
        person, unless a preposition of place or a determiner stands before it."""
        places = {m.text for m in self.result.mentions if m.kind in _PLACE_KINDS}
        surnames: dict[str, int] = {}  # a person's surname → where the full name was named
        for m in self.result.mentions:
            if m.head not in places or m.name_start < 0 or m.plural:
                continue  # (the head of a name is its last word)
            first, space, last = m.text_of_name.rpartition(" ")
            if not space or " " in first or last not in places:
                continue
            if m.kind == PERSON or known_given_name(first.lower()):
                surnames.setdefault(last, m.start)
        if not surnames:
            return
        text = self.text
        for m in self.result.mentions:
            if m.kind not in _PLACE_KINDS or m.plural or m.modifier or m.text not in surnames:
                continue
            if surnames[m.text] > m.start:
                continue
            before = text[max(0, m.start - 12) : m.start].split()
            if before and before[-1].lower() in _PLACE_WORDS:
                continue
            m.kind = NAME
            m.ambiguous = False
            m.name_start, m.name_end = m.start, m.end
            m.head = m.text

    def _organisation_first_words(self) -> None:
        """A bare name that opens the name of an organisation the text names (``Alföldi``
        after ``the company Alföldi Tej``, ``Feiyun`` after ``Feiyun Technology``) is that
        organisation, unless it is a given name, a place or a person's surname."""
        firsts: set[str] = set()
        for m in self.named:
            if m.kind == ORGANISATION and " " in m.text_of_name:
                firsts.add(m.text_of_name.partition(" ")[0])
        if not firsts:
            return
        firsts -= set(self.full_by_last)
        for m in self.named:
            if m.kind != NAME or m.title is not None or m.evidence is not None:
                continue
            name = m.text_of_name
            if (
                name in firsts
                and not known_given_name(name.lower())
                and not self.places.candidates(name)
            ):
                m.kind = ORGANISATION

    def _organisation_appositions(self) -> None:
        """``the Simorgh Media Group, the largest producer of series,``: a role noun of
        unknown gender right after an organisation's name and a comma is the
        organisation (not when a speech verb follows it: ``The company, a spokesman
        said,``)."""
        mentions = self.result.mentions
        text = self.text
        for index in range(len(mentions) - 1):
            a = mentions[index]
            if a.kind not in (ORGANISATION, INSTITUTION) or a.plural or a.possessive:
                continue
            b = mentions[index + 1]
            if (
                b.sentence != a.sentence
                or b.kind not in (PERSON, POSSIBLE)
                or b.plural
                or b.gender is not None
                or b.name_start >= 0
                or b.possessive
                or text[a.end : b.start] != _APPOSED
                or not b.text.lower().startswith(("the ", "a ", "an "))
                or b.head in self.gendered
            ):
                continue
            if reporting_verb_after(text, b.end):
                continue
            after = mentions[index + 2] if index + 2 < len(mentions) else None
            if after is not None and after.name_start >= 0 and text[b.end : after.start] == " ":
                continue  # "the firm, the chief executive Ann Lee": a person after all
            b.kind = INSTITUTION

    # People -----------------------------------------------------------------------------
    def _spread_stated_genders(self) -> None:
        """A gender stated by a title, a gendered noun or an apposition for one mention of
        a full name (``her brother Emre Arslan``) is the gender of every mention of that
        full name, and of its bare surname after it when no other full name ends in it."""
        stated: dict[str, set[str]] = {}
        first_named: dict[str, int] = {}  # a full name: where the text first names it
        for m in self.named:
            if " " in m.text_of_name:
                first_named.setdefault(m.text_of_name, m.start)
            if m.gender is not None and m.evidence in STRONG_EVIDENCE and " " in m.name:
                stated.setdefault(m.text_of_name, set()).add(m.gender)
        if not stated:
            return
        by_surname: dict[str, set[str]] = {}
        for name in stated:
            by_surname.setdefault(name.rpartition(" ")[2], set()).add(name)
        for m in self.named:
            if m.head not in by_surname or m.evidence in STRONG_EVIDENCE:
                continue  # (a name's head is its last word: no stated name ends in it)
            if m.plural or m.kind not in (PERSON, NAME):
                continue
            name = m.text_of_name
            if " " not in name:
                fulls = self.full_by_last.get(name, ())
                if len(fulls) != 1 or len(by_surname.get(name, ())) != 1:
                    continue
                (name,) = fulls
                if first_named.get(name, -1) > m.start:
                    continue  # "Romero resigned ... her father, Manuel Romero": not him
            genders = stated.get(name, ())
            if len(genders) == 1:
                (m.gender,) = genders
                m.evidence = "name"
                m.kind = PERSON

    def _spread_to_spelling_variants(self) -> None:
        """A full name written another way (without its accents, ``Ayse Nur Demirtas``;
        its words in the other order, ``Sato Yumiko``) names the same person: it takes the
        gender the name's other spellings are stated (or given-named) to have, when they
        agree."""
        known: dict[frozenset[str], set[tuple[str, str]]] = {}
        for m in self.named:
            name = m.text_of_name
            if m.gender is None or m.plural or " " not in name:
                continue
            if m.evidence in STRONG_EVIDENCE or m.evidence == "given-name":
                evidence = "name" if m.evidence in STRONG_EVIDENCE else "given-name"
                known.setdefault(_spelling_key(name), set()).add((m.gender, evidence))
        if not known:
            return
        for m in self.named:
            name = m.text_of_name
            if m.gender is not None or m.plural or m.kind not in (PERSON, NAME) or " " not in name:
                continue
            found = known.get(_spelling_key(name))
            if not found or len({gender for gender, _ in found}) != 1:
                continue
            m.gender, m.evidence = min(found, key=lambda item: item[1] != "name")
            m.kind = PERSON

    def _place_given_names(self) -> None:
        """A person (by a title, a role noun or an apposition: ``the minister of the
        state, Adelaide Brooks``) whose given name is also a place's takes the given
        name's gender, as do the role noun in apposition and the bare surname when no other
        full name ends in it."""
        given: dict[str, str] = {}
        places = self.places
        partners = self.partner
        for m in self.named:
            if m.gender is not None or m.plural:
                continue
            if m.kind != PERSON and (m.kind != NAME or id(m) not in partners):
                continue
            first, space, last = m.text_of_name.partition(" ")
            if not space or " " in last or not places.candidates(first):
                continue
            partner = self.partner.get(id(m))
            if m.kind != PERSON and (partner is None or partner.kind != PERSON):
                continue
            gender = given_name_gender(first)
            if gender is None:
                continue
            for person in (m, partner):
                if person is not None and person.gender is None:
                    person.gender, person.evidence, person.kind = gender, "given-name", PERSON
            given[m.text_of_name] = gender
        if not given:
            return
        for m in self.named:
            name = m.text_of_name
            fulls = self.full_by_last.get(name, ())
            if m.gender is None and m.kind in (PERSON, NAME) and len(fulls) == 1:
                (full,) = fulls
                if full in given:
                    m.gender, m.evidence, m.kind = given[full], "given-name", PERSON

    def _vote_key(self, person: Mention) -> str | None:
        """What the pronouns bound to ``person`` vote for: the surname, or the full name
        when the text names two people with that surname (a bare surname then votes for
        no one)."""
        if person.name_start < 0 or person.plural:
            return None
        name = person.text_of_name
        last = name.rpartition(" ")[2]
        if len(self.full_by_last.get(last, ())) < 2:
            return last
        return name if " " in name else None


def _spelling_key(name: str) -> frozenset[str]:
    """The words of a full name, folded (no case, no accents) and in no order."""
    return frozenset(fold(word) for word in name.split())
