"""Thresholds of the language rules (family L) and of the language analysis they read
(``analysis/foreign*.py``, ``analysis/leftovers.py``).

One constant a cut-off, with a one-line comment above it (``mtlint explain L101`` shows them).
Zipf values are log10 of uses per billion words (0 when a list lacks the word).
"""

from __future__ import annotations

from typing import NamedTuple

# --- Words: how much evidence one word gives (analysis/foreign_words.py) -------------------

# Zipf in a language from which a word is strong evidence alone (with the two below).
STRONG_ZIPF = 3.3
# Zipf margin by which that language must use the word more than English.
STRONG_MARGIN = 2.0
# Zipf English may use a strong word at most.
ENGLISH_CEILING = 3.5
# STRONG_ZIPF for the language of --source-lang: weaker evidence suffices when it is known.
HINTED_STRONG_ZIPF = 3.0
# STRONG_MARGIN for the language of --source-lang.
HINTED_MARGIN = 1.5
# Zipf in every language below which a lone word absent from English, alone in quote
# marks, is a term cited on purpose ("furbizia", "trequartista"): reported at LOW (info).
LONE_TERM_ZIPF = 3.5
# Zipf in a span's language from which a word joins the neighbouring span.
POSSIBLE_ZIPF = 3.0
# Zipf margin over English that word needs.
POSSIBLE_MARGIN = 1.0
# The same margin for an English dictionary word.
DICTIONARY_MARGIN = 2.0
# Letters a word needs before it may be strong evidence alone.
MIN_STRONG_LENGTH = 3
# Zipf from which an English word as frequent in another language may bridge its span (per).
BRIDGE_ENGLISH_ZIPF = 4.0
# Zipf in the other language such a bridging word needs.
BRIDGE_ZIPF = 4.0
# Letters up to which an ASCII word is short (short words collide with abbreviations).
SHORT_WORD = 4
# Zipf in English from which a short word needs SHORT_MARGIN.
SHORT_ENGLISH = 2.5
# Zipf margin over English a short or accented one-letter word needs.
SHORT_MARGIN = 3.5
# Zipf in English from which a word (proto, anders) needs USED_MARGIN.
USED_IN_ENGLISH = 2.5
# Zipf margin over English such a word needs.
USED_MARGIN = 3.0
# Zipf below which an English dictionary word is rare (with RARE_DICTIONARY_MARGIN).
RARE_DICTIONARY_ZIPF = 2.5
# Zipf margin by which another language must use a rare dictionary word more than English.
RARE_DICTIONARY_MARGIN = 3.3
# Zipf added to every margin for a language outside lexicon.MAIN_LANGUAGES.
MINOR_PENALTY = 1.0

# --- Connectives, openers and names (analysis/foreign_names.py) ----------------------------

# Zipf in its language from which a capitalised opener before a comma is a connective.
CONNECTIVE_ZIPF = 5.0
# Zipf below which English hardly uses such a connective (names are seen in English text).
CONNECTIVE_ENGLISH = 2.0
# Zipf from which an opener stands before any word, even a name (Según Pedro Sánchez).
OPENER_BEFORE_NAME_ZIPF = 5.5
# Zipf in its language from which a lower-case word in a run of capitals is a name's (della).
NAME_FUNCTION_ZIPF = 5.0
# Letters such a lower-case name word may have.
NAME_FUNCTION_LENGTH = 5
# Zipf from which a family name is seen in English text (López, Ferrer): a name, no leftover.
SURNAME_ENGLISH_ZIPF = 2.0
# Zipf below which a word is rare in every language, so it may be a family name.
SURNAME_RARE_FOREIGN_ZIPF = 4.0
# Words a foreign name (particles included) may have.
MAX_NAME_WORDS = 5
# Particles a name may hold between its words (von der, de la, van den).
MAX_PARTICLES = 3

# --- Spans, context and documents (analysis/foreign.py, foreign_context.py) ----------------

# Words read at most on either side of a span for its sentence.
MAX_SENTENCE_WORDS = 50
# Words apart from which spans of one language are no longer merged.
MERGE_GAP = 2
# Zipf margin by which English must use a word between two spans more to keep them apart.
ENGLISH_GAP_MARGIN = 1.0
# langdetect probability English must reach to veto a multi-word span.
ENGLISH_VETO = 0.5
# Words from which a document mostly not English is checked whole (L104).
DOCUMENT_MIN_WORDS = 12
# Characters of the document langdetect reads for that.
DOCUMENT_SAMPLE = 2000
# langdetect probability the document's language needs.
DOCUMENT_CONFIDENCE = 0.9
# Words a quoted title may have.
MAX_TITLE_WORDS = 10
# Characters from a quoted title's marks to the span inside it, at most.
TITLE_REACH = 80
# Characters from a quotation's opening mark to a span inside it, at most, for a quotation
# glossed after its closing mark (lyrics, a slogan: "…", translated as "…").
GLOSSED_REACH = 200
# Characters before a span, on its line, searched for citing words (called, in French).
CUE_WIDTH = 60
# Words a quoted term after a citing word may have.
MAX_TERM_WORDS = 6
# Zipf in its language every word of a foreign heading needs.
HEADING_WORD_ZIPF = 3.0
# langdetect probability a foreign heading needs.
HEADING_CONFIDENCE = 0.5
# Zipf below which English text never uses a word (a heading of plain vocabulary has one).
UNSEEN_ENGLISH = 1.0


# --- Leftover words alone (analysis/leftovers.py) ------------------------------------------


class Thresholds(NamedTuple):
    """The thresholds of the single-word conditions of ``analysis/leftovers.py`` (Zipf
    values unless said); a record so that tests may try stricter ones (``_replace``). A
    named tuple, not a frozen dataclass, which would compile its methods (for 24 fields)
    on every cold start."""

    # absent: Zipf the word's language uses it at least (main list).
    absent_zipf: float = 2.5
    # absent: Zipf at least in the long-tail list instead.
    absent_tail_zipf: float = 2.0
    # absent: letters the word needs.
    absent_min_length: int = 4
    # absent: Zipf in its language below which a word one letter short of English is a typo.
    typo_foreign: float = 4.0
    # absent: Zipf the English word it is a typo of needs (sucessor).
    typo_english: float = 3.5
    # rare-in-english: Zipf English uses the word at most.
    rare_english: float = 3.2
    # rare-in-english: Zipf a source language uses it at least.
    rare_foreign: float = 4.0
    # rare-in-english: Zipf margin of that language over English.
    rare_margin: float = 1.8
    # rare-in-english: letters the word needs.
    rare_min_length: int = 4
    # function-word (no English dictionary word): letters the word may have.
    function_max_length: int = 4
    # function-word: Zipf in its language.
    function_zipf: float = 5.5
    # function-word: Zipf English uses it at most.
    function_english: float = 4.3
    # function-word: Zipf margin of its language over English.
    function_margin: float = 2.5
    # german-noun: Zipf English uses it at most (English lists hold stray words below 2).
    noun_english: float = 1.9
    # german-noun: Zipf German uses it at least.
    noun_zipf: float = 3.3
    # german-noun: Zipf German needs when English text uses it at all (Harz, Wende, Abitur).
    noun_seen_zipf: float = 4.5
    # german-noun: Zipf margin of German over English.
    noun_margin: float = 2.0
    # german-noun: Zipf within which of the word's most frequent language German must be.
    noun_spread: float = 0.5
    # german-noun: languages the word may be listed in at most.
    noun_max_languages: int = 6
    # german-noun: letters the word needs.
    noun_min_length: int = 4
    # german-noun: Zipf in the long tail a long compound needs (Wirtschaftsministerium).
    noun_tail_zipf: float = 2.8
    # german-noun: letters from which the long tail is asked.
    noun_tail_length: int = 10
    # --source-lang: Zipf by which the thresholds of the hinted language are lowered.
    hint_bonus: float = 0.5


# The single-word thresholds in force.
THRESHOLDS = Thresholds()
