"""The HTML report: rendering and escaping, then the real page in headless Chromium.

The browser tests drive Debian's ``chromium`` over the DevTools protocol through a pipe
(``--remote-debugging-pipe``: commands on fd 3, answers on fd 4, NUL-terminated JSON), so
they need no extra package. They are skipped only where chromium is not installed.
"""

from __future__ import annotations

import base64
import contextlib
import html.parser
import itertools
import json
import os
import select
import shutil
import struct
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.reporters import Report
from checker.reporters.html import COLOURS, render, render_text
from checker.types import Finding, ReadError, Severity

ARTICLE = (
    "# A report <b>bold</b> & more\n\n"
    "He said « I did not know » and left.\n"
    "About 11 000 troops, or 3,5 % of them ?\n"
    "Pyongyang muet\n"
)


def finding(
    start: int, end: int, code: str = "Q101", family: str = "quotes", message: str = "m"
) -> Finding:
    return Finding(
        "a.txt", 1, start + 1, 1, end + 1, code, "a-rule", family, Severity.WARNING,
        "Fluency/Punctuation", message, "", start=start, end=end,
    )  # fmt: skip


class Marks(html.parser.HTMLParser):
    """Collects each <mark>'s attributes and text (marks may nest), to read a fragment back."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[list[Any]] = []  # [attributes, text]
        self.text: list[str] = []
        self._open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self._open.append(len(self.marks))
            self.marks.append([dict(attrs), ""])

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for index in self._open:
            self.marks[index][1] += data


def parse(fragment: str) -> Marks:
    parser = Marks()
    parser.feed(fragment)
    parser.close()
    return parser


def test_text_is_escaped_and_every_finding_marked_in_place() -> None:
    text = 'a <b>"x"</b> & y'
    spans = [(0, finding(3, 4, message='<script>alert("x")</script>'))]
    rendered = render_text(text, spans)
    assert "<b>" not in rendered and "<script>" not in rendered
    marks = parse(rendered)
    assert "".join(marks.text) == text
    ((attrs, marked),) = marks.marks
    assert marked == "b"
    assert attrs["id"] == "f-0" and attrs["data-code"] == "Q101"
    assert attrs["data-family"] == "quotes" and attrs["tabindex"] == "0"
    assert attrs["title"] == 'Q101 <script>alert("x")</script>'
    assert attrs["aria-describedby"] == "d-0"


def test_overlapping_and_zero_length_findings_all_stay_marked() -> None:
    text = "abcdefgh"
    spans = [
        (0, finding(1, 5, "Q101", "quotes")),
        (1, finding(3, 7, "T101", "typography")),
        (2, finding(8, 8, "N101", "name")),
    ]
    marks = parse(render_text(text, spans))
    assert "".join(marks.text) == text
    pieces = [(m.get("data-findings"), t) for m, t in marks.marks]
    assert pieces == [("0", "bc"), ("1 0", "de"), ("1", "fg"), ("2", "")]
    ids = [m.get("id") for m, _ in marks.marks]
    assert ids == ["f-0", "f-1", None, "f-2"]  # each finding has exactly one anchor
    assert marks.marks[3][0]["class"] == "point sev-warning"


def test_findings_starting_together_get_one_nested_mark_each() -> None:
    text = "abcdefg"
    spans = [
        (0, finding(2, 4, "Q101", "quotes")),
        (1, finding(2, 4, "T101", "typography")),
        (2, finding(6, 6, "E900", "input")),
        (3, finding(6, 6, "E001", "input")),
    ]
    rendered = render_text(text, spans)
    marks = parse(rendered)
    assert "".join(marks.text) == text
    assert [(m["id"], m["data-findings"], t) for m, t in marks.marks] == [
        ("f-1", "1", "cd"),
        ("f-0", "0", "cd"),
        ("f-3", "3", ""),
        ("f-2", "2", ""),
    ]
    assert rendered.count("<mark ") == rendered.count("</mark>") == 4


def test_page_is_self_contained_with_summary_filter_and_unreadable_paths() -> None:
    spans = [finding(3, 4), finding(0, 1, "L101", "language")]
    report = Report(
        spans,
        errors=[ReadError("gone.txt", "no such file")],
        files=1,
        texts={"a.txt": "abcdef", "clean.txt": "fine"},
    )
    page = render(report)
    assert page.startswith("<!DOCTYPE html>")
    for forbidden in ("http://", "https://", "<link", "src="):
        assert forbidden not in page, forbidden
    assert '<input type="checkbox" checked data-family="language">' in page
    assert "<caption>Findings by family and rule</caption>" in page
    assert "No findings in <code>clean.txt</code>." in page
    assert "2 findings (0 error, 2 warning, 0 info) in 1 file. 1 path(s) could not be read." in page


# --- the page in a real browser ----------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
browser = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-pipe",
]


class DevTools:
    """A minimal DevTools-protocol client over Chromium's debugging pipe."""

    def __init__(self, profile: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def plumb() -> None:  # in the child: fd 3 reads commands, fd 4 writes answers
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=plumb,  # the test process runs no other thread
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._ids = itertools.count(1)
        self._buffer = b""
        self.session: str | None = None

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise ConnectionError("chromium closed its debugging pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, timeout: float = 30, **params: Any) -> dict[str, Any]:
        message: dict[str, Any] = {"id": next(self._ids), "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == message["id"]:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def wait_for(self, event: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while self._read_message(deadline).get("method") != event:
            pass

    def open(self, url: str) -> None:
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.send("Page.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=1100, height=900,
                  deviceScaleFactor=1, mobile=False)  # fmt: skip
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def key(self, key: str, code: str, key_code: int, text: str = "") -> None:
        for kind in ("keyDown", "keyUp"):
            params: dict[str, Any] = {"type": kind, "key": key, "code": code,
                                      "windowsVirtualKeyCode": key_code}  # fmt: skip
            if text and kind == "keyDown":
                params["text"] = text
            self.send("Input.dispatchKeyEvent", **params)

    def screenshot(self) -> bytes:
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        return base64.b64decode(data["data"])

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError, ConnectionError, RuntimeError):
            self.send("Browser.close", timeout=10)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


@pytest.fixture()
def page(tmp_path: Path):
    """The report for ARTICLE, opened in headless Chromium."""
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    report = tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["check", "--format", "html", "--output", str(report), str(article)]
    )
    assert result.exit_code == 1, result.output
    json_result = CliRunner().invoke(main, ["check", "--format", "json", str(article)])
    findings = json.loads(json_result.stdout)["findings"]
    tools = DevTools(tmp_path / "profile")
    try:
        tools.open(report.as_uri())
        yield tools, findings, tmp_path
    finally:
        tools.close()


MARKS_JS = """
Array.from(document.querySelectorAll('mark[id^="f-"]')).map(function (m) {
  var ids = m.getAttribute('data-findings').split(' ');
  var own = m.id.slice(2);
  var text = Array.from(document.querySelectorAll('mark[data-findings]')).filter(function (x) {
    return x.getAttribute('data-findings').split(' ').indexOf(own) >= 0;
  }).map(function (x) { return x.textContent; }).join('');
  var r = m.getBoundingClientRect();
  return {id: own, code: m.getAttribute('data-code').split(' ')[ids.indexOf(own)],
          family: m.getAttribute('data-family'), text: text, title: m.title,
          background: getComputedStyle(m).backgroundColor, width: r.width, height: r.height};
})
"""


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.mark.browser
@browser
def test_every_finding_is_highlighted_in_place_with_its_family_colour(page) -> None:
    tools, findings, tmp_path = page
    assert tools.js("document.documentElement.getAttribute('data-ready')") == "1"
    marks = tools.js(MARKS_JS)
    assert len(marks) == len(findings) >= 5
    lines = ARTICLE.splitlines()
    for mark, expected in zip(sorted(marks, key=lambda m: int(m["id"])), findings, strict=True):
        assert mark["code"] == expected["code"]
        assert mark["family"] == expected["family"]
        line = lines[expected["line"] - 1]
        assert mark["text"] == line[expected["column"] - 1 : expected["end_column"] - 1]
        assert expected["message"] in mark["title"]
        assert mark["background"] == _rgb(COLOURS[expected["family"]])
        assert mark["width"] > 0 and mark["height"] > 0
    # the page shows the file's text, escaped: the HTML in the article is text, not markup
    assert tools.js("document.querySelectorAll('pre.text b').length") == 0
    assert "<b>bold</b> & more" in tools.js("document.querySelector('pre.text').textContent")
    shot = tools.screenshot()
    (tmp_path / "report.png").write_bytes(shot)
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", shot[16:24])
    assert width >= 1000 and height >= 900  # the viewport, less a scroll bar


@pytest.mark.browser
@browser
def test_keyboard_reaches_findings_and_shows_their_message(page) -> None:
    tools, findings, tmp_path = page
    tools.js("document.body.focus()")
    tools.key("j", "KeyJ", 74, "j")
    first = tools.js("document.activeElement.id")
    assert first == "f-0"
    assert tools.js("getComputedStyle(document.activeElement, '::after').content") == json.dumps(
        f"{findings[0]['code']} {findings[0]['message']}", ensure_ascii=False
    )
    (tmp_path / "focused.png").write_bytes(tools.screenshot())  # the message, shown on focus
    tools.key("j", "KeyJ", 74, "j")
    assert tools.js("document.activeElement.tagName + ' ' + document.activeElement.id") != (
        "MARK f-0"
    )
    tools.key("k", "KeyK", 75, "k")
    assert tools.js("document.activeElement.id") == "f-0"
    # Tab moves through the filter and the marks: every mark is in the tab order
    assert tools.js("Array.from(document.querySelectorAll('mark')).every(m => m.tabIndex === 0)")
    description = tools.js(
        "document.getElementById(document.activeElement.getAttribute('aria-describedby')"
        ".split(' ')[0]).textContent"
    )
    assert findings[0]["message"] in description


@pytest.mark.browser
@browser
def test_the_family_filter_turns_highlights_and_rows_off_and_on(page) -> None:
    tools, findings, _ = page
    family = findings[0]["family"]
    selector = f'fieldset.filter input[data-family="{family}"]'
    tools.js(f"document.querySelector('{selector}').focus()")
    tools.key(" ", "Space", 32, " ")  # the keyboard toggles the checkbox
    assert tools.js(f"document.querySelector('{selector}').checked") is False
    off = tools.js(
        f"Array.from(document.querySelectorAll('mark[data-families=\"{family}\"]'))"
        ".map(m => [m.classList.contains('off'), m.tabIndex, getComputedStyle(m).backgroundColor])"
    )
    assert off and all(o == [True, -1, "rgba(0, 0, 0, 0)"] for o in off)
    hidden_items = tools.js(
        f"Array.from(document.querySelectorAll('ol.findings li[data-family=\"{family}\"]'))"
        ".map(li => getComputedStyle(li).display)"
    )
    assert hidden_items and set(hidden_items) == {"none"}
    others = [f for f in findings if f["family"] != family]
    if others:
        other = others[0]["family"]
        visible = tools.js(
            f"Array.from(document.querySelectorAll('mark[data-families=\"{other}\"]'))"
            ".map(m => m.classList.contains('off'))"
        )
        assert visible and not any(visible)
    tools.key(" ", "Space", 32, " ")
    assert tools.js("document.querySelectorAll('mark.off').length") == 0
