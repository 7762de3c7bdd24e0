"""A self-contained HTML page: each file's text with every finding highlighted in place.

One file, no network: the CSS and the script are inline. Each finding is a ``<mark>``
(``data-code``, ``data-family``, ``data-severity``) coloured by family, its message shown
on hover and on keyboard focus (``tabindex``, ``title`` and ``aria-describedby`` pointing
at the finding in the list below the text). A summary table counts findings by family and
rule; checkboxes filter by family; ``j``/``k`` (or ``n``/``p``) move to the next or
previous finding. Everything from the files and the messages is escaped.

Where findings overlap, the text is cut at every boundary and each piece lists all the
findings that cover it, so every finding stays highlighted; its first piece carries the
anchor ``f-N`` (findings that start on the same piece get nested marks, one each).
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TextIO

from checker import __version__
from checker.reporters import Report
from checker.types import FAMILIES, Finding

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


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _families(findings: Iterable[Finding]) -> list[str]:
    present = {f.family for f in findings}
    return [family for family in FAMILY_ORDER if family in present]


def _pieces(text: str, spans: Sequence[tuple[int, Finding]]) -> list[tuple[int, int, list[int]]]:
    """Cut ``text`` at every finding boundary: (start, end, indices of covering findings).

    A zero-length finding becomes a zero-length piece at its offset.
    """
    boundaries = {0, len(text)}
    for _, f in spans:
        boundaries.update((f.start, f.end))
    points = sorted(b for b in boundaries if 0 <= b <= len(text))
    starting: dict[int, list[int]] = defaultdict(list)
    empty: dict[int, list[int]] = defaultdict(list)
    for index, f in spans:
        (empty if f.start == f.end else starting)[f.start].append(index)
    ends = {index: f.end for index, f in spans}
    active: list[int] = []
    pieces = []
    for left, right in zip(points, [*points[1:], None], strict=True):
        if empty.get(left):
            pieces.append((left, left, empty[left]))
        if right is None:
            break
        active = [i for i in active if ends[i] > left] + starting.get(left, [])
        pieces.append((left, right, list(active)))
    return pieces


def _open_mark(
    members: list[int], findings: dict[int, Finding], anchor: int | None, point: bool
) -> str:
    """The opening ``<mark>`` for a piece covered by ``members`` (most severe first)."""
    top = findings[members[0]]
    families = " ".join(dict.fromkeys(findings[i].family for i in members))
    codes = " ".join(findings[i].code for i in members)  # in step with data-findings
    title = "\n".join(f"{findings[i].code} {findings[i].message}" for i in members)
    attributes = [
        f'id="f-{anchor}"' if anchor is not None else "",
        f'class="{"point " if point else ""}sev-{top.severity.label}"',
        f'data-code="{esc(codes)}"',
        f'data-family="{esc(top.family)}"',
        f'data-families="{esc(families)}"',
        f'data-findings="{" ".join(str(i) for i in members)}"',
        f'data-severity="{top.severity.label}"',
        f'data-message="{esc(title)}"',
        f'title="{esc(title)}"',
        f'aria-describedby="{" ".join(f"d-{i}" for i in members)}"',
        'tabindex="0"',
    ]
    return f"<mark {' '.join(a for a in attributes if a)}>"


def _marked_piece(
    text: str, start: int, end: int, covering: list[int], findings: dict[int, Finding], first: set
) -> str:
    """A piece of text in one ``<mark>`` per finding that starts there (nested, so each has
    its own anchor and tab stop); the innermost also lists the findings that go on from an
    earlier piece."""
    ordered = sorted(covering, key=lambda i: (-findings[i].severity, i))
    starting = [i for i in ordered if i not in first]
    first.update(starting)
    going_on = [i for i in ordered if i not in starting]
    point = start == end
    if not starting:
        opening = [_open_mark(going_on, findings, None, point)]
    else:
        opening = [_open_mark([i], findings, i, point) for i in starting[1:]]
        opening.append(_open_mark([starting[0], *going_on], findings, starting[0], point))
    return "".join(opening) + esc(text[start:end]) + "</mark>" * len(opening)


def render_text(text: str, spans: Sequence[tuple[int, Finding]]) -> str:
    """``text`` escaped, with each finding wrapped in ``<mark>`` elements."""
    findings = dict(spans)
    first: set[int] = set()
    parts = []
    for start, end, covering in _pieces(text, spans):
        if covering:
            parts.append(_marked_piece(text, start, end, covering, findings, first))
        else:
            parts.append(esc(text[start:end]))
    return "".join(parts)


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
                f'<tr data-family="{esc(family)}"><td></td><td><code>{esc(code)}</code></td>'
                f"<td>{esc(name)}</td><td>{esc(severity.label)}</td><td>{count}</td></tr>"
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


def _finding_item(index: int, finding: Finding, linked: bool) -> str:
    place = f"{finding.line}:{finding.column}"
    if linked:  # the text is shown: the item describes its mark and links to it
        item_id, place = f"d-{index}", f'<a href="#f-{index}">{place}</a>'
    else:  # no text to show (unreadable, or a bilingual file): the item is the anchor
        item_id = f"f-{index}"
    return (
        f'<li id="{item_id}" data-family="{esc(finding.family)}" data-code="{esc(finding.code)}">'
        f'{place} <code class="sev-{finding.severity.label}">{esc(finding.code)}</code> '
        f'<span class="name">{esc(finding.name)}</span> {esc(finding.message)}</li>'
    )


def _file_section(
    number: int, path: str, text: str | None, spans: list[tuple[int, Finding]]
) -> str:
    items = "".join(_finding_item(i, f, linked=text is not None) for i, f in spans)
    noun = "finding" if len(spans) == 1 else "findings"
    parts = [
        f'<section class="file"><h2 id="file-{number}">{esc(path)} '
        f"<small>{len(spans)} {noun}</small></h2>"
    ]
    if text is not None:
        parts.append(
            f'<pre class="text" aria-label="text of {esc(path)}">{render_text(text, spans)}</pre>'
        )
    parts.append(f'<ol class="findings">{items}</ol></section>')
    return "".join(parts)


def render(report: Report) -> str:
    """The whole page."""
    findings = report.findings
    by_path: dict[str, list[tuple[int, Finding]]] = defaultdict(list)
    for index, finding in enumerate(findings):
        by_path[finding.path].append((index, finding))
    sections = [
        _file_section(number, path, report.texts.get(path), spans)
        for number, (path, spans) in enumerate(sorted(by_path.items()))
    ]
    clean = sorted(p for p in report.texts if p not in by_path)
    if clean:
        names = ", ".join(f"<code>{esc(p)}</code>" for p in clean)
        sections.append(f'<p class="clean">No findings in {names}.</p>')
    return PAGE.format(
        version=esc(__version__),
        summary=esc(report.totals()),
        filter=_filter(findings),
        table=_summary_table(findings),
        sections="\n".join(sections),
        css=CSS,
        script=SCRIPT,
    )


def emit(report: Report, out: TextIO) -> None:
    out.write(render(report))


CSS = """
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; color: #1d1d1f; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.1rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h2 small { font-weight: normal; color: #555; }
.help { color: #555; font-size: .9rem; }
table.summary { border-collapse: collapse; margin: 1rem 0; }
table.summary caption { text-align: left; font-weight: bold; padding-bottom: .25rem; }
table.summary th, table.summary td { border: 1px solid #ccc; padding: .2rem .6rem;
  text-align: left; }
table.summary td:last-child { text-align: right; }
.family-row th { background: #f4f4f4; }
.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .35em;
  vertical-align: -.1em; border: 1px solid #888; border-radius: 2px; }
fieldset.filter { border: 1px solid #ccc; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
fieldset.filter label { cursor: pointer; }
pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif;
  font-size: 1rem; background: #fcfcfc; border: 1px solid #e2e2e2; padding: .8rem 1rem; }
mark { position: relative; color: inherit; border-radius: 2px; padding: 0 1px;
  text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 3px; cursor: help; }
mark.sev-error { text-decoration-style: solid; text-decoration-color: #b00020; }
mark.sev-warning { text-decoration-style: dashed; text-decoration-color: #8a5a00; }
mark.sev-info { text-decoration-style: dotted; text-decoration-color: #555; }
mark.point::before { content: "\\2038"; font-weight: bold; color: #b00020; }
mark:focus { outline: 3px solid #1a56db; outline-offset: 1px; }
mark:hover::after, mark:focus::after { content: attr(data-message); position: absolute;
  left: 0; top: 1.6em; z-index: 10; white-space: pre-wrap; width: max-content;
  max-width: min(32rem, 80vw); font: .85rem/1.3 system-ui, sans-serif;
  background: #1d1d1f; color: #fff; padding: .3rem .5rem; border-radius: 4px;
  pointer-events: none; }
mark.off { background: none !important; text-decoration: none; cursor: auto; }
mark.off::after, mark.off::before { content: none !important; }
ol.findings { font-size: .9rem; padding-left: 1.5rem; }
ol.findings li.off { display: none; }
ol.findings code { font-weight: bold; }
code.sev-error { color: #b00020; } code.sev-warning { color: #8a5a00; }
code.sev-info { color: #555; }
.name { color: #555; }
""" + "".join(
    f'[data-family="{family}"].swatch, mark[data-family="{family}"] {{ background: {colour}; }}\n'
    for family, colour in COLOURS.items()
)

SCRIPT = """
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(
    document.querySelectorAll('fieldset.filter input[type="checkbox"]'));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-families]"));
  function enabled() {
    var on = {};
    boxes.forEach(function (box) { on[box.getAttribute("data-family")] = box.checked; });
    return on;
  }
  function apply() {
    var on = enabled();
    marks.forEach(function (mark) {
      var active = mark.getAttribute("data-families").split(" ").filter(function (f) {
        return on[f] !== false;
      });
      if (active.length) {
        mark.classList.remove("off");
        mark.setAttribute("tabindex", "0");
        mark.setAttribute("data-family", active[0]);
      } else {
        mark.classList.add("off");
        mark.setAttribute("tabindex", "-1");
      }
    });
    document.querySelectorAll("ol.findings li, table.summary tr[data-family]")
      .forEach(function (row) {
        var off = on[row.getAttribute("data-family")] === false;
        row.classList.toggle("off", off);
        if (row.tagName === "TR") { row.style.display = off ? "none" : ""; }
      });
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.target && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) { return; }
    var step = { j: 1, n: 1, k: -1, p: -1 }[event.key];
    if (!step) { return; }
    var visible = marks.filter(function (m) { return !m.classList.contains("off"); });
    if (!visible.length) { return; }
    var index = visible.indexOf(document.activeElement);
    var next = index < 0 ? (step > 0 ? 0 : visible.length - 1)
      : (index + step + visible.length) % visible.length;
    visible[next].focus();
    event.preventDefault();
  });
  document.documentElement.setAttribute("data-ready", "1");
  apply();
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mtlint {version}">
<title>mtlint report</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>mtlint report</h1>
<p class="totals">{summary}</p>
<p class="help">Hover over or tab to a highlighted passage to read its finding; press
<kbd>j</kbd>/<kbd>k</kbd> for the next or previous one.</p>
</header>
<main>
{filter}
{table}
{sections}
</main>
<script>{script}</script>
</body>
</html>
"""
