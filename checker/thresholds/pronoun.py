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
# Characters of a leading adverbial before the main clause's subject pronoun (P rules).
OPENER_CHARS = 160
# Sentences from a pronoun reported for a non-person within which one of its gender continues it.
CHAIN_SENTENCES = 2
# Salience of a candidate in the pronoun's own sentence, before its role (Lappin & Leass).
RECENCY = 100.0
# Salience a subject adds (the center a reader keeps).
SUBJECT_WEIGHT = 80.0
# Salience an object or other argument adds (a preposition's complement adds none).
OBJECT_WEIGHT = 50.0
# Salience a subject pronoun adds to the last sentence's subject (or its own clause's).
CENTER_BONUS = 50.0
# Salience a possessive adds to its own clause's subject (half to the last sentence's).
OWN_SUBJECT_BONUS = 80.0
# Salience by which a non-person must outweigh every compatible person for a warning.
SALIENCE_MARGIN = 60.0
# Sentences within which a definite role noun takes up the person whose exact role it is.
ROLE_REACH = 8
# Sentences within which a generic role noun (the researcher) takes up a person's stated role.
GENERIC_ROLE_REACH = 3
