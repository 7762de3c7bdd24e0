"""Small text utilities every layer shares, each concept defined once.

- :mod:`checker.text.spans`: the sorted-interval index (is an offset inside one of these
  spans, does a range overlap one);
- :mod:`checker.text.neighbours`: the word before or after an offset;
- :mod:`checker.text.addresses`: URLs, e-mail addresses and inline code spans, which the
  typography rules skip and Markdown masks;
- :mod:`checker.text.excerpt`: the passage of a line shown around a finding;
- :mod:`checker.text.quote_marks`: the quotation-mark characters, by role.

Nothing here imports the rest of ``checker``: readers, analyses, rules, the engine and the
reporters may all import it.
"""
