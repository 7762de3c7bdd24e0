"""The build backend: setuptools', asking for mypy for a wheel when ``MTLINT_COMPILE=1``, so
that ``MTLINT_COMPILE=1 pip install .`` compiles the modules ``setup.py`` lists with mypyc.

Without it a wheel is compiled only when mypy is already in the build environment
(``pip install --no-build-isolation .`` beside an installed mypy); otherwise, and for an
editable install, the package is pure Python (a pre-commit hook installs in seconds).
"""

from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the backend's other hooks, unchanged)

MYPY = "mypy>=1.10"


def get_requires_for_build_wheel(config_settings=None):
    requires = _setuptools.get_requires_for_build_wheel(config_settings)
    if os.environ.get("MTLINT_COMPILE") == "1":
        requires = [*requires, MYPY]
    return requires
