"""Names (family N): person names broken or spelt inconsistently by machine translation.

Machine translation damages names in ways no spell-checker sees: a verb lands inside the
name when the source language's inversion is kept (French *a déclaré Kang Dong-wan* gives
``Kang Dong said -wan``), a hyphenated given name is cut in two (``Kang Dong -wan``), one
person's name is spelt several ways in one document (``Zelensky`` / ``Zelenskyy``), or a
name comes out in lower case. The rules judge facts of the analyses: name words and spans
(:mod:`checker.analysis.names`), broken names (:mod:`checker.analysis.broken_names`) and
name variants (:mod:`checker.analysis.name_variants`).
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from checker.analysis.broken_names import (
    DANGLING,
    DETACHED,
    GIVEN_SPLIT,
    LINE_END_CUT,
    LINE_START_CUT,
    SENTENCE_CUT,
    VERB_INSIDE,
    BrokenName,
    broken_names,
)
from checker.analysis.lexicon import is_common_english, is_english_word, word_info
from checker.analysis.name_variants import name_variants
from checker.analysis.names import (
    WORD_CACHE_SIZE,
    analyze_names,
    folded_given_name,
    given_name,
    given_names_among,
    indexes_in,
    is_name_word,
    is_place,
    stop_words,
)
from checker.analysis.person_words import (
    common_words,
    known_names,
    known_person_words,
    name_part,
    slot_roles,
)
from checker.analysis.speech_tags import reporting_verb_before
from checker.document import Document
from checker.registry import rule
from checker.text.quote_marks import CLOSING_MARKS, QUOTE_MARKS, STRAIGHT_MARKS
from checker.thresholds.name import (
    ENGLISH_KNOWN_ZIPF,
    FOREIGN_COMMON_ZIPF,
    MAX_ROLE_NAME_WORDS,
    MIN_LOWER_FAMILY,
    NAME_PART_ZIPF,
)
from checker.types import Fix, Hit, Severity
from checker.words import (
    determiners,
    function_words,
    honorifics,
    name_particles,
    reporting_verbs,
    title_words,
)

if TYPE_CHECKING:
    from checker.analysis.tokens import Token

_TOKEN_VALUE = operator.itemgetter(2)
_QUOTE_MARKS = frozenset(QUOTE_MARKS + "`")


@rule(
    "N101",
    "verb-inside-name",
    Severity.ERROR,
    category="Accuracy/Mistranslation",
    message="“{verb}” inside the name “{name}”: write “{replacement}”",
    fixable=True,
)
def verb_inside_name(doc: Document) -> Iterator[Hit]:
    """A reporting verb inserted inside a person's name, its second half left dangling.

    Translating French *a déclaré Kang Dong-wan*, a machine kept the inversion but cut the
    hyphenated given name around the verb. Readers cannot tell who spoke. The fix moves the
    verb out of the name: after a quotation it keeps the inversion (``said Kang Dong-wan``),
    elsewhere it follows the name (``Jean-Pierre Dupont said``).

    Without a hyphen, the same inversion (French *a déclaré Maria Lopez*, Spanish *dijo
    Carlos Ruiz*) splits a given name from its family name right after a quotation:
    ``“We will appeal,” Maria said Lopez, a lawyer``; the fix is ``said Maria Lopez``. Only
    a verb that takes no person as object counts (``said``, ``added``; not ``told``), and
    the word after it must close the clause (a comma, a period, the line's end, or a short
    phrase that closes: ``in a statement.``), not open a reported one (``Maria said Lopez
    was right``, ``Maria said Lopez, the lawyer, would…``, ``Maria said Lopez in Madrid
    would…``). An error when the full name stands elsewhere in the document, in either
    order (``Chen Jing`` confirms ``Jing said Chen``, fixed to ``said Chen Jing``); a
    warning when the second word is no date, place or common word and the first is a
    known given name (the gazetteer's, or a proper noun of the lexicon that is no place),
    or a rarer one (no English word) before a family name the document writes on its own
    (``Mr Etxeberria``, ``Etxeberria said``). A family name that is an English word
    (``Grant``) needs a known given name and an apposition after it (``Oliver said Grant,
    the chairman``). The closing quotation mark may have lost its comma (``ready ” Maria
    said Lopez``); after a clause's comma instead of a quotation (``Talks resume on Friday,
    Maria said Lopez in the evening``) only a full name written elsewhere counts.

    Okay: “We will not give in,” said Kang Dong-wan, a specialist at Dong-A University.
    Okay: Jean-Pierre Dupont said the talks had failed.
    Okay: Maria said Lopez was right, and “Sit down,” Anna told Ruiz, her lawyer.
    N101: “We will not give in,” Kang Dong said -wan, a specialist at Dong-A University.
    N101: Jean said -Pierre Dupont that the talks had failed.
    N101: “We will appeal,” Maria said Lopez, a lawyer for the family.
    N101: “We are ready,” Emmanuel said Macron. Emmanuel Macron then left.
    N101: “We are ready,” Jing said Chen on Monday. Chen Jing then left.
    N101: “We are calm,” Samuel said Rose, the chief analyst of the bank.
    """
    for broken in broken_names(doc):
        if broken.kind in (VERB_INSIDE, GIVEN_SPLIT):
            severity = Severity.ERROR if broken.strong else Severity.WARNING
            yield _broken_hit(broken, severity)


@rule(
    "N102",
    "split-name-fragment",
    Severity.WARNING,
    category="Fluency/Spelling",
    message="name fragment “{fragment}” split from “{name}”",
    fixable=True,
)
def split_name_fragment(doc: Document) -> Iterator[Hit]:
    """A hyphenated part of a name cut off by a space (``Kang Dong -wan``), or left alone.

    A space before the hyphen of a compound name (``Dong -wan``) detaches the given name's
    second syllable; the fix joins it back (warning). A fragment after punctuation or after
    an ordinary word is attached to nothing: worth a look (info), unless it opens the
    sentence right after a name the period cut (``said Kang Dong. -Wan is``), or ends a
    hyphenated name the document writes elsewhere (``-wan`` beside ``Kang Dong-wan``, or
    beside ``Kang Dong said -wan``, which a verb broke), even at the start of a paragraph:
    a warning, without a fix. A line break inside a hyphenated
    name (``Lee Do-`` / ``woon``, ``Lee Do`` / ``-woon``) is joined back when the line ends
    with a name of two words and the syllable is no English word. List bullets (a hyphen at
    the start of a line, no name before it), negative numbers and ranges (``1990 -2000``)
    and cited suffixes (``ending in -ly``) are not fragments.

    Okay: Adverbs often end in -ly, and the suffix -ness makes nouns.
    Okay: Prices rose by -5 percent between 1990 -2000.
    N102: The specialist Kang Dong -wan was not available.
    N102: “No,” said Kang Dong. -Wan is a specialist at Dong-A University.
    N102: Kang Dong-wan spoke. He said that North Korea, -wan added, was weak.
    """
    for broken in broken_names(doc):
        if broken.kind in (DETACHED, LINE_START_CUT, LINE_END_CUT, SENTENCE_CUT, DANGLING):
            yield _broken_hit(broken, Severity.WARNING if broken.strong else Severity.INFO)


# The message of each kind of broken name but VERB_INSIDE (N101's own template), filled
# with the name's detail and its replacement.
_BROKEN_MESSAGES = {
    GIVEN_SPLIT: "“{verb}” splits the name “{name}”: write “{replacement}”",
    DETACHED: "name fragment “{fragment}” split from “{name}”: write “{name}{fragment}”",
    LINE_START_CUT: (
        "name fragment “{fragment}” split from “{name}” by a line break: write “{replacement}”"
    ),
    LINE_END_CUT: (
        "name “{replacement}” split by a line break after its hyphen: write “{replacement}”"
    ),
    SENTENCE_CUT: (
        "name fragment “{fragment}” opens a sentence after “{name}”: part of the name, cut off "
        "by the period"
    ),
    DANGLING: "name fragment “{fragment}” stands alone; the document writes “{name}”",
}
# A fragment that ends no name of the document.
_ALONE_MESSAGE = "hyphenated fragment “{fragment}” attached to nothing"


def _broken_message(broken: BrokenName) -> str | None:
    """The message of ``broken`` (None: the rule's template)."""
    template = _BROKEN_MESSAGES.get(broken.kind)
    if template is None:
        return None
    if broken.kind == DANGLING and not broken.detail["name"]:
        template = _ALONE_MESSAGE
    return template.format_map({**broken.detail, "replacement": broken.replacement})


def _broken_hit(broken: BrokenName, severity: Severity) -> Hit:
    fix = None
    if broken.replacement is not None:
        fix = Fix(broken.start, broken.end, broken.replacement)
    return Hit(broken.start, broken.end, broken.detail, fix, severity, _broken_message(broken))


@rule(
    "N103",
    "inconsistent-name-spelling",
    Severity.WARNING,
    category="Fluency/Inconsistency",
    message="“{found}” is spelt “{expected}” elsewhere in the document",
    fixable=True,
)
def inconsistent_name_spelling(doc: Document) -> Iterator[Hit]:
    """One name spelt several ways in one document (``Zelensky`` / ``Zelenskyy``).

    Machine translation transliterates a name afresh in each sentence, so one person becomes
    ``Kim Jong-un``, ``Kim Jong Un`` and ``Kim Jong-Un``, or ``Zelensky`` and ``Zelenskyy``.
    Spellings are grouped by a key that folds case, hyphens, spaces, diacritics, and, on
    longer names, doubled letters and transliteration endings (-y, -yy, -iy, -i). Each
    minority spelling is reported with the majority one; the user's ``names`` setting wins
    over the vote. Names that only look alike (``Kim Jong-un`` / ``Kim Jong-il``, ``Lee`` /
    ``Li``) have different keys. Only capitals that prove a name count: a word at the start
    of a sentence or in a title-case heading is capitalised anyway. Dutch ``ij`` / ``y``
    (``Rijkaard`` / ``Ryjkaard``), a Russian name's ``Ye`` / ``E`` (``Yevgeny`` /
    ``Evgeny``), ``Yu`` / ``Ju`` (``Yulia`` / ``Julia``) and ``ks`` / ``x`` (``Aleksei`` /
    ``Alexei``) are folded too. A doubled-letter or such a transliteration difference alone
    (``Hassan`` / ``Hasan``) is only worth a look (info); within one full name, after the
    same given name or before the same family name (``Mikhail Kasyanov`` / ``Mikhail
    Kassyanov``, ``Yelena Volkova`` / ``Elena Volkova``), it is a warning. Full names are also
    compared as a whole: a changed particle (``van der`` / ``van de Meulen``) or one inner
    vowel of one word (``Thomas Maier`` / ``Thomas Meier``) is a variant, but not a changed
    ending (``Paolo`` / ``Paola``) or a hyphenated given name (``Jong-un`` / ``Jong-il``).
    Two spellings that only ever follow different given names belong to two people
    (``Sergio García``, ``Jeff Garcia``). Also grouped (see
    :mod:`checker.analysis.name_variants`): a family name alone against its spelling after
    a given name (``Andy Roddick`` … ``Rodick``: a warning), a family name without its last
    letter (``Alan Johnson`` … ``Johnso``), a full name in another order (``Xi Jinping`` /
    ``Jinping Xi``, ``Gabriel García Márquez`` / ``Gabriel Márquez García``) and a hyphenated
    given name written as two words (``Jean-Pierre`` / ``Jean Pierre Raffarin``); never an
    English word, a place or a name of its own (``Maloney`` / ``Malone``). A family name
    alone that nobody introduced, one edit from one introduced with its given name, is a
    warning when the edit is one of transliteration (``Olena Kovalenko`` … ``Kovalenco``,
    ``Tkachenko`` / ``Tkatchenko``) and worth a look otherwise (``Horgan`` / ``Horan`` may
    be two players); a feminine or plural form (``Kowalska``, ``Petrova``) is none. A
    sentence's first word proves no capital but its letters are the name's: ``Wojcik
    said`` after ``Agnieszka Wójcik`` is a variant.

    Okay: Kim Jong-un met his sister. Kim Jong-il, his father, died in 2011.
    Okay: Michael Dell founded Dell. Paris Hilton stayed at the Hilton Paris.
    N103: Mr. Zelensky spoke first, and then Mr. Zelenskyy answered the questions.
    N103: Yevgeny Primakov arrived on Monday, and Evgeny Primakov left on Tuesday.
    N103: Xi Jinping met Xi Jinping's advisers, and then Jinping Xi left.
    """
    for variant in name_variants(doc):
        start, end, expected = variant.start, variant.end, variant.expected
        message = None
        if variant.configured:
            message = f"“{variant.found}”: the configured spelling of this name is “{expected}”"
        yield Hit(
            start,
            end,
            {"found": variant.found, "expected": expected},
            Fix(start, end, expected) if variant.fixable else None,
            None if variant.strong else Severity.INFO,
            message,
        )


# ---------------------------------------------------------------------------------------
# Lower-cased names: N104


def _matches(text: str, start: int, name: str) -> bool:
    """``text`` holds ``name`` in lower case at ``start``, as whole words, not common words."""
    end = start + len(name)
    found = text[start:end]
    if found.casefold() != name.casefold() or not found.islower():
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "-‐‑"):
        return False
    if text[start - 1 : start] in _QUOTE_MARKS and text[end : end + 1] in _QUOTE_MARKS:
        return False  # 'nyasa tonga' quoted as a string: a citation, not a use
    return not common_words(found)


def _name_slot(tokens: list[Token], index: int, text: str, verbs: frozenset[str]) -> bool:
    """Cheap test: a reporting verb just before or a few words after, or a comma before."""
    if index > 0 and tokens[index - 1].value in verbs:
        return True
    start = tokens[index].start
    if text[max(0, start - 2) : start] == ", ":
        return True
    return any(tokens[j].value in verbs for j in range(index + 2, min(index + 4, len(tokens))))


def _unknown_name(doc: Document, index: int) -> tuple[int, str] | None:
    """A lower-case full name that no capitalised spelling introduced (``said kim so-yeon,``).

    It starts with a given name, has two or three words none of which is an everyday word,
    and stands where names stand: after or before a reporting verb, or between commas.
    Returns the end offset and the capitalised name.
    """
    text = doc.analysis_text
    tokens = doc.tokens
    if not name_part(tokens[index].value):
        return None
    last = index
    while (
        last + 1 < len(tokens)
        and last - index < 2
        and text[tokens[last].end : tokens[last + 1].start] == " "
        and tokens[last + 1].value.islower()
        and name_part(tokens[last + 1].value)
    ):
        last += 1
    if last == index:
        return None
    start, end = tokens[index].start, tokens[last].end
    verbs = reporting_verbs()
    before = text[max(0, start - 2) : start]
    after = text[end : end + 1]
    verb_before = index > 0 and tokens[index - 1].value in verbs and before.endswith(" ")
    verb_after = (
        last + 1 < len(tokens)
        and tokens[last + 1].value in verbs
        and text[end : tokens[last + 1].start] in (" ", ", ")
    )
    between_commas = before == ", " and after == ","
    if not ((verb_before and after in (",", ".", ";")) or verb_after or between_commas):
        return None
    name = " ".join(word[:1].upper() + word[1:] for word in text[start:end].split(" "))
    return end, name


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _foreign_name_word(word: str) -> bool:
    """A lower-case word that reads as a name: no English word, no common foreign word.

    ``kowalska``, ``marchand``, ``élodie``, ``vries``; not ``class``, ``general``, ``für``,
    ``semaine``.
    """
    if word in stop_words() or not word.replace("-", "").isalpha() or len(word) < 2:
        return False
    for part in word.split("-"):
        info = word_info(part)
        if is_common_english(part):
            return False
        if info.english >= ENGLISH_KNOWN_ZIPF and not info.proper_noun:
            return False
        if any(freq >= FOREIGN_COMMON_ZIPF for _, freq in info.foreign):
            return False
    return True


def _name_after_role(doc: Document, index: int) -> tuple[int, str] | None:
    """A lower-case full name right after a role noun or verb: ``coach jürgen baumann``.

    Two or three words (particles such as ``de`` or ``van der`` between them), the first a
    known given name or a word of no language's common vocabulary, the others words of no
    language's common vocabulary: ``the minister anna kowalska``, ``chairman pieter de
    vries``; not ``coach class``, ``director general``, ``the minister für wirtschaft``.
    """
    text = doc.analysis_text
    tokens = doc.tokens
    first = tokens[index].value
    if not (folded_given_name(first) or _foreign_name_word(first)):
        return None
    particle_set = name_particles()
    last = index
    words = 1
    position = index + 1
    while position < len(tokens) and words < MAX_ROLE_NAME_WORDS:
        token = tokens[position]
        if text[tokens[position - 1].end : token.start] != " " or not token.value.islower():
            break
        if token.value in particle_set:
            position += 1
            continue
        if not _foreign_name_word(token.value):
            break
        last = position
        words += 1
        position += 1
    if words < 2:
        return _given_before_family(doc, index)
    start, end = tokens[index].start, tokens[last].end
    if end < len(text) and (text[end].isalnum() or text[end] in "-‐‑'’"):
        return None
    name = " ".join(
        word if word in particle_set else word[:1].upper() + word[1:]
        for word in text[start:end].split(" ")
    )
    return end, name


def _given_before_family(doc: Document, index: int) -> tuple[int, str] | None:
    """A lower-case given name right before a capitalised family name in a name slot
    (``said lando Sileoni,``, ``the minister aitziber Etxeberria``): the family name is a
    name word of no English and no place, closed by punctuation or a verb after it."""
    text = doc.analysis_text
    tokens = doc.tokens
    if index + 1 >= len(tokens) or text[tokens[index].end : tokens[index + 1].start] != " ":
        return None
    family = tokens[index + 1].value
    if (
        "-" in tokens[index].value
        or not is_name_word(family)
        or not family[1:].islower()
        or family.casefold() in stop_words()
        or family in title_words()
        or is_place(family)
        or _english_word(family.casefold())
    ):
        return None
    end = tokens[index + 1].end
    if end < len(text) and (text[end].isalnum() or text[end] in "-‐‑"):
        return None
    first = tokens[index].value
    return end, f"{first[:1].upper()}{first[1:]} {family}"


def _slot_word(word: str, verbs: frozenset[str]) -> bool:
    """``word`` may open a name slot (:func:`_name_slot_before`): a role noun or a verb."""
    return word.casefold() in slot_roles() or word in verbs


def _name_slot_before(doc: Document, index: int, verbs: frozenset[str]) -> str | None:
    """What makes ``tokens[index]`` start a name: the role noun or verb just before it.

    Returns the punctuation the name must be followed by: ``""`` for anything (``coach
    jürgen baumann resigned``), ``","`` for an apposition (``the envoy, jürgen baumann,
    said``), ``",.;"`` after a reporting verb (``said jürgen baumann, the coach``); None
    when the token stands in no name slot.
    """
    tokens = doc.tokens
    if index < 1:
        return None
    before = tokens[index - 1].value
    gap = doc.analysis_text[tokens[index - 1].end : tokens[index].start]
    # Minister anna kowalska: a title opening the sentence
    if before.casefold() in slot_roles():
        if gap == " ":
            return ""
        if gap == ", ":
            return ","
    if before in verbs and gap == " ":
        return ",.;"
    return None


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _role_name_start(word: str) -> bool:
    """A lower-case word that :func:`_name_after_role` may take as a name's first word."""
    return word.islower() and (folded_given_name(word) or _foreign_name_word(word))


def _lowercase_candidates(
    values: list[str],
    distinct: set[str],
    lower: set[str],
    known: dict[str, list[str]],
    verbs: frozenset[str],
) -> list[int]:
    """Indices of the lower-case tokens that may start a lower-cased name, in order.

    A known name's first word, a given name, or any word right after a role noun or a
    reporting verb; each distinct word (``distinct``: every token value of ``values``;
    ``lower``: those in lower case) is tested once, so the cost per token is one set
    look-up.
    """
    starts = (lower & known.keys()) | given_names_among(lower)
    # After a role noun or verb, only a word that may open a name (:func:`_name_after_role`).
    roles = slot_roles()
    # (map, filter and compress: loops in C over the document's vocabulary and tokens)
    slots = (distinct & verbs) | set(
        compress(distinct, map(roles.__contains__, map(str.casefold, distinct)))
    )
    found = set()
    last = len(values) - 1
    either = starts | slots
    for index in indexes_in(values, either):
        value = values[index]
        if value in starts:
            found.add(index)
        if value in slots and index < last and _role_name_start(values[index + 1]):
            found.add(index + 1)
    return sorted(found)


@rule(
    "N104",
    "lowercase-name",
    Severity.WARNING,
    category="Fluency/Spelling",
    message="name “{found}” written in lower case; elsewhere “{expected}”",
    fixable=True,
)
def lowercase_name(doc: Document) -> Iterator[Hit]:
    """A person's name written in lower case (``kim jong-un``).

    Machine translation sometimes loses the capitals of a name it did not recognise. Two
    kinds are reported: a name capitalised elsewhere in the document and known to be a
    person's (a title before it, a ``Jong-un``-style given name, or the ``names`` setting);
    and a full name of two or three words, starting with a known given name and holding no
    everyday English word, where names stand (after or before a reporting verb, or between
    commas: ``said kim so-yeon, a professor``); and a full name of two or three words right
    after a role noun, in apposition or after a reporting verb (``coach jürgen baumann``,
    ``the envoy, élodie marchand,``, ``chairman pieter de vries``), whose first word is a
    known given name or, like every other word, belongs to no language's common vocabulary
    (the lexicon's English and foreign frequencies). Common words that are also names
    (``rose``, ``park``, ``white house``, ``said grace``), common nouns after a role noun
    (``coach class``, ``director general``) and foreign phrases (``the minister für
    wirtschaft``) are left alone. A hyphenated name found that way gets no fix (``Dong-wan``
    or ``Kowalska-Nowak``?).

    A single word counts too: a word of a name the document writes capitalised and knows
    to be a person's, by a known given name, a title, a ``Ji-hoon``-style given name, a
    role noun before it or a reporting verb next to it (``Chancellor Olaf Scholz`` …
    ``scholz said``, ``Park Ji-hoon`` … ``park said``, ``the governor Hirofumi
    Yoshimura`` … ``yoshimura``), and a given name in lower case before that family name
    (``olaf Scholz``, ``said lando Sileoni,``) or alone before a reporting verb that opens
    a clause (``After the match, marco said``) or closing the clause after a quotation's
    reporting verb (``“…,” explained marco.``; no English word), unless it is part of a web
    address or quoted string. An English word or a short one (``rose``, ``park``, ``kim``) counts
    only after a title or right before a reporting verb (``park said``; not ``the park``).

    Okay: Kim Jong-un spoke. The white house on the hill belongs to Mr. Will White.
    N104: North Korea's leader, Kim Jong-un, spoke. Later, kim jong-un left.
    N104: “It is not over,” said pierre vidal, a professor at the university.
    N104: The club said coach jürgen baumann had resigned.
    N104: Chancellor Olaf Scholz arrived. Later, scholz said the deal was done.
    N104: Analyst Park Ji-hoon spoke first. “Prices will fall,” park said.
    """
    hits = [*_lowercase_full_names(doc), *_lowercase_name_words(doc)]
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    covered = 0
    for hit in hits:
        if hit.start >= covered:
            yield hit
            covered = hit.end


def _lowercase_full_names(doc: Document) -> Iterator[Hit]:
    """The lower-cased full names of :func:`lowercase_name`, in order."""
    text = doc.analysis_text
    tokens = doc.tokens
    analysis = analyze_names(doc)
    distinct = analysis.distinct
    lower = set(filter(str.islower, distinct))
    known = known_names(doc, lower)
    verbs = reporting_verbs()
    covered = 0  # end of the last reported name: its later words are not names again
    for index in _lowercase_candidates(analysis.values, distinct, lower, known, verbs):
        start, _, value = tokens[index]
        if start < covered or text[start - 1 : start].isalnum():
            continue  # 4bn euros: a unit glued to a number, no word
        before = tokens[index - 1].value if index > 0 else ""
        expected = None
        for name in known.get(value, ()):
            if _matches(text, start, name):
                expected = name
                break
        if expected is not None:
            end = start + len(expected)
            found = text[start:end]
            yield Hit(start, end, {"found": found, "expected": expected}, Fix(start, end, expected))
            covered = end
            continue
        unknown = None
        certain = True
        # Only a word after a role noun or a reporting verb can stand in a name slot.
        if index > 0 and _slot_word(before, verbs):
            followers = _name_slot_before(doc, index, verbs)
            if followers is not None:
                unknown = _name_after_role(doc, index)
                if unknown and followers and text[unknown[0] : unknown[0] + 1] not in followers:
                    unknown = None  # said élodie marchand in Paris: no clause ends there
                # Kowalska-Nowak or Dong-wan: the case after a hyphen is not certain.
                certain = unknown is None or "-" not in unknown[1]
        if unknown is None and given_name(value) and _name_slot(tokens, index, text, verbs):
            unknown = _unknown_name(doc, index)
        if unknown is not None:
            end, name = unknown
            message = f"name “{text[start:end]}” written in lower case"
            yield Hit(
                start,
                end,
                {"found": text[start:end], "expected": name},
                Fix(start, end, name) if certain else None,
                message=message,
            )
            covered = end


def _lowercase_name_words(doc: Document) -> Iterator[Hit]:
    """Single words of a person's name written in lower case: a word of a name the document
    writes capitalised and knows to be a person's (``Olaf Scholz`` … ``scholz said``, ``Mr
    putin``, ``Park Ji-hoon`` … ``park said``), and a given name in lower case before the
    family name it is written with (``olaf Scholz``).

    The word must stand as a word of its own (not in a web address or a quoted string) and
    be no function word. A word that is also an English word (``Rose``, ``Park``; the lexicon
    cannot tell its noun from its name), or shorter than four letters (``kim``, ``lee``),
    counts only where only a name stands: after a title (``Mr rose``) or a role noun, or
    right before a reporting verb (``rose said``), or, for a word of a name proved a
    person's, after a reporting verb or ``according to`` and before a comma or a period
    (``according to kang,``). A given name must be no common English word (``will``,
    ``mark``). A name in apposition after a role noun and its complement (``the lawyer of
    the victims, Mori Aoi,``) is a person's.
    """
    text = doc.analysis_text
    tokens = doc.tokens
    analysis = analyze_names(doc)
    family, given, proved = known_person_words(doc, analysis.distinct)
    if not family and not given:
        return
    values = analysis.values
    firsts = {pair[0] for pair in given}
    wanted = family.keys() | firsts
    known_pairs = {(first, last) for (_, last), first in given.items()}
    alone_given = {word: first for (word, _), first in given.items()}
    # The words and their possessives (putin’s), found by one set look-up per token.
    wanted_forms = wanted | {f"{word}{mark}s" for word in wanted for mark in "'’"}
    for index in indexes_in(values, wanted_forms):
        start, end, value = tokens[index]
        value = _unpossessed(value)
        end = start + len(value)
        if not _lone_word(text, start, end) and text[end : end + 1] not in "'’":
            continue
        following = _word_after(doc, index, end)
        before = _word_before(doc, index, start)
        expected = given.get((value, following))
        if expected is None and following in name_particles():
            expected = given.get((value, _name_after_particles(doc, index + 1)))
        if expected is not None and is_common_english(value):
            expected = None
        if expected is None and value in family:
            paired = (before, family[value]) in known_pairs  # Janet jackson
            if _family_word_in_name_slot(doc, index, value, (before, following), proved, paired):
                expected = family[value]
        if (
            expected is None
            and value in alone_given
            and _given_alone_speaks(value, before, following, _quoted_verb_before(doc, index))
        ):
            expected = alone_given[value]  # Marco Bellini … , marco said / ,” said marco.
        if expected is not None:
            yield Hit(start, end, {"found": value, "expected": expected}, Fix(start, end, expected))


def _given_alone_speaks(value: str, before: str, following: str, quoted_verb: bool) -> bool:
    """A known person's given name (``value``, in lower case) alone as the subject of a
    reporting verb that opens a clause (``After the match, marco said``) or that follows a
    quotation, the name closing the clause (``“…,” explained marco.``: ``quoted_verb``),
    no English word."""
    if is_common_english(value):
        return False
    return quoted_verb or (
        following in reporting_verbs() and (not before or before in function_words("clause_start"))
    )


def _quoted_verb_before(doc: Document, index: int) -> bool:
    """``tokens[index]`` closes a clause (a comma or period after it) right after a
    reporting verb that follows a closed quotation (``“…,” explained marco.``)."""
    word, text = doc.tokens[index], doc.analysis_text
    return text[word.end : word.end + 1] in (",", ".") and reporting_verb_before(text, word.start)


def _family_word_in_name_slot(
    doc: Document,
    index: int,
    value: str,
    around: tuple[str, str],
    proved: set[str],
    paired: bool,
) -> bool:
    """``tokens[index]`` (``value``, a family name of the document in lower case, between
    the words ``around`` it) stands where a name stands (see :func:`_lowercase_name_words`);
    ``paired``: after the given name the document writes it with."""
    text = doc.analysis_text
    before, following = around
    end = doc.tokens[index].start + len(value)
    if following[:1].isupper() or before.casefold() in determiners(
        "article", "demonstrative", "possessive"
    ):
        return False  # scholz Group, the scholz: no family name alone
    titled = before in title_words() or before.casefold() in slot_roles() or paired
    verb_after = following in reporting_verbs()
    # said park, who…, according to park,: a proved name's word closing a clause
    closes = text[end : end + 1] in (",", ".", ";")
    verb_before = (
        value in proved
        and closes
        and (before in reporting_verbs() or _after_according_to(doc, index))
    )
    if is_common_english(value, NAME_PART_ZIPF) and not (value in proved or before in honorifics()):
        return False  # Wembley Stadium … the stadium; but Anna Rose … Ms. rose
    if is_common_english(value) and not (
        titled
        or verb_before
        or (verb_after and (not before or before in function_words("clause_start")))
    ):
        return False  # Wembley Stadium … the stadium, the wait was long said: no name
    short = len(value) < MIN_LOWER_FAMILY
    return not ((short or _english_word(value)) and not (titled or verb_after or verb_before))


def _after_according_to(doc: Document, index: int) -> bool:
    """``according to`` stands right before ``tokens[index]``, single spaces apart."""
    tokens = doc.tokens
    if index < 2:
        return False
    according, to = tokens[index - 2], tokens[index - 1]
    text = doc.analysis_text
    return (
        to.value == "to"
        and according.value.casefold() == "according"
        and text[according.end : to.start] == " "
        and text[to.end : tokens[index].start] == " "
    )


def _name_after_particles(doc: Document, index: int) -> str:
    """The first token from ``tokens[index]`` on that is no particle, when only single
    spaces stand between (``de Vries`` → ``Vries``), else ``""``."""
    tokens = doc.tokens
    particle_set = name_particles()
    while index < len(tokens) and tokens[index].value in particle_set:
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None or doc.analysis_text[tokens[index].end : following.start] != " ":
            return ""
        index += 1
    return tokens[index].value if index < len(tokens) else ""


def _word_after(doc: Document, index: int, end: int) -> str:
    """The token after ``tokens[index]`` (which ends at ``end``) when one space apart, else
    ``""`` (``cowell. "I``: no word follows the name)."""
    tokens = doc.tokens
    if index + 1 < len(tokens) and doc.analysis_text[end : tokens[index + 1].start] == " ":
        return tokens[index + 1].value
    return ""


def _word_before(doc: Document, index: int, start: int) -> str:
    """The token before ``tokens[index]`` (which starts at ``start``) when one space apart
    (or a title's period and a space: ``Mr. park``), else ``""``."""
    tokens = doc.tokens
    if index == 0:
        return ""
    gap = doc.analysis_text[tokens[index - 1].end : start]
    if gap == " " or (gap == ". " and tokens[index - 1].value in title_words()):
        return tokens[index - 1].value
    return ""


def _unpossessed(value: str) -> str:
    """``value`` without a possessive ``’s`` (``putin’s`` → ``putin``)."""
    if len(value) > 2 and value[-2] in "'’" and value[-1] == "s":
        return value[:-2]
    return value


def _lone_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands as a word: no web address, file name or quoted string."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if before in _QUOTE_MARKS and after in _QUOTE_MARKS:
        return False
    if before and before in "@/._#\\-":
        return False
    if after == ".":
        return not text[end + 1 : end + 2].isalnum()  # scholz.de
    return after == "" or after in _WORD_ENDS


_WORD_ENDS = frozenset(" \t\n\u00a0,;:!?)" + CLOSING_MARKS + STRAIGHT_MARKS)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _english_word(word: str) -> bool:
    """A word of English (dictionary or frequent) or a function word: its lower case alone
    proves nothing (``rose``, ``park``, ``bush``)."""
    return word in stop_words() or is_english_word(word, NAME_PART_ZIPF)
