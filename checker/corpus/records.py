"""Lint a batch of segment records and return findings as plain records (rows).

The library entry point for corpus-scale work (``mtlint corpus`` runs it on every Dask
partition): the same readers' Documents and the same engine as ``mtlint check``. The files
records come from are read by :mod:`checker.formats.records`.

A record is a mapping with ``id`` and ``text``, and optionally ``doc_id``, ``source``,
``reference`` and ``source_lang``. Records sharing a ``doc_id`` are ONE document, their texts
joined one per line in the order given, so document-level rules (name variants, pronouns
across sentences) see the whole document: exactly what ``mtlint check`` sees on a file holding
those lines. A document with a ``source`` or ``reference`` on any record is bilingual, built by
the same function as the TSV reader's. Each finding is mapped back to its record: its id and
its span within that record's text.

A record that cannot be linted (no id, no text, a field of the wrong type) is reported as an
``E004`` finding, never dropped; a document whose linting fails outright gets an ``E900``
finding on each of its records. Output order: record position, then offsets.

A row (:data:`COLUMNS`) takes what it says of a finding (code, name, family, severity,
category, message, excerpt, the fix's replacement) from :meth:`~checker.types.Finding.to_dict`,
the shape of ``mtlint check --format json``, and places it in its record: ``record`` (its
position), ``input`` and ``line`` (where the record was read), ``id``, ``doc_id``, and
``start``/``end`` and the fix's ``fix_start``/``fix_end`` as offsets in the record's text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from checker.config import Config, ConfigError
from checker.document import Document
from checker.engine import input_finding, lint
from checker.formats.records import FIELDS
from checker.rules.input import BAD_RECORD, INTERNAL_ERROR
from checker.types import Finding, Fix, Hit

# The columns of every finding record, in order (the Parquet / JSON Lines schema).
COLUMNS = (
    "record",
    "input",
    "line",
    "id",
    "doc_id",
    "code",
    "name",
    "family",
    "severity",
    "category",
    "message",
    "start",
    "end",
    "excerpt",
    "fix",
    "fix_start",
    "fix_end",
)


@dataclass(frozen=True, slots=True)
class Numbered:
    """A record with its place: ``position`` orders the output; ``input``/``line`` locate it.

    ``problem`` says why a reader could not even make a record of its line (bad JSON...).
    """

    position: int
    record: Any
    input: str | None = None
    line: int | None = None
    problem: str | None = None


@dataclass(slots=True)
class _Valid:
    """A record whose fields are usable, normalised."""

    item: Numbered
    id: str
    text: str
    doc_id: str | None
    source: str | None
    reference: str | None
    source_lang: str | None


@dataclass(slots=True)
class _Group:
    """The records of one document, in input order."""

    records: list[_Valid] = field(default_factory=list)


def lint_records(records: Iterable[Mapping[str, Any]], config: Config | None = None) -> list[dict]:
    """The findings of ``records`` as plain dicts (see :data:`COLUMNS`), in record order.

    ``record`` in each finding is the position of its record in ``records``.
    """
    return lint_numbered((Numbered(i, r) for i, r in enumerate(records)), config)


def lint_numbered(items: Iterable[Numbered], config: Config | None = None) -> list[dict]:
    """Like :func:`lint_records`, for records that carry their own position and origin."""
    config = config or Config()
    rows: list[dict] = []
    groups: dict[str, _Group] = {}
    order: list[_Group] = []
    for item in items:
        valid = _validate(item, config)
        if isinstance(valid, str):
            rows.append(_bad_record_row(item, valid))
            continue
        if valid.doc_id is None:
            order.append(_Group([valid]))
            continue
        group = groups.get(valid.doc_id)
        if group is None:
            group = groups[valid.doc_id] = _Group()
            order.append(group)
        group.records.append(valid)
    for group in order:
        rows.extend(_lint_group(group.records, config))
    rows.sort(key=_row_order)
    return rows


def _row_order(row: dict) -> tuple:
    return (row["record"], row["start"], row["code"], row["end"], row["message"])


# Validation ---------------------------------------------------------------------------------


def _validate(item: Numbered, config: Config) -> _Valid | str:
    """The record's normalised fields, or why it cannot be linted."""
    record = item.record
    if item.problem is not None:
        return item.problem
    if not isinstance(record, Mapping):
        return f"a record must be an object with 'id' and 'text', got {_kind(record)}"
    problems = []
    record_id = as_identifier(record.get("id"))
    if record_id is None:
        problems.append(_field_problem("id", record.get("id"), "a string or an integer"))
    text = record.get("text")
    if not isinstance(text, str):
        problems.append(_field_problem("text", text, "a string"))
    raw_doc_id = record.get("doc_id")
    doc_id = None if raw_doc_id is None else as_identifier(raw_doc_id)
    if raw_doc_id is not None and doc_id is None:
        problems.append(_field_problem("doc_id", raw_doc_id, "a string or an integer"))
    for name in ("source", "reference"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            problems.append(_field_problem(name, value, "a string"))
    source_lang = record.get("source_lang")
    if source_lang is not None and source_lang != "":
        source_lang = _language(source_lang)
        if source_lang is None:
            problems.append(
                f"field 'source_lang' must be an ISO 639-1 code such as 'fr', "
                f"got {record.get('source_lang')!r}"
            )
    else:
        source_lang = None
    if problems:
        return "; ".join(problems)
    return _Valid(
        item=item,
        id=record_id,  # type: ignore[arg-type]
        text=text,  # type: ignore[arg-type]
        doc_id=doc_id,
        source=record.get("source"),
        reference=record.get("reference"),
        source_lang=source_lang,
    )


def as_identifier(value: Any) -> str | None:
    """An ``id`` or ``doc_id`` as a string: a non-empty string, or an integer; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _field_problem(name: str, value: Any, expected: str) -> str:
    if value is None:
        return f"field {name!r} is missing"
    if isinstance(value, str):
        return f"field {name!r} is empty"
    return f"field {name!r} must be {expected}, got {_kind(value)}"


@lru_cache(maxsize=256)
def _language_cached(value: str) -> str | None:
    try:
        return Config().merged({"source_lang": value}).source_lang
    except ConfigError:
        return None


def _language(value: Any) -> str | None:
    return _language_cached(value) if isinstance(value, str) else None


def _bad_record_row(item: Numbered, reason: str) -> dict:
    record = item.record if isinstance(item.record, Mapping) else {}
    return _not_linted_row(
        item,
        as_identifier(record.get("id")),
        as_identifier(record.get("doc_id")),
        BAD_RECORD,
        reason,
    )


def _not_linted_row(
    item: Numbered, record_id: str | None, doc_id: str | None, code: str, reason: str
) -> dict:
    """The row of an ``E`` finding (``code``) at the start of a record that was not linted."""
    path = item.input or "<records>"
    finding = input_finding(path, code, Hit(0, 0, message=f"{reason}; record not linted"))
    return _row(item, record_id, doc_id, finding)


# Documents ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Placed:
    """Where each record's text sits in the document: ``starts[i]`` and ``texts[i]``."""

    starts: list[int]
    records: list[_Valid]
    # For bilingual documents: the folded (one-line) offsets of "\r\n" in each record's text.
    folded_breaks: list[list[int]] | None = None


def _lint_group(records: list[_Valid], config: Config) -> list[dict]:
    """The finding rows of one document; a failure costs this document, not the batch."""
    try:
        document, placed = _build(records, config)
        if document is None:
            return []
        findings = lint(document, config)
        findings = _blame_failing_records(findings, placed, config)
        return [row for f in findings if (row := _map(f, placed)) is not None]
    except Exception as error:  # a bug must cost one document, never the partition
        return [_internal_error_row(r, error) for r in records]


def _path(records: Sequence[_Valid]) -> str:
    first = records[0]
    return first.doc_id if first.doc_id is not None else first.id


def _source_lang(records: Sequence[_Valid]) -> str | None:
    """What the records declare (the first that does); the readers resolve it against the
    configuration (:func:`checker.formats.resolve_source_lang`)."""
    return next((r.source_lang for r in records if r.source_lang), None)


def _build(records: list[_Valid], config: Config) -> tuple[Document | None, _Placed]:
    """The Document of ``records``: bilingual when any has a source or reference."""
    if any(r.source is not None or r.reference is not None for r in records):
        return _bilingual(records, config)
    from checker.formats import plain_document

    starts = []
    offset = 0
    for record in records:
        starts.append(offset)
        offset += len(record.text) + 1
    text = "\n".join(r.text for r in records) + "\n"
    document = plain_document(text, _path(records), config, _source_lang(records))
    return document, _Placed(starts, records)


def _bilingual(records: list[_Valid], config: Config) -> tuple[Document | None, _Placed]:
    from checker.formats.bilingual import Unit, build_document

    units = [
        Unit(
            target=r.text,
            source=r.source,
            line=index + 1,
            key=str(index),
            reference=r.reference,
        )
        for index, r in enumerate(records)
    ]
    documents = build_document(units, _path(records), config, "tsv", _source_lang(records))
    if not documents:
        return None, _Placed([], [])
    document = documents[0]
    kept = [records[int(segment.key)] for segment in document.segments]
    starts = [segment.start for segment in document.segments]
    breaks = [_crlf_positions(r.text) for r in kept]
    return document, _Placed(starts, kept, breaks)


def _crlf_positions(text: str) -> list[int]:
    """Offsets, in the folded text, just after each ``\\r\\n`` folded to one space."""
    positions = []
    index = text.find("\r\n")
    while index >= 0:
        positions.append(index - len(positions) + 1)
        index = text.find("\r\n", index + 2)
    return positions


def _unfold(offset: int, breaks: list[int]) -> int:
    return offset + bisect.bisect_right(breaks, offset)


# Findings → rows ----------------------------------------------------------------------------


def _record_at(placed: _Placed, offset: int) -> int:
    return max(0, bisect.bisect_right(placed.starts, offset) - 1)


def _map(finding: Finding, placed: _Placed) -> dict | None:
    """The row of ``finding``, its offsets made relative to the record holding its start."""
    if not placed.records:
        return None
    index = _record_at(placed, finding.start)
    record = placed.records[index]
    base = placed.starts[index]
    length = len(record.text)
    breaks = placed.folded_breaks[index] if placed.folded_breaks else []

    def local(offset: int) -> int:
        return min(length, _unfold(max(0, offset - base), breaks))

    start = local(finding.start)
    end = max(start, local(finding.end))
    fix = finding.fix
    if fix is not None:
        if base <= fix.start <= fix.end <= base + length:
            fix = Fix(local(fix.start), local(fix.end), fix.replacement)
        else:
            fix = None  # a fix reaching into another record cannot be applied to this one
    placed_finding = finding._replace(start=start, end=end, fix=fix)
    return _row(record.item, record.id, record.doc_id, placed_finding)


def _row(item: Numbered, record_id: str | None, doc_id: str | None, finding: Finding) -> dict:
    """The row of ``finding``, whose offsets (``start``, ``end``, its fix's) are the record's.

    Built from :meth:`Finding.to_dict`, so a row says what the JSON report says.
    """
    shared = finding.to_dict()
    fix = shared["fix"] or {}
    values = {
        **shared,
        "record": item.position,
        "input": item.input,
        "line": item.line,  # the record's line in its input, not the finding's
        "id": record_id,
        "doc_id": doc_id,
        "start": finding.start,
        "end": finding.end,
        "fix": fix.get("replacement"),
        "fix_start": fix.get("start"),
        "fix_end": fix.get("end"),
    }
    return {column: values[column] for column in COLUMNS}


def _internal_error_row(record: _Valid, error: BaseException) -> dict:
    reason = f"internal error: {type(error).__name__}: {error}"
    return _not_linted_row(record.item, record.id, record.doc_id, INTERNAL_ERROR, reason)


def _blame_failing_records(
    findings: list[Finding], placed: _Placed, config: Config
) -> list[Finding]:
    """Move each ``E900`` of a many-record document onto the records that make the rule fail.

    The engine reports a failing rule at the document's start. Running that one rule on each
    record alone (only when it failed) finds the segments that break it; when none fails
    alone, the finding stays on the first record.
    """
    failures = [f for f in findings if f.code == INTERNAL_ERROR]
    if not failures or len(placed.records) < 2:
        return findings
    kept = [f for f in findings if f.code != INTERNAL_ERROR]
    for failure in failures:
        blamed = []
        if failure.failed_rule is not None:
            alone = config._replace(select=(failure.failed_rule,), ignore=(), per_file_ignores=())
            blamed = [
                index
                for index, record in enumerate(placed.records)
                if any(f.code == INTERNAL_ERROR for f in _lint_alone(record, alone))
            ]
        for index in blamed or [0]:
            at = placed.starts[index]
            kept.append(failure._replace(start=at, end=at, fix=None))
    return kept


def _lint_alone(record: _Valid, config: Config) -> list[Finding]:
    document, _ = _build([replace(record, doc_id=None)], config)
    return lint(document, config) if document is not None else []


__all__ = ["COLUMNS", "FIELDS", "Numbered", "as_identifier", "lint_numbered", "lint_records"]
