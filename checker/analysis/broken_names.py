"""Names broken by machine translation: a verb inside a name, a fragment split from it.

Translating French *a déclaré Kang Dong-wan*, a machine may keep the inversion and cut the
hyphenated given name around the verb (``Kang Dong said -wan``), or put the verb between a
given name and a family name (``“…,” Maria said Lopez``); a space may detach a name's
second syllable (``Kang Dong -wan``), or a period cut it off (``said Kang Dong. -Wan is``).
This module finds them and says what they are (:class:`BrokenName`, one kind each); the
name rules (:mod:`checker.rules.names`) judge them.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator
from typing import NamedTuple

from checker.analysis.lexicon import is_common_english, is_everyday_english
from checker.analysis.names import (
    analyze_names,
    english_suffixes,
    is_name_word,
    is_place,
    stop_words,
)
from checker.document import Document
from checker.patterns import find_per_mark, lazy, per_mark
from checker.text.quote_marks import CLOSING_MARKS, STRAIGHT_MARKS
from checker.thresholds.name import (
    MAX_FRAGMENT,
    MAX_NAME_WORDS,
    MAX_SHORT_SYLLABLE,
    MAX_SYLLABLE,
)
from checker.words import (
    reporting_verbs,
    title_words,
    word_part_nouns,
)

# A hyphen after white space, then letters attached to it: `` -wan``, `` -Pierre``. The
# hyphen comes first and the space is checked behind it: the scan stops only at hyphens
# (three times faster than a look-behind at every character), one pattern per hyphen.
_FRAGMENT_PATTERN = (
    r"(?P<hyphen>MARK)(?<=[ \t\u00a0]MARK)"
    r"(?P<fragment>[^\W\d_]+(?:[-‐‑][^\W\d_]+)*)(?![\w'’\-‐‑])"
)


_FRAGMENTS = per_mark(_FRAGMENT_PATTERN, "-‐‑")
_TOKEN_END = operator.attrgetter("end")
_TOKEN_VALUE = operator.itemgetter(2)
_CLOSING_QUOTES = frozenset(CLOSING_MARKS + STRAIGHT_MARKS)


# ---------------------------------------------------------------------------------------
# Fragments: N101 (a verb inside the name) and N102 (a fragment split from it)


# What a broken name is: the kinds of :class:`BrokenName`. The rules read them: N101 the
# verbs inside a name, N102 the fragments split from it.
VERB_INSIDE = "verb-inside"  # Kang Dong said -wan: a word inside a hyphenated name
GIVEN_SPLIT = "given-split"  # “…,” Maria said Lopez: a verb between given and family name
DETACHED = "detached"  # Kang Dong -wan: a fragment one space after its name
LINE_START_CUT = "line-start-cut"  # Lee Do / -woon: the fragment opens the next line
LINE_END_CUT = "line-end-cut"  # Lee Do- / woon: the line ends after the hyphen
SENTENCE_CUT = "sentence-cut"  # said Kang Dong. -Wan is…: the period cut the name
DANGLING = "dangling"  # a fragment after punctuation or an ordinary word: attached to nothing
_UNCONFIRMED = "unconfirmed"  # a fragment with no name near it: kept only when confirmed


class BrokenName(NamedTuple):
    """A name broken by a verb or a space, as found in the text (a fact, no judgement).

    ``kind`` is one of the kinds above; ``detail`` names the parts (``verb``, ``name``,
    ``fragment``); ``replacement`` is the repaired text of ``text[start:end]`` when the
    repair is certain, else None; ``strong`` says the evidence is conclusive (a reporting
    verb inside a hyphenated name, a full name confirmed elsewhere in the document) rather
    than likely (an ordinary word inside the name, a known given name only). The rules
    word the messages.
    """

    kind: str
    start: int
    end: int
    detail: dict[str, str]
    replacement: str | None
    strong: bool


def broken_names(doc: Document) -> list[BrokenName]:
    """Every name of ``doc`` broken by a verb or a space: ``doc.broken_names`` (cached)."""
    return doc.broken_names


def collect_broken_names(doc: Document) -> list[BrokenName]:
    """Every name of ``doc`` broken by a verb or a space, in document order (uncached:
    read ``doc.broken_names``)."""
    from checker.analysis.given_splits import split_given_names  # it imports this module

    found = sorted(
        [
            *_find_broken_names(doc),
            *_line_start_fragments(doc),
            *_line_end_cuts(doc),
            *split_given_names(doc),
        ],
        key=lambda b: (b.start, b.end),
    )
    return _confirm_dangling(found)


def _confirm_dangling(found: list[BrokenName]) -> list[BrokenName]:
    """``found`` with each unconfirmed fragment alone (``-woo said``) that ends a name a
    verb broke elsewhere (``Choi Seung said -woo``: ``Choi Seung-woo``) confirmed."""
    rebuilt: dict[str, str] = {}
    for broken in found:
        if broken.kind == VERB_INSIDE:
            parts = re.split(r"[-‐‑]", broken.detail["name"].rpartition(" ")[2])
            if len(parts) > 1 and parts[-1]:  # Seung-woo: woo
                rebuilt.setdefault(parts[-1].casefold(), broken.detail["name"])
    confirmed = []
    for broken in found:
        whole = rebuilt.get(broken.detail.get("fragment", "").lstrip("-‐‑").casefold())
        if broken.kind == _UNCONFIRMED and whole is None:
            continue
        if broken.kind in (DANGLING, _UNCONFIRMED) and not broken.strong and whole is not None:
            piece = broken.detail["fragment"]
            detail = {"fragment": piece, "name": whole}
            broken = broken._replace(kind=DANGLING, detail=detail, strong=True)
        confirmed.append(broken)
    return confirmed


def _find_broken_names(doc: Document) -> Iterator[BrokenName]:
    """The hyphenated fragments after white space that break a name."""
    text = doc.analysis_text
    tokens = doc.tokens
    line_starts = doc.line_starts
    for match in find_per_mark(_FRAGMENTS, text):
        hyphen = match.start()
        fragment = match.group("fragment")
        if len(fragment) < 2:
            continue
        line_start = line_starts[bisect.bisect_right(line_starts, hyphen) - 1]
        first = hyphen
        while first > line_start and text[first - 1] in " \t\u00a0":
            first -= 1
        if first == line_start:
            continue  # a list bullet: " -item" (see _fragment_at_line_start)
        index = bisect.bisect_right(tokens, hyphen, key=_TOKEN_END) - 1
        previous = tokens[index] if index >= 0 else None
        attached = previous is not None and not text[previous.end : hyphen].strip(" \t\u00a0")
        # "said -and then left": a hyphen used as a dash before an everyday word.
        dash = fragment.islower() and is_everyday_english(fragment)
        if attached and previous is not None:
            found = _fragment_after_word(doc, match, index, dash)
            if found is not None:
                if found is not _NOTHING:
                    yield found
                continue
        if dash or fragment.casefold() in english_suffixes() or not _name_like(fragment):
            continue
        if previous is not None and previous.value.casefold() in word_part_nouns():
            continue
        whole = _hyphenated_names(doc).get(fragment.casefold())
        if whole is None and not any(
            _attested(doc, i) for i in range(max(0, index - 3), index + 1)
        ):
            # A command-line option (gcc -pedantic) or a code fragment, unless a name
            # broken elsewhere ends with it (see _confirm_dangling).
            detail = {"fragment": match.group(), "name": ""}
            yield BrokenName(_UNCONFIRMED, hyphen, match.end(), detail, None, False)
            continue
        split_from = _name_ending_sentence(doc, index, hyphen, fragment)
        if split_from is not None:
            detail = {"fragment": match.group(), "name": split_from}
            yield BrokenName(SENTENCE_CUT, hyphen, match.end(), detail, None, True)
            continue
        detail = {"fragment": match.group(), "name": whole or ""}
        yield BrokenName(DANGLING, hyphen, match.end(), detail, None, whole is not None)


# A fragment opening a line: ``-woon said``.
_LINE_FRAGMENT = lazy(
    r"^[ \t\u00a0]*(?P<hyphen>[-‐‑])(?P<fragment>[^\W\d_]+)(?![\w'’\-‐‑])", re.MULTILINE
)


# A hyphen opening a line (after blanks): where a line fragment may start. Searched from the
# line break (a literal character, which a search skips to), the anchored pattern is then
# tried at those lines only: searched itself, it is tried at every offset of the text.
_LINE_HYPHEN = lazy(r"\n(?=[ \t\u00a0]*[-‐‑])")


def _line_start_fragments(doc: Document) -> Iterator[BrokenName]:
    """The fragments that open a line and belong to a name (:func:`_fragment_at_line_start`)."""
    text = doc.analysis_text
    line_starts = itertools.chain((0,), (found.end() for found in _LINE_HYPHEN.finditer(text)))
    for line_start in line_starts:
        match = _LINE_FRAGMENT.match(text, line_start)  # what finditer finds on this line
        if match is None:
            continue
        found = _fragment_at_line_start(doc, match, match.start())
        if found is not None:
            yield found


# A name word cut at the end of a line: ``Lee Do-`` / ``woon``. The scan starts at hyphens.
_LINE_END_CUTS = per_mark(
    r"MARK(?P<gap>[ \t\u00a0]*\r?\n[ \t\u00a0]*)(?P<tail>[^\W\d_]+)(?![\w'’\-‐‑])", "-‐‑"
)


def _line_end_cuts(doc: Document) -> Iterator[BrokenName]:
    """A hyphenated name cut by a line break after its hyphen (``Lee Do-`` / ``woon
    refused``): the line ends with a name of two words, the next line opens with a
    syllable that is no English word, or that ends a hyphenated name of the document."""
    text = doc.analysis_text
    if "\n" not in text:
        return
    tokens = doc.tokens
    analysis = analyze_names(doc)
    for match in find_per_mark(_LINE_END_CUTS, text):
        hyphen = match.start()
        tail = match.group("tail")
        folded = tail.casefold()
        if len(tail) > MAX_SYLLABLE or not tail[1:].islower() or is_everyday_english(folded):
            continue
        index = bisect.bisect_right(tokens, hyphen, key=_TOKEN_END) - 1
        if index < 1 or tokens[index].end != hyphen:
            continue
        head = tokens[index].value
        whole = _hyphenated_names(doc).get(folded)
        if not is_name_word(head) or head in title_words() or folded in stop_words():
            continue
        if whole is None and is_common_english(folded) and len(tail) > MAX_SHORT_SYLLABLE:
            continue  # Sinn Féin- / linked: an English compound cut by the line (Seo Ji- /
            # min: a syllable that spells a rarer English word, after a name of two words)
        name = [*(_name_before(doc, index) or []), index]
        if len(name) < 2 or any(analysis.word_at(i).initial for i in name[1:]):
            continue
        joined = f"{head}{match.group()[0]}{tail}"
        detail = {"fragment": tail, "name": text[tokens[name[0]].start : tokens[index].end]}
        yield BrokenName(LINE_END_CUT, tokens[index].start, match.end(), detail, joined, True)


def _fragment_at_line_start(
    doc: Document, match: re.Match[str], line_start: int
) -> BrokenName | None:
    """A fragment opening a line and a sentence that goes on (``-woon said``): the end of
    the name that ends the line before (``Lee Do`` / ``-woon``, joined back), or a
    fragment of a hyphenated name the document writes (``-woo`` beside ``Seung-woo``).
    Anything else at a line start is a list bullet (``-eggs``)."""
    text = doc.analysis_text
    fragment = match.group("fragment")
    folded = fragment.casefold()
    if (
        len(fragment) > MAX_SYLLABLE
        or not fragment[1:].islower()
        or folded in stop_words()
        or is_everyday_english(folded)
        or re.match(r"[ \u00a0]+[a-z]", text[match.end() : match.end() + 3]) is None
    ):
        return None
    hyphen = match.start("hyphen")
    piece = text[hyphen : match.end()]
    tokens = doc.tokens
    index = bisect.bisect_right(tokens, hyphen, key=_TOKEN_END) - 1
    whole = _hyphenated_names(doc).get(folded)
    if (
        index >= 1
        and text[tokens[index].end : line_start].strip() == ""
        and (whole is not None or not is_common_english(folded))  # -woon; not -eggs
    ):
        # Lee Do / -woon: the line ends with a name of two words or more (its last word
        # may be a syllable that is also a function word: Do, In).
        name = None
        if is_name_word(tokens[index].value) and tokens[index].value not in title_words():
            name = [*(_name_before(doc, index) or []), index]
        # (The line cut short may look like a heading: only a sentence start proves nothing.)
        analysis = analyze_names(doc)
        if (
            name is not None
            and len(name) >= 2
            and all(not analysis.word_at(i).initial for i in name[1:])
        ):
            head = text[tokens[name[0]].start : tokens[name[-1]].end]
            detail = {"fragment": piece, "name": head}
            joined = f"{tokens[index].value}{piece}"
            return BrokenName(
                LINE_START_CUT, tokens[index].start, match.end(), detail, joined, True
            )
    if whole is None:
        return None
    detail = {"fragment": piece, "name": whole}
    return BrokenName(DANGLING, hyphen, match.end(), detail, None, True)


def _hyphenated_names(doc: Document) -> dict[str, str]:
    """The hyphenated name words of ``doc`` by their last part in lower case (``wan`` →
    ``Dong-wan``): a fragment standing alone that ends one of them is that name's, cut off."""
    found: dict[str, str] = {}
    for value in analyze_names(doc).by_value:
        head, hyphen, tail = value.rpartition("-")
        if hyphen and head[:1].isupper() and tail.isalpha():
            found.setdefault(tail.casefold(), value)
    return found


# Returned by :func:`_fragment_after_word` for a fragment that is no broken name at all.
_NOTHING = BrokenName(DANGLING, 0, 0, {}, None, False)


def _fragment_after_word(
    doc: Document, match: re.Match[str], index: int, dash: bool
) -> BrokenName | None:
    """A fragment right after ``tokens[index]`` (``Dong -wan``, ``said -wan``): the broken
    name it makes, ``_NOTHING`` when it makes none, None to look further (a fragment
    attached to no name word)."""
    text = doc.analysis_text
    previous = doc.tokens[index]
    word = previous.value
    name = _name_before(doc, index)
    if dash and name is not None and len(name) < 2:
        return _NOTHING  # “No,” Kang said -and I agree- that…
    if word.islower() and name is not None:
        if word in reporting_verbs():
            broken = _verb_inside_name(doc, match, index, name, strong=True)
            return broken._replace(replacement=None, strong=False) if dash else broken
        if dash:
            return _NOTHING
        if (
            word not in stop_words()
            and len(word) >= 3
            and word.isalpha()
            and all(_attested(doc, i) for i in name)
        ):
            return _verb_inside_name(doc, match, index, name, strong=False)
    if _name_body_word(word) and not dash:
        hyphen = match.start()
        detail = {"fragment": match.group(), "name": word}
        gap = text[previous.end : match.end()]
        return BrokenName(
            DETACHED, previous.end, match.end(), detail, gap[hyphen - previous.end :], True
        )
    return None


def _name_ending_sentence(doc: Document, index: int, hyphen: int, fragment: str) -> str | None:
    """The name that ends the sentence before a fragment: ``said Kang Dong. -Wan is…``.

    The token before the period is the last word of a name of two words or more, or a
    reporting verb right after such a name (``Kang Dong said. -Wan``); the fragment is a
    syllable, no English word. Returns the name, or None.
    """
    text = doc.analysis_text
    tokens = doc.tokens
    if index < 1 or len(fragment) > MAX_SYLLABLE or is_everyday_english(fragment.casefold()):
        return None
    previous = tokens[index]
    if text[previous.end : hyphen].rstrip(" \t\u00a0") != ".":
        return None
    if previous.value in reporting_verbs():
        name = _name_before(doc, index)  # Kang Dong said. -Wan
    else:
        name = _name_before_period(doc, index)  # said Kang Dong. -Wan
    if name is None or len(name) < 2:
        return None
    return text[tokens[name[0]].start : tokens[name[-1]].end]


def _name_before_period(doc: Document, last: int) -> list[int] | None:
    """Indices of the name words ending with ``tokens[last]``, one space apart."""
    if not _name_body_word(doc.tokens[last].value):
        return None
    before = _name_before(doc, last)
    return [*(before or []), last]


def _name_like(fragment: str) -> bool:
    """A syllable or two of a name: ``wan``, ``Pierre``, ``sun-hee``; not ``Xsubtree``."""
    return len(fragment) <= MAX_FRAGMENT and not any(ch.isupper() for ch in fragment[1:])


def _name_body_word(word: str) -> bool:
    """A name word that is no stop word (``Kang``; not ``The``, ``Then``): a word of a name."""
    return is_name_word(word) and word.casefold() not in stop_words()


def _attested(doc: Document, index: int) -> bool:
    """``tokens[index]`` is a name word whose capital proves a name (mid-sentence, no heading)."""
    word = analyze_names(doc).word_at(index)
    return word is not None and word.attested


def _name_before(doc: Document, verb_index: int) -> list[int] | None:
    """Indices of the capitalised words just before the verb, one space apart."""
    text = doc.analysis_text
    tokens = doc.tokens
    indices: list[int] = []
    index = verb_index - 1
    follower = tokens[verb_index]
    while index >= 0 and len(indices) < MAX_NAME_WORDS:
        token = tokens[index]
        if text[token.end : follower.start] not in (" ", "\u00a0"):
            break
        if not _name_body_word(token.value):
            break
        if indices and is_place(token.value):
            break  # In Seoul Kang Dong said -wan: Seoul is no part of the name
        indices.append(index)
        follower = token
        index -= 1
    indices.reverse()
    return indices or None


def _verb_inside_name(
    doc: Document, match: re.Match[str], verb_index: int, name: list[int], *, strong: bool
) -> BrokenName:
    text = doc.analysis_text
    tokens = doc.tokens
    verb = tokens[verb_index].value
    start = tokens[name[0]].start
    head = text[start : tokens[name[-1]].end]
    full_name = f"{head}{match.group('hyphen')}{match.group('fragment')}"
    before = text[max(0, start - 8) : start].rstrip(" \t\u00a0")
    after_quote = bool(before) and (
        before[-1] in _CLOSING_QUOTES or (before[-1] == "," and before[-2:-1] in _CLOSING_QUOTES)
    )
    if after_quote:
        # “…,” Kang Dong said -wan → “…,” said Kang Dong-wan (the translation's inversion).
        end = match.end()
        replacement = f"{verb} {full_name}"
    else:
        # Jean said -Pierre Dupont → Jean-Pierre Dupont said.
        end = match.end()
        index = bisect.bisect_left(tokens, end, key=lambda t: t.start)
        while (
            index < len(tokens)
            and text[end : tokens[index].start] in (" ", "\u00a0")
            and _name_body_word(tokens[index].value)
        ):
            end = tokens[index].end
            index += 1
        replacement = f"{full_name}{text[match.end() : end]} {verb}"
    detail = {"verb": verb, "name": full_name, "replacement": replacement}
    return BrokenName(VERB_INSIDE, start, end, detail, replacement, strong)
