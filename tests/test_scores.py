"""``mtlint score``: exactly sacrebleu's corpus scores, signatures, worst segments, gating."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sacrebleu.metrics import BLEU, CHRF, TER

from checker.cli import main
from checker.scores import ScoreError, check_aligned, compute, parse_threshold

HYPOTHESES = [
    "A young North Korean soldier says he did not know where he would fight.",
    "Pyongyang muet",
    "The White House believes that the toll is even heavier.",
    "He said he was only told that troops would train as if it were real combat.",
]
REFERENCES = [
    "A young North Korean soldier says he didn't know where he would fight.",
    "Pyongyang silent",
    "The White House believes the toll is even higher.",
    "He said he had only been told that the troops would train as if in real combat.",
]
REFERENCES_2 = [
    "A young soldier from North Korea says he did not know where he would be fighting.",
    "Silence in Pyongyang",
    "The White House thinks the toll is heavier still.",
    "He said he was told only that the troops would train as though it were real combat.",
]
SOURCES = [
    "Un jeune soldat nord-coréen dit qu’il ne savait pas où il combattrait.",
    "Pyongyang muet",
    "La Maison Blanche estime que le bilan est encore plus lourd.",
    "Il a dit qu’on lui avait seulement dit que les troupes s’entraîneraient comme au combat.",
]


def write(path: Path, lines: list[str]) -> str:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    return {
        "hyp": write(tmp_path / "hyp.txt", HYPOTHESES),
        "ref": write(tmp_path / "ref.txt", REFERENCES),
        "ref2": write(tmp_path / "ref2.txt", REFERENCES_2),
        "src": write(tmp_path / "src.txt", SOURCES),
    }


def sacrebleu_direct(streams: list[list[str]]) -> dict[str, tuple[float, str]]:
    direct = {}
    for name, metric in (("bleu", BLEU()), ("chrf", CHRF()), ("ter", TER())):
        score = metric.corpus_score(HYPOTHESES, streams).score
        direct[name] = (score, str(metric.get_signature()))
    return direct


def run(*args: str):
    return CliRunner().invoke(main, ["score", *args])


@pytest.mark.parametrize("refs", [["ref"], ["ref", "ref2"]], ids=["one-ref", "two-refs"])
def test_scores_equal_sacrebleu_called_directly(files: dict[str, str], refs: list[str]) -> None:
    args = [arg for name in refs for arg in ("--ref", files[name])]
    result = run(*args, "--format", "json", files["hyp"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    streams = [{"ref": REFERENCES, "ref2": REFERENCES_2}[name] for name in refs]
    for name, (score, signature) in sacrebleu_direct(streams).items():
        assert report[name] == {"score": score, "signature": signature}
    assert f"nrefs:{len(refs)}|" in report["bleu"]["signature"]
    assert report["segments"] == 4
    assert report["tool"] == "mtlint"


def test_worst_segments_are_lowest_sentence_chrf_first(files: dict[str, str]) -> None:
    result = run("--ref", files["ref"], "--source", files["src"], "--format", "json", files["hyp"])
    worst = json.loads(result.output)["worst"]
    chrf = CHRF()
    expected = sorted(
        (chrf.sentence_score(h, [r]).score, i + 1)
        for i, (h, r) in enumerate(zip(HYPOTHESES, REFERENCES, strict=True))
    )
    assert [(w["chrf"], w["line"]) for w in worst] == expected
    assert worst[0] == {
        "line": 2,
        "chrf": expected[0][0],
        "hypothesis": "Pyongyang muet",
        "reference": "Pyongyang silent",
        "source": "Pyongyang muet",
    }


def test_worst_count_and_text_format(files: dict[str, str]) -> None:
    result = run("--ref", files["ref"], "--worst", "1", files["hyp"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    bleu, signature = sacrebleu_direct([REFERENCES])["bleu"]
    assert lines[0] == f"BLEU  {bleu:6.2f}  {signature}"
    assert lines[1].startswith("chrF2 ") and "nrefs:1|case:mixed|eff:yes|nc:6" in lines[1]
    assert lines[2].startswith("TER   ") and "tok:tercom" in lines[2]
    assert lines[3] == "4 segments"
    assert lines[5].startswith("  line 2: chrF ")
    assert "line 1:" not in result.output


def test_fail_under_gates_ci(files: dict[str, str]) -> None:
    chrf = sacrebleu_direct([REFERENCES])["chrf"][0]
    passing = run("--ref", files["ref"], "--fail-under", f"chrf={chrf - 1:.2f}", files["hyp"])
    assert passing.exit_code == 0
    failing = run("--ref", files["ref"], "--fail-under", f"chrf={chrf + 1:.2f}", files["hyp"])
    assert failing.exit_code == 1
    assert f"mtlint: score: chrf {chrf:.2f} is under" in failing.output


@pytest.mark.parametrize("spec", ["ter=40", "chrf", "meteor=3", "chrf=high"])
def test_bad_fail_under_is_a_usage_error(files: dict[str, str], spec: str) -> None:
    result = run("--ref", files["ref"], "--fail-under", spec, files["hyp"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("mtlint: error: ")


def test_mismatched_line_counts_exit_2_with_one_line(files: dict[str, str], tmp_path) -> None:
    short = write(tmp_path / "short.txt", REFERENCES[:3])
    result = run("--ref", short, files["hyp"])
    assert result.exit_code == 2
    assert result.output == (
        f"mtlint: error: {short} has 3 lines but {files['hyp']} has 4; "
        f"scored files must be line-aligned\n"
    )
    source = run("--ref", files["ref"], "--source", short, files["hyp"])
    assert source.exit_code == 2


def test_missing_and_empty_files_exit_2(files: dict[str, str], tmp_path) -> None:
    missing = run("--ref", str(tmp_path / "nope.txt"), files["hyp"])
    assert missing.exit_code == 2
    assert "nope.txt: no such file" in missing.output
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("--ref", str(empty), str(empty))
    assert result.exit_code == 2
    assert "no lines to score" in result.output


def test_api_pieces() -> None:
    report = compute(HYPOTHESES, [REFERENCES], worst=0)
    assert report.worst == []
    assert report.chrf.score == CHRF().corpus_score(HYPOTHESES, [REFERENCES]).score
    assert parse_threshold(" BLEU = 30") == ("bleu", 30.0)
    with pytest.raises(ScoreError):
        check_aligned([("hyp", ["a", "b"]), ("ref", ["a"])])


def test_check_does_not_import_sacrebleu(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("The soldiers were wounded.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from checker.cli import main\n"
        f"try:\n    main(['check', {str(text)!r}])\n"
        "except SystemExit:\n    pass\n"
        "print('sacrebleu' in sys.modules)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip().splitlines()[-1] == "False"
