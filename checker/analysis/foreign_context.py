"""Context readings of the language analysis: headings, sentences, citations, titles,
connectives and conjunctions.

:class:`ContextReading` (a mixin of the analyser) reads what surrounds a span: whether it is
a heading or a whole sentence, cited or glossed on purpose, a title in quotes, quoted speech;
and finds the leftovers known by their place (titles before names, connectives opening a
sentence, conjunctions between English words).
"""

from __future__ import annotations

from collections import Counter

from checker.analysis.foreign_words import (
    _GLOSS_AFTER,
    _OPENERS,
    _QUOTATION_GLOSS,
    _QUOTE_OPENERS,
    _QUOTED_TERM_CUE,
    _SENTENCE_END,
    _TERM_CLOSE,
    _TITLE_GAP,
    _WORDS_AFTER_QUOTE,
    _WORDS_BEFORE_QUOTE,
    AMBIGUOUS_CONJUNCTIONS,
    CONJUNCTIONS,
    ENGLISH,
    POSSIBLE,
    ForeignSpan,
    _connectives_by_word,
    _ends_with_citation_cue,
    detect_language,
    is_capitalised,
    phrase_key,
    title_period_before,
)
from checker.analysis.leftovers import ABSENT
from checker.analysis.lexicon import (
    normalize,
)
from checker.analysis.scripts import HIGH, LOW, MEDIUM, ScriptRun, script_runs
from checker.analysis.tokens import WORD, Token
from checker.text.spans import SpanIndex
from checker.thresholds.language import (
    CUE_WIDTH,
    GLOSSED_REACH,
    HEADING_CONFIDENCE,
    HEADING_WORD_ZIPF,
    LONE_TERM_ZIPF,
    MAX_SENTENCE_WORDS,
    MAX_TERM_WORDS,
    MAX_TITLE_WORDS,
    MIN_STRONG_LENGTH,
    SHORT_WORD,
    TITLE_REACH,
    UNSEEN_ENGLISH,
)
from checker.words import name_particles, reporting_verbs, symbol_neighbours


class ContextReading:
    """Context checks on the text around a span (a mixin of the analyser)."""

    def _cited_on_purpose_only(self, reason: str, members: list[Token]) -> bool:
        """A word absent from English is cited only on purpose (the so-called "Mittelstand"),
        unless it is rare abroad too: then quote marks alone make it a term
        ("trequartista")."""
        if reason != ABSENT:
            return False
        return not (len(members) == 1 and self._rare_abroad(members[0].value))

    def _rare_abroad(self, value: str) -> bool:
        """No language uses the word at :data:`LONE_TERM_ZIPF` (the long tail included),
        and no ``--source-lang`` is given (the words of a known source are leftovers)."""
        if self.hint is not None:
            return False
        word = normalize(value)
        pairs = self.lexicon.lookup(word).foreign or self.lexicon.rare(word)
        return bool(pairs) and max(z for _, z in pairs) < LONE_TERM_ZIPF

    def _foreign_heading(
        self, start: int, lang: str, langs: dict[str, float]
    ) -> ForeignSpan | None:
        """A heading of capitalised words, all common words of ``lang`` (Schwierige
        Verhandlungen): in a heading capitals are no sign of a name. Bylines and names of
        places stay silent: every word must be a frequent word of the language, not a
        known proper noun, and not found again in the rest of the document (a name
        recurs); langdetect must agree."""
        bounds = self._heading_at(start)
        if bounds is None:
            return None
        words = list(WORD.finditer(self.text, *bounds))
        if len(words) < 2:
            return None
        if all(self.lexicon.lookup(normalize(m.group())).english >= UNSEEN_ENGLISH for m in words):
            return None  # names of papers and places are cited in English (Gazeta Wyborcza)
        for match in words:
            value = match.group()
            kind, found = self.verdict(value)
            if kind < POSSIBLE or found.get(lang, 0.0) < HEADING_WORD_ZIPF:
                return None
            if self.lexicon.lookup(normalize(value)).proper_noun:
                return None
            if self._found_outside(value, bounds):
                return None
        first, last = words[0].start(), words[-1].end()
        detected = detect_language(self.text[first:last], self._candidates(lang, langs))
        if detected is None or detected[0] not in langs or detected[1] < HEADING_CONFIDENCE:
            return None
        return ForeignSpan(first, last, detected[0], len(words), HIGH, True, True)

    def _found_outside(self, value: str, bounds: tuple[int, int]) -> bool:
        """``value`` occurs in the text outside ``bounds`` (counts memoised: linear)."""
        total = self._counts.get(value)
        if total is None:
            total = self._counts[value] = self.text.count(value)
        return total > self.text.count(value, *bounds)

    def _title_span(self, tokens: list[Token], index: int) -> ForeignSpan | None:
        """A title or form of address of another language just before a name: "Herr
        Schmidt", "Bürgermeister Krause", "la alcaldesa Gómez" (MEDIUM)."""
        token = tokens[index]
        langs = self.lexicon.titles.get(normalize(token.value), ())
        if self.hint in langs:
            langs = (self.hint,)  # --source-lang: its reading first
        if not langs:
            return None
        lang = langs[0]
        if index + 1 >= len(tokens):
            return None
        name = tokens[index + 1]
        gap = self.text[token.end : name.start]
        if not _TITLE_GAP.fullmatch(gap) or not name.value[:1].isupper():
            return None
        if "." in gap and len(token.value) > SHORT_WORD:
            return None  # a sentence ends after the word
        if index > 0 and self._adjacent(tokens[index - 1], token):
            before = tokens[index - 1].value
            if normalize(before) in name_particles() or (
                is_capitalised(before) and not self._is_initial(tokens[index - 1].start)
            ):
                return None  # Trudy Herr, Avenue du Général Leclerc
        if self._is_cited(token.start, name.end, [token, name]):
            return None
        return ForeignSpan(token.start, token.end, lang, 1, MEDIUM, reason="title")

    def _connective_spans(
        self, found: list[ForeignSpan], counts: Counter[str]
    ) -> list[ForeignSpan]:
        """Connectives of several words that look English word by word (Sin embargo, No
        entanto), opening a sentence or between commas (MEDIUM). Only a phrase whose words
        all occur in the text is looked for."""
        text = self.text
        spans: list[ForeignSpan] = []
        taken = SpanIndex(((s.start, s.end) for s in found), sort=True)
        by_word = _connectives_by_word(self.doc.settings.allow_set)
        held = by_word.keys() & counts.keys()
        held.add("")
        candidates = sorted(found for word in held for found in by_word.get(word, ()))
        for _, connective in candidates:
            if not connective.rest <= counts.keys():
                continue
            forms = []
            if connective.first_capitalised in counts:
                forms.append((connective.capitalised, True))
            if connective.first in counts:
                forms.append((connective.phrase, False))
            for form, initial in forms:
                position = text.find(form)
                while position >= 0:
                    end = position + len(form)
                    if self._connective_at(position, end, initial) and not (
                        taken.overlaps_outside(position, end)
                    ):
                        spans.append(
                            ForeignSpan(
                                position,
                                end,
                                connective.lang,
                                connective.words,
                                MEDIUM,
                                reason="connective",
                            )
                        )
                    position = text.find(form, end)
        return spans

    def _connective_at(self, start: int, end: int, initial: bool) -> bool:
        text = self.text
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            return False
        following = text[end : end + 2]
        if initial:
            if not self._is_initial(start):
                return False
            if following[:1] == ",":
                return True
            return following[:1] == " " and following[1:2].islower()
        before = text[max(0, start - 2) : start]
        return before == ", " and following[:1] == ","

    def _conjunction_spans(
        self, candidates: list[tuple[list[Token], int]], found: list[ForeignSpan]
    ) -> list[ForeignSpan]:
        """Conjunctions of another language alone between two English words (MEDIUM;
        the ambiguous ones only when the document holds another leftover of their
        language, LOW otherwise)."""
        languages = {span.lang for span in found if span.confidence >= MEDIUM}
        taken = SpanIndex(((s.start, s.end) for s in found), sort=True)
        spans = []
        for tokens, index in candidates:
            token = tokens[index]
            if taken.overlaps(token.start, token.end):
                continue
            langs = CONJUNCTIONS[token.value]
            if self.hint in langs:
                langs = (self.hint,)
            if not self._between_english(tokens, index):
                continue
            known = [lang for lang in langs if lang in languages]
            lang = known[0] if known else langs[0]
            ambiguous = token.value in AMBIGUOUS_CONJUNCTIONS and not (known or lang == self.hint)
            confidence = LOW if ambiguous else MEDIUM
            spans.append(
                ForeignSpan(token.start, token.end, lang, 1, confidence, reason="conjunction")
            )
        return spans

    def _between_english(self, tokens: list[Token], index: int, symbols: bool = True) -> bool:
        """Lower-case English words on both sides across single spaces; with ``symbols``
        (a word that may be a letter), the one before a content word, the one after no
        sign of a symbol (x and y, where e is)."""
        if index == 0 or index + 1 >= len(tokens):
            return False
        before, token, after = tokens[index - 1], tokens[index], tokens[index + 1]
        text = self.text
        if text[before.end : token.start] != " " or text[token.end : after.start] != " ":
            return False
        first = before.value
        if self._is_initial(before.start):
            first = first.lower()  # "Farmers und traders protested"
        for word in (first, after.value):
            if not word.isalpha() or not word.islower() or self.verdict(word)[0] != ENGLISH:
                return False
            if not self.lexicon.lookup(word).dictionary:
                return False
        if symbols and (
            len(before.value) < MIN_STRONG_LENGTH
            or len(after.value) < 2
            # English words before or after a letter that make it a symbol, no
            # conjunction (x and y, vitamin e, where e is, y equals); read at first need
            or before.value.lower() in symbol_neighbours("before")
            or after.value in symbol_neighbours("after")
        ):
            return False
        start = before.start - 1
        if start >= 0 and text[start] in "-'’\"/":
            return False
        keys = [phrase_key(t.value) for t in tokens[index - 1 : index + 3]]
        # en route, et al
        return not (self._allowed_lengths(keys, 0) or self._allowed_lengths(keys, 1))

    def _candidates(self, lang: str, langs: dict[str, float]) -> tuple[str, ...]:
        first = [self.hint] if self.hint and self.hint != "en" else []
        rest = sorted(k for k in langs if k not in (lang, self.hint))
        return (*first, *([lang] if lang != self.hint else []), *rest, "en")

    def _headings_list(self) -> SpanIndex:
        if self._headings is None:
            self._headings = SpanIndex(
                (p.start, p.end) for p in self.doc.paragraphs if p.is_heading
            )
        return self._headings

    def _heading_at(self, offset: int) -> tuple[int, int] | None:
        return self._headings_list().span_at(offset)

    def _in_heading(self, offset: int) -> bool:
        return self._heading_at(offset) is not None

    def _heading_is_foreign(self, offset: int) -> bool:
        """Every word of the heading is foreign or a name: the heading is not English."""
        bounds = self._heading_at(offset)
        if bounds is None:
            return False
        for match in WORD.finditer(self.text, *bounds):
            kind, _ = self.verdict(match.group())
            if kind >= POSSIBLE:
                continue
            info = self.lexicon.lookup(normalize(match.group()))
            is_name = match.group()[:1].isupper() and (info.proper_noun or not info.dictionary)
            if not is_name:
                return False
        return True

    def _opens_quotation(self, offset: int) -> bool:
        """A quote mark stands just before ``offset``: quoted speech starts with a capital."""
        return self.text[offset - 1 : offset] in _QUOTE_OPENERS and offset >= 1

    def _is_initial(self, offset: int) -> bool:
        """The word starts its sentence, line or quotation."""
        i = offset - 1
        text = self.text
        while i >= 0 and (text[i] in " \t\u00a0" or text[i] in _OPENERS):
            i -= 1
        if i >= 0 and text[i] == "." and title_period_before(text, i + 1):
            return False  # Mr. Nguyễn, Dr. Müller
        return i < 0 or text[i] in "\n\r.!?…:;—–"

    def _covers_sentence(self, tokens: list[Token], first: int, last: int) -> bool:
        """No English word in the span's sentence outside the span (names do not count).

        At most MAX_SENTENCE_WORDS words are read on each side, so a line with no
        punctuation costs linear time however many spans it holds.
        """
        text = self.text
        for step, stop in (
            (-1, max(-1, first - 1 - MAX_SENTENCE_WORDS)),
            (1, min(len(tokens), last + 1 + MAX_SENTENCE_WORDS)),
        ):
            j = first - 1 if step < 0 else last + 1
            while j != stop:
                left, right = (tokens[j], tokens[j + 1]) if step < 0 else (tokens[j - 1], tokens[j])
                gap = text[left.end : right.start]
                if "\n" in gap or _SENTENCE_END.search(gap):
                    break
                if not self._is_name_or_foreign(tokens[j]):
                    return False
                j += step
            else:
                if 0 <= stop < len(tokens):
                    return False  # a sentence too long to be read whole
        return True

    def _is_name_or_foreign(self, token: Token) -> bool:
        if self.verdict(token.value)[0] >= POSSIBLE:
            return True
        if not is_capitalised(token.value):
            return False
        if not self._is_initial(token.start):
            return True
        info = self.lexicon.lookup(normalize(token.value))
        return info.proper_noun or not info.dictionary

    def _is_cited(
        self, start: int, end: int, members: list[Token], deliberate_only: bool = False
    ) -> bool:
        """Named, cited, glossed or italicised on purpose: a title, a term, a slogan.

        With ``deliberate_only`` (a word absent from English) quote marks alone are no
        sign: a citing word must precede it (the so-called "Mittelstand")."""
        text = self.text
        before = self._line_before(start)
        after = text[end : end + 40]
        stripped = before.rstrip()
        opener = stripped[-1:] if stripped else ""
        if _ends_with_citation_cue(before):
            return True
        if _GLOSS_AFTER.match(after):
            return True
        if opener in "*_" and after[:1] in "*_":
            return True
        if (
            len(members) == 1
            and opener in _QUOTE_OPENERS
            and _TERM_CLOSE.match(after)
            and not deliberate_only
        ):
            return True  # a single quoted word is cited on purpose: said "hayır"
        if opener in _QUOTE_OPENERS and _QUOTED_TERM_CUE.search(stripped[:-1].rstrip()):
            return self._short_quotation(start, end)
        return self._in_title(start, end) or self._glossed_quotation(start, end)

    def _glossed_quotation(self, start: int, end: int) -> bool:
        """Inside a quotation, on one line, that the text translates right after its
        closing mark: lyrics or a slogan quoted in their language on purpose."""
        pair = self.doc.quotes.enclosing_pair(start, end, GLOSSED_REACH)
        if pair is None or "\n" in self.text[pair.opening.start : pair.closing.start]:
            return False
        after = pair.closing.start + 1
        return _QUOTATION_GLOSS.match(self.text[after : after + 80]) is not None

    def _line_before(self, start: int) -> str:
        """The text before ``start`` on its line, at most CUE_WIDTH characters."""
        line_start = self.text.rfind("\n", 0, start) + 1
        return self.text[max(line_start, start - CUE_WIDTH) : start]

    def _short_quotation(self, start: int, end: int) -> bool:
        """The quotation that opens just before ``start`` closes soon after ``end`` (its
        comma or full stop inside the quote marks) and holds a term, not a sentence."""
        text = self.text
        limit = min(len(text), end + 60)
        for i in range(end, limit):
            if text[i] == "\n":
                return False
            if _TERM_CLOSE.match(text, i) and (i + 1 >= len(text) or not text[i + 1].isalpha()):
                inner = text[start:i]
                return len(inner.split()) <= MAX_TERM_WORDS
        return False

    def _in_title(self, start: int, end: int) -> bool:
        """Inside a short quotation that starts with a capital and has no final stop: a
        title (“Cien años de soledad”); quoted speech ends with punctuation inside, or has
        a reporting verb beside it (“...”, he said). The quotation is the one quotation
        finder's (``doc.quotes``), on one line, its marks at most TITLE_REACH characters
        from the span. The marks do not matter: „…“ and “…” are read alike, so converting
        them (``--fix``) changes nothing."""
        text = self.text
        pair = self.doc.quotes.enclosing_pair(start, end, TITLE_REACH)
        if pair is None or pair.closing.start - end > TITLE_REACH:
            return False
        opening, closing = pair.opening.start, pair.closing.start
        if "\n" in text[opening:closing]:
            return False
        inner = text[opening + 1 : closing].strip()
        if not inner or not inner[0].isupper() or inner[-1] in ".!?…":
            return False
        if self._beside_speech_verb(opening, closing + 1):
            return False
        return len(inner.split()) <= MAX_TITLE_WORDS

    def _beside_speech_verb(self, opening: int, closing: int) -> bool:
        """A reporting verb just before the opening mark or just after the closing one
        (said “…”; “…”, he said): quoted speech, not a title."""
        verbs = reporting_verbs()
        before = _WORDS_BEFORE_QUOTE.search(self.text, max(0, opening - 30), opening)
        if before is not None and before.group(1).lower() in verbs:
            return True
        after = _WORDS_AFTER_QUOTE.match(self.text, closing)
        return after is not None and any(w.lower() in verbs for w in after.groups() if w)

    def _script_runs(self):
        """Non-Latin runs; one in parentheses (an original spelling) or after a citing
        word (the word ...) is LOW."""
        for run in script_runs(self.text, self.hint):
            before = self._line_before(run.start)
            if before.endswith("(") or _ends_with_citation_cue(before):
                run = ScriptRun(run.start, run.end, run.script, run.lang, LOW)
            yield run
