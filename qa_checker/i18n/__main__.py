"""``python -m qa_checker.i18n extract|update|compile|check``: keep the catalogues in step with the code."""

from __future__ import annotations

import sys

from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE
from qa_checker.i18n import catalog as cat


def main(argv: list[str]) -> int:
    """Run one maintenance step; ``check`` exits 1 when a catalogue is incomplete or wrong."""
    step = argv[0] if argv else "check"
    if step in ("extract", "update"):
        template = cat.extract()
        cat.write_template(template)
        print(f"{len(template)} message(s) in {cat.TEMPLATE.name}")
        if step == "update":
            for language, missing in cat.update(template).items():
                print(f"{language}: {missing} untranslated")
        return 0
    if step == "compile":
        cat.compile_all()
        return 0
    if step == "check":
        found = [p for language in LANGUAGES if language != SOURCE_LANGUAGE for p in cat.problems(language)]
        print("\n".join(found) or "every catalogue is complete")
        return 1 if found else 0
    print(f"unknown step {step!r}; use extract, update, compile or check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
