"""The typography guard: no rule looks into URLs, e-mail addresses, code spans or masked
text (the spans themselves: tests/text/test_addresses.py)."""

from __future__ import annotations

from checker.analysis.untouchable import Guard
from checker.document import Document


def test_the_guard_answers_by_offset_and_skips_masked_text() -> None:
    text = "Go to www.a.org ? Yes ?"
    guard = Guard(text)
    assert text.index("a.org") in guard and text.index("Yes") not in guard
    doc = Document(text=text)
    assert guard.skips(doc, text.index("a.org"), text.index("a.org") + 1)
    assert not guard.skips(doc, text.index("Yes"), text.index("Yes") + 3)
