"""``python -m checker`` is the ``mtlint`` command."""

from checker.cli import run

if __name__ == "__main__":
    run()
