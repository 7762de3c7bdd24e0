import sys
from pathlib import Path

import pytest

# Test helpers (casefiles.py) import as top-level modules.
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def fork_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let checker.forked fork although earlier tests left idle threads behind.

    Dask keeps a thread for the life of the process once a test has used it; forking is
    refused while other threads run (see ``checker.forked.can_fork``).
    """
    from checker import forked

    monkeypatch.setattr(forked, "other_threads_running", lambda: False)
