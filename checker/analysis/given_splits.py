"""A reporting verb between a given name and a family name (facts for rule N101).

Translating an inverted quotation tag (French *« … », a déclaré Maria Lopez*), a machine may
put the verb between the given name and the family name: ``“…,” Maria said Lopez``. This
module finds such splits (:class:`~checker.analysis.broken_names.BrokenName` of kind
``given-split``); :mod:`checker.analysis.broken_names` gathers them with the other broken
names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from checker.analysis.broken_names import (
    GIVEN_SPLIT,
    BrokenName,
)
from checker.analysis.lexicon import english_parts
from checker.analysis.names import (
    WORD_CACHE_SIZE,
    analyze_names,
    folded_given_name,
    is_name_word,
    is_place,
    lexicon_given_name,
    stop_words,
    strict_key,
    table_given_name,
)
from checker.document import Document
from checker.patterns import find_per_mark, lazy, per_mark
from checker.text.quote_marks import CLOSING_MARKS, DOUBLE_CLOSING_MARKS, STRAIGHT_MARKS
from checker.thresholds.name import (
    MAX_AFFILIATION_WORDS,
    MAX_FULL_NAME_WORDS,
    MAX_PHRASE_WORDS,
    MIN_CLAUSE_WORDS,
    MIN_PARTICIPLE,
    SPLIT_REACH,
    SURNAME_MAX_ZIPF,
)
from checker.words import (
    calendar_words,
    function_words,
    inverted_reporting_verbs,
    name_particles,
    personal_pronouns,
    reporting_verbs,
    title_words,
)

# Words that open a phrase after the name (``Maria said Lopez in a statement``): it must
# close before a verb could make the name its subject (``Lopez in Madrid would lead``).
_PHRASE_WORDS = tuple(sorted(function_words("phrase_preposition")))
# After a quotation (``,”`` / ``.”`` / ``”,``, or ``”`` after a word or a space where the
# comma was lost): a given name of one word (two when the document writes the full name),
# a verb, maybe name particles, then one or two capitalised words (``Floc'h`` with its
# apostrophe) closed by a comma, a period, the line end, an affiliation (``of Wells
# Fargo``) or a phrase (``in a statement``). The scan starts only at closing quotation
# marks (see :func:`checker.patterns.per_mark`).
_SPLIT_NAME = (
    r"(?P<first>[^\W\d_]+(?:[-‐‑][^\W\d_]+)?(?: [^\W\d_]+)??) (?P<verb>[a-z]+) "
    r"(?P<particles>(?:[a-z]+ ){0,2})"
    r"(?P<last>[^\W\d_]+(?:['’\-‐‑][^\W\d_]+)*(?: [^\W\d_]+(?:['’\-‐‑][^\W\d_]+)*)?)"
)
_SPLIT_BODY = (
    _SPLIT_NAME
    + r"(?=[,.;](?!\w)|[ \t\u00a0]*$| (?:of|at|from) [^\W\d_]| (?P<phrase>"
    + "|".join(_PHRASE_WORDS)
    + r") )"
)
# The same split before the ``that`` of reported speech (``The minister Ana said Lopez that
# talks resume``), found backwards from each `` that ``: only a full name the document
# writes elsewhere counts there.
_THAT_SPLIT = lazy(r"(?<![\w'’\-‐‑])(?=[^\W\d_])(?![a-z])" + _SPLIT_NAME + r"(?P<phrase>)$")
_INVERTED_SPLITS = per_mark(
    r"MARK(?:(?<=[,.!?…].)|(?<=["
    + DOUBLE_CLOSING_MARKS
    + r"]),|(?<=[\w \u00a0][”»]))[ \u00a0]+"
    + _SPLIT_BODY,
    CLOSING_MARKS + STRAIGHT_MARKS,
    re.MULTILINE,
)
# The same split after a clause and a comma (``Talks resume on Friday, Maria said Lopez in
# the evening.``): only a full name the document writes elsewhere counts there.
_COMMA_SPLITS = per_mark(
    r"MARK(?<=\w,)[ \u00a0]+(?![a-z])" + _SPLIT_BODY, ",", re.MULTILINE
)  # (most words after a comma are in lower case: they fail at once)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _family_name_word(word: str) -> bool:
    """A capitalised word that may be a family name: no date, place, title or common word."""
    return _capitalised_name_word(word) and not english_parts(word, SURNAME_MAX_ZIPF, every=False)


def _capitalised_name_word(word: str) -> bool:
    """A capitalised word that is no date, place, title, function word or acronym."""
    from checker.analysis.gazetteers import name_places

    if not word[:1].isupper() or word in calendar_words(short=False) or word.isupper():
        return False
    if word.casefold() in stop_words() or word.casefold() in title_words() or is_place(word):
        return False
    return word not in name_places()  # Paris, Jordan: a place as likely as a person


# Verbs that follow an apposition when the name is the subject of a reported clause.
_CLAUSE_VERBS = function_words("auxiliary") | {"that"}
_APPOSITION = lazy(r", [^,.;:!?\n]{1,80}?, (?P<word>\w+)")


def _apposition_before_verb(text: str, end: int) -> bool:
    """``Lopez, the lawyer, would``: the comma after the name opens an apposition.

    After the apposition's closing comma, only a function word (``in``, ``on``, ``who``)
    or a participle (``adding``) leaves the name in the inverted quotation; any other word
    may be the verb of a reported clause (``Lopez, the coach, agreed``).
    """
    found = _APPOSITION.match(text, end)
    if found is None:
        return False
    word = found.group("word")
    if word.islower() and word.endswith("ing") and len(word) > MIN_PARTICIPLE:
        return False  # Lopez, the lawyer, adding that…: a participle, no clause's verb
    return word in _CLAUSE_VERBS or word not in stop_words()


# After the name's comma, one or two capitalised words, then a comma or a conjunction.
_LIST_AFTER_COMMA = lazy(
    r",[ \u00a0]+[^\W\d_]+(?: [^\W\d_]+)?(?:,|[ \u00a0]+(?:and|or|&)[ \u00a0])"
)
# ``of Wells Fargo``: an affiliation opened by one of these words.
_AFFILIATION_WORDS = ("of", "at", "from")


def _list_follows(text: str, end: int) -> bool:
    """Capitalised words after the name's comma, then a comma or ``and``: a list of names
    (``Lopez, Garcia and Ruiz``), not an apposition (``Roberts, World Bank director``)."""
    found = _LIST_AFTER_COMMA.match(text, end)
    return found is not None and found.group()[1:].lstrip()[:1].isupper()


def _clause_after_affiliation(text: str, end: int) -> bool:
    """``Lopez of Spain would lead``: a verb of a reported clause after the affiliation."""
    words = text[end : end + 200].split("\n", 1)[0].split()
    if not words or words[0] not in _AFFILIATION_WORDS:
        return False
    for word in words[1 : 1 + MAX_AFFILIATION_WORDS]:
        if not word[:1].isupper():  # the first word after the capitalised affiliation
            return word.strip(",;:") in _CLAUSE_VERBS
    return False


def _known_given_name(word: str) -> bool:
    """A given name of the gazetteer, accents aside (``Maria``, ``María``), or a proper
    noun of the lexicon or a name of the derived table that is no place and no everyday
    word (``Chris``, ``Gordon``; ``Holger``, ``Zuzanna``)."""
    folded = word.casefold()
    return folded_given_name(folded) or (
        (lexicon_given_name(folded) or table_given_name(folded))
        and not is_place(word)
        and word not in calendar_words(short=False)
    )


def split_given_names(doc: Document) -> Iterator[BrokenName]:
    """``“…,” Maria said Lopez, a lawyer`` → ``said Maria Lopez``.

    Strong when the full name ``Maria Lopez`` stands elsewhere in the document (in either
    order: ``Chen Jing`` confirms ``Jing said Chen``, fixed in the document's order); weak
    when the given name is known, or when the document writes the family name on its own
    (``Mr Etxeberria``, ``Etxeberria said``) and the first word could be a given name.
    Particles (``Ana said de la Cruz``) and a given name of two words (``Đỗ Hà said Nam``)
    need the full name, and so does a split after a clause's comma rather than a quotation
    (``Talks resume on Friday, Maria said Lopez in the evening.``) or before the ``that``
    of reported speech (``Later Maria said Lopez that talks resume`` → ``Maria Lopez
    said``). A full name confirms a split that drops its diacritics (``Tomas said Dvořák``
    after ``Tomáš Dvořák``; the fix writes the document's spelling). A family name that is
    an English word (``Grant``, ``Rose``) counts only after a known given name and before an
    apposition (``Oliver said Grant, the managing partner``).
    """
    text = doc.analysis_text
    candidates = [
        *(
            (match, full_name, False)
            for match, full_name in _candidates(text, find_per_mark(_INVERTED_SPLITS, text))
        ),
        *(
            (match, full_name, True)
            for match, full_name in _candidates(text, find_per_mark(_COMMA_SPLITS, text))
        ),
        *((match, full_name, True) for match, full_name in _candidates(text, _that_splits(text))),
    ]
    if not candidates:
        return
    firsts = {match.group("first").split(" ")[0] for match, _, _ in candidates}
    lasts = {match.group("last").split(" ")[0] for match, _, _ in candidates}
    known = _full_names(doc, firsts | lasts | _accented_forms(doc, firsts | lasts))
    folded = {strict_key(name): name for name in known if not name.isascii()}
    for match, full_name, after_comma in candidates:
        first, verb, last = match.group("first", "verb", "last")
        reversed_name = f"{last} {first}"
        attested = full_name in known
        if not attested and not match.group("particles") and reversed_name in known:
            attested, full_name = True, reversed_name  # Chen Jing … “…,” Jing said Chen
        if not attested and strict_key(full_name) in folded:
            attested, full_name = True, folded[strict_key(full_name)]  # Tomas … Tomáš
        if not attested and (after_comma or not _likely_split(doc, match)):
            continue
        start, end = match.start("first"), match.end("last")
        replacement = f"{verb} {full_name}"
        if text.startswith(" that ", end):  # the subject before its verb: Lopez said that
            replacement = f"{full_name} {verb}"
        detail = {"verb": verb, "name": full_name, "replacement": replacement}
        yield BrokenName(GIVEN_SPLIT, start, end, detail, replacement, attested)


def _that_splits(text: str) -> list[re.Match[str]]:
    """The splits that end right before a `` that `` of reported speech, read backwards
    from each within a few words (see ``_THAT_SPLIT``)."""
    found = []
    that = text.find(" that ")
    while that >= 0:
        before = text[text.rfind(" ", 0, that) + 1 : that]
        end = that + len(" that ")
        if before[:1].isupper() and _clause_follows(text, end):
            found.extend(_split_before(text, that))
        that = text.find(" that ", end - 1)
    return found


def _split_before(text: str, that: int) -> list[re.Match[str]]:
    """The split name that ends at ``that`` (where `` that `` starts), and the split of its
    second word alone when the first of two words may be none (``Later Maria said
    Lopez``)."""
    window = max(0, text.rfind("\n", 0, that) + 1, that - SPLIT_REACH)
    match = _THAT_SPLIT.search(text, window, that)
    if match is None:
        return []
    found = [match]
    second = match.group("first").find(" ")
    if second > 0:
        shorter = _THAT_SPLIT.match(text, match.start() + second + 1, that)
        if shorter is not None:
            found.append(shorter)
    return found


# The words of a clause after ``that``, up to a punctuation mark or the line end.
_CLAUSE_WORDS = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d,.]*")
_CLAUSE_END = lazy(r"[,.;:!?()\n\"“”«»]")


def _clause_follows(text: str, start: int) -> bool:
    """A clause opens at ``start`` (after ``that``): three words or more before the next
    punctuation mark, or a subject pronoun and a verb (``that he agreed``); not a noun
    phrase of ``that`` as a determiner (``that day,``)."""
    stop = _CLAUSE_END.search(text, start, start + 200)
    words = _CLAUSE_WORDS.findall(text, start, stop.start() if stop else start + 200)
    if len(words) >= MIN_CLAUSE_WORDS:
        return True
    return len(words) == 2 and words[0] in personal_pronouns(cases=("subject",))


def _accented_forms(doc: Document, words: set[str]) -> set[str]:
    """The capitalised words of the document that are one of ``words`` with diacritics
    (``Tomáš`` for ``Tomas``): a full name confirms its split form without them."""
    keys = {strict_key(word) for word in words}
    by_value = analyze_names(doc).by_value
    return {value for value in by_value if not value.isascii() and strict_key(value) in keys}


def _candidates(text: str, matches: list[re.Match[str]]) -> Iterator[tuple[re.Match[str], str]]:
    """The matches that may split a name (the verb takes no person as object, the words
    are cased as names, the name closes the clause), with the full name they split."""
    verbs = inverted_reporting_verbs()
    for match in matches:
        first, verb, last = match.group("first", "verb", "last")
        if verb not in verbs or not all(map(_given_name_case, first.split(" "))):
            continue  # Maria, Jean-Pierre, Min-hee; not NATO, McDonald
        particle_words = match.group("particles").split()
        last_words = last.split(" ")
        if any(word not in name_particles() for word in particle_words) or not all(
            word[:1].isupper() and word not in calendar_words(short=False) for word in last_words
        ):
            continue
        if _apposition_before_verb(text, match.end("last")):
            continue  # “…,” Maria said Lopez, the lawyer, would lead: Lopez is the subject
        if _list_follows(text, match.end("last")):
            continue  # “…,” Maria added Lopez, Garcia and Ruiz to the squad: a list
        if _clause_after_affiliation(text, match.end("last")):
            continue  # “…,” Maria said Lopez of Spain would lead: Lopez is the subject
        if match.group("phrase") and not _phrase_closes(text, match.end("last")):
            continue  # “…,” Maria said Lopez in Madrid would lead: Lopez is the subject
        yield match, " ".join([first, *particle_words, last])


# An apposition after the name: a determiner opens a noun phrase (``Grant, the partner``).
_APPOSITION_START = lazy(r",[ \u00a0]+(?:the|a|an|its|his|her|their|our)[ \u00a0]")


def _likely_split(doc: Document, match: re.Match[str]) -> bool:
    """A split that the document does not confirm, but likely: one given name of one word,
    no particles, a family name (no English word, or one before an apposition after a
    known given name), and a known given name or a family name written alone elsewhere."""
    first, last = match.group("first", "last")
    if match.group("particles") or " " in first:
        return False
    known_given = any(map(_known_given_name, re.split(r"[-‐‑]", first)))
    if not all(_family_name_word(word) for word in last.split(" ")) and not (
        known_given
        and " " not in last
        and _capitalised_name_word(last)
        and _APPOSITION_START.match(match.string, match.end("last"))
    ):
        return False
    return known_given or (
        _given_name_shape(first) and _family_name_alone(doc, last, match.start("last"))
    )


def _given_name_case(word: str) -> bool:
    """Capitalised as a given name: ``Maria``, ``Jean-Pierre``, ``Min-hee``; not ``NATO``,
    ``McDonald``, ``hee``."""
    head, *tail = re.split(r"[-‐‑]", word)
    return (
        head[:1].isupper()
        and head[1:].islower()
        and all(part.islower() or (part[:1].isupper() and part[1:].islower()) for part in tail)
    )


# A lower-case word after a phrase that makes the name the subject of a clause: a verb.
_CLAUSE_ENDING = lazy(r"[a-z]+ed$")
# What may close a word that ends the phrase after a name: punctuation, a quotation mark.
_PHRASE_END = ",.;:!?)" + CLOSING_MARKS + STRAIGHT_MARKS


def _phrase_closes(text: str, end: int) -> bool:
    """``Lopez in a statement.``: the phrase after the name closes (a punctuation mark, the
    line end) within a few words, none a verb (``Lopez in Madrid would lead``, ``Lopez on
    Monday resigned``)."""
    words = re.split(r"[ \u00a0]+", text[end : end + 200].split("\n", 1)[0].strip())
    for word in words[1 : 2 + MAX_PHRASE_WORDS]:
        bare = word.rstrip(_PHRASE_END)
        if bare in _CLAUSE_VERBS or bare in reporting_verbs():
            return False
        if bare.islower() and _CLAUSE_ENDING.match(bare) and len(bare) > 4:
            return False  # resigned
        if bare != word or not bare:
            return True
    return len(words) <= 2 + MAX_PHRASE_WORDS


def _given_name_shape(word: str) -> bool:
    """A capitalised word that may be a given name nobody listed (``Aitziber``, ``Jing``):
    no English word, place, title, date or function word."""
    return (
        word not in calendar_words(short=False)
        and word.casefold() not in stop_words()
        and word.casefold() not in title_words()
        and not is_place(word)
        and not english_parts(word, SURNAME_MAX_ZIPF, every=False)
    )


def _family_name_alone(doc: Document, name: str, at: int) -> bool:
    """The document writes ``name`` (one word, no English word) elsewhere, after a title
    (``Mr Etxeberria``) or alone (``Etxeberria said``), not in a heading; ``at`` is where
    the split name writes it."""
    if " " in name:
        return False
    analysis = analyze_names(doc)
    tokens = doc.tokens
    for index in analysis.by_value.get(name, ()):
        word = analysis.word_at(index)
        if word is None or word.heading or word.start == at:
            continue
        previous = tokens[index - 1].value if index else ""
        gap = doc.analysis_text[tokens[index - 1].end : word.start] if index else ""
        if gap == " " and is_name_word(previous) and previous not in title_words():
            continue  # Ana Lopez: another given name, maybe another person
        return True
    return False


def _full_names(doc: Document, firsts: set[str]) -> set[str]:
    """The runs of two to five words, one space apart, that start with one of ``firsts``."""
    text = doc.analysis_text
    tokens = doc.tokens
    found = set()
    by_value = analyze_names(doc).by_value  # ``firsts`` are capitalised
    for index in sorted(index for first in firsts for index in by_value.get(first, ())):
        token = tokens[index]
        if token.start > 0 and text[token.start - 1] in "-‐‑":
            continue
        last = index
        while last + 1 < len(tokens) and last - index < MAX_FULL_NAME_WORDS - 1:
            following = tokens[last + 1]
            if text[tokens[last].end : following.start] != " ":
                break
            last += 1
            found.add(text[token.start : following.end])
    return found
