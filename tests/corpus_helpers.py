"""Shared by the corpus tests (``tests/corpus/``): records, their files, and row keys.

The reference of every corpus test is ``mtlint check`` on a file holding the same document:
one record per line, so a check finding at line n, column c is the row of record n at c - 1.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from checker import engine
from checker.config import Config
from checker.document import Document
from checker.registry import RULES, load_rules
from checker.runner import lint_file
from checker.types import Finding, Hit, Rule, Severity

Key = tuple[str, str, int, int, str, str]


def check_keys(findings: Iterable[Finding], ids: Sequence[str], texts: Sequence[str]) -> set[Key]:
    """``mtlint check`` findings of a one-record-per-line file, as (id, code, span, ...)."""
    keys = set()
    for f in findings:
        index = f.line - 1
        start = f.column - 1
        end = f.end_column - 1 if f.end_line == f.line else len(texts[index])
        keys.add(
            (ids[index], f.code, start, min(end, len(texts[index])), f.severity.label, f.message)
        )
    return keys


def row_keys(rows: Iterable[dict]) -> set[Key]:
    return {(r["id"], r["code"], r["start"], r["end"], r["severity"], r["message"]) for r in rows}


def breaks_on_boom(doc: Document) -> Iterator[Hit]:
    if "boom" in doc.text:
        raise RuntimeError("segment too loud")
    yield Hit(0, 1)


class installed:
    """Register test rules for the duration of a ``with`` block."""

    def __init__(self, *rules: Rule) -> None:
        self.rules = rules

    def __enter__(self) -> None:
        load_rules()
        for r in self.rules:
            RULES[r.code] = r
        engine._rules_for.cache_clear()

    def __exit__(self, *exc: object) -> None:
        for r in self.rules:
            RULES.pop(r.code, None)
        engine._rules_for.cache_clear()


BREAKS = Rule("T993", "test-breaks", Severity.WARNING, "Other/Test", "hit", breaks_on_boom)


CLEAN = [
    "The minister said the talks would resume on Monday.",
    "Workers gathered outside the plant before dawn.",
    "The company reported higher profits this quarter.",
    "Officials declined to comment on the report.",
    "The river flooded several villages last spring.",
    "Prices rose sharply after the announcement.",
]
FLAWED = [
    "The price was 3,5 euros per litre.",
    "Is it really true ?",
    "He said « we will stay until the end ».",
    "Selon lui, the army was ready to leave.",
    "Kim Jong-un visited the plant on Tuesday.",
    "Kim Jong Un praised the workers for their effort.",
    "Production fell by 12 % last year.",
    "“It is over,” he said. “We are going home.",
]
PAIRS = [
    ("Il y a environ 11 000 soldats en Russie.", "There are about 1,000 soldiers in Russia."),
    ("Le pays n’a pas répondu aux questions.", "Le pays n’a pas répondu aux questions."),
    ("Selon Kang Dong-wan, la Corée du Nord a menti.", "According to him, North Korea lied."),
    ("Le ministre est arrivé lundi.", "The minister arrived on Monday."),
]


def generate(seed: int = 7, documents: int = 40) -> list[dict]:
    """A corpus of monolingual and bilingual documents, some single segments without doc_id."""
    rng = random.Random(seed)
    records: list[dict] = []
    for number in range(documents):
        kind = rng.choice(["text", "text", "text", "pairs", "single"])
        if kind == "single":
            records.append({"id": f"single-{number}", "text": rng.choice(CLEAN + FLAWED)})
            continue
        for index in range(rng.randint(2, 7)):
            record = {"id": f"d{number}-{index}", "doc_id": f"d{number}"}
            if kind == "pairs":
                source, target = rng.choice(PAIRS)
                record.update(text=target, source=source)
            else:
                record["text"] = rng.choice(CLEAN + FLAWED)
            records.append(record)
    # One document whose records are not adjacent: others come between them.
    records.insert(3, {"id": "late-0", "doc_id": "late", "text": FLAWED[4]})
    records.insert(20, {"id": "late-1", "doc_id": "late", "text": FLAWED[5]})
    return records


def expected_by_check(records: list[dict], folder: Path) -> set:
    """What ``mtlint check`` reports on one file per document, keyed like the corpus rows."""
    documents: dict[str, list[dict]] = {}
    for record in records:
        documents.setdefault(record.get("doc_id") or record["id"], []).append(record)
    keys: set = set()
    for name, members in documents.items():
        ids = [r["id"] for r in members]
        texts = [r["text"] for r in members]
        if "source" in members[0]:
            path = folder / f"{name}.tsv"
            lines = [f"{r['source']}\t{r['text']}" for r in members]
        else:
            path = folder / f"{name}.txt"
            lines = texts
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        keys |= check_keys(lint_file(str(path), Config()).findings, ids, texts)
    return keys


def write_jsonl(path: Path, records: list) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(record if isinstance(record, str) else json.dumps(record, ensure_ascii=False))
            out.write("\n")
    return path


def write_parquet(path: Path, records: list[dict]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = ["id", "doc_id", "text", "source"]
    columns = {n: [r.get(n) for r in records] for n in names}
    pq.write_table(pa.table(columns), path, row_group_size=17)
    return path


def write_tsv(path: Path, records: list[dict]) -> Path:
    lines = ["id\tdoc_id\ttext\tsource"]
    lines += [
        "\t".join([r["id"], r.get("doc_id") or "", r["text"], r.get("source") or ""])
        for r in records
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
