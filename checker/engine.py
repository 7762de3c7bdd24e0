"""The engine: run the selected rules on a Document and turn their Hits into Findings.

It alone knows about selection, per-file ignores, suppression comments, the severity
threshold, offsets → line/column and the order of the report. A rule that raises does not
crash the run: it becomes an ``E900`` finding naming the rule.

A very long document (a corpus dump rather than an article) is linted in blocks of about
``BLOCK_CHARS``, so memory stays bounded whatever the file's size: the analyses of one block
are freed before the next is built. Blocks are cut at paragraph breaks or sentence ends and
never inside a quotation (see :func:`block_bounds`), so a single line of megabytes gets no
findings at the cuts. Rules that look across a document (one name spelt two ways) then see
one block at a time, but a document-level rule, reported once per document, gathers what
each block shows and is judged once on them all (see :func:`per_document`). With ``jobs``
above one the blocks are shared out to forked processes; the findings are gathered in
block order, so the report is the same byte for byte as with one process.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from checker.config import Config
from checker.document import Document
from checker.patterns import lazy
from checker.registry import RULES, load_rules, selected_rules
from checker.rules.input import INTERNAL_ERROR
from checker.text.excerpt import excerpt as text_excerpt
from checker.types import Finding, Fix, Hit, Rule

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
    """The excerpt of a finding over ``[start, end)`` (:func:`checker.text.excerpt.excerpt`)."""
    return text_excerpt(doc.text, start, end, doc.line_starts)


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
    return make_finding(doc, meta, hit)._replace(failed_rule=rule.code)


def _shifted(hit: Hit, offset: int) -> Hit:
    fix = hit.fix
    if fix is not None:
        fix = Fix(fix.start + offset, fix.end + offset, fix.replacement)
    return hit._replace(start=hit.start + offset, end=hit.end + offset, fix=fix)


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


# Where one sentence ends and the next begins: after its final mark (and any closing quotes
# or brackets) and the spaces that follow, before a capital, a digit or an opening mark.
_SENTENCE_BREAK = lazy(r"[.!?…][\"'”’»)\]]*[ \t]+(?=[\"“‘«(\[]?[A-Z0-9])")


def block_bounds(text: str, size: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into blocks of at most ``size`` characters, outside every quotation.

    Each cut falls in the second half of a block, at the last place there of the first kind
    found: after a blank line, at a sentence end, after a line break, after a space. A place
    inside a quotation is never taken when another is (a quotation cut in two would be
    reported as one mark left open and one that closes nothing); nor is one after an
    opening mark left open there, so that mark goes to the next block, whose end may close
    it. Only when every place is inside a quotation (one longer than half a block) does the
    cut fall inside one; a run of ``size`` characters without a space is cut at ``size``.
    """
    bounds = []
    start = 0
    while len(text) - start > size:
        low, limit = start + size // 2, start + size
        cut = _cut(text, low, limit, _Quotations(text, start, low, limit))
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


class _Quotations:
    """The quotations of ``text[start:limit]``: where a cut would split one.

    A quotation that closes in the window must not be cut. An opening mark left open there
    (a typo, or a quotation that closes after the window) is best kept whole too, from the
    mark to the end of its line (where its paragraph's quotations end), or to the window's
    end when the next paragraph continues it. ``tiers`` are the spans to avoid, from the
    most careful: every quotation and open mark; those but open marks before ``low`` (the
    cut cannot go before them); only the quotations that close.
    """

    def __init__(self, text: str, start: int, low: int, limit: int) -> None:
        from checker.analysis.quotes import analyze_text

        analysis = analyze_text(text[start:limit])
        pairs = [(p.opening.start + start, p.closing.end + start) for p in analysis.pairs]
        opened = [
            (m.start + start, _line_end(text, m.start + start, limit)) for m in analysis.unclosed
        ]
        opened += [(m.start + start, limit + 1) for m in analysis.continued]
        late = [span for span in opened if span[0] >= low]
        self.tiers = [_outermost(pairs + opened), _outermost(pairs + late), _outermost(pairs)]


def _line_end(text: str, position: int, limit: int) -> int:
    """Where the line holding ``position`` ends; past ``limit`` when it goes on beyond."""
    end = text.find("\n", position, limit)
    return limit + 1 if end < 0 else end


def _outermost(spans: list[tuple[int, int]]) -> list[list[int]]:
    """The union of ``spans`` as sorted, disjoint ``[start, end]`` lists."""
    merged: list[list[int]] = []
    for opening, closing in sorted(spans):
        if merged and opening < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], closing)
        else:
            merged.append([opening, closing])
    return merged


def _cut(text: str, low: int, limit: int, quotations: _Quotations) -> int:
    """The place to cut ``text[low:limit]``: kind by kind (blank line, sentence end, line
    break, space), each from the last to the first, the first place that splits no span of
    the most careful tier that has one; with none, the first place of all (the last tier,
    empty, splits nothing); with no place at all, ``limit``. A place inside a span is
    skipped with all the places of its kind up to the span's start at once, so the cost
    follows the number of spans, not of spaces."""
    sentence_ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, low, limit)]
    for spans in (*quotations.tiers, []):
        starts = [span[0] for span in spans]
        for separator in ("\n\n", None, "\n", " "):
            if separator is None:
                for cut in reversed(sentence_ends):
                    if not _inside(spans, starts, cut):
                        return cut
                continue
            end = limit
            while (found := text.rfind(separator, low, end)) >= 0:
                cut = found + len(separator)
                index = _inside(spans, starts, cut)
                if not index:
                    return cut
                # Every place of this kind after the span's start splits it too.
                end = min(found + len(separator) - 1, spans[index - 1][0])
    return limit


def _inside(spans: list[list[int]], starts: list[int], cut: int) -> int:
    """1 + the index of the span of ``spans`` that cutting at ``cut`` would split, else 0."""
    index = bisect.bisect_left(starts, cut) - 1
    return index + 1 if index >= 0 and cut < spans[index][1] else 0


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


def per_document(rule: Rule):
    """``(gather, judge)`` of a document-level rule, None for any other rule.

    A rule that judges the document as a whole (quote styles mixed in it, a document not in
    English) and reports once per document sets ``per_document`` on its check function:
    ``gather(doc)`` returns what one block shows (small, picklable), ``judge(parts)`` turns
    the ``(start, end, gathered)`` of every block, in order, into the document's hits. Its
    check is ``judge`` over the one whole-document part, so both ways agree.
    """
    return getattr(rule.check, "per_document", None)


def _lint_blocks(doc: Document, rules: tuple[Rule, ...], jobs: int) -> list[Finding]:
    """The findings of every block of ``doc``, in block order, using up to ``jobs`` processes.

    The other processes are forked (:mod:`checker.forked`): they read the document from
    this one's memory, and only their findings come back. Document-level rules gather what
    each block shows, and are judged once on all the blocks at the end.
    """
    from checker.forked import map_in_forks

    local = tuple(r for r in rules if per_document(r) is None)
    whole = tuple(r for r in rules if per_document(r) is not None)

    def lint_block(bounds: tuple[int, int]) -> tuple[list[Finding], list[Any]]:
        start, end = bounds
        block = _block(doc, start, end)
        findings = run_rules(block, local, doc, start)
        gathered = []
        for rule in whole:
            try:
                gathered.append(per_document(rule)[0](block))
            except Exception as error:  # as in run_rules: the rule fails, the run goes on
                findings.append(internal_error(doc, rule, error))
                gathered.append(_FAILED)
        return findings, gathered

    # the analysis text, so masked code is no place to cut; BLOCK_CHARS is read at call
    # time: tests shrink it
    bounds = block_bounds(doc.analysis_text, BLOCK_CHARS)
    parts = map_in_forks(lint_block, bounds, jobs)
    findings = [finding for part, _ in parts for finding in part]
    for index, rule in enumerate(whole):
        gathered = [(s, e, facts[index]) for (s, e), (_, facts) in zip(bounds, parts, strict=True)]
        if any(facts == _FAILED for _, _, facts in gathered):
            continue  # already reported as E900
        try:
            findings.extend(make_finding(doc, rule, hit) for hit in per_document(rule)[1](gathered))
        except Exception as error:
            findings.append(internal_error(doc, rule, error))
    return findings


_FAILED = "failed"  # what a block gathered when the rule raised (a str: it crosses a pipe)


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
