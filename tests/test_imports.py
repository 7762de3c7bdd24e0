"""Every module of checker/ imports first, alone: no import cycle breaks any entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHECKER = Path(__file__).resolve().parent.parent / "checker"

# One interpreter; before each module, every checker module is forgotten, so each is
# imported as the first module of checker in a fresh process would be.
SCRIPT = r"""
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "checker" or m.startswith("checker.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + ": " + traceback.format_exc(limit=1).splitlines()[-1])
print("\n".join(failed))
"""


def _modules() -> list[str]:
    names = []
    for path in sorted(CHECKER.rglob("*.py")):
        parts = path.relative_to(CHECKER.parent).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_imports_alone() -> None:
    modules = _modules()
    assert "checker.document" in modules and "checker.thresholds.language" in modules
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *modules], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""


def test_document_imports_no_analysis() -> None:
    script = (
        "import sys, checker.document; "
        "print(sorted(m for m in sys.modules if m.startswith('checker.analysis')))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip() == "[]"
