"""No import cycle among the modules of ``checker/`` (``tools/import_cycles.py``)."""

from __future__ import annotations

from pathlib import Path

from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    return load_script("tools/import_cycles.py", "import_cycles")


def test_no_import_cycle_among_checker_modules() -> None:
    assert _tool().cycles(_tool().graph()) == []


def test_a_cycle_is_found_and_lazy_or_type_checking_imports_are_not_edges(tmp_path) -> None:
    tool = _tool()
    package = tmp_path / "checker"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from checker import b\n")
    (package / "b.py").write_text("from checker.c import x\n")
    (package / "c.py").write_text("import checker.a\nx = 1\n")
    (package / "d.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from checker import e\n"
    )
    (package / "e.py").write_text("def f():\n    from checker import d\n")
    (package / "sub").mkdir()
    (package / "sub" / "__init__.py").write_text("from checker.sub.g import y\n")
    (package / "sub" / "g.py").write_text("from checker.sub import h\ny = 1\n")
    (package / "sub" / "h.py").write_text("")
    edges = tool.graph(tmp_path)
    assert edges["checker.d"] == set() and edges["checker.e"] == set()
    assert edges["checker.sub.g"] == {"checker.sub.h"}  # its own package is no edge
    assert tool.cycles(edges) == [["checker.a", "checker.b", "checker.c"]]
