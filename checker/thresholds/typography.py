"""Thresholds of the typography rules (family T).

One constant a cut-off, with a one-line comment above it (``mtlint explain T101`` shows them).
"""

# Characters before a number searched for the word it follows (``pages 3,5``, ``€ 3,5``).
WORD_BEFORE_WINDOW = 30
# Largest number a bare degree sign may make a rank of (``2° posto``, not ``45°``) (T105).
MAX_DEGREE_ORDINAL = 30
# 24-hour-clock hour from which two bare hours are a range of times (8h-17h), not a duration.
AFTERNOON_HOUR = 13
# Characters before an hour searched for the ``from``/``between`` opening a range.
MAX_RANGE_START = 30
# Characters before a split plural possessive read for quotation marks (T108).
QUOTE_LOOKBEHIND = 300
# Characters after a split plural possessive read for a closing quotation mark (T108).
QUOTE_AHEAD = 80
# Characters a list label at a line start may have (``1 .``, ``( a )``) (T108).
MAX_LABEL = 3
# Share of spaced commas and full stops from which a lone one is tokenisation, not a slip.
TOKENISED_SHARE = 0.25
