"""checker.corpus.records: segment records in, finding rows out, the engine of ``mtlint check``.

The reference is always ``runner.lint_file`` on a file holding the same document: one record
per line, so a check finding at line n, column c is the row of record n at c - 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_helpers import BREAKS, check_keys, installed, row_keys

from checker.config import Config
from checker.corpus.records import COLUMNS, lint_records
from checker.document import Document
from checker.runner import lint_file
from checker.types import Hit, Rule, Severity

ROOT = Path(__file__).resolve().parent.parent.parent
ARTICLE = ROOT / "fixtures" / "articles" / "nk-soldiers.txt"
PAIRS = ROOT / "fixtures" / "bilingual" / "segments.tsv"


def article_lines() -> list[str]:
    return ARTICLE.read_text(encoding="utf-8").splitlines()


def test_a_document_of_records_gives_the_findings_of_check_on_the_file(tmp_path: Path) -> None:
    lines = article_lines()
    path = tmp_path / "article.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = check_keys(
        lint_file(str(path), Config()).findings, [f"s{i}" for i in range(len(lines))], lines
    )
    records = [{"id": f"s{i}", "doc_id": "article", "text": t} for i, t in enumerate(lines)]

    rows = lint_records(records, Config())

    assert len(expected) > 5  # the article has real defects of several families
    assert row_keys(rows) == expected
    assert all(list(row) == list(COLUMNS) for row in rows)


def test_a_row_says_what_the_json_report_says(tmp_path: Path) -> None:
    lines = article_lines()
    path = tmp_path / "article.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shared = ("code", "name", "family", "severity", "category", "message", "excerpt")
    reported = sorted(
        (f.line - 1, *(f.to_dict()[key] for key in shared))
        for f in lint_file(str(path), Config()).findings
    )
    records = [{"id": str(i), "doc_id": "article", "text": t} for i, t in enumerate(lines)]

    rows = lint_records(records, Config())

    assert len(reported) > 5
    assert sorted((r["record"], *(r[key] for key in shared)) for r in rows) == reported


def test_document_rules_see_every_record_of_a_doc_id_and_only_those() -> None:
    first = "Kim Jong-un visited the factory on Monday."
    second = "Kim Jong Un said the factory would reopen."
    together = lint_records(
        [{"id": "a", "doc_id": "d", "text": first}, {"id": "b", "doc_id": "d", "text": second}]
    )
    apart = lint_records(
        [{"id": "a", "doc_id": "d1", "text": first}, {"id": "b", "doc_id": "d2", "text": second}]
    )
    assert [(r["id"], r["code"]) for r in together if r["family"] == "name"] == [("b", "N103")]
    assert [r for r in apart if r["family"] == "name"] == []


def test_records_of_a_doc_id_need_not_be_adjacent() -> None:
    records = [
        {"id": "a", "doc_id": "d", "text": "Kim Jong-un visited the factory on Monday."},
        {"id": "x", "doc_id": "other", "text": "The weather was fine."},
        {"id": "b", "doc_id": "d", "text": "Kim Jong Un said the factory would reopen."},
    ]
    rows = lint_records(records, Config(select=("N",)))
    assert [(r["record"], r["id"], r["code"]) for r in rows] == [(2, "b", "N103")]


def test_bilingual_records_give_the_findings_of_check_on_a_tsv(tmp_path: Path) -> None:
    rows_of_file = [line.split("\t") for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    pairs = rows_of_file[1:]
    path = tmp_path / "pairs.tsv"
    path.write_text("\n".join("\t".join(p) for p in pairs) + "\n", encoding="utf-8")
    targets = [target for _, target, *_ in pairs]
    ids = [f"p{i}" for i in range(len(pairs))]
    expected = check_keys(lint_file(str(path), Config()).findings, ids, targets)
    records = [
        {"id": ids[i], "doc_id": "pairs", "text": target, "source": source}
        for i, (source, target, *_) in enumerate(pairs)
    ]

    rows = lint_records(records, Config())

    assert {r["family"] for r in rows} >= {"bilingual"}
    assert row_keys(rows) == expected


def test_offsets_and_fixes_are_relative_to_the_record() -> None:
    records = [
        {"id": "1", "text": "All is well."},
        {"id": "2", "text": "Prices rose by 3,5 percent."},
    ]
    (row,) = lint_records(records, Config(select=("T102",)))
    assert (row["record"], row["id"], row["code"]) == (1, "2", "T102")
    assert records[1]["text"][row["start"] : row["end"]] == "3,5"
    assert (row["fix_start"], row["fix_end"], row["fix"]) == (16, 17, ".")


def test_a_line_break_folded_in_a_bilingual_target_keeps_offsets_in_the_record() -> None:
    text = "Intro\r\nPrices rose by 3,5 percent."
    records = [{"id": "1", "text": text, "source": "Intro\nLes prix ont augmenté de 3,5 %."}]
    rows = [r for r in lint_records(records, Config(select=("T102",)))]
    assert [text[r["start"] : r["end"]] for r in rows] == ["3,5"]


def test_records_with_bad_fields_are_reported_not_dropped() -> None:
    records = [
        {"id": "ok", "text": "Prices rose by 3,5 percent."},
        {"text": "no id"},
        {"id": "n", "text": 12},
        {"id": "l", "text": "Fine.", "source_lang": "French!"},
        {"id": "s", "text": "Fine.", "source": ["a", "list"]},
        {"id": "", "text": "empty id"},
        {"id": True, "text": "boolean id"},
        {"id": "d", "doc_id": 1.5, "text": "Fine."},
        "not an object",
        {"id": "ok2", "text": "Prices rose by 4,5 percent."},
    ]
    rows = lint_records(records, Config(select=("T102",)))
    assert [(r["record"], r["code"]) for r in rows] == [
        (0, "T102"),
        (1, "E004"),
        (2, "E004"),
        (3, "E004"),
        (4, "E004"),
        (5, "E004"),
        (6, "E004"),
        (7, "E004"),
        (8, "E004"),
        (9, "T102"),
    ]
    messages = {r["record"]: r["message"] for r in rows if r["code"] == "E004"}
    assert messages[1] == "field 'id' is missing; record not linted"
    assert messages[2] == "field 'text' must be a string, got int; record not linted"
    assert "'source_lang'" in messages[3] and "'French!'" in messages[3]
    assert "field 'source' must be a string, got list" in messages[4]
    assert "field 'id' is empty" in messages[5]
    assert "field 'id' must be a string or an integer, got bool" in messages[6]
    assert "field 'doc_id'" in messages[7]
    assert "must be an object" in messages[8]
    assert all(r["family"] == "input" and r["severity"] == "error" for r in rows[1:9])
    assert rows[2]["id"] == "n" and rows[1]["id"] is None


def test_integer_ids_are_strings_in_the_output() -> None:
    (row,) = lint_records(
        [{"id": 7, "text": "Prices rose by 3,5 percent."}], Config(select=("T102",))
    )
    assert row["id"] == "7"


def test_a_record_source_lang_reaches_the_document_unless_an_option_says_otherwise() -> None:
    seen: list[str | None] = []

    def spy(doc: Document) -> Iterator[Hit]:
        seen.append(doc.source_lang)
        return iter(())

    records = [{"id": "1", "text": "a", "source_lang": "de"}, {"id": "2", "text": "b"}]
    with installed(Rule("T992", "test-spy", Severity.WARNING, "Other/Test", "x", spy)):
        lint_records(records, Config(select=("T992",)))
        assert seen == ["de", None]
        seen.clear()
        # One precedence for every reader: the option, then the declaration, then detection.
        lint_records(records, Config(select=("T992",), source_lang="fr"))
    assert seen == ["fr", "fr"]


def test_a_segment_that_breaks_a_rule_gets_the_internal_error_the_others_keep_theirs() -> None:
    records = [
        {"id": "a", "doc_id": "d", "text": "Quiet text."},
        {"id": "b", "doc_id": "d", "text": "A boom here."},
        {"id": "c", "doc_id": "e", "text": "Other document."},
    ]
    with installed(BREAKS):
        rows = lint_records(records, Config(select=("T993", "T102")))
    assert [(r["id"], r["code"]) for r in rows] == [("b", "E900"), ("c", "T993")]
    assert "T993" in rows[0]["message"] and "segment too loud" in rows[0]["message"]
    assert rows[0]["family"] == "input"


def breaks_on_long_documents(doc: Document) -> Iterator[Hit]:
    if doc.text.count("\n") > 1:
        raise RuntimeError("too long")
    return iter(())


def test_a_rule_that_breaks_only_on_the_whole_document_is_reported_on_its_first_record() -> None:
    rule = Rule("T994", "test-long", Severity.WARNING, "Other/Test", "x", breaks_on_long_documents)
    records = [
        {"id": "a", "doc_id": "d", "text": "One."},
        {"id": "b", "doc_id": "d", "text": "Two."},
    ]
    with installed(rule):
        rows = lint_records(records, Config(select=("T994",)))
    assert [(r["id"], r["code"], r["start"]) for r in rows] == [("a", "E900", 0)]
    assert "too long" in rows[0]["message"]


def test_a_document_that_cannot_be_built_costs_its_records_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import checker.corpus.records as batch

    real = batch._build

    def fragile(records, config):
        if any("fragile" in r.text for r in records):
            raise ValueError("cannot build")
        return real(records, config)

    monkeypatch.setattr(batch, "_build", fragile)
    records = [
        {"id": "a", "doc_id": "d", "text": "A fragile one."},
        {"id": "b", "doc_id": "d", "text": "Its neighbour."},
        {"id": "c", "text": "Prices rose by 3,5 percent."},
    ]
    rows = lint_records(records, Config(select=("T102",)))
    assert [(r["id"], r["code"]) for r in rows] == [("a", "E900"), ("b", "E900"), ("c", "T102")]
    assert "ValueError: cannot build" in rows[0]["message"]


def test_output_is_sorted_by_record_then_offset_and_repeatable() -> None:
    records = [
        {"id": str(i), "doc_id": str(i % 3), "text": f"Item {i} costs 3,{i} euros , really ?"}
        for i in range(9)
    ]
    first = lint_records(records, Config(select=("T",)))
    assert first == lint_records(records, Config(select=("T",)))
    order = [(r["record"], r["start"]) for r in first]
    assert order == sorted(order)
    assert {r["record"] for r in first} == set(range(9))


def test_empty_input_gives_no_findings() -> None:
    assert lint_records([]) == []
