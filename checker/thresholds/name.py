"""Thresholds of the name rules (family N) and of the name analyses they read
(``analysis/names.py``, ``broken_names.py``, ``given_splits.py``, ``name_variants.py``,
``person_variants.py``, ``person_words.py``, ``speech_tags.py``).

One constant a cut-off, with a one-line comment above it (``mtlint explain N101`` shows them).
Zipf values are log10 of uses per billion words.
"""

# --- Name words and spans (analysis/names.py) ------------------------------------------------

# Letters a spelling key needs before doubled letters and transliteration endings are folded.
LOOSE_MIN_LENGTH = 5
# Characters from which a short title-case line is no headline.
MAX_TITLE_LENGTH = 160
# Zipf from which a word is everyday English (no evidence of a name).
EVERYDAY_ZIPF = 5.0
# Words of a person's name (title cut off) looked at or looked back over.
MAX_NAME_WORDS = 4
# Letters each syllable of a romanised hyphenated given name may have (``Min-jun``, ``Ji-hoon``).
MAX_NAME_SYLLABLE = 5
# Zipf in another language from which a lower-case word is that language's word, not a given
# name of the derived table (``secondo``, ``paz``; not ``bogdan``).
FOREIGN_WORD_ZIPF = 5.0

# --- Speech tags (analysis/speech_tags.py: a name that speaks, N103) ------------------------

# Characters between a closed quotation and the name that tags it (``,” Hansen said``).
SPEECH_TAG_REACH = 4
# Characters before a name within which a quotation and its reporting verb end (``,” said X``).
QUOTE_VERB_REACH = 24

# --- Broken names (analysis/broken_names.py, given_splits.py: N101, N102) ------------------

# Letters a hyphenated fragment after white space may have (``-wan``, ``-Un``).
MAX_FRAGMENT = 12
# Letters a syllable of a given name may have ("-Wan", "-hee").
MAX_SYLLABLE = 6
# Letters up to which a syllable cut by a line end is the name's though an English word (``min``).
MAX_SHORT_SYLLABLE = 3
# Words a phrase after the name (``said Lopez in a statement``) may hold.
MAX_PHRASE_WORDS = 5
# Zipf from which an English word is no family name (``Lopez`` yes, ``Today`` no).
SURNAME_MAX_ZIPF = 3.0
# Words an affiliation (``of Wells Fargo``) after the name may hold.
MAX_AFFILIATION_WORDS = 6
# Letters a participle after an apposition (``Lopez, the lawyer, adding``) has more than.
MIN_PARTICIPLE = 5
# Words of a full name: first name, two particles, two family names.
MAX_FULL_NAME_WORDS = 5

# --- Spelling variants (analysis/name_variants.py, person_variants.py: N103) ---------------

# Letters a word needs before one changed inner vowel makes a variant of it.
MIN_VOWEL_VARIANT = 5
# Words of the full names compared by the sorted keys of their words (word-order variants).
MAX_ORDER_VARIANT_WORDS = 4
# Letters a family name shortened by its last letter keeps at least.
MIN_FINAL_STEM = 4
# Family names compared within one given name's group, so the cost stays linear.
MAX_SURNAMES_PER_GIVEN = 8
# Letters the longer of two first words one edit apart needs (Tiago / Thiago, Choi / Choe).
MIN_FIRST_WORD_VARIANT = 4
# Characters read back from a `` that `` for a name split by its reporting verb.
SPLIT_REACH = 80
# Words a clause after ``that`` needs (two after a subject pronoun: that he agreed).
MIN_CLAUSE_WORDS = 3
# Letters of the shorter given name for a transliteration of its vowels (Yusuf / Yousef).
MIN_VOWEL_TRANSLITERATION = 5
# Letters both spellings of a family name alone need before they are compared.
MIN_ALONE_LENGTH = 5
# Occurrences the rarer spelling of a family name alone may have.
MAX_ALONE_COUNT = 2

# --- Lower-cased names and capitals (rules/names.py, analysis/person_words.py: N103, N104) --

# Names proved capitalised kept per first word (the first seen), so the scan stays linear.
MAX_NAMES_PER_WORD = 8
# Zipf from which an ordinary dictionary word is no part of a lower-cased name.
NAME_PART_ZIPF = 4.0
# Zipf from which a foreign word is a common word of its language, not a name (semaine).
FOREIGN_COMMON_ZIPF = 5.0
# Zipf from which an English word is known to English readers, dictionary or not.
ENGLISH_KNOWN_ZIPF = 3.5
# Words of a name after a role noun (``the minister Ana Lopez``).
MAX_ROLE_NAME_WORDS = 3
# Letters from which a lower-case word may be a family name written in lower case.
MIN_LOWER_FAMILY = 4
# Words of a person's name proved by its context: a given name, one or two family names.
MAX_PERSON_NAME_WORDS = 3
# Words of a role noun's complement before an apposition (``the head of Fjordbank, Lene Dahl``).
MAX_COMPLEMENT_WORDS = 2
# Zipf from which a foreign word is a function word (French sans, des; German und).
FOREIGN_FUNCTION_ZIPF = 6.0
