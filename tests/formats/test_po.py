"""PO files through translate-toolkit: msgstr lines, plurals, fuzzy, header languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import Config
from checker.formats import ReaderError
from checker.formats.po import read

BILINGUAL = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"
PO = BILINGUAL / "segments.po"

HEADER = (
    'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n'
    '"Content-Type: text/plain; charset={charset}\\n"\n\n'
)


def po(body: str, lang: str = "en", charset: str = "UTF-8") -> str:
    return HEADER.format(lang=lang, charset=charset) + body


def test_segments_point_at_their_msgstr_lines() -> None:
    (doc,) = read(PO.read_text(encoding="utf-8"), str(PO), Config())
    lines = [(s.line, doc.text[s.start : s.end]) for s in doc.segments]
    assert lines == [
        (14, "There are about North Korean soldiers in Russia."),
        (18, "According to him, North Korea lied."),
        (23, "Le pays n’a pas répondu aux informations sur la capture."),
        (28, "Hello {name}, you have %d new messages."),
        (37, "Did he know where he was going."),
        (43, "300 soldiers were killed and 2,700 others wounded."),  # msgstr "" of a wrapped one
        (49, "Pyongyang muet"),
        (54, "%d message"),
        (55, "%d messages"),
    ]
    assert doc.segments[5].source == "300 soldats ont été tués et 2 700 autres blessés."
    assert [s.source for s in doc.segments[7:]] == ["%d message", "%d messages"]
    assert doc.segments[8].key == "%d message[1]"


def test_fuzzy_entries_are_skipped_unless_asked_for() -> None:
    text = po('#, fuzzy\nmsgid "Cinq soldats."\nmsgstr "Soldiers."\n\nmsgid "Un."\nmsgstr "One."\n')
    (doc,) = read(text, "x.po", Config())
    assert doc.text == "One.\n"
    (doc,) = read(text, "x.po", Config(), include_fuzzy=True)
    assert doc.text == "Soldiers.\nOne.\n"
    assert [s.line for s in doc.segments] == [8, 11]


def test_obsolete_and_empty_entries_are_skipped() -> None:
    text = po('msgid "Vide."\nmsgstr ""\n\n#~ msgid "Vieux."\n#~ msgstr "Old."\n')
    assert read(text, "x.po", Config()) == []


def test_msgctxt_goes_into_the_key() -> None:
    (doc,) = read(po('msgctxt "menu"\nmsgid "Fichier"\nmsgstr "File"\n'), "x.po", Config())
    assert doc.segments[0].key == "menu\x04Fichier"
    assert doc.segments[0].line == 8


def test_a_header_charset_other_than_utf8_is_read_as_the_decoded_text() -> None:
    (doc,) = read(po('msgid "Été"\nmsgstr "Summer"\n', charset="ISO-8859-1"), "x.po", Config())
    assert doc.segments[0].source == "Été"


def test_a_target_language_other_than_english_is_refused() -> None:
    with pytest.raises(ReaderError, match="declares target language 'de'"):
        read(po('msgid "Un."\nmsgstr "Eins."\n', lang="de"), "x.po", Config())
    (doc,) = read(po('msgid "Un."\nmsgstr "One."\n', lang="en_GB"), "x.po", Config())
    assert doc.text == "One.\n"


def test_the_source_language_comes_from_x_source_language() -> None:
    text = po('msgid "Un."\nmsgstr "One."\n').replace(
        '"Language: en\\n"', '"Language: en\\n"\n"X-Source-Language: fr\\n"'
    )
    (doc,) = read(text, "x.po", Config())
    assert doc.source_lang == "fr"


def test_the_source_lang_option_comes_before_the_header() -> None:
    text = po('msgid "Un."\nmsgstr "One."\n').replace(
        '"Language: en\\n"', '"Language: en\\n"\n"X-Source-Language: fr\\n"'
    )
    (doc,) = read(text, "x.po", Config(source_lang="it"))
    assert doc.source_lang == "it"


def test_a_broken_po_file_is_a_one_line_read_error() -> None:
    with pytest.raises(ReaderError, match=r"^not a valid PO file: .*line 1"):
        read('msgid "open\nmsgstr "x"\n', "x.po", Config())


def test_dropped_number_missing_name_and_untranslated_msgstr_at_their_lines() -> None:
    result = CliRunner().invoke(main, ["check", "--select", "B", "--format", "json", str(PO)])
    findings = json.loads(result.output)["findings"]
    found = {(f["line"], f["code"], f["severity"]) for f in findings}
    assert found == {
        (14, "B101", "warning"),  # 11 000 dropped
        (18, "B211", "warning"),  # Kang Dong-wan dropped
        (23, "B301", "warning"),  # msgstr copied from msgid
        (37, "B501", "warning"),  # ? dropped
        (49, "B301", "info"),  # Pyongyang muet (two words)
    }
    assert result.exit_code == 1
