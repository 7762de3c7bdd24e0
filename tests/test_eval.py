"""The evaluation's scoring logic (eval/score.py) on tiny synthetic annotations.

These tests pin how markers are parsed and how findings are matched and counted; they do not
judge the rules (that is what ``make eval`` reports).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from script_loader import load_script

SCORE_PATH = Path(__file__).resolve().parent.parent / "eval" / "score.py"
score_module = load_script("eval/score.py", "eval_score")

Found = score_module.Found
MarkupError = score_module.MarkupError
parse_markers = score_module.parse_markers
score = score_module.score


def found(code: str, start: int, end: int, file: str = "a.txt") -> Found:
    return Found(file, code, start, end, 1, "warning", "message")


def test_markers_are_stripped_and_spans_point_into_the_clean_text() -> None:
    clean, defects = parse_markers("Il a dit ⟦L:selon lui⟧ hier ⟦T:11 000⟧.", "a.txt")
    assert clean == "Il a dit selon lui hier 11 000."
    assert [(d.family, clean[d.spans[0].start : d.spans[0].end]) for d in defects] == [
        ("L", "selon lui"),
        ("T", "11 000"),
    ]


def test_nested_markers_and_lines() -> None:
    clean, defects = parse_markers("First line.\n⟦Q:“⟦L:Nous⟧ partons.\nNext⟧", "a.txt")
    assert clean == "First line.\n“Nous partons.\nNext"
    quote, word = defects
    assert (quote.family, quote.spans[0].text, quote.line) == ("Q", "“Nous partons.\nNext", 2)
    assert (word.family, word.spans[0].start, word.spans[0].end) == ("L", 13, 17)


def test_a_key_groups_several_spans_into_one_defect() -> None:
    _, defects = parse_markers("⟦N#z:Zelensky⟧ and ⟦N#z:Zelenskyy⟧ and ⟦N:kim⟧", "a.txt")
    assert len(defects) == 2
    assert [s.text for s in defects[0].spans] == ["Zelensky", "Zelenskyy"]


@pytest.mark.parametrize(
    "marked",
    ["⟦L:open", "close⟧", "⟦x:bad family⟧", "⟦L:⟧", "⟦N#k:a⟧ ⟦L#k:b⟧"],
    ids=["unclosed", "stray-close", "bad-spec", "empty", "key-two-families"],
)
def test_malformed_markers_raise(marked: str) -> None:
    with pytest.raises(MarkupError):
        parse_markers(marked, "a.txt")


def test_matching_and_arithmetic() -> None:
    # clean text: "Le chat said -wan, she 50 %"
    clean, defects = parse_markers("⟦L:Le chat⟧ ⟦N:said -wan⟧, ⟦P:she⟧ ⟦T:50 %⟧", "a.txt")
    assert clean == "Le chat said -wan, she 50 %"
    findings = [
        found("L101", 0, 2),  # overlaps "Le chat": TP
        found("L102", 3, 7),  # second finding on the same defect: not an FP, counted once
        found("N101", 8, 12),  # N on "said": TP
        found("P101", 0, 2),  # P on the L span: wrong family, FP
        found("T103", 20, 21),  # T outside its span ("e" of "she"): FP
    ]
    result = score(defects, findings)
    families = result.families
    assert (families["L"].planted, families["L"].found) == (1, 2)
    assert (families["L"].true_positives, families["L"].false_positives) == (1, 0)
    assert families["L"].recall == 1.0 and families["L"].precision == 1.0
    assert (families["P"].true_positives, families["P"].false_positives) == (0, 1)
    assert families["P"].recall == 0.0 and families["P"].precision == 0.0
    assert (families["T"].planted, families["T"].true_positives) == (1, 0)
    assert result.total.planted == 4
    assert result.total.found == 5
    assert result.total.true_positives == 2
    assert result.total.false_positives == 2
    assert result.total.recall == 0.5
    assert result.total.precision == pytest.approx(3 / 5)
    assert [d.spans[0].text for d in result.missed] == ["she", "50 %"]
    assert [f.code for f in result.false_positives] == ["P101", "T103"]
    assert result.codes["L101"] == {"found": 1, "false_positives": 0}
    assert result.codes["T103"] == {"found": 1, "false_positives": 1}


def test_span_edges_and_empty_findings() -> None:
    _, defects = parse_markers("ab ⟦Q:»⟧ cd", "a.txt")  # » at offset 3
    assert score(defects, [found("Q101", 2, 3)]).total.true_positives == 0  # touches, no overlap
    assert score(defects, [found("Q101", 4, 4)]).total.true_positives == 1  # empty, at the edge
    assert score(defects, [found("Q101", 5, 5)]).total.true_positives == 0


def test_findings_only_match_defects_of_their_own_file() -> None:
    _, defects = parse_markers("⟦L:muet⟧", "a.txt")
    result = score(defects, [found("L101", 0, 4, file="b.txt")])
    assert result.total.true_positives == 0
    assert result.total.false_positives == 1


def test_one_finding_on_either_spelling_finds_a_grouped_defect() -> None:
    clean, defects = parse_markers("⟦N#z:Zelensky⟧ met ⟦N#z:Zelenskyy⟧.", "a.txt")
    start = clean.index("Zelenskyy")
    result = score(defects, [found("N103", start, start + 9)])
    assert (result.total.planted, result.total.true_positives) == (1, 1)


def test_crashes_are_set_apart_and_no_findings_means_no_precision() -> None:
    _, defects = parse_markers("⟦L:muet⟧", "a.txt")
    result = score(defects, [found("E900", 0, 0)])
    assert [f.code for f in result.crashes] == ["E900"]
    assert result.families["L"].precision is None
    assert "E" not in result.families


def test_main_writes_results_with_a_stub_linter(tmp_path: Path, capsys) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "one.txt").write_text("Hello ⟦L:muet⟧ world.\n", encoding="utf-8")
    (texts / "notes.ann").write_text("ignored\n", encoding="utf-8")

    def stub(file: str, text: str) -> list:
        return [Found(file, "L101", 6, 10, 1, "error", "left untranslated")]

    output = tmp_path / "results.json"
    assert score_module.main(["--texts", str(texts), "--output", str(output)], stub) == 0
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["families"]["L"] == {
        "planted": 1,
        "found": 1,
        "true_positives": 1,
        "false_positives": 0,
        "recall": 1.0,
        "precision": 1.0,
    }
    assert "L language" in capsys.readouterr().out


def test_bad_markup_exits_2(tmp_path: Path, capsys) -> None:
    (tmp_path / "bad.txt").write_text("⟦L:never closed\n", encoding="utf-8")
    assert score_module.main(["--texts", str(tmp_path), "--output", str(tmp_path / "r")]) == 2
    assert "bad.txt:1" in capsys.readouterr().err


def _eight_grams(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}


def test_eval_texts_share_no_phrase_with_fixtures() -> None:
    """The evaluation measures generalisation: no 8-word phrase of it appears in fixtures/."""
    root = SCORE_PATH.parent.parent
    fixture_grams: set[str] = set()
    for path in (root / "fixtures").rglob("*"):
        if path.is_file() and path.suffix in {".txt", ".md", ".tsv", ".po", ".xlf", ".tmx"}:
            fixture_grams |= _eight_grams(path.read_text(encoding="utf-8", errors="replace"))
    shared = {}
    for path in score_module.text_files(SCORE_PATH.parent / "texts"):
        clean, _ = parse_markers(path.read_text(encoding="utf-8"), path.name)
        common = _eight_grams(clean) & fixture_grams
        if common:
            shared[path.name] = sorted(common)[:3]
    assert not shared, shared


def test_eval_texts_parse_and_plant_every_family() -> None:
    defects = []
    for path in score_module.text_files(SCORE_PATH.parent / "texts"):
        defects += parse_markers(path.read_text(encoding="utf-8"), path.name)[1]
    counts = {family: sum(d.family == family for d in defects) for family in "LQTPN"}
    assert min(counts.values()) >= 25, counts
