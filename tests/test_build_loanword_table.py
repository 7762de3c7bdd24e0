"""The selection of ``tools/build_loanword_table.py`` on a small made-up WordNet data file
(the real files are read at ``make data`` time only)."""

from __future__ import annotations

from pathlib import Path

from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


tool = load_script("tools/build_loanword_table.py", "build_loanword_table")

# Two synsets in WordNet's data-file layout: offset, lexfile, pos, word count (hex), then
# word / lex_id pairs, pointer count, gloss.
DATA = (
    "  1 This software and database is being provided to you, the LICENSEE, by\n"
    "00001 03 n 03 joie_de_vivre 0 Canis 0 galore(ip) 0 000 | a gloss\n"
    "00002 03 n 02 hors_d'oeuvre 0 art_department 0 000 | another gloss\n"
)


def test_read_lemmas_keeps_lower_case_lemmas_with_spaces_and_no_markers(tmp_path):
    path = tmp_path / "data.noun"
    path.write_text(DATA, encoding="latin-1")
    assert tool.read_lemmas(path) == {
        "joie de vivre",
        "galore",
        "hors d'oeuvre",
        "art department",
    }


def test_plural_of_the_last_word():
    assert tool.plural("hors d'oeuvre") == "hors d'oeuvres"
    assert tool.plural("cause celebre") == "cause celebres"
    assert tool.plural("coup de grace") == "coup de graces"
    assert tool.plural("food company") == "food companies"
    assert tool.plural("fleur-de-lis") == "fleur-de-lises"


def test_keep_phrases_with_a_foreign_word_and_safe_single_words():
    assert tool.keep("joie de vivre")
    assert tool.keep("hors d'oeuvre")
    assert not tool.keep("art department")  # every word English
    assert not tool.keep("la")  # an abbreviation that is a frequent foreign word
    assert not tool.keep("camas")  # far more frequent abroad (Spanish beds)
