"""Run the CLI as ``python -m qa_checker``."""

from qa_checker.cli import main

main()
