"""The merge policy of ``tools/build_name_tables.py`` on small made-up inputs (the sources
themselves are read at ``make data`` time only)."""

from __future__ import annotations

from pathlib import Path

from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


tool = load_script("tools/build_name_tables.py", "build_name_tables")
F, M, EITHER = tool.FEMALE, tool.MALE, tool.EITHER


def _weights(*lines: tuple[str, str, bool]):
    """Weights of a name from nam_dict-like lines: (code, frequency columns, compound)."""
    weights = tool.Weights()
    for code, columns, compound in lines:
        weights.add(code, columns, compound)
    return weights


def _columns(**frequencies: int) -> str:
    """Frequency columns with the given countries' digits (``germany=7``)."""
    index = {"usa": 2, "italy": 3, "germany": 12, "poland": 23, "israel": 48, "china": 49}
    cells = [" "] * 55
    for country, value in frequencies.items():
        cells[index[country]] = format(value, "X")
    return "".join(cells)


def test_a_name_only_nam_dict_holds_is_of_the_sex_that_dominates_it() -> None:
    nam = {
        "Holger": _weights(("M", _columns(germany=7), False)),
        "Zuzanna": _weights(("F", _columns(poland=4), False)),
        # Italian Andrea is a man, German Andrea a woman: either.
        "Andreo": _weights(("M", _columns(italy=9), False), ("F", _columns(germany=8), False)),
        "Jannek": _weights(("?M", _columns(germany=4), False)),  # mostly male: not enough
    }
    assert tool.merge({}, nam, set()) == {
        "Holger": M,
        "Zuzanna": F,
        "Andreo": EITHER,
        "Jannek": EITHER,
    }


def test_the_birth_counts_decide_unless_other_languages_say_the_other_sex() -> None:
    ssa = {"Sharona": F, "Kyla": F}
    nam = {
        # A man's name in Israel: either.
        "Sharona": _weights(("F", _columns(usa=7), False), ("?M", _columns(israel=7), False)),
        # The other sex only in the US column, which the counts measure better: female.
        "Kyla": _weights(("?M", _columns(usa=5), False)),
    }
    assert tool.merge(ssa, nam, set()) == {"Sharona": EITHER, "Kyla": F}


def test_names_as_often_family_names_or_stop_listed_are_left_out() -> None:
    ssa = {"Hanssen": EITHER, "Jeanne": F}  # of both sexes in the US counts alone
    nam = {
        "Morri": _weights(("M", _columns(germany=1), False)),  # rare everywhere
        "Zhangu": _weights(("?", _columns(china=4), False)),  # a Chinese syllable of either sex
        "Jae-hoon": _weights(("M", "", True)),  # a compound listed with no frequency: kept
    }
    merged = tool.merge(ssa, nam, {"jeanne"})
    assert merged == {"Jae-hoon": M}


def test_a_compound_is_written_with_a_hyphen_and_joined_only_when_of_one_sex() -> None:
    assert list(tool._spellings("Jae+Hoon", "M")) == ["Jae-hoon", "Jaehoon"]
    assert list(tool._spellings("Han+Sen", "?")) == ["Han-sen"]  # not Hansen
    assert list(tool._spellings("Holger", "M")) == ["Holger"]
