"""XLIFF 1.2 and 2.0 through translate-toolkit: languages, target lines, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.formats import ReaderError, to_documents
from checker.formats.xliff import read

BILINGUAL = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"

XLIFF12 = """\
<?xml version="1.0" encoding="{encoding}"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="fr" target-language="{target}" datatype="plaintext">
    <body>
      <trans-unit id="1">
        <source>Cliquez <g id="1">ici</g>.</source>
        <target>Click <g id="1">here</g>.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


@pytest.mark.parametrize("name", ["segments.xlf", "segments-2.0.xlf"])
def test_both_versions_give_the_same_segments(name: str) -> None:
    path = BILINGUAL / name
    (doc,) = read(path.read_text(encoding="utf-8"), str(path), Config())
    assert doc.source_lang == "fr"
    assert doc.format == "xliff"
    assert len(doc.segments) == 7
    assert doc.segments[0].source == "Il y a environ 11 000 soldats nord-coréens en Russie."
    assert doc.text.splitlines()[4] == "Did he know where he was going."


def test_target_lines_and_ids() -> None:
    path = BILINGUAL / "segments.xlf"
    (doc,) = read(path.read_text(encoding="utf-8"), str(path), Config())
    assert [s.line for s in doc.segments] == [8, 12, 16, 20, 24, 28, 32]
    assert doc.segments[0].key.endswith("1")
    path = BILINGUAL / "segments-2.0.xlf"
    (doc,) = read(path.read_text(encoding="utf-8"), str(path), Config())
    assert [s.line for s in doc.segments] == [8, 12, 18, 24, 30, 34, 40]
    assert doc.segments[1].key == "u1::2"


def test_inline_codes_leave_their_text() -> None:
    (doc,) = read(XLIFF12.format(encoding="UTF-8", target="en-US"), "a.xlf", Config())
    assert doc.text == "Click here.\n"
    assert doc.segments[0].source == "Cliquez ici."
    assert doc.segments[0].line == 7


def test_a_declared_encoding_is_not_trusted_over_the_decoded_text() -> None:
    (doc,) = read(XLIFF12.format(encoding="ISO-8859-1", target="en"), "a.xlf", Config())
    assert doc.text == "Click here.\n"


def test_a_target_language_other_than_english_is_refused() -> None:
    with pytest.raises(ReaderError, match="declares target language 'de'"):
        read(XLIFF12.format(encoding="UTF-8", target="de"), "a.xlf", Config())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<xliff><file><body><trans-unit", "not well-formed XML: "),
        (b'<?xml version="1.0"?><html/>', "not a valid XLIFF file: "),
    ],
)
def test_bad_files_are_one_line_read_errors(data: bytes, message: str) -> None:
    error = to_documents("bad.xlf", data, Config())
    assert error.message.startswith(message)
    assert "\n" not in error.message
