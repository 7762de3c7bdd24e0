"""The compiled build (setup.py, mypyc): the modules it lists, pure Python in a checkout,
and the compiled ones in a compiled install (CI's second environment sets
``MTLINT_EXPECT_COMPILED=1``)."""

from __future__ import annotations

import ast
import importlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def compiled_paths() -> list[str]:
    """The ``COMPILED`` list of setup.py, read without running it."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "COMPILED":
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py has no COMPILED list")


def test_the_compiled_modules_exist_and_no_compiled_module_lies_in_the_checkout() -> None:
    paths = compiled_paths()
    assert paths and all((ROOT / path).is_file() for path in paths)
    # an editable install stays pure Python: a stale .so would shadow the edited .py
    assert not list((ROOT / "checker").rglob("*.so"))


@pytest.mark.skipif(
    os.environ.get("MTLINT_EXPECT_COMPILED") != "1", reason="not a compiled install"
)
def test_a_compiled_install_loads_the_compiled_modules() -> None:
    for path in compiled_paths():
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert module.__file__ is not None and not module.__file__.endswith(".py"), path
