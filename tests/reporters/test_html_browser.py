"""The HTML report in headless Chromium: what a reader sees and does.

The tests drive Debian's ``chromium`` over the DevTools protocol through a pipe
(``--remote-debugging-pipe``: commands on fd 3, answers on fd 4, NUL-terminated JSON), so
they need no extra package. They are skipped only where chromium is not installed. Each
saves screenshots in its tmp_path; with ``MTLINT_SCREENSHOTS=<folder>`` set, copies too.
"""

from __future__ import annotations

import base64
import contextlib
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
from checker.reporters.html import COLOURS

ROOT = Path(__file__).resolve().parent.parent.parent
BILINGUAL = ROOT / "fixtures" / "bilingual"
ARTICLE = (
    "# A report <b>bold</b> & more\n\n"
    "He said « I did *not* know » and left.\n"
    "About 11 000 troops, or 3,5 % of them ?\n\n"
    "- Pyongyang muet\n"
)

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

    def hover(self, selector: str, index: int = 0) -> None:
        """Move the mouse over the centre of the ``index``-th element ``selector`` finds."""
        box = self.js(
            f"(function () {{ var e = document.querySelectorAll({json.dumps(selector)})[{index}];"
            " e.scrollIntoView({block: 'center'}); var r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])

    def screenshot(self, full: bool = True) -> bytes:
        """The whole page, or (``full`` false) what the window shows."""
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=full)
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


def _save(shot: bytes, folder: Path, name: str) -> None:
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", shot[16:24])
    assert width >= 1000 and height >= 900  # the viewport at least
    (folder / name).write_bytes(shot)
    if os.environ.get("MTLINT_SCREENSHOTS"):
        target = Path(os.environ["MTLINT_SCREENSHOTS"])
        target.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes(shot)


@contextlib.contextmanager
def _open_report(tmp_path: Path, *args: str):
    """The HTML report of ``mtlint check ARGS`` open in headless Chromium, with its findings."""
    report = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", "--format", "html", "--output", str(report), *args])
    assert result.exit_code == 1, result.output
    findings = json.loads(CliRunner().invoke(main, ["check", "--format", "json", *args]).stdout)
    tools = DevTools(tmp_path / "profile")
    try:
        tools.open(report.as_uri())
        assert tools.js("document.documentElement.getAttribute('data-ready')") == "1"
        yield tools, findings["findings"], tmp_path
    finally:
        tools.close()


@pytest.fixture()
def article(tmp_path: Path):
    """The report of ARTICLE (Markdown), opened in headless Chromium."""
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    with _open_report(tmp_path, str(path)) as opened:
        yield opened


@pytest.fixture()
def po_report(tmp_path: Path):
    with _open_report(tmp_path, str(BILINGUAL / "segments.po")) as opened:
        yield opened


@pytest.fixture()
def pair_report(tmp_path: Path):
    args = [
        "--source",
        str(BILINGUAL / "nk-soldiers.fr.txt"),
        str(BILINGUAL / "nk-soldiers.en.txt"),
    ]
    with _open_report(tmp_path, *args) as opened:
        yield opened


# For each finding: the text of its highlights, and the colour of its first one.
HIGHLIGHTS_JS = """
(function () {
  var marks = Array.from(document.querySelectorAll('mark[data-findings]'));
  var out = {};
  marks.forEach(function (m) {
    if (m.closest('td.source')) { return; }
    var r = m.getBoundingClientRect();
    m.getAttribute('data-findings').split(' ').forEach(function (i) {
      var entry = out[i] || (out[i] = {text: '', colours: [], sizes: []});
      entry.text += m.textContent;
      if (m.getAttribute('data-findings') === i) {
        entry.colours.push(getComputedStyle(m).backgroundColor);
      }
      entry.sizes.push([r.width, r.height]);
    });
  });
  return out;
})()
"""


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.mark.browser
@browser
def test_markdown_is_rendered_and_every_finding_highlighted_in_place(article) -> None:
    tools, findings, tmp_path = article
    highlights = tools.js(HIGHLIGHTS_JS)
    assert len(findings) >= 8 and sorted(map(int, highlights)) == list(range(len(findings)))
    lines = ARTICLE.splitlines()
    for index, expected in enumerate(findings):
        seen = highlights[str(index)]
        line = lines[expected["line"] - 1]
        assert seen["text"] == line[expected["column"] - 1 : expected["end_column"] - 1]
        assert all(c == _rgb(COLOURS[expected["family"]]) for c in seen["colours"])
        assert all(w > 0 and h > 0 for w, h in seen["sizes"])
    # rendered Markdown: a heading, emphasis, a list; the file's HTML shown as text
    assert tools.js("document.querySelector('div.markdown h1').textContent").startswith(
        "A report <b>bold</b> & more"
    )
    assert tools.js("document.querySelectorAll('div.markdown em, div.markdown li').length") == 2
    assert tools.js("document.querySelectorAll('div.markdown b').length") == 0
    _save(tools.screenshot(), tmp_path, "markdown.png")


@pytest.mark.browser
@browser
def test_one_character_findings_are_visible_markers(article) -> None:
    tools, _, _ = article
    tiny = tools.js(
        "Array.from(document.querySelectorAll('mark.tiny')).map(m => [m.textContent,"
        " getComputedStyle(m).outlineStyle, m.getBoundingClientRect().width,"
        " getComputedStyle(m, '::before').content])"
    )
    texts = [t for t, _, _, _ in tiny]
    assert "«" in texts and " " in texts
    for text, outline, width, before in tiny:
        assert outline == "solid" and width >= 8, (text, outline, width)
        if text == " ":
            assert before == '"\u2423"'  # the lone space is drawn as a visible ␣


@pytest.mark.browser
@browser
def test_hover_shows_one_tooltip_listing_every_finding_of_the_passage(po_report) -> None:
    tools, findings, tmp_path = po_report
    # "muet" is an untranslated word (L101) inside a segment copied from its source (B301)
    selector = "mark.multi"
    covering = tools.js(f"document.querySelector('{selector}').getAttribute('data-findings')")
    indices = [int(i) for i in covering.split()]
    assert len(indices) >= 2
    tools.hover(selector)
    tip = tools.js(
        "(function () { var t = document.getElementById('tip');"
        " return {hidden: t.hidden, display: getComputedStyle(t).display,"
        " items: Array.from(t.querySelectorAll('.tip-item')).map(e => e.textContent)}; })()"
    )
    assert tip["hidden"] is False and tip["display"] != "none"
    assert len(tip["items"]) == len(indices)  # each finding apart, not one merged message
    for item, index in zip(tip["items"], indices, strict=True):
        assert findings[index]["code"] in item and findings[index]["message"] in item
        assert f"explain {findings[index]['code']}" in item
    # the only tooltip: no native title, no CSS one
    assert tools.js("document.querySelectorAll('[title]').length") == 0
    assert tools.js(
        f"getComputedStyle(document.querySelector('{selector}'), '::after').content"
    ) in (
        "none",
        "normal",
    )
    _save(tools.screenshot(full=False), tmp_path, "po-hover.png")
    tools.send("Input.dispatchMouseEvent", type="mouseMoved", x=5, y=5)
    time.sleep(0.5)
    assert tools.js("document.getElementById('tip').hidden") is True


@pytest.mark.browser
@browser
def test_the_po_report_shows_source_beside_target(po_report) -> None:
    tools, findings, tmp_path = po_report
    layout = tools.js(
        "Array.from(document.querySelectorAll('table.bilingual tr.segment')).map(function (row) {"
        " var s = row.querySelector('td.source').getBoundingClientRect();"
        " var t = row.querySelector('td.target').getBoundingClientRect();"
        " return [s.left, s.right, t.left, t.right, s.top, t.top]; })"
    )
    assert len(layout) >= 8
    for s_left, s_right, t_left, t_right, s_top, t_top in layout:
        assert s_left < s_right <= t_left < t_right and s_top == t_top  # side by side
    assert tools.js("document.body.scrollWidth <= window.innerWidth")  # no sideways scroll
    highlights = tools.js(HIGHLIGHTS_JS)
    assert sorted(map(int, highlights)) == list(range(len(findings)))
    # the number that B101 says is missing is highlighted in the source cell too
    b101 = next(i for i, f in enumerate(findings) if f["code"] == "B101")
    in_source = tools.js(
        f"Array.from(document.querySelectorAll('td.source mark[data-findings~=\"{b101}\"]'))"
        ".map(m => m.textContent)"
    )
    assert in_source == ["11 000"]
    _save(tools.screenshot(), tmp_path, "po.png")
    tools.js("document.querySelector('table.bilingual').scrollIntoView()")
    _save(tools.screenshot(full=False), tmp_path, "po-segments.png")


@pytest.mark.browser
@browser
def test_the_source_pair_report_shows_each_line_beside_its_source(pair_report) -> None:
    tools, findings, tmp_path = pair_report
    rows = tools.js(
        "Array.from(document.querySelectorAll('table.bilingual tr.segment')).map(r =>"
        " [r.querySelector('td.source').textContent, r.querySelector('td.target').textContent])"
    )
    sources = (BILINGUAL / "nk-soldiers.fr.txt").read_text(encoding="utf-8").splitlines()
    targets = (BILINGUAL / "nk-soldiers.en.txt").read_text(encoding="utf-8").splitlines()
    assert rows == [[s, t] for s, t in zip(sources, targets, strict=True) if t.strip()]
    highlights = tools.js(HIGHLIGHTS_JS)
    assert sorted(map(int, highlights)) == list(range(len(findings)))
    # a fix is shown as a suggestion of its own, apart from the message
    p101 = next(i for i, f in enumerate(findings) if f["code"] == "P101")
    suggestion = tools.js(f"document.querySelector('#d-{p101} .fix').textContent")
    assert "She" in suggestion and "It" in suggestion
    assert suggestion not in tools.js(f"document.querySelector('#d-{p101} .message').textContent")
    _save(tools.screenshot(), tmp_path, "source-pair.png")
    tools.js("document.querySelector('table.bilingual').scrollIntoView()")
    _save(tools.screenshot(full=False), tmp_path, "source-pair-segments.png")
    # the link to the rule's explanation leads to its text, in the page
    tools.js(f"document.querySelector('#d-{p101} a.explain').click()")
    assert tools.js("location.hash") == "#rule-P101"
    assert "P101 " in tools.js("document.getElementById('rule-P101').textContent")
    assert tools.js("document.getElementById('rule-P101').getBoundingClientRect().top") < 900


@pytest.mark.browser
@browser
def test_keyboard_reaches_findings_and_shows_their_message(article) -> None:
    tools, findings, tmp_path = article
    tools.js("document.body.focus()")
    tools.key("j", "KeyJ", 74, "j")
    first = tools.js("document.activeElement.getAttribute('data-findings')")
    assert first.split()[0] == "0"
    assert findings[0]["message"] in tools.js("document.getElementById('tip').textContent")
    assert tools.js("document.getElementById('tip').hidden") is False
    _save(tools.screenshot(full=False), tmp_path, "focused.png")
    tools.key("j", "KeyJ", 74, "j")
    assert tools.js("document.activeElement.getAttribute('data-findings')") != first
    tools.key("k", "KeyK", 75, "k")
    assert tools.js("document.activeElement.getAttribute('data-findings')") == first
    description = tools.js(
        "document.getElementById(document.activeElement.getAttribute('aria-describedby')"
        ".split(' ')[0]).textContent"
    )
    assert findings[0]["message"] in description


@pytest.mark.browser
@browser
def test_the_family_filter_turns_highlights_rows_and_counts_off_and_on(pair_report) -> None:
    tools, findings, _ = pair_report
    total = len(findings)
    family = findings[0]["family"]
    in_family = sum(1 for f in findings if f["family"] == family)
    assert 0 < in_family < total
    selector = f'fieldset.filter input[data-family="{family}"]'
    tools.js(f"document.querySelector('{selector}').focus()")
    tools.key(" ", "Space", 32, " ")  # the keyboard toggles the checkbox
    assert tools.js(f"document.querySelector('{selector}').checked") is False
    only = tools.js(
        f"Array.from(document.querySelectorAll('mark[data-families=\"{family}\"]'))"
        ".map(m => [m.classList.contains('off'), m.tabIndex, getComputedStyle(m).backgroundColor])"
    )
    assert only and all(o == [True, -1, "rgba(0, 0, 0, 0)"] for o in only)
    hidden = tools.js(
        f"Array.from(document.querySelectorAll('ol.findings li[data-family=\"{family}\"]'))"
        ".map(li => getComputedStyle(li).display)"
    )
    assert hidden and set(hidden) == {"none"}
    # every count follows the filter
    assert tools.js("document.getElementById('shown').textContent") == str(total - in_family)
    assert tools.js("document.querySelector('section.file h2 .count').textContent") == (
        f"{total - in_family} findings"
    )
    row = f"document.querySelector('table.summary tr[data-family=\"{family}\"]')"
    assert tools.js(f"getComputedStyle({row}).display") == "none"
    tools.key(" ", "Space", 32, " ")
    assert tools.js("document.querySelectorAll('mark.off').length") == 0
    assert tools.js("document.getElementById('shown').textContent") == str(total)
