"""Broken names (checker.analysis.broken_names): the fragment scan and its helpers (the
findings are tested in tests/rules/test_names.py)."""

from __future__ import annotations

from checker.analysis import broken_names
from checker.document import Document
from checker.patterns import find_per_mark


def test_fragments_are_found_after_white_space_only() -> None:
    text = "Kang Dong -wan, well-known, and Jean ‐Pierre"
    matches = find_per_mark(broken_names._FRAGMENTS, text)
    found = [match.group("fragment") for match in matches]
    assert found == ["wan", "Pierre"]


def test_attested_reads_one_token() -> None:
    doc = Document("Kim met Lee in Seoul.")
    attested = [broken_names._attested(doc, index) for index in range(len(doc.tokens))]
    assert attested == [False, False, True, False, True]


def test_broken_names_are_facts_of_one_kind_each() -> None:
    doc = Document(
        "“We are ready,” Kang Dong said -wan, a specialist. The envoy Lee Jae -myung came.\n"
        "“We won,” Anna said Smith, the coach. Anna Smith joined in 2018.\n"
    )
    found = [(b.kind, b.strong, b.replacement) for b in broken_names.broken_names(doc)]
    assert found == [
        (broken_names.VERB_INSIDE, True, "said Kang Dong-wan"),
        (broken_names.DETACHED, True, "-myung"),
        (broken_names.GIVEN_SPLIT, True, "said Anna Smith"),
    ]


def test_a_fragment_alone_is_confirmed_by_a_name_a_verb_broke_elsewhere() -> None:
    doc = Document(
        "“Steel is cheap,” Yoon Tae said -hyun, an analyst. “Prices hold,” -hyun said.\n"
    )
    found = [(b.kind, b.strong, b.detail["name"]) for b in broken_names.broken_names(doc)]
    assert found == [
        (broken_names.VERB_INSIDE, True, "Yoon Tae-hyun"),
        (broken_names.DANGLING, True, "Yoon Tae-hyun"),
    ]
    # With no name nearby and none broken, a fragment is an option or code: no fact.
    doc = Document("Prices rose. Then run the compiler with -pedantic twice.\n")
    assert broken_names.broken_names(doc) == []


def test_a_short_syllable_after_a_line_break_ends_the_name() -> None:
    # jin, min: rare English words, but a syllable of a name of two words cut by the line.
    doc = Document("The welder Seo Ji-\nmin, 29, works at the yard.\n")
    found = [(b.kind, b.replacement) for b in broken_names.broken_names(doc)]
    assert found == [(broken_names.LINE_END_CUT, "Ji-min")]
    # A longer English word: a compound cut by the line.
    doc = Document("The party Sinn Féin-\nlinked groups met.\n")
    assert broken_names.broken_names(doc) == []


def test_a_fragment_opens_a_line_after_blanks_or_the_text() -> None:
    for text in ("The spokesman Lee Do\n  -woon refused.\n", "-woon refused to answer.\n"):
        matches = list(broken_names._LINE_FRAGMENT.finditer(text))
        assert [match.group("fragment") for match in matches] == ["woon"], text
    # The scan tries the pattern only where a line opens with a hyphen.
    doc = Document("The spokesman Lee Do\n  -woon refused.\n")
    fragments = [b.detail["fragment"] for b in broken_names._line_start_fragments(doc)]
    assert fragments == ["-woon"]
    doc = Document("The spokesman Lee Do-woon spoke, and Lee Do\n\t-woon refused.\n")
    found = [(b.kind, b.replacement) for b in broken_names.broken_names(doc)]
    assert found == [(broken_names.LINE_START_CUT, "Do-woon")]
    # A hyphen inside a line opens no fragment there.
    assert list(broken_names._line_start_fragments(Document("Lee Do -woon refused.\n"))) == []
