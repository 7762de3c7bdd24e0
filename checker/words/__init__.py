"""Word lists, one owner per concept.

Each concept has one data file, ``checker/data/words/<concept>.tsv`` (read by
:mod:`checker.words.loader`; a kind of the concept is a column), and one accessor here that
every consumer calls. Nothing else in ``checker/`` keeps a copy of these lists. To add a list:
write the ``.tsv`` (header ``word`` then one column per kind), document it in
``checker/data/README.md`` and add an accessor below.
"""

from __future__ import annotations

from checker.words.loader import words


def reporting_verbs() -> frozenset[str]:
    """Verbs of speech and thought, lower case (``said``, ``added``, ``whispered``)."""
    return words("reporting_verbs")


def inverted_reporting_verbs() -> frozenset[str]:
    """Reporting verbs that take no person as object (``said``; not ``told``)."""
    return words("reporting_verbs", "inverts")
