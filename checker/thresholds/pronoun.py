"""Thresholds of the pronoun rules (family P) and of the mention analysis they read.

One constant a cut-off, with a one-line comment above it (``mtlint explain P101`` shows them).
"""

# Sentences before the pronoun's own in which its antecedent is sought.
WINDOW = 2
# Sentences before that window in which the person the text was about still counts.
TOPIC_REACH = 2
# Sentences before that window in which a person of the other gender is sought.
FAR_REACH = 6
# Characters from a quotation's start within which its opening clause is (mentions).
QUOTED_CLAUSE_CHARS = 200
# Words of a leading adverbial within which its comma is sought ("In a letter ..., she").
OPENER_WORDS = 20
# Sentences from a pronoun reported for a non-person within which one of its gender continues it.
CHAIN_SENTENCES = 2
