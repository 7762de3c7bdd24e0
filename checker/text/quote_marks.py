"""The quotation-mark characters, by what they do, defined once for every layer.

The quotation analysis (:mod:`checker.analysis.quotes`) decides in context what each mark is
(an opener, a closer, an apostrophe, a prime); these are the plain character sets the other
modules test a neighbour against: "is the character before this word a closing mark?".
Each module composes the set it needs from them (a closing mark or a bracket, a closing
mark or a straight one) instead of writing its own, so the marks a module forgets are a
visible choice, not a copy that drifted.

The sets are strings (``in``, ``str.rstrip`` and a regular expression's class all take
them) and describe English and French use: ``“`` opens and ``”`` closes here although
German closes with ``“`` and Swedish opens with ``”``; the straight marks do both and are
apart. See "Quotations" in ``docs/architecture.md``.
"""

from __future__ import annotations

#: Marks that open a quotation: curly, guillemets and the low marks of German and Polish.
OPENING_MARKS = "“‘«‹„‚"
#: Marks that close a quotation (``’`` is also the apostrophe).
CLOSING_MARKS = "”’»›"
#: The typewriter marks, which open and close (``'`` is also the apostrophe).
STRAIGHT_MARKS = "\"'"
#: Every quotation mark.
QUOTE_MARKS = OPENING_MARKS + CLOSING_MARKS + STRAIGHT_MARKS
#: The primes (feet and inches, minutes and seconds), which look like quotation marks.
PRIMES = "″′"
#: Every quote-like character: what the quotation analysis classifies.
QUOTE_CHARS = QUOTE_MARKS + PRIMES
#: The double marks that close a quotation (a speech tag follows them: ``,” he said``).
DOUBLE_CLOSING_MARKS = '”»"'
#: English's curly marks and the guillemets (the Q rules tell them apart).
ENGLISH_CURLY = frozenset("“”‘’")
GUILLEMETS = frozenset("«»‹›")
