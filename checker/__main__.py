"""`python -m checker` is the `crosscheck` command."""

from checker.cli import main

main()
