"""The HTML report, read back with an HTML parser: highlights, bilingual tables, the page.

The page in a real browser is tested in ``test_html_browser.py``, Markdown rendering in
``test_html_markdown.py``.
"""

from __future__ import annotations

import html.parser
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import Config
from checker.formats import to_documents
from checker.reporters import Report
from checker.reporters.html import render, render_text
from checker.rules.input import UNREADABLE_FILE
from checker.types import Finding, Fix, ReadError, Severity

BILINGUAL = Path(__file__).resolve().parent.parent.parent / "fixtures" / "bilingual"


def finding(
    start: int,
    end: int,
    code: str = "Q101",
    family: str = "quotes",
    message: str = "m",
    fix: Fix | None = None,
    path: str = "a.txt",
) -> Finding:
    return Finding(
        path, 1, start + 1, 1, end + 1, code, "a-rule", family, Severity.WARNING,
        "Fluency/Punctuation", message, "", fix=fix, start=start, end=end,
    )  # fmt: skip


class Page(html.parser.HTMLParser):
    """Every element with its attributes, the text inside each <mark>, and strict nesting."""

    VOID = frozenset({"meta", "input", "br", "hr", "img", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[list[Any]] = []  # [attributes, text]
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._stack: list[str] = []
        self._open_marks: list[int] = []
        self._cells: list[list[Any]] = []  # [class, text] of the open <td>s
        self.cells: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in self.VOID:
            return
        self._stack.append(tag)
        if tag == "mark":
            self._open_marks.append(len(self.marks))
            cell = self._cells[-1][0] if self._cells else ""
            self.marks.append([{**attributes, "cell": cell}, ""])
        if tag == "td":
            self._cells.append([attributes.get("class") or "", ""])

    def handle_endtag(self, tag: str) -> None:
        assert self._stack and self._stack[-1] == tag, f"</{tag}> closes {self._stack[-1:]}"
        self._stack.pop()
        if tag == "mark":
            self._open_marks.pop()
        if tag == "td":
            self.cells.append(tuple(self._cells.pop()))

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for index in self._open_marks:
            self.marks[index][1] += data
        for cell in self._cells:
            cell[1] += data

    def ids(self) -> list[str]:
        return [a["id"] for _, a in self.elements if a.get("id")]

    def marked(self, index: int) -> str:
        """The text highlighted for finding ``index`` (all its pieces, in order)."""
        return "".join(t for a, t in self.marks if str(index) in a["data-findings"].split())


def parse(fragment: str) -> Page:
    parser = Page()
    parser.feed(fragment)
    parser.close()
    assert not parser._stack, f"unclosed {parser._stack}"
    return parser


def test_text_is_escaped_and_every_finding_marked_in_place() -> None:
    text = 'a <b>"x"</b> & y'
    spans = [(0, finding(3, 4, message='<script>alert("x")</script>'))]
    rendered = render_text(text, spans)
    assert "<b>" not in rendered and "<script>" not in rendered
    page = parse(rendered)
    assert "".join(page.text) == text
    ((attrs, marked),) = page.marks
    assert marked == "b"
    assert attrs["data-findings"] == "0" and attrs["data-family"] == "quotes"
    assert attrs["tabindex"] == "0" and attrs["aria-describedby"] == "d-0"
    assert "title" not in attrs  # the page's own tooltip is the only one
    assert page.ids() == ["f-0"]


def test_overlapping_findings_keep_every_finding_listed_on_each_piece() -> None:
    text = "abcdefgh"
    spans = [
        (0, finding(1, 5, "Q101", "quotes")),
        (1, finding(3, 7, "T101", "typography")),
        (2, finding(8, 8, "N101", "name")),
    ]
    page = parse(render_text(text, spans))
    assert "".join(page.text) == text
    pieces = [(m["data-findings"], t) for m, t in page.marks]
    assert pieces == [("0", "bc"), ("0 1", "de"), ("1", "fg"), ("2", "")]
    assert page.ids() == ["f-0", "f-1", "f-2"]  # each finding has exactly one anchor
    assert [m["aria-describedby"] for m, _ in page.marks][1] == "d-0 d-1"
    classes = [m["class"].split() for m, _ in page.marks]
    assert "multi" in classes[1] and "multi" not in classes[0]
    assert "point" in classes[3]
    assert page.marked(0) == "bcde" and page.marked(1) == "defg"


def test_findings_on_the_same_span_are_one_piece_listing_both() -> None:
    spans = [(0, finding(2, 4, "Q101")), (1, finding(2, 4, "T101", "typography"))]
    page = parse(render_text("abcdefg", spans))
    ((attrs, text),) = page.marks
    assert text == "cd" and attrs["data-findings"] == "0 1"
    assert attrs["data-families"] == "quotes typography"
    assert page.ids() == ["f-0", "f-1"]


def test_one_character_findings_get_a_visible_marker() -> None:
    text = "He said « yes » ."
    spans = [
        (0, finding(8, 9)),  # «
        (1, finding(9, 10)),  # the lone space after it
        (2, finding(15, 17, "T101", "typography")),  # " ." is two characters: no marker
    ]
    page = parse(render_text(text, spans))
    classes = {t: set(m["class"].split()) for m, t in page.marks}
    assert {"tiny"} <= classes["«"] and "space" not in classes["«"]
    assert {"tiny", "space"} <= classes[" "]
    assert "tiny" not in classes[" ."]


def test_page_is_self_contained_with_summary_filter_explanations_and_unreadable_paths() -> None:
    spans = [
        finding(3, 4, fix=Fix(3, 4, "“")),
        finding(0, 1, "L101", "language", message="French text left untranslated"),
    ]
    report = Report(
        spans,
        errors=[ReadError("gone.txt", "no such file", UNREADABLE_FILE)],
        files=1,
        texts={"a.txt": "abc«ef", "clean.txt": "fine"},
    )
    page_html = render(report)
    assert page_html.startswith("<!DOCTYPE html>")
    for forbidden in ("http://", "https://", "<link", "src=", "url("):
        assert forbidden not in page_html, forbidden
    assert '<input type="checkbox" checked data-family="language">' in page_html
    assert "<caption>Findings by family and rule</caption>" in page_html
    assert "No findings in <code>clean.txt</code>." in page_html
    assert "2 findings (0 error, 2 warning, 0 info) in 1 file. 1 path(s) could not be read." in (
        page_html
    )
    page = parse(page_html)
    ids = page.ids()
    assert len(ids) == len(set(ids))
    # each rule reported has its explanation embedded, linked from its findings
    from checker.explain import explain_rule
    from checker.registry import RULES, load_rules

    load_rules()
    for code in ("Q101", "L101"):
        assert f"rule-{code}" in ids
        assert f'href="#rule-{code}"' in page_html
        assert html.escape(explain_rule(RULES[code]), quote=True) in page_html
    # the fix is a suggestion of its own, apart from the message
    item = page_html[page_html.index('id="d-0"') : page_html.index('id="d-1"')]
    assert '<span class="message">m</span>' in item
    assert (
        '<div class="fix"><span class="label">Suggested fix</span> <del>«</del> → <ins>“</ins>'
        in (item)
    )
    assert "Suggested fix" not in page_html[page_html.index('id="d-1"') :].split("</li>")[0]


def _bilingual_report(tmp_path: Path, *args: str) -> tuple[Page, str, list[dict]]:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", "--format", "html", "--output", str(out), *args])
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(CliRunner().invoke(main, ["check", "--format", "json", *args]).stdout)
    page_html = out.read_text(encoding="utf-8")
    return parse(page_html), page_html, findings["findings"]


CASES = {
    "po": ["segments.po"],
    "xliff": ["segments.xlf"],
    "xliff-2.0": ["segments-2.0.xlf"],
    "tmx": ["segments.tmx"],
    "tsv": ["segments.tsv"],
    "source-pair": ["--source", "nk-soldiers.fr.txt", "nk-soldiers.en.txt"],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_bilingual_input_shows_source_beside_target_segment_by_segment(
    case: str, tmp_path: Path
) -> None:
    args = [a if a.startswith("--") else str(BILINGUAL / a) for a in CASES[case]]
    page, page_html, findings = _bilingual_report(tmp_path, *args)
    source_path = args[1] if args[0] == "--source" else None
    target = Path(args[-1])
    (document,) = to_documents(str(target), target.read_bytes(), Config(), None, source_path)
    cells = [c for c in page.cells if c[0] in ("line", "source", "target")]
    assert [c for c, _ in cells] == ["line", "source", "target"] * (len(cells) // 3)
    rows = [(a[1], b[1], c[1]) for a, b, c in zip(*[iter(cells)] * 3, strict=True)]
    assert len(rows) == len(document.segments) > 1
    for (line, source, target_text), segment in zip(rows, document.segments, strict=True):
        assert line.startswith(str(segment.line))
        assert source == (segment.source or "")
        assert target_text == document.text[segment.start : segment.end]
    assert findings
    marks_by_finding = {int(i) for attrs, _ in page.marks for i in attrs["data-findings"].split()}
    assert marks_by_finding == set(range(len(findings)))  # every finding highlighted
    by_line = {segment.line: segment for segment in document.segments}
    for index, f in enumerate(findings):
        # the target text highlighted is the finding's span of its segment
        segment = by_line[f["line"]]
        expected = document.text[segment.start : segment.end][
            f["column"] - 1 : f["end_column"] - 1 if f["end_line"] == f["line"] else None
        ]
        marked = "".join(
            t
            for a, t in page.marks
            if a["cell"] == "target" and str(index) in a["data-findings"].split()
        )
        assert marked == expected, f
        assert f'id="f-{index}"' in page_html and f'id="d-{index}"' in page_html
    assert len(page.ids()) == len(set(page.ids()))


def test_a_bilingual_finding_that_names_a_source_item_is_marked_in_the_source_too(
    tmp_path: Path,
) -> None:
    page, _, findings = _bilingual_report(tmp_path, str(BILINGUAL / "segments.po"))
    index = next(i for i, f in enumerate(findings) if f["code"] == "B101")
    assert "11 000 of the source" in findings[index]["message"]
    source_cells = [t for c, t in page.cells if c == "source"]
    assert any("11 000" in cell for cell in source_cells)
    marked = [t for a, t in page.marks if str(index) in a["data-findings"].split()]
    assert "11 000" in marked  # in the source
    assert "There are about North Korean soldiers in Russia." in marked  # and the target


@pytest.mark.parametrize(
    ("code", "in_message", "in_source"),
    [
        ("B211", "name Kang Dong-wan of the source", "Kang Dong-wan"),
        ("B501", "the source ends with a question mark", "?"),
    ],
)
def test_a_missing_name_or_final_mark_is_marked_in_the_source(
    tmp_path: Path, code: str, in_message: str, in_source: str
) -> None:
    page, _, findings = _bilingual_report(tmp_path, str(BILINGUAL / "segments.po"))
    index = next(i for i, f in enumerate(findings) if f["code"] == code)
    assert in_message in findings[index]["message"]
    marked = [
        t
        for a, t in page.marks
        if a["cell"] == "source" and str(index) in a["data-findings"].split()
    ]
    assert marked == [in_source]


def test_bilingual_findings_keep_their_fix_as_a_suggestion(tmp_path: Path) -> None:
    args = [
        "--source",
        str(BILINGUAL / "nk-soldiers.fr.txt"),
        str(BILINGUAL / "nk-soldiers.en.txt"),
    ]
    _, page_html, findings = _bilingual_report(tmp_path, *args)
    index = next(i for i, f in enumerate(findings) if f["code"] == "P101")
    assert findings[index]["fix"] is None  # no fix offered in the file itself
    item = page_html[page_html.index(f'id="d-{index}"') :].split("</li>")[0]
    assert '<span class="label">Suggested fix</span> <del>She</del> → <ins>It</ins>' in item
