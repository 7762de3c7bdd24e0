"""``python -m checker`` is the ``mtlint`` command."""

from checker.cli import main

if __name__ == "__main__":
    main()
