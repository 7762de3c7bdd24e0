"""A self-contained HTML page: each file's text with every finding highlighted in place.

One file, no network: the CSS and the script (``assets/``) are inline, nothing is loaded.

- A plain text file is shown as written; a Markdown file rendered (:mod:`.markdown`) with
  its highlights kept in place; a bilingual file (PO, XLIFF, TMX, TSV, a ``--source``
  pair) as a table of segments, each source beside its target, findings in the target.
- Each finding is highlighted (:mod:`.marks`), coloured by family, underlined by severity;
  one-character findings get a visible marker. Hovering over or focusing a highlight opens
  the page's one tooltip, listing every finding of that passage apart, each with its
  message, its suggested fix and a link to the rule's explanation.
- Under each file, its findings are listed (``d-N``, linking to the highlight ``f-N``);
  at the end of the page, the ``mtlint explain`` text of every rule reported.
- A summary table counts findings by family and rule; checkboxes filter by family and
  every count on the page follows them; ``j``/``k`` (or ``n``/``p``) move to the next or
  previous finding.

Everything from the files and the messages is escaped.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TextIO

from checker import __version__
from checker.reporters import Report
from checker.reporters.html.marks import Span, esc, render_plain
from checker.reporters.html.view import BilingualView
from checker.types import FAMILIES, Finding, Fix

__all__ = ["COLOURS", "BilingualView", "emit", "render", "render_text"]

FAMILY_ORDER = list(FAMILIES.values())
COLOURS = {
    "language": "#f4a3a3",
    "quotes": "#a8c8f8",
    "typography": "#b5e3a1",
    "pronoun": "#e3b5f0",
    "name": "#f8d48a",
    "bilingual": "#9fe0d9",
    "input": "#d0d0d0",
}
MARKDOWN_SUFFIXES = (".md", ".markdown")
ASSETS = Path(__file__).resolve().parent / "assets"


@cache
def asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def render_text(text: str, spans: Sequence[tuple[int, Finding]]) -> str:
    """``text`` escaped, with each of the ``(index, finding)`` spans highlighted."""
    findings = dict(spans)
    return render_plain(text, [(i, f.start, f.end) for i, f in spans], findings)


def _families(findings: Sequence[Finding]) -> list[str]:
    present = {f.family for f in findings}
    return [family for family in FAMILY_ORDER if family in present]


def _summary_table(findings: Sequence[Finding]) -> str:
    by_rule = Counter((f.family, f.code, f.name, f.severity) for f in findings)
    by_family = Counter(f.family for f in findings)
    rows = []
    for family in _families(findings):
        rules = sorted((k, n) for k, n in by_rule.items() if k[0] == family)
        rows.append(
            f'<tr class="family-row" data-family="{esc(family)}">'
            f'<th scope="rowgroup" colspan="4"><span class="swatch" data-family="{esc(family)}">'
            f"</span>{esc(family)}</th><td>{by_family[family]}</td></tr>"
        )
        for (_, code, name, severity), count in rules:
            rows.append(
                f'<tr data-family="{esc(family)}"><td></td><td><a href="#rule-{esc(code)}">'
                f"<code>{esc(code)}</code></a></td><td>{esc(name)}</td>"
                f"<td>{esc(severity.label)}</td><td>{count}</td></tr>"
            )
    if not rows:
        rows.append('<tr><td colspan="5">No findings.</td></tr>')
    return (
        '<table class="summary"><caption>Findings by family and rule</caption>'
        '<thead><tr><th scope="col">Family</th><th scope="col">Rule</th>'
        '<th scope="col">Name</th><th scope="col">Severity</th><th scope="col">Findings</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _filter(findings: Sequence[Finding]) -> str:
    counts = Counter(f.family for f in findings)
    boxes = "".join(
        f'<label><input type="checkbox" checked data-family="{esc(family)}"> '
        f'<span class="swatch" data-family="{esc(family)}"></span>{esc(family)} '
        f"({counts[family]})</label>"
        for family in _families(findings)
    )
    if not boxes:
        return ""
    return f'<fieldset class="filter"><legend>Show families</legend>{boxes}</fieldset>'


# Spaces in a suggestion are shown, or "delete  " would say nothing.
_VISIBLE_SPACES = str.maketrans({" ": "␣", "\u00a0": "⍽", "\u202f": "⍽", "\t": "⇥"})


def _suggestion(fix: Fix | None, text: str | None) -> str:
    """The fix as a suggestion: what goes (struck out), what comes instead."""
    if fix is None:
        return ""
    old = esc((text[fix.start : fix.end] if text is not None else "").translate(_VISIBLE_SPACES))
    new = esc(fix.replacement.translate(_VISIBLE_SPACES))
    if old and new:
        change = f"<del>{old}</del> → <ins>{new}</ins>"
    elif old:
        change = f"delete <del>{old}</del>"
    elif new:
        change = f"insert <ins>{new}</ins>"
    else:
        return ""
    return f'<div class="fix"><span class="label">Suggested fix</span> {change}</div>'


def _finding_item(index: int, finding: Finding, shown: bool, suggestion: str) -> str:
    place = f"{finding.line}:{finding.column}"
    if shown:  # the text is shown: the item describes its highlight and links to it
        item_id, place = f"d-{index}", f'<a class="place" href="#f-{index}">{place}</a>'
    else:  # no text to show (an unreadable path): the item is the anchor
        item_id = f"f-{index}"
    code = esc(finding.code)
    return (
        f'<li id="{item_id}" data-family="{esc(finding.family)}" data-code="{code}">'
        f'{place} <div class="detail"><code class="sev-{finding.severity.label}">{code}</code> '
        f'<span class="name">{esc(finding.name)}</span> '
        f'<span class="message">{esc(finding.message)}</span>{suggestion}'
        f'<a class="explain" href="#rule-{code}">explain {code}</a></div></li>'
    )


def _in_segment(start: int, end: int, seg_start: int, seg_end: int) -> bool:
    if start == end:
        return seg_start <= start <= seg_end
    return start < seg_end and end > seg_start


# Bilingual messages name the source item a finding is about: "number 12 of the source is
# missing from the target", "name X of the source ...", "the source ends with a ?".
_SOURCE_ITEM = re.compile(r"(?:number |name )?(?P<item>.+?) of the source (?:is missing|became)")
_SOURCE_END = "the source ends with a"


def _source_spans(source: str, spans: list[tuple[int, Finding]]) -> list[Span]:
    """Where in ``source`` the bilingual findings of its segment point."""
    found: list[Span] = []
    for index, finding in spans:
        if finding.family != "bilingual":
            continue
        match = _SOURCE_ITEM.match(finding.message)
        if match:
            position = source.find(match.group("item"))
            if position >= 0:
                found.append((index, position, position + len(match.group("item"))))
        elif finding.message.startswith(_SOURCE_END) and source.strip():
            last = len(source.rstrip()) - 1
            found.append((index, last, last + 1))
    return found


def _bilingual_table(view: BilingualView, spans: list[tuple[int, Finding]], path: str) -> str:
    """Each segment as a row: the file's line, the source, the target with its findings."""
    findings = dict(spans)
    segments = view.segments
    starts = [segment.start for segment in segments]
    buckets: list[list[tuple[int, int, int]]] = [[] for _ in segments]
    for i, f in spans:  # each finding to the segments it touches (a point: the first only)
        j = max(0, bisect.bisect_right(starts, f.start) - 1)
        while j < len(segments) and (segments[j].start < f.end or segments[j].start <= f.start):
            segment = segments[j]
            if _in_segment(f.start, f.end, segment.start, segment.end):
                buckets[j].append((i, f.start - segment.start, f.end - segment.start))
                if f.start == f.end:
                    break
            j += 1
    placed: set[int] = set()
    rows = []
    for segment, here in zip(segments, buckets, strict=True):
        target = view.text[segment.start : segment.end]
        rendered = render_plain(target, here, findings)
        for i, _, _ in here:  # a finding over several segments: one anchor, in the first
            if i in placed:
                rendered = rendered.replace(f'<span class="anchor" id="f-{i}"></span>', "", 1)
        placed.update(i for i, _, _ in here)
        source = segment.source or ""
        pointed = _source_spans(source, [(i, findings[i]) for i, _, _ in here])
        source_html = render_plain(source, pointed, findings, anchored=False)
        ids = " ".join(str(i) for i, _, _ in here)
        shown_key = segment.key and segment.key.strip() not in (source.strip(), str(segment.line))
        key = f"<small>{esc(segment.key)}</small>" if shown_key else ""
        rows.append(
            f'<tr class="segment{" has-findings" if here else ""}" data-findings="{ids}">'
            f'<td class="line">{segment.line}{key}</td>'
            f'<td class="source">{source_html}</td>'
            f'<td class="target">{rendered}</td></tr>'
        )
    return (
        f'<table class="bilingual" aria-label="segments of {esc(path)}"><thead><tr>'
        '<th class="line" scope="col">Line</th><th scope="col">Source</th>'
        '<th scope="col">Target</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )


def _file_section(
    number: int,
    path: str,
    text: str | None,
    view: BilingualView | None,
    spans: list[tuple[int, Finding]],
) -> str:
    shown = text is not None or view is not None
    if view is not None:
        suggestions = [
            _suggestion(view.fixes.get((f.code, f.start, f.end)), view.text) for _, f in spans
        ]
    else:
        suggestions = [_suggestion(f.fix, text) for _, f in spans]
    items = "".join(
        _finding_item(i, f, shown, s) for (i, f), s in zip(spans, suggestions, strict=True)
    )
    noun = "finding" if len(spans) == 1 else "findings"
    parts = [
        f'<section class="file"><h2 id="file-{number}">{esc(path)} '
        f'<small class="count">{len(spans)} {noun}</small></h2>'
    ]
    findings = dict(spans)
    offsets: list[Span] = [(i, f.start, f.end) for i, f in spans]
    if view is not None:
        parts.append(_bilingual_table(view, spans, path))
    elif text is not None and path.lower().endswith(MARKDOWN_SUFFIXES):
        from checker.reporters.html.markdown import render_markdown

        parts.append(render_markdown(text, offsets, findings))
    elif text is not None:
        parts.append(
            f'<pre class="text" aria-label="text of {esc(path)}">'
            f"{render_plain(text, offsets, findings)}</pre>"
        )
    if items:
        parts.append(f'<ol class="findings">{items}</ol>')
    parts.append("</section>")
    return "".join(parts)


def _rules(findings: Sequence[Finding]) -> str:
    """The ``mtlint explain`` text of every rule reported, each its own link target."""
    codes = sorted({f.code for f in findings})
    if not codes:
        return ""
    from checker.explain import explain_rule
    from checker.registry import RULES, load_rules

    load_rules()
    sections = []
    for code in codes:
        rule = RULES.get(code)
        if rule is None:
            continue
        sections.append(
            f'<section class="rule" id="rule-{esc(code)}"><h3>{esc(code)} {esc(rule.name)}</h3>'
            f"<pre>{esc(explain_rule(rule))}</pre></section>"
        )
    return '<section class="rules"><h2>Rules in this report</h2>' + "".join(sections) + "</section>"


def render(report: Report) -> str:
    """The whole page."""
    findings = report.findings
    bilingual: dict[str, BilingualView] = report.bilingual
    by_path: dict[str, list[tuple[int, Finding]]] = defaultdict(list)
    for index, finding in enumerate(findings):
        by_path[finding.path].append((index, finding))
    paths = sorted(set(by_path) | set(bilingual))
    sections = [
        _file_section(number, path, report.texts.get(path), bilingual.get(path), by_path[path])
        for number, path in enumerate(paths)
        if by_path[path] or path in bilingual
    ]
    clean = sorted(p for p in report.texts if p not in by_path and p not in bilingual)
    if clean:
        names = ", ".join(f"<code>{esc(p)}</code>" for p in clean)
        sections.append(f'<p class="clean">No findings in {names}.</p>')
    colours = "".join(
        f'[data-family="{family}"].swatch, mark[data-family="{family}"] '
        f"{{ background: {colour}; }}\n"
        for family, colour in COLOURS.items()
    )
    return asset("page.html").format(
        version=esc(__version__),
        summary=esc(report.totals()),
        count=len(findings),
        filter=_filter(findings),
        table=_summary_table(findings),
        sections="\n".join(sections),
        rules=_rules(findings),
        css=asset("report.css"),
        colours=colours,
        script=asset("report.js"),
    )


def emit(report: Report, out: TextIO) -> None:
    out.write(render(report))
