"""URLs, e-mail addresses and code spans: where no typography rule looks."""

from __future__ import annotations

from checker.analysis.untouchable import Guard, untouchable_spans
from checker.document import Document


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in untouchable_spans(text)]


def test_urls_addresses_and_code_are_found_whole() -> None:
    text = (
        "See https://example.org/a?b=3,5 or www.site.com and mail ann.lee+x@mail.example.org"
        " `a ? b`."
    )
    assert spans(text) == [
        "https://example.org/a?b=3,5",
        "www.site.com",
        "ann.lee+x@mail.example.org",
        "`a ? b`",
    ]


def test_overlapping_spans_are_merged_and_plain_text_has_none() -> None:
    assert spans("`see https://x.org` now") == ["`see https://x.org`"]
    assert spans("Nothing here: 3,5 million @ noon.") == []


def test_the_guard_answers_by_offset_and_skips_masked_text() -> None:
    text = "Go to www.a.org ? Yes ?"
    guard = Guard(text)
    assert text.index("a.org") in guard and text.index("Yes") not in guard
    doc = Document(text=text)
    assert guard.skips(doc, text.index("a.org"), text.index("a.org") + 1)
    assert not guard.skips(doc, text.index("Yes"), text.index("Yes") + 3)
