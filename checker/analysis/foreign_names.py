"""Name readings of the language analysis: whether foreign-looking words are part of a name.

:class:`NameReading` (a mixin of the analyser) tells names from leftovers: runs of capitals,
particles, institutions' names that go on in lower case, persons' names after roles or
reporting verbs, German nouns (which are capitalised but no names), openers of a sentence.
"""

from __future__ import annotations

from functools import lru_cache

from checker.analysis.foreign_words import (
    _APPOSITION,
    _ROLE_GAP,
    POSSIBLE,
    SYLLABIC_NAME_LANGUAGES,
    WORD_SURNAME_LANGUAGES,
    ForeignSpan,
    is_capitalised,
    title_period_before,
)
from checker.analysis.leftovers import (
    ABSENT,
    ADJECTIVE_FIRST_LANGUAGES,
    GERMAN_NOUN,
)
from checker.analysis.lexicon import (
    normalize,
)
from checker.analysis.scripts import LOW, MEDIUM
from checker.analysis.tokens import Token
from checker.text.fold import strip_accents
from checker.text.neighbours import word_after, word_before
from checker.thresholds.language import (
    CONNECTIVE_ENGLISH,
    CONNECTIVE_ZIPF,
    MAX_NAME_WORDS,
    MAX_PARTICLES,
    NAME_FUNCTION_LENGTH,
    NAME_FUNCTION_ZIPF,
    OPENER_BEFORE_NAME_ZIPF,
    RARE_DICTIONARY_ZIPF,
    SURNAME_ENGLISH_ZIPF,
    SURNAME_RARE_FOREIGN_ZIPF,
)
from checker.words import determiners, name_particles, reporting_verbs, title_words


class NameReading:
    """Name checks on a line's tokens (a mixin of the analyser)."""

    def _in_name(
        self,
        tokens: list[Token],
        first: int,
        last: int,
        lang: str,
        initial: bool,
        opener: bool,
        reason: str,
    ) -> bool:
        """The span is part of a name: it continues one, is a person's name in lower case,
        or is a run of capitalised words (Il Fatto Quotidiano)."""
        start = tokens[first].start
        return (
            self._continues_name(
                tokens, first, last, initial or self._opens_quotation(start), reason == ABSENT, lang
            )
            or self._lowercase_name(tokens, first, last, lang)
            or self._given_name_person(tokens, first, last)
            or (not opener and self._is_name_run(tokens[first : last + 1], lang))
        )

    def _continues_name(
        self,
        tokens: list[Token],
        first: int,
        last: int,
        initial: bool,
        absent: bool = False,
        lang: str = "",
    ) -> bool:
        """Names of institutions often keep lower-case words after a capital mid-sentence:
        the Académie française, Reporters sans frontières, Prawo i Sprawiedliwość. A word
        ``absent`` from English continues only a capital that is no English word; a German
        noun starts no name; no name goes on after a possessive (Axa's); in a language that
        puts adjectives first, a lower-case word belongs to a name only before a capital."""
        if is_capitalised(tokens[first].value) and not initial:
            if self._is_german_noun(tokens[first].value):
                return False
            lower = [i for i in range(first, last + 1) if not is_capitalised(tokens[i].value)]
            if lower and lang in ADJECTIVE_FIRST_LANGUAGES:
                return self._capital_follows(tokens, lower[-1], last)  # not Speicher erschöpft
            return True
        if first > 0 and self._adjacent(tokens[first - 1], tokens[first]):
            before = tokens[first - 1]
            if not is_capitalised(before.value) or self._is_initial(before.start):
                return False
            if before.value.endswith(("'s", "’s")):
                return False
            if lang in ADJECTIVE_FIRST_LANGUAGES and not self._capital_follows(tokens, first, last):
                return False
            # the Minister verschlüsseln: no name goes on
            return not (absent and self.lexicon.lookup(normalize(before.value)).dictionary)
        return False

    def _name_like(self, tokens: list[Token], index: int) -> bool:
        """A capitalised word, or a particle (de, della, von der) before or after one;
        German nouns are no names here."""
        value = tokens[index].value
        if is_capitalised(value):
            return self._is_initial(tokens[index].start) or not self._is_german_noun(value)
        if normalize(value) not in name_particles():
            return False
        for step in (-1, 1):
            j = index
            while 0 <= j + step < len(tokens) and abs(j - index) < MAX_PARTICLES:
                left, right = sorted((tokens[j], tokens[j + step]))
                if not self._adjacent(left, right):
                    break
                j += step
                if is_capitalised(tokens[j].value):
                    return not self._is_german_noun(tokens[j].value)
                if normalize(tokens[j].value) not in name_particles():
                    break
        return False

    def _lowercased_name(self, members: list[Token]) -> bool:
        """Some word of the span is lower case, and the document writes every word of it
        capitalised in a full name elsewhere (``maría elena`` after ``María Elena Quispe``,
        ``tomasz Kowalski`` after ``Tomasz Kowalski``): a name written in lower case, which
        the name rules report, not a leftover."""
        lower = False
        for token in members:
            value = token.value
            if value.islower():
                lower = True
                value = value[:1].upper() + value[1:]
            if not self._in_full_name(value):
                return False
        return lower

    def _in_full_name(self, value: str) -> bool:
        """The word stands beside another capitalised word somewhere in the document
        (Lena Zürcher, Małgorzata Wiśniewska): it is part of a name."""
        before, after = self._capital_neighbours(value)
        return before or after

    def _capitalised_single(self, token: Token, lang: str, initial: bool) -> ForeignSpan | None:
        """A lone capitalised foreign word: a name or a German noun (at most LOW), or a
        sentence connective left untranslated (MEDIUM).

        "Allerdings, the plan...", "Jednak, officials...": a word that opens its sentence,
        is followed by a comma, is among the most frequent words of its language and is
        almost never seen in English text is a connective, not a name (names frequent as
        words abroad, Paz, Rosa, Kurz, are seen in English text). Vietnamese is left out:
        its family names are common syllables (Lý, Hồ).
        """
        if not initial and self.reasons.get(token.value) == GERMAN_NOUN:
            return self._german_noun(token)
        if not initial and lang != "de":
            return None  # inside a sentence, a name (German nouns aside)
        info = self.lexicon.lookup(normalize(token.value))
        if (
            info.proper_noun
            or info.english >= CONNECTIVE_ENGLISH
            or self._in_full_name(token.value)
        ):
            return None
        zipf = self.verdict(token.value)[1].get(lang, 0.0)
        if (
            initial
            and self.text.startswith(",", token.end)
            and _APPOSITION.match(self.text, token.end) is None
            and zipf >= CONNECTIVE_ZIPF
            and info.english < CONNECTIVE_ENGLISH
            and lang not in SYLLABIC_NAME_LANGUAGES
        ):
            return ForeignSpan(token.start, token.end, lang, 1, MEDIUM, reason="connective")
        return ForeignSpan(token.start, token.end, lang, 1, LOW, reason="capitalised")

    def _german_noun(self, token: Token) -> ForeignSpan | None:
        """A German common noun inside an English sentence (the Präsident said): MEDIUM
        unless the document uses it as a name elsewhere (beside another capital), it
        follows a title (Mr, Herr) or takes a possessive 's, or it is cited on purpose."""
        text = self.text
        if self._beside_name(token.value) or text.startswith(("'s", "’s"), token.end):
            return None
        before = word_before(text, token.start)
        if before is not None and normalize(before.group(1)) in self._titles():
            return None
        if title_period_before(text, token.start):
            return None
        if self._is_cited(token.start, token.end, [token], deliberate_only=True):
            return ForeignSpan(token.start, token.end, "de", 1, LOW, reason="cited")
        return ForeignSpan(token.start, token.end, "de", 1, MEDIUM, reason=GERMAN_NOUN)

    def _is_german_noun(self, value: str) -> bool:
        """``value`` meets the german-noun condition and never stands beside a name."""
        found = self._noun_memo.get(value)
        if found is None:
            self.verdict(value)
            found = self.reasons.get(value) == GERMAN_NOUN and not self._beside_name(value)
            self._noun_memo[value] = found
        return found

    def _beside_name(self, value: str) -> bool:
        """Somewhere in the document ``value`` stands beside a capitalised word that may
        be part of a name (Anna Festen, the Sparkassen Cup): neither a German noun nor
        the first word of a sentence; or it opens a sentence without an article before
        an English word, as a name does ("Festen is also shortlisted")."""
        text = self.text
        position = text.find(value)
        while position >= 0:
            end = position + len(value)
            if self._is_initial(position) and self._english_after(end):
                return True
            before = word_before(text, position)
            after = word_after(text, end)
            if before is not None and self._may_be_name(before.group(1), before.start(1)):
                return True
            if after is not None and self._may_be_name(after.group(1), after.start(1)):
                return True
            position = text.find(value, end)
        return False

    def _english_after(self, end: int) -> bool:
        """A lower-case English dictionary word follows ``end`` across one space."""
        after = word_after(self.text, end)
        if after is None or after.start() != end or not after.group(1).islower():
            return False
        return self.lexicon.lookup(after.group(1)).dictionary

    def _may_be_name(self, value: str, start: int) -> bool:
        if not value[:1].isupper():
            return False
        if self._is_initial(start):  # Lena Zürcher; not The, At
            info = self.lexicon.lookup(normalize(value))
            return info.proper_noun or not info.dictionary
        self.verdict(value)  # judged, so its condition is known
        return self.reasons.get(value) != GERMAN_NOUN

    def _titles(self) -> frozenset[str]:
        """Lower-case titles and roles of English and of other languages (mr, herr)."""
        return _roles() | frozenset(self.lexicon.titles)

    def _is_opener(self, tokens: list[Token], index: int, lang: str) -> bool:
        """``tokens[index]`` opens its sentence and is a preposition or connective of
        ``lang`` left untranslated (Laut, Según, Selon, Volgens, Według), not a name.

        The word must be among the most frequent of its language and almost never seen in
        English text (names frequent as words abroad, Paz, Rosa, Kurz, are), never seen in
        the document beside another capital (a full name), and followed by a comma, a
        lower-case word or a frequent function word of its language (an article).
        Vietnamese is left out: its family names are common syllables (Lý, Hồ).
        """
        token = tokens[index]
        if lang in SYLLABIC_NAME_LANGUAGES:
            return False
        info = self.lexicon.lookup(normalize(token.value))
        if (
            info.proper_noun
            or info.english >= CONNECTIVE_ENGLISH
            or info.zipf_in(lang) < CONNECTIVE_ZIPF
        ):
            return False
        adjacent = index + 1 < len(tokens) and self._adjacent(token, tokens[index + 1])
        if (
            adjacent
            and info.zipf_in(lang) >= OPENER_BEFORE_NAME_ZIPF
            and lang not in WORD_SURNAME_LANGUAGES
            and not self._after_capital(token.value)
        ):
            # Según Pedro Sánchez, Selon the report: a top word of its language, not a name.
            return True
        if self._in_full_name(token.value):
            return False
        if self.text.startswith(",", token.end):
            return _APPOSITION.match(self.text, token.end) is None
        if not adjacent:
            return False
        after = tokens[index + 1].value
        if not is_capitalised(after) and self.verdict(after)[0] >= POSSIBLE:
            return True  # Según fuentes, Selon lui
        # An article or preposition of the language: Laut der, Según El País, Volgens de.
        info = self.lexicon.lookup(normalize(after))
        return info.zipf_in(lang) >= CONNECTIVE_ZIPF and info.zipf_in(lang) > info.english

    def _lowercase_name(self, tokens: list[Token], first: int, last: int, lang: str) -> bool:
        """A person's name written in lower case after a role (coach tomasz wieczorek,
        spokeswoman ingrid van houten): a name defect, not source text. The name's first
        word must read as a name: a known proper noun, or seen in English text (foreign
        common words are not) without being a dictionary or function word; the others
        are particles or words no English dictionary lists."""
        if last - first + 1 > MAX_PARTICLES + 1:
            return False
        start = first
        while start > 0 and first - start < 2 and self._adjacent(tokens[start - 1], tokens[start]):
            word = normalize(tokens[start - 1].value)
            if not tokens[start - 1].value.islower() or not self.lexicon.lookup(word).proper_noun:
                break
            start -= 1  # ingrid, before "van houten"
        if start == 0:
            return False
        role = tokens[start - 1]
        gap = self.text[role.end : tokens[start].start]
        if not _ROLE_GAP.fullmatch(gap) or role.value.lower() not in _roles():
            return False  # coach tomasz wieczorek; the captain, sebastián okonkwo
        for token in tokens[start : last + 1]:
            word = normalize(token.value)
            if not token.value.islower():
                return False
            if (
                token is not tokens[start]
                and word not in name_particles()
                and self.lexicon.lookup(word).dictionary
            ):
                return False
        info = self.lexicon.lookup(normalize(tokens[start].value))
        if info.dictionary or info.zipf_in(lang) >= CONNECTIVE_ZIPF:
            return False
        return info.proper_noun or info.english >= RARE_DICTIONARY_ZIPF - 1.0

    def _given_name_person(self, tokens: list[Token], first: int, last: int) -> bool:
        """A person's name, maybe written in lower case, where a name stands: a known given
        name, then one or two words (with particles) that are no common word of any
        language, after a role or "according to" or beside a reporting verb (carlos ibáñez
        said; according to maría lópez). A name defect, not source text."""
        start = first
        if not _is_given_name(tokens[start].value):
            if start == 0 or not self._adjacent(tokens[start - 1], tokens[start]):
                return False
            start -= 1
            if not _is_given_name(tokens[start].value):
                return False
        stop = last + 1  # the name may go on past the span: maría lópez garcía
        while stop < len(tokens) and stop - start < MAX_NAME_WORDS:
            if not self._adjacent(tokens[stop - 1], tokens[stop]):
                break
            if not self._surname_like(tokens[stop].value):
                break
            stop += 1
        rest = tokens[start + 1 : stop]
        surnames = [t for t in rest if normalize(t.value) not in name_particles()]
        if not 1 <= len(surnames) <= 2 or len(rest) > MAX_NAME_WORDS - 1:
            return False
        if not all(
            normalize(t.value) in name_particles() or self._surname_like(t.value) for t in rest
        ):
            return False
        return self._in_name_position(tokens, start, stop)

    def _surname_like(self, value: str) -> bool:
        """A word that may be a family name: no English dictionary word, no common word of
        any language, and seen as a name (or rare everywhere)."""
        info = self.lexicon.lookup(normalize(value))
        if info.dictionary or info.best_foreign >= CONNECTIVE_ZIPF:
            return False
        return (
            info.proper_noun
            or info.english >= SURNAME_ENGLISH_ZIPF
            or info.best_foreign < SURNAME_RARE_FOREIGN_ZIPF
        )

    def _in_name_position(self, tokens: list[Token], start: int, stop: int) -> bool:
        """Tokens ``start``..``stop`` stand where a person's name stands: after a role,
        after "according to", before or after a reporting verb."""
        text = self.text
        verbs = reporting_verbs()
        if stop < len(tokens):
            gap = text[tokens[stop - 1].end : tokens[stop].start]
            if _ROLE_GAP.fullmatch(gap) and tokens[stop].value.lower() in verbs:
                return True  # carlos ibáñez said
            if gap.startswith(",") and self._role_follows(tokens, stop):
                return True  # carlos ibáñez, the mayor, ...
        if start == 0:
            return False
        before = tokens[start - 1]
        gap = text[before.end : tokens[start].start]
        if not _ROLE_GAP.fullmatch(gap):
            return False
        word = before.value.lower()
        if word in verbs or word in _roles():
            return True  # said carlos ibáñez; the minister, joan puig
        return word == "to" and start >= 2 and tokens[start - 2].value.lower() == "according"

    def _role_follows(self, tokens: list[Token], index: int) -> bool:
        """A role in apposition starts at ``index``: (the) mayor, (a) lawyer."""
        word = tokens[index].value.lower()
        if word in determiners("article", "possessive") and index + 1 < len(tokens):
            word = tokens[index + 1].value.lower()
        return word in _roles()

    def _after_capital(self, value: str) -> bool:
        """``value`` follows a capitalised word somewhere in the text (Anna Laut)."""
        return self._capital_neighbours(value)[0]

    def _is_name_run(self, members: list[Token], lang: str) -> bool:
        """Two capitalised words or more with only short function words between them
        (La Gazzetta dello Sport, Il Fatto Quotidiano): the name of a newspaper or an
        organisation, in English text as much as in its own."""
        capitals = 0
        for token in members:
            if is_capitalised(token.value):
                capitals += 1
                continue
            word = normalize(token.value)
            if len(word) > NAME_FUNCTION_LENGTH or (
                word not in name_particles()
                and self.lexicon.lookup(word).zipf_in(lang) < NAME_FUNCTION_ZIPF
            ):
                return False
        return capitals >= 2

    def _capital_follows(self, tokens: list[Token], first: int, last: int) -> bool:
        """A capitalised word follows ``tokens[first]`` inside the span or just after it
        (Alternative für Deutschland)."""
        if any(is_capitalised(t.value) for t in tokens[first + 1 : last + 1]):
            return True
        return (
            last + 1 < len(tokens)
            and self._adjacent(tokens[last], tokens[last + 1])
            and is_capitalised(tokens[last + 1].value)
        )


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Lower-case roles and titles that precede a person's name (coach, mayor, treasurer,
    actress): the one-word titles and the person nouns of the gazetteers."""
    from checker.analysis.gazetteers import gendered_nouns, role_nouns

    titles = {title.lower() for title in title_words()}
    return frozenset(titles | role_nouns() | gendered_nouns().keys())


def _is_given_name(value: str) -> bool:
    return strip_accents(value.lower()) in _given_names()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Lower-case, unaccented given names of the gazetteer (maria, carlos)."""
    from checker.analysis.gazetteers import given_names

    return frozenset(strip_accents(name.lower()) for name in given_names())


class CapitalNeighbours:
    """Whether a capitalised word stands just before, and just after, some occurrence of a
    word form in the text (Anna Laut; Lena Zürcher): a name's neighbours.

    Occurrences are found as ``str.find`` finds them (inside longer words too); one scan
    of the text answers both questions for a form, and stops once both are yes.
    Memoised per form.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._memo: dict[str, tuple[bool, bool]] = {}

    def __call__(self, value: str) -> tuple[bool, bool]:
        """(a capital just before an occurrence, a capital just after one)."""
        found = self._memo.get(value)
        if found is None:
            found = self._memo[value] = self._scan(value)
        return found

    def _scan(self, value: str) -> tuple[bool, bool]:
        text = self.text
        before = after = False
        position = text.find(value)
        while position >= 0 and not (before and after):
            end = position + len(value)
            if not before:
                word = word_before(text, position)
                before = word is not None and word.group(1)[:1].isupper()
            if not after:
                word = word_after(text, end)
                after = word is not None and word.group(1)[:1].isupper()
            position = text.find(value, end)
        return before, after
