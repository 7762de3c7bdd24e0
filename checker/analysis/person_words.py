"""The words of the document's people's names (facts for rule N104).

Which capitalised words of the document belong to a person's name (a known given name
before them, a title, a ``Ji-hoon``-style given name, a role noun or a reporting verb next
to them), and which full names were proved capitalised: the rule that reports a name
written in lower case (:mod:`checker.rules.names`) looks its lower-case words up here.
"""

from __future__ import annotations

import itertools
import operator
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from checker.analysis.lexicon import english_parts, is_common_english, word_info
from checker.analysis.names import (
    WORD_CACHE_SIZE,
    NameAnalysis,
    NameRun,
    NameSpan,
    NameWord,
    analyze_names,
    given_name,
    is_place,
    stop_words,
    syllable_name,
)
from checker.analysis.speech_tags import speaks
from checker.document import Document
from checker.text.fold import fold_latin
from checker.thresholds.name import (
    FOREIGN_FUNCTION_ZIPF,
    MAX_COMPLEMENT_WORDS,
    MAX_NAME_WORDS,
    MAX_NAMES_PER_WORD,
    MAX_PERSON_NAME_WORDS,
    NAME_PART_ZIPF,
)
from checker.words import honorifics, name_particles, reporting_verbs, thing_roles, title_words

if TYPE_CHECKING:
    from collections.abc import Iterable

    from checker.analysis.tokens import Token

_TOKEN_VALUE = operator.itemgetter(2)


def person_evidence(span: NameSpan, words: tuple[NameWord, ...]) -> bool:
    """A title before the name (``Mr.``, ``President``) or a ``Jong-un``-style given name."""
    if span.has_title:
        return True
    for word in words:
        head, _, tail = word.value.partition("-")
        if tail and head[:1].isupper() and tail[:1].islower():
            return True
    return False


def common_words(run: str) -> bool:
    """Every word of ``run`` is an ordinary English word (``electric company``)."""
    return all(is_common_english(part) for part in re.split(r"[\s\-‐‑]+", run) if part)


def known_names(doc: Document, present: set[str]) -> dict[str, list[str]]:
    """Names proved capitalised, by their first word in lower case, longest first.

    Only the names whose first word stands in ``present`` (the lower-case words of the
    document, the only ones looked up) are made: the words of the other spans are never
    made. At most ``MAX_NAMES_PER_WORD`` names (the first seen) per first word keep the
    scan linear whatever the text.
    """
    known: dict[str, list[str]] = {}

    def add(first: str, name: str) -> None:
        names = known.setdefault(first.casefold(), [])
        if name not in names and len(names) < MAX_NAMES_PER_WORD:
            names.append(name)

    for name in doc.settings.names:
        add(name.split()[0], name)
    text = doc.analysis_text
    analysis = analyze_names(doc)
    # The name words also written in lower case: a name none of whose words is one cannot
    # be looked up.
    twins = {word for word in analysis.spellings.values() if word.casefold() in present}
    for run in analysis.long_runs if twins else ():  # a name of one word is no full name
        person = run.tokens[run.person :]
        if not 2 <= len(person) <= MAX_NAME_WORDS:
            continue
        if twins.isdisjoint(map(_TOKEN_VALUE, person)):
            continue
        span = analysis.span(run)
        words = span.person_words
        if not all(w.attested for w in words[1:]):
            continue
        if not person_evidence(span, words) and any(everyday(w.value) for w in words):
            continue  # White House, Supreme Court: their words are everyday words
        add(words[0].value, text[words[0].start : words[-1].end])
        for word in words:
            if hyphenated_given(word.value):
                add(word.value, word.value)
        # René de Vries … de vries: the family name with its particles.
        between = text[words[-2].end : words[-1].start].split() if len(words) > 1 else ()
        if between and all(word in name_particles() for word in between):
            add(between[0], f"{' '.join(between)} {words[-1].value}")
    for names in known.values():
        names.sort(key=len, reverse=True)
    return known


def hyphenated_given(word: str) -> bool:
    """A given name of two syllables, the second in lower case (``Jong-un``, ``So-yeon``)."""
    _, _, tail = word.partition("-")
    return bool(tail) and tail[:1].islower()


@lru_cache(maxsize=WORD_CACHE_SIZE)
def everyday(word: str) -> bool:
    """An ordinary English word, frequent enough that its lower case proves nothing."""
    return english_parts(word, NAME_PART_ZIPF, every=False)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def name_part(word: str) -> bool:
    """A lower-case word that may belong to a name: no function word, no everyday word."""

    if word in stop_words() or not word.replace("-", "").isalpha():
        return False
    # A hyphenated word is an everyday compound only when all its parts are everyday
    # words (well-known); so-yeon is a given name.
    return not english_parts(word, NAME_PART_ZIPF)


@cache
def slot_roles() -> frozenset[str]:
    """The role nouns that open a name slot: all but those that also name things."""
    from checker.analysis.gazetteers import role_nouns

    return role_nouns() - thing_roles()


def _proved_by_context(text: str, tokens: list[Token], run: NameRun) -> tuple[bool, bool]:
    """Whether ``run``'s person holds a ``Ji-hoon``-style given name, and whether its
    context proves it a person's name (that given name, a role noun before it, or a
    reporting verb next to it, with no foreign function word: not ``Médecins Sans
    Frontières said``)."""
    person = run.tokens[run.person :]
    hyphenated = any(
        hyphenated_given(word[2]) and (name_part(word[2].casefold()) or syllable_name(word[2]))
        for word in person
    )  # Ji-hoon, Min-seo (min, seo: rarer English words), not Fly-half
    proved = 2 <= len(person) <= MAX_PERSON_NAME_WORDS and (
        hyphenated
        or (
            (
                (run.person == 0 and after_role(text, tokens, run.indexes[0]))
                or reported_name(text, tokens, run.indexes[run.person], run.indexes[-1])
            )
            and not any(foreign_function_word(word[2]) for word in person)
        )
    )
    return hyphenated, proved


def _family_speaks_alone(doc: Document, analysis: NameAnalysis, person: list[Token]) -> bool:
    """``person`` is a given name and a family name that elsewhere speaks alone as a person
    (``Tunde Ogunleye`` … ``“…,” said Ogunleye``): its first word, no English word, is that
    person's given name even when no list knows it."""
    if len(person) != 2:
        return False
    first, last = person[0][2], person[1][2]
    if not first[1:].islower() or is_common_english(first.casefold()) or is_place(first):
        return False
    text = doc.analysis_text
    for index in analysis.by_value.get(last, ()):
        token = doc.tokens[index]
        before = doc.tokens[index - 1] if index else None
        if before is not None and before.value[:1].isupper() and before.end + 1 == token.start:
            continue  # in a longer name, not alone
        if speaks(text, token.start, token.end):
            return True
    return False


def known_person_words(
    doc: Document, present: set[str] | None = None
) -> tuple[dict[str, str], dict[tuple[str, str], str], set[str]]:
    """The words of the document's people's names, by their lower case (``scholz`` →
    ``Scholz``, ``park`` → ``Park``), and their given names by lower case and the next word
    of the name (``("olaf", "Scholz")`` → ``Olaf``).

    A name of two or three words is a person's when it opens with a known given name, holds
    a ``Ji-hoon``-style given name (``Park Ji-hoon``: its other words are family names), or
    follows a role noun (``the governor Hirofumi Yoshimura``, ``the analyst, Zhang Li,``);
    one word after a title is a family name (``Mr Putin``). With ``present`` (the token
    values N104 looks up), only names it holds a word of in lower case are made.
    """
    analysis = analyze_names(doc)
    text = doc.analysis_text
    tokens = doc.tokens
    title_set = title_words()
    particle_set = name_particles()
    family: dict[str, str] = {}
    given: dict[tuple[str, str], str] = {}
    proved: set[str] = set()
    for run in _looked_up(analysis.long_runs, present):
        person = run.tokens[run.person :]
        titled = len(person) == 1 and run.person > 0 and run.tokens[run.person - 1][2] in title_set
        # A person's name holds a Ji-hoon-style given name, follows a role noun or is the
        # subject of a reporting verb (all its words count, as which is the family name is
        # not known: Zhang Li), or it opens with a known given name (after a capitalised
        # role noun: Judges Simon Cowell), or it follows a title.
        skip = 0
        hyphenated, proved_by_context = _proved_by_context(text, tokens, run)
        known_given = False
        if not titled and not proved_by_context:
            if len(person) > 2 and not given_name(person[0][2].casefold()):
                skip = 1
            known_given = 2 <= len(person) - skip <= MAX_PERSON_NAME_WORDS and given_name(
                person[skip][2].casefold()
            )
            if not (known_given or _family_speaks_alone(doc, analysis, person)):
                continue
        words = analysis.span(run).person_words[skip:]
        if not words or not all(word.attested for word in words[1:]):
            continue
        last, first = words[-1].value, words[0].value
        if last in particle_set or (titled and not words[0].attested):
            continue
        # The family name; with no known given name, every word (Zhang Li, Park Ji-hoon:
        # which is the family name is not known) that is no English word or place.
        # A frequent English word is a name's only when the name's form proves it: after a
        # title (Mr Rose) or before a Ji-hoon-style given name (Park Ji-hoon).
        # (A name proved by its context that opens with a known given name: Anna Rose.)
        known_given = known_given or (
            not hyphenated and len(words) > 1 and given_name(first.casefold())
        )
        honorific = titled and run.tokens[run.person - 1][2] in honorifics()
        whole = not (titled or known_given)
        _add_family_words(words, whole, honorific or hyphenated, known_given, (family, proved))
        for before, after in itertools.pairwise(words):
            if before.value[1:].islower():
                given.setdefault((before.value.casefold(), after.value), before.value)
        if len(words) > 2 and first[1:].islower():
            given.setdefault((first.casefold(), last), first)
    _add_folded_forms(family, given, proved)
    return family, given, proved


def _looked_up(runs: tuple[NameRun, ...], present: set[str] | None) -> Iterable[NameRun]:
    """``runs``, or with ``present`` only those whose person holds a word ``present``
    writes in lower case (:func:`_written_lower`): no others can be looked up."""
    if present is None:
        return runs
    return (run for run in runs if _written_lower(present, run.tokens[run.person :]))


def _written_lower(present: set[str], person: tuple[Token, ...]) -> bool:
    """``present`` (token values) holds a word of ``person`` in lower case, or without its
    diacritics, alone or with a possessive (``putin``, ``ozturk’s``). Loops in C: one
    test a name, none a word of the document."""
    cased = list(map(str.casefold, map(_TOKEN_VALUE, person)))
    keys = [*cased, *map(fold_latin, cased)]
    return not (
        present.isdisjoint(keys)
        and present.isdisjoint(map("{}'s".format, keys))
        and present.isdisjoint(map("{}’s".format, keys))
    )


def _add_folded_forms(
    family: dict[str, str], given: dict[tuple[str, str], str], proved: set[str]
) -> None:
    """Each word with diacritics also by its form without them (``öztürk`` and ``ozturk``
    → ``Öztürk``): a machine that drops the capital often drops the accents too."""
    for word, value in list(family.items()):
        folded = fold_latin(word)
        if folded != word:
            family.setdefault(folded, value)
            if word in proved:
                proved.add(folded)
    for (word, following), value in list(given.items()):
        folded = fold_latin(word)
        if folded != word:
            given.setdefault((folded, following), value)


def _add_family_words(
    words: tuple[NameWord, ...],
    whole: bool,
    by_form: bool,
    known_given: bool,
    found: tuple[dict[str, str], set[str]],
) -> None:
    """Add the family-name words of the person's name ``words`` to ``found`` (the family
    words by lower case, and those the name's form proves).

    ``whole``: any word may be the family name (no known given name, no title: Zhang Li),
    else only the last one. ``by_form``: the name's form proves its words (after an
    honorific, beside a ``Ji-hoon``-style given name), places aside; otherwise a frequent
    English word or a place counts only as the last word after a known given name.
    """
    family, proved = found
    title_set = title_words()
    particle_set = name_particles()
    for word in words if whole else words[-1:]:
        value = word.value
        if not value[1:].islower() or "-" in value or value in title_set:
            continue
        if value.casefold() in stop_words() or value in particle_set:
            continue  # Chief Of Staff
        if by_form:
            if is_place(value):
                continue
            proved.add(value.casefold())
        elif (word is not words[-1] or not known_given) and (
            is_common_english(value, NAME_PART_ZIPF) or is_place(value)
        ):
            continue
        family.setdefault(value.casefold(), value)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def foreign_function_word(word: str) -> bool:
    """A word of three letters or more that some language uses as a function word: the
    name holding it is an organisation's (``Médecins Sans Frontières said``)."""
    if len(word) < 3:
        return False
    return any(freq >= FOREIGN_FUNCTION_ZIPF for _, freq in word_info(word.casefold()).foreign)


def reported_name(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """The name ``tokens[first:last + 1]`` is the subject of a reporting verb: right after it
    and closed by a comma or a period (``said Shin Yul, a professor``), or right before it
    (``Shin Yul said``)."""
    verbs = reporting_verbs()
    if (
        first > 0
        and tokens[first - 1].value in verbs
        and text[tokens[first - 1].end : tokens[first].start] == " "
        and text[tokens[last].end : tokens[last].end + 1] in (",", ".")
    ):
        return True
    if last + 1 < len(tokens) and tokens[last + 1].value in verbs:
        return text[tokens[last].end : tokens[last + 1].start] == " "
    return False


def after_role(text: str, tokens: list[Token], index: int) -> bool:
    """``tokens[index]`` follows a lower-case role noun, one space or a comma apart (``the
    governor Hirofumi Yoshimura``, ``its president, Hasan Arat``), or in apposition after a
    role noun and its complement (``the lawyer of the victims, Mori Aoi``, ``the head of
    Fjordbank, Lene Dahl``)."""
    if index < 1:
        return False
    before = tokens[index - 1]
    gap = text[before.end : tokens[index].start]
    if gap in (" ", ", ") and before.value.islower() and before.value in slot_roles():
        return True
    return gap == ", " and _role_complement_before(text, tokens, index - 1)


def _role_complement_before(text: str, tokens: list[Token], last: int) -> bool:
    """``tokens[last]`` ends ``<role noun> of [the] <one or two words>``, single spaces apart."""
    first = last
    while first > 0 and last - first < MAX_COMPLEMENT_WORDS + 1:
        if text[tokens[first - 1].end : tokens[first].start] != " ":
            return False
        word = tokens[first - 1].value
        if word == "of":
            role = first - 2
            if role >= 0 and tokens[first - 1].start - tokens[role].end == 1:
                value = tokens[role].value
                return value.islower() and value in slot_roles()
            return False
        if word != "the" and (word in stop_words() or not word.isalpha()):
            return False
        first -= 1
    return False
