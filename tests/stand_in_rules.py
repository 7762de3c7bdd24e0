"""Stand-in rules for tests of the machinery around rules (suppression, baseline...).

``L901`` reports the word ``muet`` and ``Q901`` the word ``zorp``, so a test can place
findings exactly where it wants them, whatever the real rule families do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from checker import engine
from checker.document import Document
from checker.registry import RULES, load_rules
from checker.types import Hit, Rule, Severity


def word_rule(code: str, word: str) -> Rule:
    """A rule ``code`` that reports every occurrence of ``word``."""

    def check(doc: Document) -> Iterator[Hit]:
        for match in re.finditer(rf"\b{word}\b", doc.analysis_text):
            yield Hit(match.start(), match.end())

    return Rule(code, f"test-{word}", Severity.WARNING, "Other/Test", f"found {word}", check)


def install_word_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Register L901 (``muet``) and Q901 (``zorp``) for one test; use as a fixture body."""
    load_rules()
    for rule in (word_rule("L901", "muet"), word_rule("Q901", "zorp")):
        monkeypatch.setitem(RULES, rule.code, rule)
    engine._rules_for.cache_clear()
    yield
    engine._rules_for.cache_clear()
