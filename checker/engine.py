"""The engine: run the selected rules on a Document and turn their Hits into Findings.

It alone knows about selection, per-file ignores, suppression comments, the severity
threshold, offsets → line/column and the order of the report. A rule that raises does not
crash the run: it becomes an ``E900`` finding naming the rule.

A very long document (a corpus dump rather than an article) is linted in blocks of about
``BLOCK_CHARS`` cut at paragraph breaks, so memory stays bounded whatever the file's size:
the analyses of one block are freed before the next is built. Document-wide rules (one name
spelt two ways, quote styles mixed) then see one block at a time. With ``jobs`` above one the
blocks are shared out to forked processes; the findings are gathered in block order, so the
report is the same byte for byte as with one process.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from functools import lru_cache

from checker.config import Config
from checker.document import Document
from checker.registry import RULES, load_rules, selected_rules
from checker.types import Finding, Fix, Hit, Rule

EXCERPT_WIDTH = 120
INTERNAL_ERROR = "E900"
BLOCK_CHARS = 256 * 1024


@lru_cache(maxsize=64)
def _rules_for(select: tuple[str, ...], ignore: tuple[str, ...]) -> tuple[Rule, ...]:
    return tuple(selected_rules(select, ignore))


def rules_for(config: Config, path: str = "", bilingual: bool = True) -> tuple[Rule, ...]:
    """The rules that run on ``path`` under ``config``.

    A per-file ignore always wins over ``select``: it names codes never wanted in those files.
    Without ``bilingual`` (a document with no aligned source) the bilingual family, which
    finds nothing there, is left out unless a code of it is selected: its module is not
    even imported (a cold start saves its imports, ``decimal`` and ``statistics``).
    """
    ignore = tuple(config.ignore) if bilingual else (*config.ignore, "B")
    rules = _rules_for(tuple(config.select), ignore)
    dropped = config.per_file_ignored(path)
    if not dropped:
        return rules
    return tuple(r for r in rules if not any(r.code.startswith(p) for p in dropped))


def excerpt(doc: Document, start: int, end: int) -> str:
    """The line holding the span, or a window of it around the span when the line is long."""
    line = doc.line_text(start)
    if len(line) <= EXCERPT_WIDTH:
        return line
    _, column = doc.line_col(start)
    span = min(end - start, EXCERPT_WIDTH)
    left = max(0, column - 1 - (EXCERPT_WIDTH - span) // 2)
    return line[left : left + EXCERPT_WIDTH]


def make_finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    """Place ``hit`` in the document and render its message."""
    length = len(doc.text)
    start = max(0, min(hit.start, length))
    end = max(start, min(hit.end, length))
    line, column = doc.line_col(start)
    end_line, end_column = doc.line_col(end)
    return Finding(
        path=doc.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        code=rule.code,
        name=rule.name,
        family=rule.family,
        severity=hit.severity or rule.severity,
        category=rule.category,
        message=hit.message or rule.render(hit.detail),
        excerpt=excerpt(doc, start, end),
        fix=hit.fix,
        start=start,
        end=end,
    )


def input_finding(path: str, code: str, hit: Hit) -> Finding:
    """An ``E`` finding (``code``) at line 1, column 1 of ``path``: input that was not linted."""
    load_rules("E")
    return make_finding(Document(text="", path=path), RULES[code], hit)


def internal_error(doc: Document, rule: Rule, error: BaseException) -> Finding:
    load_rules("E")
    meta = RULES[INTERNAL_ERROR]
    hit = Hit(
        0, 0, message=f"rule {rule.code} ({rule.name}) failed: {type(error).__name__}: {error}"
    )
    return dataclasses.replace(make_finding(doc, meta, hit), failed_rule=rule.code)


def _shifted(hit: Hit, offset: int) -> Hit:
    fix = hit.fix
    if fix is not None:
        fix = Fix(fix.start + offset, fix.end + offset, fix.replacement)
    return dataclasses.replace(hit, start=hit.start + offset, end=hit.end + offset, fix=fix)


def run_rules(
    doc: Document, rules: Iterable[Rule], placed_in: Document | None = None, offset: int = 0
) -> list[Finding]:
    """Every finding of ``rules`` on ``doc``, unfiltered and unsorted.

    When ``doc`` is a block of a larger document, ``placed_in`` is that document and
    ``offset`` where the block starts in it: findings are placed in the whole document.
    """
    target = placed_in or doc
    findings = []
    for rule in rules:
        try:
            for hit in rule.check(doc):
                findings.append(
                    make_finding(target, rule, _shifted(hit, offset) if offset else hit)
                )
        except Exception as error:  # a broken rule must not lose the other findings
            findings.append(internal_error(target, rule, error))
    return findings


def block_bounds(text: str, size: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into blocks of at most ``size`` characters at paragraph breaks.

    Each cut falls in the second half of a block: after a blank line if there is one, else
    after a line break, else after a space, else at ``size`` (a line with no space at all).
    """
    bounds = []
    start = 0
    while len(text) - start > size:
        low, limit = start + size // 2, start + size
        for separator in ("\n\n", "\n", " "):
            cut = text.rfind(separator, low, limit)
            if cut >= 0:
                cut += len(separator)
                break
        else:
            cut = limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _block(doc: Document, start: int, end: int) -> Document:
    masked = tuple(
        (max(s, start) - start, min(e, end) - start) for s, e in doc.masked if s < end and e > start
    )
    return Document(
        text=doc.text[start:end],
        path=doc.path,
        masked=masked,
        source_lang=doc.source_lang,
        format=doc.format,
        config=doc.config,
    )


def _lint_blocks(doc: Document, rules: tuple[Rule, ...], jobs: int) -> list[Finding]:
    """The findings of every block of ``doc``, in block order, using up to ``jobs`` processes.

    The other processes are forked (:mod:`checker.forked`): they read the document from
    this one's memory, and only their findings come back.
    """
    from checker.forked import map_in_forks

    def lint_block(bounds: tuple[int, int]) -> list[Finding]:
        start, end = bounds
        return run_rules(_block(doc, start, end), rules, doc, start)

    bounds = block_bounds(doc.text, BLOCK_CHARS)  # read at call time: tests shrink it
    parts = map_in_forks(lint_block, bounds, jobs)
    return [finding for part in parts for finding in part]


def lint(doc: Document, config: Config | None = None, jobs: int = 1) -> list[Finding]:
    """The sorted findings of the rules ``config`` selects on ``doc``.

    ``jobs`` above one lets a document long enough to be cut into blocks use that many
    processes (same findings, less wall time).
    """
    config = config or doc.config or Config()
    doc.config = config
    rules = rules_for(config, doc.path, bilingual=bool(doc.segments))
    if len(doc.text) <= BLOCK_CHARS or doc.segments or doc.line_map is not None:
        findings = run_rules(doc, rules)
    else:
        findings = _lint_blocks(doc, rules, jobs)
    if "mtlint:" in doc.text:
        from checker.suppress import apply_comments

        findings = apply_comments(doc, findings)
    threshold = config.min_severity
    findings = [f for f in findings if f.severity >= threshold or f.family == "input"]
    # dict.fromkeys, not set: duplicates go, and ties keep rule order whatever the hash seed.
    return sorted(dict.fromkeys(findings), key=lambda f: f.sort_key)
