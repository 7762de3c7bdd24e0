"""A span as the speaker of a speech tag (checker/analysis/speech_tags.py)."""

from __future__ import annotations

import pytest

from checker.analysis.speech_tags import (
    reporting_verb_after,
    reporting_verb_before,
    speaks,
    tags_quotation,
)


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houston said on Monday.", True),
        ("Paris has said so.", True),
        ("Kemfert also replied,", True),
        ("Houston is a city.", False),
        ("Houston  said it.", False),  # two spaces: no tag
        ("Houston, said the mayor.", False),
    ],
)
def test_a_reporting_verb_right_after(text: str, expected: bool) -> None:
    name = text.split(maxsplit=1)[0].rstrip(",")
    assert reporting_verb_after(text, len(name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We won,” said Kemfert.", True),
        ("«We won,» explained Kemfert.", True),
        ('"We won." said Kemfert.', True),
        ("We won, said Kemfert.", False),  # no quotation closed before the verb
        ("“We won,” Kemfert said.", False),  # the verb is after the name
        ("“We won,” she thought Kemfert.", False),  # no reporting verb
    ],
)
def test_a_reporting_verb_before_after_a_quotation(text: str, expected: bool) -> None:
    assert reporting_verb_before(text, text.index("Kemfert")) is expected


def test_a_span_speaks_with_its_verb_on_either_side() -> None:
    for text in ("Kemfert replied at once.", "“No,” said Kemfert."):
        assert speaks(text, *_span(text, "Kemfert"))
    text = "Kemfert is an economist."
    assert not speaks(text, *_span(text, "Kemfert"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will appeal,” Hansen said.", True),
        ("“We will appeal,” Hansen has said.", True),
        ("“Profits rose,” Philips said its results showed.", False),  # a firm: its
        ("Hansen said we will appeal.", False),  # no quotation before
        ("“We will appeal,” Hansen ate a sandwich.", False),  # no reporting verb
    ],
)
def test_a_span_tags_a_quotation(text: str, expected: bool) -> None:
    name = "Philips" if "Philips" in text else "Hansen"
    assert tags_quotation(text, *_span(text, name)) is expected
