"""Document-wide facts of the mentions analysis: names typed by what the document says
of them, places that are also given names, genders spread from titles, given names,
appositions, repeated roles and the pronouns bound to a name."""

from __future__ import annotations

import bisect
import itertools
import operator

from checker.analysis.entities import given_name_gender, wordnet_thing
from checker.analysis.lexicon import is_common_english
from checker.analysis.mention_base import (
    CITY,
    FEMALE,
    INSTITUTION,
    MALE,
    NAME,
    ORGANISATION,
    PEOPLE_GROUP,
    PERSON,
    PLACE,
    POSSIBLE,
    STRONG_EVIDENCE,
    SUBJECT,
    VESSEL,
    Mention,
    Pronoun,
    maybe_a_thing,
)
from checker.analysis.mention_words import FUNCTION_WORDS, PLACE_PREPOSITIONS
from checker.analysis.speech_tags import reporting_verb_after
from checker.patterns import lazy
from checker.thresholds.pronoun import GENERIC_ROLE_REACH, ROLE_REACH
from checker.words import generic_roles

# Between a role noun and its name: ", " or " for Greenpeace, " (a short prepositional phrase).
_APPOSITION_GAP = lazy(
    r",\s?(?:\d{1,3},\s?)?|\s(?:for|of|at|from|in|with)\s[^,.;:!?]{1,60},\s?"
    r"|,\s?(?:the\s)?[^\W\d_]+(?:[\s-][^\W\d_]+){0,3}['’]s\s"  # Ann Lee, the union's chief
)
# Between a role noun and a name inside its complement: "the Minister of (the) Justice".
# Between two role nouns of one apposition: "Ruiz, a former judge and the mother of two,".
_ROLE_AND = lazy(r"(?: (?:on|of|at|in|for|with|from) [^,;:.!?]{1,50})? and ")
_ROLE_COMPLEMENT = lazy(r"\s(?:for|of|at|from|in|with)\s(?:the\s)?")
# Between a common noun for a thing and its name: "the company Rheinwerk", "the company that
# runs the terminal, Atlântica Portos,".
_THING_NAME_GAP = lazy(r" |,\s?|\s(?:that|which)\s[^,.;:!?]{1,60},\s?")
# A family name first, then a hyphenated given name (Korean romanisation): Lee Jung-hee.
_FAMILY_FIRST = lazy(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
_WHICH_AFTER = lazy(r",\s?which\b")
_ITS = lazy(r"\bits\b")
_CLAUSE_BREAK = lazy(r"[,;:.!?()\"“”]|\b(?:and|but|who|which|that|while|after|when)\b")
_NEXT_LOWER = lazy(r" ([a-z]+)\b")
_START = operator.attrgetter("start")
# The key of :meth:`DocumentFacts._repeated_roles` for any stated role (generic role nouns).
_ANY_ROLE = "*"


class DocumentFacts:
    """Document-wide evidence (a mixin of the mentions builder)."""

    # Document-wide evidence -------------------------------------------------------------
    def _link_names(self) -> None:
        """Spread what one mention of a name says to the others.

        ``the company Rheinwerk`` or ``Rheinwerk, the chemical company,`` make every
        ``Rheinwerk`` an organisation. A titled mention (``Mr. Zelensky``) gives every mention
        of that name, and of the one full name ending in it, the title's gender; a given name
        borne by one gender (``Angela``) gives weaker evidence the same way.
        """
        mentions = self.result.mentions
        text = self.text
        # Only mentions holding a name can be linked (a few in ten): the loops visit those.
        named_at = [i for i, m in enumerate(mentions) if m.name_start >= 0]
        names = {i: text[mentions[i].name_start : mentions[i].name_end] for i in named_at}
        thing_like = [i for i in named_at if maybe_a_thing(mentions[i])]
        things = self._things_by_neighbours(thing_like, names)
        self._things_by_context(named_at, names, things)
        self._places_by_context()
        surnames = self._surnames_of_people(named_at, names, things) if things else {}
        full_by_last: dict[str, set[str]] = {}
        thing_set = set(thing_like)
        for index in named_at:
            m = mentions[index]
            name = names[index]
            if name in things and index in thing_set and index < surnames.get(name, len(mentions)):
                m.kind = things[name]
                continue
            if " " in name:
                full_by_last.setdefault(name.rpartition(" ")[2], set()).add(name)
                if _FAMILY_FIRST.fullmatch(name):  # Lee Jung-hee is Ms. Lee
                    full_by_last.setdefault(name.partition(" ")[0], set()).add(name)
        self.named = [mentions[i] for i in named_at]
        self.full_by_last = full_by_last
        self._spread_name_genders([m for m in self.named if m.kind in (PERSON, NAME)], full_by_last)

    def _things_by_neighbours(self, thing_like: list[int], names: dict[int, str]) -> dict[str, str]:
        """Names typed by the mention beside them (``the company Rheinwerk``, ``Rheinwerk,
        the chemical company,``) or by ``which`` after them: name → kind."""
        mentions = self.result.mentions
        text = self.text
        things: dict[str, str] = {}
        last = len(mentions) - 1
        for index in thing_like:
            m = mentions[index]
            owner = mentions[index - 2] if index > 1 else None
            if index > 0 and self._thing_before(mentions[index - 1], m, owner):
                a = mentions[index - 1]
                things[names[index]] = ORGANISATION if a.kind == INSTITUTION else VESSEL
            if index < last:  # the mention after: "Rheinwerk, the chemical company,"
                b = mentions[index + 1]
                head = mentions[index + 2] if index + 2 <= last else None
                if self._thing_after(m, b, head):
                    things[names[index]] = ORGANISATION if b.kind == INSTITUTION else VESSEL
        for index in thing_like:
            # "Real Madrid, which owns ...": people are "who", things "which".
            if _WHICH_AFTER.match(text, mentions[index].end):
                things.setdefault(names[index], ORGANISATION)
        return things

    def _thing_before(self, a: Mention, m: Mention, owner: Mention | None) -> bool:
        """The mention before the name says what it is: "the company Rheinwerk". Not a
        complement of the person before it (``owner``): "The director of the bank, Peter
        Holm,", "A professor at the university, Marek Lis,"."""
        text = self.text
        return bool(
            a.sentence == m.sentence
            and a.kind in (INSTITUTION, VESSEL)
            and not a.plural
            and _THING_NAME_GAP.fullmatch(text, a.end, m.start)
            and not (text[m.start - 2 : m.start] == ", " and self._complement_of_person(a, owner))
        )

    def _complement_of_person(self, a: Mention, owner: Mention | None) -> bool:
        """``a`` follows *of* (the director of the bank), or another preposition right
        after a person (a professor at the university)."""
        text = self.text
        if text[a.start - 4 : a.start] == " of ":
            return True
        gap = _ROLE_COMPLEMENT.fullmatch(text, owner.end, a.start) if owner is not None else None
        return gap is not None and owner is not None and owner.kind == PERSON and not owner.plural

    def _thing_after(self, m: Mention, b: Mention, head: Mention | None) -> bool:
        """The mention after the name says what it is: "Rheinwerk, the chemical company,"
        (``head`` is the mention after that one)."""
        return (
            b.kind in (INSTITUTION, VESSEL)
            and not b.plural
            and not b.modifier  # "Sanna Marin, the party leader,": a person
            # "Founded by Vera Kunz, the shop sells": the main clause's subject, after its
            # opener, is no apposition.
            and not (b.subject and b.evidence == "wordnet")
            # "Ann Lee, the union's president,": the possessor is not what she is.
            and not (
                b.possessive
                and head is not None
                and head.animate
                and head.sentence == b.sentence
                and head.start - b.end <= 3
            )
            and self.text[m.end : b.start] in (", ", ",")
            and b.text.lower().startswith(("the ", "a ", "an "))
        )

    def _surnames_of_people(
        self, named_at: list[int], names: dict[int, str], things: dict[str, str]
    ) -> dict[str, int]:
        """ "Jason Robinson ... Robinson, a former rugby league international,": the surname
        of a person the text names is that person, whatever an apposition seems to say,
        from the person's first full name on (by the index of that mention); before it,
        the thing the text introduced (``the brewer Vandel ... founded by Jan Vandel``)."""
        mentions = self.result.mentions
        surnames: dict[str, int] = {}
        for index in named_at:
            name = names[index]
            space = name.find(" ")
            if space < 0:
                continue
            last = name.rpartition(" ")[2]
            if last in things and (
                mentions[index].kind == PERSON or self._given_gender(name[:space]) is not None
            ):
                surnames.setdefault(last, index)
        return surnames

    def _spread_name_genders(self, named: list[Mention], full_by_last: dict[str, set[str]]) -> None:
        """A title's gender to every mention of the name and of the one full name ending
        in it (``Mr. Zelensky`` → ``Volodymyr Zelensky``), a given name's (weaker) the same
        way."""
        key_cache: dict[str, set[str]] = {}

        def keys_of(name: str) -> set[str]:
            """The name, and the one longer name it ends (Zelensky, de Vries) or, for a
            Korean name, begins (Lee of Lee Jung-hee)."""
            keys = key_cache.get(name)
            if keys is None:
                keys = {name}
                fulls = full_by_last.get(name.split()[-1], ())
                if len(fulls) <= 8:  # many people share it: link none (and stay linear)
                    longer = {
                        f
                        for f in fulls
                        if f != name
                        and (
                            f.endswith(" " + name)
                            or (f.startswith(name + " ") and _FAMILY_FIRST.fullmatch(f))
                        )
                    }
                    if len(longer) == 1:
                        keys |= longer
                key_cache[name] = keys
            return keys

        strong: dict[str, set[str]] = {}
        weak: dict[str, set[str]] = {}
        for m in named:
            name = m.text_of_name
            if m.gender is not None and m.evidence == "title":
                for key in keys_of(name):
                    if self._given_gender(key.split()[0]) not in (None, m.gender):
                        continue  # Mr. Lee is not Sharon Lee
                    strong.setdefault(key, set()).add(m.gender)
            first = name.split()[0]
            if " " in name:
                gender = self._given_gender(first)
                if gender is None and m.kind == PERSON:
                    # "the trade expert Florence Whitby": a person, whose given name is
                    # also a city's.
                    gender = given_name_gender(first)
                if gender is not None:
                    weak.setdefault(name, set()).add(gender)
        introduced: dict[str, list[str]] = {}  # a surname: the full names so far ending in it
        for m in named:
            keys = _keys_so_far(m.text_of_name, keys_of(m.text_of_name), introduced)
            if m.gender is not None:
                continue
            for table, evidence in ((strong, "name"), (weak, "given-name")):
                if len(keys) == 1:
                    genders = table.get(next(iter(keys)), set())
                else:
                    genders = set().union(*(table.get(key, set()) for key in keys))
                if len(genders) == 1:
                    (m.gender,), m.evidence, m.kind = genders, evidence, PERSON
                    break

    def _things_by_context(
        self, named_at: list[int], names: dict[int, str], things: dict[str, str]
    ) -> None:
        """Names the document itself shows to be organisations.

        - the subject of a clause that refers to itself as *its* (``Cairn raised its
          targets``, ``Sumitomo has withdrawn its offer``), with no other mention between;
        - a name opening with a country (``France Telecom``, ``Japan Airlines``);
        - ``the X consortium``: a name between *the* and an institution noun;
        - another mention of the name typed an organisation (or a place, by its
          preposition) where it stands.
        """
        mentions = self.result.mentions
        text = self.text
        for index in named_at:
            m = mentions[index]
            name = names[index]
            if m.kind in (ORGANISATION, PLACE) and not m.ambiguous:
                # "the Rheinwerk consortium", "in Castelverde": every other one too.
                things.setdefault(name, m.kind)
                continue
            if name in things or not maybe_a_thing(m):
                continue
            if m.subject:
                following = mentions[index + 1] if index + 1 < len(mentions) else None
                limit = m.end + 120
                if following is not None and following.sentence == m.sentence:
                    limit = min(limit, following.start)
                its = _ITS.search(text, m.end, limit)
                if its is not None and not _CLAUSE_BREAK.search(text, m.end, its.start()):
                    things[name] = ORGANISATION
                    continue
            space = name.find(" ")
            if space > 0 and not m.ambiguous and name[:space] in self.countries:
                things[name] = ORGANISATION
                continue
            if m.start >= 4 and text.startswith(("the ", "The "), m.start - 4):
                after = _NEXT_LOWER.match(text, m.end)
                if after is not None and after.group(1) in self.nonperson:
                    things[name] = ORGANISATION
                    continue
            if self._thing_noun_before(m):
                things[name] = ORGANISATION

    def _thing_noun_before(self, m: Mention) -> bool:
        """The name follows *the*, at most three modifiers (no function word) and a common
        noun of which WordNet knows no sense that is a person or an animal, and that is no
        ship: ``the family estate Cascina Verde``, ``the Mainz biotech company Novalent``."""
        words = self.text[max(0, m.start - 60) : m.start].split(" ")
        if len(words) < 3 or words[-1] != "":
            return False  # the name must follow one space
        noun = words[-2]
        if (
            not noun.isalpha()
            or not noun.islower()
            or noun.endswith("ing")
            or noun in FUNCTION_WORDS
        ):
            return False
        for k in range(len(words) - 3, max(-1, len(words) - 7), -1):
            word = words[k]
            if word in ("the", "The", "a", "an"):
                return noun not in self.vessels and (noun in self.nonperson or wordnet_thing(noun))
            if not word or word.lower() in FUNCTION_WORDS or not word.replace("-", "").isalnum():
                return False
        return False

    def _places_by_context(self) -> None:
        """A place that is also a given name (``India``, ``Jordan``) is the place all
        through a document that puts it after a place preposition (``in India``) or uses
        its demonym (``Indian firms``), and names no person ending in it (``Michael
        Jordan``)."""
        text = self.text
        ambiguous = [m for m in self.ambiguous if m.ambiguous]
        if not ambiguous:
            return
        places: set[str] = set()
        no_demonym: set[str] = set()  # names whose demonym the text lacks (searched once)
        for m in ambiguous:
            name = m.text
            if name in places:
                continue
            before = text[max(0, m.start - 12) : m.start].split()
            if before and before[-1].lower() in PLACE_PREPOSITIONS:
                places.add(name)
                continue
            if name in no_demonym:
                continue
            stem = name[:-1] if name.endswith("a") else name
            if any(
                demonym.startswith(stem) and demonym in text
                for demonym in self.demonyms_by_letter.get(name[:1], ())
            ):
                places.add(name)
            else:
                no_demonym.add(name)
        # A city's name that no longer name of the text holds (no Paris Hilton, no Lloyd
        # Austin): news introduces a person by the full name, so the bare word is the city.
        # (A country's stays open: "Jordan scored 30 points" may be a player.)
        # A city's that speaks ("Houston said he") may be a person called so: left open.
        speakers = {m.text for m in ambiguous if reporting_verb_after(self.text, m.end)}
        places |= {m.text for m in ambiguous if m.kind == CITY and m.text not in speakers}
        for m in self.result.mentions:  # "Michael Jordan": a person ending in the name
            if m.name_start >= 0 and m.name_end - m.name_start > 1:
                name = text[m.name_start : m.name_end]
                first, space, last = name.rpartition(" ")
                if space and last in places:
                    places.discard(last)
                if space and first.partition(" ")[0] in places:
                    places.discard(first.partition(" ")[0])  # "Paris Hilton"
        for m in ambiguous:
            if m.text in places:
                m.ambiguous = False

    def _vote(self, person: Mention, gender: str) -> None:
        """One pronoun bound to ``person``: a vote for the gender of that name."""
        key = self._vote_key(person)
        if key is None and person is not None and person.name_start < 0:
            partner = self.partner.get(id(person))
            key = self._vote_key(partner) if partner is not None else None
        if key is not None:
            votes = self.votes.setdefault(key, [0, 0])
            votes[gender == MALE] += 1

    def _vote_for_subject(self, pronoun: Pronoun) -> None:
        """A subject pronoun opening its sentence after a sentence whose subject is a named
        person (``Hewitt struggled ... He``) continues that person: a vote."""
        if pronoun.case != SUBJECT or pronoun.in_quote:
            return
        if not pronoun.opens_clause:
            self._vote_for_speaker(pronoun)
            return
        subject = self.result.subjects.get(pronoun.sentence - 1)
        if subject is not None and subject.kind in (PERSON, NAME) and not subject.in_quote:
            self._vote(subject, pronoun.gender)

    def _vote_for_speaker(self, pronoun: Pronoun) -> None:
        """A subject pronoun reported by the speech verb of its sentence's named subject,
        with no one but groups between them (``Jordan, who has worked in Iran, told
        journalists that she``): a vote for the speaker."""
        subject = self.result.subjects.get(pronoun.sentence)
        if (
            not pronoun.after_speech_verb
            or subject is None
            or subject.kind not in (PERSON, NAME)
            or subject.in_quote
            or subject.start > pronoun.start
        ):
            return
        mentions = self.result.mentions
        k = bisect.bisect_right(mentions, subject.start, key=_START)
        while k < len(mentions) and mentions[k].start < pronoun.start:
            m = mentions[k]
            if m.animate and not m.plural and self.partner.get(id(m)) is not subject:
                return  # "Ms. Lee told Mr. Kim that he": someone else he may be
            k += 1
        self._vote(subject, pronoun.gender)

    def _pronoun_majority(self) -> None:
        """A named person's gender from the pronouns bound to the name: at least two, and
        three times as many of one gender as of the other. Three or more, all of one
        gender, override a given name (``Sasha ... she ... she ... her``); nothing overrides
        a title or a gendered noun."""
        decided: dict[str, tuple[str, bool]] = {}  # gender, and whether unanimous of 3+
        for key, (female, male) in self.votes.items():
            if max(female, male) >= 2 and max(female, male) >= 3 * min(female, male):
                sure = min(female, male) == 0 and max(female, male) >= 3
                decided[key] = (FEMALE if female > male else MALE, sure)
        if not decided:
            return
        for m in self.named:  # the mentions holding a name, from _link_names
            if m.plural or m.kind not in (PERSON, NAME):
                continue
            key = self._vote_key(m)
            if key not in decided:
                continue
            gender, sure = decided[key]
            if m.evidence in STRONG_EVIDENCE or (m.evidence == "given-name" and not sure):
                continue
            last = key.rpartition(" ")[2]
            if m.kind == NAME and (last in self.org_heads or is_common_english(last.lower())):
                continue  # the Hopman Cup, the US Open: not a person's name
            m.gender = gender
            m.evidence = "pronouns"
            m.kind = PERSON

    def _given_gender(self, word: str) -> str | None:
        """The gender of a given name (hand list, then birth counts), not of a place's
        name (``China Aviation Oil``, ``Georgia``)."""
        try:
            return self.given_memo[word]
        except KeyError:
            gender = None if self.places.candidates(word) else given_name_gender(word)
            self.given_memo[word] = gender
            return gender

    def _appositions(self) -> None:
        """``Mrs. Okafor, the new mayor,``, ``the leader, Kim Jong-un`` and ``a lawyer for
        Greenpeace, Femke Visser``: one person, so the role noun takes the name's stated
        gender and the other way round."""
        mentions = self.result.mentions
        text = self.text
        for index, a in enumerate(mentions):
            if a.kind not in (PERSON, NAME, POSSIBLE) or a.plural:
                continue
            # The next person mention of the sentence, at most three mentions on.
            complement: list[Mention] = []  # "Justice" of "the Minister of Justice, ..."
            for b in mentions[index + 1 : index + 4]:
                if b.sentence != a.sentence:
                    break
                if b.kind not in (PERSON, NAME, POSSIBLE) or b.plural:
                    continue
                if PERSON not in (a.kind, b.kind) and not _named_role(a, b, text):
                    break
                # "spokesman Dmitry Peskov", "the party's leader Elly Schlein": a role as title.
                as_title = _role_as_title(a, b, text)
                if a.kind == POSSIBLE and not as_title:
                    break  # an agent noun of unknown kind: only as a title
                if as_title and a.kind == POSSIBLE:
                    a.kind = PERSON  # "the biologist Maria Lind": the agent noun is her role
                if not as_title and _APPOSITION_GAP.fullmatch(text, a.end, b.start) is None:
                    if (
                        b.kind == NAME
                        and a.name_start < 0
                        and _ROLE_COMPLEMENT.fullmatch(text, a.end, b.start) is not None
                    ):
                        complement.append(b)
                        continue
                    break
                if complement and b.name_start < 0:
                    break
                for name in complement:  # a name inside a role: no one to refer to
                    name.kind = ORGANISATION
                if (a.name_start >= 0) != (b.name_start >= 0):  # a name and a role noun
                    self.partner[id(a)] = b
                    self.partner[id(b)] = a
                    roles = [
                        b,
                        # (b's place: searched from index + 1, not in a copy of the rest)
                        *_coordinated_roles(mentions, mentions.index(b, index + 1), text),
                    ]
                    for source in (a, *roles):
                        for target in (a, *roles):
                            _share_gender(source, target)
                break
        # "the director of the factory, Yuki Tanaka, a woman of fifty": the name took its
        # gender from the later apposition; its role noun takes it too.
        for m in mentions:
            partner = self.partner.get(id(m))
            if partner is not None and m.gender is None:
                _share_gender(partner, m)

    def _repeated_roles(self) -> None:
        """``The minister, Anna Nowak, ... The minister said``: a definite role noun that
        repeats the role of a person of known gender some sentences before
        (:data:`ROLE_REACH`) is that person (``Health Minister Anna Nowak ... the minister``
        too; ``the biologist Maria Lind ... the researcher``, a generic role, within
        :data:`GENERIC_ROLE_REACH`). Two people of different genders in that role leave it
        open. A later mention of the name renews the role (``the minister of the state,
        Adelaide Brooks ... Brooks said ... The minister``)."""
        last: dict[str, tuple[Mention | None, int]] = {}
        roles_of: dict[str, list[str]] = {}  # a surname: the roles apposed to the name
        for m in self.result.mentions:
            if m.kind == POSSIBLE and m.head and m.head.split()[-1] in last:
                m.kind = PERSON  # "the biologist Maria Lind ... The biologist": her role
            if m.kind != PERSON or m.plural or m.in_quote:
                continue
            keys = self._role_keys(m, roles_of)
            if m.gender is None:
                if m.name_start < 0 and m.text.lower().startswith("the ") and keys:
                    _take_up_role(m, keys, last)
                continue
            if m.evidence not in STRONG_EVIDENCE and m.evidence != "given-name":
                continue
            for key in (*keys, _ANY_ROLE) if keys else ():
                previous, sentence = last.get(key, (None, -9))
                conflict = key in last and (previous is None or previous.gender != m.gender)
                if key == _ANY_ROLE and m.sentence - sentence > GENERIC_ROLE_REACH:
                    conflict = False  # (any role: only the people in reach compete)
                last[key] = (None if conflict else m, m.sentence)

    def _role_keys(self, m: Mention, roles_of: dict[str, list[str]]) -> list[str]:
        """The roles a person mention states or renews: its role noun (``prime minister``,
        then ``minister``), the roles apposed to its name before, its title."""
        keys: list[str] = []
        if m.name_start < 0 and m.head:
            keys.extend(_role_and_its_last_word(m.head))
            partner = self.partner.get(id(m))
            if partner is not None and partner.name_start >= 0:
                surname = partner.text_of_name.rpartition(" ")[2]
                roles_of.setdefault(surname, []).extend(keys)
        elif m.name_start >= 0:
            keys.extend(roles_of.get(m.text_of_name.rpartition(" ")[2], ()))
        if m.title:
            titles = _role_and_its_last_word(m.title.rstrip("."))
            keys.extend(titles)
            if m.name_start >= 0 and " " in m.title:
                # "Prime Minister Claire Vasseur ... Mrs Vasseur": the name renews the role
                surname = m.text_of_name.rpartition(" ")[2]
                roles_of.setdefault(surname, []).extend(titles)
        return keys

    def _pronoun_evidence(self) -> None:
        """A pronoun whose sentence (up to it) and the sentence before hold exactly one
        animate singular mention, and nothing else that could be its antecedent, gives
        that mention its gender (``A young soldier says he ...``)."""
        mentions = self.result.mentions
        starts = list(map(_START, mentions))
        # Mentions are found in text order, all but a few whose determiner reaches back
        # before the mention just found ("the former chancellor" after "former"). In order,
        # the mentions before a pronoun are found by bisection; else they are those up to
        # the first that is not before it.
        in_order = all(map(operator.le, starts, itertools.islice(starts, 1, None)))
        m_index = 0
        for pronoun in self.result.pronouns:
            if in_order:
                stop = bisect.bisect_left(starts, pronoun.start, m_index)
            else:
                stop = m_index
                while stop < len(mentions) and starts[stop] < pronoun.start:
                    stop += 1
            m_index = stop
            if pronoun.in_quote or pronoun.generic:
                continue
            subject = self.result.subjects.get(pronoun.sentence)
            if (
                subject is not None
                and subject.nonperson
                and subject.start < pronoun.start
                and not pronoun.opens_clause
            ):
                continue  # "The ministry said she": the ministry's, whatever its gender
            # The last twelve mentions before the pronoun, of its sentence and the one before
            # (mentions come sentence by sentence: those are the last twelve, less those of
            # the sentences before).
            before = pronoun.sentence - 1
            if before in self.result.heading_sentences:
                before += 1  # a headline is no antecedent: a pronoun never reaches across it
            recent = [m for m in mentions[max(0, stop - 12) : stop] if m.sentence >= before]
            candidates = [
                m for m in recent if (m.animate or m.ambiguous) and not m.plural and not m.modifier
            ]
            # "Maria Rossi, a climate scientist": one person.
            candidates = [
                m
                for m in candidates
                if m.name_start >= 0 or not any(c is self.partner.get(id(m)) for c in candidates)
            ]
            if len(candidates) != 1 or any(m.kind == PEOPLE_GROUP for m in recent):
                self._vote_for_subject(pronoun)
                continue
            only = candidates[0]
            self._vote(only, pronoun.gender)
            self._give_gender(pronoun, only)

    def _give_gender(self, pronoun: Pronoun, only: Mention) -> None:
        """The pronoun's gender to the one person it may stand for (and the name or role in
        apposition to it), as evidence ``pronoun`` (a speech tag, a sentence's subject, a
        reported subject: telling) or ``pronoun-weak``."""
        telling = pronoun.speech_tag or pronoun.opens_clause or pronoun.after_speech_verb
        evidence = "pronoun" if telling else "pronoun-weak"
        pair = (only, self.partner.get(id(only)))
        if pronoun.gender == FEMALE and any(_man_compound(p) for p in pair if p):
            return  # one "she" does not make "a spokesman" a woman: it may be wrong
        for person in pair:
            if person is not None and person.gender is None and person.kind in (PERSON, NAME):
                person.gender = pronoun.gender
                person.evidence = evidence
                person.evidence_at = pronoun.start


def _role_and_its_last_word(role: str) -> list[str]:
    """A role in lower case, and its last word if it has more (the prime minister is a
    minister)."""
    role = role.lower()
    return [role, role.rpartition(" ")[2]] if " " in role else [role]


def _keys_so_far(name: str, keys: set[str], introduced: dict[str, list[str]]) -> set[str]:
    """The names a mention's gender is read from: ``keys``, or for a bare surname that
    several full names end in, the one full name the text has named so far (``Maria Lind
    ... Lind ... her father, Per Lind``: before the second, the bare surname is the first),
    never one named only after it. Records a full name in ``introduced`` (surname: full
    names, in text order)."""
    if " " in name:
        fulls = introduced.setdefault(name.rpartition(" ")[2], [])
        if name not in fulls:
            fulls.append(name)
        return keys
    so_far = introduced.get(name, ())
    if len(so_far) == 1 and (len(keys) == 1 or so_far[0] in keys):
        return {name, so_far[0]}
    # Not a full name the text names only later ("Romero resigned ... her father, Manuel
    # Romero"): a bare surname refers back.
    return {key for key in keys if key == name or key in so_far}


def _take_up_role(m: Mention, keys: list[str], last: dict[str, tuple[Mention | None, int]]) -> None:
    """A definite role noun of unknown gender takes the gender of the last person in its
    exact role within :data:`ROLE_REACH`, else, for a generic role noun, of the last
    person whose role the text stated within :data:`GENERIC_ROLE_REACH`."""
    key = keys[0]
    if key in last:
        source, sentence = last[key]
        reach = ROLE_REACH
    elif key in generic_roles():
        source, sentence = last.get(_ANY_ROLE, (None, -99))
        reach = GENERIC_ROLE_REACH
    else:
        return
    if source is not None and m.sentence - sentence <= reach:
        m.gender = source.gender
        m.evidence = "name" if source.evidence in STRONG_EVIDENCE else "given-name"


def _man_compound(m: Mention) -> bool:
    """A role noun compounded with *-man* (spokesman, chairman): English still uses some for
    women, so it states no gender, but a single *she* is no evidence against it."""
    head = m.head
    return (
        m.name_start < 0
        and len(head) > 3
        and head.islower()
        and head.endswith("man")
        and not head.endswith("woman")
    )


def _role_as_title(a: Mention, b: Mention, text: str) -> bool:
    """A role noun right before a name, as its title: ``spokesman Dmitry Peskov``, and an
    agent noun of unknown kind before a person's name (``the biologist Maria Lind``; not
    ``the brewer Vandel``, which may be a firm)."""
    if a.name_start >= 0 or text[a.end : b.start] != " ":
        return False
    return a.kind == PERSON or (a.kind == POSSIBLE and b.kind == PERSON and b.name_start >= 0)


def _named_role(a: Mention, b: Mention, text: str) -> bool:
    """A name and, right after its comma, an agent noun of unknown kind (``Ruiz, a former
    welder``): the noun is a role of that person."""
    return (
        a.kind == NAME
        and b.kind == POSSIBLE
        and b.name_start < 0
        and text[a.end : b.start] == ", "
        and b.text[:2].lower() in ("a ", "an")
    )


def _coordinated_roles(mentions: list[Mention], at: int, text: str) -> list[Mention]:
    """Role nouns joined by *and* to the role noun at ``at`` in one apposition (``a former
    judge and the mother of two``, ``a pilot on the A320 for ten years and the mother of
    three``): the same person."""
    found: list[Mention] = []
    last = mentions[at]
    for c in mentions[at + 1 : at + 5]:
        if c.sentence != last.sentence:
            break
        if c.kind not in (PERSON, POSSIBLE) or c.plural or c.name_start >= 0:
            continue  # inside the role's complement: "a pilot on the Airbus A320 and"
        if _ROLE_AND.fullmatch(text, last.end, c.start) is None:
            break
        found.append(c)
        last = c
    return found


def _share_gender(source: Mention, target: Mention) -> None:
    """One person: the target takes the source's stated or given-name gender (a stated
    gender also confirms the same gender a given name suggested)."""
    strong = source.evidence in STRONG_EVIDENCE
    weak = source.evidence == "given-name"
    if source is not target and source.gender and (strong or weak) and target.gender is None:
        target.gender = source.gender
        target.evidence = "name" if strong else "given-name"
        target.kind = PERSON
    elif strong and target.gender == source.gender and target.evidence == "given-name":
        # "Its chairwoman, Anja Schulz,": the noun states what the given name suggested.
        target.evidence = "name"
