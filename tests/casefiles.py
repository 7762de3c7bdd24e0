"""Case files (pycodestyle's testsuite, pylint's functional tests), parsed.

A case file holds blocks; each starts with a header line naming what the block must give:

    #: Okay
    “I want to live here.”
    #: Q101:1:24
    “I want to live here.” »
    #: L101 P101 source-lang=fr
    ...

Codes may carry ``:line:col`` (1-based, relative to the block). ``key=value`` words are
configuration options for that block (``source-lang=fr``, ``allow-words=foo|bar``,
``names=Kang Dong-wan``: lists separated by ``|``). ``Okay`` means no warning or error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RULE_CASES = FIXTURES / "rules"
_HEADER = re.compile(r"^#:\s?(.*)$")
_CODE = re.compile(r"^([A-Z]\d{3})(?::(\d+):(\d+))?$")


@dataclass(frozen=True)
class Expected:
    code: str
    line: int | None = None
    column: int | None = None


@dataclass
class Case:
    file: str
    line: int  # line of the header in the case file
    text: str
    expected: list[Expected] = field(default_factory=list)
    options: dict[str, object] = field(default_factory=dict)

    @property
    def id(self) -> str:
        codes = " ".join(e.code for e in self.expected) or "Okay"
        return f"{self.file}:{self.line}:{codes}"


def parse_case_file(path: Path) -> list[Case]:
    cases: list[Case] = []
    current: Case | None = None
    body: list[str] = []

    def close() -> None:
        if current is not None:
            current.text = "\n".join(body).rstrip("\n") + "\n"
            cases.append(current)

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        header = _HEADER.match(line)
        if header is None:
            if current is not None:
                body.append(line)
            continue
        close()
        body = []
        current = Case(file=path.name, line=number, text="")
        for word in _split_header(header.group(1)):
            if word == "Okay":
                continue
            if "=" in word:
                key, value = word.split("=", 1)
                current.options[key] = value.split("|") if "|" in value else value
                continue
            code = _CODE.match(word)
            if code is None:
                raise ValueError(f"{path.name}:{number}: bad case header word {word!r}")
            line_no, column = code.group(2), code.group(3)
            current.expected.append(
                Expected(
                    code.group(1),
                    int(line_no) if line_no else None,
                    int(column) if column else None,
                )
            )
    close()
    return cases


def _split_header(header: str) -> list[str]:
    # Options may hold spaces inside quotes: names="Kang Dong-wan|Kim Jong-un".
    return [w.replace('"', "") for w in re.findall(r'(?:[^\s"]+|"[^"]*")+', header)]


def all_cases() -> list[Case]:
    cases = []
    for path in sorted(RULE_CASES.glob("*.txt")):
        cases.extend(parse_case_file(path))
    return cases
