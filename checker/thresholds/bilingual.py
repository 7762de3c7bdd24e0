"""Thresholds of the bilingual rules (family B): numbers, names, copies, lengths.

One constant a cut-off, with a one-line comment above it (``mtlint explain B401`` shows them).
"""

# --- Source language detection (readers, B301, B302) ---------------------------------------

# Letters of source text langdetect needs before it may name the sources' language.
MIN_DETECT_LETTERS = 200
# Probability langdetect must give a language before a source or target is said to be in it.
MIN_DETECT_PROBABILITY = 0.9

# --- Numbers (B101) -------------------------------------------------------------------------

# A segment with more numbers than this is a table or a list, not compared.
MAX_QUANTITIES = 60

# --- Names (B211) ---------------------------------------------------------------------------

# Segments with more words than this (tables, dumps) are not searched for names.
MAX_NAME_SEGMENT_WORDS = 400
# Zipf in its own language from which a source word is one translation replaces (Corée).
TRANSLATED_WORD_ZIPF = 3.0
# ... when it is rarer than this Zipf in English.
ENGLISH_RARE_ZIPF = 3.0
# ... or at least this much more frequent in its language than in English (Maison Blanche).
SOURCE_WORD_MARGIN = 2.0
# The same margin when the source language is unknown (none is 0: any language may do).
UNKNOWN_LANGUAGE_MARGIN = 2.0
# Letters both folded spellings need before they may be told similar rather than equal.
MIN_SIMILAR_LENGTH = 4
# Similarity (difflib ratio of the transliteration-neutral skeletons) making two spellings one name.
NAME_SIMILARITY = 0.75
# The same for spellings a transliteration may have drifted apart (Choïgou / Shoigu).
LOOSE_NAME_SIMILARITY = 0.6
# Zipf in its language from which a short capitalised source word is a function word (Il).
FUNCTION_WORD_ZIPF = 6.0
# ... when it is at least this much more frequent there than in English.
FUNCTION_WORD_MARGIN = 1.5
# ... and has at most this many letters.
FUNCTION_WORD_LENGTH = 4

# --- Copies (B301, B302, B303) --------------------------------------------------------------

# Zipf from which an English word is common (once per million words): a copy of it passes.
COMMON_ENGLISH_ZIPF = 3.0
# Share of a target's lower-case words found in its source that makes it suspect (B302).
MIN_SHARED_WORDS = 0.5
# Lower-case words a target needs before it may be said untranslated (B302).
MIN_UNTRANSLATED_WORDS = 4
# Zipf in the source language from which a copied word is a word of that language (B303).
COPIED_SOURCE_ZIPF = 3.0
# ... and how much more frequent there than in English it must be (English lists hold noise).
COPIED_MARGIN = 2.0
# Letters a copied word needs before it is reported (B303).
MIN_COPIED_LENGTH = 3

# --- Lengths (B401, B402) -------------------------------------------------------------------

# Non-space characters of source below which lengths vary too much to compare.
MIN_SOURCE_CHARS = 40
# Target below this share of its expected length: a likely omission (warning).
OMISSION_RATIO = 0.4
# Target below this share of its expected length: worth a look (info).
SHORT_RATIO = 0.5
# Target above this multiple of its expected length: a possible addition (info).
ADDITION_RATIO = 2.0
# Long-enough segments from which the expected ratio is the document's median, else 1.
CALIBRATION_SEGMENTS = 8

# --- Final punctuation (B501) ---------------------------------------------------------------

# Words below which a segment is a label, heading or list item, whose final mark may go.
MIN_SENTENCE_WORDS = 3
# Letters of an unspaced script (Chinese, Thai...) below which the same holds.
MIN_UNSPACED_LETTERS = 6
