"""Compiles the hot, fully typed modules with mypyc when a wheel is built with mypy at hand
(``MTLINT_COMPILE=1 pip install .``: see ``build_support/compile_backend.py``), as black does;
the metadata is in ``setup.cfg``.

Pure Python is kept when mypy is missing or ``MTLINT_PURE_PYTHON=1``, for an editable
install (``pip install -e .``: an edit is never shadowed by a stale compiled module), and
when no C compiler is found (the extensions are optional). The ``.py`` files are installed
either way.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

# Modules that type-check cleanly under mypy and that few changes touch; a module compiled
# here must keep type-checking (`make test-compiled` builds and tests this list). Measured
# (instructions, 300 KB of news): sentences 1.3x faster compiled; the tokeniser, whose time
# is the regular expression and tuple building, 10 % slower, so it stays pure Python.
# Measured again on 7 December 2026 (news, one 1 MB file, --jobs 1): compiling all 21
# analysis modules that type-check then (mentions, names, person_variants, ... but not
# mention_sentence, whose __slots__ mypyc refuses) ran 1.7 % more instructions and about
# 9 % more CPU time than pure Python: the hot code (mention_runs, mention_nouns,
# mention_facts, name_variants, quotes, foreign_words) does not type-check, so it stays
# interpreted, and every call across the boundary costs. A module joins this list when it
# and its hot callers compile together and a measurement shows the gain.
COMPILED = [
    "checker/analysis/lines.py",
    "checker/analysis/scripts.py",
    "checker/analysis/sentences.py",
]


def compiled_extensions() -> list:
    editable = "editable_wheel" in sys.argv or "develop" in sys.argv
    if editable or os.environ.get("MTLINT_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    try:
        extensions = mypycify(
            ["--ignore-missing-imports", "--follow-imports=silent", *COMPILED], opt_level="3"
        )
    except (Exception, SystemExit) as error:  # a type error: mypyc stops, pure Python stays
        print(f"mtlint: not compiled ({error}); installing pure Python", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # no C compiler: a warning, and pure Python
    return extensions


setup(ext_modules=compiled_extensions())
