"""The input rules (family E): their handles, and that a code is written only in its decorator."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from checker.registry import RULES
from checker.rules import input as input_rules

CHECKER = Path(__file__).resolve().parents[2] / "checker"
CODE = re.compile(r"[A-Z][0-9]{3}")


def test_each_handle_is_the_code_of_its_rule() -> None:
    handles = {
        "UNREADABLE_FILE": "unreadable-file",
        "UNDECODABLE_FILE": "undecodable-file",
        "BINARY_FILE": "binary-file",
        "BAD_RECORD": "bad-record",
        "MISALIGNED_SOURCE": "misaligned-source",
        "UNKNOWN_SUPPRESSION_CODE": "unknown-suppression-code",
        "UNUSED_SUPPRESSION": "unused-suppression",
        "INTERNAL_ERROR": "internal-error",
    }
    for handle, name in handles.items():
        assert RULES[getattr(input_rules, handle)].name == name


def _code_literals(tree: ast.AST) -> list[int]:
    """The lines of string constants that are a rule code, other than a ``rule(...)``'s code."""
    decorated = {
        id(call.args[0])
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "rule" and call.args
    }
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CODE.fullmatch(node.value)
        and id(node) not in decorated
    ]


def test_no_rule_code_is_written_outside_its_decorator() -> None:
    found = {
        f"{path.relative_to(CHECKER)}:{line}"
        for path in CHECKER.rglob("*.py")
        for line in _code_literals(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert found == set()


def test_a_code_literal_outside_a_decorator_is_found() -> None:
    tree = ast.parse('@rule("Q101", "x")\ndef f(doc): ...\nINTERNAL = "E900"\nNOTE = "E900 x"\n')
    assert _code_literals(tree) == [3]
