"""The verb-frame table of ``tools/build_verb_frames.py`` on a small made-up WordNet (the
real database is read at ``make data`` time only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

tool = load_script("tools/build_verb_frames.py", "build_verb_frames")

# offset, lexicographer file, lemmas, frames (number, word number: 0 for every lemma)
_SYNSETS = [
    ("00000001", 41, ["ratify"], [(8, 0)]),
    ("00000002", 41, ["elect"], [(8, 0), (9, 0)]),
    ("00000003", 30, ["devalue", "depreciate"], [(1, 0), (8, 0)]),
    ("00000004", 33, ["defeat"], [(8, 0)]),  # verb.competition: people are defeated
    ("00000005", 36, ["found"], [(8, 0)]),
    ("00000006", 35, ["find"], [(9, 0)]),
    ("00000007", 36, ["build"], [(8, 0), (2, 1)]),
    ("00000008", 38, ["flow"], [(1, 0)]),
    ("00000010", 30, ["erode"], [(1, 0), (11, 0)]),
    ("00000009", 29, ["flow"], [(2, 0)]),  # a sense with a person as subject
]


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    lines = []
    for offset, lex, lemmas, frames in _SYNSETS:
        words = " ".join(f"{w} 0" for w in lemmas)
        fr = " ".join(f"+ {f:02d} {w:02x}" for f, w in frames)
        lines.append(
            f"{offset} {lex:02d} v {len(lemmas):02x} {words} 000 {len(frames):02d} {fr} | gloss"
        )
    (tmp_path / "data.verb").write_text("  licence header\n" + "\n".join(lines) + "\n")
    (tmp_path / "verb.exc").write_text("built build\nfound find\n")
    return tmp_path


def _table(wordnet: Path) -> dict[str, int]:
    words = ["ratified", "elected", "devalued", "erodes", "defeated", "founded", "flows"]
    return tool.forms_to_bits(tool.lemma_frames(wordnet), tool.exceptions(wordnet), words)


def test_bits_only_where_no_sense_of_any_lemma_fits_a_person(wordnet: Path) -> None:
    table = _table(wordnet)
    assert table == {
        "ratified": tool.NO_PERSON_OBJECT,  # a person may ratify: no bit for its subject
        "devalued": tool.NO_PERSON_OBJECT,
        "erodes": tool.NO_PERSON_ALONE,  # no sense with a person as subject; no participle
        "founded": tool.NO_PERSON_OBJECT,
        "built": tool.NO_PERSON_OBJECT,  # an irregular form (verb.exc)
    }
    # elected (a person object), defeated (verb.competition), found (also find's),
    # flows (a sense with a person as subject): nothing


def test_overrides_clear_the_bits_of_every_form_of_their_lemma(
    wordnet: Path, tmp_path: Path
) -> None:
    overrides = tmp_path / "overrides.txt"
    overrides.write_text("# why\nlemma\tperson_object\tperson_alone\nbuild\tx\t-\n")
    table = _table(wordnet)
    tool.apply_overrides(table, tool.exceptions(wordnet), tool.read_overrides(overrides))
    assert "built" not in table
    assert table["ratified"] == tool.NO_PERSON_OBJECT
