"""The engine: hits → findings, a failing rule isolated, thresholds, sorting."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from checker import engine, formats
from checker.config import Config
from checker.document import Document
from checker.registry import RULES, load_rules
from checker.text.excerpt import EXCERPT_WIDTH
from checker.types import Fix, Hit, Rule, Severity


def _rule(code: str, check, severity: Severity = Severity.WARNING) -> Rule:
    return Rule(code, f"test-{code.lower()}", severity, "Other/Test", "found {word}", check)


@pytest.fixture
def test_rules(monkeypatch: pytest.MonkeyPatch):
    load_rules()
    engine._rules_for.cache_clear()

    def install(*rules: Rule) -> None:
        for r in rules:
            monkeypatch.setitem(RULES, r.code, r)
        engine._rules_for.cache_clear()

    yield install
    engine._rules_for.cache_clear()


def words(doc: Document) -> Iterator[Hit]:
    for token in doc.tokens:
        if token.value == "zorp":
            yield Hit(
                token.start, token.end, {"word": token.value}, Fix(token.start, token.end, "x")
            )


def broken(doc: Document) -> Iterator[Hit]:
    raise RuntimeError("boom")
    yield  # pragma: no cover


def test_hits_become_findings_with_positions_messages_and_fixes(test_rules) -> None:
    test_rules(_rule("T901", words))
    doc = Document("ok\nthe zorp here\n", path="a.txt")
    (finding,) = engine.lint(doc, Config(select=("T901",)))
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (2, 5, 2, 9)
    assert finding.message == "found zorp"
    assert finding.excerpt == "the zorp here"
    assert finding.fix == Fix(7, 11, "x")
    assert finding.family == "typography"


def test_a_failing_rule_becomes_E900_and_other_findings_are_kept(test_rules) -> None:
    test_rules(_rule("T901", words), _rule("T902", broken))
    findings = engine.lint(Document("zorp\n"), Config(select=("T90",)))
    assert [f.code for f in findings] == ["E900", "T901"]
    assert "T902" in findings[0].message and "boom" in findings[0].message
    assert [f.failed_rule for f in findings] == ["T902", None]
    assert "failed_rule" not in findings[0].to_dict()


def test_min_severity_filters_but_never_input_findings(test_rules) -> None:
    test_rules(_rule("T901", words, Severity.INFO))
    doc = Document("zorp\n")
    assert engine.lint(doc, Config(select=("T901",), min_severity=Severity.WARNING)) == []
    assert len(engine.lint(doc, Config(select=("T901",)))) == 1


def test_per_file_ignores_match_globs(test_rules) -> None:
    test_rules(_rule("T901", words))
    config = Config(select=("T901",), per_file_ignores=(("drafts/*.txt", ("T9",)),))
    assert engine.lint(Document("zorp\n", path="drafts/a.txt"), config) == []
    assert len(engine.lint(Document("zorp\n", path="final/a.txt"), config)) == 1


def test_long_lines_give_a_window_as_excerpt(test_rules) -> None:
    test_rules(_rule("T901", words))
    text = "word " * 200 + "zorp " + "word " * 200
    (finding,) = engine.lint(Document(text), Config(select=("T901",)))
    assert "zorp" in finding.excerpt
    assert len(finding.excerpt) <= EXCERPT_WIDTH


def test_a_reader_that_crashes_costs_one_file_not_the_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def explode(*args, **kwargs):
        raise RuntimeError("reader bug")

    monkeypatch.setattr(formats, "decode", explode)
    monkeypatch.setattr("checker.runner.to_documents", explode)
    path = tmp_path / "a.txt"
    path.write_text("text\n", encoding="utf-8")
    from checker.runner import _lint_for_pool

    result = _lint_for_pool((str(path), Config(), None, None, None, False))
    assert result.error is not None and result.error.code == "E900"
    assert "reader bug" in result.findings[0].message


def test_lint_text_reads_markdown_paths_as_markdown() -> None:
    from checker import lint_text

    text = "Intro.\n\n```\nLe gouvernement a refusé de commenter la décision.\n```\n"
    assert lint_text(text, path="notes.txt", select="L")
    assert lint_text(text, path="notes.md", select="L") == []


def test_block_bounds_cut_at_paragraph_breaks_and_cover_the_text() -> None:
    text = ("A paragraph of words here.\n\n" * 40) + "x" * 300
    bounds = engine.block_bounds(text, size=200)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(end - start <= 200 for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-2])


def _long_article(paragraphs: int = 400) -> str:
    """The bundled articles' paragraphs, repeated: real defects of every family, long text."""
    root = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
    found = [
        p.strip()
        for path in sorted(root.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    return "\n\n".join(found[i % len(found)] for i in range(paragraphs)) + "\n"


def test_blocks_shared_out_to_processes_give_the_same_findings(
    monkeypatch: pytest.MonkeyPatch, fork_allowed: None
) -> None:
    from checker import forked

    children: list[int] = []
    fork_share = forked._fork_share

    def recording(function, items):
        child = fork_share(function, items)
        children.append(len(items))
        return child

    monkeypatch.setattr(forked, "_fork_share", recording)
    monkeypatch.setattr(engine, "BLOCK_CHARS", 4000)  # forked workers inherit the patch
    text = _long_article()
    blocks = len(engine.block_bounds(text, 4000))
    assert blocks > 10
    serial = engine.lint(Document(text, path="long.txt"))
    assert children == []
    parallel = engine.lint(Document(text, path="long.txt"), jobs=2)
    assert children == [blocks // 2]  # one child took every other block
    assert parallel == serial
    assert {f.family for f in serial} >= {"language", "quotes", "pronoun", "name"}


def test_long_documents_are_linted_in_blocks_with_true_positions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from checker.fix import apply_fixes

    paragraph = "The council met on Monday and the talks went on late into the night.\n\n"
    text = paragraph * 60 + "Did the minister agree ?\n\n" + paragraph * 3
    whole = engine.lint(Document(text), Config(select=("T101",)))
    monkeypatch.setattr(engine, "BLOCK_CHARS", 500)
    blocked = engine.lint(Document(text), Config(select=("T101",)))
    assert len(engine.block_bounds(text, 500)) > 5
    assert [(f.line, f.column, f.start, f.fix) for f in blocked] == [
        (f.line, f.column, f.start, f.fix) for f in whole
    ]
    (finding,) = blocked
    assert finding.line == 121
    assert "agree?" in apply_fixes(text, [finding.fix]).text


class _CountingText(str):
    """A str that records the length of every slice taken of it (as ``doc.text``)."""

    slices: list[int]

    def __getitem__(self, key):  # type: ignore[override]
        piece = str.__getitem__(self, key)
        if isinstance(key, slice):
            self.slices.append(len(piece))
        return piece


def _line_excerpt(text: str, start: int, end: int) -> str:
    """The excerpt as the whole line gives it: the reference for the constant-time one."""
    doc = Document(text)
    line = doc.line_text(start)
    if len(line) <= EXCERPT_WIDTH:
        return line
    column = doc.line_col(start)[1]
    span = min(end - start, EXCERPT_WIDTH)
    left = max(0, column - 1 - (EXCERPT_WIDTH - span) // 2)
    return line[left : left + EXCERPT_WIDTH]


def test_an_excerpt_copies_only_its_own_characters_however_long_the_line() -> None:
    text = _CountingText("Title\n" + "Did the minister agree ? " * 4000 + "\nEnd.\r\n")
    text.slices = []
    doc = Document(text)
    doc.line_starts  # built once per document, not per finding  # noqa: B018
    for start in (0, 3, 6, 50, 6 + 25 * 2000, len(text) - 130, len(text) - 8, len(text) - 3):
        text.slices.clear()
        got = engine.excerpt(doc, start, start + 2)
        assert got == _line_excerpt(str(text), start, start + 2)
        assert max(text.slices, default=0) <= EXCERPT_WIDTH, (start, text.slices)


def test_excerpts_match_the_line_on_every_kind_of_line_ending() -> None:
    text = "short\r\nline two\rthird\n" + "x" * 300 + "\r\n" + "y" * 10
    for start in range(len(text)):
        for end in (start, min(len(text), start + 5), len(text)):
            assert engine.excerpt(Document(text), start, end) == _line_excerpt(text, start, end)


QUOTED = (
    "The minister said “the talks went on late into the night, and nobody left the room "
    "before the deal was done.” The council agreed. ‘We will see,’ an aide added. "
)


def test_a_long_single_line_is_never_cut_inside_a_quotation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = QUOTED * 60 + "\n"
    bounds = engine.block_bounds(text, 700)
    assert len(bounds) > 10
    spans = [(m.start(), m.end()) for m in __import__("re").finditer(r"“[^”]*”|‘[^’]*’", text)]
    for _, cut in bounds[:-1]:
        assert not any(s < cut < e for s, e in spans), cut
        assert text[cut - 1] == " " and text[cut].isupper()  # a sentence starts there
    monkeypatch.setattr(engine, "BLOCK_CHARS", 700)
    assert engine.lint(Document(text), Config(select=("Q",))) == []


def test_blocks_give_the_same_quote_findings_as_the_whole_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    defect = "Then « he left » and “nobody said a word. "  # Q102/Q104 and a Q103, planted
    text = QUOTED * 25 + defect + QUOTED * 25 + "\n"
    whole = engine.lint(Document(text), Config(select=("Q",)))
    assert {f.code for f in whole} >= {"Q103", "Q104"}
    monkeypatch.setattr(engine, "BLOCK_CHARS", 900)
    assert len(engine.block_bounds(text, 900)) > 5
    assert engine.lint(Document(text), Config(select=("Q",))) == whole


def test_a_document_level_rule_reports_once_per_document_as_on_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    straight = 'He said "yes" and left. '
    text = (QUOTED * 8 + straight) * 6 + "\n"
    whole = engine.lint(Document(text), Config(select=("Q107",)))
    assert len(whole) == 1
    monkeypatch.setattr(engine, "BLOCK_CHARS", 1000)
    assert len(engine.block_bounds(text, 1000)) > 5
    blocked = engine.lint(Document(text), Config(select=("Q107",)))
    assert blocked == whole  # one finding, at the same mark, with the same counts
    assert "(12 straight, 192 curly)" in blocked[0].message


def test_styles_in_different_blocks_still_make_one_mixed_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = QUOTED * 10 + 'He said "yes" and left. ' * 20 + "\n"
    monkeypatch.setattr(engine, "BLOCK_CHARS", 800)
    bounds = engine.block_bounds(text, 800)
    blocks = [text[s:e] for s, e in bounds]
    assert not any('"' in b and "“" in b for b in blocks)  # no block mixes them
    (finding,) = engine.lint(Document(text), Config(select=("Q107",)))
    assert finding.start == text.index('"')  # the first mark of the rarer style


def test_a_document_not_in_english_is_reported_once_however_many_blocks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = (
        "Le gouvernement a annoncé lundi une nouvelle série de mesures pour soutenir les "
        "agriculteurs touchés par la sécheresse, selon le ministre de l'Agriculture. "
    )
    text = "Titre du rapport\n" + sentence * 40 + "\n"
    whole = engine.lint(Document(text), Config(select=("L104",)))
    assert [(f.code, f.start, f.end) for f in whole] == [("L104", 0, 16)]
    monkeypatch.setattr(engine, "BLOCK_CHARS", 1200)
    assert len(engine.block_bounds(text, 1200)) > 4
    assert engine.lint(Document(text), Config(select=("L104",))) == whole


def test_a_document_level_rule_that_fails_in_a_block_is_one_E900(
    monkeypatch: pytest.MonkeyPatch, test_rules
) -> None:
    def gather(doc: Document) -> int:
        if "boom" in doc.text:
            raise RuntimeError("boom")
        return 1

    def judge(parts):
        yield Hit(0, 1)

    def check(doc: Document) -> Iterator[Hit]:
        yield from judge([(0, len(doc.text), gather(doc))])

    check.per_document = (gather, judge)  # type: ignore[attr-defined]
    test_rules(_rule("T903", check))
    text = ("A sentence here. " * 30 + "boom. ") * 4
    monkeypatch.setattr(engine, "BLOCK_CHARS", 300)
    findings = engine.lint(Document(text), Config(select=("T903",)))
    assert [(f.code, f.failed_rule) for f in findings] == [("E900", "T903")]


def test_an_unclosed_quote_does_not_keep_blocks_from_paragraph_breaks() -> None:
    paragraph = "The council met on Monday. “It went well, an aide said. The talks went on.\n\n"
    text = (QUOTED + "\n\n") * 4 + paragraph + (QUOTED + "\n\n") * 30
    bounds = engine.block_bounds(text, 1200)
    assert len(bounds) > 3
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1])
