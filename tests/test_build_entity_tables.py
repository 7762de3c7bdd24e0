"""The institutional class of ``tools/build_entity_tables.py`` on a small made-up WordNet
(the real database is read at ``make data`` time only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


tool = load_script("tools/build_entity_tables.py", "build_entity_tables")

# offset, lexicographer file, lemma, hypernym (or "")
_SYNSETS = [
    ("00000001", 14, "population", ""),  # a root with its hyponyms
    ("00000002", 14, "townsfolk", "00000001"),
    ("00000008", 14, "home_office", "00000001"),  # a lemma WordNet misleads on
    ("00000003", 21, "currency", ""),  # a root without its hyponyms
    ("00000004", 21, "coin", "00000003"),
    ("00000005", 21, "budget_deficit", ""),
    ("00000007", 18, "prime_minister", ""),  # a phrase of no institutional class
    ("00000009", 12, "tension", ""),  # a feeling first, then a townsfolk sense
    ("00000010", 6, "mill", ""),  # a factory
    ("00000011", 18, "Mill", ""),  # John Stuart Mill: a person written with a capital
    ("00000012", 18, "Stalin", ""),  # a name only
    ("00000013", 21, "GDP", ""),  # an acronym: a common noun
    ("00000014", 6, "conveyance", ""),
    ("00000015", 6, "locomotive", "00000014"),  # a means of transport under the root
]
_INDEX = {
    "population": ["00000001"],
    "townsfolk": ["00000002"],
    "home_office": ["00000008"],
    "currency": ["00000003"],
    "coin": ["00000004"],
    "budget_deficit": ["00000005"],
    "prime_minister": ["00000007"],
    "tension": ["00000009", "00000002"],
    "mill": ["00000010", "00000011"],
    "stalin": ["00000012"],
    "gdp": ["00000013"],
    "conveyance": ["00000014"],
    "locomotive": ["00000015"],
}


@pytest.fixture
def wordnet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    lines = []
    for offset, lex, lemma, up in _SYNSETS:
        pointers = f"001 @ {up} n 0000" if up else "000"
        lines.append(f"{offset} {lex:02d} n 01 {lemma} 0 {pointers} | gloss")
    (tmp_path / "data.noun").write_text("  licence header\n" + "\n".join(lines) + "\n")
    index = [
        f"{lemma} n {len(offsets)} 0 {len(offsets)} 0 {' '.join(offsets)}"
        for lemma, offsets in _INDEX.items()
    ]
    (tmp_path / "index.noun").write_text("\n".join(index) + "\n")
    monkeypatch.setattr(tool, "INSTITUTIONAL_ROOTS", ("00000001", "00000005"))
    monkeypatch.setattr(tool, "INSTITUTIONAL_SYNSETS", ("00000003",))
    monkeypatch.setattr(tool, "CONVEYANCE_ROOT", "00000014")
    return tmp_path


def test_institutional_nouns_from_roots_synsets_and_overrides(wordnet: Path) -> None:
    table = tool.noun_classes(wordnet)
    institutional = {w for w, bits in table.items() if bits & tool.INSTITUTIONAL}
    assert institutional == {"population", "townsfolk", "currency", "budget deficit"}
    assert "coin" in table  # a hyponym of a root kept without its hyponyms: no class
    assert "home office" not in table  # the override, and a phrase of no class is left out
    assert "prime minister" not in table and "prime_minister" not in table
    # A first sense of a feeling wins over an institutional second sense.
    assert table["tension"] & tool.PERSONAL_POSSESSION
    assert not table["tension"] & tool.INSTITUTIONAL


def test_senses_written_with_a_capital_are_no_senses_of_the_common_noun(wordnet: Path) -> None:
    table = tool.noun_classes(wordnet)
    assert "mill" in table and not table["mill"] & tool.PERSON  # not John Stuart Mill
    assert "stalin" not in table  # a name only
    assert "gdp" in table  # an acronym is a common noun


def test_means_of_transport_from_the_conveyance_root(wordnet: Path) -> None:
    table = tool.noun_classes(wordnet)
    vehicles = {w for w, bits in table.items() if bits & tool.VEHICLE}
    assert vehicles == {"conveyance", "locomotive"}
