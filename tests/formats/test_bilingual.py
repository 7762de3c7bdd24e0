"""Shared bilingual machinery: one Document per file, and the same findings in every format."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import Config
from checker.engine import lint
from checker.formats import read_path, resolve_source_lang
from checker.formats.bilingual import Unit, build_document, guess_language, one_line

BILINGUAL = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"
SOURCE = BILINGUAL / "segments.fr.txt"
# The same seven segments in every format; the PO file adds a plural entry after them.
CARRIERS = ["segments.tsv", "segments.po", "segments.xlf", "segments-2.0.xlf", "segments.tmx"]


def test_targets_are_one_a_line_and_lines_map_to_the_file() -> None:
    units = [
        Unit("First target.", "Première cible.", line=4, key="a"),
        Unit("", "Vide.", line=8, key="empty"),
        Unit("Two\nlines.", "Deux\nlignes.", line=9, key="b"),
    ]
    (doc,) = build_document(units, "x.po", Config(source_lang="fr"), "po")
    assert doc.text == "First target.\nTwo lines.\n"
    assert [(s.key, s.line, doc.text[s.start : s.end]) for s in doc.segments] == [
        ("a", 4, "First target."),
        ("b", 9, "Two lines."),
    ]
    assert doc.segments[1].source == "Deux\nlignes."
    assert doc.line_col(doc.segments[1].start + 4) == (9, 5)
    assert doc.source_lang == "fr"
    assert doc.format == "po"


def test_a_file_with_no_translated_segment_gives_no_document() -> None:
    assert build_document([Unit("  ", "Vide.", line=3)], "x.po", Config(), "po") == []


def test_line_breaks_fold_to_spaces() -> None:
    assert one_line("a\r\nb\rc\nd") == "a b c d"


def test_source_language_is_guessed_from_enough_source_text() -> None:
    french = "Le pays n’a pas répondu aux informations sur la capture de ses soldats. " * 4
    assert guess_language([french]) == "fr"
    assert guess_language(["Bonjour."]) is None  # too little text to tell
    (doc,) = build_document([Unit("The country.", french, line=1)], "x.tsv", Config(), "tsv")
    assert doc.source_lang == "fr"


def test_the_source_language_is_resolved_once_option_then_declaration_then_detection() -> None:
    french = "Le pays n’a pas répondu aux informations sur la capture de ses soldats. " * 4
    units = [Unit("The country.", french, line=1)]
    assert build_document(units, "x.po", Config(), "po", "de")[0].source_lang == "de"
    assert (
        build_document(units, "x.po", Config(source_lang="it"), "po", "de")[0].source_lang == "it"
    )
    assert resolve_source_lang(Config(), None, [french]) == "fr"
    assert resolve_source_lang(Config(), None) is None  # plain text: nothing to detect on
    # Sources detected as the target language stay known: the pair is English to English.
    english = "The country has not responded to reports that its soldiers were captured. " * 4
    assert (
        build_document([Unit("It.", english, line=1)], "x.tsv", Config(), "tsv")[0].source_lang
        == "en"
    )


def _findings_by_segment(path: Path, config: Config) -> list[tuple]:
    """Findings as (segment number, column, code, severity, message): no file lines."""
    kwargs = {"source_path": str(SOURCE)} if path.suffix == ".txt" else {}
    (doc,) = read_path(str(path), config, **kwargs)
    ordinal = {segment.line: number for number, segment in enumerate(doc.segments)}
    return [
        (ordinal[f.line], f.column, f.code, f.severity.label, f.message) for f in lint(doc, config)
    ]


@pytest.mark.parametrize("carrier", CARRIERS)
def test_the_same_segments_give_the_same_findings_in_every_format(carrier: str) -> None:
    config = Config(source_lang="fr")
    expected = _findings_by_segment(BILINGUAL / "segments.en.txt", config)
    assert {code for _, _, code, _, _ in expected} >= {"B101", "B211", "B301", "B501"}
    assert _findings_by_segment(BILINGUAL / carrier, config) == expected


def test_findings_point_at_the_files_own_lines() -> None:
    result = CliRunner().invoke(
        main, ["check", "--select", "B", "--format", "json", str(BILINGUAL / "segments.xlf")]
    )
    import json

    found = {(f["line"], f["code"]) for f in json.loads(result.output)["findings"]}
    assert found == {(8, "B101"), (12, "B211"), (16, "B301"), (24, "B501"), (32, "B301")}


@pytest.mark.parametrize("carrier", ["segments.po", "segments.xlf", "segments.tmx"])
def test_without_the_optional_extra_the_error_is_one_line_and_exit_2(
    carrier: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in list(sys.modules):
        if name == "translate" or name.startswith("translate."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "translate", None)  # import translate... fails
    result = CliRunner().invoke(main, ["check", str(BILINGUAL / carrier)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    (line,) = [line for line in result.output.splitlines() if "E001" in line]
    assert line.endswith(
        "reading this format needs translate-toolkit: pip install '.[formats]' in mtlint's "
        "checkout (the extra mtlint[formats])"
    )


def test_a_configuration_file_source_language_is_a_default_under_the_file_declaration(
    tmp_path: Path,
) -> None:
    from checker.config import load

    (tmp_path / ".mtlint.toml").write_text('source-lang = "it"\n', encoding="utf-8")
    french = "Le pays n’a pas répondu aux informations sur la capture de ses soldats. " * 4
    units = [Unit("The country.", french, line=1)]
    from_file = load(tmp_path / ".mtlint.toml")
    assert from_file.source_lang_is_default
    assert build_document(units, "x.po", from_file, "po", "de")[0].source_lang == "de"
    assert build_document(units, "x.po", from_file, "po")[0].source_lang == "it"
    option = from_file.merged({"source_lang": "es"}, origin="option")
    assert build_document(units, "x.po", option, "po", "de")[0].source_lang == "es"
