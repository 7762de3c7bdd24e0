"""Thresholds of the quotation rules (family Q) and of the quote analysis they read.

One constant a cut-off, with a one-line comment above it (``mtlint explain Q103`` shows them).
"""

# Words a reporting clause (``he whispered.``) may hold between a quotation and resumed speech.
MAX_CLAUSE_WORDS = 8
# Words a reporting clause (``, he said.``) ending the sentence before a reopening may hold.
MAX_REPORT_WORDS = 5
# Characters before a reopening mark searched for that reporting clause.
REPORT_WINDOW = 80
# Quotation pairs a reopening mark read as nesting may hold (analysis/quotes.py).
MAX_NESTED_PAIRS = 8
