"""TMX through translate-toolkit: choosing the language pair, lines, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.formats import ReaderError, to_documents
from checker.formats.tmx import read

BILINGUAL = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"
TMX = (BILINGUAL / "segments.tmx").read_text(encoding="utf-8")

NO_SRCLANG = """\
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence"
          adminlang="en" srclang="*all*" o-tmf="none"/>
  <body>
    <tu>
      <tuv xml:lang="fr"><seg>Un.</seg></tuv>
      <tuv xml:lang="en"><seg>One.</seg></tuv>
      {extra}
    </tu>
  </body>
</tmx>
"""


def test_the_header_srclang_is_the_source_and_english_the_target() -> None:
    (doc,) = read(TMX, "segments.tmx", Config())
    assert doc.source_lang == "fr"
    assert len(doc.segments) == 7  # the unit without English is skipped
    assert doc.segments[0].source == "Il y a environ 11 000 soldats nord-coréens en Russie."
    assert doc.segments[0].line == 9
    assert doc.text.splitlines()[0] == "There are about North Korean soldiers in Russia."


def test_source_lang_chooses_another_variant() -> None:
    (doc,) = read(TMX, "segments.tmx", Config(source_lang="de"))
    assert doc.segments[0].source == "Es gibt etwa 11.000 nordkoreanische Soldaten in Russland."
    assert doc.segments[1].source is None
    assert doc.source_lang == "de"


def test_target_lang_chooses_the_target() -> None:
    (doc,) = read(TMX, "segments.tmx", Config(target_lang="fr", source_lang="en"))
    assert doc.text.splitlines()[0] == "Il y a environ 11 000 soldats nord-coréens en Russie."


def test_without_srclang_the_other_language_is_the_source() -> None:
    (doc,) = read(NO_SRCLANG.format(extra=""), "x.tmx", Config())
    assert doc.segments[0].source == "Un."
    assert doc.source_lang is None


def test_several_candidate_sources_need_source_lang() -> None:
    text = NO_SRCLANG.format(extra='<tuv xml:lang="de"><seg>Eins.</seg></tuv>')
    with pytest.raises(
        ReaderError, match=r"line 8: .*de, fr; choose the source with --source-lang"
    ):
        read(text, "x.tmx", Config())
    (doc,) = read(text, "x.tmx", Config(source_lang="de"))
    assert doc.segments[0].source == "Eins."


def test_bad_xml_is_a_one_line_read_error() -> None:
    error = to_documents("bad.tmx", b"<tmx><body><tu>", Config())
    assert error.message.startswith("not well-formed XML: ")
