"""``python -m qa_checker.i18n extract|update|compile|check|export|merge``: keep the catalogues in step.

``export LANG [--all]`` prints a language's untranslated entries as JSON for a translator (an entry with a
context, such as ``descriptor status`` or ``finding severity``, names it and the ``key`` to merge it by);
``compile [LANG...]`` writes the ``.mo`` files (of every language by default);
``merge LANG FILE`` takes back a JSON object of msgid -> translation (a list for plural forms); an entry with
a context is keyed ``"<context>\u0004<msgid>"``, as ``export`` gives its ``key``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

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
        cat.compile_all(tuple(argv[1:]) or LANGUAGES)
        return 0
    if step == "check":
        found = [p for language in LANGUAGES if language != SOURCE_LANGUAGE for p in cat.problems(language)]
        print("\n".join(found) or "every catalogue is complete")
        return 1 if found else 0
    if step == "export" and len(argv) >= 2:
        print(json.dumps(cat.export(argv[1], everything="--all" in argv), ensure_ascii=False, indent=1))
        return 0
    if step == "merge" and len(argv) == 3:
        try:
            translations = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            print(f"merge: cannot read {argv[2]}: {exc}", file=sys.stderr)
            return 2
        if not isinstance(translations, dict):
            print(
                f"merge: {argv[2]} holds a JSON {type(translations).__name__}; merge takes an object of "
                "msgid -> translation (a list of forms for a plural), not the list export writes",
                file=sys.stderr,
            )
            return 2
        problems = cat.merge(argv[1], translations)
        print("\n".join(problems) or "merged")
        return 1 if problems else 0
    print(f"unknown step {step!r}; use extract, update, compile, check, export or merge", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
