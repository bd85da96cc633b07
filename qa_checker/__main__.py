"""Run the CLI as ``python -m qa_checker``."""

import gc

# Paused until the command is imported, as the qa-checker script's main() pauses it (see qa_checker.cli._StartUp).
gc.disable()

from qa_checker.cli import main  # noqa: E402

main()
