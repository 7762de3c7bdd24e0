"""Language rules (L): source-language text left in the English translation.

All four rules read one shared analysis (:mod:`checker.analysis.foreign`): per-word
evidence from word frequencies in English and in other languages, grouped into spans by
context and confirmed by langdetect when a span has several words.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.analysis.foreign import HIGH, LOW, MEDIUM, ForeignSpan
from checker.analysis.lexicon import language_name
from checker.document import Document
from checker.registry import rule
from checker.types import Hit, Severity

CATEGORY = "Accuracy/Untranslated"
_SEVERITY = {HIGH: Severity.ERROR, MEDIUM: Severity.WARNING, LOW: Severity.INFO}
_QUOTE_WIDTH = 80


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _QUOTE_WIDTH:
        text = text[: _QUOTE_WIDTH - 1] + "…"
    return text


def _foreign_hit(
    text: str, start: int, end: int, language: str, confidence: int, unit: str | None = None
) -> Hit:
    """A hit over ``text[start:end]``, left in ``language``: the text quoted, as severe as the
    analysis is confident (a span also says its ``unit``, sentence or heading)."""
    detail = {"language": language} if unit is None else {"language": language, "unit": unit}
    detail["text"] = _quoted(text[start:end])
    return Hit(start, end, detail=detail, severity=_SEVERITY[confidence])


def _is_sentence(span: ForeignSpan) -> bool:
    return span.whole and span.words >= 2


def _span_hits(doc: Document, sentences: bool) -> Iterator[Hit]:
    """Hits for the foreign spans that are whole sentences/headings (or the others)."""
    text = doc.text
    for span in doc.language_report.spans:
        if _is_sentence(span) != sentences:
            continue
        unit = "heading" if span.heading else "sentence"
        yield _foreign_hit(
            text, span.start, span.end, language_name(span.lang), span.confidence, unit
        )


@rule(
    "L101",
    "untranslated-span",
    Severity.WARNING,
    category=CATEGORY,
    message='{language} text left untranslated: "{text}"',
)
def untranslated_span(doc: Document) -> Iterator[Hit]:
    """Words of another language left inside English text.

    Machine translation leaves words it does not know (``muet``), short phrases
    (``selon lui``) and words of headings in the source language. A lone lower-case word is
    a warning; several words of one language (confirmed by langdetect), or a heading with no
    English word, are errors; a capitalised word that may be a name is at most info.
    One word alone is a warning when it meets a named condition
    (``checker/analysis/leftovers.py``, thresholds in one place): a lower-case word no
    English list holds but a source language uses (``verschlüsseln``, ``fichero``, down to
    rare inflections), one English uses only as a name (``guerra``, ``campos``), a frequent
    function word of another language between two English words (``und``, ``que``), or a
    capitalised German noun inside a sentence (``the Präsident said``) — unless the text
    uses it beside a name, after a title, with a possessive ``'s``, or it ends like a place
    or a family name. Hyphenated and elided words are read part by part
    (``dell'autore``, ``politique-spectacle``).
    Some words are reported by their place: a preposition or connective of another
    language opening a sentence (``Laut der Polizei,``, ``Sin embargo,``), a title or
    form of address before a name (``Herr Schmidt``, ``Bürgermeister Krause``), and a
    conjunction alone between two English words (``wages fell y prices rose``) are
    warnings. A lone word absent from English and rare even in its own language is a term
    cited on purpose when it stands alone in quotes (``"furbizia"``); never with
    ``--source-lang``. Loanwords (``déjà vu``,
    ``per se``, and the English lemmas of WordNet that hold a foreign word: ``eminence
    grise``, ``hors d'oeuvres``), names (a run of capitalised words
    inside a sentence, such as ``Il Fatto Quotidiano``, is one), terms cited on purpose
    (``the so-called "Mittelstand"``), quotations the text translates right after them
    (lyrics, slogans: ``"…", translated as "…"``) and titles are not reported; ``allow-words`` adds
    your own. ``--source-lang`` lowers the thresholds for that language and silences none.

    Okay: We had a sense of déjà vu when the coup d'état failed.
    Okay: Corriere della Sera and Il Fatto Quotidiano reported the story.
    Okay: She became the eminence grise of the party.
    L101: The recovery is évidente, the minister said.
    L101: The Präsident said the talks would resume.
    L101: Sin embargo, the union rejected the offer.
    L101: Herr Becker declined to comment.
    """
    yield from _span_hits(doc, sentences=False)


@rule(
    "L102",
    "untranslated-sentence",
    Severity.ERROR,
    category=CATEGORY,
    message='{language} {unit} left untranslated: "{text}"',
)
def untranslated_sentence(doc: Document) -> Iterator[Hit]:
    """A whole sentence or heading left in the source language.

    A sentence or heading whose words are all foreign (names aside) was not translated at
    all: the reader of the English text loses it entirely. In a heading capitals are no
    sign of a name: a heading of common words of one language (``Schwierige
    Verhandlungen``), confirmed by langdetect, is reported, while bylines and names of
    papers or places (rare words, or words the text uses again) are not.

    Okay: The ministry said the talks would resume on Monday.
    L102: The talks failed. Les négociations reprendront lundi prochain.
    """
    yield from _span_hits(doc, sentences=True)


@rule(
    "L103",
    "non-latin-script",
    Severity.ERROR,
    category=CATEGORY,
    message='{language} text left untranslated: "{text}"',
)
def non_latin_script(doc: Document) -> Iterator[Hit]:
    """Letters of a non-Latin script (Cyrillic, Chinese, Arabic...) in English text.

    English prose has no Cyrillic or Chinese words: such a run is source text the
    translation kept (``became common практикой``). A run in parentheses after a name (an
    original spelling) or after a citing word (``the word``) is only info.

    Okay: The ratio π is close to 3.14, the engineer said.
    L103: The practice became common практикой in the region.
    """
    report = doc.language_report
    if report.document_lang is not None:
        return
    text = doc.text
    for run in report.scripts:
        name = language_name(run.lang) if run.lang else f"{run.script.title()}-script"
        yield _foreign_hit(text, run.start, run.end, name, run.confidence)


@rule(
    "L104",
    "document-not-english",
    Severity.ERROR,
    category=CATEGORY,
    message="the document is in {language}, not English",
)
def document_not_english(doc: Document) -> Iterator[Hit]:
    """The whole document is in another language.

    A file that was never translated (or was translated into the wrong language) is
    reported once, instead of once per sentence.

    Okay: The talks resumed on Monday after a week of delays and mutual recriminations.
    L104: Les négociations ont repris lundi après une semaine de retards entre les deux pays.
    """
    yield from _judge_document_language([(0, len(doc.text), _document_language(doc))])


def _document_language(doc: Document) -> tuple[str | None, int | None]:
    """The language ``doc`` is in when it is not English, and where its first line ends."""
    first_line_end = doc.text.find("\n")
    return doc.language_report.document_lang, None if first_line_end < 0 else first_line_end


def _judge_document_language(
    parts: list[tuple[int, int, tuple[str | None, int | None]]],
) -> Iterator[Hit]:
    """L104 over the blocks of a document: when blocks in another language hold most of it.

    Reported once, over the document's first line, in the language of most of those blocks.
    """
    sizes: dict[str, int] = {}
    for start, end, (lang, _) in parts:
        if lang is not None:
            sizes[lang] = sizes.get(lang, 0) + end - start
    total = sum(end - start for start, end, _ in parts)
    if sum(sizes.values()) * 2 <= total:
        return
    lang = max(sizes, key=sizes.__getitem__)  # on a tie, the first block's language
    ends = (start + line_end for start, _, (_, line_end) in parts if line_end is not None)
    yield Hit(0, next(ends, parts[-1][1]), detail={"language": language_name(lang)})


document_not_english.per_document = (_document_language, _judge_document_language)  # type: ignore[attr-defined]
