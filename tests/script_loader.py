"""Load a script of the repository (``tools/*.py``, ``eval/score.py``) as a module, for the
tests of scripts that are not part of the ``checker`` package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_script(relative_path: str, name: str) -> ModuleType:
    """The module of ``ROOT / relative_path``, registered as ``name`` in ``sys.modules``
    (dataclasses and annotations look their module up there)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
